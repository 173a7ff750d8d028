// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "models/session/live/livesnapshot.h"

class QThread;

namespace OpsDeck::Models {

class LiveStateWorker;

/// Follows the live state of a set of devices (those of a shown rack, site
/// or graph): every interval() (15 s by default) and on refresh(), a worker
/// thread the provider owns reads the devices' interfaces from the
/// workspace Store and the newest samples from the MetricStore (each on a
/// connection of its own that the openers create there) and judges them
/// with readLiveState(); the result arrives as snapshotReady(). A refresh
/// asked for while one runs is coalesced into one more run after it.
///
/// Thread: lives on the GUI thread; its destructor stops and joins the worker.
class LiveStateProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveStateProvider)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<Store::Store>>()>;
    using MetricOpener = std::function<Result<std::unique_ptr<Metrics::MetricStore>>()>;
    using Clock = std::function<qint64()>;

    LiveStateProvider(StoreOpener storeOpener, MetricOpener metricOpener, QObject *parent = nullptr);
    /// Opens the SQLite store and metric store files of a workspace.
    [[nodiscard]] static std::unique_ptr<LiveStateProvider> forSqlite(const QString &storePath,
                                                                     const QString &metricsPath,
                                                                     QObject *parent = nullptr);
    ~LiveStateProvider() override;

    /// The devices to follow; reads their state now (the view just opened or changed).
    void setDevices(const QList<qint64> &deviceIds);
    [[nodiscard]] QList<qint64> devices() const { return m_devices; }
    /// Milliseconds between refreshes (0 stops the timer).
    void setInterval(int ms);
    [[nodiscard]] int interval() const { return m_intervalMs; }
    void setOptions(const LiveStateOptions &options) { m_options = options; }
    [[nodiscard]] const LiveStateOptions &options() const { return m_options; }
    /// Where "now" comes from (default: the wall clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

public slots:
    /// Reads the current state now (after the running read, if any).
    void refresh();

signals:
    void snapshotReady(const OpsDeck::Models::LiveSnapshot &snapshot);
    void errorOccurred(const OpsDeck::Error &error);

private:
    void start();
    void handleResult(const Result<LiveSnapshot> &result);

    QThread *m_thread;
    LiveStateWorker *m_worker;
    QTimer m_timer;
    QList<qint64> m_devices;
    LiveStateOptions m_options;
    Clock m_clock;
    int m_intervalMs = 15000;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace OpsDeck::Models
