// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/snmp/countertracker.h"
#include "backend/snmp/devicedata.h"
#include "backend/snmp/snmptypes.h"

namespace OpsDeck::Workspace {
struct PollingConfig;
}

namespace OpsDeck::Snmp {
class DeviceCollector;
class SnmpPoller;
} // namespace OpsDeck::Snmp

namespace OpsDeck::Metrics {

class MetricStore;

/// One device the scheduler polls.
struct ScheduledDevice
{
    QString device; ///< series key device (NetBox id or name)
    QString role;   ///< NetBox role slug: picks the interval
    Snmp::SnmpTarget target;
};

/// Intervals of a schedule, in milliseconds.
struct ScheduleIntervals
{
    int defaultMs = 60000;
    QHash<QString, int> roleMs; ///< role slug -> interval

    [[nodiscard]] int intervalFor(const QString &role) const { return roleMs.value(role, defaultMs); }
    /// From a workspace's polling settings (seconds there).
    [[nodiscard]] static ScheduleIntervals fromConfig(const Workspace::PollingConfig &config);
};

/// What one cycle of one interval group did.
struct CycleReport
{
    int intervalMs = 0;
    quint64 cycle = 0;    ///< 1, 2, ... per interval group
    int started = 0;      ///< collections started this cycle
    int skipped = 0;      ///< devices still busy from the previous cycle (not queued behind)
};

/// Periodic SNMP collection of many devices into a MetricStore: devices are
/// grouped by interval (per role), each group starts a cycle on its own
/// timer, and every due device gets a collection through one SnmpPoller, all
/// in flight at once. A device whose previous collection has not ended is
/// skipped for that cycle, and its request timeout is capped below the
/// interval, so unreachable devices never delay a cycle. Results become
/// samples: interface bps in/out from octet counter deltas (CounterTracker:
/// wraps, resets), error and discard rates per second, oper status, sensor
/// readings (temperatures in degrees Celsius, optical power in dBm), PDU
/// load and reachability ("snmp.up"). A live rate (requestLiveRate) polls the
/// devices on screen faster for a while.
///
/// Thread: create and use on one thread with an event loop (opsdeckd's main
/// thread); the poller and the store are not owned and must outlive it.
class CollectionScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionScheduler)

public:
    CollectionScheduler(Snmp::SnmpPoller *poller, MetricStore *store, QObject *parent = nullptr);
    ~CollectionScheduler() override;

    void setIntervals(const ScheduleIntervals &intervals);
    void setDevices(const QList<ScheduledDevice> &devices);
    /// Starts the cycles (the first one at once).
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Polls `devices` every `intervalMs` (>= 1000) for `durationMs`, on
    /// top of their normal schedule; a new request replaces the previous one.
    void requestLiveRate(const QStringList &devices, int intervalMs, int durationMs);

    [[nodiscard]] int inFlight() const { return int(m_busy.size()); }

    /// Samples a snapshot turns into (also used by the live path); exposed for tests.
    struct Sample
    {
        QString object;
        QString metric;
        double value = 0;
    };
    [[nodiscard]] QList<Sample> samplesFor(const QString &device, const Snmp::DeviceSnapshot &snapshot);

signals:
    void cycleStarted(const OpsDeck::Metrics::CycleReport &report);
    void deviceCollected(const QString &device, bool ok, const QString &error);
    void snapshotCollected(const QString &device, const OpsDeck::Snmp::DeviceSnapshot &snapshot);
    void errorOccurred(const OpsDeck::Error &error); ///< the store refused samples

private:
    struct Group
    {
        int intervalMs = 0;
        QTimer *timer = nullptr;
        quint64 cycle = 0;
        QStringList devices;
    };
    void rebuildGroups();
    void runCycle(Group &group);
    void collect(const QString &device);
    void handleCollected(quint64 collectionId, const Result<Snmp::DeviceSnapshot> &result);
    void store(const QString &device, const QList<Sample> &samples, qint64 timestampMs);

    Snmp::SnmpPoller *m_poller;
    MetricStore *m_store;
    Snmp::DeviceCollector *m_collector;
    ScheduleIntervals m_intervals;
    QHash<QString, ScheduledDevice> m_devices;
    QList<Group *> m_groups;
    QHash<quint64, QString> m_collections; // collection id -> device
    QSet<QString> m_busy;
    Snmp::CounterTracker m_counters;
    QHash<QString, qint64> m_seriesIds;
    bool m_running = false;
    QTimer m_liveTimer;
    QStringList m_liveDevices;
    QDateTime m_liveUntil;
};

} // namespace OpsDeck::Metrics

Q_DECLARE_METATYPE(OpsDeck::Metrics::CycleReport)
