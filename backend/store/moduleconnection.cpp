// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/store/moduleconnection.h"

#include <atomic>

#include <QSqlError>
#include <QSqlQuery>

namespace OpsDeck::Store {

namespace {

QString nextName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("opsdeck-module-%1").arg(counter.fetch_add(1));
}

/// Opens @p d; on failure removes the connection and says why.
Status openOrDrop(QSqlDatabase &d, const QString &name, const QString &what, const QVariantMap &context)
{
    if (d.open())
        return {};
    const QString why = d.lastError().text();
    d = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return Error(ErrorCode::Database, QStringLiteral("cannot open %1: %2").arg(what, why), context);
}

} // namespace

ModuleConnection::ModuleConnection(QString name, Dialect dialect, QString description)
    : m_name(std::move(name))
    , m_dialect(dialect)
    , m_description(std::move(description))
{}

ModuleConnection::~ModuleConnection()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ModuleConnection>> ModuleConnection::openSqlite(const QString &path, const QString &what,
                                                                       Durability durability)
{
    {
        // The workspace store owns the schema: let it migrate the file.
        auto store = Store::openSqlite(path, true);
        if (!store)
            return store.error();
    }
    const QString name = nextName();
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (auto st = openOrDrop(d, name, what, {{QStringLiteral("file"), path}}); !st)
            return st.error();
        QSqlQuery q(d);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                              : QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return std::unique_ptr<ModuleConnection>(
        new ModuleConnection(name, Dialect::Sqlite, QStringLiteral("SQLite ") + path));
}

Result<std::unique_ptr<ModuleConnection>> ModuleConnection::openPostgres(const PostgresParams &params,
                                                                         const QString &what)
{
    {
        auto store = Store::openPostgres(params, true);
        if (!store)
            return store.error();
    }
    const QString name = nextName();
    const QString where = QStringLiteral("PostgreSQL %1:%2/%3").arg(params.host).arg(params.port).arg(params.database);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(params.host);
        d.setPort(params.port);
        d.setDatabaseName(params.database);
        d.setUserName(params.user);
        d.setPassword(params.password);
        d.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (auto st = openOrDrop(d, name, what, {{QStringLiteral("store"), where}}); !st)
            return st.error();
    }
    return std::unique_ptr<ModuleConnection>(new ModuleConnection(name, Dialect::Postgres, where));
}

QSqlDatabase ModuleConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Status ModuleConnection::exec(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return Error(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, query.lastError().text()),
                     {{QStringLiteral("store"), m_description}});
    return {};
}

Status ModuleConnection::transaction(const std::function<Status()> &work)
{
    QSqlQuery q(db());
    const QString begin = m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!q.exec(begin))
        return Error(ErrorCode::Database, QStringLiteral("cannot begin: %1").arg(q.lastError().text()),
                     {{QStringLiteral("store"), m_description}});
    Status st = work();
    if (!st) {
        q.exec(QStringLiteral("ROLLBACK"));
        return st;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error(ErrorCode::Database, QStringLiteral("cannot commit: %1").arg(why),
                     {{QStringLiteral("store"), m_description}});
    }
    return {};
}

} // namespace OpsDeck::Store
