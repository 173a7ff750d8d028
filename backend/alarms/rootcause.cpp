// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/alarms/rootcause.h"

#include <algorithm>

#include "backend/topology/lldpaudit.h"

namespace OpsDeck::Alarms {

namespace {

struct Edge
{
    QString peer;
    bool up = true;
    RootCause downEnd; ///< the down interface when !up
};

using Graph = QHash<QString, QList<Edge>>;

Graph buildGraph(const RootCauseAnalysis::Input &in)
{
    Graph graph;
    for (const TopologyLink &l : in.links) {
        if (l.aDevice.isEmpty() || l.bDevice.isEmpty() || l.aDevice == l.bDevice)
            continue;
        RootCause end;
        if (in.downInterfaces.contains(RootCauseAnalysis::interfaceKey(l.aDevice, l.aInterface)))
            end = {RootCause::Kind::Link, l.aDevice, l.aInterface};
        else if (in.downInterfaces.contains(RootCauseAnalysis::interfaceKey(l.bDevice, l.bInterface)))
            end = {RootCause::Kind::Link, l.bDevice, l.bInterface};
        const bool up = !end.isSet();
        graph[l.aDevice].append({l.bDevice, up, end});
        graph[l.bDevice].append({l.aDevice, up, end});
    }
    // Sorted neighbours make every result independent of the input order.
    for (auto it = graph.begin(); it != graph.end(); ++it)
        std::sort(it->begin(), it->end(), [](const Edge &a, const Edge &b) { return a.peer < b.peer; });
    return graph;
}

/// The devices the collector reaches: from the seeds through devices not
/// down, over live links.
QSet<QString> reachable(const Graph &graph, const RootCauseAnalysis::Input &in, const QStringList &seeds)
{
    QSet<QString> seen;
    QList<QString> queue;
    for (const QString &s : seeds) {
        if (!in.down.contains(s) && !seen.contains(s)) {
            seen.insert(s);
            queue << s;
        }
    }
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString current = queue.at(i); // copy: appending may reallocate
        for (const Edge &e : graph.value(current)) {
            if (e.up && !in.down.contains(e.peer) && !seen.contains(e.peer)) {
                seen.insert(e.peer);
                queue << e.peer;
            }
        }
    }
    return seen;
}

} // namespace

QString RootCauseAnalysis::interfaceKey(const QString &device, const QString &interface)
{
    return device + QLatin1Char('\n') + interface;
}

QHash<QString, RootCause> RootCauseAnalysis::analyse(const Input &in)
{
    QHash<QString, RootCause> out;
    if (in.down.isEmpty())
        return out;
    const Graph graph = buildGraph(in);
    QStringList seeds = in.attachment.isEmpty() ? QStringList(in.answering.cbegin(), in.answering.cend())
                                                : in.attachment;
    std::sort(seeds.begin(), seeds.end());
    const QSet<QString> live = reachable(graph, in, seeds);
    const QSet<QString> attachment(in.attachment.cbegin(), in.attachment.cend());

    // The frontier: down devices at the edge of the reachable part, each
    // with its cause (none for a device that is its own root cause).
    QStringList down(in.down.cbegin(), in.down.cend());
    std::sort(down.begin(), down.end());
    QHash<QString, RootCause> cause; // down device -> cause; None for a root cause
    QList<QString> queue;
    for (const QString &d : std::as_const(down)) {
        bool liveLink = attachment.contains(d);
        RootCause viaLink;
        for (const Edge &e : graph.value(d)) {
            if (!live.contains(e.peer))
                continue;
            if (e.up)
                liveLink = true;
            else if (!viaLink.isSet())
                viaLink = e.downEnd;
        }
        if (liveLink) {
            cause.insert(d, RootCause());
            queue << d;
        } else if (viaLink.isSet()) {
            cause.insert(d, viaLink);
            out.insert(d, viaLink);
            queue << d;
        }
    }
    // Behind the frontier: breadth first through down devices, each taking
    // the cause of the nearest frontier device.
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString current = queue.at(i);
        const RootCause own = cause.value(current);
        const RootCause inherited = own.isSet() ? own : RootCause{RootCause::Kind::Device, current, {}};
        for (const Edge &e : graph.value(current)) {
            if (!in.down.contains(e.peer) || cause.contains(e.peer))
                continue;
            cause.insert(e.peer, inherited);
            out.insert(e.peer, inherited);
            queue << e.peer;
        }
    }
    return out;
}

QList<TopologyLink> RootCauseAnalysis::links(const QList<Domain::LinkRecord> &cables,
                                             const QList<Domain::DeviceLabels> &devices,
                                             const QList<Topology::LldpNeighbour> &lldp)
{
    QHash<qint64, QString> names;
    for (const Domain::DeviceLabels &d : devices)
        names.insert(d.deviceId, d.device);
    QList<TopologyLink> out;
    QSet<QString> seen;
    const auto add = [&](const TopologyLink &l) {
        const QString a = interfaceKey(l.aDevice, l.aInterface);
        const QString b = interfaceKey(l.bDevice, l.bInterface);
        const QString key = a < b ? a + QLatin1Char('\t') + b : b + QLatin1Char('\t') + a;
        if (l.aDevice.isEmpty() || l.bDevice.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        out << l;
    };
    for (const Domain::LinkRecord &c : cables) {
        if (c.cableStatus == QLatin1String("planned") || c.cableStatus == QLatin1String("decommissioning"))
            continue;
        add({names.value(c.aDeviceId), c.aInterface, names.value(c.bDeviceId), c.bInterface});
    }
    for (const Topology::LldpNeighbour &n : lldp)
        add({n.localDevice, n.localPort, n.remoteSysName, n.remotePort});
    return out;
}

} // namespace OpsDeck::Alarms
