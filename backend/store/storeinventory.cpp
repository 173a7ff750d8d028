// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Writes and per-kind reads of the inventory mirror: bulk upserts as
// multi-row statements, removals, counts and raw rows.
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

using Domain::MappedObject;
using Domain::ObjectKind;

namespace {

int rowsPerStatement(int columns)
{
    return std::clamp(16000 / std::max(columns, 1), 1, 1000);
}

struct UpsertStatement
{
    QString head; // "INSERT INTO t (a,b) VALUES "
    QString tail; // " ON CONFLICT (id) DO UPDATE SET ..."
};

UpsertStatement upsertStatement(const Domain::KindInfo &info)
{
    QStringList names;
    QStringList updates;
    for (const auto &col : info.columns) {
        names << col.name;
        if (col.name != QLatin1String("id"))
            updates << col.name + QStringLiteral(" = excluded.") + col.name;
    }
    return {QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(info.table, names.join(QLatin1Char(','))),
            QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + updates.join(QLatin1Char(','))};
}

// Appends a value as an SQL literal of the column's type. Text is quoted with
// embedded quotes doubled (standard SQL, which both SQLite and PostgreSQL with
// standard_conforming_strings follow); NUL characters cannot be stored in
// either and are dropped. Values that do not convert become NULL.
void appendLiteral(QString &sql, const QVariant &value, Domain::ColumnType type, Dialect dialect)
{
    if (value.isNull()) {
        sql += QLatin1String("NULL");
        return;
    }
    char buffer[32];
    bool ok = true;
    switch (type) {
    case Domain::ColumnType::Integer: {
        const qlonglong v = value.toLongLong(&ok);
        if (ok) {
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
            sql += QLatin1String(buffer, end - buffer);
        }
        break;
    }
    case Domain::ColumnType::Real: {
        const double v = value.toDouble(&ok);
        ok = ok && std::isfinite(v);
        if (ok) {
            // Shortest representation that reads back as the same double.
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
            sql += QLatin1String(buffer, end - buffer);
        }
        break;
    }
    case Domain::ColumnType::Boolean:
        if (dialect == Dialect::Postgres)
            sql += value.toBool() ? QLatin1String("TRUE") : QLatin1String("FALSE");
        else
            sql += value.toBool() ? QLatin1Char('1') : QLatin1Char('0');
        break;
    case Domain::ColumnType::Text: {
        const QString text = value.toString();
        sql += QLatin1Char('\'');
        if (!text.contains(QLatin1Char('\'')) && !text.contains(QChar(0))) {
            sql += text;
        } else {
            for (const QChar ch : text) {
                if (ch == QLatin1Char('\''))
                    sql += QLatin1String("''");
                else if (!ch.isNull())
                    sql += ch;
            }
        }
        sql += QLatin1Char('\'');
        break;
    }
    }
    if (!ok)
        sql += QLatin1String("NULL");
}
} // namespace

Status Store::upsert(const QList<MappedObject> &objects)
{
    // Group by kind, keeping the caller's order inside each kind.
    QHash<int, QList<const MappedObject *>> byKind;
    for (const MappedObject &o : objects)
        byKind[static_cast<int>(o.kind)] << &o;
    return transaction([&]() -> Status {
        for (const Domain::KindInfo &info : Domain::allKinds()) {
            const auto it = byKind.constFind(static_cast<int>(info.kind));
            if (it == byKind.constEnd())
                continue;
            if (auto st = upsertKind(info.kind, it.value()); !st)
                return st;
            if (info.kind == ObjectKind::Cable) {
                if (auto st = replaceTerminations(it.value()); !st)
                    return st;
            }
        }
        return {};
    });
}

Status Store::upsertKind(ObjectKind kind, const QList<const MappedObject *> &objects)
{
    const Domain::KindInfo &info = Domain::kindInfo(kind);
    const int columns = int(info.columns.size());
    const qsizetype perStatement = rowsPerStatement(columns);
    const UpsertStatement statement = upsertStatement(info);
    const Dialect dialect = m_dialect;

    // Values are written into the statement as SQL literals: Qt's per-value
    // parameter binding costs more than parsing them, and the literals are
    // produced only from typed values (numbers, booleans, escaped text).
    const auto render = [&](qsizetype start) -> Result<QString> {
        const qsizetype end = std::min(objects.size(), start + perStatement);
        QString sql;
        sql.reserve(statement.head.size() + statement.tail.size() + (end - start) * columns * 12);
        sql += statement.head;
        for (qsizetype r = start; r < end; ++r) {
            const MappedObject *o = objects.at(r);
            if (o->values.size() != columns) {
                return Error(ErrorCode::InvalidInput,
                             QStringLiteral("%1 %2 has %3 values for %4 columns")
                                 .arg(info.key).arg(o->id).arg(o->values.size()).arg(columns));
            }
            sql += r > start ? QStringLiteral(",(") : QStringLiteral("(");
            for (int c = 0; c < columns; ++c) {
                if (c)
                    sql += QLatin1Char(',');
                appendLiteral(sql, o->values.at(c), info.columns.at(c).type, dialect);
            }
            sql += QLatin1Char(')');
        }
        sql += statement.tail;
        return sql;
    };

    for (qsizetype start = 0; start < objects.size(); start += perStatement) {
        const Result<QString> sql = render(start);
        if (!sql)
            return sql.error();
        QSqlQuery q(db());
        if (!q.exec(*sql))
            return sqlError(q, QStringLiteral("cannot upsert into %1").arg(info.table));
    }
    return {};
}

Status Store::replaceTerminations(const QList<const MappedObject *> &cables)
{
    QSqlQuery del(db());
    if (!del.prepare(QStringLiteral("DELETE FROM cable_terminations WHERE cable_id = ?")))
        return sqlError(del, QStringLiteral("cannot prepare"));
    QSqlQuery ins(db());
    if (!ins.prepare(QStringLiteral(
            "INSERT INTO cable_terminations (cable_id, cable_end, object_type, object_id) VALUES (?, ?, ?, ?)")))
        return sqlError(ins, QStringLiteral("cannot prepare"));
    for (const MappedObject *cable : cables) {
        del.bindValue(0, cable->id);
        if (!del.exec())
            return sqlError(del, QStringLiteral("cannot replace the terminations of cable %1").arg(cable->id));
        for (const Domain::CableEnd &end : cable->terminations) {
            ins.bindValue(0, cable->id);
            ins.bindValue(1, end.end);
            ins.bindValue(2, end.objectType);
            ins.bindValue(3, end.objectId);
            if (!ins.exec())
                return sqlError(ins, QStringLiteral("cannot store the terminations of cable %1").arg(cable->id));
        }
    }
    return {};
}

Status Store::remove(ObjectKind kind, const QList<qint64> &ids)
{
    const Domain::KindInfo &info = Domain::kindInfo(kind);
    return transaction([&]() -> Status {
        QSqlQuery q(db());
        if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table)))
            return sqlError(q, QStringLiteral("cannot prepare the delete"));
        QSqlQuery t(db());
        if (!t.prepare(QStringLiteral("DELETE FROM cable_terminations WHERE cable_id = ?")))
            return sqlError(t, QStringLiteral("cannot prepare the delete"));
        for (qint64 id : ids) {
            q.bindValue(0, id);
            if (!q.exec())
                return sqlError(q, QStringLiteral("cannot delete %1 %2").arg(info.key).arg(id));
            if (kind == ObjectKind::Cable) {
                t.bindValue(0, id);
                if (!t.exec())
                    return sqlError(t, QStringLiteral("cannot delete the terminations of cable %1").arg(id));
            }
        }
        return {};
    });
}

Status Store::clearInventory()
{
    return transaction([&]() -> Status {
        for (const Domain::KindInfo &info : Domain::allKinds()) {
            if (auto st = exec(QStringLiteral("DELETE FROM ") + info.table); !st)
                return st;
        }
        return exec(QStringLiteral("DELETE FROM cable_terminations"));
    });
}

Result<qint64> Store::count(ObjectKind kind)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + Domain::kindInfo(kind).table) || !q.next())
        return sqlError(q, QStringLiteral("cannot count"));
    return q.value(0).toLongLong();
}

Result<QVariantList> Store::row(ObjectKind kind, qint64 id)
{
    const Domain::KindInfo &info = Domain::kindInfo(kind);
    QStringList names;
    for (const auto &col : info.columns)
        names << col.name;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(QLatin1Char(',')), info.table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read %1 %2").arg(info.key).arg(id));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 %2 is not in the store").arg(info.key).arg(id));
    QVariantList values;
    for (int i = 0; i < names.size(); ++i)
        values << q.value(i);
    return values;
}

Result<QHash<qint64, QString>> Store::lastUpdated(ObjectKind kind)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, last_updated FROM ") + Domain::kindInfo(kind).table))
        return sqlError(q, QStringLiteral("cannot read last_updated"));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace OpsDeck::Store
