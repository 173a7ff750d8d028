// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "backend/core/result.h"
#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcpsync.h"
#include "backend/vault/secret.h"

namespace OpsDeck {
template<typename Worker>
class WorkerThread;
}
namespace OpsDeck::Store {
class Store;
}
namespace OpsDeck::Workspace {
struct McpConfig;
}

namespace OpsDeck::Domain {
class MetricSink;
}

namespace OpsDeck::Mcp {

/// How the runner's worker reaches the MCP server.
struct McpRunnerSettings
{
    QUrl baseUrl;
    QString username;
    Vault::Secret password;
    bool verifyTls = true;
    int timeoutMs = 30000;
    int pageSize = 200;
    AlarmApi alarmApi = AlarmApi::V1;

    /// URL, user, TLS and timeout of the workspace config, with the password
    /// read from the vault.
    [[nodiscard]] static McpRunnerSettings fromConfig(const Workspace::McpConfig &config,
                                                      const Vault::Secret &password);
};

/// Where a run stands: the phase it entered ("networkElements", "equipment",
/// "tpes", "fres", "alarms", "store", then "pm" when PM is collected).
struct McpRunProgress
{
    QString phase;
    int index = 0;           ///< position of `phase` in McpRunner::phases()
    qint64 done = 0;         ///< "pm": queries done; else 0
    qint64 total = -1;       ///< "pm": queries in all; else -1 (unknown)
    bool committing = false; ///< "store": the mcp_* tables are being replaced
};

/// What a run did.
struct McpRunSummary
{
    McpSyncSummary inventory;
    qint64 pmSamples = -1; ///< -1: PM was not collected
};

/// Runs MCP work for the console off the GUI thread: a full inventory sync
/// (McpSync) and, when a metric sink factory is set, a PM collection into
/// that sink right after it, plus reachability probes. Everything happens
/// on one worker thread that owns the McpClient and its own Store
/// connection (opened there by the factory, since database connections are
/// bound to their thread). A successful run records its time as the
/// watermark (source "mcp", endpoint lastSyncKey()).
///
/// Every request ends in exactly one of the signals below, delivered on the
/// runner's thread. The destructor cancels what runs, stops the worker
/// thread and waits for it.
class McpRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpRunner)

public:
    /// Opens the store; called once, on the worker thread.
    using StoreFactory = std::function<Result<std::unique_ptr<Store::Store>>()>;
    /// Opens the PM sink over the runner's store; called once, on the worker thread.
    using SinkFactory = std::function<Result<std::unique_ptr<Domain::MetricSink>>(Store::Store &store)>;

    McpRunner(McpRunnerSettings settings, StoreFactory openStore, QObject *parent = nullptr);
    ~McpRunner() override;

    /// Collect PM after each inventory sync (before the first start()).
    void setMetricSinkFactory(SinkFactory openSink);
    /// The PM window and parameters; an invalid from/to means the last
    /// `pmWindowSeconds` before the run starts.
    void setPmOptions(const PmCollectOptions &options) { m_pmOptions = options; }
    void setPmWindowSeconds(qint64 seconds) { m_pmWindowSeconds = seconds; }
    /// Probes give up after this long (default 5 s).
    void setProbeTimeout(int ms);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool collectsPm() const { return m_collectsPm; }
    /// The phases of a run, in order.
    [[nodiscard]] QStringList phases() const { return runPhases(m_collectsPm); }
    /// The phases of a run that collects PM (@p withPm) or not.
    [[nodiscard]] static QStringList runPhases(bool withPm);
    [[nodiscard]] static QString watermarkSource() { return QStringLiteral("mcp"); }
    [[nodiscard]] static QString lastSyncKey() { return QStringLiteral("lastSync"); }

public slots:
    /// Ignored while a run is going; otherwise started() and, eventually,
    /// finished() follow.
    void start();
    void cancel();
    /// One unauthenticated request to the server, without retries: probed()
    /// follows with success when any HTTP answer came back.
    void probe();
    /// Reads when the last run was committed: lastSyncRead() follows.
    void readLastSync();

signals:
    void started();
    void progress(const OpsDeck::Mcp::McpRunProgress &progress);
    void finished(const OpsDeck::Result<OpsDeck::Mcp::McpRunSummary> &result);
    void probed(const OpsDeck::Status &status);
    /// An invalid QDateTime when the store was never synced from MCP.
    void lastSyncRead(const QDateTime &utc);

private:
    class Worker;

    std::unique_ptr<WorkerThread<Worker>> m_worker;
    PmCollectOptions m_pmOptions;
    qint64 m_pmWindowSeconds = 24 * 3600;
    bool m_collectsPm = false;
    bool m_running = false;
};

} // namespace OpsDeck::Mcp

Q_DECLARE_METATYPE(OpsDeck::Mcp::McpRunProgress)
