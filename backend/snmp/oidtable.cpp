// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/oidtable.h"

#include <QHash>

#include "backend/snmp/snmptypes.h"

namespace OpsDeck::Snmp {

const QList<OidInfo> &builtinOidTable()
{
    static const QList<OidInfo> table = [] {
        QList<OidInfo> t;
        const auto add = [&t](const char *oid, const char *name, const char *module) {
            t.append({QString::fromLatin1(oid), QString::fromLatin1(name), QString::fromLatin1(module)});
        };
        add("1.3.6.1.2.1.1.1", "sysDescr", "SNMPv2-MIB");
        add("1.3.6.1.2.1.1.2", "sysObjectID", "SNMPv2-MIB");
        add("1.3.6.1.2.1.1.3", "sysUpTime", "SNMPv2-MIB");
        add("1.3.6.1.2.1.1.4", "sysContact", "SNMPv2-MIB");
        add("1.3.6.1.2.1.1.5", "sysName", "SNMPv2-MIB");
        add("1.3.6.1.2.1.1.6", "sysLocation", "SNMPv2-MIB");
        add("1.3.6.1.2.1.2.2.1.1", "ifIndex", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.2", "ifDescr", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.3", "ifType", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.4", "ifMtu", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.5", "ifSpeed", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.6", "ifPhysAddress", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.7", "ifAdminStatus", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.8", "ifOperStatus", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.9", "ifLastChange", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.10", "ifInOctets", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.11", "ifInUcastPkts", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.13", "ifInDiscards", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.14", "ifInErrors", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.16", "ifOutOctets", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.17", "ifOutUcastPkts", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.19", "ifOutDiscards", "IF-MIB");
        add("1.3.6.1.2.1.2.2.1.20", "ifOutErrors", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.1", "ifName", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.6", "ifHCInOctets", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.7", "ifHCInUcastPkts", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.8", "ifHCInMulticastPkts", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.9", "ifHCInBroadcastPkts", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.10", "ifHCOutOctets", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.11", "ifHCOutUcastPkts", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.12", "ifHCOutMulticastPkts", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.13", "ifHCOutBroadcastPkts", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.15", "ifHighSpeed", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.18", "ifAlias", "IF-MIB");
        add("1.3.6.1.2.1.31.1.1.1.19", "ifCounterDiscontinuityTime", "IF-MIB");
        add("1.3.6.1.2.1.47.1.1.1.1.2", "entPhysicalDescr", "ENTITY-MIB");
        add("1.3.6.1.2.1.47.1.1.1.1.5", "entPhysicalClass", "ENTITY-MIB");
        add("1.3.6.1.2.1.47.1.1.1.1.7", "entPhysicalName", "ENTITY-MIB");
        add("1.3.6.1.2.1.99.1.1.1.1", "entPhySensorType", "ENTITY-SENSOR-MIB");
        add("1.3.6.1.2.1.99.1.1.1.2", "entPhySensorScale", "ENTITY-SENSOR-MIB");
        add("1.3.6.1.2.1.99.1.1.1.3", "entPhySensorPrecision", "ENTITY-SENSOR-MIB");
        add("1.3.6.1.2.1.99.1.1.1.4", "entPhySensorValue", "ENTITY-SENSOR-MIB");
        add("1.3.6.1.2.1.99.1.1.1.5", "entPhySensorOperStatus", "ENTITY-SENSOR-MIB");
        add("1.0.8802.1.1.2.1.3.7.1.3", "lldpLocPortId", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.3.7.1.4", "lldpLocPortDesc", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.4", "lldpRemChassisIdSubtype", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.5", "lldpRemChassisId", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.6", "lldpRemPortIdSubtype", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.7", "lldpRemPortId", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.8", "lldpRemPortDesc", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.9", "lldpRemSysName", "LLDP-MIB");
        add("1.0.8802.1.1.2.1.4.1.1.10", "lldpRemSysDesc", "LLDP-MIB");
        add("1.3.6.1.4.1.318.1.1.12.2.3.1.1.2", "rPDULoadStatusLoad", "PowerNet-MIB");
        add("1.3.6.1.4.1.318.1.1.26.6.3.1.5", "rPDU2PhaseStatusCurrent", "PowerNet-MIB");
        add("1.3.6.1.6.3.1.1.4.1", "snmpTrapOID", "SNMPv2-MIB");
        add("1.3.6.1.6.3.1.1.5.1", "coldStart", "SNMPv2-MIB");
        add("1.3.6.1.6.3.1.1.5.2", "warmStart", "SNMPv2-MIB");
        add("1.3.6.1.6.3.1.1.5.3", "linkDown", "IF-MIB");
        add("1.3.6.1.6.3.1.1.5.4", "linkUp", "IF-MIB");
        add("1.3.6.1.6.3.1.1.5.5", "authenticationFailure", "SNMPv2-MIB");
        return t;
    }();
    return table;
}

QString oidDisplayName(const QString &oid)
{
    static const QHash<QString, QString> byOid = [] {
        QHash<QString, QString> h;
        for (const OidInfo &info : builtinOidTable())
            h.insert(info.oid, info.name);
        return h;
    }();
    // The longest known prefix wins.
    QString prefix = oid;
    while (!prefix.isEmpty()) {
        const auto it = byOid.constFind(prefix);
        if (it != byOid.constEnd())
            return prefix.size() == oid.size() ? *it : *it + oid.mid(prefix.size());
        const qsizetype dot = prefix.lastIndexOf(u'.');
        if (dot < 0)
            break;
        prefix.truncate(dot);
    }
    return oid;
}

} // namespace OpsDeck::Snmp
