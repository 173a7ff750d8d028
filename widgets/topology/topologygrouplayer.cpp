// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologygrouplayer.h"

#include <QMap>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "models/topology/topologymodel.h"
#include "widgets/topology/topologyscene.h"

namespace OpsDeck::Widgets {

using namespace Topology;

namespace {

constexpr double kW = GraphLayout::nodeWidth;
constexpr double kH = GraphLayout::nodeHeight;

} // namespace

TopologyGroupLayer::TopologyGroupLayer(TopologyScene *scene)
    : m_scene(scene)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TopologyGroupLayer::recompute(const QHash<qint64, QPointF> &positions)
{
    prepareGeometryChange();
    m_frames.clear();
    QMap<QString, QRectF> frames;
    for (const TopologyNode &n : m_scene->model()->graph().nodes) {
        if (n.group.isEmpty())
            continue;
        const QPointF p = positions.value(n.deviceId);
        frames[n.group] |= QRectF(p.x() - kW / 2 - 16, p.y() - kH / 2 - 30, kW + 32, kH + 46);
    }
    m_bounds = {};
    for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
        m_frames << std::pair(it.key(), it.value());
        m_bounds |= it.value();
    }
    update();
}

void TopologyGroupLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QFont f = painter->font();
    f.setPixelSize(13);
    f.setBold(true);
    painter->setFont(f);
    for (const auto &[name, rect] : m_frames) {
        painter->setPen(QPen(QColor(0xc5, 0xcd, 0xd6), 1.2));
        painter->setBrush(QColor(0xee, 0xf2, 0xf6, 150));
        painter->drawRoundedRect(rect, 10, 10);
        if (lod > 0.25) {
            painter->setPen(QColor(0x4a, 0x55, 0x63));
            painter->drawText(rect.adjusted(12, 6, -12, 0), Qt::AlignLeft | Qt::AlignTop, name);
        }
    }
}

} // namespace OpsDeck::Widgets
