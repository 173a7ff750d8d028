// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// A workspace's compliance checker in the test's own process: a NetBox
// fixture server answering as a real release, its estate synced into a real
// store, a job engine on the same file for the backups, the
// ComplianceService behind a real IpcServer, and a client of it.

#include <functional>
#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobstore.h"
#include "backend/service/complianceservice.h"
#include "backend/store/store.h"
#include "tests/fixtures/netbox/fixturerunner.h"

namespace OpsDeck::Test {

/// The sysDescr of a recorded walk in ../shared (hex-encoded in the file).
inline QString recordedSysDescr(const QString &name)
{
    QFile f(QStringLiteral(OPSDECK_SHARED_DIR "/fixtures/snmprec/") + name + QStringLiteral(".snmprec"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.startsWith("1.3.6.1.2.1.1.1.0|"))
            continue;
        const QList<QByteArray> parts = line.split('|');
        return QString::fromUtf8(parts.at(1).endsWith('x') ? QByteArray::fromHex(parts.at(2)) : parts.at(2));
    }
    return {};
}

inline QJsonObject deviceIn(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &v : report.value(QStringLiteral("devices")).toArray()) {
        if (v.toObject().value(QStringLiteral("device")).toString() == name)
            return v.toObject();
    }
    return {};
}

inline QJsonObject checkOf(const QJsonObject &device, const QString &id)
{
    for (const QJsonValue &v : device.value(QStringLiteral("checks")).toArray()) {
        if (v.toObject().value(QStringLiteral("check")).toString() == id)
            return v.toObject();
    }
    return {};
}

/// The index of the first line at or after @p from that is configuration:
/// not blank, not a comment (which the checks leave out).
inline int firstConfigLine(const QStringList &lines, int from)
{
    for (int i = from; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('!')) && !t.startsWith(QLatin1Char('#')))
            return i;
    }
    return from;
}

/// One NetBox release with its synced store, a job engine on the same file,
/// the service and a client of its IPC server.
struct ComplianceEstate
{
    QTemporaryDir dir;
    std::unique_ptr<Test::NetBoxFixtureServer> netbox;
    std::unique_ptr<NetBox::NetBoxRunner> runner;
    std::unique_ptr<Ipc::IpcServer> server;
    std::unique_ptr<Jobs::JobEngine> engine;
    std::unique_ptr<Service::ComplianceService> service;
    std::unique_ptr<Ipc::IpcClient> client;
    QJsonObject compliance;
    QString token;
    Service::ComplianceServiceSettings settings;
    Jobs::JobEngineOptions engineOptions;
    /// Called with the engine before it starts (credentials, target completion); unset: not started.
    std::function<void(Jobs::JobEngine &)> prepareEngine;
    QList<Domain::Device> devices;

    QString start(const QString &release)
    {
        if (const QString problem = Test::startSyncedFixture(release, dir, netbox, runner); !problem.isEmpty())
            return problem;
        runner.reset();
        const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = Store::Store::openSqlite(storePath);
            if (!store)
                return store.error().toString();
            auto all = (*store)->devices();
            if (!all)
                return all.error().toString();
            devices = *all;
        }
        auto created = Jobs::JobEngine::create(storePath, engineOptions);
        if (!created)
            return created.error().toString();
        engine = std::move(*created);
        if (prepareEngine) {
            prepareEngine(*engine);
            if (auto st = engine->start(); !st)
                return st.error().toString();
        }
        auto ipcToken = Ipc::IpcPaths::token(true);
        if (!ipcToken)
            return ipcToken.error().toString();
        server = std::make_unique<Ipc::IpcServer>(*ipcToken);
        if (auto st = server->listen(dir.filePath(QStringLiteral("compliance.sock"))); !st)
            return st.error().toString();
        token = netbox->options().v1Token;
        service = std::make_unique<Service::ComplianceService>(engine.get(), server.get());
        settings.storePath = storePath;
        settings.statePath = dir.filePath(QStringLiteral("compliance-state.json"));
        settings.afterBackupDelayMs = 50;
        settings.config = [this]() -> Result<Workspace::WorkspaceConfig> {
            Workspace::WorkspaceConfig c;
            c.connections.netbox.url = netbox->baseUrl().toString();
            c.connections.netbox.token.path = QStringLiteral("netbox/token");
            c.compliance = compliance;
            return c;
        };
        settings.secrets = [this](const QString &key) -> Result<Vault::Secret> {
            if (key != u"netbox/token")
                return Error(ErrorCode::NotFound, QStringLiteral("no such secret"));
            return Vault::Secret::fromString(token);
        };
        QSignalSpy done(service.get(), &Service::ComplianceService::evaluationFinished);
        if (auto st = service->start(settings); !st)
            return st.error().toString();
        if (!done.wait(60000))
            return QStringLiteral("the first evaluation did not end");
        client = std::make_unique<Ipc::IpcClient>();
        client->connectToService(server->socketName(), *ipcToken, QStringLiteral("console"));
        if (!client->waitForConnected(10000))
            return QStringLiteral("the test client could not connect");
        return {};
    }

    /// Evaluates again and returns compliance.report as a client sees it.
    QJsonObject evaluate()
    {
        QSignalSpy done(service.get(), &Service::ComplianceService::evaluationFinished);
        auto started = client->callBlocking(QStringLiteral("compliance.run"), {}, 10000);
        if (!started)
            return {};
        // An evaluation asked for during another one follows it: wait for the last.
        if (!QTest::qWaitFor([&] { return !done.isEmpty() && !service->isRunning(); }, 60000))
            return {};
        auto report = client->callBlocking(QStringLiteral("compliance.report"), {}, 10000);
        return report ? report->toObject() : QJsonObject();
    }

    /// A device of the estate that has a config template (and one that has none).
    const Domain::Device *device(bool withTemplate) const
    {
        for (const Domain::Device &d : devices) {
            if (netbox->renderedConfig(d.id).isEmpty() != withTemplate)
                return &d;
        }
        return nullptr;
    }

    /// Gives device @p deviceId the primary address @p address in the store,
    /// as a sync of NetBox would.
    bool setPrimaryAddress(qint64 deviceId, const QString &address)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("estate-address"));
            db.setDatabaseName(settings.storePath);
            if (db.open()) {
                QSqlQuery q(db);
                const qint64 ipId = 900000 + deviceId;
                ok =
                    q.exec(QStringLiteral("INSERT INTO ip_addresses (id, address) VALUES (%1, '%2')")
                               .arg(ipId)
                               .arg(address)) &&
                    q.exec(
                        QStringLiteral("UPDATE devices SET primary_ip4_id = %1 WHERE id = %2").arg(ipId).arg(deviceId));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("estate-address"));
        return ok;
    }
};

} // namespace OpsDeck::Test
