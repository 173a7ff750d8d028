// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Typed reads of the inventory mirror for views: regions, sites, racks,
// devices, interfaces and search.
#include "backend/store/store.h"

#include <algorithm>
#include <cmath>
#include <atomic>
#include <charconv>
#include <set>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "backend/core/logging.h"


namespace OpsDeck::Store {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const char *const kDeviceSelect =
    "SELECT d.id, d.name, d.status, d.site_id, s.name, d.location_id, d.rack_id, r.name, d.position, d.face,"
    " dt.u_height, dt.is_full_depth, d.role_id, dr.name, dr.color, m.name, dt.model, p.name, t.name, d.serial,"
    " d.asset_tag, ip.address, d.parent_device_id, d.device_bay, d.airflow, d.description"
    " FROM devices d"
    " LEFT JOIN sites s ON s.id = d.site_id"
    " LEFT JOIN racks r ON r.id = d.rack_id"
    " LEFT JOIN device_types dt ON dt.id = d.device_type_id"
    " LEFT JOIN manufacturers m ON m.id = dt.manufacturer_id"
    " LEFT JOIN device_roles dr ON dr.id = d.role_id"
    " LEFT JOIN platforms p ON p.id = d.platform_id"
    " LEFT JOIN tenants t ON t.id = d.tenant_id"
    " LEFT JOIN ip_addresses ip ON ip.id = COALESCE(d.primary_ip4_id, d.primary_ip6_id)";

Domain::Device deviceFromQuery(const QSqlQuery &q)
{
    Domain::Device d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.status = q.value(2).toString();
    d.siteId = q.value(3).toLongLong();
    d.siteName = q.value(4).toString();
    d.locationId = q.value(5).toLongLong();
    d.rackId = q.value(6).toLongLong();
    d.rackName = q.value(7).toString();
    d.position = q.value(8).toDouble();
    d.face = q.value(9).toString();
    d.uHeight = q.value(10).isNull() ? 1.0 : q.value(10).toDouble();
    d.fullDepth = q.value(11).isNull() ? true : q.value(11).toBool();
    d.roleId = q.value(12).toLongLong();
    d.roleName = q.value(13).toString();
    d.roleColor = q.value(14).toString();
    d.manufacturer = q.value(15).toString();
    d.model = q.value(16).toString();
    d.platform = q.value(17).toString();
    d.tenantName = q.value(18).toString();
    d.serial = q.value(19).toString();
    d.assetTag = q.value(20).toString();
    d.primaryIp = q.value(21).toString();
    d.parentDeviceId = q.value(22).toLongLong();
    d.deviceBay = q.value(23).toString();
    d.airflow = q.value(24).toString();
    d.description = q.value(25).toString();
    return d;
}

} // namespace


Result<QList<Domain::Region>> Store::regions()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name, parent_id FROM regions ORDER BY name")))
        return sqlError(q, QStringLiteral("cannot list regions"));
    QList<Domain::Region> out;
    while (q.next())
        out << Domain::Region{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

Result<QList<Domain::Site>> Store::sites()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.name, s.slug, s.status, s.region_id, rg.name, s.facility, s.description,"
            " (SELECT COUNT(*) FROM racks r WHERE r.site_id = s.id),"
            " (SELECT COUNT(*) FROM devices d WHERE d.site_id = s.id)"
            " FROM sites s LEFT JOIN regions rg ON rg.id = s.region_id ORDER BY s.name")))
        return sqlError(q, QStringLiteral("cannot list sites"));
    QList<Domain::Site> out;
    while (q.next()) {
        Domain::Site s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.slug = q.value(2).toString();
        s.status = q.value(3).toString();
        s.regionId = q.value(4).toLongLong();
        s.regionName = q.value(5).toString();
        s.facility = q.value(6).toString();
        s.description = q.value(7).toString();
        s.rackCount = q.value(8).toInt();
        s.deviceCount = q.value(9).toInt();
        out << s;
    }
    return out;
}

Result<QList<Domain::Location>> Store::locations(qint64 siteId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT l.id, l.name, l.site_id, l.parent_id,"
                             " (SELECT COUNT(*) FROM racks r WHERE r.location_id = l.id)"
                             " FROM locations l WHERE l.site_id = ? ORDER BY l.name"));
    q.addBindValue(siteId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list locations"));
    QList<Domain::Location> out;
    while (q.next()) {
        out << Domain::Location{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                q.value(3).toLongLong(), q.value(4).toInt()};
    }
    return out;
}

namespace {

const char *const kRackSelect =
    "SELECT r.id, r.name, r.facility_id, r.site_id, r.location_id, r.status, t.name, r.form_factor, r.width,"
    " r.u_height, r.starting_unit, r.desc_units FROM racks r LEFT JOIN tenants t ON t.id = r.tenant_id";

Domain::Rack rackFromQuery(const QSqlQuery &q)
{
    Domain::Rack r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.facilityId = q.value(2).toString();
    r.siteId = q.value(3).toLongLong();
    r.locationId = q.value(4).toLongLong();
    r.status = q.value(5).toString();
    r.tenantName = q.value(6).toString();
    r.formFactor = q.value(7).toString();
    r.width = q.value(8).isNull() ? 19 : q.value(8).toInt();
    r.uHeight = q.value(9).isNull() ? 42 : q.value(9).toInt();
    r.startingUnit = q.value(10).isNull() ? 1 : q.value(10).toInt();
    r.descendingUnits = q.value(11).toBool();
    return r;
}

} // namespace

Result<QList<Domain::Rack>> Store::racks(qint64 siteId, qint64 locationId)
{
    QSqlQuery q(db());
    QString sql = QString::fromLatin1(kRackSelect) + QStringLiteral(" WHERE r.site_id = ?");
    if (locationId)
        sql += QStringLiteral(" AND r.location_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY r.name"));
    q.addBindValue(siteId);
    if (locationId)
        q.addBindValue(locationId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list racks"));
    QList<Domain::Rack> out;
    QHash<qint64, int> indexById;
    while (q.next()) {
        indexById.insert(q.value(0).toLongLong(), int(out.size()));
        out << rackFromQuery(q);
    }

    // Occupancy: count each half-unit slot once, whichever face holds it.
    QSqlQuery d(db());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT d.rack_id, d.position, dt.u_height FROM devices d"
                             " JOIN device_types dt ON dt.id = d.device_type_id"
                             " JOIN racks r ON r.id = d.rack_id WHERE r.site_id = ?"));
    d.addBindValue(siteId);
    if (!d.exec())
        return sqlError(d, QStringLiteral("cannot read rack occupancy"));
    QHash<qint64, std::set<int>> occupied;
    QHash<qint64, int> counts;
    while (d.next()) {
        const qint64 rackId = d.value(0).toLongLong();
        if (!indexById.contains(rackId))
            continue;
        ++counts[rackId];
        if (d.value(1).isNull())
            continue;
        const int first = int(d.value(1).toDouble() * 2);
        const int halves = int(d.value(2).toDouble() * 2);
        for (int s = 0; s < halves; ++s)
            occupied[rackId].insert(first + s);
    }
    for (auto it = indexById.cbegin(); it != indexById.cend(); ++it) {
        Domain::Rack &r = out[it.value()];
        r.usedUnits = occupied.value(it.key()).size() / 2.0;
        r.deviceCount = counts.value(it.key());
    }
    return out;
}

Result<Domain::Rack> Store::rack(qint64 rackId)
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(kRackSelect) + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(rackId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read rack %1").arg(rackId));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("rack %1 is not in the store").arg(rackId));
    return rackFromQuery(q);
}

Result<QList<Domain::Device>> Store::rackDevices(qint64 rackId, const QString &face)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString sql = QString::fromLatin1(kDeviceSelect) + QStringLiteral(" WHERE d.rack_id = ?");
    if (!face.isEmpty())
        sql += QStringLiteral(" AND (d.face = ? OR d.face IS NULL OR dt.is_full_depth = ?)");
    q.prepare(sql + QStringLiteral(" ORDER BY d.position DESC NULLS LAST, d.name"));
    q.addBindValue(rackId);
    if (!face.isEmpty()) {
        q.addBindValue(face);
        q.addBindValue(true);
    }
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list the devices of rack %1").arg(rackId));
    QList<Domain::Device> out;
    while (q.next())
        out << deviceFromQuery(q);
    return out;
}

Result<QList<Domain::Device>> Store::devices(qint64 siteId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString sql = QString::fromLatin1(kDeviceSelect);
    if (siteId)
        sql += QStringLiteral(" WHERE d.site_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY d.name, d.id"));
    if (siteId)
        q.addBindValue(siteId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list devices"));
    QList<Domain::Device> out;
    while (q.next())
        out << deviceFromQuery(q);
    return out;
}

Result<Domain::Device> Store::device(qint64 deviceId)
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(kDeviceSelect) + QStringLiteral(" WHERE d.id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read device %1").arg(deviceId));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("device %1 is not in the store").arg(deviceId));
    return deviceFromQuery(q);
}

Result<QList<Domain::Interface>> Store::interfaces(qint64 deviceId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.device_id, i.name, i.type, i.enabled, i.mgmt_only, i.speed, i.description, i.lag_id,"
        " COALESCE(me.cable_id, i.cable_id), c.status, COALESCE(pd.name, pc.cid),"
        " COALESCE(pi.name, pf.name, pr.name, pct.term_side),"
        " im.if_index, im.matched_by, im.rx_sensor, im.tx_sensor"
        " FROM interfaces i"
        " LEFT JOIN interface_matches im ON im.device_id = i.device_id AND im.interface_id = i.id"
        // The cable's own terminations are the truth; an interface's cable
        // field may lag behind them in a partial sync.
        " LEFT JOIN cable_terminations me ON me.object_type = 'dcim.interface' AND me.object_id = i.id"
        " LEFT JOIN cables c ON c.id = COALESCE(me.cable_id, i.cable_id)"
        " LEFT JOIN cable_terminations far ON far.cable_id = me.cable_id AND far.cable_end <> me.cable_end"
        " LEFT JOIN interfaces pi ON far.object_type = 'dcim.interface' AND pi.id = far.object_id"
        " LEFT JOIN front_ports pf ON far.object_type = 'dcim.frontport' AND pf.id = far.object_id"
        " LEFT JOIN rear_ports pr ON far.object_type = 'dcim.rearport' AND pr.id = far.object_id"
        " LEFT JOIN circuit_terminations pct ON far.object_type = 'circuits.circuittermination'"
        "   AND pct.id = far.object_id"
        " LEFT JOIN circuits pc ON pc.id = pct.circuit_id"
        " LEFT JOIN devices pd ON pd.id = COALESCE(pi.device_id, pf.device_id, pr.device_id)"
        " WHERE i.device_id = ? ORDER BY i.id"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list the interfaces of device %1").arg(deviceId));
    QList<Domain::Interface> out;
    QHash<qint64, int> indexById;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (indexById.contains(id))
            continue; // a cable with several far terminations: keep the first
        Domain::Interface i;
        i.id = id;
        i.deviceId = q.value(1).toLongLong();
        i.name = q.value(2).toString();
        i.type = q.value(3).toString();
        i.enabled = q.value(4).isNull() ? true : q.value(4).toBool();
        i.mgmtOnly = q.value(5).toBool();
        i.speedKbps = q.value(6).toLongLong();
        i.description = q.value(7).toString();
        i.lagId = q.value(8).toLongLong();
        i.cableId = q.value(9).toLongLong();
        i.cableStatus = q.value(10).toString();
        i.peerDevice = q.value(11).toString();
        i.peerPort = q.value(12).toString();
        i.polledIfIndex = q.value(13).toLongLong();
        i.matchedBy = q.value(14).toString();
        i.rxSensorIndex = q.value(15).toLongLong();
        i.txSensorIndex = q.value(16).toLongLong();
        indexById.insert(id, int(out.size()));
        out << i;
    }

    QSqlQuery ips(db());
    ips.setForwardOnly(true);
    ips.prepare(QStringLiteral("SELECT ip.assigned_object_id, ip.address FROM ip_addresses ip"
                               " JOIN interfaces i ON i.id = ip.assigned_object_id"
                               " WHERE ip.assigned_object_type = 'dcim.interface' AND i.device_id = ?"
                               " ORDER BY ip.id"));
    ips.addBindValue(deviceId);
    if (!ips.exec())
        return sqlError(ips, QStringLiteral("cannot list the addresses of device %1").arg(deviceId));
    while (ips.next()) {
        const auto it = indexById.constFind(ips.value(0).toLongLong());
        if (it != indexById.constEnd())
            out[it.value()].addresses << ips.value(1).toString();
    }
    return out;
}

Result<QList<Domain::SearchHit>> Store::search(const QString &text, int limit)
{
    using Kind = Domain::SearchHit::Kind;
    QList<Domain::SearchHit> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return hits;
    const QString pattern = likePattern(needle);

    struct Source
    {
        Kind kind;
        const char *sql;
    };
    // Most specific first: a device by name, serial or asset tag; then racks,
    // addresses and interfaces.
    const Source sources[] = {
        {Kind::Device, "SELECT d.id, d.id, d.name, s.name, d.serial, d.asset_tag FROM devices d"
                       " LEFT JOIN sites s ON s.id = d.site_id"
                       " WHERE lower(d.name) LIKE ? ESCAPE '\\' OR lower(d.serial) LIKE ? ESCAPE '\\'"
                       " OR lower(d.asset_tag) LIKE ? ESCAPE '\\' ORDER BY d.name LIMIT ?"},
        {Kind::Site, "SELECT s.id, 0, s.name, s.facility, '', '' FROM sites s"
                     " WHERE lower(s.name) LIKE ? ESCAPE '\\' OR lower(s.slug) LIKE ? ESCAPE '\\'"
                     " OR lower(s.facility) LIKE ? ESCAPE '\\' ORDER BY s.name LIMIT ?"},
        {Kind::Rack, "SELECT r.id, 0, r.name, s.name, r.facility_id, r.asset_tag FROM racks r"
                     " LEFT JOIN sites s ON s.id = r.site_id"
                     " WHERE lower(r.name) LIKE ? ESCAPE '\\' OR lower(r.facility_id) LIKE ? ESCAPE '\\'"
                     " OR lower(r.asset_tag) LIKE ? ESCAPE '\\' ORDER BY r.name LIMIT ?"},
        {Kind::IpAddress, "SELECT ip.id, i.device_id, ip.address, d.name, i.name, ip.dns_name FROM ip_addresses ip"
                          " LEFT JOIN interfaces i ON ip.assigned_object_type = 'dcim.interface'"
                          "   AND i.id = ip.assigned_object_id"
                          " LEFT JOIN devices d ON d.id = i.device_id"
                          " WHERE lower(ip.address) LIKE ? ESCAPE '\\' OR lower(ip.dns_name) LIKE ? ESCAPE '\\'"
                          " OR lower(ip.description) LIKE ? ESCAPE '\\' ORDER BY ip.address LIMIT ?"},
        {Kind::Interface, "SELECT i.id, i.device_id, i.name, d.name, i.description, '' FROM interfaces i"
                          " JOIN devices d ON d.id = i.device_id"
                          " WHERE lower(i.name) LIKE ? ESCAPE '\\' OR lower(i.description) LIKE ? ESCAPE '\\'"
                          " OR lower(i.label) LIKE ? ESCAPE '\\' ORDER BY d.name, i.id LIMIT ?"},
    };
    for (const Source &source : sources) {
        const int remaining = limit - int(hits.size());
        if (remaining <= 0)
            break;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(source.sql));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(pattern);
        q.addBindValue(remaining);
        if (!q.exec())
            return sqlError(q, QStringLiteral("search failed"));
        while (q.next()) {
            Domain::SearchHit hit;
            hit.kind = source.kind;
            hit.id = q.value(0).toLongLong();
            hit.deviceId = q.value(1).toLongLong();
            hit.label = q.value(2).toString();
            QStringList detail;
            for (int c = 3; c < 6; ++c) {
                const QString part = q.value(c).toString();
                if (!part.isEmpty())
                    detail << part;
            }
            hit.detail = detail.join(QStringLiteral(" · "));
            hits << hit;
        }
    }
    return hits;
}

} // namespace OpsDeck::Store
