// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/domain/inventory.h"
#include "backend/domain/topologyrecords.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Topology {

/// How nodes are clustered in the drawing.
enum class GroupBy { None, Site, Location, Rack };

/// Which part of the estate a graph shows.
struct TopologyScope
{
    enum class Kind { All, Site, Role, Tag, Neighbourhood };
    Kind kind = Kind::All;
    qint64 siteId = 0;        ///< Kind::Site
    QString role;             ///< Kind::Role: role name or slug, case-insensitive
    QString tag;              ///< Kind::Tag: tag slug
    qint64 deviceId = 0;      ///< Kind::Neighbourhood: the centre device
    int hops = 1;             ///< Kind::Neighbourhood: how far from the centre
    GroupBy groupBy = GroupBy::None;
    bool includeCircuits = true;
    /// Keep devices without any link in scope (PDUs, patch panels, blades).
    bool includeUnlinked = false;

    /// A stable file-name-safe key for saving per-view state ("site-3", ...).
    [[nodiscard]] QString key() const;
    bool operator==(const TopologyScope &) const = default;
};

/// Layer of a device in a hierarchical drawing, from its role.
enum class Tier { Core = 0, Distribution = 1, Access = 2, Host = 3 };

struct TopologyNode
{
    qint64 deviceId = 0;
    QString name;
    QString role;
    QString roleColor;        ///< hex without '#'
    Tier tier = Tier::Host;
    QString status;
    qint64 siteId = 0;
    QString siteName;
    qint64 locationId = 0;
    qint64 rackId = 0;
    QString rackName;
    QString model;
    QString primaryIp;
    QString group;            ///< cluster label under the scope's GroupBy; empty when ungrouped
};

/// One interface-to-interface cable inside an edge.
struct TopologyMember
{
    qint64 cableId = 0;
    QString status;
    qint64 aInterfaceId = 0;  ///< on the edge's aDeviceId
    QString aInterface;
    qint64 bInterfaceId = 0;  ///< on the edge's bDeviceId
    QString bInterface;
    qint64 speedKbps = 0;
};

/// A drawn edge: every cable between two devices that belongs to one bundle
/// (a LAG, a circuit, or the plain parallel cables), with a count.
struct TopologyEdge
{
    enum class Kind { Cable, Lag, Circuit };
    Kind kind = Kind::Cable;
    qint64 aDeviceId = 0;     ///< the device on the higher tier (drawn above)
    qint64 bDeviceId = 0;
    QString label;            ///< LAG name ("Port-Channel1" / "bond0") or circuit id
    QList<TopologyMember> members;
    Domain::OpticalEdgeRecord optical; ///< set on MCP optical links (kind Cable, no members)

    [[nodiscard]] int count() const { return int(members.size()); }
    [[nodiscard]] qint64 capacityKbps() const;
    /// True when every member cable is planned (not yet built).
    [[nodiscard]] bool isPlanned() const;
};

/// Nodes and bundled edges of one scope. Value type; any thread.
struct TopologyGraph
{
    TopologyScope scope;
    QList<TopologyNode> nodes;
    QList<TopologyEdge> edges;
    QHash<qint64, int> nodeIndex; ///< device id -> index in nodes

    [[nodiscard]] int indexOf(qint64 deviceId) const { return nodeIndex.value(deviceId, -1); }
    [[nodiscard]] int cableCount() const;
};

/// Everything the builder reads, as the store returns it.
struct TopologySourceData
{
    QList<Domain::Device> devices;
    QList<Domain::LinkRecord> links;
    QList<Domain::CircuitEndRecord> circuitEnds;
    Domain::DeviceTags tags;
    QHash<qint64, QString> locationNames;
};

/// Builds topology graphs: bundles parallel cables, recognises LAGs and
/// circuits, applies a scope. Pure functions; any thread.
class TopologyBuilder final
{
public:
    [[nodiscard]] static TopologyGraph build(const TopologySourceData &data, const TopologyScope &scope);
    /// Reads what build() needs from @p store (on the store's thread).
    [[nodiscard]] static Result<TopologySourceData> load(Store::Store &store);
    [[nodiscard]] static Result<TopologyGraph> build(Store::Store &store, const TopologyScope &scope);
    /// The tier a role belongs to: core/spine/edge/border/WAN routers are
    /// Core; distribution/aggregation/firewalls Distribution; leaf, access,
    /// top-of-rack and management switches Access; everything else Host.
    [[nodiscard]] static Tier tierForRole(const QString &role);
};

} // namespace OpsDeck::Topology

Q_DECLARE_METATYPE(OpsDeck::Topology::TopologyGraph)
Q_DECLARE_METATYPE(OpsDeck::Topology::TopologyScope)
