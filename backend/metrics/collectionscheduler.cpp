// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/metrics/collectionscheduler.h"

#include <cmath>

#include <QHostAddress>
#include <QLoggingCategory>

#include "backend/icmp/icmpprober.h"
#include "backend/metrics/interfacematcher.h"
#include "backend/metrics/metricstore.h"
#include "backend/snmp/devicecollector.h"
#include "backend/snmp/snmppoller.h"

Q_LOGGING_CATEGORY(lcCollect, "opsdeck.metrics.collect")

namespace OpsDeck::Metrics {

namespace {

constexpr int kMinimumIntervalMs = 200;
constexpr int kMinimumLiveIntervalMs = 1000;
constexpr int kLiveParts = int(Snmp::CollectPart::System) | int(Snmp::CollectPart::Interfaces) |
                           int(Snmp::CollectPart::Sensors) | int(Snmp::CollectPart::Pdu);

/// Requests DeviceCollector issues for @p parts (the system group always).
int requestsFor(int parts)
{
    int n = 1;
    if (parts & int(Snmp::CollectPart::Interfaces))
        n += 2;
    if (parts & int(Snmp::CollectPart::Sensors))
        n += 3;
    if (parts & int(Snmp::CollectPart::Lldp))
        n += 2;
    if (parts & int(Snmp::CollectPart::Pdu))
        n += 2;
    return n;
}

/// A collection of @p parts must end before the next cycle even when every
/// request times out: a probe of the system group, then the requests in
/// waves of maxInFlight, each timeout x attempts, within 60% of the interval.
Snmp::SnmpTarget cappedTarget(Snmp::SnmpTarget target, int intervalMs, int parts)
{
    const int attempts = qMax(1, target.retries + 1);
    const int perWave = qMax(1, target.maxInFlight);
    const int waves = 1 + (requestsFor(parts) + perWave - 1) / perWave;
    target.timeoutMs = qMax(50, qMin(target.timeoutMs, intervalMs * 6 / 10 / (attempts * waves)));
    return target;
}

} // namespace

CollectionScheduler::CollectionScheduler(Snmp::SnmpPoller *poller, MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_store(store)
    , m_collector(new Snmp::DeviceCollector(poller, this))
{
    qRegisterMetaType<OpsDeck::Metrics::CycleReport>();
    connect(m_collector, &Snmp::DeviceCollector::finished, this, &CollectionScheduler::handleCollected);
}

CollectionScheduler::~CollectionScheduler()
{
    stop();
    const QList<quint64> leases = m_leases.keys();
    for (quint64 id : leases) {
        Lease lease = m_leases.take(id);
        delete lease.tick;
        delete lease.expiry;
    }
    clearGroups();
}

void CollectionScheduler::setIcmpProber(Icmp::IcmpProber *prober)
{
    if (m_prober)
        disconnect(m_prober, nullptr, this, nullptr);
    m_prober = prober;
    if (m_prober)
        connect(m_prober, &Icmp::IcmpProber::finished, this, &CollectionScheduler::handleProbed);
    rebuildGroups();
}

void CollectionScheduler::setIntervals(const ScheduleIntervals &intervals)
{
    m_intervals = intervals;
    rebuildGroups();
}

void CollectionScheduler::setDevices(const QList<ScheduledDevice> &devices)
{
    m_devices.clear();
    for (const ScheduledDevice &d : devices)
        m_devices.insert(d.device, d);
    rebuildGroups();
}

void CollectionScheduler::clearGroups()
{
    // Work in flight keeps running; its end no longer counts for a cycle.
    for (Collection &c : m_collections)
        c.group = nullptr;
    for (auto &p : m_probes)
        p.first = nullptr;
    for (Group *g : std::as_const(m_groups)) {
        delete g->timer;
        delete g;
    }
    m_groups.clear();
}

void CollectionScheduler::rebuildGroups()
{
    clearGroups();
    QHash<int, Group *> byInterval;
    const auto groupFor = [&](int interval) {
        Group *&g = byInterval[interval];
        if (!g) {
            g = new Group;
            g->intervalMs = interval;
            g->timer = new QTimer(this);
            g->timer->setInterval(interval);
            g->timer->setTimerType(Qt::PreciseTimer);
            connect(g->timer, &QTimer::timeout, this, [this, g] { runCycle(*g); });
            m_groups.append(g);
        }
        return g;
    };
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        for (const CollectionGroup &part : collectionGroups()) {
            const int configured = m_intervals.intervalFor(it->role, QLatin1String(part.name));
            if (configured <= 0)
                continue;
            const int interval = qMax(kMinimumIntervalMs, configured);
            if (part.part == 0) {
                if (m_prober && !QHostAddress(it->target.host).isNull())
                    groupFor(interval)->icmpDevices.append(it.key());
                continue;
            }
            groupFor(interval)->snmpParts[it.key()] |= part.part;
        }
    }
    if (m_running) {
        for (Group *g : std::as_const(m_groups)) {
            g->timer->start();
            runCycle(*g);
        }
    }
}

void CollectionScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    for (Group *g : std::as_const(m_groups)) {
        g->timer->start();
        runCycle(*g);
    }
}

void CollectionScheduler::stop()
{
    m_running = false;
    for (Group *g : std::as_const(m_groups))
        g->timer->stop();
    if (m_store)
        (void)m_store->flush();
}

quint64 CollectionScheduler::startLiveLease(const QStringList &devices, const QStringList &interfaces, int intervalMs,
                                            int durationMs)
{
    Lease lease;
    for (const QString &d : devices) {
        if (m_devices.contains(d) && !lease.devices.contains(d))
            lease.devices.append(d);
    }
    if (lease.devices.isEmpty())
        return 0;
    lease.interfaces = interfaces;
    const quint64 id = m_nextLease++;
    lease.tick = new QTimer(this);
    lease.tick->setInterval(qMax(kMinimumLiveIntervalMs, intervalMs));
    connect(lease.tick, &QTimer::timeout, this, [this, id] {
        const auto it = m_leases.constFind(id);
        if (it == m_leases.cend())
            return;
        for (const QString &device : it->devices)
            collectLive(device);
    });
    lease.expiry = new QTimer(this);
    lease.expiry->setSingleShot(true);
    lease.expiry->setInterval(qMax(0, durationMs));
    connect(lease.expiry, &QTimer::timeout, this, [this, id] { endLiveLease(id); });
    m_leases.insert(id, lease);
    lease.tick->start();
    lease.expiry->start();
    for (const QString &device : std::as_const(lease.devices))
        collectLive(device);
    return id;
}

bool CollectionScheduler::endLiveLease(quint64 leaseId)
{
    const auto it = m_leases.find(leaseId);
    if (it == m_leases.end())
        return false;
    Lease lease = *it;
    m_leases.erase(it);
    lease.tick->stop();
    lease.expiry->stop();
    lease.tick->deleteLater();
    lease.expiry->deleteLater();
    emit liveLeaseEnded(leaseId);
    return true;
}

void CollectionScheduler::requestLiveRate(const QStringList &devices, int intervalMs, int durationMs)
{
    if (m_legacyLease)
        endLiveLease(m_legacyLease);
    m_legacyLease = durationMs > 0 ? startLiveLease(devices, {}, intervalMs, durationMs) : 0;
}

void CollectionScheduler::runCycle(Group &group)
{
    flushStore(); // what ended since the last flush (live results, stragglers)
    CycleReport report;
    report.intervalMs = group.intervalMs;
    report.cycle = ++group.cycle;
    const QString busySuffix = u'@' + QString::number(group.intervalMs);
    group.open.insert(report.cycle, report);
    group.pending.insert(report.cycle, 0);
    for (auto it = group.snmpParts.cbegin(); it != group.snmpParts.cend(); ++it) {
        if (collect(it.key(), it.value(), group.intervalMs, it.key() + busySuffix, &group, report.cycle))
            ++report.started;
        else
            ++report.skipped;
    }
    if (!group.icmpDevices.isEmpty()) {
        if (group.icmpBusy) {
            report.skipped += int(group.icmpDevices.size());
        } else {
            report.started += int(group.icmpDevices.size());
            probe(group, report.cycle);
        }
    }
    CycleReport &openReport = group.open[report.cycle];
    openReport.started = report.started;
    openReport.skipped = report.skipped;
    const CycleReport open = openReport;
    emit cycleStarted(report);
    if (group.pending.value(report.cycle) == 0) { // started nothing
        group.open.remove(report.cycle);
        group.pending.remove(report.cycle);
        emit cycleFinished(open);
    }
}

bool CollectionScheduler::collect(const QString &device, int parts, int intervalMs, const QString &busyKey,
                                  Group *group, quint64 cycle)
{
    if (m_busy.contains(busyKey))
        return false;
    const auto it = m_devices.constFind(device);
    if (it == m_devices.cend())
        return false;
    m_busy.insert(busyKey);
    if (group)
        ++group->pending[cycle];
    Collection c{device, group, cycle, busyKey, group == nullptr, intervalMs, 0};
    // A scheduled device not known to answer is asked for its system group
    // first (one request), and for the rest only when it answers: dead
    // devices cost one request per cycle, not one per table.
    const int systemOnly = int(Snmp::CollectPart::System);
    if (group && (parts & ~systemOnly) != 0 && !m_reachable.contains(device)) {
        c.followUpParts = parts;
        parts = systemOnly;
    }
    const quint64 id = m_collector->collect(cappedTarget(it->target, intervalMs, c.followUpParts | parts), parts);
    m_collections.insert(id, c);
    return true;
}

void CollectionScheduler::collectLive(const QString &device)
{
    bool wanted = false;
    int intervalMs = 0;
    for (const Lease &lease : std::as_const(m_leases)) {
        if (lease.devices.contains(device)) {
            wanted = true;
            intervalMs = intervalMs == 0 ? lease.tick->interval() : qMin(intervalMs, lease.tick->interval());
        }
    }
    if (wanted)
        collect(device, kLiveParts, intervalMs, device + QStringLiteral("@live"), nullptr, 0);
}

void CollectionScheduler::probe(Group &group, quint64 cycle)
{
    QList<QHostAddress> hosts;
    hosts.reserve(group.icmpDevices.size());
    for (const QString &device : std::as_const(group.icmpDevices))
        hosts.append(QHostAddress(m_devices.value(device).target.host));
    Icmp::ProbeOptions options;
    options.count = 3;
    options.intervalMs = qBound(10, group.intervalMs / 20, 1000);
    options.timeoutMs = qBound(50, group.intervalMs / 4, 1000);
    group.icmpBusy = true;
    ++group.pending[cycle];
    const quint64 id = m_prober->probe(hosts, options);
    m_probes.insert(id, {&group, cycle});
}

void CollectionScheduler::workEnded(Group *group, quint64 cycle, int ok, int failed)
{
    if (!group)
        return;
    auto pending = group->pending.find(cycle);
    auto open = group->open.find(cycle);
    if (pending == group->pending.end() || open == group->open.end())
        return;
    if (*pending > 0) {
        --*pending;
        open->ok += ok;
        open->failed += failed;
    }
    if (*pending > 0)
        return;
    const CycleReport report = *open;
    group->open.erase(open);
    group->pending.erase(pending);
    flushStore(); // the cycle's samples in one batch
    emit cycleFinished(report);
}

void CollectionScheduler::handleCollected(quint64 collectionId, const Result<Snmp::DeviceSnapshot> &result)
{
    const auto found = m_collections.constFind(collectionId);
    if (found == m_collections.cend())
        return;
    const Collection c = *found;
    m_collections.erase(found);
    if (!c.live) {
        if (result.ok())
            m_reachable.insert(c.device);
        else
            m_reachable.remove(c.device);
    }
    if (result.ok() && c.followUpParts != 0) {
        // The probe answered: read the rest now, as part of the same cycle.
        const auto device = m_devices.constFind(c.device);
        if (device != m_devices.cend()) {
            Collection rest = c;
            rest.followUpParts = 0;
            m_collections.insert(
                m_collector->collect(cappedTarget(device->target, c.intervalMs, c.followUpParts), c.followUpParts),
                rest);
            return;
        }
    }
    m_busy.remove(c.busyKey);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!result.ok()) {
        const QList<Sample> down{Sample{QString(), QStringLiteral("snmp.up"), 0}};
        store(c.device, down, now);
        if (c.live)
            emitLive(c.device, now, down, nullptr);
        emit deviceCollected(c.device, false, result.error().detail);
        workEnded(c.group, c.cycle, 0, 1);
        return;
    }
    const qint64 ts = result->collectedAt.isValid() ? result->collectedAt.toMSecsSinceEpoch() : now;
    const QList<Sample> samples = samplesFor(c.device, result.value());
    store(c.device, samples, ts);
    if (c.live)
        emitLive(c.device, ts, samples, &result.value());
    emit deviceCollected(c.device, true, QString());
    emit snapshotCollected(c.device, result.value());
    workEnded(c.group, c.cycle, 1, 0);
}

void CollectionScheduler::handleProbed(quint64 runId, const Result<Icmp::ProbeResults> &result)
{
    const auto found = m_probes.constFind(runId);
    if (found == m_probes.cend())
        return;
    const auto [group, cycle] = *found;
    m_probes.erase(found);
    if (group)
        group->icmpBusy = false;
    if (!result.ok()) {
        if (!m_icmpErrorReported) {
            m_icmpErrorReported = true;
            qCWarning(lcCollect) << "ICMP collection unavailable:" << result.error().detail;
            emit errorOccurred(result.error());
        }
        workEnded(group, cycle, 0, group ? int(group->icmpDevices.size()) : 0);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int reachable = 0;
    int unreachable = 0;
    QHash<QString, QString> deviceOf;
    if (group) {
        for (const QString &device : std::as_const(group->icmpDevices))
            deviceOf.insert(QHostAddress(m_devices.value(device).target.host).toString(), device);
    }
    QList<DeviceProbe> probes;
    for (const Icmp::ProbeResult &r : result.value()) {
        const QString device = deviceOf.value(r.address.toString());
        if (device.isEmpty())
            continue;
        probes << DeviceProbe{device, now, r.stats.sent, r.stats.received, r.stats.avgMs};
        ++(r.reachable() ? reachable : unreachable);
        QList<Sample> samples{Sample{QString(), QStringLiteral("icmp.up"), r.reachable() ? 1.0 : 0.0},
                              Sample{QString(), QStringLiteral("icmp.loss.pct"), r.stats.lossPercent}};
        if (r.reachable()) {
            samples.append(Sample{QString(), QStringLiteral("icmp.rtt.ms"), r.stats.avgMs});
            samples.append(Sample{QString(), QStringLiteral("icmp.jitter.ms"), r.stats.jitterMs});
        }
        store(device, samples, now);
    }
    if (!probes.isEmpty())
        emit devicesProbed(probes);
    workEnded(group, cycle, reachable, unreachable);
}

void CollectionScheduler::emitLive(const QString &device, qint64 timestampMs, const QList<Sample> &samples,
                                   const Snmp::DeviceSnapshot *snapshot)
{
    for (auto it = m_leases.cbegin(); it != m_leases.cend(); ++it) {
        if (!it->devices.contains(device))
            continue;
        if (it->interfaces.isEmpty() || !snapshot) {
            emit liveSamples(it.key(), device, timestampMs, samples);
            continue;
        }
        QSet<QString> objects;
        for (const Snmp::InterfaceStats &i : snapshot->interfaces) {
            for (const QString &wanted : it->interfaces) {
                if (wanted == i.name || wanted == i.descr || wanted == i.alias || wanted == QString::number(i.ifIndex))
                    objects.insert(QStringLiteral("ifIndex:%1").arg(i.ifIndex));
            }
        }
        QList<Sample> filtered;
        for (const Sample &s : samples) {
            if (!s.object.startsWith(QLatin1String("ifIndex:")) || objects.contains(s.object))
                filtered.append(s);
        }
        emit liveSamples(it.key(), device, timestampMs, filtered);
    }
}

QList<CollectionScheduler::Sample> CollectionScheduler::samplesFor(const QString &device,
                                                                   const Snmp::DeviceSnapshot &snapshot)
{
    QList<Sample> out;
    out.append(Sample{QString(), QStringLiteral("snmp.up"), 1});
    if (snapshot.system.upTimeTicks > 0)
        out.append(Sample{QString(), QStringLiteral("system.uptime.s"), double(snapshot.system.upTimeTicks) / 100.0});
    const qint64 wallMs =
        snapshot.collectedAt.isValid() ? snapshot.collectedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const auto rate = [&](const QString &object, const char *metric, quint64 value, int bits,
                          const Snmp::InterfaceStats &i, double factor) {
        Snmp::CounterReading reading;
        reading.value = value;
        reading.bits = bits;
        reading.upTimeTicks = snapshot.system.upTimeTicks;
        reading.wallMs = wallMs;
        reading.discontinuityTicks = i.discontinuityTicks;
        const QString key = device + u'|' + object + u'|' + QLatin1String(metric);
        if (const auto r = m_counters.update(key, reading))
            out.append(Sample{object, QLatin1String(metric), *r * factor});
    };
    for (const Snmp::InterfaceStats &i : snapshot.interfaces) {
        const QString object = QStringLiteral("ifIndex:%1").arg(i.ifIndex);
        rate(object, "if.in.bps", i.inOctets, i.counterBits, i, 8.0);
        rate(object, "if.out.bps", i.outOctets, i.counterBits, i, 8.0);
        rate(object, "if.in.errors", i.inErrors, 32, i, 1.0);
        rate(object, "if.out.errors", i.outErrors, 32, i, 1.0);
        rate(object, "if.in.discards", i.inDiscards, 32, i, 1.0);
        rate(object, "if.out.discards", i.outDiscards, 32, i, 1.0);
        out.append(Sample{object, QStringLiteral("if.oper.status"), double(i.operStatus)});
    }
    for (const Snmp::SensorReading &s : snapshot.sensors) {
        if (!s.ok)
            continue;
        const QString object = QStringLiteral("sensor:%1").arg(s.entityIndex);
        switch (s.unit) {
        case Snmp::SensorUnit::Celsius:
            out.append(Sample{object, QStringLiteral("temperature.celsius"), s.value});
            break;
        case Snmp::SensorUnit::Dbm:
            out.append(Sample{object, QStringLiteral("optical.dbm"), s.value});
            break;
        case Snmp::SensorUnit::Watts:
            out.append(Sample{object, QStringLiteral("sensor.value"), s.value});
            // Optics that report watts (e.g. EOS DOM sensors): the power in dBm too.
            if (s.value > 0 && InterfaceMatcher::isOpticalPowerSensor(s))
                out.append(Sample{object, QStringLiteral("optical.dbm"), 10.0 * std::log10(s.value * 1000.0)});
            break;
        default:
            out.append(Sample{object, QStringLiteral("sensor.value"), s.value});
            break;
        }
    }
    for (const Snmp::PduLoad &p : snapshot.pduLoads)
        out.append(Sample{QStringLiteral("pdu:%1").arg(p.index), QStringLiteral("pdu.amperes"), p.amperes});
    return out;
}

void CollectionScheduler::flushStore()
{
    if (m_store && m_store->buffered() > 0) {
        const Status flushed = m_store->flush();
        if (!flushed)
            emit errorOccurred(flushed.error());
    }
}

void CollectionScheduler::store(const QString &device, const QList<Sample> &samples, qint64 timestampMs)
{
    if (!m_store)
        return;
    for (const Sample &s : samples) {
        const QString key = device + u'|' + s.object + u'|' + s.metric;
        auto it = m_seriesIds.constFind(key);
        if (it == m_seriesIds.cend()) {
            const Result<qint64> id = m_store->seriesId(Domain::SeriesKey{device, s.object, s.metric});
            if (!id) {
                emit errorOccurred(id.error());
                return;
            }
            it = m_seriesIds.insert(key, id.value());
        }
        const Status appended = m_store->append(it.value(), timestampMs, s.value);
        if (!appended) {
            emit errorOccurred(appended.error());
            return;
        }
    }
    emit samplesStored(device, timestampMs, samples);
}

} // namespace OpsDeck::Metrics
