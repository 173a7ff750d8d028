// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/domain/inventory.h"
#include "widgets/edit/editdialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace OpsDeck::Widgets {

/// Edits an interface's description and enabled state for the NetBox change
/// set. Only what changed is written; OK stays disabled while the
/// description is too long or nothing changed. GUI thread.
class InterfaceEditDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceEditDialog)

public:
    explicit InterfaceEditDialog(const Domain::Interface &interface, QWidget *parent = nullptr);
    ~InterfaceEditDialog() override;

    /// One interface update with "description" and/or "enabled".
    [[nodiscard]] QList<NetBox::Edit> edits() const override;

protected:
    [[nodiscard]] bool validate() override;

private:
    [[nodiscard]] QList<NetBox::Edit> changedEdits() const;

    Domain::Interface m_interface;
    QLineEdit *m_description;
    QCheckBox *m_enabled;
    QLabel *m_descriptionMessage;
};

} // namespace OpsDeck::Widgets
