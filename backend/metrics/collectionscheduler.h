// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/icmp/icmptypes.h"
#include "backend/snmp/countertracker.h"
#include "backend/snmp/devicedata.h"
#include "backend/metrics/scheduleintervals.h"
#include "backend/snmp/snmptypes.h"

namespace OpsDeck::Snmp {
class DeviceCollector;
class SnmpPoller;
} // namespace OpsDeck::Snmp

namespace OpsDeck::Icmp {
class IcmpProber;
}

namespace OpsDeck::Metrics {

class MetricStore;

/// One device the scheduler polls.
struct ScheduledDevice
{
    QString device;          ///< series key device (NetBox id or name)
    QString role;            ///< NetBox role slug: picks the intervals
    Snmp::SnmpTarget target; ///< target.host doubles as the ICMP address when it is an IP literal
};

/// What one ICMP probe of a device found.
struct DeviceProbe
{
    QString device; ///< series key device
    qint64 timeMs = 0;
    int sent = 0;
    int received = 0;
    double avgRttMs = 0; ///< of the answers; meaningless without any
};

/// What one cycle of one interval group did. cycleStarted() carries the
/// counts of started and skipped work; cycleFinished() adds ok and failed
/// once everything the cycle started has ended.
struct CycleReport
{
    int intervalMs = 0;
    quint64 cycle = 0; ///< 1, 2, ... per interval group
    int started = 0;   ///< device collections (and ICMP hosts) started this cycle
    int skipped = 0;   ///< devices still busy from the previous cycle (not queued behind)
    int ok = 0;        ///< finished: collections that succeeded, ICMP hosts that answered
    int failed = 0;    ///< finished: collections that failed (unreachable, timeout, auth), hosts that did not
};

/// Periodic SNMP and ICMP collection of many devices into a MetricStore.
/// Each (device, metric group) pair gets the interval of the device's role
/// (ScheduleIntervals); pairs with the same interval form one interval
/// group with its own timer, and the groups of one device due together are
/// read in one DeviceCollector collection, all devices in flight at once
/// through one SnmpPoller. A device not known to answer (at first, and
/// after a failure) is asked for its system group alone first, and for the
/// other groups only once it answers, so an unreachable device costs one
/// request per cycle. ICMP hosts of a group are probed in one run of an
/// IcmpProber (optional). A device whose previous collection in the same
/// group has not ended is skipped for that cycle, and request timeouts are
/// capped below the interval, so unreachable devices end before the next
/// cycle begins and never delay it.
///
/// Results become samples: interface bps in/out from octet counter deltas
/// (CounterTracker: wraps, resets), error and discard rates per second, oper
/// status, sensor readings (temperatures in degrees Celsius, optical power in
/// dBm, also for optics that report watts), PDU load, system uptime, reachability ("snmp.up") and ICMP
/// ("icmp.up", "icmp.rtt.ms", "icmp.loss.pct", "icmp.jitter.ms").
///
/// Live leases: startLiveLease() polls some devices faster for a while on
/// top of the schedule; each result is emitted with liveSamples() (and
/// stored) until the lease expires (liveLeaseEnded()).
///
/// Thread: create and use on one thread with an event loop (opsdeckd's main
/// thread); the poller, prober and store are not owned and must outlive it.
class CollectionScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionScheduler)

public:
    /// Samples a snapshot turns into.
    struct Sample
    {
        QString object;
        QString metric;
        double value = 0;
    };

    CollectionScheduler(Snmp::SnmpPoller *poller, MetricStore *store, QObject *parent = nullptr);
    ~CollectionScheduler() override;

    /// ICMP probing for the "icmp" group; without a prober that group is not run.
    void setIcmpProber(Icmp::IcmpProber *prober);
    void setIntervals(const ScheduleIntervals &intervals);
    void setDevices(const QList<ScheduledDevice> &devices);
    [[nodiscard]] int deviceCount() const { return int(m_devices.size()); }
    [[nodiscard]] bool hasDevice(const QString &device) const { return m_devices.contains(device); }
    /// Starts the cycles (the first one at once).
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Polls the known ones of @p devices every @p intervalMs (>= 1000) for
    /// @p durationMs, on top of their schedule; @p interfaces (ifName,
    /// ifDescr, ifAlias or ifIndex) narrows the interface samples emitted,
    /// empty: all. Returns the lease id (> 0), or 0 when no device is known.
    quint64 startLiveLease(const QStringList &devices, const QStringList &interfaces, int intervalMs, int durationMs);
    /// Ends a lease now (liveLeaseEnded follows); false when unknown.
    bool endLiveLease(quint64 leaseId);
    [[nodiscard]] int liveLeaseCount() const { return int(m_leases.size()); }
    /// One lease that replaces the previous requestLiveRate() lease.
    void requestLiveRate(const QStringList &devices, int intervalMs, int durationMs);

    [[nodiscard]] int inFlight() const { return int(m_busy.size()); }

    /// Exposed for tests and the live path.
    [[nodiscard]] QList<Sample> samplesFor(const QString &device, const Snmp::DeviceSnapshot &snapshot);

signals:
    void cycleStarted(const OpsDeck::Metrics::CycleReport &report);
    void cycleFinished(const OpsDeck::Metrics::CycleReport &report);
    void deviceCollected(const QString &device, bool ok, const QString &error);
    void snapshotCollected(const QString &device, const OpsDeck::Snmp::DeviceSnapshot &snapshot);
    /// A live lease's result for one device (also on failure: "snmp.up" 0).
    void liveSamples(quint64 leaseId, const QString &device, qint64 timestampMs,
                     const QList<OpsDeck::Metrics::CollectionScheduler::Sample> &samples);
    void liveLeaseEnded(quint64 leaseId);
    /// Samples of a scheduled collection, once they are in the metric store.
    void samplesStored(const QString &device, qint64 timestampMs,
                       const QList<OpsDeck::Metrics::CollectionScheduler::Sample> &samples);
    /// One ICMP round of an interval group, per device.
    void devicesProbed(const QList<OpsDeck::Metrics::DeviceProbe> &probes);
    void errorOccurred(const OpsDeck::Error &error); ///< the store refused samples, ICMP unavailable

private:
    struct Group
    {
        int intervalMs = 0;
        QTimer *timer = nullptr;
        quint64 cycle = 0;
        QHash<QString, int> snmpParts; ///< device -> CollectPart mask
        QStringList icmpDevices;
        QHash<quint64, CycleReport> open; ///< cycles not finished, by cycle number
        QHash<quint64, int> pending;      ///< cycle -> work items not ended
        bool icmpBusy = false;
    };
    struct Collection
    {
        QString device;
        Group *group = nullptr; ///< nullptr: live, or its group was rebuilt meanwhile
        quint64 cycle = 0;
        QString busyKey;
        bool live = false;
        int intervalMs = 0;
        int followUpParts = 0; ///< a probe of the system group: what to read when it answers
    };
    struct Lease
    {
        QStringList devices;
        QStringList interfaces;
        QTimer *tick = nullptr;
        QTimer *expiry = nullptr;
    };
    void rebuildGroups();
    void clearGroups();
    void runCycle(Group &group);
    bool collect(const QString &device, int parts, int intervalMs, const QString &busyKey, Group *group, quint64 cycle);
    void collectLive(const QString &device);
    void probe(Group &group, quint64 cycle);
    void workEnded(Group *group, quint64 cycle, int ok, int failed);
    void handleCollected(quint64 collectionId, const Result<Snmp::DeviceSnapshot> &result);
    void handleProbed(quint64 runId, const Result<Icmp::ProbeResults> &result);
    void emitLive(const QString &device, qint64 timestampMs, const QList<Sample> &samples,
                  const Snmp::DeviceSnapshot *snapshot);
    void store(const QString &device, const QList<Sample> &samples, qint64 timestampMs);
    void flushStore();

    Snmp::SnmpPoller *m_poller;
    MetricStore *m_store;
    Snmp::DeviceCollector *m_collector;
    Icmp::IcmpProber *m_prober = nullptr;
    ScheduleIntervals m_intervals;
    QHash<QString, ScheduledDevice> m_devices;
    QList<Group *> m_groups;
    QHash<quint64, Collection> m_collections;             // collection id -> what it is for
    QHash<quint64, std::pair<Group *, quint64>> m_probes; // probe run id -> group, cycle
    QSet<QString> m_busy;                                 // device@interval, device@live
    QSet<QString> m_reachable;                            // devices whose last scheduled collection answered
    Snmp::CounterTracker m_counters;
    QHash<QString, qint64> m_seriesIds;
    bool m_running = false;
    bool m_icmpErrorReported = false;
    QHash<quint64, Lease> m_leases;
    quint64 m_nextLease = 1;
    quint64 m_legacyLease = 0;
};

} // namespace OpsDeck::Metrics

Q_DECLARE_METATYPE(OpsDeck::Metrics::CycleReport)
