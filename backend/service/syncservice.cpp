// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/syncservice.h"

#include <QLoggingCategory>

#include "backend/ipc/ipcframe.h"
#include "backend/ipc/ipcserver.h"
#include "backend/mcp/mcprunner.h"
#include "backend/mcp/metricstoresink.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/netboxsync.h"
#include "backend/service/connectiontests.h"
#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcSyncService, "opsdeck.ipc.sync")

namespace OpsDeck::Service {

namespace {

const QString kNetbox = QStringLiteral("netbox");
const QString kMcp = QStringLiteral("mcp");

QString isoOrNull(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

SyncService::SyncService(Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    m_netbox.timer.setTimerType(Qt::VeryCoarseTimer);
    m_mcp.timer.setTimerType(Qt::VeryCoarseTimer);
    const auto scheduled = [](const Result<bool> &started, const QString &source) {
        if (!started)
            qCWarning(lcSyncService).noquote() << "scheduled" << source << "sync not run:" << started.error().toString();
    };
    connect(&m_netbox.timer, &QTimer::timeout, this, [this, scheduled] { scheduled(startNetbox(false), kNetbox); });
    connect(&m_mcp.timer, &QTimer::timeout, this, [this, scheduled] { scheduled(startMcp(), kMcp); });
    server->registerMethod(QStringLiteral("sync.status"),
                           [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                               return QJsonValue(QJsonObject{{kNetbox, stateJson(m_netbox)}, {kMcp, mcpStateJson()}});
                           });
    server->registerMethod(
        QStringLiteral("sync.start"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const QString source = params.value(QStringLiteral("source")).toString();
            if (source != kNetbox && source != kMcp)
                return Error(ErrorCode::InvalidInput, QStringLiteral("source must be \"netbox\" or \"mcp\""));
            const Result<bool> started =
                source == kNetbox ? startNetbox(params.value(QStringLiteral("full")).toBool()) : startMcp();
            if (!started)
                return started.error();
            return QJsonValue(QJsonObject{{QStringLiteral("started"), *started}});
        });
    server->registerMethod(QStringLiteral("sync.cancel"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
        const QString source = params.value(QStringLiteral("source")).toString();
        const bool netbox = source == kNetbox && m_netbox.running && m_netboxSync;
        const bool mcp = source == kMcp && m_mcp.running && m_mcpRunner;
        if (netbox)
            m_netboxSync->cancel();
        if (mcp)
            m_mcpRunner->cancel();
        return QJsonValue(QJsonObject{{QStringLiteral("cancelled"), netbox || mcp}});
    });
    server->registerMethod(QStringLiteral("sync.reload"), [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
        reloadSchedule();
        return QJsonValue(QJsonObject{{kNetbox, stateJson(m_netbox)}, {kMcp, mcpStateJson()}});
    });
    server->registerMethod(QStringLiteral("connection.test"),
                           [this](const QJsonObject &params, const QString &) { return testConnection(params); });
}

Result<QJsonValue> SyncService::testConnection(const QJsonObject &params)
{
    const QString source = params.value(QStringLiteral("source")).toString();
    auto config = currentConfig();
    if (!config)
        return config.error();
    const QString testId = QString::number(m_nextTestId);
    const Status started = startConnectionTest(source, config->connections, m_settings.secrets, this,
                                               [this, testId, source](const QJsonObject &fields) {
                                                   QJsonObject event = fields;
                                                   event.insert(QStringLiteral("type"), QStringLiteral("tested"));
                                                   event.insert(QStringLiteral("testId"), testId);
                                                   event.insert(QStringLiteral("source"), source);
                                                   m_server->publish(QStringLiteral("connection"), event);
                                               });
    if (!started)
        return started.error();
    ++m_nextTestId;
    return QJsonValue(QJsonObject{{QStringLiteral("testId"), testId}});
}

SyncService::~SyncService()
{
    if (m_netboxSync)
        m_netboxSync->disconnect(this);
    if (m_mcpRunner)
        m_mcpRunner->disconnect(this);
    delete m_netboxSync;
    delete m_mcpRunner;
}

Status SyncService::start(const SyncServiceSettings &settings)
{
    m_settings = settings;
    auto store = Store::Store::openSqlite(settings.storePath, true);
    if (!store)
        return store.error();
    m_store = std::move(*store);
    reloadSchedule();
    return {};
}

Result<Workspace::WorkspaceConfig> SyncService::currentConfig()
{
    if (!m_settings.config)
        return Error(ErrorCode::NotFound, QStringLiteral("the service has no workspace configuration"));
    return m_settings.config();
}

void SyncService::arm(SourceState &state, bool configured, int intervalMinutes)
{
    state.configured = configured;
    state.intervalMinutes = configured ? intervalMinutes : 0;
    if (state.intervalMinutes > 0) {
        if (!state.timer.isActive() || state.timer.interval() != state.intervalMinutes * 60 * 1000)
            state.timer.start(state.intervalMinutes * 60 * 1000);
    } else {
        state.timer.stop();
    }
}

void SyncService::reloadSchedule()
{
    auto config = currentConfig();
    if (!config) {
        qCWarning(lcSyncService).noquote() << "schedule not reloaded:" << config.error().toString();
        return;
    }
    const Workspace::ConnectionsConfig &c = config->connections;
    arm(m_netbox, !c.netbox.url.isEmpty() && c.netbox.token.isSet(), config->sync.intervalMinutes);
    arm(m_mcp, !c.mcp.url.isEmpty() && !c.mcp.username.isEmpty(), config->service.mcpRefreshMinutes);
}

Status SyncService::prepareNetbox(const Workspace::NetboxConfig &config)
{
    if (config.url.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("NetBox is not configured in this workspace"));
    if (!config.token.isSet())
        return Error(ErrorCode::NotFound, QStringLiteral("the workspace names no NetBox token"));
    auto token = m_settings.secrets(config.token.path);
    if (!token)
        return Error(token.error().code, QStringLiteral("cannot read the NetBox token %1: %2")
                                             .arg(config.token.path, token.error().detail));
    if (m_netboxSync) {
        m_netboxSync->disconnect(this);
        m_netboxSync->deleteLater();
    }
    if (m_netboxClient)
        m_netboxClient->deleteLater();
    m_netboxClient = new NetBox::NetBoxClient(NetBox::ClientSettings::fromConfig(config, *token), this);
    m_netboxSync = new NetBox::NetBoxSync(m_netboxClient, m_store.get());
    NetBox::SyncOptions options;
    options.pageSize = config.pageSize;
    options.concurrency = config.concurrency;
    m_netboxSync->setOptions(options);
    connect(m_netboxSync, &NetBox::NetBoxSync::progress, this, [this](const NetBox::SyncProgress &p) {
        m_server->publish(QStringLiteral("sync"), {{QStringLiteral("type"), QStringLiteral("progress")},
                                                   {QStringLiteral("source"), kNetbox},
                                                   {QStringLiteral("endpoint"), p.endpoint},
                                                   {QStringLiteral("endpointIndex"), p.endpointIndex},
                                                   {QStringLiteral("endpointCount"), p.endpointCount},
                                                   {QStringLiteral("objects"), p.objects},
                                                   {QStringLiteral("total"), p.total},
                                                   {QStringLiteral("totalObjects"), p.totalObjects},
                                                   {QStringLiteral("committing"), p.committing}});
    });
    connect(m_netboxSync, &NetBox::NetBoxSync::finished, this, [this](const Result<NetBox::SyncSummary> &r) {
        if (!r) {
            finish(kNetbox, m_netbox, {}, &r.error());
            return;
        }
        finish(kNetbox, m_netbox,
               {{QStringLiteral("full"), r->full},
                {QStringLiteral("upserted"), r->upserted},
                {QStringLiteral("deleted"), r->deleted},
                {QStringLiteral("elapsedMs"), r->elapsedMs}},
               nullptr);
    });
    return {};
}

Status SyncService::prepareMcp(const Workspace::McpConfig &config)
{
    if (config.url.isEmpty() || config.username.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("MCP is not configured in this workspace"));
    Vault::Secret password;
    if (config.password.isSet()) {
        auto secret = m_settings.secrets(config.password.path);
        if (!secret)
            return Error(secret.error().code, QStringLiteral("cannot read the MCP password %1: %2")
                                                  .arg(config.password.path, secret.error().detail));
        password = *secret;
    }
    if (m_mcpRunner) {
        m_mcpRunner->disconnect(this);
        m_mcpRunner->deleteLater();
    }
    // The console's engine: inventory, then PM into the metric store.
    const QString storePath = m_settings.storePath;
    m_mcpRunner = new Mcp::McpRunner(Mcp::McpRunnerSettings::fromConfig(config, password),
                                     [storePath] { return Store::Store::openSqlite(storePath); }, this);
    if (const QString metricsPath = m_settings.metricsPath; !metricsPath.isEmpty()) {
        m_mcpRunner->setMetricSinkFactory(
            [metricsPath](Store::Store &store) { return Mcp::openMetricStoreSink(metricsPath, &store); });
    }
    const int phases = int(m_mcpRunner->phases().size());
    connect(m_mcpRunner, &Mcp::McpRunner::progress, this, [this, phases](const Mcp::McpRunProgress &p) {
        m_server->publish(QStringLiteral("sync"), {{QStringLiteral("type"), QStringLiteral("progress")},
                                                   {QStringLiteral("source"), kMcp},
                                                   {QStringLiteral("stage"), p.phase},
                                                   {QStringLiteral("step"), p.index + 1},
                                                   {QStringLiteral("steps"), phases},
                                                   {QStringLiteral("endpoint"), p.phase},
                                                   {QStringLiteral("endpointIndex"), p.index},
                                                   {QStringLiteral("endpointCount"), phases},
                                                   {QStringLiteral("objects"), p.done},
                                                   {QStringLiteral("total"), p.total},
                                                   {QStringLiteral("committing"), p.committing}});
    });
    connect(m_mcpRunner, &Mcp::McpRunner::finished, this, [this](const Result<Mcp::McpRunSummary> &r) {
        if (!r) {
            finish(kMcp, m_mcp, {}, &r.error());
            return;
        }
        finish(kMcp, m_mcp,
               {{QStringLiteral("networkElements"), r->inventory.networkElements},
                {QStringLiteral("opticalLinks"), r->inventory.opticalLinks},
                {QStringLiteral("alarms"), r->inventory.alarms},
                {QStringLiteral("matched"), r->inventory.matched},
                {QStringLiteral("unmatched"), r->inventory.unmatched},
                {QStringLiteral("pmSamples"), r->pmSamples}},
               nullptr);
    });
    return {};
}

Result<Workspace::WorkspaceConfig> SyncService::runnableConfig()
{
    if (!m_store)
        return Error(ErrorCode::NotFound, QStringLiteral("the sync service has not started"));
    return currentConfig();
}

void SyncService::announceStart(SourceState &state, const QString &source, bool full)
{
    state.running = true;
    state.lastStarted = QDateTime::currentDateTimeUtc();
    m_server->publish(QStringLiteral("sync"), {{QStringLiteral("type"), QStringLiteral("started")},
                                               {QStringLiteral("source"), source},
                                               {QStringLiteral("full"), full}});
}

Result<bool> SyncService::startNetbox(bool full)
{
    if (m_netbox.running)
        return false;
    auto config = runnableConfig();
    if (!config)
        return config.error();
    if (auto st = prepareNetbox(config->connections.netbox); !st)
        return st.error();
    announceStart(m_netbox, kNetbox, full);
    if (full)
        m_netboxSync->startFull();
    else
        m_netboxSync->startIncremental();
    return true;
}

Result<bool> SyncService::startMcp()
{
    if (m_mcp.running)
        return false;
    auto config = runnableConfig();
    if (!config)
        return config.error();
    if (auto st = prepareMcp(config->connections.mcp); !st)
        return st.error();
    announceStart(m_mcp, kMcp, true);
    m_mcpRunner->start();
    return true;
}

void SyncService::finish(const QString &source, SourceState &state, const QJsonObject &summary, const Error *error)
{
    state.running = false;
    state.lastFinished = QDateTime::currentDateTimeUtc();
    state.lastOk = error == nullptr;
    state.lastError = error ? error->toString() : QString();
    QJsonObject event = summary;
    event.insert(QStringLiteral("type"), QStringLiteral("finished"));
    event.insert(QStringLiteral("source"), source);
    event.insert(QStringLiteral("ok"), state.lastOk);
    if (error) {
        event.insert(QStringLiteral("error"), error->detail);
        event.insert(QStringLiteral("code"), Ipc::errorCodeName(error->code));
        qCWarning(lcSyncService) << source << "sync failed:" << state.lastError;
    }
    m_server->publish(QStringLiteral("sync"), event);
    emit syncFinished(source, state.lastOk);
}

QJsonObject SyncService::mcpStateJson() const
{
    QJsonObject state = stateJson(m_mcp);
    QString lastSync;
    if (m_store) {
        if (auto stamp = m_store->watermark(Mcp::McpRunner::watermarkSource(), Mcp::McpRunner::lastSyncKey()))
            lastSync = *stamp;
    }
    state.insert(QStringLiteral("lastSync"), lastSync);
    return state;
}

QJsonObject SyncService::stateJson(const SourceState &state) const
{
    return {{QStringLiteral("configured"), state.configured},
            {QStringLiteral("running"), state.running},
            {QStringLiteral("intervalMinutes"), state.intervalMinutes},
            {QStringLiteral("lastStarted"), isoOrNull(state.lastStarted)},
            {QStringLiteral("lastFinished"), isoOrNull(state.lastFinished)},
            {QStringLiteral("lastOk"), state.lastOk},
            {QStringLiteral("lastError"), state.lastError}};
}

} // namespace OpsDeck::Service
