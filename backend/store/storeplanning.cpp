// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Store queries for rack planning (device types, reservations, limits, loads)
// and for the topology graph (links, circuit ends, tags).
#include "backend/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace OpsDeck::Store {

namespace {

double toKilograms(double weight, const QString &unit)
{
    if (unit == QLatin1String("lb"))
        return weight * 0.45359237;
    if (unit == QLatin1String("g"))
        return weight / 1000.0;
    if (unit == QLatin1String("oz"))
        return weight * 0.028349523125;
    return weight;
}

} // namespace

Result<QList<Domain::DeviceType>> Store::deviceTypes()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT dt.id, m.name, dt.model, dt.part_number, dt.u_height, dt.is_full_depth,"
                               " dt.airflow, dt.weight, dt.weight_unit, dt.subdevice_role, dt.front_image,"
                               " dt.rear_image FROM device_types dt"
                               " LEFT JOIN manufacturers m ON m.id = dt.manufacturer_id ORDER BY m.name, dt.model")))
        return sqlError(q, QStringLiteral("cannot list device types"));
    QList<Domain::DeviceType> out;
    while (q.next()) {
        Domain::DeviceType t;
        t.id = q.value(0).toLongLong();
        t.manufacturer = q.value(1).toString();
        t.model = q.value(2).toString();
        t.partNumber = q.value(3).toString();
        t.uHeight = q.value(4).isNull() ? 1.0 : q.value(4).toDouble();
        t.fullDepth = q.value(5).isNull() ? true : q.value(5).toBool();
        t.airflow = q.value(6).toString();
        t.weightKg = toKilograms(q.value(7).toDouble(), q.value(8).toString());
        t.subdeviceRole = q.value(9).toString();
        t.frontImage = q.value(10).toString();
        t.rearImage = q.value(11).toString();
        out << t;
    }
    return out;
}

Result<QList<Domain::RackReservation>> Store::rackReservations(qint64 siteId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rr.id, rr.rack_id, rr.units, t.name, rr.user_name, rr.description"
                             " FROM rack_reservations rr JOIN racks r ON r.id = rr.rack_id"
                             " LEFT JOIN tenants t ON t.id = rr.tenant_id WHERE r.site_id = ? ORDER BY rr.id"));
    q.addBindValue(siteId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list rack reservations"));
    QList<Domain::RackReservation> out;
    while (q.next()) {
        Domain::RackReservation r;
        r.id = q.value(0).toLongLong();
        r.rackId = q.value(1).toLongLong();
        // Units are kept as the JSON array NetBox sends: "[1, 2, 3]".
        const QString units = q.value(2).toString();
        for (const QString &part : units.mid(1, units.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int unit = part.trimmed().toInt(&ok);
            if (ok)
                r.units << unit;
        }
        r.tenantName = q.value(3).toString();
        r.user = q.value(4).toString();
        r.description = q.value(5).toString();
        out << r;
    }
    return out;
}

Result<QList<Domain::RackLimits>> Store::rackLimits(qint64 siteId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // The power budget is what the rack's power feeds supply, as NetBox
    // reckons it: volts x amps x maximum utilisation.
    q.prepare(QStringLiteral(
        "SELECT r.id, r.max_weight, r.weight_unit,"
        " (SELECT SUM(pf.voltage * pf.amperage * COALESCE(pf.max_utilization, 80) / 100.0)"
        "  FROM power_feeds pf WHERE pf.rack_id = r.id AND (pf.status IS NULL OR pf.status <> 'offline'))"
        " FROM racks r WHERE r.site_id = ? ORDER BY r.id"));
    q.addBindValue(siteId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read rack limits"));
    QList<Domain::RackLimits> out;
    while (q.next()) {
        Domain::RackLimits l;
        l.rackId = q.value(0).toLongLong();
        l.maxWeightKg = toKilograms(q.value(1).toDouble(), q.value(2).toString());
        l.powerBudgetW = q.value(3).toInt();
        out << l;
    }
    return out;
}

Result<QList<Domain::DeviceLoad>> Store::deviceLoads(qint64 siteId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.device_type_id, dt.weight, dt.weight_unit,"
        " (SELECT SUM(pp.allocated_draw) FROM power_ports pp WHERE pp.device_id = d.id)"
        " FROM devices d LEFT JOIN device_types dt ON dt.id = d.device_type_id WHERE d.site_id = ? ORDER BY d.id"));
    q.addBindValue(siteId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read device loads"));
    QList<Domain::DeviceLoad> out;
    while (q.next()) {
        Domain::DeviceLoad l;
        l.deviceId = q.value(0).toLongLong();
        l.deviceTypeId = q.value(1).toLongLong();
        l.weightKg = toKilograms(q.value(2).toDouble(), q.value(3).toString());
        l.allocatedDrawW = q.value(4).toInt();
        out << l;
    }
    return out;
}

Result<QList<Domain::LinkRecord>> Store::topologyLinks()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT ta.cable_id, c.status, c.type, ia.id, ia.device_id, ia.name, ia.lag_id, la.name, ia.speed,"
        " ib.id, ib.device_id, ib.name, ib.lag_id, lb.name, ib.speed"
        " FROM cable_terminations ta"
        " JOIN cable_terminations tb ON tb.cable_id = ta.cable_id AND tb.cable_end = 'B'"
        "   AND tb.object_type = 'dcim.interface'"
        " JOIN interfaces ia ON ia.id = ta.object_id"
        " JOIN interfaces ib ON ib.id = tb.object_id"
        " LEFT JOIN interfaces la ON la.id = ia.lag_id"
        " LEFT JOIN interfaces lb ON lb.id = ib.lag_id"
        " LEFT JOIN cables c ON c.id = ta.cable_id"
        " WHERE ta.cable_end = 'A' AND ta.object_type = 'dcim.interface'"
        " ORDER BY ta.cable_id, ia.id, ib.id"));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list the interface links"));
    QList<Domain::LinkRecord> out;
    while (q.next()) {
        Domain::LinkRecord r;
        r.cableId = q.value(0).toLongLong();
        r.cableStatus = q.value(1).toString();
        r.cableType = q.value(2).toString();
        r.aInterfaceId = q.value(3).toLongLong();
        r.aDeviceId = q.value(4).toLongLong();
        r.aInterface = q.value(5).toString();
        r.aLagId = q.value(6).toLongLong();
        r.aLagName = q.value(7).toString();
        r.aSpeedKbps = q.value(8).toLongLong();
        r.bInterfaceId = q.value(9).toLongLong();
        r.bDeviceId = q.value(10).toLongLong();
        r.bInterface = q.value(11).toString();
        r.bLagId = q.value(12).toLongLong();
        r.bLagName = q.value(13).toString();
        r.bSpeedKbps = q.value(14).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<Domain::CircuitEndRecord>> Store::topologyCircuitEnds()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT ct.circuit_id, ci.cid, ci.status, ct.term_side,"
        " CASE WHEN ct.termination_type = 'dcim.site' THEN ct.termination_id ELSE 0 END,"
        " i.id, i.device_id, i.name, ct.port_speed"
        " FROM circuit_terminations ct"
        " JOIN circuits ci ON ci.id = ct.circuit_id"
        " LEFT JOIN cable_terminations me ON me.object_type = 'circuits.circuittermination' AND me.object_id = ct.id"
        " LEFT JOIN cable_terminations far ON far.cable_id = me.cable_id AND far.cable_end <> me.cable_end"
        "   AND far.object_type = 'dcim.interface'"
        " LEFT JOIN interfaces i ON i.id = far.object_id"
        " ORDER BY ct.circuit_id, ct.term_side, ct.id"));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list the circuit terminations"));
    QList<Domain::CircuitEndRecord> out;
    while (q.next()) {
        Domain::CircuitEndRecord r;
        r.circuitId = q.value(0).toLongLong();
        r.cid = q.value(1).toString();
        r.status = q.value(2).toString();
        r.termSide = q.value(3).toString();
        r.siteId = q.value(4).toLongLong();
        r.interfaceId = q.value(5).toLongLong();
        r.deviceId = q.value(6).toLongLong();
        r.interfaceName = q.value(7).toString();
        r.portSpeedKbps = q.value(8).toLongLong();
        out << r;
    }
    return out;
}

Result<Domain::DeviceTags> Store::deviceTags()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, tags FROM devices WHERE tags IS NOT NULL AND tags <> '' AND tags <> '[]'"));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list device tags"));
    Domain::DeviceTags out;
    while (q.next()) {
        // The column holds the NetBox JSON list of nested tags (or of slugs).
        const QJsonArray tags = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        QStringList slugs;
        for (const QJsonValue &t : tags) {
            const QString slug = t.isObject() ? t.toObject().value(QStringLiteral("slug")).toString() : t.toString();
            if (!slug.isEmpty())
                slugs << slug;
        }
        if (!slugs.isEmpty())
            out.insert(q.value(0).toLongLong(), slugs);
    }
    return out;
}

} // namespace OpsDeck::Store
