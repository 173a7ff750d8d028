// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>
#include <optional>

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include "models/compliance/compliancemarks.h"

namespace OpsDeck::Models {
class TopologyModel;
}

namespace OpsDeck::Widgets {

class TopologyNodeItem;
class TopologyCardCache;
class TopologyEdgeLayer;
class TopologyGroupLayer;

/// Draws a TopologyModel: one item per device, and the edges, groups and
/// audit marks as three layer items that paint only what is exposed (a graph
/// of ten thousand cables stays fast to pan and zoom). Node drags go back to
/// the model as pinned positions. Lives on the GUI thread.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    explicit TopologyScene(Models::TopologyModel *model, QObject *parent = nullptr);
    ~TopologyScene() override;

    [[nodiscard]] Models::TopologyModel *model() const { return m_model; }
    [[nodiscard]] QPointF nodePosition(qint64 deviceId) const;
    [[nodiscard]] bool hasNode(qint64 deviceId) const { return m_nodes.contains(deviceId); }
    /// Marks search hits (empty: none).
    void setHighlighted(const QList<qint64> &deviceIds);
    [[nodiscard]] bool isHighlighted(qint64 deviceId) const { return m_highlighted.contains(deviceId); }
    void selectDevice(qint64 deviceId);
    /// The edge nearest to @p scenePos within @p tolerance, or -1.
    [[nodiscard]] int edgeAt(const QPointF &scenePos, double tolerance) const;
    /// The name a device's card shows at @p zoom in the first view: the
    /// whole name, or when it does not fit the part that tells it from the
    /// others (Models::TopologyModel::nodeLabel()); the tooltip has it whole.
    /// Empty when zoomed out too far for names.
    [[nodiscard]] QString nodeCardText(qint64 deviceId, double zoom = 1.0) const;
    /// Tooltip text of a device or an edge.
    [[nodiscard]] QString nodeToolTip(qint64 deviceId) const;
    [[nodiscard]] QString edgeToolTip(int edgeIndex) const;
    /// Configuration compliance per device id: a tag on the cards of the
    /// non-compliant devices and a line in their tooltips. Replaces the
    /// previous marks; kept when the graph changes.
    void setComplianceMarks(const Models::ComplianceMarks &marks);
    /// The mark of a device that is not compliant, else none.
    [[nodiscard]] std::optional<Models::DeviceComplianceMark> complianceMark(qint64 deviceId) const;
    /// Whether the audit marks are drawn.
    void setAuditVisible(bool visible);

    // Used by the items.
    void handleNodeMoving(qint64 deviceId, const QPointF &pos);
    void handleNodeReleased(qint64 deviceId, const QPointF &pos);
    void handleNodeActivated(qint64 deviceId);
    [[nodiscard]] TopologyCardCache &cardCache() const { return *m_cards; }

signals:
    void deviceActivated(qint64 deviceId);
    void interfaceActivated(qint64 deviceId, qint64 interfaceId);
    void deviceSelected(qint64 deviceId);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void handleLiveStateChanged();
    void handleSelectionChanged();

    Models::TopologyModel *m_model;
    QHash<qint64, TopologyNodeItem *> m_nodes;
    TopologyEdgeLayer *m_edges = nullptr;
    TopologyGroupLayer *m_groups = nullptr;
    QSet<qint64> m_highlighted;
    Models::ComplianceMarks m_compliance;
    std::unique_ptr<TopologyCardCache> m_cards;
};

} // namespace OpsDeck::Widgets
