// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcframe.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/syncservice.h"
#include "backend/store/store.h"
#include "tests/fixtures/mcp/mcppmcheck.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"
#include "tests/fixtures/prtg/prtgfixtureserver.h"

using namespace OpsDeck;

namespace {

/// A SyncService on a local socket for a workspace with Ciena MCP and PRTG
/// (fixture servers on loopback), its metric store in a temporary folder,
/// and a client subscribed to "sync" and "connection".
struct OpticalService
{
    QTemporaryDir dir;
    Test::McpFixtureServer mcp{Test::withRecentPm([] {
        Test::McpFixtureOptions o;
        o.networkElements = 8;
        o.opticalLinks = 12;
        o.ethernetServices = 4;
        o.alarms = 10;
        return o;
    }())};
    Test::PrtgFixtureServer prtg{[] {
        Test::PrtgFixtureOptions o;
        o.devices = 9;
        return o;
    }()};
    std::unique_ptr<Ipc::IpcServer> server;
    std::unique_ptr<Service::SyncService> service;
    Service::SyncServiceSettings settings;
    Workspace::WorkspaceConfig config;
    QString mcpPassword = mcp.options().password;
    Ipc::IpcClient client;

    bool start()
    {
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(u"run"_qs)));
        auto token = Ipc::IpcPaths::token(true);
        if (!dir.isValid() || !mcp.start() || !prtg.start() || !token)
            return false;
        server = std::make_unique<Ipc::IpcServer>(*token);
        if (!server->listen(dir.filePath(u"sync.sock"_qs)))
            return false;
        service = std::make_unique<Service::SyncService>(server.get());
        settings.storePath = dir.filePath(u"store.sqlite"_qs);
        settings.metricsPath = dir.filePath(u"metrics.sqlite"_qs);
        config.connections.mcp.url = mcp.baseUrl().toString();
        config.connections.mcp.username = mcp.options().username;
        config.connections.mcp.password.path = u"mcp/password"_qs;
        config.connections.mcp.timeoutMs = 10000;
        config.connections.prtg.url = prtg.baseUrl().toString();
        config.connections.prtg.apiToken.path = u"prtg/token"_qs;
        settings.config = [this]() -> Result<Workspace::WorkspaceConfig> { return config; };
        settings.secrets = [this](const QString &key) -> Result<Vault::Secret> {
            if (key == u"mcp/password")
                return Vault::Secret::fromString(mcpPassword);
            if (key == u"prtg/token")
                return Vault::Secret::fromString(prtg.options().apiToken);
            return Error(ErrorCode::NotFound, key);
        };
        if (!service->start(settings))
            return false;
        client.connectToService(server->socketName(), *token, u"console"_qs);
        return client.waitForConnected(5000)
               && client.callBlocking(u"subscribe"_qs, {{u"topics"_qs, QJsonArray{u"sync"_qs, u"connection"_qs}}});
    }
};

} // namespace

/// Scheduled sync in the service: NetBox and Ciena MCP run through the
/// sync.* methods and report their progress on the "sync" topic; an MCP run
/// writes the optical PM of the last day to the metric store, as the
/// console's does; connection.test asks NetBox, MCP or PRTG.
class TestSyncService final : public QObject
{
    Q_OBJECT

private slots:
    void netboxSyncPublishesProgress()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(u"run"_qs)));
        Test::NetBoxFixtureServer netbox;
        QVERIFY(netbox.start().ok());

        auto token = Ipc::IpcPaths::token(true);
        QVERIFY(token.ok());
        Ipc::IpcServer server(*token);
        QVERIFY(server.listen(dir.filePath(u"sync.sock"_qs)).ok());
        Service::SyncService service(&server);
        Service::SyncServiceSettings settings;
        settings.storePath = dir.filePath(u"store.sqlite"_qs);
        Workspace::WorkspaceConfig config;
        config.connections.netbox.url = netbox.baseUrl().toString();
        config.connections.netbox.token.path = u"netbox/token"_qs;
        config.connections.netbox.timeoutMs = 5000;
        config.sync.intervalMinutes = 15;
        settings.config = [&config]() -> Result<Workspace::WorkspaceConfig> { return config; };
        const QString v1Token = netbox.options().v1Token;
        QStringList looked;
        bool locked = true;
        settings.secrets = [&](const QString &key) -> Result<Vault::Secret> {
            looked << key;
            if (locked)
                return Error(ErrorCode::Locked, u"the vault is locked"_qs);
            if (key == u"netbox/token")
                return Vault::Secret::fromString(v1Token);
            return Error(ErrorCode::NotFound, key);
        };
        // A service whose vault is still locked starts; secrets are read per run.
        QVERIFY(service.start(settings).ok());
        QVERIFY(looked.isEmpty());

        Ipc::IpcClient client;
        QList<QJsonObject> events;
        connect(&client, &Ipc::IpcClient::eventReceived, this, [&](const QString &topic, const QJsonObject &data) {
            if (topic == u"sync")
                events << data;
        });
        client.connectToService(server.socketName(), *token, u"console"_qs);
        QVERIFY(client.waitForConnected(5000));
        auto subscribed = client.callBlocking(u"subscribe"_qs, {{u"topics"_qs, QJsonArray{u"sync"_qs}}});
        QVERIFY(subscribed.ok());

        auto status = client.callBlocking(u"sync.status"_qs, {});
        QVERIFY(status.ok());
        const QJsonObject nb = status->toObject().value(u"netbox"_qs).toObject();
        QVERIFY(nb.value(u"configured"_qs).toBool());
        QCOMPARE(nb.value(u"intervalMinutes"_qs).toInt(), 15);
        QVERIFY(!status->toObject().value(u"mcp"_qs).toObject().value(u"configured"_qs).toBool());
        QVERIFY(!client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"mcp"_qs}}).ok());
        QVERIFY(!client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"prtg"_qs}}).ok());

        // While locked, a run is refused with the reason, and nothing starts.
        auto refused = client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"netbox"_qs}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QVERIFY2(refused.error().detail.contains(u"netbox/token"), qPrintable(refused.error().detail));
        QCOMPARE(looked, QStringList{u"netbox/token"_qs});
        locked = false;

        QSignalSpy finished(&service, &Service::SyncService::syncFinished);
        auto started = client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"netbox"_qs}});
        QVERIFY(started.ok());
        QVERIFY(started->toObject().value(u"started"_qs).toBool());
        // A run never overlaps itself.
        QVERIFY(!client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"netbox"_qs}})
                     ->toObject()
                     .value(u"started"_qs)
                     .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toString(), u"netbox"_qs);
        QVERIFY(finished.first().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.last().value(u"type"_qs).toString() == u"finished", 5000);

        QCOMPARE(events.first().value(u"type"_qs).toString(), u"started"_qs);
        QCOMPARE(events.first().value(u"source"_qs).toString(), u"netbox"_qs);
        const auto progress = std::count_if(events.cbegin(), events.cend(), [](const QJsonObject &e) {
            return e.value(u"type"_qs).toString() == u"progress" && e.value(u"source"_qs).toString() == u"netbox";
        });
        QVERIFY(progress >= 1);
        const QJsonObject done = events.last();
        QVERIFY(done.value(u"ok"_qs).toBool());
        QVERIFY(done.value(u"upserted"_qs).toInteger() > 0);

        // The store holds what NetBox has.
        auto store = Store::Store::openSqlite(settings.storePath);
        QVERIFY(store.ok());
        auto devices = (*store)->devices();
        QVERIFY(devices.ok());
        QCOMPARE(qint64(devices->size()), netbox.count(Domain::ObjectKind::Device));

        status = client.callBlocking(u"sync.status"_qs, {});
        QVERIFY(status->toObject().value(u"netbox"_qs).toObject().value(u"lastOk"_qs).toBool());
        QVERIFY(!status->toObject().value(u"netbox"_qs).toObject().value(u"lastFinished"_qs).toString().isEmpty());

        // A connection removed from the configuration is used no more.
        config.connections.netbox.url.clear();
        service.reloadSchedule();
        status = client.callBlocking(u"sync.status"_qs, {});
        QVERIFY(!status->toObject().value(u"netbox"_qs).toObject().value(u"configured"_qs).toBool());
        auto gone = client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"netbox"_qs}});
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    void mcpAndPrtgConnectionsAreTested()
    {
        OpticalService o;
        QVERIFY(o.start());
        QList<QJsonObject> tests;
        connect(&o.client, &Ipc::IpcClient::eventReceived, this, [&](const QString &topic, const QJsonObject &data) {
            if (topic == u"connection")
                tests << data;
        });
        QVERIFY(o.client.callBlocking(u"connection.test"_qs, {{u"source"_qs, u"mcp"_qs}}).ok());
        QVERIFY(o.client.callBlocking(u"connection.test"_qs, {{u"source"_qs, u"prtg"_qs}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(tests.size(), 2, 20000);
        for (const QJsonObject &t : std::as_const(tests)) {
            QVERIFY2(t.value(u"ok"_qs).toBool(), qPrintable(t.value(u"error"_qs).toString()));
            if (t.value(u"source"_qs).toString() == u"mcp") {
                QCOMPARE(t.value(u"networkElements"_qs).toInteger(), 8);
            } else {
                QCOMPARE(t.value(u"source"_qs).toString(), u"prtg"_qs);
                QCOMPARE(t.value(u"version"_qs).toString(), u"18.2.41.1636"_qs);
                QCOMPARE(t.value(u"devices"_qs).toInteger(), 9);
                QCOMPARE(t.value(u"sensors"_qs).toInteger(), qint64(o.prtg.sensors().size()));
            }
        }
        QCOMPARE(o.mcp.activeTokenCount(), 0);
        // A wrong password: the test says so; an unknown source is refused.
        o.mcpPassword = u"wrong"_qs;
        QVERIFY(o.client.callBlocking(u"connection.test"_qs, {{u"source"_qs, u"mcp"_qs}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(tests.size(), 3, 20000);
        QVERIFY(!tests.last().value(u"ok"_qs).toBool());
        QCOMPARE(tests.last().value(u"code"_qs).toString(), Ipc::errorCodeName(ErrorCode::Auth));
        QVERIFY(tests.last().value(u"error"_qs).toString().contains(u"refused the user name or password"));
        QVERIFY(!o.client.callBlocking(u"connection.test"_qs, {{u"source"_qs, u"snmp"_qs}}).ok());
    }

    void mcpSyncWritesPmToTheMetricStore()
    {
        OpticalService o;
        QVERIFY(o.start());
        QList<QJsonObject> events;
        connect(&o.client, &Ipc::IpcClient::eventReceived, this, [&](const QString &topic, const QJsonObject &data) {
            if (topic == u"sync")
                events << data;
        });
        // The MCP run: inventory, then the last day's PM into the metric store.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QSignalSpy finished(o.service.get(), &Service::SyncService::syncFinished);
        QVERIFY(o.client.callBlocking(u"sync.start"_qs, {{u"source"_qs, u"mcp"_qs}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.last().value(u"type"_qs).toString() == u"finished", 5000);
        const QJsonObject done = events.last();
        QVERIFY2(done.value(u"ok"_qs).toBool(), qPrintable(done.value(u"error"_qs).toString()));
        QCOMPARE(done.value(u"networkElements"_qs).toInteger(), 8);
        QCOMPARE(done.value(u"opticalLinks"_qs).toInteger(), 12);
        // Two ports per link, received and sent power of each, one sample a bin.
        const qint64 pmSamples = done.value(u"pmSamples"_qs).toInteger();
        const qint64 early = 12 * 2 * 2 * Test::pmBinsInWindow(o.mcp.options(), before);
        const qint64 late = 12 * 2 * 2 * Test::pmBinsInWindow(o.mcp.options(), after);
        QVERIFY2(pmSamples == early || pmSamples == late, qPrintable(u"%1 samples"_qs.arg(pmSamples)));
        QVERIFY(pmSamples >= 12 * 2 * 2 * 94);
        const bool pmPhase = std::any_of(events.cbegin(), events.cend(), [](const QJsonObject &e) {
            return e.value(u"type"_qs).toString() == u"progress" && e.value(u"endpoint"_qs).toString() == u"pm";
        });
        QVERIFY(pmPhase);

        auto stored = Test::readStoredPm(o.settings.metricsPath, o.mcp);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(stored->samples, pmSamples);
        QCOMPARE(stored->series, 12 * 2 * 2);
        QCOMPARE(stored->wrongValues, 0);

        // The time of the sync is kept for the console.
        auto status = o.client.callBlocking(u"sync.status"_qs, {});
        QVERIFY(status.ok());
        const QJsonObject state = status->toObject().value(u"mcp"_qs).toObject();
        QVERIFY(state.value(u"lastOk"_qs).toBool());
        const QDateTime lastSync = QDateTime::fromString(state.value(u"lastSync"_qs).toString(), Qt::ISODateWithMs);
        QVERIFY(lastSync.isValid());
        QVERIFY(lastSync.toMSecsSinceEpoch() >= before && lastSync.toMSecsSinceEpoch() <= after);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
