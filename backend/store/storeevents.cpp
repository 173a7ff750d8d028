// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Events the service received about devices (device_events).
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "backend/store/store.h"

namespace OpsDeck::Store {

Result<qint64> Store::appendDeviceEvent(const Domain::DeviceEvent &event)
{
    QSqlQuery q(db());
    QString sql = QStringLiteral("INSERT INTO device_events (received_at, device_id, device_name, source, kind, name,"
                                 " oid, summary, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_dialect == Dialect::Postgres)
        sql += QStringLiteral(" RETURNING id");
    q.prepare(sql);
    q.addBindValue(event.receivedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(event.deviceId);
    q.addBindValue(event.deviceName);
    q.addBindValue(event.source);
    q.addBindValue(event.kind);
    q.addBindValue(event.name);
    q.addBindValue(event.oid);
    q.addBindValue(event.summary);
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot store an event"));
    if (m_dialect == Dialect::Postgres)
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    return q.lastInsertId().toLongLong();
}

Result<QList<Domain::DeviceEvent>> Store::deviceEvents(const QString &deviceName, qint64 afterId, int limit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // The newest `limit` events after afterId, returned oldest first.
    QString sql = QStringLiteral("SELECT id, received_at, device_id, device_name, source, kind, name, oid, summary,"
                                 " data FROM device_events WHERE id > ?");
    if (!deviceName.isEmpty())
        sql += QStringLiteral(" AND device_name = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    q.addBindValue(afterId);
    if (!deviceName.isEmpty())
        q.addBindValue(deviceName);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read events"));
    QList<Domain::DeviceEvent> out;
    while (q.next()) {
        Domain::DeviceEvent e;
        e.id = q.value(0).toLongLong();
        e.receivedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.deviceId = q.value(2).toLongLong();
        e.deviceName = q.value(3).toString();
        e.source = q.value(4).toString();
        e.kind = q.value(5).toString();
        e.name = q.value(6).toString();
        e.oid = q.value(7).toString();
        e.summary = q.value(8).toString();
        e.data = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        out.prepend(e);
    }
    return out;
}

} // namespace OpsDeck::Store
