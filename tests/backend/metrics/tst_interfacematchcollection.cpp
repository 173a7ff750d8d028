// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/netboxmapper.h"
#include "backend/ipc/ipcserver.h"
#include "backend/metrics/collectionscheduler.h"
#include "backend/metrics/metricstore.h"
#include "backend/service/collectionservice.h"
#include "backend/snmp/devicecollector.h"
#include "backend/snmp/snmppoller.h"
#include "backend/store/store.h"
#include "backend/vault/secret.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;

namespace {

constexpr qint64 kDeviceId = 101;

} // namespace

/// opsdeckd's collection against the rig's snmpd: a store device whose
/// NetBox interfaces are named like the agent's ifName values ends with
/// interface_matches rows for them (and polledIfIndex in Store::interfaces()),
/// written once and not again while nothing changes.
class TestInterfaceMatchCollection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(QStringLiteral("snmpd"), &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void collectionStoresMatches()
    {
        // What the agent has: its interface table, read once directly.
        const QList<Snmp::InterfaceStats> agent = agentInterfaces();
        QVERIFY2(!agent.isEmpty(), "the rig's snmpd reported no interfaces");
        QHash<QString, int> nameCount;
        for (const Snmp::InterfaceStats &i : agent)
            ++nameCount[i.name];

        // NetBox interfaces named like the agent's ifName values (the first
        // one in upper case), and one the agent does not have.
        const QString storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        QList<Domain::MappedObject> objects;
        QHash<qint64, std::pair<qint64, QString>> expected; // NetBox id -> ifIndex, rule
        qint64 nextId = 1001;
        for (const Snmp::InterfaceStats &i : agent) {
            if (i.name.isEmpty() || nameCount.value(i.name) != 1)
                continue;
            const bool first = expected.isEmpty();
            const QString name = first ? i.name.toUpper() : i.name;
            const bool exact = name == i.name || name == i.descr || name == i.alias;
            expected.insert(nextId, {i.ifIndex, exact ? QStringLiteral("ifName") : QStringLiteral("ifName-nocase")});
            objects << interfaceObject(nextId++, name);
        }
        QVERIFY2(!expected.isEmpty(), "no agent interface has a unique ifName");
        const qint64 missingId = nextId;
        objects << interfaceObject(missingId, QStringLiteral("not-on-the-agent-9/9"));
        QVERIFY(seedStore(storePath, objects));

        auto metrics = Metrics::MetricStore::openSqlite(m_dir.filePath(QStringLiteral("metrics.sqlite")));
        QVERIFY(metrics);
        Ipc::IpcServer server(QByteArrayLiteral("token"));
        Service::CollectionService service(metrics->get(), &server);
        QSignalSpy changed(&service, &Service::CollectionService::interfaceMatchesChanged);

        Service::CollectionServiceSettings settings;
        settings.storePath = storePath;
        settings.icmp = false;
        settings.polling.credentials.path = QStringLiteral("snmp/rig");
        settings.polling.timeoutMs = 2000;
        settings.polling.retries = 1;
        settings.collection.groups = {{QStringLiteral("system"), 3600}, {QStringLiteral("interfaces"), 3600},
                                      {QStringLiteral("sensors"), 0},   {QStringLiteral("lldp"), 0},
                                      {QStringLiteral("pdu"), 0},       {QStringLiteral("icmp"), 0}};
        settings.collection.snmpPort = m_env.value(QStringLiteral("SNMPD_PORT")).toInt();
        const QString community = m_env.value(QStringLiteral("SNMPD_COMMUNITY"));
        settings.secrets = [community](const QString &key) -> Result<Vault::Secret> {
            if (key == QLatin1String("snmp/rig/community"))
                return Vault::Secret::fromString(community);
            return Error(ErrorCode::NotFound, key);
        };
        const Status started = service.start(settings);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QCOMPARE(service.scheduler()->deviceCount(), 1);

        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.first().at(0).toLongLong(), kDeviceId);
        QCOMPARE(changed.first().at(1).toInt(), expected.size());
        verifyStored(storePath, expected, missingId);

        // Later polls with the same names write nothing.
        QSignalSpy live(service.scheduler(), &Metrics::CollectionScheduler::snapshotCollected);
        QVERIFY(service.scheduler()->startLiveLease({QString::number(kDeviceId)}, {}, 1000, 60000) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(live.size() >= 2, 15000);
        QCOMPARE(changed.size(), 1);

        // Matches lost from the store come back after a reload (as after a
        // NetBox sync), on the next poll.
        {
            auto other = Store::Store::openSqlite(storePath);
            QVERIFY(other);
            QVERIFY((*other)->replaceInterfaceMatches(kDeviceId, {}).ok());
        }
        QVERIFY(service.reloadDevices().ok());
        QVERIFY(service.scheduler()->startLiveLease({QString::number(kDeviceId)}, {}, 1000, 60000) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 15000);
        verifyStored(storePath, expected, missingId);
    }

private:
    QList<Snmp::InterfaceStats> agentInterfaces()
    {
        Snmp::SnmpPoller poller;
        Snmp::DeviceCollector collector(&poller);
        Snmp::SnmpTarget target;
        target.host = m_env.value(QStringLiteral("SNMPD_HOST"));
        target.port = quint16(m_env.value(QStringLiteral("SNMPD_PORT")).toUInt());
        target.community = Vault::Secret::fromString(m_env.value(QStringLiteral("SNMPD_COMMUNITY")));
        QList<Snmp::InterfaceStats> out;
        bool done = false;
        connect(&collector, &Snmp::DeviceCollector::finished, this,
                [&](quint64, const Result<Snmp::DeviceSnapshot> &result) {
                    done = true;
                    if (result)
                        out = result->interfaces;
                    else
                        qWarning() << "agent:" << result.error().toString();
                });
        collector.collect(target, int(Snmp::CollectPart::Interfaces));
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return {};
        return out;
    }

    static Domain::MappedObject interfaceObject(qint64 id, const QString &name)
    {
        const QJsonObject json{
            {QStringLiteral("id"), id},
            {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), kDeviceId}}},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QJsonObject{{QStringLiteral("value"), QStringLiteral("virtual")}}}};
        auto m = Domain::NetBoxMapper::map(Domain::ObjectKind::Interface, json);
        if (!m)
            qFatal("bad test object: %s", qPrintable(m.error().toString()));
        return *m;
    }

    // Device 101 "sw-a" with the agent's address as its primary IP, and its interfaces.
    bool seedStore(const QString &storePath, const QList<Domain::MappedObject> &interfaces)
    {
        {
            auto store = Store::Store::openSqlite(storePath);
            if (!store || !(*store)->upsert(interfaces).ok())
                return false;
        }
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(storePath);
            ok = db.open();
            QSqlQuery q(db);
            const QStringList statements{
                QStringLiteral("INSERT INTO device_roles (id, name, slug) VALUES (1, 'Core Switch', 'core-switch')"),
                QStringLiteral("INSERT INTO ip_addresses (id, address) VALUES (11, '%1/8')")
                    .arg(m_env.value(QStringLiteral("SNMPD_HOST"))),
                QStringLiteral(
                    "INSERT INTO devices (id, name, device_type_id, role_id, site_id, primary_ip4_id, status)"
                    " VALUES (%1, 'sw-a', 1, 1, 1, 11, 'active')")
                    .arg(kDeviceId)};
            for (const QString &sql : statements) {
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        return ok;
    }

    static void verifyStored(const QString &storePath, const QHash<qint64, std::pair<qint64, QString>> &expected,
                             qint64 missingId)
    {
        auto store = Store::Store::openSqlite(storePath);
        QVERIFY(store);
        auto matches = (*store)->interfaceMatches(kDeviceId);
        QVERIFY(matches);
        QCOMPARE(matches->size(), expected.size());
        for (const Domain::InterfaceMatch &m : std::as_const(*matches)) {
            QVERIFY2(expected.contains(m.interfaceId), qPrintable(QString::number(m.interfaceId)));
            QCOMPARE(m.ifIndex, expected.value(m.interfaceId).first);
            QCOMPARE(m.matchedBy, expected.value(m.interfaceId).second);
        }
        auto interfaces = (*store)->interfaces(kDeviceId);
        QVERIFY(interfaces);
        QCOMPARE(interfaces->size(), expected.size() + 1);
        for (const Domain::Interface &i : std::as_const(*interfaces)) {
            if (i.id == missingId) {
                QCOMPARE(i.polledIfIndex, 0);
                QVERIFY(i.matchedBy.isEmpty());
            } else {
                QCOMPARE(i.polledIfIndex, expected.value(i.id).first);
                QCOMPARE(i.matchedBy, expected.value(i.id).second);
            }
        }
    }

    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestInterfaceMatchCollection)
#include "tst_interfacematchcollection.moc"
