// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
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

std::atomic<int> s_connectionCounter{0};

QString nextConnectionName()
{
    return QStringLiteral("opsdeck-store-%1").arg(++s_connectionCounter);
}

// Rows per multi-row INSERT: keeps the bound values well under SQLite's
// variable limit while amortising statement overhead.
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

Store::Store(QString connectionName, Dialect dialect, QString description)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_description(std::move(description))
{}

Store::~Store()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::description() const
{
    return m_description;
}

Error Store::sqlError(const QSqlQuery &query, const QString &what) const
{
    return Error(ErrorCode::Database, what + QStringLiteral(": ") + query.lastError().text(),
                 {{QStringLiteral("store"), m_description}});
}

Status Store::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        return sqlError(q, QStringLiteral("statement failed"));
    return {};
}

Result<std::unique_ptr<Store>> Store::openSqlite(const QString &path, bool migrateNow)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error(ErrorCode::Unsupported, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the store's folder"),
                     {{QStringLiteral("path"), info.absolutePath()}});

    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(name, Dialect::Sqlite, QStringLiteral("SQLite ") + info.absoluteFilePath()));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open())
            return Error(ErrorCode::Database, QStringLiteral("cannot open the store: ") + database.lastError().text(),
                         {{QStringLiteral("path"), info.absoluteFilePath()}});
    }
    // WAL lets the service write while consoles read; NORMAL sync is durable
    // against application crashes, which is what WAL mode is designed for.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY",
                               "PRAGMA cache_size=-32768"}) {
        if (auto st = store->exec(QString::fromLatin1(pragma)); !st)
            return st.error();
    }
    if (migrateNow) {
        if (auto st = store->migrate(); !st)
            return st.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openPostgres(const PostgresParams &params, bool migrateNow)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error(ErrorCode::Unsupported, QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
    const QString name = nextConnectionName();
    const QString where = QStringLiteral("PostgreSQL %1:%2/%3").arg(params.host).arg(params.port).arg(params.database);
    std::unique_ptr<Store> store(new Store(name, Dialect::Postgres, where));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database.setHostName(params.host);
        database.setPort(params.port);
        database.setDatabaseName(params.database);
        database.setUserName(params.user);
        database.setPassword(params.password);
        database.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!database.open()) {
            // The driver's message names host and user, never the password.
            return Error(ErrorCode::Database, QStringLiteral("cannot connect to the store: ") + database.lastError().text(),
                         {{QStringLiteral("store"), where}});
        }
    }
    if (auto st = store->exec(QStringLiteral("SET client_min_messages TO WARNING")); !st)
        return st.error();
    if (migrateNow) {
        if (auto st = store->migrate(); !st)
            return st.error();
    }
    return store;
}

Result<int> Store::schemaVersion()
{
    if (!db().tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return sqlError(q, QStringLiteral("cannot read the schema version"));
    return q.next() ? q.value(0).toInt() : 0;
}

Status Store::migrate(int target)
{
    auto current = schemaVersion();
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion()) {
        return Error(ErrorCode::SchemaTooNew,
                     QStringLiteral("the store has schema version %1, newer than this OpsDeck knows (%2); "
                                    "update OpsDeck to open it")
                         .arg(*current)
                         .arg(latestSchemaVersion()),
                     {{QStringLiteral("store"), m_description}});
    }
    if (auto st = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")); !st)
        return st;
    for (const Migration &m : migrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        const Status st = transaction([&]() -> Status {
            for (const QString &statement : m.statements) {
                const QString sql = renderStatement(statement, m_dialect);
                if (sql.isEmpty())
                    continue; // for the other dialect only
                if (auto s = exec(sql); !s)
                    return s;
            }
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            q.addBindValue(m.version);
            if (!q.exec())
                return sqlError(q, QStringLiteral("cannot record the schema version"));
            return {};
        });
        if (!st) {
            Error e = st.error();
            e.detail = QStringLiteral("migration %1 (%2) failed: ").arg(m.version).arg(m.description) + e.detail;
            return e;
        }
        qCDebug(lcStore) << "migrated" << m_description << "to schema version" << m.version;
    }
    return {};
}

Status Store::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status st = work();
        --m_transactionDepth;
        if (!st)
            m_transactionFailed = true;
        return st;
    }
    QSqlDatabase database = db();
    if (!database.transaction())
        return Error(ErrorCode::Database, QStringLiteral("cannot begin a transaction: ") + database.lastError().text());
    m_transactionDepth = 1;
    m_transactionFailed = false;
    Status st = work();
    m_transactionDepth = 0;
    if (!st || m_transactionFailed) {
        database.rollback();
        if (st)
            return Error(ErrorCode::Database, QStringLiteral("a nested step failed; the transaction was rolled back"));
        return st;
    }
    if (!database.commit()) {
        const QString why = database.lastError().text();
        database.rollback();
        return Error(ErrorCode::Database, QStringLiteral("cannot commit: ") + why);
    }
    return {};
}

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

Result<QString> Store::watermark(const QString &source, const QString &endpoint)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT watermark FROM sync_state WHERE source = ? AND endpoint = ?"));
    q.addBindValue(source);
    q.addBindValue(endpoint);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the sync state"));
    return q.next() ? q.value(0).toString() : QString();
}

Status Store::setWatermark(const QString &source, const QString &endpoint, const QString &watermark,
                           qint64 lastChangeId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_state (source, endpoint, watermark, last_change_id, synced_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (source, endpoint) DO UPDATE SET watermark = excluded.watermark,"
        " last_change_id = excluded.last_change_id, synced_at = excluded.synced_at"));
    q.addBindValue(source);
    q.addBindValue(endpoint);
    q.addBindValue(watermark);
    q.addBindValue(lastChangeId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot record the sync state"));
    return {};
}

Result<QString> Store::integrityCheck()
{
    if (m_dialect != Dialect::Sqlite)
        return Error(ErrorCode::Unsupported, QStringLiteral("integrity_check is an SQLite pragma"));
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return sqlError(q, QStringLiteral("integrity check failed to run"));
    return q.value(0).toString();
}

} // namespace OpsDeck::Store
