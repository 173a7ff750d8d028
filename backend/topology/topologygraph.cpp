// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/topology/topologygraph.h"

#include <algorithm>
#include <tuple>

#include <QSet>

#include "backend/store/store.h"

namespace OpsDeck::Topology {

namespace {

using Domain::CircuitEndRecord;
using Domain::LinkRecord;

QString slugOf(const QString &name)
{
    QString s = name.toLower();
    for (QChar &c : s) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return s;
}

// Which way an edge is drawn: the device on the higher tier (smaller value)
// first, so that dot puts it above; ties by id for a stable order.
bool drawnFirst(const TopologyNode &a, const TopologyNode &b)
{
    return std::tuple(int(a.tier), a.deviceId) < std::tuple(int(b.tier), b.deviceId);
}

struct BundleKey
{
    qint64 a = 0;
    qint64 b = 0;
    int kind = 0;
    qint64 lagA = 0;
    qint64 lagB = 0;
    qint64 circuit = 0;
    bool operator==(const BundleKey &) const = default;
};

size_t qHash(const BundleKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.a, k.b, k.kind, k.lagA, k.lagB, k.circuit);
}

} // namespace

QString TopologyScope::key() const
{
    QString base;
    switch (kind) {
    case Kind::All:
        base = QStringLiteral("all");
        break;
    case Kind::Site:
        base = QStringLiteral("site-%1").arg(siteId);
        break;
    case Kind::Role:
        base = QStringLiteral("role-") + slugOf(role);
        break;
    case Kind::Tag:
        base = QStringLiteral("tag-") + slugOf(tag);
        break;
    case Kind::Neighbourhood:
        base = QStringLiteral("device-%1-hops-%2").arg(deviceId).arg(hops);
        break;
    }
    static const char *const groups[] = {"", "-by-site", "-by-location", "-by-rack"};
    return base + QLatin1String(groups[int(groupBy)]);
}

qint64 TopologyEdge::capacityKbps() const
{
    qint64 sum = 0;
    for (const TopologyMember &m : members)
        sum += m.speedKbps;
    return sum;
}

bool TopologyEdge::isPlanned() const
{
    return !members.isEmpty() && std::all_of(members.cbegin(), members.cend(), [](const TopologyMember &m) {
        return m.status == QLatin1String("planned");
    });
}

int TopologyGraph::cableCount() const
{
    int n = 0;
    for (const TopologyEdge &e : edges)
        n += e.count();
    return n;
}

Tier TopologyBuilder::tierForRole(const QString &role)
{
    const QString r = role.toLower();
    const auto has = [&r](const char *word) { return r.contains(QLatin1String(word)); };
    if (has("core") || has("spine") || has("edge") || has("border") || has("wan") || has("backbone")
        || has("router"))
        return Tier::Core;
    if (has("distribution") || has("aggregation") || has("firewall") || has("load balancer"))
        return Tier::Distribution;
    if (has("leaf") || has("access") || has("tor") || has("top-of-rack") || has("switch"))
        return Tier::Access;
    return Tier::Host;
}

namespace {

using DeviceIndex = QHash<qint64, const Domain::Device *>;

// A circuit's two ends, each cabled to a device.
struct CircuitLink
{
    const CircuitEndRecord *a = nullptr;
    const CircuitEndRecord *z = nullptr;
};

// Circuit ends paired per circuit; only circuits cabled to a device at both
// ends become edges.
QList<CircuitLink> pairCircuits(const TopologySourceData &data, const DeviceIndex &devices)
{
    QHash<qint64, CircuitLink> byCircuit;
    QList<qint64> order;
    for (const CircuitEndRecord &end : data.circuitEnds) {
        if (!end.deviceId || !devices.contains(end.deviceId))
            continue;
        CircuitLink &c = byCircuit[end.circuitId];
        if (!c.a && !c.z)
            order << end.circuitId;
        (end.termSide == QLatin1String("Z") ? c.z : c.a) = &end;
    }
    QList<CircuitLink> circuits;
    for (qint64 id : std::as_const(order)) {
        const CircuitLink c = byCircuit.value(id);
        if (c.a && c.z && c.a->deviceId != c.z->deviceId)
            circuits << c;
    }
    return circuits;
}

// The devices up to scope.hops links (cables or circuits) away from scope.deviceId.
QSet<qint64> neighbourhood(const TopologySourceData &data, const DeviceIndex &devices,
                           const QList<CircuitLink> &circuits, const TopologyScope &scope)
{
    QSet<qint64> inScope;
    if (!devices.contains(scope.deviceId))
        return inScope;
    QHash<qint64, QList<qint64>> adjacency;
    for (const LinkRecord &l : data.links) {
        adjacency[l.aDeviceId] << l.bDeviceId;
        adjacency[l.bDeviceId] << l.aDeviceId;
    }
    for (const CircuitLink &c : circuits) {
        adjacency[c.a->deviceId] << c.z->deviceId;
        adjacency[c.z->deviceId] << c.a->deviceId;
    }
    QList<qint64> frontier{scope.deviceId};
    inScope.insert(scope.deviceId);
    for (int hop = 0; hop < scope.hops && !frontier.isEmpty(); ++hop) {
        QList<qint64> next;
        for (qint64 id : std::as_const(frontier)) {
            for (qint64 peer : adjacency.value(id)) {
                if (devices.contains(peer) && !inScope.contains(peer)) {
                    inScope.insert(peer);
                    next << peer;
                }
            }
        }
        frontier = std::move(next);
    }
    return inScope;
}

// The devices of the scope's site, role or tag (every device for All).
QSet<qint64> matchingDevices(const TopologySourceData &data, const TopologyScope &scope)
{
    using K = TopologyScope::Kind;
    QSet<qint64> inScope;
    const QString role = scope.role.toLower();
    for (const Domain::Device &d : data.devices) {
        bool keep = true;
        switch (scope.kind) {
        case K::All:
        case K::Neighbourhood:
            break;
        case K::Site:
            keep = d.siteId == scope.siteId;
            break;
        case K::Role:
            keep = d.roleName.toLower() == role || slugOf(d.roleName) == role;
            break;
        case K::Tag:
            keep = data.tags.value(d.id).contains(scope.tag);
            break;
        }
        if (keep)
            inScope.insert(d.id);
    }
    return inScope;
}

QString groupOf(const Domain::Device &d, const TopologySourceData &data, GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::None:
        break;
    case GroupBy::Site:
        return d.siteName;
    case GroupBy::Location: {
        const QString location = data.locationNames.value(d.locationId);
        return location.isEmpty() ? d.siteName : d.siteName + QStringLiteral(" / ") + location;
    }
    case GroupBy::Rack:
        return d.rackName.isEmpty() ? d.siteName : d.siteName + QStringLiteral(" / ") + d.rackName;
    }
    return {};
}

TopologyNode nodeFor(const Domain::Device &d, const TopologySourceData &data, GroupBy groupBy)
{
    TopologyNode n;
    n.deviceId = d.id;
    n.name = d.name.isEmpty() ? QStringLiteral("#%1").arg(d.id) : d.name;
    n.role = d.roleName;
    n.roleColor = d.roleColor;
    n.tier = TopologyBuilder::tierForRole(d.roleName);
    n.status = d.status;
    n.siteId = d.siteId;
    n.siteName = d.siteName;
    n.locationId = d.locationId;
    n.rackId = d.rackId;
    n.rackName = d.rackName;
    n.model = d.model;
    n.primaryIp = d.primaryIp;
    n.group = groupOf(d, data, groupBy);
    return n;
}

// Collects cables, LAG members and circuits into one edge per bundle, in
// the order of their first member.
class EdgeBundler
{
public:
    EdgeBundler(TopologyGraph &graph, const QHash<qint64, TopologyNode> &nodes)
        : m_graph(graph)
        , m_nodes(nodes)
    {}

    void addLink(const LinkRecord &l)
    {
        const auto a = m_nodes.constFind(l.aDeviceId);
        const auto b = m_nodes.constFind(l.bDeviceId);
        if (a == m_nodes.constEnd() || b == m_nodes.constEnd() || l.aDeviceId == l.bDeviceId)
            return;
        const bool swapped = !drawnFirst(a.value(), b.value());
        BundleKey key{swapped ? l.bDeviceId : l.aDeviceId, swapped ? l.aDeviceId : l.bDeviceId, 0,
                      swapped ? l.bLagId : l.aLagId, swapped ? l.aLagId : l.bLagId, 0};
        TopologyEdge::Kind kind = TopologyEdge::Kind::Cable;
        QString label;
        if (l.aLagId || l.bLagId) {
            kind = TopologyEdge::Kind::Lag;
            key.kind = 1;
            QStringList names;
            for (const QString &n : {swapped ? l.bLagName : l.aLagName, swapped ? l.aLagName : l.bLagName}) {
                if (!n.isEmpty() && !names.contains(n))
                    names << n;
            }
            label = names.join(QStringLiteral(" / "));
        }
        const TopologyMember m{l.cableId, l.cableStatus, l.aInterfaceId, l.aInterface, l.bInterfaceId, l.bInterface,
                               std::max(l.aSpeedKbps, l.bSpeedKbps)};
        add(key, kind, label, m, swapped);
        m_linked << l.aDeviceId << l.bDeviceId;
    }

    void addCircuit(const CircuitLink &c)
    {
        const auto a = m_nodes.constFind(c.a->deviceId);
        const auto z = m_nodes.constFind(c.z->deviceId);
        if (a == m_nodes.constEnd() || z == m_nodes.constEnd())
            return;
        const bool swapped = !drawnFirst(a.value(), z.value());
        const BundleKey key{swapped ? c.z->deviceId : c.a->deviceId, swapped ? c.a->deviceId : c.z->deviceId, 2, 0, 0,
                            c.a->circuitId};
        const TopologyMember m{0, c.a->status, c.a->interfaceId, c.a->interfaceName, c.z->interfaceId,
                               c.z->interfaceName, std::max(c.a->portSpeedKbps, c.z->portSpeedKbps)};
        add(key, TopologyEdge::Kind::Circuit, c.a->cid, m, swapped);
        m_linked << c.a->deviceId << c.z->deviceId;
    }

    /// The devices at either end of an edge.
    [[nodiscard]] const QSet<qint64> &linked() const { return m_linked; }

private:
    void add(const BundleKey &key, TopologyEdge::Kind kind, const QString &label, TopologyMember m, bool swapped)
    {
        if (swapped) {
            std::swap(m.aInterfaceId, m.bInterfaceId);
            std::swap(m.aInterface, m.bInterface);
        }
        auto it = m_bundles.constFind(key);
        if (it == m_bundles.constEnd()) {
            TopologyEdge e;
            e.kind = kind;
            e.aDeviceId = key.a;
            e.bDeviceId = key.b;
            e.label = label;
            it = m_bundles.insert(key, int(m_graph.edges.size()));
            m_graph.edges << e;
        }
        m_graph.edges[it.value()].members << m;
    }

    TopologyGraph &m_graph;
    const QHash<qint64, TopologyNode> &m_nodes;
    QHash<BundleKey, int> m_bundles;
    QSet<qint64> m_linked;
};

} // namespace

TopologyGraph TopologyBuilder::build(const TopologySourceData &data, const TopologyScope &scope)
{
    TopologyGraph graph;
    graph.scope = scope;

    DeviceIndex devices;
    devices.reserve(data.devices.size());
    for (const Domain::Device &d : data.devices)
        devices.insert(d.id, &d);
    const QList<CircuitLink> circuits = scope.includeCircuits ? pairCircuits(data, devices) : QList<CircuitLink>();
    const bool neighbours = scope.kind == TopologyScope::Kind::Neighbourhood;
    const QSet<qint64> inScope =
        neighbours ? neighbourhood(data, devices, circuits, scope) : matchingDevices(data, scope);

    QList<const Domain::Device *> chosen;
    chosen.reserve(inScope.size());
    QHash<qint64, TopologyNode> nodes;
    for (const Domain::Device &d : data.devices) {
        if (!inScope.contains(d.id))
            continue;
        chosen << &d;
        nodes.insert(d.id, nodeFor(d, data, scope.groupBy));
    }

    EdgeBundler bundler(graph, nodes);
    for (const LinkRecord &l : data.links)
        bundler.addLink(l);
    for (const CircuitLink &c : circuits)
        bundler.addCircuit(c);

    // Nodes, core first, then by name; unlinked ones only when asked for.
    QList<TopologyNode> ordered;
    ordered.reserve(nodes.size());
    for (const Domain::Device *d : std::as_const(chosen)) {
        if (scope.includeUnlinked || bundler.linked().contains(d->id) || (neighbours && d->id == scope.deviceId))
            ordered << nodes.value(d->id);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const TopologyNode &a, const TopologyNode &b) {
        return std::tuple(int(a.tier), a.name) < std::tuple(int(b.tier), b.name);
    });
    graph.nodes = std::move(ordered);
    for (int i = 0; i < graph.nodes.size(); ++i)
        graph.nodeIndex.insert(graph.nodes.at(i).deviceId, i);
    return graph;
}

Result<TopologySourceData> TopologyBuilder::load(Store::Store &store)
{
    TopologySourceData data;
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    data.devices = std::move(devices).value();
    auto links = store.topologyLinks();
    if (!links)
        return links.error();
    data.links = std::move(links).value();
    auto circuits = store.topologyCircuitEnds();
    if (!circuits)
        return circuits.error();
    data.circuitEnds = std::move(circuits).value();
    auto tags = store.deviceTags();
    if (!tags)
        return tags.error();
    data.tags = std::move(tags).value();
    auto sites = store.sites();
    if (!sites)
        return sites.error();
    for (const Domain::Site &site : std::as_const(sites.value())) {
        auto locations = store.locations(site.id);
        if (!locations)
            return locations.error();
        for (const Domain::Location &l : std::as_const(locations.value()))
            data.locationNames.insert(l.id, l.name);
    }
    return data;
}

Result<TopologyGraph> TopologyBuilder::build(Store::Store &store, const TopologyScope &scope)
{
    auto data = load(store);
    if (!data)
        return data.error();
    return build(data.value(), scope);
}

} // namespace OpsDeck::Topology
