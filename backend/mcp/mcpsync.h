// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

#include "backend/core/result.h"
#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcptypes.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Domain {
class MetricSink;
}

namespace OpsDeck::Mcp {

/// What one inventory sync read and wrote.
struct McpSyncSummary
{
    int networkElements = 0;
    int equipment = 0;
    int tpes = 0;
    int fres = 0;
    int opticalLinks = 0;
    int alarms = 0;
    int matched = 0;   ///< network elements matched to NetBox devices
    int unmatched = 0; ///< in the review list
};

/// Options of a PM collection.
struct PmCollectOptions
{
    QDateTime from; ///< UTC
    QDateTime to;   ///< UTC
    QString granularity = QStringLiteral("15_MINUTE");
    QStringList parameters = {QStringLiteral("RX_OPTICAL_POWER"), QStringLiteral("TX_OPTICAL_POWER")};
    int parallelQueries = 4;
};

/// Reads the full optical inventory from MCP (network elements, equipment,
/// TPEs, FREs, active alarms), matches the network elements to the store's
/// NetBox devices, and replaces the store's mcp_* tables in one transaction
/// once everything has been read and parsed: a failed or cancelled sync
/// leaves the store as it was. Matches made by hand (McpMatchStore) win over
/// the automatic ones. collectPm() then reads optical PM of the optical
/// links' ports into a Domain::MetricSink, named as McpSeries says, with the
/// thresholds MCP reports for them.
///
/// Lives on the thread of its client and store; the store is not owned and
/// may be null (nothing is persisted then).
class McpSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpSync)

public:
    McpSync(McpClient *client, Store::Store *store, QObject *parent = nullptr);
    ~McpSync() override;

    void setAlarmApi(AlarmApi api) { m_alarmApi = api; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Starts a full inventory sync; ends with finished().
    void start();
    /// Starts reading PM of every optical link port of the last synced
    /// inventory into `sink` (not owned, must outlive the run); ends with
    /// pmFinished() carrying the number of samples written.
    void collectPm(const PmCollectOptions &options, Domain::MetricSink *sink);
    /// Aborts the running sync or collection (its terminal signal says Cancelled).
    void cancel();

    /// The result of the last successful sync.
    [[nodiscard]] const Inventory &inventory() const { return m_inventory; }
    [[nodiscard]] const QList<NeMatch> &matches() const { return m_matches; }
    /// Optical links of the last sync as topology edges.
    [[nodiscard]] QList<OpticalEdge> opticalEdges() const;

signals:
    /// `stage`: "networkElements", "equipment", "tpes", "fres", "alarms",
    /// "store", "pm"; step of steps.
    void progress(const QString &stage, int step, int steps);
    void finished(const OpsDeck::Result<OpsDeck::Mcp::McpSyncSummary> &result);
    void pmFinished(const OpsDeck::Result<qint64> &samples);

private:
    void fail(const Error &error);
    void finishInventory();
    [[nodiscard]] Status persist(const QList<NeMatch> &matches);
    void startNextPmQuery();

    McpClient *m_client;
    Store::Store *m_store;
    AlarmApi m_alarmApi = AlarmApi::V1;
    bool m_running = false;
    bool m_pmRunning = false;
    Inventory m_pending;
    Inventory m_inventory;
    QList<NeMatch> m_matches;
    // PM collection state.
    PmCollectOptions m_pmOptions;
    Domain::MetricSink *m_sink = nullptr;
    QList<PmQuery> m_pmQueue;
    int m_pmInFlight = 0;
    int m_pmDone = 0;
    int m_pmTotal = 0;
    qint64 m_pmSamples = 0;
    bool m_pmFailed = false;
    QHash<QString, QString> m_deviceKeyOfNe; ///< NC id -> Domain::MetricSample::device
};

} // namespace OpsDeck::Mcp
