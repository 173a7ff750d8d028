// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPen>

#include "models/topology/topologymodel.h"

namespace OpsDeck::Widgets {

class TopologyScene;

/// Every edge and audit mark of a TopologyScene in one item: straight lines
/// batched by pen, bundle counts, LAG rings and circuit labels when zoomed
/// in. It keeps its own copy of the node positions so that a node being
/// dragged moves its edges at once. Owned by the scene; GUI thread.
class TopologyEdgeLayer final : public QGraphicsItem
{
public:
    explicit TopologyEdgeLayer(TopologyScene *scene);

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }

    void setPositions(const QHash<qint64, QPointF> &positions);
    void movePosition(qint64 deviceId, const QPointF &pos);
    [[nodiscard]] const QHash<qint64, QPointF> &positions() const { return m_positions; }
    /// Recomputes the edge styles and pen groups; call when the graph or the
    /// live state changed.
    void restyle();
    void setAuditVisible(bool visible);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintAuditHalos(QPainter *painter) const;
    /// Draws the edges crossing @p exposed, one drawLines call per pen;
    /// returns the edges whose label or ring may be drawn.
    QList<int> paintEdges(QPainter *painter, const QRectF &exposed, double lod) const;
    void paintAuditLines(QPainter *painter) const;
    void paintLabels(QPainter *painter, const QList<int> &labelled, double lod) const;

    TopologyScene *m_scene;
    QHash<qint64, QPointF> m_positions;
    QRectF m_bounds;
    bool m_audit = true;
    QList<Models::TopologyEdgeStyle> m_styles;
    QList<int> m_group; ///< edge -> index into m_pens
    QList<QPen> m_pens;
};

} // namespace OpsDeck::Widgets
