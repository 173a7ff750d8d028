// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "backend/vault/filevault.h"
#include "backend/workspace/workspace.h"
#include "tests/app/seedstore.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;

namespace {

const QByteArray kPassphrase = "service test passphrase";
const QString kEngineId = QStringLiteral("8000000001020304aa");

struct Event
{
    QString topic;
    QJsonObject data;
};

} // namespace

/// opsdeckd's background work as a process against the rig's snmpd:
/// collection into the workspace's metric store with no console attached,
/// SNMP traps (v2c and v3) stored and published as device events, live-rate
/// leases publishing poll results until they expire, and configuration
/// errors refusing the start.
class TestOpsdeckdService final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_socket;
    quint16 m_trapPort = 0;
    QString m_agentB; ///< the second snmpd address
    QHash<QString, qint64> m_deviceIds;
    QProcess m_service;
    Ipc::IpcClient *m_client = nullptr;
    QList<Event> m_events;

    QProcessEnvironment processEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPSDECK_RUNTIME_DIR"_qs, m_dir.filePath(u"run"_qs));
        env.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        env.insert(u"MIBS"_qs, QString());
        env.insert(u"SNMPCONFPATH"_qs, m_dir.filePath(u"home"_qs));
        env.insert(u"SNMP_PERSISTENT_DIR"_qs, m_dir.filePath(u"home"_qs));
        return env;
    }

    static quint16 freeUdpPort()
    {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress::LocalHost, 0))
            return 0;
        return probe.localPort();
    }

    /// Devices with primary IPs, written as the NetBox mirror would: two
    /// agents of the rig, one loopback address where nothing answers, and
    /// one device without an address.
    bool addDevices(const QString &storePath)
    {
        m_deviceIds = {{u"sw-a"_qs, 101}, {u"sw-b"_qs, 102}, {u"sw-gone"_qs, 103}};
        return Test::seedDevices(storePath, {{101, u"sw-a"_qs, u"127.0.0.1/8"_qs},
                                             {102, u"sw-b"_qs, m_agentB + u"/8"_qs},
                                             {103, u"sw-gone"_qs, u"127.0.9.9/8"_qs},
                                             {104, u"no-ip"_qs, {}}});
    }

    bool startService(QProcess &process, const QString &workspace, QByteArray *stderrOut = nullptr)
    {
        process.setProcessEnvironment(processEnv());
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(OPSDECKD_PATH), {u"--workspace"_qs, workspace, u"--no-icmp"_qs});
        if (!process.waitForStarted(10000))
            return false;
        QByteArray out;
        const bool up = QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.contains("listening on") || process.state() != QProcess::Running;
            },
            20000);
        const QByteArray err = process.readAllStandardError();
        if (stderrOut)
            *stderrOut = err;
        if (!up || process.state() != QProcess::Running) {
            qWarning() << "opsdeckd did not start:" << err;
            return false;
        }
        return true;
    }

    /// Unlocks the service's vault as the console does, over the socket,
    /// then leaves it running alone.
    void unlockService()
    {
        auto token = Ipc::IpcPaths::token(false);
        QVERIFY(token.ok());
        Ipc::IpcClient client;
        client.connectToService(m_socket, *token, u"unlock"_qs);
        QVERIFY(client.waitForConnected(10000));
        auto status = client.callBlocking(u"vault.status"_qs, {});
        QVERIFY(status.ok());
        QVERIFY(!status->toObject().value(u"unlocked"_qs).toBool());
        auto wrong = client.callBlocking(u"vault.unlock"_qs, {{u"passphrase"_qs, u"not it"_qs}});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        auto unlocked =
            client.callBlocking(u"vault.unlock"_qs, {{u"passphrase"_qs, QString::fromLatin1(kPassphrase)}});
        QVERIFY2(unlocked.ok(), qPrintable(unlocked ? QString() : unlocked.error().toString()));
    }

    bool sendTrap(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(processEnv());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"snmptrap"_qs, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("snmptrap failed: %s", p.readAll().constData());
            return false;
        }
        return true;
    }

    QString trapTarget() const { return u"udp:127.0.0.1:%1"_qs.arg(m_trapPort); }

    QList<QJsonObject> eventsOf(const QString &topic, const QString &type) const
    {
        QList<QJsonObject> out;
        for (const Event &e : m_events) {
            if (e.topic == topic && e.data.value(u"type"_qs).toString() == type)
                out << e.data;
        }
        return out;
    }

    /// Points of one series in the workspace's metric store, read with a
    /// connection of the test's own.
    static QList<Metrics::MetricPoint> points(const QString &metricsPath, const QString &device, const QString &object,
                                              const QString &metric)
    {
        auto store = Metrics::MetricStore::openSqlite(metricsPath);
        if (!store)
            return {};
        auto id = (*store)->seriesId({device, object, metric});
        if (!id)
            return {};
        auto result = (*store)->query(*id, 0, QDateTime::currentMSecsSinceEpoch() + 60000, Metrics::Resolution::Raw);
        return result ? *result : QList<Metrics::MetricPoint>{};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(u"snmpd"_qs, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        const QStringList addresses = m_env.value(u"SNMPD_ADDRESSES"_qs).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(addresses.size() >= 2, "rig_snmpd needs a second agent address");
        m_agentB = addresses.at(1);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_qs)));
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_qs)));

        auto ws = Workspace::Workspace::create(m_dir.filePath(u"ws"_qs), u"service"_qs, m_dir.filePath(u"userconf"_qs));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        m_workspace = ws->folder();
        m_socket = *Ipc::IpcPaths::socketName(ws->id());
        QVERIFY(addDevices(ws->storePath()));

        Vault::FileVault vault(ws->vaultPath());
        QVERIFY(vault.create(Vault::Secret::fromBytes(kPassphrase), Vault::KdfLimits::minimal()).ok());
        const QList<std::pair<QString, QString>> secrets{{u"snmp/rig/community"_qs, m_env.value(u"SNMPD_COMMUNITY"_qs)},
                                                         {u"snmp/traps/community"_qs, u"trap-community"_qs},
                                                         {u"snmp/trapv3/user"_qs, u"trapuser"_qs},
                                                         {u"snmp/trapv3/auth"_qs, u"trap auth pass"_qs},
                                                         {u"snmp/trapv3/priv"_qs, u"trap priv pass"_qs}};
        for (const auto &[key, value] : secrets)
            QVERIFY(vault.store(key, Vault::Secret::fromString(value)).ok());

        m_trapPort = freeUdpPort();
        QVERIFY(m_trapPort > 0);
        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        config.polling.credentials.path = u"snmp/rig"_qs;
        config.polling.timeoutMs = 1000;
        config.polling.retries = 0;
        Workspace::CollectionConfig &collection = config.service.collection;
        collection.groups = {{u"system"_qs, 5}, {u"interfaces"_qs, 5}, {u"sensors"_qs, 0},
                             {u"lldp"_qs, 0},   {u"pdu"_qs, 0},        {u"icmp"_qs, 0}};
        collection.snmpPort = m_env.value(u"SNMPD_PORT"_qs).toInt();
        Workspace::TrapsConfig &traps = config.service.traps;
        traps.enabled = true;
        traps.address = u"127.0.0.1"_qs;
        traps.port = m_trapPort;
        traps.communities = {Workspace::SecretRef{u"snmp/traps"_qs}};
        traps.users = {Workspace::TrapUserConfig{Workspace::SecretRef{u"snmp/trapv3"_qs}, kEngineId}};
        QVERIFY2(ws->setWorkspaceConfig(config).ok(), "configuration refused");
        QVERIFY(ws->save().ok());

        QVERIFY(startService(m_service, m_workspace));
        unlockService();
    }

    // No client is connected: the service collects into the metric store on its own.
    void collectsWithoutConsole()
    {
        const QString metrics = QDir(m_workspace).filePath(u"metrics.sqlite"_qs);
        // Series are keyed by NetBox id, as the console reads them.
        const auto key = [this](const QString &name) { return QString::number(m_deviceIds.value(name)); };
        QTRY_VERIFY_WITH_TIMEOUT(!points(metrics, key(u"sw-a"_qs), {}, u"snmp.up"_qs).isEmpty() &&
                                     !points(metrics, key(u"sw-gone"_qs), {}, u"snmp.up"_qs).isEmpty() &&
                                     !points(metrics, key(u"sw-b"_qs), {}, u"snmp.up"_qs).isEmpty(),
                                 20000);
        QCOMPARE(points(metrics, key(u"sw-a"_qs), {}, u"snmp.up"_qs).first().avg, 1.0);
        QCOMPARE(points(metrics, key(u"sw-b"_qs), {}, u"snmp.up"_qs).first().avg, 1.0);
        QCOMPARE(points(metrics, key(u"sw-gone"_qs), {}, u"snmp.up"_qs).first().avg, 0.0);
        QVERIFY(!points(metrics, key(u"sw-a"_qs), u"ifIndex:1"_qs, u"if.oper.status"_qs).isEmpty());
        QVERIFY(points(metrics, key(u"sw-a"_qs), {}, u"system.uptime.s"_qs).first().avg > 0);
        QVERIFY(points(metrics, u"no-ip"_qs, {}, u"snmp.up"_qs).isEmpty());

        // Now a console attaches and sees the schedule.
        m_client = new Ipc::IpcClient(this);
        connect(m_client, &Ipc::IpcClient::eventReceived, this, [this](const QString &topic, const QJsonObject &data) {
            m_events.append({topic, data});
        });
        auto token = Ipc::IpcPaths::token(false);
        QVERIFY(token.ok());
        m_client->connectToService(m_socket, *token, u"service-test"_qs);
        QVERIFY(m_client->waitForConnected(10000));
        m_client->subscribe({u"poll"_qs, u"events"_qs, u"collection"_qs});
        auto status = m_client->callBlocking(u"collection.status"_qs, {});
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
        QCOMPARE(status->toObject().value(u"devices"_qs).toInt(), 3);
        QVERIFY(status->toObject().value(u"running"_qs).toBool());
        const QJsonArray cycles = status->toObject().value(u"lastCycles"_qs).toArray();
        QVERIFY(!cycles.isEmpty());
        QCOMPARE(cycles.first().toObject().value(u"started"_qs).toInt(), 3);
        QCOMPARE(cycles.first().toObject().value(u"ok"_qs).toInt(), 2);
        QCOMPARE(cycles.first().toObject().value(u"failed"_qs).toInt(), 1);
    }

    void trapsBecomeDeviceEvents()
    {
        QVERIFY(m_client);
        auto before = m_client->callBlocking(u"traps.status"_qs, {});
        QVERIFY(before.ok());
        QVERIFY(before->toObject().value(u"running"_qs).toBool());
        const int droppedBefore = before->toObject().value(u"dropped"_qs).toInt();

        // A wrong community is dropped, not stored.
        QVERIFY(sendTrap({u"-v"_qs, u"2c"_qs, u"-c"_qs, u"not-the-community"_qs, trapTarget(), QString(),
                          u"1.3.6.1.6.3.1.1.5.1"_qs}));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client->callBlocking(u"traps.status"_qs, {})->toObject().value(u"dropped"_qs).toInt() > droppedBefore,
            10000);

        // v2c linkDown from sw-b's address.
        QVERIFY(sendTrap({u"-v"_qs, u"2c"_qs, u"-c"_qs, u"trap-community"_qs, u"--clientaddr=%1"_qs.arg(m_agentB),
                          trapTarget(), u"4242"_qs, u"1.3.6.1.6.3.1.1.5.3"_qs, u"1.3.6.1.2.1.2.2.1.1.3"_qs, u"i"_qs,
                          u"3"_qs}));
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(u"events"_qs, u"trap"_qs).size(), 1, 10000);
        const QJsonObject down = eventsOf(u"events"_qs, u"trap"_qs).first().value(u"event"_qs).toObject();
        QCOMPARE(down.value(u"device"_qs).toString(), u"sw-b"_qs);
        QCOMPARE(down.value(u"deviceId"_qs).toInteger(), m_deviceIds.value(u"sw-b"_qs));
        QCOMPARE(down.value(u"source"_qs).toString(), m_agentB);
        QCOMPARE(down.value(u"name"_qs).toString(), u"linkDown"_qs);
        QCOMPARE(down.value(u"version"_qs).toString(), u"v2c"_qs);
        QCOMPARE(down.value(u"ifIndex"_qs).toInt(), 3);

        // v3 authPriv coldStart from sw-a's address.
        QVERIFY(sendTrap({u"-v"_qs, u"3"_qs, u"-e"_qs, u"0x"_qs + kEngineId, u"-u"_qs, u"trapuser"_qs, u"-l"_qs,
                          u"authPriv"_qs, u"-a"_qs, u"SHA"_qs, u"-A"_qs, u"trap auth pass"_qs, u"-x"_qs, u"AES"_qs,
                          u"-X"_qs, u"trap priv pass"_qs, trapTarget(), QString(), u"1.3.6.1.6.3.1.1.5.1"_qs}));
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(u"events"_qs, u"trap"_qs).size(), 2, 10000);
        const QJsonObject cold = eventsOf(u"events"_qs, u"trap"_qs).at(1).value(u"event"_qs).toObject();
        QCOMPARE(cold.value(u"device"_qs).toString(), u"sw-a"_qs);
        QCOMPARE(cold.value(u"deviceId"_qs).toInteger(), m_deviceIds.value(u"sw-a"_qs));
        QCOMPARE(cold.value(u"name"_qs).toString(), u"coldStart"_qs);
        QCOMPARE(cold.value(u"version"_qs).toString(), u"v3"_qs);
        QCOMPARE(cold.value(u"securityName"_qs).toString(), u"trapuser"_qs);

        // Stored: the history per device survives in the store.
        auto listed = m_client->callBlocking(u"events.list"_qs, {{u"device"_qs, u"sw-b"_qs}});
        QVERIFY(listed.ok());
        QCOMPARE(listed->toArray().size(), 1);
        QCOMPARE(listed->toArray().first().toObject().value(u"id"_qs).toInteger(), down.value(u"id"_qs).toInteger());
        auto all = m_client->callBlocking(u"events.list"_qs, {});
        QVERIFY(all.ok());
        QCOMPARE(all->toArray().size(), 2);
        QCOMPARE(all->toArray().at(1).toObject().value(u"name"_qs).toString(), u"coldStart"_qs);
    }

    void liveLeaseStreamsUntilExpiry()
    {
        QVERIFY(m_client);
        auto bad = m_client->callBlocking(u"collection.live"_qs, {{u"devices"_qs, QJsonArray{u"nobody"_qs}}});
        QVERIFY(!bad.ok());
        auto lease =
            m_client->callBlocking(u"collection.live"_qs, {{u"devices"_qs, QJsonArray{u"sw-a"_qs, u"nobody"_qs}},
                                                           {u"intervalMs"_qs, 1000},
                                                           {u"durationSeconds"_qs, 3}});
        QVERIFY2(lease.ok(), lease.ok() ? "" : qPrintable(lease.error().toString()));
        const qint64 first = lease->toObject().value(u"lease"_qs).toInteger();
        const QString swA = QString::number(m_deviceIds.value(u"sw-a"_qs));
        QCOMPARE(lease->toObject().value(u"devices"_qs).toArray(), QJsonArray{swA});
        const auto ofLease = [this](qint64 id, const QString &type) {
            QList<QJsonObject> out;
            for (const QJsonObject &e : eventsOf(u"poll"_qs, type)) {
                if (e.value(u"lease"_qs).toInteger() == id)
                    out << e;
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(ofLease(first, u"leaseEnded"_qs).size(), 1, 15000);
        const QList<QJsonObject> samples = ofLease(first, u"samples"_qs);
        QVERIFY2(samples.size() >= 2, qPrintable(QString::number(samples.size())));
        for (const QJsonObject &s : samples) {
            QCOMPARE(s.value(u"device"_qs).toString(), swA);
            const QJsonArray values = s.value(u"samples"_qs).toArray();
            QVERIFY(std::any_of(values.begin(), values.end(), [](const QJsonValue &v) {
                return v.toObject().value(u"metric"_qs).toString() == u"snmp.up" &&
                       v.toObject().value(u"value"_qs).toDouble() == 1.0;
            }));
        }
        // A second lease runs; nothing more arrives for the expired one.
        auto again = m_client->callBlocking(
            u"collection.live"_qs,
            {{u"devices"_qs, QJsonArray{u"sw-a"_qs}}, {u"intervalMs"_qs, 1000}, {u"durationSeconds"_qs, 60}});
        QVERIFY(again.ok());
        const qint64 second = again->toObject().value(u"lease"_qs).toInteger();
        QVERIFY(second != first);
        QTRY_VERIFY_WITH_TIMEOUT(ofLease(second, u"samples"_qs).size() >= 2, 15000);
        QCOMPARE(ofLease(first, u"samples"_qs).size(), samples.size());
        auto ended = m_client->callBlocking(u"collection.endLive"_qs, {{u"lease"_qs, second}});
        QVERIFY(ended.ok() && ended->toObject().value(u"ended"_qs).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(ofLease(second, u"leaseEnded"_qs).size(), 1, 10000);
    }

    // A bad "service" section stops opsdeckd at start with every problem named.
    void badConfigurationRefused()
    {
        auto ws = Workspace::Workspace::create(m_dir.filePath(u"bad"_qs), u"bad"_qs, m_dir.filePath(u"userconf"_qs));
        QVERIFY(ws.ok());
        QFile file(ws->configFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json.insert(
            u"service"_qs,
            QJsonObject{{u"collection"_qs, QJsonObject{{u"groups"_qs, QJsonObject{{u"interfaces"_qs, 1}}}}},
                        {u"traps"_qs, QJsonObject{{u"port"_qs, 0}, {u"communities"_qs, QJsonArray{u"public"_qs}}}}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();

        QProcess process;
        process.setProcessEnvironment(processEnv());
        process.start(QStringLiteral(OPSDECKD_PATH), {u"--workspace"_qs, ws->folder(), u"--no-icmp"_qs});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(err.contains(u"service.collection.groups.interfaces"_qs), qPrintable(err));
        QVERIFY2(err.contains(u"service.traps.port"_qs), qPrintable(err));
        QVERIFY2(err.contains(u"service.traps.communities.0"_qs), qPrintable(err));
        QVERIFY2(!err.contains(u"public"_qs), qPrintable(err));
    }

    void cleanupTestCase()
    {
        delete m_client;
        m_client = nullptr;
        if (m_service.state() == QProcess::Running) {
            m_service.terminate();
            if (!m_service.waitForFinished(10000)) {
                m_service.kill();
                m_service.waitForFinished(5000);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOpsdeckdService)
#include "tst_opsdeckd_service.moc"
