// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/topology/nodestatemerger.h"

#include "models/session/live/livesnapshot.h"

namespace OpsDeck::Models {

QList<Topology::NodeState> NodeStateMerger::mergeAlarms(const QList<Topology::NodeState> &states)
{
    QList<Topology::NodeState> merged;
    merged.reserve(states.size());
    for (const Topology::NodeState &s : states) {
        Topology::NodeState &n = m_nodes[s.deviceId];
        n.deviceId = s.deviceId;
        n.warningAlarms = s.warningAlarms;
        n.criticalAlarms = s.criticalAlarms;
        merged << n;
    }
    return merged;
}

QList<Topology::NodeState> NodeStateMerger::mergeLive(const LiveSnapshot &snapshot)
{
    QList<Topology::NodeState> merged;
    merged.reserve(snapshot.devices.size());
    for (const LiveDeviceState &d : snapshot.devices) {
        Topology::NodeState &n = m_nodes[d.deviceId];
        n.deviceId = d.deviceId;
        n.reachability = d.reachability;
        merged << n;
    }
    return merged;
}

Topology::NodeState NodeStateMerger::state(qint64 deviceId) const
{
    return m_nodes.value(deviceId);
}

} // namespace OpsDeck::Models
