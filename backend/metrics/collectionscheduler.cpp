// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/metrics/collectionscheduler.h"

#include <QLoggingCategory>

#include "backend/metrics/metricstore.h"
#include "backend/snmp/devicecollector.h"
#include "backend/snmp/snmppoller.h"
#include "backend/workspace/workspaceconfig.h"

Q_LOGGING_CATEGORY(lcCollect, "opsdeck.metrics.collect")

namespace OpsDeck::Metrics {

namespace {

constexpr int kMinimumIntervalMs = 200;
constexpr int kMinimumLiveIntervalMs = 1000;

} // namespace

ScheduleIntervals ScheduleIntervals::fromConfig(const Workspace::PollingConfig &config)
{
    ScheduleIntervals s;
    s.defaultMs = qMax(5, config.intervalSeconds) * 1000;
    for (auto it = config.roleIntervalSeconds.cbegin(); it != config.roleIntervalSeconds.cend(); ++it)
        s.roleMs.insert(it.key(), qMax(5, it.value()) * 1000);
    return s;
}

CollectionScheduler::CollectionScheduler(Snmp::SnmpPoller *poller, MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_store(store)
    , m_collector(new Snmp::DeviceCollector(poller, this))
{
    qRegisterMetaType<OpsDeck::Metrics::CycleReport>();
    connect(m_collector, &Snmp::DeviceCollector::finished, this, &CollectionScheduler::handleCollected);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (QDateTime::currentDateTimeUtc() >= m_liveUntil) {
            m_liveTimer.stop();
            m_liveDevices.clear();
            return;
        }
        for (const QString &device : std::as_const(m_liveDevices))
            collect(device);
    });
}

CollectionScheduler::~CollectionScheduler()
{
    stop();
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

void CollectionScheduler::rebuildGroups()
{
    for (Group *g : std::as_const(m_groups)) {
        delete g->timer;
        delete g;
    }
    m_groups.clear();
    QHash<int, Group *> byInterval;
    for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
        const int interval = qMax(kMinimumIntervalMs, m_intervals.intervalFor(it->role));
        // A collection must end (timeout x attempts) before the next cycle.
        const int attempts = qMax(1, it->target.retries + 1);
        it->target.timeoutMs = qMax(50, qMin(it->target.timeoutMs, interval * 8 / 10 / attempts));
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
        g->devices.append(it.key());
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
    m_liveTimer.stop();
    for (Group *g : std::as_const(m_groups))
        g->timer->stop();
    if (m_store)
        (void)m_store->flush();
}

void CollectionScheduler::requestLiveRate(const QStringList &devices, int intervalMs, int durationMs)
{
    m_liveDevices.clear();
    for (const QString &d : devices) {
        if (m_devices.contains(d))
            m_liveDevices.append(d);
    }
    m_liveUntil = QDateTime::currentDateTimeUtc().addMSecs(qMax(0, durationMs));
    m_liveTimer.start(qMax(kMinimumLiveIntervalMs, intervalMs));
    for (const QString &device : std::as_const(m_liveDevices))
        collect(device);
}

void CollectionScheduler::runCycle(Group &group)
{
    // Writes what the previous cycle collected in one batch.
    if (m_store && m_store->buffered() > 0) {
        const Status flushed = m_store->flush();
        if (!flushed)
            emit errorOccurred(flushed.error());
    }
    CycleReport report;
    report.intervalMs = group.intervalMs;
    report.cycle = ++group.cycle;
    for (const QString &device : std::as_const(group.devices)) {
        if (m_busy.contains(device)) {
            ++report.skipped;
            continue;
        }
        collect(device);
        ++report.started;
    }
    emit cycleStarted(report);
}

void CollectionScheduler::collect(const QString &device)
{
    if (m_busy.contains(device))
        return;
    const auto it = m_devices.constFind(device);
    if (it == m_devices.cend())
        return;
    m_busy.insert(device);
    const quint64 id = m_collector->collect(it->target, int(Snmp::CollectPart::System) | int(Snmp::CollectPart::Interfaces)
                                                             | int(Snmp::CollectPart::Sensors)
                                                             | int(Snmp::CollectPart::Pdu));
    m_collections.insert(id, device);
}

void CollectionScheduler::handleCollected(quint64 collectionId, const Result<Snmp::DeviceSnapshot> &result)
{
    const QString device = m_collections.take(collectionId);
    if (device.isEmpty())
        return;
    m_busy.remove(device);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!result.ok()) {
        store(device, {Sample{QString(), QStringLiteral("snmp.up"), 0}}, now);
        emit deviceCollected(device, false, result.error().detail);
        return;
    }
    const qint64 ts = result->collectedAt.isValid() ? result->collectedAt.toMSecsSinceEpoch() : now;
    store(device, samplesFor(device, result.value()), ts);
    emit deviceCollected(device, true, QString());
    emit snapshotCollected(device, result.value());
}

QList<CollectionScheduler::Sample> CollectionScheduler::samplesFor(const QString &device,
                                                                   const Snmp::DeviceSnapshot &snapshot)
{
    QList<Sample> out;
    out.append(Sample{QString(), QStringLiteral("snmp.up"), 1});
    const qint64 wallMs = snapshot.collectedAt.isValid() ? snapshot.collectedAt.toMSecsSinceEpoch()
                                                         : QDateTime::currentMSecsSinceEpoch();
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
        default:
            out.append(Sample{object, QStringLiteral("sensor.value"), s.value});
            break;
        }
    }
    for (const Snmp::PduLoad &p : snapshot.pduLoads)
        out.append(Sample{QStringLiteral("pdu:%1").arg(p.index), QStringLiteral("pdu.amperes"), p.amperes});
    return out;
}

void CollectionScheduler::store(const QString &device, const QList<Sample> &samples, qint64 timestampMs)
{
    if (!m_store)
        return;
    for (const Sample &s : samples) {
        const QString key = device + u'|' + s.object + u'|' + s.metric;
        auto it = m_seriesIds.constFind(key);
        if (it == m_seriesIds.cend()) {
            const Result<qint64> id = m_store->seriesId(SeriesKey{device, s.object, s.metric});
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
}

} // namespace OpsDeck::Metrics
