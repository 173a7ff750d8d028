// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace OpsDeck::Models {

class InventoryService;

/// What a navigation tree row stands for.
enum class NodeKind { Region, Site, Location, Rack, Device };

/// The navigation tree: Region > Site > Location > Rack > Device (child
/// devices below their parent), with device counts and status colours.
/// Adapts the InventoryService's snapshot; rows below a node are created
/// lazily (canFetchMore/fetchMore) when a view expands it. GUI thread.
class NavigationTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationTreeModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole, ///< NodeKind as int
        IdRole,                  ///< NetBox id of the object
        StatusRole,              ///< raw status value
        SiteIdRole,              ///< id of the site the object belongs to
    };

    explicit NavigationTreeModel(InventoryService *source = nullptr, QObject *parent = nullptr);
    ~NavigationTreeModel() override;

    void setSource(InventoryService *source);

    /// The index of an object, creating the rows along its path; invalid when
    /// the object is not in the tree.
    [[nodiscard]] QModelIndex indexOf(NodeKind kind, qint64 id);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Node;
    using Key = quint64;
    /// What the tree shows of an object.
    struct Facts
    {
        QString name;
        QString status;
        qint64 siteId = 0;
    };
    [[nodiscard]] Facts factsOf(NodeKind kind, qint64 id, int row) const;
    [[nodiscard]] static QString toolTip(NodeKind kind, const Facts &facts, int devices);
    [[nodiscard]] static Key keyOf(NodeKind kind, qint64 id);
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfNode(const Node *node) const;
    void createChildren(Node *node);
    void handleSnapshotLoaded();
    void rebuild();

    QPointer<InventoryService> m_source;
    std::unique_ptr<Node> m_root;
    QHash<Key, QList<Key>> m_childKeys;  ///< every node's children, in display order
    QHash<Key, Key> m_parentKey;
    QHash<Key, int> m_snapshotRow;       ///< position in the snapshot's list of that kind
    QHash<Key, int> m_deviceCount;       ///< devices at or below a node
    QHash<Key, Node *> m_nodes;          ///< created nodes only
    QMetaObject::Connection m_connection;
};

} // namespace OpsDeck::Models
