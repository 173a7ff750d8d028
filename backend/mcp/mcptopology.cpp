// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcptopology.h"

#include <algorithm>

#include <QSet>

namespace OpsDeck::Mcp {

namespace {

QString nameKey(const QString &name)
{
    return name.trimmed().toLower();
}

/// The network element an alarm was raised on: its node id, else by device name.
QString alarmElement(const Alarm &a, const QHash<QString, QString> &neByName, const QSet<QString> &known)
{
    return known.contains(a.networkElementId) ? a.networkElementId : neByName.value(nameKey(a.deviceName));
}

} // namespace

QHash<QString, qint64> McpTopology::alarmDevices(const Inventory &inventory, const QList<NeMatch> &matches)
{
    QHash<QString, qint64> deviceOfNe;
    QHash<QString, QString> neByName;
    QHash<QString, QString> neByIp;
    for (const NeMatch &m : matches)
        deviceOfNe.insert(m.networkElementId, m.deviceId);
    for (const NetworkElement &ne : inventory.networkElements) {
        neByName.insert(nameKey(ne.name), ne.id);
        if (!ne.ipAddress.isEmpty())
            neByIp.insert(ne.ipAddress, ne.id);
    }
    QHash<QString, qint64> out;
    for (const Alarm &a : inventory.alarms) {
        QString ne = a.networkElementId;
        if (!deviceOfNe.contains(ne))
            ne = neByName.value(nameKey(a.deviceName));
        if (ne.isEmpty())
            ne = neByIp.value(a.ipAddress);
        out.insert(a.id, deviceOfNe.value(ne));
    }
    return out;
}

QList<OpticalEdge> McpTopology::opticalEdges(const Inventory &inventory, const QList<NeMatch> &matches)
{
    QHash<QString, const Tpe *> tpes;
    for (const Tpe &t : inventory.tpes)
        tpes.insert(t.id, &t);
    QHash<QString, const NetworkElement *> nes;
    for (const NetworkElement &ne : inventory.networkElements)
        nes.insert(ne.id, &ne);
    QHash<QString, qint64> deviceOfNe;
    for (const NeMatch &m : matches)
        deviceOfNe.insert(m.networkElementId, m.deviceId);
    // Active alarms per (network element, port).
    QHash<QString, int> alarmsOnPort;
    QHash<QString, QString> neByName;
    for (const NetworkElement &ne : inventory.networkElements)
        neByName.insert(nameKey(ne.name), ne.id);
    for (const Alarm &a : inventory.alarms) {
        if (a.state != QLatin1String("ACTIVE"))
            continue;
        const QString ne = nes.contains(a.networkElementId) ? a.networkElementId : neByName.value(nameKey(a.deviceName));
        alarmsOnPort[ne + QLatin1Char('|') + a.resource] += 1;
    }

    QList<OpticalEdge> out;
    for (const Fre &f : inventory.fres) {
        if (!f.isOptical() || f.tpeIds.size() < 2)
            continue;
        const Tpe *a = tpes.value(f.tpeIds.constFirst());
        const Tpe *z = tpes.value(f.tpeIds.constLast());
        if (!a || !z)
            continue;
        OpticalEdge e;
        e.freId = f.id;
        e.label = f.name;
        e.layerRate = f.layerRate;
        e.aNetworkElementId = a->networkElementId;
        e.aNetworkElementName = nes.contains(a->networkElementId) ? nes.value(a->networkElementId)->name : QString();
        e.aPort = a->nativeName;
        e.aDeviceId = deviceOfNe.value(a->networkElementId);
        e.zNetworkElementId = z->networkElementId;
        e.zNetworkElementName = nes.contains(z->networkElementId) ? nes.value(z->networkElementId)->name : QString();
        e.zPort = z->nativeName;
        e.zDeviceId = deviceOfNe.value(z->networkElementId);
        e.activeAlarms = alarmsOnPort.value(e.aNetworkElementId + QLatin1Char('|') + e.aPort)
                         + alarmsOnPort.value(e.zNetworkElementId + QLatin1Char('|') + e.zPort);
        out << e;
    }
    return out;
}

int McpTopology::addOpticalEdges(Topology::TopologyGraph &graph, const Inventory &inventory,
                                 const QList<NeMatch> &matches, bool dropUnlinked)
{
    using Topology::TopologyEdge;
    QHash<QString, QString> neByName;
    QSet<QString> known;
    for (const NetworkElement &ne : inventory.networkElements) {
        neByName.insert(nameKey(ne.name), ne.id);
        known.insert(ne.id);
    }
    QHash<QString, AlarmSeverity> worstOnPort;
    for (const Alarm &a : inventory.alarms) {
        if (a.state != QLatin1String("ACTIVE"))
            continue;
        const QString key = alarmElement(a, neByName, known) + QLatin1Char('|') + a.resource;
        const auto it = worstOnPort.constFind(key);
        if (it == worstOnPort.cend() || int(a.severity) < int(*it))
            worstOnPort.insert(key, a.severity); // the enum runs from worst to least
    }

    QHash<QString, qsizetype> bundle; // "a|b|layer" -> index in graph.edges
    int added = 0;
    for (const OpticalEdge &e : opticalEdges(inventory, matches)) {
        const int ia = graph.indexOf(e.aDeviceId);
        const int iz = graph.indexOf(e.zDeviceId);
        if (!e.aDeviceId || !e.zDeviceId || e.aDeviceId == e.zDeviceId || ia < 0 || iz < 0)
            continue;
        // Higher tier (lower number) above, as the builder orients cabling.
        const bool swap = int(graph.nodes.at(iz).tier) < int(graph.nodes.at(ia).tier)
                          || (graph.nodes.at(iz).tier == graph.nodes.at(ia).tier && e.zDeviceId < e.aDeviceId);
        const qint64 a = swap ? e.zDeviceId : e.aDeviceId;
        const qint64 b = swap ? e.aDeviceId : e.zDeviceId;
        const QString key = QStringLiteral("%1|%2|%3").arg(a).arg(b).arg(e.layerRate);
        auto it = bundle.constFind(key);
        if (it == bundle.cend()) {
            TopologyEdge edge;
            edge.kind = TopologyEdge::Kind::Cable;
            edge.aDeviceId = a;
            edge.bDeviceId = b;
            edge.label = e.layerRate;
            edge.optical.layerRate = e.layerRate;
            graph.edges.append(edge);
            it = bundle.insert(key, graph.edges.size() - 1);
        }
        Domain::OpticalEdgeRecord &o = graph.edges[*it].optical;
        o.freIds << e.freId;
        o.labels << e.label;
        o.aPorts << (swap ? e.zPort : e.aPort);
        o.bPorts << (swap ? e.aPort : e.zPort);
        o.activeAlarms += e.activeAlarms;
        const QString ends[] = {e.aNetworkElementId + QLatin1Char('|') + e.aPort,
                                e.zNetworkElementId + QLatin1Char('|') + e.zPort};
        for (const QString &port : ends) {
            const auto sev = worstOnPort.constFind(port);
            if (sev != worstOnPort.cend()
                && (o.worstSeverity.isEmpty() || int(*sev) < int(severityFromName(o.worstSeverity))))
                o.worstSeverity = severityName(*sev);
        }
        ++added;
    }

    if (dropUnlinked) {
        QSet<qint64> linked;
        for (const TopologyEdge &e : std::as_const(graph.edges)) {
            linked.insert(e.aDeviceId);
            linked.insert(e.bDeviceId);
        }
        if (graph.scope.kind == Topology::TopologyScope::Kind::Neighbourhood)
            linked.insert(graph.scope.deviceId);
        QList<Topology::TopologyNode> kept;
        kept.reserve(graph.nodes.size());
        for (const Topology::TopologyNode &n : std::as_const(graph.nodes)) {
            if (linked.contains(n.deviceId))
                kept.append(n);
        }
        graph.nodes = std::move(kept);
        graph.nodeIndex.clear();
        for (int i = 0; i < graph.nodes.size(); ++i)
            graph.nodeIndex.insert(graph.nodes.at(i).deviceId, i);
    }
    return added;
}

QList<Topology::NodeState> McpTopology::alarmStates(const Inventory &inventory, const QList<NeMatch> &matches)
{
    const QHash<QString, qint64> deviceOfAlarm = alarmDevices(inventory, matches);
    QHash<qint64, Topology::NodeState> states;
    for (const Alarm &a : inventory.alarms) {
        const qint64 device = deviceOfAlarm.value(a.id);
        if (!device || a.state != QLatin1String("ACTIVE"))
            continue;
        Topology::NodeState &s = states[device];
        s.deviceId = device;
        if (a.severity == AlarmSeverity::Critical || a.severity == AlarmSeverity::Major)
            ++s.criticalAlarms;
        else if (a.severity == AlarmSeverity::Minor || a.severity == AlarmSeverity::Warning)
            ++s.warningAlarms;
    }
    QList<Topology::NodeState> out = states.values();
    std::sort(out.begin(), out.end(),
              [](const Topology::NodeState &x, const Topology::NodeState &y) { return x.deviceId < y.deviceId; });
    return out;
}

} // namespace OpsDeck::Mcp
