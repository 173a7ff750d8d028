// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/service/snmpvaultcredentials.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Mcp {
class McpRunner;
} // namespace OpsDeck::Mcp
namespace OpsDeck::NetBox {
class NetBoxClient;
class NetBoxSync;
} // namespace OpsDeck::NetBox
namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Ipc {
class IpcServer;
} // namespace OpsDeck::Ipc

namespace OpsDeck::Service {

/// The workspace's configuration as it is now (re-read from its files).
using ConfigProvider = std::function<Result<Workspace::WorkspaceConfig>()>;

struct SyncServiceSettings
{
    QString storePath;   ///< the workspace's SQLite store
    QString metricsPath; ///< the SQLite metric store MCP's optical PM goes to; empty: no PM
    /// Read at start() (timers) and again before every run, so a connection
    /// changed by the console or the CLI is used without a restart. NetBox
    /// runs every sync.intervalMinutes, MCP every service.mcpRefreshMinutes
    /// (0: only on request).
    ConfigProvider config;
    SecretLookup secrets; ///< NetBox token, MCP password, read before every run; never logged
};

/// Scheduled NetBox incremental sync and MCP inventory refresh in the
/// service, for the sources the workspace configures (a URL, and for NetBox
/// a token). Each source runs on its own timer (first run one interval
/// after start) and on request; a run never overlaps itself. Clients are
/// made afresh for each run from the current configuration and secrets, so
/// a vault unlocked after start, a new token or a new URL take effect on the
/// next run. An MCP run is the console's: an Mcp::McpRunner (its own worker
/// thread and store connection) that syncs the inventory, then writes the
/// optical PM of the last day to the metric store at metricsPath
/// (Mcp::openMetricStoreSink) and records the time of the sync. Methods:
///   sync.status {} -> {"netbox": state, "mcp": state}, state = {"configured",
///                     "running", "intervalMinutes", "lastStarted", "lastFinished", "lastOk", "lastError"};
///                     the MCP state also has "lastSync", when the store was last synced from MCP
///   sync.start {"source": "netbox"|"mcp", "full": bool} -> {"started": bool};
///       an error saying why when the source is not configured or its
///       secret cannot be read (vault locked, entry missing).
///   sync.cancel {"source"} -> {"cancelled": bool}; the run ends with a
///       "finished" event whose error says it was cancelled, the store as before
///   sync.reload {} -> as sync.status, after re-reading the configuration
///   connection.test {"source": "netbox"|"mcp"|"prtg"} -> {"testId"}; the
///       outcome follows on topic "connection": {"type": "tested", "testId",
///       "source", "ok", "version", and "sites", "devices" (NetBox),
///       "networkElements" (MCP), "devices", "sensors" (PRTG) | "error",
///       "code"} (startConnectionTest()).
/// Topic "sync": {"type": "started", "source", "full"}, {"type": "progress",
/// "source", "endpoint", "endpointIndex", "endpointCount", "objects",
/// "total", "committing"; NetBox: "totalObjects"; MCP: also "stage",
/// "step", "steps", and for the "pm" phase objects/total are PM queries),
/// {"type": "finished", "source", "ok", "error" | summary fields; MCP:
/// "networkElements", "opticalLinks", "alarms", "matched", "unmatched",
/// "pmSamples" (-1: PM not collected)}.
/// Lives on the service's main thread.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    explicit SyncService(Ipc::IpcServer *server, QObject *parent = nullptr);
    ~SyncService() override;

    /// Opens the store and arms the timers of the configured sources.
    [[nodiscard]] Status start(const SyncServiceSettings &settings);
    /// Re-reads the configuration and re-arms the timers.
    void reloadSchedule();
    /// Starts a run now; false when one is already running, an error when
    /// the source is not configured or cannot authenticate.
    Result<bool> startNetbox(bool full = false);
    Result<bool> startMcp();

signals:
    /// A run ended; @p source is "netbox" or "mcp".
    void syncFinished(const QString &source, bool ok);

private:
    struct SourceState
    {
        bool configured = false;
        bool running = false;
        int intervalMinutes = 0;
        QDateTime lastStarted;
        QDateTime lastFinished;
        bool lastOk = false;
        QString lastError;
        QTimer timer;
    };
    [[nodiscard]] QJsonObject stateJson(const SourceState &state) const;
    [[nodiscard]] QJsonObject mcpStateJson() const;
    [[nodiscard]] Result<Workspace::WorkspaceConfig> currentConfig();
    /// The configuration for a run, or why no run can start (service not started, bad file).
    [[nodiscard]] Result<Workspace::WorkspaceConfig> runnableConfig();
    /// Marks @p state running and tells the clients a run of @p source started.
    void announceStart(SourceState &state, const QString &source, bool full);
    void arm(SourceState &state, bool configured, int intervalMinutes);
    [[nodiscard]] Status prepareNetbox(const Workspace::NetboxConfig &config);
    [[nodiscard]] Status prepareMcp(const Workspace::McpConfig &config);
    [[nodiscard]] Result<QJsonValue> testConnection(const QJsonObject &params);
    void finish(const QString &source, SourceState &state, const QJsonObject &summary, const Error *error);

    Ipc::IpcServer *m_server;
    SyncServiceSettings m_settings;
    std::unique_ptr<Store::Store> m_store;
    NetBox::NetBoxClient *m_netboxClient = nullptr;
    NetBox::NetBoxSync *m_netboxSync = nullptr;
    Mcp::McpRunner *m_mcpRunner = nullptr;
    SourceState m_netbox;
    SourceState m_mcp;
    int m_nextTestId = 1;
};

} // namespace OpsDeck::Service
