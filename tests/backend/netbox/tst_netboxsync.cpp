// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDirIterator>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/estategenerator.h"
#include "backend/netbox/netboxsync.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::NetBox;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureOptions;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

ClientSettings settingsFor(const NetBoxFixtureServer &server)
{
    ClientSettings s;
    s.baseUrl = server.baseUrl();
    s.token = Vault::Secret::fromString(server.options().v1Token);
    s.timeoutMs = 2000;
    s.retryBaseMs = 10;
    s.retryMaxMs = 100;
    s.maxRetries = 20;
    return s;
}

Domain::Release releaseOf(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt() * 100 + version.section(QLatin1Char('.'), 1, 1).toInt();
}

std::unique_ptr<Store::Store> openStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.db"))
{
    auto store = Store::Store::openSqlite(dir.filePath(name));
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error().toString()));
    return std::move(store).value();
}

} // namespace

class TestNetBoxSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The store after a full sync equals what the server holds, whatever
    // the release's endpoints and shapes: the kinds a release lacks are
    // never asked for (no 404 on the way), every other count matches.
    void fullSyncEqualsEstate_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("pageSize");
        for (const char *v : {"3.0", "3.1", "3.2", "3.5", "3.7", "4.0", "4.2", "4.6"})
            QTest::newRow(v) << QString::fromLatin1(v) << 1000;
        QTest::newRow("4.6 small pages") << QStringLiteral("4.6") << 97;
    }
    void fullSyncEqualsEstate()
    {
        QFETCH(QString, version);
        QFETCH(int, pageSize);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        auto store = openStore(dir);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        SyncOptions syncOptions;
        syncOptions.pageSize = pageSize;
        sync.setOptions(syncOptions);
        QSignalSpy progress(&sync, &NetBoxSync::progress);
        auto result = Test::runSync(sync, true);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result->full);
        QCOMPARE(result->version.toString(), version);

        // Counts against the generator itself, not only against what was
        // served; values against what the release served.
        Demo::EstateOptions estateOptions;
        estateOptions.baseUrl = server.baseUrl().toString();
        const Demo::EstateCounts expected = Demo::EstateGenerator(estateOptions).counts();
        const Domain::Release release = releaseOf(version);
        qint64 total = 0;
        for (const Domain::KindInfo &info : Domain::allKinds()) {
            const qint64 want = info.existsIn(release) ? expected.value(info.kind) : 0;
            QCOMPARE(server.count(info.kind), want);
            QCOMPARE(*store->count(info.kind), want);
            QCOMPARE(result->perKind.value(info.kind), want);
            QCOMPARE(result->skipped.contains(info.kind), !info.existsIn(release));
            total += want;
        }
        QCOMPARE(result->upserted, total);
        const QString served = Test::compareStoreWithServer(*store, server);
        QVERIFY2(served.isEmpty(), qPrintable(served));
        for (const QString &line : server.requestLog())
            QVERIFY2(release >= 302 || !line.contains(QStringLiteral("/api/dcim/modules/")), qPrintable(line));
        if (version != QLatin1String("4.6")) {
            if (pageSize == SyncOptions().pageSize) {
                store.reset();
                m_estates.offerBaseline(version, dir.filePath(QStringLiteral("store.db")));
            }
            return;
        }
        QString mismatch;
        QHash<ObjectKind, QHash<qint64, QVariantList>> rows;
        for (const Domain::KindInfo &info : Domain::allKinds()) {
            auto kindRows = Test::storeRows(dir.filePath(QStringLiteral("store.db")), info);
            QVERIFY2(kindRows.ok(), qPrintable(kindRows.ok() ? QString() : kindRows.error().toString()));
            rows.insert(info.kind, *kindRows);
        }
        Demo::EstateGenerator(estateOptions).generate([&](ObjectKind kind, const QJsonObject &object) {
            if (!mismatch.isEmpty())
                return;
            auto mapped = Domain::NetBoxMapper::map(kind, object);
            const QHash<qint64, QVariantList> &byId = rows[kind];
            const auto row = byId.constFind(mapped->id);
            if (row == byId.constEnd()) {
                mismatch = QStringLiteral("%1 %2 is not in the store").arg(Domain::kindInfo(kind).key).arg(mapped->id);
                return;
            }
            for (qsizetype c = 0; c < mapped->values.size(); ++c) {
                // Fields the generator leaves out are the release's defaults,
                // compared with what was served above.
                if (!object.contains(Domain::kindInfo(kind).columns.at(c).paths.constFirst().constFirst()))
                    continue;
                if (!Test::sameValue(row->value(c), mapped->values.at(c))) {
                    mismatch = QStringLiteral("%1 %2 %3: %4 vs %5")
                                   .arg(Domain::kindInfo(kind).key)
                                   .arg(mapped->id)
                                   .arg(Domain::kindInfo(kind).columns.at(c).name, row->value(c).toString(),
                                        mapped->values.at(c).toString());
                    return;
                }
            }
        });
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        // Progress named every endpoint, with totals and bytes.
        QSet<QString> endpoints;
        for (const QList<QVariant> &args : progress) {
            const auto p = args.at(0).value<SyncProgress>();
            endpoints << p.endpoint;
            QVERIFY(p.objects <= p.total || p.total < 0);
        }
        QCOMPARE(endpoints.size(), Domain::kindsIn(release).size());
        const auto last = progress.constLast().at(0).value<SyncProgress>();
        QVERIFY(last.committing);
        QVERIFY(last.totalBytes > 0);

        // Paging mode per version, and no config contexts fetched.
        const QString log = server.requestLog().join(QLatin1Char('\n'));
        QCOMPARE(log.contains(QStringLiteral("start=")), version == QLatin1String("4.6"));
        QVERIFY(log.contains(QStringLiteral("/api/dcim/devices/?limit=")));
        for (const QString &line : server.requestLog()) {
            if (line.contains(QStringLiteral("/api/dcim/devices/?")))
                QVERIFY2(line.contains(QStringLiteral("exclude=config_context")), qPrintable(line));
        }

        // This store is what later tests of the version start from.
        if (pageSize == SyncOptions().pageSize) {
            store.reset();
            m_estates.offerBaseline(version, dir.filePath(QStringLiteral("store.db")));
        }
    }

    void incrementalConverges_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("4.0 extras change log") << QStringLiteral("4.0");
        QTest::newRow("4.2") << QStringLiteral("4.2");
        QTest::newRow("4.6 cursor") << QStringLiteral("4.6");
    }
    void incrementalConverges()
    {
        QFETCH(QString, version);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        auto store = syncedStore(server, dir);
        QVERIFY(store);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());

        // Remote creates, updates and deletes.
        const QJsonObject device = server.object(ObjectKind::Device, 10);
        QVERIFY(server.updateObject(ObjectKind::Device, 10, {{QStringLiteral("serial"), QStringLiteral("SN-NEW")}}).ok());
        QVERIFY(server.updateObject(ObjectKind::Interface, 20, {{QStringLiteral("description"), QStringLiteral("uplink")},
                                                                 {QStringLiteral("enabled"), false}}).ok());
        QVERIFY(server.deleteObject(ObjectKind::IpAddress, server.ids(ObjectKind::IpAddress).first()).ok());
        QVERIFY(server.deleteObject(ObjectKind::Cable, server.ids(ObjectKind::Cable).constLast()).ok());
        auto created = server.createObject(
            ObjectKind::Device,
            {{QStringLiteral("name"), QStringLiteral("new-device-1")},
             {QStringLiteral("device_type"), device.value(QStringLiteral("device_type")).toObject().value(QStringLiteral("id"))},
             {QStringLiteral("role"), device.value(QStringLiteral("role")).toObject().value(QStringLiteral("id"))},
             {QStringLiteral("site"), device.value(QStringLiteral("site")).toObject().value(QStringLiteral("id"))},
             {QStringLiteral("status"), QStringLiteral("planned")}});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QVERIFY(!Test::compareStoreWithServer(*store, server).isEmpty());

        server.clearRequestLog();
        auto inc = Test::runSync(sync, false);
        QVERIFY2(inc.ok(), qPrintable(inc.ok() ? QString() : inc.error().toString()));
        QVERIFY(!inc->full);
        QCOMPARE(inc->deleted, 2);
        const QString diff = Test::compareStoreWithServer(*store, server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(store->row(ObjectKind::Device, *created)->at(1).toString(), QStringLiteral("new-device-1"));
        const QString log = server.requestLog().join(QLatin1Char('\n'));
        QVERIFY(log.contains(QStringLiteral("last_updated__gte=")));
        QVERIFY(log.contains(version == QLatin1String("4.0") ? QStringLiteral("/api/extras/object-changes/")
                                                             : QStringLiteral("/api/core/object-changes/")));

        // A second delete after the first incremental is picked up too
        // (the change-log watermark moved on).
        QVERIFY(server.deleteObject(ObjectKind::Device, *created).ok());
        auto again = Test::runSync(sync, false);
        QVERIFY(again.ok());
        QCOMPARE(again->deleted, 1);
        QVERIFY(Test::compareStoreWithServer(*store, server).isEmpty());
    }

    void noChangeResyncIsSmall()
    {
        NetBoxFixtureServer &server = m_estates.server();
        QTemporaryDir dir;
        auto store = syncedStore(server, dir);
        QVERIFY(store);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        auto inc = Test::runSync(sync, false);
        QVERIFY(inc.ok());
        QVERIFY(!inc->full);
        QCOMPARE(inc->deleted, 0);
        // The objects at the watermarks come back (last_updated__gte) and
        // are recognised: nothing is upserted, twice in a row.
        QCOMPARE(inc->upserted, 0);
        for (const Domain::KindInfo &info : Domain::allKinds())
            QCOMPARE(inc->perKind.value(info.kind), 0);
        QVERIFY(inc->requests <= 2 * Domain::allKinds().size() + 2);
        QVERIFY(Test::compareStoreWithServer(*store, server).isEmpty());
        auto again = Test::runSync(sync, false);
        QVERIFY(again.ok());
        QCOMPARE(again->upserted, 0);
    }

    // An object updated in the same second as the watermark (after the
    // sync that set it) is still taken; the one synced at it is not.
    void sameSecondAsWatermarkIsTaken_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.1") << QStringLiteral("3.1");
        QTest::newRow("4.6") << QStringLiteral("4.6");
    }
    void sameSecondAsWatermarkIsTaken()
    {
        QFETCH(QString, version);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        auto store = syncedStore(server, dir);
        QVERIFY(store);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        server.setClockFrozen(true); // the writes below land in the same second
        QVERIFY(server.updateObject(ObjectKind::Device, 10, {{QStringLiteral("serial"), QStringLiteral("SN-10")}}).ok());
        auto first = Test::runSync(sync, false);
        QVERIFY(first.ok());
        QVERIFY(!first->full);
        QCOMPARE(first->perKind.value(ObjectKind::Device), 1);
        const QString watermark = *store->watermark(QStringLiteral("netbox"), QStringLiteral("dcim/devices"));
        QCOMPARE(watermark, server.object(ObjectKind::Device, 10).value(QStringLiteral("last_updated")).toString());

        QVERIFY(server.updateObject(ObjectKind::Device, 11, {{QStringLiteral("serial"), QStringLiteral("SN-11")}}).ok());
        QCOMPARE(server.object(ObjectKind::Device, 11).value(QStringLiteral("last_updated")).toString(), watermark);
        auto second = Test::runSync(sync, false);
        QVERIFY(second.ok());
        QCOMPARE(second->upserted, 1);
        QCOMPARE(store->row(ObjectKind::Device, 11)->at(6).toString(), QStringLiteral("SN-11"));
        QVERIFY(Test::compareStoreWithServer(*store, server).isEmpty());
        auto third = Test::runSync(sync, false);
        QVERIFY(third.ok());
        QCOMPARE(third->upserted, 0);
        server.setClockFrozen(false);
    }

    // Asking for the mirrored fields only (the default on 4.0+) fills the
    // store exactly as whole objects do.
    void selectedFieldsGiveTheSameStore_data()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"4.0", "4.2", "4.6"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void selectedFieldsGiveTheSameStore()
    {
        QFETCH(QString, version);
        QVERIFY(SyncOptions().selectFields);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        QHash<bool, qint64> bytes;
        for (bool select : {false, true}) {
            auto store = openStore(dir, select ? QStringLiteral("fields.db") : QStringLiteral("whole.db"));
            NetBoxClient client(settingsFor(server));
            NetBoxSync sync(&client, store.get());
            SyncOptions o;
            o.selectFields = select;
            sync.setOptions(o);
            server.clearRequestLog();
            auto result = Test::runSync(sync, true);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            bytes[select] = result->bytes;
            for (const QString &line : server.requestLog()) {
                if (line.contains(QStringLiteral("offset=")) || line.contains(QStringLiteral("start=")))
                    QVERIFY2(line.contains(QStringLiteral("fields=")) == select, qPrintable(line));
            }
        }
        QVERIFY(bytes.value(true) < bytes.value(false));
        for (const Domain::KindInfo &info : Domain::allKinds()) {
            auto whole = Test::storeRows(dir.filePath(QStringLiteral("whole.db")), info);
            auto fields = Test::storeRows(dir.filePath(QStringLiteral("fields.db")), info);
            QVERIFY(whole.ok() && fields.ok());
            QCOMPARE(fields->size(), whole->size());
            for (auto it = whole->constBegin(); it != whole->constEnd(); ++it) {
                const QVariantList other = fields->value(it.key());
                QCOMPARE(other.size(), it->size());
                for (qsizetype c = 0; c < it->size(); ++c)
                    QVERIFY2(Test::sameValue(it->at(c), other.at(c)),
                             qPrintable(QStringLiteral("%1 %2 %3").arg(info.key).arg(it.key()).arg(info.columns.at(c).name)));
            }
        }
    }

    // A release without modules: not asked for, the store's modules left
    // alone, and incremental syncs need no module watermark.
    void kindsTheReleaseLacksAreLeftAlone()
    {
        NetBoxFixtureServer &newer = m_estates.server(QStringLiteral("4.2"));
        QTemporaryDir dir;
        auto store = syncedStore(newer, dir);
        QVERIFY(store);
        // A module mirrored from a release that has them.
        auto module = Domain::NetBoxMapper::map(
            ObjectKind::Module,
            {{QStringLiteral("id"), 7},
             {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), 1}}},
             {QStringLiteral("module_bay"), QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("name"), QStringLiteral("PSU1")}}},
             {QStringLiteral("module_type"), QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("model"), QStringLiteral("PWR-1100")}}},
             {QStringLiteral("last_updated"), QStringLiteral("2026-01-01T00:00:00Z")}});
        QVERIFY(module.ok());
        QVERIFY(store->upsert({*module}).ok());
        const qint64 modules = *store->count(ObjectKind::Module);
        QCOMPARE(modules, 1);
        NetBoxFixtureServer &older = m_estates.server(QStringLiteral("3.1"));
        NetBoxClient client(settingsFor(older));
        NetBoxSync sync(&client, store.get());
        auto full = Test::runSync(sync, true);
        QVERIFY2(full.ok(), qPrintable(full.ok() ? QString() : full.error().toString()));
        QCOMPARE(full->skipped, QList<ObjectKind>{ObjectKind::Module});
        QCOMPARE(*store->count(ObjectKind::Module), modules);
        QCOMPARE(*store->count(ObjectKind::Device), older.count(ObjectKind::Device));
        auto inc = Test::runSync(sync, false);
        QVERIFY(inc.ok());
        QVERIFY(!inc->full);
        QCOMPARE(*store->count(ObjectKind::Module), modules);
        for (const QString &line : older.requestLog())
            QVERIFY2(!line.contains(QStringLiteral("/api/dcim/modules/")), qPrintable(line));
    }

    // 5% 5xx, 2% stalls and 429s: the same store as a clean sync.
    void faultsConvergeToCleanSync_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("4.2") << QStringLiteral("4.2");
        QTest::newRow("4.6") << QStringLiteral("4.6");
    }
    void faultsConvergeToCleanSync()
    {
        QFETCH(QString, version);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        SyncOptions syncOptions;
        syncOptions.pageSize = 50;

        auto clean = openStore(dir, QStringLiteral("clean.db"));
        NetBoxClient cleanClient(settingsFor(server));
        NetBoxSync cleanSync(&cleanClient, clean.get());
        cleanSync.setOptions(syncOptions);
        QVERIFY(Test::runSync(cleanSync, true).ok());

        Test::NetBoxFixtureFaults faults;
        faults.serverErrorRate = 0.05;
        faults.stallRate = 0.02;
        faults.throttleRate = 0.02;
        faults.retryAfterSeconds = 0;
        faults.truncateRate = 0.01;
        faults.seed = 42;
        server.setFaults(faults);
        const qint64 before = server.requestCount();
        auto faulty = openStore(dir, QStringLiteral("faulty.db"));
        ClientSettings s = settingsFor(server);
        s.timeoutMs = 300;
        NetBoxClient faultyClient(s);
        NetBoxSync faultySync(&faultyClient, faulty.get());
        faultySync.setOptions(syncOptions);
        auto result = Test::runSync(faultySync, true);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        // Faults did happen: more requests than pages.
        QVERIFY(server.requestCount() - before > cleanClient.requestsSent());
        const QString diff = Test::compareStoreWithServer(*faulty, server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        for (const Domain::KindInfo &info : Domain::allKinds())
            QCOMPARE(*faulty->count(info.kind), *clean->count(info.kind));
    }

    void malformedPageLeavesStore_data()
    {
        QTest::addColumn<bool>("wrongType");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("wrong type interfaces") << true << QStringLiteral("dcim/interfaces");
        QTest::newRow("missing field devices") << false << QStringLiteral("dcim/devices");
        QTest::newRow("missing field ip addresses") << false << QStringLiteral("ipam/ip-addresses");
    }
    void malformedPageLeavesStore()
    {
        QFETCH(bool, wrongType);
        QFETCH(QString, endpoint);
        NetBoxFixtureServer &server = m_estates.server();
        QTemporaryDir dir;
        auto store = syncedStore(server, dir);
        QVERIFY(store);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        const QString watermark = *store->watermark(QStringLiteral("netbox"), endpoint);

        // A remote change, then a page that does not parse: the store keeps
        // its old state, the change included.
        QVERIFY(server.updateObject(ObjectKind::Device, 3, {{QStringLiteral("serial"), QStringLiteral("CHANGED")}}).ok());
        Test::NetBoxFixtureFaults faults;
        (wrongType ? faults.wrongTypeEndpoint : faults.missingFieldEndpoint) = endpoint;
        server.setFaults(faults);
        for (bool full : {true, false}) {
            auto result = Test::runSync(sync, full);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY2(result.error().detail.contains(QStringLiteral("/api/") + endpoint + QStringLiteral("/?")),
                     qPrintable(result.error().detail));
            QVERIFY2(result.error().detail.contains(QStringLiteral("malformed page")), qPrintable(result.error().detail));
            QVERIFY(store->row(ObjectKind::Device, 3)->at(6).toString() != QLatin1String("CHANGED"));
            QCOMPARE(*store->watermark(QStringLiteral("netbox"), endpoint), watermark);
            QCOMPARE(*store->integrityCheck(), QStringLiteral("ok"));
        }
        server.setFaults({});
        QVERIFY(server.updateObject(ObjectKind::Device, 3, {{QStringLiteral("serial"), QStringLiteral("CHANGED2")}}).ok());
        QVERIFY(Test::runSync(sync, false).ok());
        QVERIFY(Test::compareStoreWithServer(*store, server).isEmpty());
    }

    void cancelLeavesStore()
    {
        NetBoxFixtureServer &server = m_estates.server();
        QTemporaryDir dir;
        auto store = openStore(dir);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        SyncOptions o;
        o.pageSize = 20;
        sync.setOptions(o);
        connect(&sync, &NetBoxSync::progress, &sync, [&sync](const SyncProgress &p) {
            if (p.endpoint == QLatin1String("dcim/interfaces") && p.objects > 0)
                sync.cancel();
        });
        auto result = Test::runSync(sync, true);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(!sync.isRunning());
        QCOMPARE(*store->count(ObjectKind::Device), 0);
        QCOMPARE(*store->count(ObjectKind::Site), 0);
        QVERIFY(store->watermark(QStringLiteral("netbox"), QStringLiteral("dcim/sites"))->isEmpty());
    }

    void noTokenInLogsOrFiles()
    {
        NetBoxFixtureServer &server = m_estates.server();
        QTemporaryDir dir;
        auto store = openStore(dir);
        Test::LogCapture logs;
        QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.*=true"));
        Test::NetBoxFixtureFaults faults;
        faults.serverErrorRate = 0.2;
        faults.wrongTypeEndpoint = QStringLiteral("dcim/racks");
        server.setFaults(faults);
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        auto failed = Test::runSync(sync, true);
        QVERIFY(!failed.ok());
        server.setFaults({});
        QVERIFY(Test::runSync(sync, true).ok());
        // A wrong token as well.
        ClientSettings bad = settingsFor(server);
        bad.token = Vault::Secret::fromString(QStringLiteral("deadbeefdeadbeefdeadbeefdeadbeef"));
        NetBoxClient badClient(bad);
        NetBoxSync badSync(&badClient, store.get());
        auto denied = Test::runSync(badSync, false);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::Auth);
        QLoggingCategory::setFilterRules(QString());

        const QStringList lines = Test::LogCapture::lines();
        QVERIFY(!lines.isEmpty());
        for (const QString &token : {server.options().v1Token, QStringLiteral("deadbeefdeadbeefdeadbeefdeadbeef")}) {
            for (const QString &line : lines)
                QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY(!failed.error().toString().contains(token));
            QVERIFY(!denied.error().toString().contains(token));
            QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }

private:
    std::unique_ptr<Store::Store> syncedStore(NetBoxFixtureServer &server, const QTemporaryDir &dir)
    {
        auto store = m_estates.syncedStore(server, dir.filePath(QStringLiteral("store.db")));
        if (!store) {
            qWarning("%s", qPrintable(store.error().toString()));
            return nullptr;
        }
        return std::move(store).value();
    }

    Test::SharedEstates m_estates;
};

QTEST_GUILESS_MAIN(TestNetBoxSync)
#include "tst_netboxsync.moc"
