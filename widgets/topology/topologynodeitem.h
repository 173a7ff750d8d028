// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QFont>
#include <QGraphicsItem>

#include "widgets/topology/cardtext.h"

namespace OpsDeck::Topology {
struct TopologyNode;
}

namespace OpsDeck::Widgets {

class TopologyScene;

/// One device of a TopologyScene: a card with a role stripe, the name and
/// the role or address; its border shows reachability and alarms, a badge
/// at the top right how many alarms it has. Below ~35 % zoom only a block.
/// Drags and double clicks go to the scene. Owned by the scene; GUI thread.
class TopologyNodeItem final : public QGraphicsItem
{
public:
    /// The font, smallest pixel size and box (item coordinates) of the name.
    struct NameLayout
    {
        QFont font;
        int minPixelSize = 0;
        QRectF box;
    };

    /// Draws node @p index of the scene's graph.
    TopologyNodeItem(TopologyScene *scene, int index);

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] const Topology::TopologyNode &node() const;
    /// The name's layout at level of detail @p lod, based on @p font. Zoomed
    /// out only the name is drawn, at a size still legible on screen.
    [[nodiscard]] static NameLayout nameLayout(QFont font, double lod);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;

private:
    TopologyScene *m_scene;
    int m_index;
    CardText m_name;
    CardText m_detail;
    bool m_tracking = false;
    QPointF m_pressPos;
};

} // namespace OpsDeck::Widgets
