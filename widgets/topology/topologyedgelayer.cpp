// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologyedgelayer.h"

#include <cmath>

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "widgets/topology/topologyscene.h"

namespace OpsDeck::Widgets {

using namespace Topology;
using Models::TopologyModel;

TopologyEdgeLayer::TopologyEdgeLayer(TopologyScene *scene)
    : m_scene(scene)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TopologyEdgeLayer::setPositions(const QHash<qint64, QPointF> &positions)
{
    prepareGeometryChange();
    m_positions = positions;
    QRectF b;
    for (const QPointF &p : positions)
        b |= QRectF(p - QPointF(1, 1), QSizeF(2, 2));
    m_bounds = b.adjusted(-40, -40, 40, 40);
    update();
}

void TopologyEdgeLayer::movePosition(qint64 deviceId, const QPointF &pos)
{
    m_positions.insert(deviceId, pos);
    if (!m_bounds.contains(pos)) {
        prepareGeometryChange();
        m_bounds |= QRectF(pos, QSizeF(1, 1)).adjusted(-80, -80, 80, 80);
    }
    update();
}

// Styles only change with the graph or live state: computed once then,
// with edges sorted into pen groups, not on every frame.
void TopologyEdgeLayer::restyle()
{
    const TopologyModel *model = m_scene->model();
    const int count = int(model->graph().edges.size());
    m_styles.resize(count);
    m_group.resize(count);
    m_pens.clear();
    QHash<QString, int> groups;
    for (int i = 0; i < count; ++i) {
        m_styles[i] = model->edgeStyle(i);
        const Models::TopologyEdgeStyle &s = m_styles.at(i);
        const QString key = s.color.name() + QString::number(s.width, 'f', 1) + (s.dashed ? u'd' : u's');
        auto it = groups.constFind(key);
        if (it == groups.constEnd()) {
            it = groups.insert(key, int(m_pens.size()));
            m_pens << QPen(s.color, s.width, s.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        }
        m_group[i] = it.value();
    }
    update();
}

void TopologyEdgeLayer::setAuditVisible(bool visible)
{
    m_audit = visible;
    update();
}

void TopologyEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    // Audit halos underneath the edges they concern.
    if (m_audit)
        paintAuditHalos(painter);
    if (m_styles.size() != m_scene->model()->graph().edges.size())
        return;
    const QList<int> labelled = paintEdges(painter, option->exposedRect, lod);
    if (m_audit)
        paintAuditLines(painter);
    // Labels only where they can be read: zoomed in, and not hundreds.
    if (lod < 0.55 || labelled.size() > 300)
        return;
    paintLabels(painter, labelled, lod);
}

void TopologyEdgeLayer::paintAuditHalos(QPainter *painter) const
{
    const TopologyModel *model = m_scene->model();
    const TopologyGraph &g = model->graph();
    for (const Models::TopologyAuditMark &m : model->auditMarks()) {
        if (m.edgeIndex < 0)
            continue;
        const TopologyEdge &e = g.edges.at(m.edgeIndex);
        const QPointF a = m_positions.value(e.aDeviceId);
        const QPointF b = m_positions.value(e.bDeviceId);
        QColor c = TopologyModel::auditColor(m.kind);
        c.setAlpha(110);
        painter->setPen(QPen(c, 9, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(a, b);
    }
}

QList<int> TopologyEdgeLayer::paintEdges(QPainter *painter, const QRectF &exposed, double lod) const
{
    const TopologyGraph &g = m_scene->model()->graph();
    const bool fine = lod > 0.3;
    const auto visible = [&](const QPointF &a, const QPointF &b) {
        return exposed.intersects(QRectF(a, b).normalized().adjusted(-4, -4, 4, 4));
    };
    // Edges, grouped by pen so that each group is one drawLines call.
    QList<QList<QLineF>> batches(m_pens.size());
    QList<int> labelled;
    int visibleEdges = 0;
    for (int i = 0; i < g.edges.size(); ++i) {
        const TopologyEdge &e = g.edges.at(i);
        const auto pa = m_positions.constFind(e.aDeviceId);
        const auto pb = m_positions.constFind(e.bDeviceId);
        if (pa == m_positions.constEnd() || pb == m_positions.constEnd() || !visible(*pa, *pb))
            continue;
        batches[m_group.at(i)] << QLineF(*pa, *pb);
        ++visibleEdges;
        if (fine && (e.count() > 1 || e.kind != TopologyEdge::Kind::Cable) && exposed.contains((*pa + *pb) / 2))
            labelled << i;
    }
    // Thousands of antialiased wide lines cost more than a frame; a
    // view that dense does not need smooth edges.
    if (visibleEdges > 1500)
        painter->setRenderHint(QPainter::Antialiasing, false);
    for (int b = 0; b < batches.size(); ++b) {
        if (batches.at(b).isEmpty())
            continue;
        QPen pen = m_pens.at(b);
        if (!fine)
            pen.setWidthF(1.0 / std::max(lod, 0.05)); // hairlines when zoomed far out
        painter->setPen(pen);
        painter->drawLines(batches.at(b));
    }
    return labelled;
}

// Audit lines LLDP sees but NetBox does not have as drawn.
void TopologyEdgeLayer::paintAuditLines(QPainter *painter) const
{
    for (const Models::TopologyAuditMark &m : m_scene->model()->auditMarks()) {
        if (m.kind != Topology::AuditFinding::Kind::MissingInNetBox
            && m.kind != Topology::AuditFinding::Kind::PortMismatch)
            continue;
        const auto pa = m_positions.constFind(m.aDeviceId);
        const auto pb = m_positions.constFind(m.bDeviceId);
        if (pa == m_positions.constEnd() || pb == m_positions.constEnd())
            continue;
        QPen pen(TopologyModel::auditColor(m.kind), 2.6, Qt::DashDotLine, Qt::RoundCap);
        painter->setPen(pen);
        // Bow the line so that it stays visible beside an existing edge.
        const QPointF mid = (*pa + *pb) / 2;
        const QPointF d = *pb - *pa;
        const double len = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF normal(-d.y() / len, d.x() / len);
        QPainterPath path(*pa);
        path.quadTo(mid + normal * std::min(60.0, len * 0.2), *pb);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
}

void TopologyEdgeLayer::paintLabels(QPainter *painter, const QList<int> &labelled, double lod) const
{
    const TopologyGraph &g = m_scene->model()->graph();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QFont f = painter->font();
    f.setPixelSize(10);
    f.setBold(true);
    painter->setFont(f);
    const QFontMetricsF fm(f);
    for (int i : labelled) {
        const TopologyEdge &e = g.edges.at(i);
        const QPointF a = m_positions.value(e.aDeviceId);
        const QPointF b = m_positions.value(e.bDeviceId);
        const Models::TopologyEdgeStyle &s = m_styles.at(i);
        if (e.kind == TopologyEdge::Kind::Lag) {
            // The LAG ring across the bundle near its lower end.
            const QPointF at = a + (b - a) * 0.78;
            painter->setPen(QPen(s.color, 1.4));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(at, 6 + s.width / 2, 6 + s.width / 2);
        }
        QString label = e.count() > 1 ? QStringLiteral("×%1").arg(e.count()) : QString();
        if (e.kind == TopologyEdge::Kind::Circuit)
            label = e.label;
        else if (e.kind == TopologyEdge::Kind::Lag && lod > 0.9)
            label = label.isEmpty() ? e.label : e.label + u' ' + label;
        if (label.isEmpty())
            continue;
        const QPointF mid = (a + b) / 2;
        QRectF box = fm.boundingRect(label).adjusted(-4, -1, 4, 1);
        box.moveCenter(mid);
        painter->setPen(QPen(s.color, 1));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(s.color.darker(130));
        painter->drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace OpsDeck::Widgets
