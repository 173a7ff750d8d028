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
