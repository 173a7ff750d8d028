// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include "app/service/backgroundparts.h"
#include "backend/demo/demoworkspace.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/metrics/metricstore.h"
#include "backend/netbox/netboxsync.h"
#include "backend/service/backupscheduler.h"
#include "backend/service/collectionservice.h"
#include "backend/service/complianceservice.h"
#include "backend/service/jobservice.h"
#include "backend/service/sshprofiletargets.h"
#include "backend/service/syncservice.h"
#include "backend/service/trapservice.h"
#include "backend/service/vaultservice.h"
#include "backend/store/store.h"
#include "backend/vault/filevault.h"
#include "backend/vault/vaultkeyring.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceregistry.h"

using namespace OpsDeck;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "opsdeckd: %s\n", qPrintable(what));
    return 1;
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
        return Error(ErrorCode::NotFound,
                     QStringLiteral("no NetBox token in the vault entry %1").arg(netbox.token.path));
    return NetBox::ClientSettings::fromConfig(netbox, *token);
}

/// workspace.status {} -> {"id", "name", "folder", "counts": {endpoint: n}, "lastNetboxSync"}:
/// what the store holds now, read on a connection of its own.
void registerWorkspaceStatus(Ipc::IpcServer &server, const Workspace::Workspace &ws)
{
    const QJsonObject identity{
        {QStringLiteral("id"), ws.id()}, {QStringLiteral("name"), ws.name()}, {QStringLiteral("folder"), ws.folder()}};
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
                              auto netboxSync =
                                  (*store)->watermark(QStringLiteral("netbox"), NetBox::NetBoxSync::lastSyncKey());
                              QJsonObject out = identity;
                              out.insert(QStringLiteral("counts"), counts);
                              out.insert(QStringLiteral("lastNetboxSync"), netboxSync ? *netboxSync : QString());
                              return QJsonValue(out);
                          });
}

/// The job engine of @p ws, with SSH credentials and NetBox connection read
/// from @p vault and the workspace's files when a job runs (a job fails
/// saying which is missing or locked).
Result<std::unique_ptr<Jobs::JobEngine>> createEngine(const Workspace::Workspace &ws, Vault::FileVault &vault,
                                                      const Jobs::JobEngineOptions &options)
{
    auto engine = Jobs::JobEngine::create(ws.storePath(), options);
    if (!engine)
        return engine.error();
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
    const QString storePath = ws.storePath();
    (*engine)->setScopeResolver([storePath](const QJsonObject &scope) { return resolveScope(storePath, scope); });
    const QString folder = ws.folder();
    // A target naming no credential gets its device's SSH profile, as the workspace's files say now.
    (*engine)->setTargetCompleter([folder, storePath](const QJsonObject &target) -> Result<QJsonObject> {
        auto config = currentConfig(folder);
        if (!config)
            return config.error();
        return Service::completeSshTarget(target, config->credentialProfiles, storePath);
    });
    (*engine)->registerExecutor(
        std::make_shared<Jobs::NetBoxChangeSetExecutor>(std::make_shared<Jobs::NetBoxWriterApplier>(
            [folder, &vault]() { return netboxSettings(folder, vault); }, storePath)));
    return engine;
}

/// The service's command line.
struct CommandLine
{
    QString workspace;
    QString socket;
    QString knownHosts;
    QString passphraseFile;
    QString metrics;
    int workers = 4;
    bool trustOnFirstUse = false;
    bool icmp = true;
    bool keychain = true;
};

CommandLine parseCommandLine(const QCoreApplication &app)
{
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
        QStringLiteral("File holding the vault passphrase, for a headless server (otherwise the keychain, the "
                       "console or opsdeck-cli vault unlock unlock it)."),
        QStringLiteral("file"));
    const QCommandLineOption metricsOption(QStringLiteral("metrics"),
                                           QStringLiteral("Metric store file (default: <workspace>/metrics.sqlite)."),
                                           QStringLiteral("file"));
    const QCommandLineOption noIcmpOption(QStringLiteral("no-icmp"), QStringLiteral("Do not run the ICMP group."));
    const QCommandLineOption noKeychainOption(
        QStringLiteral("no-keychain"),
        QStringLiteral("Do not ask the OS keychain for the vault's passphrase nor store it there."));
    parser.addOptions({workspaceOption, socketOption, workersOption, knownHostsOption, tofuOption, passphraseOption,
                       metricsOption, noIcmpOption, noKeychainOption});
    parser.process(app);
    CommandLine line;
    line.workspace = parser.value(workspaceOption);
    line.socket = parser.value(socketOption);
    line.knownHosts = parser.value(knownHostsOption);
    line.passphraseFile = parser.value(passphraseOption);
    line.metrics = parser.value(metricsOption);
    line.workers = parser.value(workersOption).toInt();
    line.trustOnFirstUse = parser.isSet(tofuOption);
    line.icmp = !parser.isSet(noIcmpOption);
    line.keychain = !parser.isSet(noKeychainOption);
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsdeckd"));
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));
    const CommandLine line = parseCommandLine(app);

    Result<Workspace::Workspace> ws = openWorkspace(line.workspace);
    if (!ws)
        return fail(ws.error().toString());

    // The vault: unlocked at start from a passphrase file on a headless
    // server, or with the passphrase the OS keychain holds, or over the socket
    // by the console or the CLI (vault.unlock).
    Vault::FileVault vault(ws->vaultPath());
    if (!line.passphraseFile.isEmpty()) {
        if (auto st = unlockFromFile(vault, line.passphraseFile); !st)
            return fail(st.error().toString());
    }
    Jobs::JobEngineOptions options;
    options.maxWorkers = line.workers;
    options.approvals = ws->config().approvals;
    options.knownHostsFile =
        !line.knownHosts.isEmpty() ? line.knownHosts : QDir(ws->folder()).filePath(QStringLiteral("known_hosts"));
    options.trustOnFirstUse = line.trustOnFirstUse;
    auto engine = createEngine(*ws, vault, options);
    if (!engine)
        return fail(engine.error().toString());
    const QString storePath = ws->storePath();
    const QString folder = ws->folder();

    auto token = Ipc::IpcPaths::token(true);
    if (!token)
        return fail(token.error().toString());
    auto socketName = !line.socket.isEmpty() ? Result<QString>(line.socket) : Ipc::IpcPaths::socketName(ws->id());
    if (!socketName)
        return fail(socketName.error().toString());

    Ipc::IpcServer server(*token);
    Service::JobService service(engine->get(), &server);
    registerWorkspaceStatus(server, *ws);
    if (auto st = (*engine)->start(); !st)
        return fail(st.error().toString());

    // The vault's methods, then collection, traps and scheduled syncs; the
    // parts that need a secret start again when the vault is unlocked.
    std::unique_ptr<Vault::VaultKeyring> keyring;
    if (line.keychain)
        keyring = std::make_unique<Vault::VaultKeyring>(ws->id());
    Service::VaultService vaultService(
        &vault, keyring.get(),
        [folder] {
            auto config = currentConfig(folder);
            return config ? *config : Workspace::WorkspaceConfig();
        },
        &server);
    const QString metricsPath =
        !line.metrics.isEmpty() ? line.metrics : QDir(ws->folder()).filePath(QStringLiteral("metrics.sqlite"));
    auto metrics = Metrics::MetricStore::openSqlite(metricsPath);
    if (!metrics)
        return fail(metrics.error().toString());
    Service::BackgroundParts parts({folder, storePath, vaultService.lookup(), line.icmp, metricsPath}, metrics->get(),
                                   &server);
    parts.alarms().watch(engine->get());
    parts.start();
    // Scheduled configuration backups, submitted to the engine as ssh.backup jobs.
    Service::BackupScheduler backups(engine->get(), &server);
    Service::BackupSchedulerSettings backupSettings;
    backupSettings.storePath = storePath;
    backupSettings.historyPath = QFileInfo(storePath).dir().filePath(QStringLiteral("backup-runs.json"));
    backupSettings.config = [folder]() -> Result<Workspace::BackupsConfig> {
        auto config = currentConfig(folder);
        if (!config)
            return config.error();
        return config->backups;
    };
    if (auto st = backups.start(backupSettings); !st)
        std::fprintf(stderr, "opsdeckd: backup schedules not running: %s\n", qPrintable(st.error().toString()));
    parts.setBackupScheduler(&backups);
    // Configuration compliance: rules, drift from NetBox's intended configuration, software versions.
    Service::ComplianceService compliance(engine->get(), &server);
    Service::ComplianceServiceSettings complianceSettings;
    complianceSettings.storePath = storePath;
    complianceSettings.statePath = QFileInfo(storePath).dir().filePath(QStringLiteral("compliance-state.json"));
    complianceSettings.config = [folder] { return currentConfig(folder); };
    complianceSettings.secrets = vaultService.lookup();
    parts.setComplianceService(&compliance);
    if (auto st = compliance.start(complianceSettings); !st)
        std::fprintf(stderr, "opsdeckd: compliance checks not running: %s\n", qPrintable(st.error().toString()));
    QObject::connect(&vaultService, &Service::VaultService::unlocked, &parts, &Service::BackgroundParts::startMissing);
    QObject::connect(&vaultService, &Service::VaultService::secretChanged, &parts,
                     &Service::BackgroundParts::startMissing);
    vaultService.start();

    if (auto st = server.listen(*socketName); !st)
        return fail(st.error().toString());
    std::printf("opsdeckd: workspace %s, listening on %s\n", qPrintable(ws->folder()), qPrintable(server.socketName()));
    std::fflush(stdout);
    return app.exec();
}
