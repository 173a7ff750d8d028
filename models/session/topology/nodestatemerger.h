// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>

#include "backend/topology/livestate.h"

namespace OpsDeck::Models {

struct LiveSnapshot;

/// The state of the topology's nodes, fed by two sources that each own
/// their fields: Ciena MCP alarms (warning and critical counts) and the
/// polled live state (reachability). An update from one source keeps what
/// the other said last about the same device; each merge returns the full
/// state of the devices it touched, ready for the view. A plain value type;
/// any thread.
class NodeStateMerger final
{
public:
    /// Takes the alarm counts of @p states (their reachability is ignored).
    [[nodiscard]] QList<Topology::NodeState> mergeAlarms(const QList<Topology::NodeState> &states);
    /// Takes the reachability of every device of @p snapshot, polled or not
    /// (an unknown reachability replaces an earlier known one).
    [[nodiscard]] QList<Topology::NodeState> mergeLive(const LiveSnapshot &snapshot);

    /// The merged state of a device; a default state (id 0) when no source named it.
    [[nodiscard]] Topology::NodeState state(qint64 deviceId) const;
    [[nodiscard]] int size() const { return int(m_nodes.size()); }

private:
    QHash<qint64, Topology::NodeState> m_nodes;
};

} // namespace OpsDeck::Models
