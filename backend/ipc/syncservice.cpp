// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/syncservice.h"

#include <QLoggingCategory>
#include <QUrl>

#include "backend/ipc/ipcserver.h"
#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcpsync.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/netboxsync.h"
#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcSyncService, "opsdeck.ipc.sync")

namespace OpsDeck::Ipc {

namespace {

const QString kNetbox = QStringLiteral("netbox");
const QString kMcp = QStringLiteral("mcp");

QString isoOrNull(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

SyncService::SyncService(IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    m_netbox.timer.setTimerType(Qt::VeryCoarseTimer);
    m_mcp.timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_netbox.timer, &QTimer::timeout, this, [this] { startNetbox(false); });
    connect(&m_mcp.timer, &QTimer::timeout, this, [this] { startMcp(); });
    server->registerMethod(QStringLiteral("sync.status"),
                           [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                               return QJsonValue(QJsonObject{{kNetbox, stateJson(m_netbox)}, {kMcp, stateJson(m_mcp)}});
                           });
    server->registerMethod(
        QStringLiteral("sync.start"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const QString source = params.value(QStringLiteral("source")).toString();
            if (source == kNetbox) {
                if (!m_netbox.configured)
                    return Error(ErrorCode::NotFound, QStringLiteral("NetBox is not configured in this workspace"));
                return QJsonValue(QJsonObject{
                    {QStringLiteral("started"), startNetbox(params.value(QStringLiteral("full")).toBool())}});
            }
            if (source == kMcp) {
                if (!m_mcp.configured)
                    return Error(ErrorCode::NotFound, QStringLiteral("MCP is not configured in this workspace"));
                return QJsonValue(QJsonObject{{QStringLiteral("started"), startMcp()}});
            }
            return Error(ErrorCode::InvalidInput, QStringLiteral("source must be \"netbox\" or \"mcp\""));
        });
}

SyncService::~SyncService()
{
    if (m_netboxSync)
        m_netboxSync->disconnect(this);
    if (m_mcpSync)
        m_mcpSync->disconnect(this);
    delete m_netboxSync;
    delete m_mcpSync;
}

Status SyncService::start(const SyncServiceSettings &settings)
{
    m_settings = settings;
    const bool wantNetbox = !settings.netbox.url.isEmpty() && settings.netbox.token.isSet();
    const bool wantMcp = !settings.mcp.url.isEmpty() && !settings.mcp.username.isEmpty();
    if (!wantNetbox && !wantMcp)
        return {};
    auto store = Store::Store::openSqlite(settings.storePath, true);
    if (!store)
        return store.error();
    m_store = std::move(*store);

    if (wantNetbox) {
        auto token = settings.secrets(settings.netbox.token.path);
        if (!token)
            return Error(token.error().code,
                         QStringLiteral("no NetBox token in the vault entry %1").arg(settings.netbox.token.path));
        m_netboxClient = new NetBox::NetBoxClient(NetBox::ClientSettings::fromConfig(settings.netbox, *token), this);
        m_netboxSync = new NetBox::NetBoxSync(m_netboxClient, m_store.get());
        NetBox::SyncOptions options;
        options.pageSize = settings.netbox.pageSize;
        options.concurrency = settings.netbox.concurrency;
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
        m_netbox.configured = true;
        m_netbox.intervalMinutes = settings.netboxIntervalMinutes;
        if (m_netbox.intervalMinutes > 0)
            m_netbox.timer.start(m_netbox.intervalMinutes * 60 * 1000);
    }
    if (wantMcp) {
        m_mcpClient = new Mcp::McpClient(this);
        m_mcpClient->setBaseUrl(QUrl(settings.mcp.url));
        m_mcpClient->setVerifyTls(settings.mcp.verifyTls);
        m_mcpClient->setTimeoutMs(settings.mcp.timeoutMs);
        if (settings.mcp.password.isSet()) {
            auto password = settings.secrets(settings.mcp.password.path);
            if (!password)
                return Error(password.error().code,
                             QStringLiteral("no MCP password in the vault entry %1").arg(settings.mcp.password.path));
            m_mcpClient->setCredentials(settings.mcp.username, *password);
        }
        m_mcpSync = new Mcp::McpSync(m_mcpClient, m_store.get());
        connect(m_mcpSync, &Mcp::McpSync::progress, this, [this](const QString &stage, int step, int steps) {
            m_server->publish(QStringLiteral("sync"), {{QStringLiteral("type"), QStringLiteral("progress")},
                                                       {QStringLiteral("source"), kMcp},
                                                       {QStringLiteral("stage"), stage},
                                                       {QStringLiteral("step"), step},
                                                       {QStringLiteral("steps"), steps}});
        });
        connect(m_mcpSync, &Mcp::McpSync::finished, this, [this](const Result<Mcp::McpSyncSummary> &r) {
            if (!r) {
                finish(kMcp, m_mcp, {}, &r.error());
                return;
            }
            finish(kMcp, m_mcp,
                   {{QStringLiteral("networkElements"), r->networkElements},
                    {QStringLiteral("opticalLinks"), r->opticalLinks},
                    {QStringLiteral("alarms"), r->alarms},
                    {QStringLiteral("matched"), r->matched},
                    {QStringLiteral("unmatched"), r->unmatched}},
                   nullptr);
        });
        m_mcp.configured = true;
        m_mcp.intervalMinutes = settings.mcpIntervalMinutes;
        if (m_mcp.intervalMinutes > 0)
            m_mcp.timer.start(m_mcp.intervalMinutes * 60 * 1000);
    }
    return {};
}

bool SyncService::startNetbox(bool full)
{
    if (!m_netboxSync || m_netbox.running)
        return false;
    m_netbox.running = true;
    m_netbox.lastStarted = QDateTime::currentDateTimeUtc();
    m_server->publish(QStringLiteral("sync"), {{QStringLiteral("type"), QStringLiteral("started")},
                                               {QStringLiteral("source"), kNetbox},
                                               {QStringLiteral("full"), full}});
    if (full)
        m_netboxSync->startFull();
    else
        m_netboxSync->startIncremental();
    return true;
}

bool SyncService::startMcp()
{
    if (!m_mcpSync || m_mcp.running)
        return false;
    m_mcp.running = true;
    m_mcp.lastStarted = QDateTime::currentDateTimeUtc();
    m_server->publish(QStringLiteral("sync"), {{QStringLiteral("type"), QStringLiteral("started")},
                                               {QStringLiteral("source"), kMcp},
                                               {QStringLiteral("full"), true}});
    m_mcpSync->start();
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
        event.insert(QStringLiteral("error"), state.lastError);
        qCWarning(lcSyncService) << source << "sync failed:" << state.lastError;
    }
    m_server->publish(QStringLiteral("sync"), event);
    emit syncFinished(source, state.lastOk);
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

} // namespace OpsDeck::Ipc
