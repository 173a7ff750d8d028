// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologynodeitem.h"

#include <cmath>

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "models/topology/topologymodel.h"
#include "widgets/compliance/compliancemark.h"
#include "widgets/topology/topologycardcache.h"
#include "widgets/topology/topologyscene.h"

namespace OpsDeck::Widgets {

using namespace Topology;

namespace {

constexpr double kW = GraphLayout::nodeWidth;
constexpr double kH = GraphLayout::nodeHeight;

// The number of alarms at the top right of card @p r, red when any is
// critical, else amber; legible on screen at any zoom the labels show at.
// Returns where it went (empty without alarms).
QRectF paintAlarmBadge(QPainter *painter, const QRectF &r, const NodeState &state, double lod)
{
    const int total = state.criticalAlarms + state.warningAlarms;
    if (total <= 0)
        return {};
    QFont f = painter->font();
    f.setBold(true);
    f.setPixelSize(lod < 0.8 ? std::min(18, int(std::lround(9 / lod))) : 10);
    const QString text = total > 99 ? QStringLiteral("99+") : QString::number(total);
    const double h = f.pixelSize() + 4;
    const double w = std::max(h, QFontMetricsF(f).horizontalAdvance(text) + h / 2);
    const QRectF badge(r.right() - w - 3, r.top() + 3, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(state.criticalAlarms > 0 ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xef, 0x8f, 0x00));
    painter->drawRoundedRect(badge, h / 2, h / 2);
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    return badge;
}

// The compliance tag left of @p right (the alarm badge, or the card's
// right edge), as tall as the badge.
QRectF complianceTagRect(const QRectF &r, double right, double lod)
{
    const double h = (lod < 0.8 ? std::min(18, int(std::lround(9 / lod))) : 10) + 4;
    return QRectF(right - (h + 2) - 3, r.top() + 3, h + 2, h);
}

} // namespace

TopologyNodeItem::TopologyNodeItem(TopologyScene *scene, int index)
    : m_scene(scene)
    , m_index(index)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
}

QRectF TopologyNodeItem::boundingRect() const
{
    return QRectF(-kW / 2 - 3, -kH / 2 - 3, kW + 6, kH + 6);
}

const TopologyNode &TopologyNodeItem::node() const
{
    return m_scene->model()->graph().nodes.at(m_index);
}

TopologyNodeItem::NameLayout TopologyNodeItem::nameLayout(QFont f, double lod)
{
    const QRectF r(-kW / 2, -kH / 2, kW, kH);
    f.setBold(true);
    if (lod < 0.8) {
        f.setPixelSize(std::min(22, int(std::lround(10 / lod))));
        return {f, int(std::lround(8 / lod)), r.adjusted(11, 0, -3, 0)};
    }
    f.setPixelSize(12);
    return {f, 12, r.adjusted(12, 3, -5, -kH / 2)};
}

void TopologyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const TopologyNode &n = node();
    const QTransform transform = painter->worldTransform();
    const double lod = option->levelOfDetailFromTransform(transform);
    const QColor role = n.roleColor.isEmpty() ? QColor(0x90, 0xa4, 0xae) : QColor(u'#' + n.roleColor);
    const bool emphasised = isSelected() || m_scene->isHighlighted(n.deviceId);
    const QRectF r(-kW / 2, -kH / 2, kW, kH);
    if (lod < 0.35) {
        painter->fillRect(r, emphasised ? QColor(0xff, 0xa0, 0x00) : role);
        return;
    }
    TopologyCardStyle style;
    style.role = role.rgba();
    style.state = m_scene->model()->nodeColor(m_index).rgba();
    const NodeState state = m_scene->model()->nodeState(n.deviceId);
    style.thickBorder = state.reachability != Reachability::Unknown || state.criticalAlarms + state.warningAlarms > 0;
    style.planned = n.status == QLatin1String("planned");
    style.emphasis = isSelected() ? 1 : m_scene->isHighlighted(n.deviceId) ? 2 : 0;
    style.pinned = lod >= 0.8 && m_scene->model()->isPinned(n.deviceId);
    if (painter->paintEngine()->type() == QPaintEngine::Raster && transform.type() <= QTransform::TxScale &&
        transform.m11() == transform.m22()) {
        // A copy of the card drawn for this style at this zoom, on whole pixels.
        const double dpr = painter->device()->devicePixelRatioF();
        const QImage &card = m_scene->cardCache().card(style, transform.m11(), dpr);
        const QPointF at = transform.map(boundingRect().topLeft()) * dpr;
        painter->setWorldTransform(QTransform());
        painter->drawImage(QPointF(std::floor(at.x()), std::floor(at.y())) / dpr, card);
        painter->setWorldTransform(transform);
    } else {
        TopologyCardCache::paint(painter, style);
    }
    if (lod < 0.38)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    NameLayout name = nameLayout(painter->font(), lod);
    // The name makes room for the alarm count and the compliance tag.
    double marksLeft = r.right();
    if (const QRectF badge = paintAlarmBadge(painter, r, state, lod); !badge.isEmpty())
        marksLeft = badge.left();
    if (m_scene->complianceMark(n.deviceId)) {
        const QRectF tag = complianceTagRect(r, marksLeft, lod);
        paintItemMark(painter, tag, complianceMark(), painter->font());
        marksLeft = tag.left();
    }
    name.box.setRight(std::min(name.box.right(), marksLeft - 2));
    const QString label = m_scene->model()->nodeLabel(m_index);
    painter->setPen(QColor(0x1f, 0x29, 0x33));
    if (lod < 0.8) {
        m_name.drawName(painter, name.font, name.minPixelSize, n.name, label, name.box, Qt::AlignCenter);
        return;
    }
    m_name.drawName(painter, name.font, name.minPixelSize, n.name, label, name.box, Qt::AlignLeft | Qt::AlignVCenter);
    QFont f = painter->font();
    f.setPixelSize(10);
    f.setBold(false);
    painter->setPen(QColor(0x5f, 0x6b, 0x7a));
    const QString detail =
        n.primaryIp.isEmpty() ? n.role : n.role + QStringLiteral(" · ") + n.primaryIp.section(u'/', 0, 0);
    m_detail.draw(painter, f, detail, r.adjusted(12, kH / 2, -5, -3), Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideRight);
}

QVariant TopologyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_tracking)
        m_scene->handleNodeMoving(node().deviceId, value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

void TopologyNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_tracking = true;
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void TopologyNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    m_tracking = false;
    if (pos() != m_pressPos)
        m_scene->handleNodeReleased(node().deviceId, pos());
}

void TopologyNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    m_scene->handleNodeActivated(node().deviceId);
}

void TopologyNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    setToolTip(m_scene->nodeToolTip(node().deviceId));
}

} // namespace OpsDeck::Widgets
