// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Store tables beside the NetBox mirror: interface matches of the poller
// and the auxiliary tables (mcp_*, prtg_*, netbox_pending_edits).
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

Result<QList<Domain::InterfaceMatch>> Store::interfaceMatches(qint64 deviceId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT if_index, interface_id, matched_by, rx_sensor, tx_sensor, matched_at"
                             " FROM interface_matches WHERE device_id = ? ORDER BY if_index"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot list the interface matches of device %1").arg(deviceId));
    QList<Domain::InterfaceMatch> out;
    while (q.next()) {
        Domain::InterfaceMatch m;
        m.ifIndex = q.value(0).toLongLong();
        m.interfaceId = q.value(1).toLongLong();
        m.matchedBy = q.value(2).toString();
        m.rxSensor = q.value(3).toLongLong();
        m.txSensor = q.value(4).toLongLong();
        m.matchedAt = q.value(5).toString();
        out << m;
    }
    return out;
}

Status Store::replaceInterfaceMatches(qint64 deviceId, const QList<Domain::InterfaceMatch> &matches)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return transaction([&]() -> Status {
        QSqlQuery del(db());
        del.prepare(QStringLiteral("DELETE FROM interface_matches WHERE device_id = ?"));
        del.addBindValue(deviceId);
        if (!del.exec())
            return sqlError(del, QStringLiteral("cannot clear the interface matches of device %1").arg(deviceId));
        QSqlQuery ins(db());
        if (!ins.prepare(QStringLiteral("INSERT INTO interface_matches (device_id, if_index, interface_id, matched_by,"
                                        " matched_at, rx_sensor, tx_sensor) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(ins, QStringLiteral("cannot prepare"));
        for (const Domain::InterfaceMatch &m : matches) {
            ins.bindValue(0, deviceId);
            ins.bindValue(1, m.ifIndex);
            ins.bindValue(2, m.interfaceId);
            ins.bindValue(3, m.matchedBy);
            ins.bindValue(4, now);
            ins.bindValue(5, m.rxSensor ? QVariant(m.rxSensor) : QVariant());
            ins.bindValue(6, m.txSensor ? QVariant(m.txSensor) : QVariant());
            if (!ins.exec())
                return sqlError(ins, QStringLiteral("cannot store the match of ifIndex %1 of device %2")
                                         .arg(m.ifIndex)
                                         .arg(deviceId));
        }
        return {};
    });
}

namespace {

// Only the auxiliary tables, and only plain identifiers: names go into SQL text.
bool isAuxiliaryName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

Status checkAuxiliary(const QString &table, const QStringList &columns)
{
    const bool prefixed = table.startsWith(QLatin1String("mcp_")) || table.startsWith(QLatin1String("prtg_")) ||
                          table == QLatin1String("netbox_pending_edits");
    bool ok = prefixed && isAuxiliaryName(table) && !columns.isEmpty();
    for (const QString &column : columns)
        ok = ok && isAuxiliaryName(column);
    if (!ok)
        return Error(ErrorCode::InvalidInput, QStringLiteral("not an auxiliary table or column: %1 (%2)")
                                                  .arg(table, columns.join(QLatin1Char(','))));
    return {};
}

} // namespace

Status Store::replaceRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (auto check = checkAuxiliary(table, columns); !check)
        return check;
    return transaction([&]() -> Status {
        QSqlQuery del(db());
        if (!del.exec(QStringLiteral("DELETE FROM ") + table))
            return sqlError(del, QStringLiteral("cannot clear %1").arg(table));
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery ins(db());
        if (!ins.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))))
            return sqlError(ins, QStringLiteral("cannot prepare"));
        for (const QVariantList &row : rows) {
            if (row.size() != columns.size())
                return Error(ErrorCode::InvalidInput, QStringLiteral("row of %1 values for %2 columns of %3")
                                                          .arg(row.size())
                                                          .arg(columns.size())
                                                          .arg(table));
            for (qsizetype i = 0; i < row.size(); ++i)
                ins.bindValue(int(i), row.at(i));
            if (!ins.exec())
                return sqlError(ins, QStringLiteral("cannot insert into %1").arg(table));
        }
        return {};
    });
}

Result<QList<QVariantList>> Store::tableRows(const QString &table, const QStringList &columns)
{
    if (auto check = checkAuxiliary(table, columns); !check)
        return check.error();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QLatin1Char(',')), table, columns.constFirst())))
        return sqlError(q, QStringLiteral("cannot read %1").arg(table));
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i)
            row << q.value(int(i));
        out << row;
    }
    return out;
}

} // namespace OpsDeck::Store
