// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>

#include "backend/domain/inventory.h"
#include "backend/snmp/devicedata.h"

namespace OpsDeck::Snmp {

/// Matches polled interfaces to the NetBox interfaces of the same device
/// (Store::interfaces()): first by exact ifName, then ifDescr, then ifAlias,
/// then case-insensitively with common abbreviations expanded
/// ("Gi1/0/1" = "GigabitEthernet1/0/1", "Et1" = "Ethernet1"). Each NetBox
/// interface is used once. Stateless and thread-safe.
class InterfaceMatcher final
{
public:
    /// ifIndex -> NetBox interface id for every polled interface matched.
    [[nodiscard]] static QHash<int, qint64> match(const QList<InterfaceStats> &polled,
                                                  const QList<Domain::Interface> &netbox);
    /// The name in a canonical form used by the loose pass.
    [[nodiscard]] static QString canonicalName(const QString &name);
};

} // namespace OpsDeck::Snmp
