// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QTimer>

#include "models/session/charts/chartdatasource.h"

class QThread;

namespace OpsDeck::Models {

class MetricStoreQueryWorker;

/// A ChartDataSource reading a MetricStore. Queries run on a worker thread
/// the source owns, on a MetricStore connection of their own that `opener`
/// creates there (SQLite in WAL mode lets it read while the collector
/// writes; PostgreSQL as usual). Watched series are followed: every
/// followIntervalMs() the raw samples newer than those already seen are read
/// and emitted as samplesArrived(), so charts scroll with the collector's
/// writes, even when another process (opsdeckd) writes the store.
///
/// Thread: lives on the GUI thread; its destructor stops and joins the worker.
class MetricStoreChartSource final : public ChartDataSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricStoreChartSource)

public:
    using Opener = std::function<Result<std::unique_ptr<Metrics::MetricStore>>()>;

    explicit MetricStoreChartSource(Opener opener, QObject *parent = nullptr);
    /// Opens the SQLite metric store at `path` on the worker thread.
    [[nodiscard]] static std::unique_ptr<MetricStoreChartSource> forSqlite(const QString &path,
                                                                          QObject *parent = nullptr);
    ~MetricStoreChartSource() override;

    quint64 requestHistory(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs,
                           Metrics::Resolution resolution) override;
    void setWatchedSeries(const QList<Domain::SeriesKey> &keys) override;

    /// How often watched series are read for new samples (default 1000 ms; 0 stops).
    void setFollowInterval(int ms);
    [[nodiscard]] int followInterval() const { return m_followMs; }

private:
    void handleFollowTimer();

    QThread *m_thread;
    MetricStoreQueryWorker *m_worker;
    QTimer m_followTimer;
    int m_followMs = 1000;
    quint64 m_nextId = 0;
    QList<Domain::SeriesKey> m_watched;
    QHash<QString, qint64> m_lastSeen; // series key -> newest sample time handed out
    bool m_followBusy = false;
};

} // namespace OpsDeck::Models
