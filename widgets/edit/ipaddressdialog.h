// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QStringList>

#include "backend/domain/inventory.h"
#include "widgets/edit/editdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace OpsDeck::Widgets {

/// Assigns a new IP address to an interface, for the NetBox change set: the
/// address in CIDR form (IPv4 or IPv6), status, DNS name and description.
/// Refuses a bare address (asking for the prefix length), a network or
/// broadcast address, and an address the interface already has. GUI thread.
class IpAddressDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpAddressDialog)

public:
    /// @p knownAddresses are further addresses the interface has (CIDR),
    /// e.g. assignments still pending in the change set, besides
    /// @p interface's own addresses.
    IpAddressDialog(const Domain::Interface &interface, const QStringList &knownAddresses,
                    QWidget *parent = nullptr);
    ~IpAddressDialog() override;

    /// One IP address create assigned to the interface ("address",
    /// "assigned_object_type", "assigned_object_id", "status" and, when set,
    /// "dns_name" and "description"); empty while the address is refused.
    [[nodiscard]] QList<NetBox::Edit> edits() const override;

protected:
    [[nodiscard]] bool validate() override;

private:
    Domain::Interface m_interface;
    QStringList m_existing;
    QLineEdit *m_address;
    QComboBox *m_status;
    QLineEdit *m_dnsName;
    QLineEdit *m_description;
    QLabel *m_addressMessage;
    QLabel *m_dnsNameMessage;
    QLabel *m_descriptionMessage;
};

} // namespace OpsDeck::Widgets
