// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>

#include "backend/mcp/mcptypes.h"

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
};

} // namespace OpsDeck::Mcp
