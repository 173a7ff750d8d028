// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QMetaType>

namespace OpsDeck::Topology {

// Live state a poller feeds into the topology view. Value types; any thread.

enum class Reachability { Unknown, Up, Degraded, Down };

/// State of one device.
struct NodeState
{
    qint64 deviceId = 0;
    Reachability reachability = Reachability::Unknown;
    int warningAlarms = 0;
    int criticalAlarms = 0;
};

/// State of one interface: operational status and rates.
struct LinkState
{
    qint64 interfaceId = 0;
    bool operUp = true;
    double inBitsPerSecond = 0;
    double outBitsPerSecond = 0;
    qint64 speedBitsPerSecond = 0; ///< 0: use the interface's configured speed

    /// Busier direction over speed, 0..1; -1 when the speed is unknown.
    [[nodiscard]] double utilisation() const
    {
        return speedBitsPerSecond > 0 ? qMax(inBitsPerSecond, outBitsPerSecond) / double(speedBitsPerSecond) : -1;
    }
};

} // namespace OpsDeck::Topology

Q_DECLARE_METATYPE(OpsDeck::Topology::NodeState)
Q_DECLARE_METATYPE(OpsDeck::Topology::LinkState)
Q_DECLARE_METATYPE(QList<OpsDeck::Topology::NodeState>)
Q_DECLARE_METATYPE(QList<OpsDeck::Topology::LinkState>)
