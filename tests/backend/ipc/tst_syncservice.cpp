// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/ipc/syncservice.h"
#include "backend/store/store.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"

using namespace OpsDeck;

/// Scheduled sync in the service: NetBox runs through the sync.* methods and
/// reports its progress on the "sync" topic.
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
        Ipc::SyncService service(&server);
        Ipc::SyncServiceSettings settings;
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

        QSignalSpy finished(&service, &Ipc::SyncService::syncFinished);
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
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
