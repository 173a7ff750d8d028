// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/mibparsers.h"

#include <cmath>
#include <map>

#include "backend/snmp/oidtable.h"

namespace OpsDeck::Snmp::MibParsers {

namespace {

// Splits "<entry>.<column>.<index...>" into column and index text.
bool splitColumn(const QString &oid, const QString &entry, int *column, QString *index)
{
    const QString rest = oidSuffix(oid, entry);
    if (rest.isEmpty())
        return false;
    const qsizetype dot = rest.indexOf(u'.');
    if (dot <= 0)
        return false;
    bool ok = false;
    *column = rest.left(dot).toInt(&ok);
    *index = rest.mid(dot + 1);
    return ok;
}

QString text(const VarBind &vb)
{
    return vb.toText().trimmed();
}

bool isPrintable(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e)
            return false;
    }
    return !bytes.isEmpty();
}

} // namespace

SystemInfo parseSystem(const VarBindList &varBinds)
{
    SystemInfo info;
    for (const VarBind &vb : varBinds) {
        if (vb.isException())
            continue;
        if (vb.oid == Oids::sysDescr)
            info.descr = text(vb);
        else if (vb.oid == Oids::sysObjectId)
            info.objectId = vb.value.toString();
        else if (vb.oid == Oids::sysUpTime)
            info.upTimeTicks = vb.toUnsigned();
        else if (vb.oid == Oids::sysContact)
            info.contact = text(vb);
        else if (vb.oid == Oids::sysName)
            info.name = text(vb);
        else if (vb.oid == Oids::sysLocation)
            info.location = text(vb);
    }
    return info;
}

QMap<int, QString> parseSoftwareRevisions(const VarBindList &varBinds)
{
    const QString prefix = Oids::entPhysicalSoftwareRev + QLatin1Char('.');
    QMap<int, QString> out;
    for (const VarBind &vb : varBinds) {
        if (vb.isException() || !vb.oid.startsWith(prefix))
            continue;
        bool ok = false;
        const int index = vb.oid.mid(prefix.size()).toInt(&ok);
        const QString revision = text(vb);
        if (ok && !revision.isEmpty())
            out.insert(index, revision);
    }
    return out;
}

QList<InterfaceStats> parseInterfaces(const VarBindList &ifTable, const VarBindList &ifXTable)
{
    std::map<int, InterfaceStats> rows;
    std::map<int, bool> hcIn, hcOut;
    int column = 0;
    QString index;
    for (const VarBind &vb : ifTable) {
        if (vb.isException() || !splitColumn(vb.oid, Oids::ifEntry, &column, &index))
            continue;
        const int ifIndex = index.toInt();
        InterfaceStats &row = rows[ifIndex];
        row.ifIndex = ifIndex;
        switch (column) {
        case 2:
            row.descr = text(vb);
            break;
        case 3:
            row.type = int(vb.toSigned());
            break;
        case 4:
            row.mtu = int(vb.toSigned());
            break;
        case 5:
            if (row.speedBps == 0)
                row.speedBps = vb.toUnsigned();
            break;
        case 7:
            row.adminStatus = int(vb.toSigned());
            break;
        case 8:
            row.operStatus = int(vb.toSigned());
            break;
        case 10:
            if (!hcIn[ifIndex])
                row.inOctets = vb.toUnsigned();
            break;
        case 11:
            if (!hcIn[ifIndex])
                row.inUcastPkts = vb.toUnsigned();
            break;
        case 13:
            row.inDiscards = vb.toUnsigned();
            break;
        case 14:
            row.inErrors = vb.toUnsigned();
            break;
        case 16:
            if (!hcOut[ifIndex])
                row.outOctets = vb.toUnsigned();
            break;
        case 17:
            if (!hcOut[ifIndex])
                row.outUcastPkts = vb.toUnsigned();
            break;
        case 19:
            row.outDiscards = vb.toUnsigned();
            break;
        case 20:
            row.outErrors = vb.toUnsigned();
            break;
        default:
            break;
        }
    }
    for (const VarBind &vb : ifXTable) {
        if (vb.isException() || !splitColumn(vb.oid, Oids::ifXEntry, &column, &index))
            continue;
        const int ifIndex = index.toInt();
        InterfaceStats &row = rows[ifIndex];
        row.ifIndex = ifIndex;
        switch (column) {
        case 1:
            row.name = text(vb);
            break;
        case 6:
            row.inOctets = vb.toUnsigned();
            hcIn[ifIndex] = true;
            row.counterBits = 64;
            break;
        case 7:
            row.inUcastPkts = vb.toUnsigned();
            break;
        case 10:
            row.outOctets = vb.toUnsigned();
            hcOut[ifIndex] = true;
            row.counterBits = 64;
            break;
        case 11:
            row.outUcastPkts = vb.toUnsigned();
            break;
        case 15:
            if (vb.toUnsigned() > 0)
                row.speedBps = vb.toUnsigned() * 1000000ULL;
            break;
        case 18:
            row.alias = text(vb);
            break;
        case 19:
            row.discontinuityTicks = vb.toUnsigned();
            break;
        default:
            break;
        }
    }
    QList<InterfaceStats> out;
    out.reserve(qsizetype(rows.size()));
    for (auto &[i, row] : rows)
        out.append(std::move(row));
    return out;
}

int sensorScaleExponent(int scale)
{
    switch (scale) {
    case 1:
        return -24; // yocto
    case 2:
        return -21; // zepto
    case 3:
        return -18; // atto
    case 4:
        return -15; // femto
    case 5:
        return -12; // pico
    case 6:
        return -9; // nano
    case 7:
        return -6; // micro
    case 8:
        return -3; // milli
    case 10:
        return 3; // kilo
    case 11:
        return 6; // mega
    case 12:
        return 9; // giga
    case 13:
        return 12; // tera
    case 14:
        return 18; // exa
    case 15:
        return 15; // peta
    case 16:
        return 21; // zetta
    case 17:
        return 24; // yotta
    default:
        return 0; // units(9)
    }
}

double scaledSensorValue(qint64 value, int scale, int precision)
{
    return double(value) * std::pow(10.0, sensorScaleExponent(scale) - precision);
}

QList<SensorReading> parseSensors(const VarBindList &sensorTable, const VarBindList &physicalTable)
{
    std::map<int, QString> names, descrs;
    int column = 0;
    QString index;
    for (const VarBind &vb : physicalTable) {
        if (vb.isException() || !splitColumn(vb.oid, Oids::entPhysicalEntry, &column, &index))
            continue;
        if (column == 7)
            names[index.toInt()] = text(vb);
        else if (column == 2)
            descrs[index.toInt()] = text(vb);
    }
    struct Raw
    {
        int type = 2;
        int scale = 9;
        int precision = 0;
        qint64 value = 0;
        int status = 1;
        bool hasValue = false;
    };
    std::map<int, Raw> raw;
    for (const VarBind &vb : sensorTable) {
        if (vb.isException() || !splitColumn(vb.oid, Oids::entPhySensorEntry, &column, &index))
            continue;
        Raw &r = raw[index.toInt()];
        switch (column) {
        case 1:
            r.type = int(vb.toSigned());
            break;
        case 2:
            r.scale = int(vb.toSigned());
            break;
        case 3:
            r.precision = int(vb.toSigned());
            break;
        case 4:
            r.value = vb.toSigned();
            r.hasValue = true;
            break;
        case 5:
            r.status = int(vb.toSigned());
            break;
        default:
            break;
        }
    }
    QList<SensorReading> out;
    for (const auto &[i, r] : raw) {
        if (!r.hasValue)
            continue;
        SensorReading s;
        s.entityIndex = i;
        s.descr = descrs.count(i) ? descrs.at(i) : QString();
        s.name = names.count(i) && !names.at(i).isEmpty() ? names.at(i) : s.descr;
        s.unit = r.type >= 1 && r.type <= 14 ? SensorUnit(r.type - 1) : SensorUnit::Unknown;
        s.rawValue = r.value;
        s.scaleExponent = sensorScaleExponent(r.scale);
        s.precision = r.precision;
        s.value = scaledSensorValue(r.value, r.scale, r.precision);
        s.ok = r.status == 1;
        out.append(s);
    }
    return out;
}

QString lldpIdText(const QByteArray &bytes, int subtype, bool chassis)
{
    const bool mac = (chassis && subtype == 4) || (!chassis && subtype == 3);
    if (mac && bytes.size() == 6)
        return QString::fromLatin1(bytes.toHex(':'));
    if (isPrintable(bytes))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes.toHex(':'));
}

QList<LldpNeighbour> parseLldp(const VarBindList &remoteTable, const VarBindList &localPortTable)
{
    std::map<int, std::pair<QString, QString>> local; // port num -> id, desc
    int column = 0;
    QString index;
    for (const VarBind &vb : localPortTable) {
        if (vb.isException() || !splitColumn(vb.oid, Oids::lldpLocPortEntry, &column, &index))
            continue;
        if (column == 3)
            local[index.toInt()].first = text(vb);
        else if (column == 4)
            local[index.toInt()].second = text(vb);
    }
    // Index: lldpRemTimeMark.lldpRemLocalPortNum.lldpRemIndex
    std::map<QString, LldpNeighbour> rows;
    std::map<QString, QByteArray> chassisRaw, portRaw;
    std::vector<QString> order;
    for (const VarBind &vb : remoteTable) {
        if (vb.isException() || !splitColumn(vb.oid, Oids::lldpRemEntry, &column, &index))
            continue;
        const QStringList parts = index.split(u'.');
        if (parts.size() != 3)
            continue;
        const QString key = parts.at(1) + u'.' + parts.at(2);
        if (!rows.count(key))
            order.push_back(key);
        LldpNeighbour &n = rows[key];
        n.localPortNum = parts.at(1).toInt();
        switch (column) {
        case 4:
            n.chassisIdSubtype = int(vb.toSigned());
            break;
        case 5:
            chassisRaw[key] = vb.value.toByteArray();
            break;
        case 6:
            n.portIdSubtype = int(vb.toSigned());
            break;
        case 7:
            portRaw[key] = vb.value.toByteArray();
            break;
        case 8:
            n.portDesc = text(vb);
            break;
        case 9:
            n.systemName = text(vb);
            break;
        case 10:
            n.systemDescr = text(vb);
            break;
        default:
            break;
        }
    }
    QList<LldpNeighbour> out;
    for (auto &[key, n] : rows) {
        n.chassisId = lldpIdText(chassisRaw[key], n.chassisIdSubtype, true);
        n.portId = lldpIdText(portRaw[key], n.portIdSubtype, false);
        if (local.count(n.localPortNum)) {
            n.localPortId = local.at(n.localPortNum).first;
            n.localPortDesc = local.at(n.localPortNum).second;
        }
        out.append(n);
    }
    std::sort(out.begin(), out.end(),
              [](const LldpNeighbour &a, const LldpNeighbour &b) { return a.localPortNum < b.localPortNum; });
    return out;
}

QList<PduLoad> parsePduLoads(const VarBindList &varBinds)
{
    std::map<int, PduLoad> legacy, phase;
    for (const VarBind &vb : varBinds) {
        if (vb.isException())
            continue;
        if (oidIsUnder(vb.oid, Oids::apcLoadStatusLoad)) {
            const int i = oidSuffix(vb.oid, Oids::apcLoadStatusLoad).toInt();
            legacy[i] = PduLoad{i, double(vb.toUnsigned()) / 10.0};
        } else if (oidIsUnder(vb.oid, Oids::apcPhaseStatusCurrent)) {
            const int i = oidSuffix(vb.oid, Oids::apcPhaseStatusCurrent).section(u'.', -1).toInt();
            phase[i] = PduLoad{i, double(vb.toSigned()) / 10.0};
        }
    }
    QList<PduLoad> out;
    for (const auto &[i, l] : (legacy.empty() ? phase : legacy))
        out.append(l);
    return out;
}

} // namespace OpsDeck::Snmp::MibParsers
