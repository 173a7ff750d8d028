// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>

#include "backend/domain/inventory.h"
#include "widgets/edit/editdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace OpsDeck::Models {
struct EditChoices;
}

namespace OpsDeck::Widgets {

/// Edits a device's attributes for the NetBox change set: name, status, role,
/// platform, tenant, serial, asset tag and description. Opens with the
/// current values; only the fields changed are written. OK stays disabled
/// while a value is invalid (with the reason under the field) or nothing
/// changed. GUI thread.
class DeviceEditDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceEditDialog)

public:
    DeviceEditDialog(const Domain::Device &device, const Models::EditChoices &choices, QWidget *parent = nullptr);
    ~DeviceEditDialog() override;

    /// One device update with the changed fields (write form: role,
    /// platform and tenant as ids or null, status as its value).
    [[nodiscard]] QList<NetBox::Edit> edits() const override;
    /// The changed fields alone.
    [[nodiscard]] QJsonObject changedFields() const;

protected:
    [[nodiscard]] bool validate() override;

private:
    Domain::Device m_device;
    qint64 m_platformId = 0; ///< the current platform's id; -1 when not in the store
    qint64 m_tenantId = 0;
    QLineEdit *m_name;
    QComboBox *m_status;
    QComboBox *m_role;
    QComboBox *m_platform;
    QComboBox *m_tenant;
    QLineEdit *m_serial;
    QLineEdit *m_assetTag;
    QLineEdit *m_description;
    QLabel *m_nameMessage;
    QLabel *m_serialMessage;
    QLabel *m_assetTagMessage;
    QLabel *m_descriptionMessage;
};

} // namespace OpsDeck::Widgets
