// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/domain/inventory.h"
#include "models/session/edit/editchoices.h"
#include "widgets/edit/editdialog.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QToolButton;
class QTreeWidget;

namespace OpsDeck::Widgets {

/// Adds a cable from one interface to an interface of a device of the same
/// site, for the NetBox change set. The far device is picked from a list
/// filtered as one types; its interfaces that already have a cable, or take
/// none (virtual, LAG, wireless), are listed disabled with the reason, and
/// the A interface itself is left out. Status, label and optionally colour
/// and length go with the cable. GUI thread.
class CableDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CableDialog)

public:
    /// @p choices must hold the site's devices (EditChoices::read/load with
    /// the A device's site id).
    CableDialog(const Domain::Interface &aEnd, const QString &deviceName, const Models::EditChoices &choices,
                QWidget *parent = nullptr);
    ~CableDialog() override;

    /// One cable create between "dcim.interface" A and B with status, label,
    /// color, length and length_unit as set; empty while no far end is chosen.
    [[nodiscard]] QList<NetBox::Edit> edits() const override;

    /// The far device chosen; 0 when none.
    [[nodiscard]] qint64 farDeviceId() const;
    /// The far interface chosen; 0 when none (or a disabled one).
    [[nodiscard]] qint64 farInterfaceId() const;

protected:
    [[nodiscard]] bool validate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The filter field over the list of the site's devices, each with its free interfaces counted.
    QWidget *buildDevicePicker();
    void setUpInterfaceList();
    /// The colour field with its swatch and "Choose…" button.
    QWidget *buildColourRow();
    /// The length field with its unit.
    QWidget *buildLengthRow();
    void connectInputs();
    void handleFilterChanged(const QString &text);
    void handleDeviceChanged();
    void chooseColour();
    void updateSwatch();

    Domain::Interface m_aEnd;
    QString m_deviceName;
    Models::EditChoices m_choices;
    QStandardItemModel *m_deviceModel;
    QSortFilterProxyModel *m_deviceProxy;
    QLineEdit *m_filter;
    QListView *m_devices;
    QTreeWidget *m_interfaces;
    QComboBox *m_status;
    QLineEdit *m_label;
    QLineEdit *m_colour;
    QLabel *m_swatch;
    QToolButton *m_chooseColour = nullptr;
    QDoubleSpinBox *m_length;
    QComboBox *m_lengthUnit;
    QLabel *m_deviceMessage;
    QLabel *m_interfaceMessage;
    QLabel *m_labelMessage;
    QLabel *m_colourMessage;
};

} // namespace OpsDeck::Widgets
