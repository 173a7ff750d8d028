// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Runs against SQLite, or (built with OPSDECK_STORE_POSTGRES) against the
// real PostgreSQL server the rig_postgres fixture started.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include "backend/alarms/alarmstore.h"
#include "backend/demo/demoestate.h"
#include "backend/notify/outboxstore.h"
#include "backend/store/inventoryimporter.h"
#include "backend/store/store.h"
#ifdef OPSDECK_STORE_POSTGRES
#include "tests/rig/rigenv.h"
#endif

using namespace OpsDeck;
using namespace OpsDeck::Domain;
using StoreDb = OpsDeck::Store::Store;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

MappedObject mapped(ObjectKind kind, const char *json)
{
    auto m = NetBoxMapper::map(kind, parse(json));
    if (!m)
        qFatal("bad test object: %s", qPrintable(m.error().toString()));
    return *m;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
#ifdef OPSDECK_STORE_POSTGRES
    OpsDeck::Store::PostgresParams m_pg;
#endif

    // A fresh, empty store; migrated to `version` (-1: latest).
    std::unique_ptr<StoreDb> freshStore(int version = -1)
    {
#ifdef OPSDECK_STORE_POSTGRES
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(m_pg.host);
            admin.setPort(m_pg.port);
            admin.setDatabaseName(m_pg.database);
            admin.setUserName(m_pg.user);
            if (!admin.open())
                qFatal("cannot reach the test PostgreSQL: %s", qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
            if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) ||
                !q.exec(QStringLiteral("CREATE SCHEMA public")))
                qFatal("cannot reset the test schema: %s", qPrintable(q.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        auto store = StoreDb::openPostgres(m_pg, false);
#else
        auto store = StoreDb::openSqlite(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter)), false);
#endif
        if (!store)
            qFatal("cannot open the store: %s", qPrintable(store.error().toString()));
        auto st = (*store)->migrate(version < 0 ? OpsDeck::Store::latestSchemaVersion() : version);
        if (!st)
            qFatal("migration failed: %s", qPrintable(st.error().toString()));
        return std::move(store).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef OPSDECK_STORE_POSTGRES
        QString error;
        const auto env = OpsDeck::Test::readRigEnv(QStringLiteral("postgres"), &error);
        QVERIFY2(!env.isEmpty(), qPrintable(error));
        m_pg.host = env.value(QStringLiteral("PGHOST"));
        m_pg.port = env.value(QStringLiteral("PGPORT")).toInt();
        m_pg.database = env.value(QStringLiteral("PGDATABASE"));
        m_pg.user = env.value(QStringLiteral("PGUSER"));
#endif
    }

    // The alarm store and the notification outbox keep their tables in the
    // workspace's schema and open their own connections to it, on SQLite and
    // PostgreSQL alike: what one connection writes, a new one reads back.
    void moduleStoresShareTheSchema()
    {
        freshStore(); // a fresh, migrated schema (PostgreSQL: a clean one)
#ifdef OPSDECK_STORE_POSTGRES
        const auto openAlarms = [&] { return Alarms::AlarmStore::openPostgres(m_pg); };
        const auto openOutbox = [&] { return Notify::OutboxStore::openPostgres(m_pg); };
#else
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(m_counter));
        const auto openAlarms = [&] { return Alarms::AlarmStore::openSqlite(path); };
        const auto openOutbox = [&] { return Notify::OutboxStore::openSqlite(path); };
#endif
        Alarms::Alarm alarm;
        {
            auto alarms = openAlarms();
            QVERIFY2(alarms.ok(), qPrintable(alarms ? QString() : alarms.error().toString()));
            alarm.id = (*alarms)->nextAlarmId();
            alarm.key = QStringLiteral("icmp-down|edge1");
            alarm.ruleId = QStringLiteral("icmp-down");
            alarm.kind = Alarms::RuleKind::IcmpDown;
            alarm.severity = Alarms::Severity::Critical;
            alarm.device = QStringLiteral("edge1");
            alarm.summary = QStringLiteral("edge1 does not answer");
            alarm.firstRaisedMs = alarm.lastRaisedMs = alarm.lastSeenMs = 1'740'000'000'000;
            Alarms::AlarmEvent event;
            event.alarmId = alarm.id;
            event.atMs = alarm.firstRaisedMs;
            event.kind = Alarms::TransitionKind::Raised;
            event.notify = true;
            auto seq = (*alarms)->record(alarm, event);
            QVERIFY2(seq.ok(), qPrintable(seq ? QString() : seq.error().toString()));
        }
        auto reopened = openAlarms();
        QVERIFY(reopened.ok());
        auto open = (*reopened)->openAlarms();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().device, QStringLiteral("edge1"));
        QCOMPARE(open->first().severity, Alarms::Severity::Critical);
        QCOMPARE((*reopened)->nextAlarmId(), alarm.id + 1);
        auto events = (*reopened)->events(alarm.id);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);

        auto outbox = openOutbox();
        QVERIFY2(outbox.ok(), qPrintable(outbox ? QString() : outbox.error().toString()));
        Notify::Message message;
        message.id = QStringLiteral("alarm-1-raised-1");
        message.subject = QStringLiteral("[CRITICAL] edge1: does not answer");
        message.severity = Notify::Severity::Critical;
        message.createdAt = QDateTime::currentDateTimeUtc();
        auto accepted = (*outbox)->accept(message, {QStringLiteral("noc")}, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(accepted.ok(), qPrintable(accepted ? QString() : accepted.error().toString()));
        QVERIFY(!accepted->duplicate);
        auto again = (*outbox)->accept(message, {QStringLiteral("noc")}, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        outbox->reset();
        auto read = openOutbox();
        QVERIFY(read.ok());
        auto deliveries = (*read)->deliveries(QStringLiteral("noc"));
        QVERIFY(deliveries.ok());
        QCOMPARE(deliveries->size(), 1);
    }

    void schemaMatchesEveryKind()
    {
        auto store = freshStore();
        QCOMPARE(*store->schemaVersion(), OpsDeck::Store::latestSchemaVersion());
        const QString connection = QSqlDatabase::connectionNames().constLast();
        const QSqlDatabase db = QSqlDatabase::database(connection, false);
        for (const KindInfo &k : allKinds()) {
            const QSqlRecord record = db.record(k.table);
            QStringList actual, expected;
            for (int i = 0; i < record.count(); ++i)
                actual << record.fieldName(i);
            for (const ColumnSpec &c : k.columns)
                expected << c.name;
            actual.sort();
            expected.sort();
            QCOMPARE(actual, expected);
        }
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < OpsDeck::Store::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        auto store = freshStore(from);
        QCOMPARE(*store->schemaVersion(), from);
        if (from >= 1) {
            // Data written under the old schema survives the upgrade.
            QVERIFY(store->upsert({mapped(ObjectKind::Site, R"({"id": 5, "name": "Old site", "slug": "old"})")}).ok());
        }
        const auto st = store->migrate();
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
        QCOMPARE(*store->schemaVersion(), OpsDeck::Store::latestSchemaVersion());
        QCOMPARE(*store->count(ObjectKind::Site), from >= 1 ? 1 : 0);
        QVERIFY(store->setWatermark(QStringLiteral("netbox"), QStringLiteral("dcim/sites"), QStringLiteral("T1")).ok());
        QCOMPARE(*store->watermark(QStringLiteral("netbox"), QStringLiteral("dcim/sites")), QStringLiteral("T1"));
        // Migrating again is a no-op.
        QVERIFY(store->migrate().ok());
        QCOMPARE(*store->schemaVersion(), OpsDeck::Store::latestSchemaVersion());
    }

    void refusesNewerSchema()
    {
        auto store = freshStore();
        QVERIFY(store->upsert({mapped(ObjectKind::Site, R"({"id": 1, "name": "Keep"})")}).ok());
        {
            const QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().constLast(), false);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        const auto st = store->migrate();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::SchemaTooNew);
        QVERIFY(st.error().detail.contains(QStringLiteral("999")));
        QCOMPARE(*store->count(ObjectKind::Site), 1);
    }

    void upsertReplacesByIdAndRemoveDeletes()
    {
        auto store = freshStore();
        QVERIFY(
            store
                ->upsert({mapped(ObjectKind::Site, R"({"id": 1, "name": "A", "last_updated": "2026-01-01T00:00:00Z"})"),
                          mapped(ObjectKind::Site, R"({"id": 2, "name": "B"})")})
                .ok());
        QVERIFY(store
                    ->upsert({mapped(ObjectKind::Site,
                                     R"({"id": 1, "name": "A2", "last_updated": "2026-02-01T00:00:00Z"})")})
                    .ok());
        QCOMPARE(*store->count(ObjectKind::Site), 2);
        const auto row = store->row(ObjectKind::Site, 1);
        QVERIFY(row.ok());
        QCOMPARE(row->at(1).toString(), QStringLiteral("A2"));
        QCOMPARE(store->lastUpdated(ObjectKind::Site)->value(1), QStringLiteral("2026-02-01T00:00:00Z"));

        QVERIFY(store
                    ->upsert({mapped(ObjectKind::Cable,
                                     R"({"id": 9, "a_terminations": [{"object_type": "dcim.interface", "object_id": 1}],
            "b_terminations": [{"object_type": "dcim.interface", "object_id": 2}]})")})
                    .ok());
        QVERIFY(store->remove(ObjectKind::Site, {1}).ok());
        QCOMPARE(*store->count(ObjectKind::Site), 1);
        QCOMPARE(store->row(ObjectKind::Site, 1).error().code, ErrorCode::NotFound);
        QVERIFY(store->remove(ObjectKind::Cable, {9}).ok());
        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast(), false));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cable_terminations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void valuesRoundTripExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("latitude");
        QTest::newRow("quotes") << QStringLiteral("O'Brien's ''rack'' room") << 52.356;
        QTest::newRow("backslash and percent") << QStringLiteral("C:\\path\\%_x") << -0.000123456789012345;
        QTest::newRow("unicode") << QStringLiteral("Zürich Ø 東京 \U0001F600") << 1e-300;
        QTest::newRow("sql in text") << QStringLiteral("x'); DROP TABLE sites; --") << 90.0;
        QTest::newRow("newlines and tabs") << QStringLiteral("line1\nline2\tend") << 1.0 / 3.0;
    }

    void valuesRoundTripExactly()
    {
        QFETCH(QString, text);
        QFETCH(double, latitude);
        auto store = freshStore();
        QJsonObject site{{QStringLiteral("id"), 3},
                         {QStringLiteral("name"), text},
                         {QStringLiteral("latitude"), latitude},
                         {QStringLiteral("description"), text}};
        auto m = NetBoxMapper::map(ObjectKind::Site, site);
        QVERIFY(m.ok());
        QVERIFY(store->upsert({*m}).ok());
        QJsonObject rack{{QStringLiteral("id"), 4},
                         {QStringLiteral("name"), text},
                         {QStringLiteral("site"), 3},
                         {QStringLiteral("desc_units"), true},
                         {QStringLiteral("u_height"), 48}};
        QVERIFY(store->upsert({*NetBoxMapper::map(ObjectKind::Rack, rack)}).ok());
        const auto row = store->row(ObjectKind::Site, 3);
        QVERIFY(row.ok());
        QCOMPARE(row->at(1).toString(), text);
        QCOMPARE(row->at(9).toDouble(), latitude); // exact, not fuzzy: shortest round-trip form
        QCOMPARE(*store->count(ObjectKind::Site), 1);
        const auto r = store->rack(4);
        QVERIFY(r.ok());
        QCOMPARE(r->name, text);
        QVERIFY(r->descendingUnits);
        QCOMPARE(r->uHeight, 48);
    }

    // What credential profile rules match on: site, role and tags by slug and name.
    void deviceLabelsAndChoices()
    {
        auto store = freshStore();
        const Status st = Demo::importDemoEstate(*store);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
        const auto labels = store->deviceLabels();
        QVERIFY2(labels.ok(), labels.ok() ? "" : qPrintable(labels.error().toString()));
        QCOMPARE(qint64(labels->size()), *store->count(ObjectKind::Device));
        const auto tags = store->deviceTags();
        QVERIFY(tags.ok());
        int tagged = 0;
        for (const DeviceLabels &d : *labels) {
            QCOMPARE(d.tagSlugs, tags->value(d.deviceId));
            QCOMPARE(d.tagNames.size(), d.tagSlugs.size());
            tagged += d.tagSlugs.isEmpty() ? 0 : 1;
            if (d.device != QLatin1String("ams1-r001-srv01"))
                continue;
            QCOMPARE(d.siteName, QStringLiteral("DC-AMS1"));
            QVERIFY(!d.siteSlug.isEmpty());
            QCOMPARE(d.roleName, QStringLiteral("Server"));
            QVERIFY(!d.roleSlug.isEmpty());
            QCOMPARE(d.primaryIp, QStringLiteral("10.1.2.11/24"));
        }
        QCOMPARE(tagged, tags->size());

        const auto choices = store->labelChoices();
        QVERIFY(choices.ok());
        QCOMPARE(choices->sites.size(), 3);
        QCOMPARE(choices->sites.first().name, QStringLiteral("DC-AMS1"));
        QVERIFY(!choices->roles.isEmpty());
        QVERIFY(std::any_of(choices->tags.cbegin(), choices->tags.cend(), [](const LabelChoice &c) {
            return c.slug == QLatin1String("production") && c.name == QLatin1String("production");
        }));
    }

    void failedImportLeavesStoreAsItWas()
    {
        auto store = freshStore();
        QVERIFY(store->upsert({mapped(ObjectKind::Site, R"({"id": 1, "name": "Before"})")}).ok());
        const Status st = store->transaction([&]() -> Status {
            OpsDeck::Store::InventoryImporter importer(*store, 2);
            for (int i = 2; i < 10; ++i) {
                const QJsonObject o{{QStringLiteral("id"), i}, {QStringLiteral("name"), QStringLiteral("S%1").arg(i)}};
                if (auto s = importer.add(ObjectKind::Site, o); !s)
                    return s;
            }
            // The page's last object is malformed.
            if (auto s = importer.add(ObjectKind::Site, parse(R"({"id": 10, "name": 5.5e400})")); !s)
                return s;
            return importer.add(ObjectKind::Site, parse(R"({"id": 11})"));
        });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::InvalidInput);
        QCOMPARE(*store->count(ObjectKind::Site), 1);
        QCOMPARE(store->row(ObjectKind::Site, 1)->at(1).toString(), QStringLiteral("Before"));
    }

    void deviceEventsKeepOrderAndFilter()
    {
        auto store = freshStore();
        const QDateTime t0 = QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            OpsDeck::Domain::DeviceEvent e;
            e.receivedAt = t0.addMSecs(i * 1500);
            e.deviceId = i % 2 ? 7 : 0;
            e.deviceName = i % 2 ? QStringLiteral("leaf01") : QStringLiteral("192.0.2.9");
            e.source = QStringLiteral("192.0.2.9");
            e.kind = QStringLiteral("snmp.trap");
            e.name = QStringLiteral("linkDown");
            e.oid = QStringLiteral("1.3.6.1.6.3.1.1.5.3");
            e.summary = QStringLiteral("linkDown ifIndex %1").arg(i);
            e.data = QJsonObject{{QStringLiteral("ifIndex"), i}};
            auto id = store->appendDeviceEvent(e);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
            QVERIFY(ids.isEmpty() || *id > ids.last());
            ids << *id;
        }
        // The newest three, oldest first, with every field as stored.
        auto last = store->deviceEvents({}, 0, 3);
        QVERIFY(last.ok());
        QCOMPARE(last->size(), 3);
        QCOMPARE(last->first().id, ids.at(2));
        QCOMPARE(last->last().id, ids.at(4));
        QCOMPARE(last->last().receivedAt, t0.addMSecs(6000));
        QCOMPARE(last->last().summary, QStringLiteral("linkDown ifIndex 4"));
        QCOMPARE(last->last().data.value(QStringLiteral("ifIndex")).toInt(), 4);
        // One device's, after an id.
        auto leaf = store->deviceEvents(QStringLiteral("leaf01"), ids.at(1), 10);
        QVERIFY(leaf.ok());
        QCOMPARE(leaf->size(), 1);
        QCOMPARE(leaf->first().id, ids.at(3));
        QCOMPARE(leaf->first().deviceId, 7);
    }

    void demoQueries()
    {
        auto store = freshStore();
        const Status st = Demo::importDemoEstate(*store);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));

        const auto sites = store->sites();
        QVERIFY(sites.ok());
        QCOMPARE(sites->size(), 3);
        QCOMPARE(sites->at(0).name, QStringLiteral("DC-AMS1"));
        QCOMPARE(sites->at(0).rackCount, 11); // a network rack plus a row of 10
        QCOMPARE(sites->at(0).regionName, QStringLiteral("Europe"));
        int devices = 0;
        for (const Site &s : *sites)
            devices += s.deviceCount;
        QCOMPARE(qint64(devices), *store->count(ObjectKind::Device));

        const qint64 ams = sites->at(0).id;
        const auto rooms = store->locations(ams);
        QCOMPARE(rooms->size(), 2);
        const auto racks = store->racks(ams);
        QCOMPARE(racks->size(), 11);
        const auto hallB = store->racks(ams, rooms->at(1).id);
        QCOMPARE(hallB->size(), 5);

        const Rack *tall = nullptr;
        for (const Rack &r : *racks) {
            if (r.name == QLatin1String("AMS1-R001"))
                tall = &r;
        }
        QVERIFY(tall);
        QCOMPARE(tall->uHeight, 48);
        QVERIFY(tall->usedUnits > 10 && tall->usedUnits < 48);

        // Front view: the rear-only fibre shelf is hidden, 0U PDUs are kept.
        const auto all = store->rackDevices(tall->id);
        const auto front = store->rackDevices(tall->id, QStringLiteral("front"));
        const auto rear = store->rackDevices(tall->id, QStringLiteral("rear"));
        QVERIFY(all.ok() && front.ok() && rear.ok());
        QCOMPARE(all->size(), front->size() + 1);
        const auto names = [](const QList<Device> &list) {
            QStringList n;
            for (const Device &d : list)
                n << d.name;
            return n;
        };
        QVERIFY(!names(*front).contains(QStringLiteral("ams1-r001-fs1")));
        QVERIFY(names(*rear).contains(QStringLiteral("ams1-r001-fs1")));
        QVERIFY(!names(*rear).contains(QStringLiteral("ams1-r001-con1")));
        QVERIFY(names(*front).contains(QStringLiteral("ams1-r001-pdu-a")));
        QCOMPARE(all->first().position, 48.0); // the patch panel at the top
        for (const Device &d : *all) {
            if (d.name == QLatin1String("ams1-r001-pdu-a")) {
                QCOMPARE(d.uHeight, 0.0);
                QVERIFY(d.face.isEmpty());
            }
        }

        // Interfaces with their cable peers and addresses.
        const auto hits = store->search(QStringLiteral("ams1-r001-srv01"));
        QVERIFY(hits.ok() && !hits->isEmpty());
        QCOMPARE(hits->first().kind, SearchHit::Kind::Device);
        const auto ifaces = store->interfaces(hits->first().id);
        QVERIFY(ifaces.ok());
        QCOMPARE(ifaces->size(), 12); // 11 ports and a bond
        const auto iface = [&](const char *name) {
            for (const Interface &i : *ifaces) {
                if (i.name == QLatin1String(name))
                    return i;
            }
            return Interface{};
        };
        QCOMPARE(iface("ens1f0").peerDevice, QStringLiteral("ams1-r001-leaf1"));
        QCOMPARE(iface("ens1f0").peerPort, QStringLiteral("Ethernet1"));
        QCOMPARE(iface("ens1f0").lagId, iface("bond0").id);
        QVERIFY(iface("ens1f0").cableId > 0);
        QCOMPARE(iface("idrac").peerDevice, QStringLiteral("ams1-r001-mgmt1"));
        QCOMPARE(iface("ens2f3").cableId, 0);
        QVERIFY(iface("ens2f3").peerDevice.isEmpty());
        QCOMPARE(iface("eno1").addresses, QStringList{QStringLiteral("10.1.2.11/24")});
        const auto dev = store->device(hits->first().id);
        QCOMPARE(dev->primaryIp, QStringLiteral("10.1.2.11/24"));
        QCOMPARE(dev->roleName, QStringLiteral("Server"));
        QCOMPARE(dev->manufacturer, QStringLiteral("Dell"));

        // Search by address, serial and asset tag finds the same device.
        const auto byIp = store->search(QStringLiteral("10.1.2.11/"));
        QVERIFY(!byIp->isEmpty());
        QCOMPARE(byIp->first().kind, SearchHit::Kind::IpAddress);
        QCOMPARE(byIp->first().deviceId, dev->id);
        QCOMPARE(store->search(dev->serial)->first().id, dev->id);
        QCOMPARE(store->search(dev->assetTag.toLower())->first().id, dev->id);
        // Wildcards in the input are literal.
        QVERIFY(store->search(QStringLiteral("%"))->isEmpty());
        QVERIFY(store->search(QStringLiteral("srv0_"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
