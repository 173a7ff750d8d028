// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// What Tools › Ciena MCP Sync shows while the console reaches its service:
// a ServiceSyncSource for MCP over a SyncService on a local socket, against
// the MCP fixture server.
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/syncservice.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/sync/servicesyncsource.h"
#include "tests/fixtures/mcp/mcppmcheck.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::ServiceSyncSource;
using Models::SyncSource;

/// The console's MCP sync through the service: the server's reachability
/// comes from the service's connection test, a run shows every phase up to
/// PM and ends as succeeded with the time of the sync, and the PM the
/// service wrote is in the metric store.
class TestServiceMcpSync final : public QObject
{
    Q_OBJECT

private slots:
    void runsThroughTheService()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(u"run"_s)));
        Test::McpFixtureOptions options;
        options.networkElements = 6;
        options.opticalLinks = 5;
        options.ethernetServices = 2;
        options.alarms = 4;
        Test::McpFixtureServer mcp(Test::withRecentPm(options));
        QVERIFY(mcp.start().ok());

        auto token = Ipc::IpcPaths::token(true);
        QVERIFY(token.ok());
        Ipc::IpcServer server(*token);
        QVERIFY(server.listen(dir.filePath(u"sync.sock"_s)).ok());
        Service::SyncService service(&server);
        Service::SyncServiceSettings settings;
        settings.storePath = dir.filePath(u"store.sqlite"_s);
        settings.metricsPath = dir.filePath(u"metrics.sqlite"_s);
        Workspace::WorkspaceConfig config;
        config.connections.mcp.url = mcp.baseUrl().toString();
        config.connections.mcp.username = mcp.options().username;
        config.connections.mcp.password.path = u"mcp/password"_s;
        settings.config = [&config]() -> Result<Workspace::WorkspaceConfig> { return config; };
        const QString password = mcp.options().password;
        settings.secrets = [&](const QString &key) -> Result<Vault::Secret> {
            if (key == u"mcp/password")
                return Vault::Secret::fromString(password);
            return Error(ErrorCode::NotFound, key);
        };
        QVERIFY(service.start(settings).ok());

        Models::JobServiceConnection connection;
        Models::JobServiceEndpoint endpoint;
        endpoint.socketName = server.socketName();
        endpoint.startService = false;
        connection.open(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Models::JobServiceConnection::State::Connected, 10000);

        ServiceSyncSource source(&connection, u"Optical"_s, nullptr, ServiceSyncSource::Source::Mcp);
        QCOMPARE(source.title(), u"Ciena MCP"_s);
        QCOMPARE(source.endpoints().constLast(), u"pm"_s);
        QVERIFY(!source.lastSync().isValid());
        source.checkReachability();
        QTRY_COMPARE_WITH_TIMEOUT(source.reachability(), SyncSource::Reachability::Online, 10000);
        QCOMPARE(mcp.activeTokenCount(), 0);

        QList<Models::SyncStep> steps;
        connect(&source, &SyncSource::progressed, this, [&](const Models::SyncStep &s) { steps << s; });
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        source.startIncremental(); // MCP has only full runs
        QTRY_VERIFY_WITH_TIMEOUT(!source.isRunning() && source.state() != SyncSource::State::Idle, 60000);
        QCOMPARE(source.state(), SyncSource::State::Succeeded);
        QVERIFY(source.isFullRun());
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.constLast().endpoint, u"pm"_s);
        QCOMPARE(steps.constLast().index, int(source.endpoints().size()) - 1);
        QVERIFY(steps.constLast().total > 0);
        QTRY_VERIFY_WITH_TIMEOUT(source.lastSync().isValid(), 5000);
        QVERIFY(source.lastSync().toMSecsSinceEpoch() >= before);

        auto stored = Test::readStoredPm(settings.metricsPath, mcp);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(stored->series, 5 * 2 * 2);
        QVERIFY(stored->samples >= 5 * 2 * 2 * 94);
        QCOMPARE(stored->wrongValues, 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceMcpSync)
#include "tst_servicemcpsync.moc"
