// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>

#include "backend/topology/livestate.h"
#include "models/session/alarms/devicealarmcount.h"

namespace OpsDeck::Models {

struct LiveSnapshot;

/// The state of the topology's nodes, fed by three sources that each own
/// their fields: Ciena MCP alarms from the MCP sync (warning and critical
/// counts), the alarm engine's active alarms (warning and critical counts
/// of their own) and the polled live state (reachability). A node's counts
/// are the sum of both alarm sources; an update from one source keeps what
/// the others said last about the same device; each merge returns the full
/// state of the devices it touched, ready for the view. A plain value type;
/// any thread.
class NodeStateMerger final
{
public:
    /// Takes the MCP alarm counts of @p states (their reachability is ignored).
    [[nodiscard]] QList<Topology::NodeState> mergeAlarms(const QList<Topology::NodeState> &states);
    /// Takes the reachability of every device of @p snapshot, polled or not
    /// (an unknown reachability replaces an earlier known one).
    [[nodiscard]] QList<Topology::NodeState> mergeLive(const LiveSnapshot &snapshot);
    /// Takes the alarm engine's counts: every device with active alarms, so
    /// a device left out has none any more. The Ciena MCP alarms the engine
    /// passes through are left out (mergeAlarms() counts them already).
    /// Returns the devices whose engine counts changed.
    [[nodiscard]] QList<Topology::NodeState> mergeEngineAlarms(const QHash<qint64, DeviceAlarmCount> &counts);

    /// The merged state of a device; a default state (id 0) when no source named it.
    [[nodiscard]] Topology::NodeState state(qint64 deviceId) const;
    [[nodiscard]] int size() const { return int(m_nodes.size()); }

private:
    struct Node
    {
        Topology::Reachability reachability = Topology::Reachability::Unknown;
        int mcpWarning = 0;
        int mcpCritical = 0;
        int engineWarning = 0;
        int engineCritical = 0;
    };
    [[nodiscard]] static Topology::NodeState merged(qint64 deviceId, const Node &node);

    QHash<qint64, Node> m_nodes;
};

} // namespace OpsDeck::Models
