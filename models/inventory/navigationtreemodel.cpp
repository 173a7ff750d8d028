// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/navigationtreemodel.h"

#include <algorithm>

#include <QFont>

#include "models/inventory/statusstyle.h"
#include "models/session/inventory/inventoryservice.h"

namespace OpsDeck::Models {

struct NavigationTreeModel::Node
{
    NodeKind kind = NodeKind::Region;
    qint64 id = 0;
    Node *parent = nullptr;
    int row = 0;
    bool fetched = false;
    std::vector<std::unique_ptr<Node>> children;
};

NavigationTreeModel::NavigationTreeModel(InventoryService *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    setSource(source);
}

NavigationTreeModel::~NavigationTreeModel() = default;

void NavigationTreeModel::setSource(InventoryService *source)
{
    if (m_source == source)
        return;
    disconnect(m_connection);
    m_source = source;
    if (m_source)
        m_connection =
            connect(m_source, &InventoryService::snapshotLoaded, this, &NavigationTreeModel::handleSnapshotLoaded);
    handleSnapshotLoaded();
}

NavigationTreeModel::Key NavigationTreeModel::keyOf(NodeKind kind, qint64 id)
{
    return (quint64(kind) + 1) << 56 | (quint64(id) & 0x00ffffffffffffffULL);
}

void NavigationTreeModel::handleSnapshotLoaded()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void NavigationTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_childKeys.clear();
    m_parentKey.clear();
    m_snapshotRow.clear();
    m_deviceCount.clear();
    m_nodes.clear();
    if (!m_source)
        return;
    const InventorySnapshot &s = m_source->snapshot();
    const Key rootKey = 0;

    auto link = [this](Key parent, Key child) {
        m_childKeys[parent] << child;
        m_parentKey.insert(child, parent);
    };

    QHash<qint64, int> regionRow;
    for (int i = 0; i < s.regions.size(); ++i)
        regionRow.insert(s.regions[i].id, i);
    // Regions appear when they hold sites; nested regions are flattened to
    // the one a site names.
    for (int i = 0; i < s.sites.size(); ++i) {
        const Domain::Site &site = s.sites[i];
        const Key key = keyOf(NodeKind::Site, site.id);
        m_snapshotRow.insert(key, i);
        if (site.regionId && regionRow.contains(site.regionId)) {
            const Key regionKey = keyOf(NodeKind::Region, site.regionId);
            if (!m_snapshotRow.contains(regionKey)) {
                m_snapshotRow.insert(regionKey, regionRow.value(site.regionId));
                link(rootKey, regionKey);
            }
            link(regionKey, key);
        } else {
            link(rootKey, key);
        }
    }
    for (int i = 0; i < s.locations.size(); ++i) {
        const Domain::Location &location = s.locations[i];
        m_snapshotRow.insert(keyOf(NodeKind::Location, location.id), i);
    }
    for (const Domain::Location &location : s.locations) {
        const Key parent = location.parentId && m_snapshotRow.contains(keyOf(NodeKind::Location, location.parentId))
                               ? keyOf(NodeKind::Location, location.parentId)
                               : keyOf(NodeKind::Site, location.siteId);
        link(parent, keyOf(NodeKind::Location, location.id));
    }
    for (int i = 0; i < s.racks.size(); ++i) {
        const Domain::Rack &rack = s.racks[i];
        const Key key = keyOf(NodeKind::Rack, rack.id);
        m_snapshotRow.insert(key, i);
        const Key parent = rack.locationId && m_snapshotRow.contains(keyOf(NodeKind::Location, rack.locationId))
                               ? keyOf(NodeKind::Location, rack.locationId)
                               : keyOf(NodeKind::Site, rack.siteId);
        link(parent, key);
    }
    for (int i = 0; i < s.devices.size(); ++i)
        m_snapshotRow.insert(keyOf(NodeKind::Device, s.devices[i].id), i);
    for (const Domain::Device &device : s.devices) {
        Key parent = keyOf(NodeKind::Site, device.siteId);
        if (device.parentDeviceId && m_snapshotRow.contains(keyOf(NodeKind::Device, device.parentDeviceId)))
            parent = keyOf(NodeKind::Device, device.parentDeviceId);
        else if (device.rackId && m_snapshotRow.contains(keyOf(NodeKind::Rack, device.rackId)))
            parent = keyOf(NodeKind::Rack, device.rackId);
        link(parent, keyOf(NodeKind::Device, device.id));
    }
    // Count each device on every ancestor, once every link exists.
    for (const Domain::Device &device : s.devices) {
        const Key key = keyOf(NodeKind::Device, device.id);
        for (Key up = m_parentKey.value(key, rootKey); up != rootKey; up = m_parentKey.value(up, rootKey))
            ++m_deviceCount[up];
    }
    // Devices in a rack read from the top down, as in the elevation.
    for (auto it = m_childKeys.begin(); it != m_childKeys.end(); ++it) {
        if ((it.key() >> 56) - 1 != quint64(NodeKind::Rack))
            continue;
        std::stable_sort(it->begin(), it->end(), [&s, this](Key a, Key b) {
            const Domain::Device &da = s.devices[m_snapshotRow.value(a)];
            const Domain::Device &db = s.devices[m_snapshotRow.value(b)];
            return da.position > db.position;
        });
    }
    createChildren(m_root.get());
}

void NavigationTreeModel::createChildren(Node *node)
{
    node->fetched = true;
    const Key key = node == m_root.get() ? 0 : keyOf(node->kind, node->id);
    const QList<Key> keys = m_childKeys.value(key);
    node->children.reserve(keys.size());
    for (Key childKey : keys) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind((childKey >> 56) - 1);
        child->id = qint64(childKey & 0x00ffffffffffffffULL);
        child->parent = node;
        child->row = int(node->children.size());
        m_nodes.insert(childKey, child.get());
        node->children.push_back(std::move(child));
    }
}

NavigationTreeModel::Node *NavigationTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex NavigationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int NavigationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool NavigationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node->fetched)
        return !node->children.empty();
    return m_childKeys.contains(keyOf(node->kind, node->id));
}

bool NavigationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->fetched && m_childKeys.contains(keyOf(node->kind, node->id));
}

void NavigationTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    const int count = int(m_childKeys.value(keyOf(node->kind, node->id)).size());
    beginInsertRows(parent, 0, count - 1);
    createChildren(node);
    endInsertRows();
}

QModelIndex NavigationTreeModel::indexOf(NodeKind kind, qint64 id)
{
    const Key key = keyOf(kind, id);
    if (!m_snapshotRow.contains(key) || !m_parentKey.contains(key))
        return {};
    // Fetch from the top down along the path.
    QList<Key> path;
    for (Key up = m_parentKey.value(key); up != 0; up = m_parentKey.value(up, 0))
        path.prepend(up);
    for (Key step : std::as_const(path)) {
        Node *node = m_nodes.value(step);
        if (!node)
            return {};
        if (!node->fetched)
            fetchMore(indexOfNode(node));
    }
    return indexOfNode(m_nodes.value(key));
}

NavigationTreeModel::Facts NavigationTreeModel::factsOf(NodeKind kind, qint64 id, int row) const
{
    const InventorySnapshot &s = m_source->snapshot();
    switch (kind) {
    case NodeKind::Region:
        return {s.regions[row].name, {}, 0};
    case NodeKind::Site:
        return {s.sites[row].name, s.sites[row].status, s.sites[row].id};
    case NodeKind::Location:
        return {s.locations[row].name, {}, s.locations[row].siteId};
    case NodeKind::Rack:
        return {s.racks[row].name, s.racks[row].status, s.racks[row].siteId};
    case NodeKind::Device: {
        const Domain::Device &d = s.devices[row];
        return {d.name.isEmpty() ? tr("(unnamed device %1)").arg(id) : d.name, d.status, d.siteId};
    }
    }
    return {};
}

QString NavigationTreeModel::toolTip(NodeKind kind, const Facts &facts, int devices)
{
    QString kindText;
    switch (kind) {
    case NodeKind::Region:
        kindText = tr("Region");
        break;
    case NodeKind::Site:
        kindText = tr("Site");
        break;
    case NodeKind::Location:
        kindText = tr("Location");
        break;
    case NodeKind::Rack:
        kindText = tr("Rack");
        break;
    case NodeKind::Device:
        kindText = tr("Device");
        break;
    }
    const QString count = tr("%n device(s)", nullptr, devices);
    if (facts.status.isEmpty())
        return tr("%1 %2 · %3").arg(kindText, facts.name, count);
    if (kind == NodeKind::Device)
        return tr("%1 %2 · %3").arg(kindText, facts.name, statusText(facts.status));
    return tr("%1 %2 · %3 · %4").arg(kindText, facts.name, statusText(facts.status), count);
}

QVariant NavigationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const Node *node = nodeOf(index);
    const Key key = keyOf(node->kind, node->id);
    const int row = m_snapshotRow.value(key, -1);
    if (row < 0)
        return {};
    const Facts facts = factsOf(node->kind, node->id, row);

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return facts.name;
        if (node->kind == NodeKind::Device) {
            const Domain::Device &device = m_source->snapshot().devices[row];
            return device.position > 0 ? tr("U%1").arg(device.position) : QString();
        }
        return m_deviceCount.value(key);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !facts.status.isEmpty())
            return statusColor(facts.status);
        return {};
    case Qt::ToolTipRole:
        return toolTip(node->kind, facts, m_deviceCount.value(key));
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && (node->kind == NodeKind::Region || node->kind == NodeKind::Site)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case StatusRole:
        return facts.status;
    case SiteIdRole:
        return facts.siteId;
    default:
        return {};
    }
}

QVariant NavigationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Devices");
}

} // namespace OpsDeck::Models
