// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

namespace OpsDeck::Snmp {

/// The numeric OIDs OpsDeck reads (no MIB files at run time). Tables are
/// given as their entry OID; a column is entry + "." + column number.
namespace Oids {
// SNMPv2-MIB system group
inline const QString system = QStringLiteral("1.3.6.1.2.1.1");
inline const QString sysDescr = QStringLiteral("1.3.6.1.2.1.1.1.0");
inline const QString sysObjectId = QStringLiteral("1.3.6.1.2.1.1.2.0");
inline const QString sysUpTime = QStringLiteral("1.3.6.1.2.1.1.3.0");
inline const QString sysContact = QStringLiteral("1.3.6.1.2.1.1.4.0");
inline const QString sysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
inline const QString sysLocation = QStringLiteral("1.3.6.1.2.1.1.6.0");
// IF-MIB
inline const QString ifEntry = QStringLiteral("1.3.6.1.2.1.2.2.1");
inline const QString ifXEntry = QStringLiteral("1.3.6.1.2.1.31.1.1.1");
// ENTITY-MIB entPhysicalEntry and ENTITY-SENSOR-MIB entPhySensorEntry
inline const QString entPhysicalEntry = QStringLiteral("1.3.6.1.2.1.47.1.1.1.1");
inline const QString entPhysicalDescr = QStringLiteral("1.3.6.1.2.1.47.1.1.1.1.2");
inline const QString entPhysicalClass = QStringLiteral("1.3.6.1.2.1.47.1.1.1.1.5");
inline const QString entPhysicalName = QStringLiteral("1.3.6.1.2.1.47.1.1.1.1.7");
inline const QString entPhysicalSoftwareRev = QStringLiteral("1.3.6.1.2.1.47.1.1.1.1.10");
inline const QString entPhySensorEntry = QStringLiteral("1.3.6.1.2.1.99.1.1.1");
// LLDP-MIB
inline const QString lldpLocPortEntry = QStringLiteral("1.0.8802.1.1.2.1.3.7.1");
inline const QString lldpRemEntry = QStringLiteral("1.0.8802.1.1.2.1.4.1.1");
// PowerNet-MIB (APC rack PDUs): rPDULoadStatusLoad and rPDU2PhaseStatusCurrent (tenths of amperes)
inline const QString apcLoadStatusLoad = QStringLiteral("1.3.6.1.4.1.318.1.1.12.2.3.1.1.2");
inline const QString apcPhaseStatusCurrent = QStringLiteral("1.3.6.1.4.1.318.1.1.26.6.3.1.5");
// SNMPv2-MIB notifications
inline const QString snmpTrapOid = QStringLiteral("1.3.6.1.6.3.1.1.4.1.0");
inline const QString coldStart = QStringLiteral("1.3.6.1.6.3.1.1.5.1");
inline const QString warmStart = QStringLiteral("1.3.6.1.6.3.1.1.5.2");
inline const QString linkDown = QStringLiteral("1.3.6.1.6.3.1.1.5.3");
inline const QString linkUp = QStringLiteral("1.3.6.1.6.3.1.1.5.4");
inline const QString authenticationFailure = QStringLiteral("1.3.6.1.6.3.1.1.5.5");
} // namespace Oids

/// One row of the built-in table: what is read, under which name.
struct OidInfo
{
    QString oid;
    QString name;   ///< MIB object name, e.g. "ifHCInOctets"
    QString module; ///< MIB module, e.g. "IF-MIB"
};

/// Every object OpsDeck reads or understands, for display (a varbind's
/// name) and documentation. Columns are listed as entry.column.
[[nodiscard]] const QList<OidInfo> &builtinOidTable();
/// The name of `oid` from the table with its instance suffix
/// ("ifHCInOctets.7"), or the OID itself when unknown.
[[nodiscard]] QString oidDisplayName(const QString &oid);

} // namespace OpsDeck::Snmp
