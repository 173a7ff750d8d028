// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/topology/nodestatemerger.h"

#include "models/session/live/livesnapshot.h"

namespace OpsDeck::Models {

Topology::NodeState NodeStateMerger::merged(qint64 deviceId, const Node &node)
{
    Topology::NodeState s;
    s.deviceId = deviceId;
    s.reachability = node.reachability;
    s.warningAlarms = node.mcpWarning + node.engineWarning;
    s.criticalAlarms = node.mcpCritical + node.engineCritical;
    return s;
}

QList<Topology::NodeState> NodeStateMerger::mergeAlarms(const QList<Topology::NodeState> &states)
{
    QList<Topology::NodeState> out;
    out.reserve(states.size());
    for (const Topology::NodeState &s : states) {
        Node &n = m_nodes[s.deviceId];
        n.mcpWarning = s.warningAlarms;
        n.mcpCritical = s.criticalAlarms;
        out << merged(s.deviceId, n);
    }
    return out;
}

QList<Topology::NodeState> NodeStateMerger::mergeLive(const LiveSnapshot &snapshot)
{
    QList<Topology::NodeState> out;
    out.reserve(snapshot.devices.size());
    for (const LiveDeviceState &d : snapshot.devices) {
        Node &n = m_nodes[d.deviceId];
        n.reachability = d.reachability;
        out << merged(d.deviceId, n);
    }
    return out;
}

QList<Topology::NodeState> NodeStateMerger::mergeEngineAlarms(const QHash<qint64, DeviceAlarmCount> &counts)
{
    QList<Topology::NodeState> out;
    // Devices the engine no longer names lose their engine counts (and keep the rest).
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        if ((it->engineWarning || it->engineCritical) && !counts.contains(it.key())) {
            it->engineWarning = 0;
            it->engineCritical = 0;
            out << merged(it.key(), *it);
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() == 0)
            continue; // not in the inventory
        const int warning = it->warning - it->mcpWarning;
        const int critical = it->critical - it->mcpCritical;
        const auto found = m_nodes.constFind(it.key());
        if (found == m_nodes.cend() ? (warning == 0 && critical == 0)
                                    : (found->engineWarning == warning && found->engineCritical == critical))
            continue;
        Node &n = m_nodes[it.key()];
        n.engineWarning = warning;
        n.engineCritical = critical;
        out << merged(it.key(), n);
    }
    return out;
}

Topology::NodeState NodeStateMerger::state(qint64 deviceId) const
{
    const auto it = m_nodes.constFind(deviceId);
    return it == m_nodes.cend() ? Topology::NodeState{} : merged(deviceId, *it);
}

} // namespace OpsDeck::Models
