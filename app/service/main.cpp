// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include "backend/demo/demoworkspace.h"
#include "backend/ipc/collectionservice.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/ipc/jobservice.h"
#include "backend/ipc/syncservice.h"
#include "backend/ipc/trapservice.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "backend/vault/filevault.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceregistry.h"

using namespace OpsDeck;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "opsdeckd: %s\n", qPrintable(what));
    return 1;
}

void warn(const QString &what)
{
    std::fprintf(stderr, "opsdeckd: %s\n", qPrintable(what));
    std::fflush(stderr);
}

// Workflow scopes: {"site": name or slug, "role": role name} -> the site's
// devices of that role with a primary IP, as SSH targets with the scope's
// login settings.
Result<QJsonArray> resolveScope(const QString &storePath, const QJsonObject &scope)
{
    auto store = Store::Store::openSqlite(storePath, false);
    if (!store)
        return store.error();
    const QString siteName = scope.value(QStringLiteral("site")).toString();
    const QString role = scope.value(QStringLiteral("role")).toString();
    qint64 siteId = 0;
    if (!siteName.isEmpty()) {
        auto sites = (*store)->sites();
        if (!sites)
            return sites.error();
        for (const auto &s : std::as_const(*sites)) {
            if (s.name.compare(siteName, Qt::CaseInsensitive) == 0 || s.slug == siteName)
                siteId = s.id;
        }
        if (siteId == 0)
            return Error(ErrorCode::NotFound, QStringLiteral("no site %1").arg(siteName));
    }
    auto devices = (*store)->devices(siteId);
    if (!devices)
        return devices.error();
    QJsonArray targets;
    for (const auto &d : std::as_const(*devices)) {
        if (!role.isEmpty() && d.roleName.compare(role, Qt::CaseInsensitive) != 0)
            continue;
        if (d.primaryIp.isEmpty() || d.name.isEmpty())
            continue;
        targets.append(QJsonObject{{QStringLiteral("device"), d.name},
                                   {QStringLiteral("host"), d.primaryIp.section(QLatin1Char('/'), 0, 0)},
                                   {QStringLiteral("port"), scope.value(QStringLiteral("port")).toInt(22)},
                                   {QStringLiteral("user"), scope.value(QStringLiteral("user")).toString()},
                                   {QStringLiteral("credential"), scope.value(QStringLiteral("credential")).toString()},
                                   {QStringLiteral("site"), d.siteName},
                                   {QStringLiteral("role"), d.roleName}});
    }
    return targets;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsdeckd"));
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OpsDeck background service"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Workspace folder (default: the demo workspace)."),
                                             QStringLiteral("folder"));
    const QCommandLineOption socketOption(QStringLiteral("socket"),
                                          QStringLiteral("Local socket path (default: per user and workspace)."),
                                          QStringLiteral("path"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), QStringLiteral("Jobs running at once."),
                                           QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption knownHostsOption(QStringLiteral("known-hosts"),
                                              QStringLiteral("Known-hosts file (default: <workspace>/known_hosts)."),
                                              QStringLiteral("file"));
    const QCommandLineOption tofuOption(QStringLiteral("trust-on-first-use"),
                                        QStringLiteral("Accept and record unknown SSH host keys."));
    const QCommandLineOption passphraseOption(
        QStringLiteral("vault-passphrase-file"),
        QStringLiteral("File holding the vault passphrase (or set OPSDECK_VAULT_PASSPHRASE)."), QStringLiteral("file"));
    const QCommandLineOption metricsOption(QStringLiteral("metrics"),
                                           QStringLiteral("Metric store file (default: <workspace>/metrics.sqlite)."),
                                           QStringLiteral("file"));
    const QCommandLineOption noIcmpOption(QStringLiteral("no-icmp"), QStringLiteral("Do not run the ICMP group."));
    parser.addOptions({workspaceOption, socketOption, workersOption, knownHostsOption, tofuOption, passphraseOption,
                       metricsOption, noIcmpOption});
    parser.process(app);

    Result<Workspace::Workspace> ws = parser.isSet(workspaceOption)
                                          ? Workspace::Workspace::open(parser.value(workspaceOption))
                                          : Demo::ensureDemoWorkspace(Workspace::WorkspaceRegistry());
    if (!ws)
        return fail(ws.error().toString());

    Jobs::JobEngineOptions options;
    options.maxWorkers = parser.value(workersOption).toInt();
    options.approvals = ws->config().approvals;
    options.knownHostsFile = parser.isSet(knownHostsOption) ? parser.value(knownHostsOption)
                                                            : QDir(ws->folder()).filePath(QStringLiteral("known_hosts"));
    options.trustOnFirstUse = parser.isSet(tofuOption);
    auto engine = Jobs::JobEngine::create(ws->storePath(), options);
    if (!engine)
        return fail(engine.error().toString());

    // The vault, when the workspace has one and a passphrase was given.
    Vault::FileVault vault(ws->vaultPath());
    QByteArray passphrase = qgetenv("OPSDECK_VAULT_PASSPHRASE");
    if (parser.isSet(passphraseOption)) {
        QFile f(parser.value(passphraseOption));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(f.fileName()));
        passphrase = f.readAll().trimmed();
    }
    if (vault.exists() && !passphrase.isEmpty()) {
        if (auto st = vault.unlock(Vault::Secret::fromBytes(passphrase)); !st)
            return fail(st.error().toString());
    }
    passphrase.fill('\0');
    (*engine)->setCredentialResolver([&vault](const QString &ref) -> Result<Ssh::SshCredentials> {
        if (!vault.isUnlocked())
            return Error(ErrorCode::Locked, QStringLiteral("the vault is locked"));
        Ssh::SshCredentials c;
        if (auto key = vault.lookup(ref + QStringLiteral("/key")); key)
            c.privateKey = *key;
        if (auto pass = vault.lookup(ref + QStringLiteral("/passphrase")); pass)
            c.keyPassphrase = *pass;
        if (auto password = vault.lookup(ref + QStringLiteral("/password")); password)
            c.password = *password;
        if (c.isEmpty())
            return Error(ErrorCode::NotFound, QStringLiteral("no %1/key or %1/password in the vault").arg(ref));
        return c;
    });
    const QString storePath = ws->storePath();
    (*engine)->setScopeResolver([storePath](const QJsonObject &scope) { return resolveScope(storePath, scope); });

    // netbox.changeset jobs write to the workspace's NetBox with its token
    // from the vault; without either, each such job fails saying which.
    {
        const Workspace::NetboxConfig &netbox = ws->config().connections.netbox;
        Result<NetBox::ClientSettings> netboxSettings =
            Error(ErrorCode::NotFound, QStringLiteral("NetBox is not configured in this workspace"));
        if (!netbox.url.isEmpty() && !netbox.token.isSet()) {
            netboxSettings = Error(ErrorCode::NotFound, QStringLiteral("the workspace names no NetBox token"));
        } else if (!netbox.url.isEmpty() && !vault.isUnlocked()) {
            netboxSettings = Error(ErrorCode::Locked, QStringLiteral("the NetBox token is in the vault, and the vault "
                                                                     "is locked (no passphrase given)"));
        } else if (!netbox.url.isEmpty()) {
            auto netboxToken = vault.lookup(netbox.token.path);
            netboxSettings = netboxToken ? Result<NetBox::ClientSettings>(
                                               NetBox::ClientSettings::fromConfig(netbox, *netboxToken))
                                         : Result<NetBox::ClientSettings>(
                                               Error(ErrorCode::NotFound,
                                                     QStringLiteral("no NetBox token in the vault entry %1")
                                                         .arg(netbox.token.path)));
        }
        (*engine)->registerExecutor(std::make_shared<Jobs::NetBoxChangeSetExecutor>(
            std::make_shared<Jobs::NetBoxWriterApplier>(std::move(netboxSettings), storePath)));
    }

    auto token = Ipc::IpcPaths::token(true);
    if (!token)
        return fail(token.error().toString());
    auto socketName = parser.isSet(socketOption) ? Result<QString>(parser.value(socketOption))
                                                 : Ipc::IpcPaths::socketName(ws->id());
    if (!socketName)
        return fail(socketName.error().toString());

    Ipc::IpcServer server(*token);
    Ipc::JobService service(engine->get(), &server);
    if (auto st = (*engine)->start(); !st)
        return fail(st.error().toString());

    // Background collection, traps and scheduled syncs. A part that cannot
    // start is reported and the rest keeps running.
    const Ipc::SecretLookup secrets = [&vault](const QString &key) -> Result<Vault::Secret> {
        if (!vault.isUnlocked())
            return Error(ErrorCode::Locked, QStringLiteral("the vault is locked"));
        return vault.lookup(key);
    };
    const Workspace::WorkspaceConfig &config = ws->config();
    auto metrics = Metrics::MetricStore::openSqlite(
        parser.isSet(metricsOption) ? parser.value(metricsOption)
                                    : QDir(ws->folder()).filePath(QStringLiteral("metrics.sqlite")));
    if (!metrics)
        return fail(metrics.error().toString());
    Ipc::CollectionService collection(metrics->get(), &server);
    Ipc::CollectionServiceSettings collectionSettings;
    collectionSettings.storePath = storePath;
    collectionSettings.polling = config.polling;
    collectionSettings.collection = config.service.collection;
    collectionSettings.secrets = secrets;
    collectionSettings.icmp = !parser.isSet(noIcmpOption);
    if (auto st = collection.start(collectionSettings); !st)
        warn(QStringLiteral("collection not running: %1").arg(st.error().toString()));

    Ipc::TrapService traps(&server);
    traps.setDevices(collection.devicesByAddress());
    if (auto st = traps.start({storePath, config.service.traps, secrets}); !st)
        warn(QStringLiteral("trap receiver not running: %1").arg(st.error().toString()));

    Ipc::SyncService sync(&server);
    Ipc::SyncServiceSettings syncSettings;
    syncSettings.storePath = storePath;
    syncSettings.netbox = config.connections.netbox;
    syncSettings.netboxIntervalMinutes = config.sync.intervalMinutes;
    syncSettings.mcp = config.connections.mcp;
    syncSettings.mcpIntervalMinutes = config.service.mcpRefreshMinutes;
    syncSettings.secrets = secrets;
    if (auto st = sync.start(syncSettings); !st)
        warn(QStringLiteral("scheduled sync not running: %1").arg(st.error().toString()));
    QObject::connect(&sync, &Ipc::SyncService::syncFinished, &collection, [&](const QString &source, bool ok) {
        if (source != u"netbox" || !ok)
            return;
        if (auto st = collection.reloadDevices(); !st)
            warn(QStringLiteral("collection targets not reloaded: %1").arg(st.error().toString()));
        traps.setDevices(collection.devicesByAddress());
    });
    if (auto st = server.listen(*socketName); !st)
        return fail(st.error().toString());
    std::printf("opsdeckd: workspace %s, listening on %s\n", qPrintable(ws->folder()), qPrintable(server.socketName()));
    std::fflush(stdout);
    return app.exec();
}
