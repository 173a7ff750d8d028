// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <utility>

#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QString>

namespace OpsDeck::Widgets {

class TopologyScene;

/// The group frames (site, location or rack) of a TopologyScene, drawn
/// behind the nodes with the group's name. Owned by the scene; GUI thread.
class TopologyGroupLayer final : public QGraphicsItem
{
public:
    explicit TopologyGroupLayer(TopologyScene *scene);

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    /// Fits every group's frame around its nodes at @p positions.
    void recompute(const QHash<qint64, QPointF> &positions);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    TopologyScene *m_scene;
    QList<std::pair<QString, QRectF>> m_frames;
    QRectF m_bounds;
};

} // namespace OpsDeck::Widgets
