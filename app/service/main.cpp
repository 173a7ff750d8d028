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
#include "backend/ipc/vaultservice.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/metrics/metricstore.h"
#include "backend/netbox/netboxsync.h"
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

/// The workspace named by --workspace (a folder, or a name or id of the
/// user's workspaces), else the one used last, else the demo.
Result<Workspace::Workspace> openWorkspace(const QString &requested)
{
    const Workspace::WorkspaceRegistry registry;
    if (!requested.isEmpty()) {
        if (Workspace::Workspace::isWorkspace(requested))
            return Workspace::Workspace::open(requested);
        return registry.find(requested);
    }
    const QString last = registry.lastUsed();
    if (!last.isEmpty())
        return Workspace::Workspace::open(last);
    return Demo::ensureDemoWorkspace(registry);
}

/// The workspace's configuration as its files say now.
Result<Workspace::WorkspaceConfig> currentConfig(const QString &folder)
{
    auto ws = Workspace::Workspace::open(folder);
    if (!ws)
        return ws.error();
    return ws->config();
}

Status unlockFromFile(Vault::FileVault &vault, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read %1").arg(f.fileName()));
    QByteArray passphrase = f.readAll().trimmed();
    const Status st = vault.unlock(Vault::Secret::fromBytes(passphrase));
    passphrase.fill('\0');
    return st;
}

/// The workspace's NetBox connection with its token, read now.
Result<NetBox::ClientSettings> netboxSettings(const QString &folder, const Vault::FileVault &vault)
{
    auto config = currentConfig(folder);
    if (!config)
        return config.error();
    const Workspace::NetboxConfig &netbox = config->connections.netbox;
    if (netbox.url.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("NetBox is not configured in this workspace"));
    if (!netbox.token.isSet())
        return Error(ErrorCode::NotFound, QStringLiteral("the workspace names no NetBox token"));
    if (!vault.isUnlocked())
        return Error(ErrorCode::Locked, QStringLiteral("the NetBox token is in the vault, and the vault is locked"));
    auto token = vault.lookup(netbox.token.path);
    if (!token)
        return Error(ErrorCode::NotFound, QStringLiteral("no NetBox token in the vault entry %1").arg(netbox.token.path));
    return NetBox::ClientSettings::fromConfig(netbox, *token);
}

/// workspace.status {} -> {"id", "name", "folder", "counts": {endpoint: n}, "lastNetboxSync"}:
/// what the store holds now, read on a connection of its own.
void registerWorkspaceStatus(Ipc::IpcServer &server, const Workspace::Workspace &ws)
{
    const QJsonObject identity{{QStringLiteral("id"), ws.id()},
                               {QStringLiteral("name"), ws.name()},
                               {QStringLiteral("folder"), ws.folder()}};
    const QString storePath = ws.storePath();
    server.registerMethod(QStringLiteral("workspace.status"),
                          [identity, storePath](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                              auto store = Store::Store::openSqlite(storePath, false);
                              if (!store)
                                  return store.error();
                              QJsonObject counts;
                              for (const Domain::KindInfo &kind : Domain::allKinds()) {
                                  auto n = (*store)->count(kind.kind);
                                  if (!n)
                                      return n.error();
                                  counts.insert(kind.endpoint, *n);
                              }
                              auto netboxSync = (*store)->watermark(QStringLiteral("netbox"),
                                                                    NetBox::NetBoxSync::lastSyncKey());
                              QJsonObject out = identity;
                              out.insert(QStringLiteral("counts"), counts);
                              out.insert(QStringLiteral("lastNetboxSync"), netboxSync ? *netboxSync : QString());
                              return QJsonValue(out);
                          });
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
                                             QStringLiteral("Workspace folder or name (default: the one the console or "
                                                            "opsdeck-cli workspace use chose last, else the demo)."),
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
        QStringLiteral("File holding the vault passphrase, for a headless server (otherwise the console "
                       "or opsdeck-cli vault unlock unlock it over the socket)."),
        QStringLiteral("file"));
    const QCommandLineOption metricsOption(QStringLiteral("metrics"),
                                           QStringLiteral("Metric store file (default: <workspace>/metrics.sqlite)."),
                                           QStringLiteral("file"));
    const QCommandLineOption noIcmpOption(QStringLiteral("no-icmp"), QStringLiteral("Do not run the ICMP group."));
    parser.addOptions({workspaceOption, socketOption, workersOption, knownHostsOption, tofuOption, passphraseOption,
                       metricsOption, noIcmpOption});
    parser.process(app);

    Result<Workspace::Workspace> ws = openWorkspace(parser.value(workspaceOption));
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

    // The vault: unlocked over the socket by the console or the CLI
    // (vault.unlock), or at start from a passphrase file on a headless server.
    Vault::FileVault vault(ws->vaultPath());
    if (parser.isSet(passphraseOption)) {
        if (auto st = unlockFromFile(vault, parser.value(passphraseOption)); !st)
            return fail(st.error().toString());
    }
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
    // from the vault, both read when the job runs; without either, each such
    // job fails saying which.
    const QString folder = ws->folder();
    (*engine)->registerExecutor(std::make_shared<Jobs::NetBoxChangeSetExecutor>(std::make_shared<Jobs::NetBoxWriterApplier>(
        [folder, &vault]() { return netboxSettings(folder, vault); }, storePath)));

    auto token = Ipc::IpcPaths::token(true);
    if (!token)
        return fail(token.error().toString());
    auto socketName = parser.isSet(socketOption) ? Result<QString>(parser.value(socketOption))
                                                 : Ipc::IpcPaths::socketName(ws->id());
    if (!socketName)
        return fail(socketName.error().toString());

    Ipc::IpcServer server(*token);
    Ipc::JobService service(engine->get(), &server);
    registerWorkspaceStatus(server, *ws);
    if (auto st = (*engine)->start(); !st)
        return fail(st.error().toString());

    // The vault's methods, then background collection, traps and scheduled
    // syncs. A part that cannot start (often: the vault is still locked) is
    // reported, the rest keeps running, and it is started again on unlock.
    Ipc::VaultService vaultService(
        &vault, [folder] {
            auto config = currentConfig(folder);
            return config ? *config : Workspace::WorkspaceConfig();
        }, &server);
    const Ipc::SecretLookup secrets = vaultService.lookup();
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
    Ipc::TrapService traps(&server);
    const Ipc::TrapServiceSettings trapSettings{storePath, config.service.traps, secrets};
    bool collecting = false;
    bool receiving = false;
    const auto startParts = [&] {
        if (!collecting) {
            const Status st = collection.start(collectionSettings);
            collecting = st.ok();
            if (!st)
                warn(QStringLiteral("collection not running: %1").arg(st.error().toString()));
        }
        traps.setDevices(collection.devicesByAddress());
        if (!receiving) {
            const Status st = traps.start(trapSettings);
            receiving = st.ok();
            if (!st)
                warn(QStringLiteral("trap receiver not running: %1").arg(st.error().toString()));
        }
    };
    startParts();
    QObject::connect(&vaultService, &Ipc::VaultService::unlocked, &collection, startParts);

    Ipc::SyncService sync(&server);
    Ipc::SyncServiceSettings syncSettings;
    syncSettings.storePath = storePath;
    syncSettings.config = [folder] { return currentConfig(folder); };
    syncSettings.secrets = secrets;
    if (auto st = sync.start(syncSettings); !st)
        warn(QStringLiteral("scheduled sync not running: %1").arg(st.error().toString()));
    // workspace.reload {} -> {"collecting"}: the console or the CLI changed
    // workspace.json (connections, polling); the schedule and collection
    // follow without a restart. A stored or removed secret (an SNMP community
    // typed after the devices were loaded) is applied the same way.
    server.registerMethod(QStringLiteral("workspace.reload"), [&](const QJsonObject &, const QString &) -> Result<QJsonValue> {
        auto fresh = currentConfig(folder);
        if (!fresh)
            return fresh.error();
        collectionSettings.polling = fresh->polling;
        collectionSettings.collection = fresh->service.collection;
        collecting = false;
        startParts();
        sync.reloadSchedule();
        return QJsonValue(QJsonObject{{QStringLiteral("collecting"), collecting}});
    });
    QObject::connect(&vaultService, &Ipc::VaultService::secretChanged, &collection, [&] {
        if (!collecting) {
            startParts();
        } else if (auto st = collection.reloadDevices(); !st) {
            warn(QStringLiteral("collection targets not reloaded: %1").arg(st.error().toString()));
        }
    });
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
