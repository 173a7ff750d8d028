// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/ipc/snmpvaultcredentials.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Mcp {
class McpClient;
class McpSync;
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

struct SyncServiceSettings
{
    QString storePath; ///< the workspace's SQLite store
    Workspace::NetboxConfig netbox;
    int netboxIntervalMinutes = 0; ///< WorkspaceConfig::sync.intervalMinutes; 0: only on request
    Workspace::McpConfig mcp;
    int mcpIntervalMinutes = 0; ///< WorkspaceConfig::service.mcpRefreshMinutes; 0: only on request
    SecretLookup secrets;       ///< NetBox token, MCP password; never logged
};

/// Scheduled NetBox incremental sync and MCP inventory refresh in the
/// service, for the sources the workspace configures (a URL, and for NetBox
/// a token). Each source runs on its own timer (first run one interval
/// after start) and on request; a run never overlaps itself. Methods:
///   sync.status {} -> {"netbox": state, "mcp": state}, state = {"configured",
///                     "running", "intervalMinutes", "lastStarted", "lastFinished", "lastOk", "lastError"}
///   sync.start {"source": "netbox"|"mcp", "full": bool} -> {"started": bool}
/// Topic "sync": {"type": "started", "source", "full"}, {"type": "progress",
/// "source", ...} (NetBox: "endpoint", "endpointIndex", "endpointCount",
/// "objects", "total", "totalObjects", "committing"; MCP: "stage", "step",
/// "steps"), {"type": "finished", "source", "ok", "error" | summary fields}.
/// Lives on the service's main thread.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    explicit SyncService(IpcServer *server, QObject *parent = nullptr);
    ~SyncService() override;

    /// Opens the store and arms the timers of the configured sources.
    [[nodiscard]] Status start(const SyncServiceSettings &settings);
    /// Starts a run now; false when the source is not configured or already running.
    bool startNetbox(bool full = false);
    bool startMcp();

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
    void finish(const QString &source, SourceState &state, const QJsonObject &summary, const Error *error);

    IpcServer *m_server;
    SyncServiceSettings m_settings;
    std::unique_ptr<Store::Store> m_store;
    NetBox::NetBoxClient *m_netboxClient = nullptr;
    NetBox::NetBoxSync *m_netboxSync = nullptr;
    Mcp::McpClient *m_mcpClient = nullptr;
    Mcp::McpSync *m_mcpSync = nullptr;
    SourceState m_netbox;
    SourceState m_mcp;
};

} // namespace OpsDeck::Ipc
