// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <map>
#include <memory>
#include <optional>

#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/netboxmapper.h"
#include "backend/netbox/netboxsync.h"
#include "backend/store/store.h"
#include "tests/fixtures/netbox/fixturerunner.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"

namespace OpsDeck::Test {

// A stored value and a mapped value are equal when both are null or their
// text forms agree (SQLite hands back integers for booleans and doubles for
// whole numbers as written).
inline bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    bool okA = false;
    bool okB = false;
    const double da = a.toDouble(&okA);
    const double db = b.toDouble(&okB);
    if (okA && okB && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString)
        return da == db;
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toBool() == b.toBool();
    return a.toString() == b.toString();
}

// Every row of a kind's table, by id, read with one query on a separate
// read-only connection to the store's SQLite file (one query per object
// made the comparison the slowest part of the NetBox tests).
inline Result<QHash<qint64, QVariantList>> storeRows(const QString &sqlitePath, const Domain::KindInfo &info)
{
    const QString name = QStringLiteral("netbox-test-compare");
    QHash<qint64, QVariantList> out;
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.isOpen() && !db.open())
            return Error(ErrorCode::Database, db.lastError().text());
        QStringList names{QStringLiteral("id")};
        for (const Domain::ColumnSpec &c : info.columns)
            names << c.name;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1Char(',')), info.table)))
            return Error(ErrorCode::Database, q.lastError().text());
        while (q.next()) {
            QVariantList values;
            for (int i = 1; i < names.size(); ++i)
                values << q.value(i);
            out.insert(q.value(0).toLongLong(), values);
        }
        db.close();
    }
    return out;
}

// Every object the server holds is in the store with the mapped values,
// and the store holds nothing else. Returns a description of the first
// difference, empty when equal.
inline QString compareStoreWithServer(Store::Store &store, const NetBoxFixtureServer &server)
{
    const QString prefix = QStringLiteral("SQLite ");
    if (!store.description().startsWith(prefix))
        return QStringLiteral("test: not a SQLite store: %1").arg(store.description());
    const QString path = store.description().mid(prefix.size());
    for (const Domain::KindInfo &info : Domain::allKinds()) {
        const QList<qint64> ids = server.ids(info.kind);
        auto rows = storeRows(path, info);
        if (!rows)
            return rows.error().toString();
        if (rows->size() != ids.size())
            return QStringLiteral("%1: %2 in the store, %3 on the server").arg(info.endpoint).arg(rows->size()).arg(ids.size());
        for (qint64 id : ids) {
            auto mapped = Domain::NetBoxMapper::map(info.kind, server.object(info.kind, id));
            if (!mapped)
                return mapped.error().toString();
            const auto row = rows->constFind(id);
            if (row == rows->constEnd())
                return QStringLiteral("%1 %2 is not in the store").arg(info.endpoint).arg(id);
            for (qsizetype c = 0; c < info.columns.size(); ++c) {
                if (!sameValue(row->value(c), mapped->values.value(c)))
                    return QStringLiteral("%1 %2 column %3: store %4, server %5")
                        .arg(info.endpoint)
                        .arg(id)
                        .arg(info.columns.at(c).name, row->value(c).toString(), mapped->values.value(c).toString());
            }
        }
    }
    return {};
}

// One sync run to its terminal signal; an error when there was not exactly one.
inline Result<NetBox::SyncSummary> runSync(NetBox::NetBoxSync &sync, bool full, int timeoutMs = 120000)
{
    std::optional<Result<NetBox::SyncSummary>> out;
    int terminalCount = 0;
    auto c = QObject::connect(&sync, &NetBox::NetBoxSync::finished, &sync,
                              [&](const Result<NetBox::SyncSummary> &r) {
                                  out = r;
                                  ++terminalCount;
                              });
    full ? sync.startFull() : sync.startIncremental();
    const bool done = QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    QObject::disconnect(c);
    if (!done)
        return Error(ErrorCode::Timeout, QStringLiteral("test: sync did not finish"));
    if (terminalCount != 1)
        return Error(ErrorCode::Unknown, QStringLiteral("test: %1 terminal signals").arg(terminalCount));
    return *out;
}

// The fixture estates of a test class: one server per NetBox version,
// generated once and put back to its pristine estate on every server()
// call, and per version one store synced in full from that pristine estate,
// made once and copied for every test that starts from a synced store.
// Tests thus share what is expensive (estate generation, full syncs)
// without seeing each other's changes.
class SharedEstates
{
public:
    NetBoxFixtureServer &server(const QString &version = QStringLiteral("4.6"))
    {
        std::unique_ptr<NetBoxFixtureServer> &s = m_servers[version];
        if (!s) {
            NetBoxFixtureOptions options;
            options.version = version;
            s = std::make_unique<NetBoxFixtureServer>(options);
            if (const Status st = s->start(); !st)
                qFatal("the NetBox fixture server does not start: %s", qPrintable(st.error().toString()));
        } else {
            s->resetEstate();
        }
        return *s;
    }

    // A store at `path` holding a full sync of `server`'s pristine estate
    // (call right after server(), before changing anything).
    Result<std::unique_ptr<Store::Store>> syncedStore(NetBoxFixtureServer &server, const QString &path)
    {
        const QString baseline = baselinePath(server.options().version);
        if (!QFile::exists(baseline)) {
            auto store = Store::Store::openSqlite(baseline);
            if (!store)
                return store.error();
            NetBox::NetBoxClient client(fixtureClientSettings(server));
            NetBox::NetBoxSync sync(&client, store->get());
            if (auto r = runSync(sync, true); !r) {
                store->reset();
                QFile::remove(baseline);
                return r.error();
            }
            server.resetEstate();
        }
        if (!QFile::copy(baseline, path))
            return Error(ErrorCode::Io, QStringLiteral("test: cannot copy %1 to %2").arg(baseline, path));
        return Store::Store::openSqlite(path);
    }

    // Offers a closed store file made by a full sync of a pristine estate
    // with default options as the version's baseline.
    void offerBaseline(const QString &version, const QString &storeFile)
    {
        if (!QFile::exists(baselinePath(version)))
            QFile::copy(storeFile, baselinePath(version));
    }

private:
    QString baselinePath(const QString &version) const
    {
        return m_dir.filePath(QStringLiteral("baseline-%1.sqlite").arg(version));
    }

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<NetBoxFixtureServer>> m_servers;
};

// Collects every message logged while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] static QStringList lines() { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines << message; }
    inline static QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace OpsDeck::Test
