// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/live/livesnapshot.h"

#include <optional>

#include "models/session/dashboard/interfaceseries.h"

namespace OpsDeck::Models {

namespace {

using Topology::Reachability;

// The newest sample of a series within the freshness window, if any.
Result<std::optional<double>> latest(Metrics::MetricStore &metrics, const Domain::SeriesKey &key, qint64 nowMs,
                                     const LiveStateOptions &options)
{
    // Looked up, never created: reading must not add empty series.
    const auto id = metrics.findSeriesId(key);
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<double>();
    const auto points = metrics.query(**id, nowMs - options.maxAgeMs, nowMs + 1, Metrics::Resolution::Raw);
    if (!points)
        return points.error();
    if (points->isEmpty())
        return std::optional<double>();
    const Metrics::MetricPoint *newest = &points->first();
    for (const Metrics::MetricPoint &p : *points) {
        if (p.timestampMs >= newest->timestampMs)
            newest = &p;
    }
    return std::optional<double>(newest->avg);
}

// The newest of several alternative series (the collector and older writers
// name some metrics differently).
Result<std::optional<double>> latestOf(Metrics::MetricStore &metrics, const QString &device, const QString &object,
                                       std::initializer_list<const char *> names, qint64 nowMs,
                                       const LiveStateOptions &options)
{
    for (const char *name : names) {
        auto v = latest(metrics, {device, object, QLatin1String(name)}, nowMs, options);
        if (!v || v->has_value())
            return v;
    }
    return std::optional<double>();
}

LiveOperState operState(double status)
{
    const int s = qRound(status);
    if (s == 1)
        return LiveOperState::Up;
    if (s == 2 || s == 7)
        return LiveOperState::Down;
    return LiveOperState::Unknown;
}

} // namespace

Result<LiveSnapshot> readLiveState(Metrics::MetricStore &metrics, const QList<LiveDeviceInput> &devices, qint64 nowMs,
                                   const LiveStateOptions &options)
{
    LiveSnapshot snapshot;
    snapshot.atMs = nowMs;
    for (const LiveDeviceInput &input : devices) {
        LiveDeviceState d;
        d.deviceId = input.deviceId;
        const QString device = InterfaceSeries::deviceKey(input.deviceId);

        const auto up = latest(metrics, {device, QString(), QStringLiteral("icmp.up")}, nowMs, options);
        const auto loss = latestOf(metrics, device, QString(), {"icmp.loss.pct", "icmp.loss.percent"}, nowMs, options);
        const auto rtt = latest(metrics, {device, QString(), QStringLiteral("icmp.rtt.ms")}, nowMs, options);
        const auto temp = latest(metrics, {device, QStringLiteral("sensor:1"), QStringLiteral("temperature.celsius")},
                                 nowMs, options);
        for (const auto *r : {&up, &loss, &rtt, &temp}) {
            if (!*r)
                return r->error();
        }
        if (loss->has_value())
            d.lossPercent = **loss;
        if (rtt->has_value())
            d.rttMs = **rtt;
        if (temp->has_value())
            d.inletTempC = **temp;
        if ((up->has_value() && **up < 0.5) || (loss->has_value() && **loss >= options.downLossPercent))
            d.reachability = Reachability::Down;
        else if (loss->has_value() && **loss > 0)
            d.reachability = Reachability::Degraded;
        else if (loss->has_value() || (up->has_value() && **up >= 0.5))
            d.reachability = Reachability::Up;

        for (const InterfaceSeries &s : InterfaceSeries::all(input.interfaces)) {
            if (!s.interface.cableId)
                continue;
            LiveInterfaceState i;
            i.interfaceId = s.interface.id;
            i.deviceId = input.deviceId;
            i.speedBitsPerSecond = s.interface.speedKbps * 1000;
            if (!s.isPolled()) {
                // No polled interface matches it: nothing to read, unknown.
                snapshot.interfaces.insert(i.interfaceId, i);
                continue;
            }
            const auto oper = latest(metrics, s.key(QStringLiteral("if.oper.status")), nowMs, options);
            const auto in = latest(metrics, s.key(QStringLiteral("if.in.bps")), nowMs, options);
            const auto out = latest(metrics, s.key(QStringLiteral("if.out.bps")), nowMs, options);
            for (const auto *r : {&oper, &in, &out}) {
                if (!*r)
                    return r->error();
            }
            if (oper->has_value())
                i.oper = operState(**oper);
            if (in->has_value())
                i.inBitsPerSecond = **in;
            if (out->has_value())
                i.outBitsPerSecond = **out;
            if (in->has_value() && out->has_value() && i.speedBitsPerSecond > 0)
                i.utilisation = qMax(**in, **out) / double(i.speedBitsPerSecond);
            if (i.oper != LiveOperState::Unknown) {
                d.linksTotal = qMax(d.linksTotal, 0) + 1;
                d.linksUp = qMax(d.linksUp, 0) + (i.oper == LiveOperState::Up ? 1 : 0);
            }
            snapshot.interfaces.insert(i.interfaceId, i);
        }
        snapshot.devices.insert(d.deviceId, d);
    }
    return snapshot;
}

QHash<qint64, RackLiveState> LiveSnapshot::rackStates() const
{
    QHash<qint64, RackLiveState> out;
    for (const LiveDeviceState &d : devices) {
        if (!d.isPolled())
            continue;
        RackLiveState r;
        r.polled = true;
        // The rack faceplate has no "unknown" reachability: only a known
        // Down paints the device unreachable.
        r.reachable = d.reachability != Topology::Reachability::Down;
        r.inletTempC = d.inletTempC;
        r.linksUp = d.linksUp;
        r.linksTotal = d.linksTotal;
        out.insert(d.deviceId, r);
    }
    return out;
}

QList<Topology::NodeState> LiveSnapshot::nodeStates() const
{
    QList<Topology::NodeState> out;
    for (const LiveDeviceState &d : devices) {
        if (d.reachability == Topology::Reachability::Unknown)
            continue;
        Topology::NodeState n;
        n.deviceId = d.deviceId;
        n.reachability = d.reachability;
        out << n;
    }
    return out;
}

QList<Topology::LinkState> LiveSnapshot::linkStates() const
{
    QList<Topology::LinkState> out;
    for (const LiveInterfaceState &i : interfaces) {
        const bool rates = !qIsNaN(i.inBitsPerSecond) && !qIsNaN(i.outBitsPerSecond);
        // Up with no rates has nothing to draw, and a link state without
        // rates would read as an idle link.
        if (i.oper != LiveOperState::Down && !rates)
            continue;
        Topology::LinkState l;
        l.interfaceId = i.interfaceId;
        l.operUp = i.oper != LiveOperState::Down;
        if (rates) {
            l.inBitsPerSecond = i.inBitsPerSecond;
            l.outBitsPerSecond = i.outBitsPerSecond;
            l.speedBitsPerSecond = i.speedBitsPerSecond;
        }
        out << l;
    }
    return out;
}

} // namespace OpsDeck::Models
