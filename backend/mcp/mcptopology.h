// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>

#include "backend/mcp/mcptypes.h"
#include "backend/topology/livestate.h"
#include "backend/topology/topologygraph.h"

namespace OpsDeck::Mcp {

/// Derives the optical topology from an MCP inventory: one edge per optical
/// FRE with two end points, with NetBox device ids from the matches and the
/// count of active alarms raised on either end's port. Pure; any thread.
class McpTopology final
{
public:
    [[nodiscard]] static QList<OpticalEdge> opticalEdges(const Inventory &inventory, const QList<NeMatch> &matches);
    /// NetBox device id of each alarm's network element (0 when unmatched),
    /// matched by node id, else by device name or IP address.
    [[nodiscard]] static QHash<QString, qint64> alarmDevices(const Inventory &inventory,
                                                             const QList<NeMatch> &matches);
    /// Adds the optical links between matched devices of `graph` as edges
    /// (kind Cable, no members, TopologyEdge::optical set), one per device
    /// pair and layer rate, oriented like the cabling (higher tier first),
    /// with the active alarms on their ports and the worst severity. Links
    /// with an unmatched end or an end outside the graph are left out. With
    /// `dropUnlinked`, nodes left without any edge are removed afterwards
    /// (except a neighbourhood's centre) and the node index is rebuilt: build
    /// the graph with unlinked devices included, so that optical gear without
    /// NetBox cabling still appears. Returns the number of links added.
    static int addOpticalEdges(Topology::TopologyGraph &graph, const Inventory &inventory,
                               const QList<NeMatch> &matches, bool dropUnlinked);
    /// Active alarms per matched device: CRITICAL and MAJOR count as
    /// critical, MINOR and WARNING as warnings (INFO and the rest not at all).
    [[nodiscard]] static QList<Topology::NodeState> alarmStates(const Inventory &inventory,
                                                              const QList<NeMatch> &matches);
};

} // namespace OpsDeck::Mcp
