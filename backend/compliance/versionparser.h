// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QMap>
#include <QString>

namespace OpsDeck::Compliance {

/// The software version a device runs, read from what SNMP tells:
/// sysDescr (Cisco IOS/IOS-XE/NX-OS "Version 15.2(4)M3,", Junos "JUNOS
/// 18.4R3-S2", Arista "EOS version 4.20.5F", Linux/net-snmp "Linux host
/// 5.10.0-21-amd64 ...", APC "AOS v6.7.2" or "PF:v6.7.2", and the generic
/// "Version X" / "revision X" of other vendors) or ENTITY-MIB
/// entPhysicalSoftwareRev. Pure functions; any thread.
class VersionParser final
{
public:
    VersionParser() = delete;

    /// The version in a sysDescr, or empty.
    [[nodiscard]] static QString fromSysDescr(const QString &sysDescr);

    /// The first non-empty entPhysicalSoftwareRev by entity index (a
    /// leading "Version " dropped), or empty.
    [[nodiscard]] static QString fromEntitySoftwareRevs(const QMap<int, QString> &revisions);

    /// fromSysDescr(), else fromEntitySoftwareRevs().
    [[nodiscard]] static QString running(const QString &sysDescr, const QMap<int, QString> &revisions);
};

} // namespace OpsDeck::Compliance
