// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologyscene.h"

#include <cmath>

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>

#include "models/topology/topologymodel.h"
#include "widgets/topology/cardtext.h"
#include "widgets/topology/topologycardcache.h"
#include "widgets/topology/topologyedgelayer.h"
#include "widgets/topology/topologygrouplayer.h"
#include "widgets/topology/topologynodeitem.h"

namespace OpsDeck::Widgets {

using namespace Topology;
using Models::TopologyModel;

namespace {

QString rate(double bitsPerSecond)
{
    if (bitsPerSecond >= 1e9)
        return QStringLiteral("%1 Gb/s").arg(bitsPerSecond / 1e9, 0, 'f', 2);
    if (bitsPerSecond >= 1e6)
        return QStringLiteral("%1 Mb/s").arg(bitsPerSecond / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 kb/s").arg(bitsPerSecond / 1e3, 0, 'f', 0);
}

QString speed(qint64 kbps)
{
    if (kbps <= 0)
        return QStringLiteral("?");
    if (kbps >= 1000000)
        return QStringLiteral("%1G").arg(kbps / 1000000);
    return QStringLiteral("%1M").arg(kbps / 1000);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

TopologyScene::TopologyScene(TopologyModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_cards(std::make_unique<TopologyCardCache>())
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(m_model, &TopologyModel::graphChanged, this, &TopologyScene::rebuild);
    // Items index into the graph: none may outlive it, not even while the new one is laid out.
    connect(m_model, &TopologyModel::graphReset, this, &TopologyScene::rebuild);
    connect(m_model, &TopologyModel::liveStateChanged, this, &TopologyScene::handleLiveStateChanged);
    connect(m_model, &TopologyModel::auditChanged, this, &TopologyScene::handleLiveStateChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::handleSelectionChanged);
    rebuild();
}

TopologyScene::~TopologyScene() = default;

void TopologyScene::rebuild()
{
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges = new TopologyEdgeLayer(this);
    m_groups = new TopologyGroupLayer(this);
    addItem(m_groups);
    addItem(m_edges);
    const TopologyGraph &g = m_model->graph();
    const QHash<qint64, QPointF> &positions = m_model->positions();
    for (int i = 0; i < g.nodes.size(); ++i) {
        const qint64 id = g.nodes.at(i).deviceId;
        if (!positions.contains(id))
            continue;
        auto *item = new TopologyNodeItem(this, i);
        item->setPos(positions.value(id));
        addItem(item);
        m_nodes.insert(id, item);
    }
    m_edges->setPositions(positions);
    m_edges->restyle();
    m_groups->recompute(positions);
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 60, 60));
}

QPointF TopologyScene::nodePosition(qint64 deviceId) const
{
    const auto it = m_nodes.constFind(deviceId);
    return it == m_nodes.constEnd() ? QPointF() : it.value()->pos();
}

void TopologyScene::setHighlighted(const QList<qint64> &deviceIds)
{
    m_highlighted = QSet<qint64>(deviceIds.cbegin(), deviceIds.cend());
    update();
}

void TopologyScene::selectDevice(qint64 deviceId)
{
    clearSelection();
    if (TopologyNodeItem *item = m_nodes.value(deviceId))
        item->setSelected(true);
}

int TopologyScene::edgeAt(const QPointF &scenePos, double tolerance) const
{
    if (!m_edges)
        return -1;
    const TopologyGraph &g = m_model->graph();
    const auto &pos = m_edges->positions();
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < g.edges.size(); ++i) {
        const TopologyEdge &e = g.edges.at(i);
        const double d = distanceToSegment(scenePos, pos.value(e.aDeviceId), pos.value(e.bDeviceId));
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

QString TopologyScene::nodeCardText(qint64 deviceId, double zoom) const
{
    const int index = m_model->graph().indexOf(deviceId);
    const QGraphicsView *view = views().value(0);
    if (index < 0 || !view || zoom < 0.38)
        return {};
    const TopologyNodeItem::NameLayout name = TopologyNodeItem::nameLayout(view->font(), zoom);
    return CardText::fitName(name.font, name.minPixelSize, m_model->graph().nodes.at(index).name,
                             m_model->nodeLabel(index), name.box.width())
        .text;
}

QString TopologyScene::nodeToolTip(qint64 deviceId) const
{
    const TopologyGraph &g = m_model->graph();
    const int index = g.indexOf(deviceId);
    if (index < 0)
        return {};
    const TopologyNode &n = g.nodes.at(index);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
    lines << tr("%1 · %2").arg(n.role.toHtmlEscaped(), n.model.toHtmlEscaped());
    if (!n.primaryIp.isEmpty())
        lines << n.primaryIp.toHtmlEscaped();
    lines << (n.rackName.isEmpty() ? n.siteName : tr("%1, rack %2").arg(n.siteName, n.rackName)).toHtmlEscaped();
    if (const Models::DeviceComplianceMark *mark = Models::nonCompliantMark(m_compliance, deviceId)) {
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(Models::complianceMarkColor().name(), Models::complianceToolTip(*mark).toHtmlEscaped());
    }
    int shown = 0;
    int total = 0;
    for (const TopologyEdge &e : g.edges) {
        const bool isA = e.aDeviceId == deviceId;
        if (!isA && e.bDeviceId != deviceId)
            continue;
        const qint64 peer = isA ? e.bDeviceId : e.aDeviceId;
        const QString peerName = g.nodes.at(g.indexOf(peer)).name;
        for (const TopologyMember &m : e.members) {
            ++total;
            if (shown >= 12)
                continue;
            ++shown;
            const qint64 local = isA ? m.aInterfaceId : m.bInterfaceId;
            QString line = tr("%1 → %2 %3 (%4)")
                               .arg((isA ? m.aInterface : m.bInterface).toHtmlEscaped(), peerName.toHtmlEscaped(),
                                    (isA ? m.bInterface : m.aInterface).toHtmlEscaped(), speed(m.speedKbps));
            if (m_model->hasLinkState(local)) {
                const LinkState s = m_model->linkState(local);
                line += s.operUp ? tr(" in %1, out %2").arg(rate(s.inBitsPerSecond), rate(s.outBitsPerSecond))
                                 : tr(" <span style='color:#d32f2f'>down</span>");
            }
            lines << line;
        }
    }
    if (total > shown)
        lines << tr("… and %n more link(s)", nullptr, total - shown);
    return lines.join(QStringLiteral("<br>"));
}

QString TopologyScene::edgeToolTip(int edgeIndex) const
{
    const TopologyGraph &g = m_model->graph();
    if (edgeIndex < 0 || edgeIndex >= g.edges.size())
        return {};
    const TopologyEdge &e = g.edges.at(edgeIndex);
    const QString a = g.nodes.at(g.indexOf(e.aDeviceId)).name;
    const QString b = g.nodes.at(g.indexOf(e.bDeviceId)).name;
    QStringList lines;
    QString title = tr("<b>%1 — %2</b>").arg(a.toHtmlEscaped(), b.toHtmlEscaped());
    if (e.kind == TopologyEdge::Kind::Lag)
        title += tr(" · LAG %1").arg(e.label.toHtmlEscaped());
    else if (e.kind == TopologyEdge::Kind::Circuit)
        title += tr(" · circuit %1").arg(e.label.toHtmlEscaped());
    lines << title << tr("%n cable(s), %1 total", nullptr, e.count()).arg(speed(e.capacityKbps()));
    for (const TopologyMember &m : e.members) {
        QString line =
            tr("%1 — %2 (%3)").arg(m.aInterface.toHtmlEscaped(), m.bInterface.toHtmlEscaped(), speed(m.speedKbps));
        if (m.status == QLatin1String("planned"))
            line += tr(", planned");
        if (m_model->hasLinkState(m.aInterfaceId)) {
            const LinkState s = m_model->linkState(m.aInterfaceId);
            line +=
                s.operUp ? tr(": in %1, out %2").arg(rate(s.inBitsPerSecond), rate(s.outBitsPerSecond)) : tr(": down");
        }
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

void TopologyScene::setComplianceMarks(const Models::ComplianceMarks &marks)
{
    m_compliance = marks;
    update();
}

std::optional<Models::DeviceComplianceMark> TopologyScene::complianceMark(qint64 deviceId) const
{
    const Models::DeviceComplianceMark *mark = Models::nonCompliantMark(m_compliance, deviceId);
    return mark ? std::optional(*mark) : std::nullopt;
}

void TopologyScene::setAuditVisible(bool visible)
{
    if (m_edges)
        m_edges->setAuditVisible(visible);
}

void TopologyScene::handleNodeMoving(qint64 deviceId, const QPointF &pos)
{
    if (m_edges)
        m_edges->movePosition(deviceId, pos);
}

void TopologyScene::handleNodeReleased(qint64 deviceId, const QPointF &pos)
{
    m_model->moveNode(deviceId, pos);
    if (m_groups && m_edges)
        m_groups->recompute(m_edges->positions());
}

void TopologyScene::handleNodeActivated(qint64 deviceId)
{
    emit deviceActivated(deviceId);
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> hit = items(event->scenePos());
    for (QGraphicsItem *item : hit) {
        if (dynamic_cast<TopologyNodeItem *>(item)) {
            QGraphicsScene::mouseDoubleClickEvent(event);
            return;
        }
    }
    const int edge = edgeAt(event->scenePos(), 6);
    if (edge >= 0) {
        const TopologyEdge &e = m_model->graph().edges.at(edge);
        emit interfaceActivated(e.aDeviceId, e.members.isEmpty() ? 0 : e.members.first().aInterfaceId);
        event->accept();
    }
}

void TopologyScene::handleLiveStateChanged()
{
    if (m_edges)
        m_edges->restyle();
    update();
}

void TopologyScene::handleSelectionChanged()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() == 1) {
        if (auto *node = dynamic_cast<TopologyNodeItem *>(selected.first()))
            emit deviceSelected(node->node().deviceId);
    }
}

} // namespace OpsDeck::Widgets
