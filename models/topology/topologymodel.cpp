// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/topology/topologymodel.h"

#include <cmath>

#include <QLoggingCategory>

#include "models/session/topology/nodelabels.h"

Q_LOGGING_CATEGORY(lcTopologyModel, "opsdeck.topology.model")

namespace OpsDeck::Models {

using namespace Topology;

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor utilisationColor(double u)
{
    const QColor green(0x2e, 0x9d, 0x5b);
    const QColor yellow(0xe6, 0xb4, 0x00);
    const QColor red(0xd3, 0x2f, 0x2f);
    return u < 0.5 ? mix(green, yellow, u / 0.5) : mix(yellow, red, (u - 0.5) / 0.4);
}

QString engineName(LayoutEngine e)
{
    switch (e) {
    case LayoutEngine::Auto:
        return QStringLiteral("auto");
    case LayoutEngine::Hierarchical:
        return QStringLiteral("hierarchical");
    case LayoutEngine::Mesh:
        return QStringLiteral("mesh");
    case LayoutEngine::Spring:
        return QStringLiteral("spring");
    }
    return {};
}

LayoutEngine engineFromName(const QString &name)
{
    for (LayoutEngine e : {LayoutEngine::Hierarchical, LayoutEngine::Mesh, LayoutEngine::Spring}) {
        if (engineName(e) == name)
            return e;
    }
    return LayoutEngine::Auto;
}

} // namespace

TopologyModel::TopologyModel(QObject *parent)
    : QObject(parent)
{
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(250);
    connect(&m_liveTimer, &QTimer::timeout, this, &TopologyModel::flushLive);
    connect(&m_layouter, &TopologyLayouter::finished, this, &TopologyModel::handleLayoutFinished);
}

TopologyModel::~TopologyModel() = default;

void TopologyModel::setGraph(const TopologyGraph &graph, const Domain::ViewState &view)
{
    m_graph = graph;
    m_labels = topologyNodeLabels(m_graph);
    m_engine = engineFromName(view.engine);
    m_pinned.clear();
    for (auto it = view.pinned.cbegin(); it != view.pinned.cend(); ++it) {
        if (m_graph.indexOf(it.key()) >= 0)
            m_pinned.insert(it.key(), it.value());
    }
    m_audit = {};
    m_marks.clear();
    emit graphReset();
    startLayout();
}

void TopologyModel::setEngine(LayoutEngine engine)
{
    m_engine = engine;
    startLayout();
}

void TopologyModel::startLayout()
{
    cancelLayout();
    LayoutOptions options;
    options.engine = m_engine;
    options.pinned = m_pinned;
    m_ticket = m_layouter.requestLayout(m_graph, options);
    emit layoutStarted();
}

void TopologyModel::cancelLayout()
{
    if (m_ticket) {
        const quint64 ticket = m_ticket;
        m_ticket = 0;
        m_layouter.cancel(ticket);
    }
}

void TopologyModel::handleLayoutFinished(quint64 ticket, const Result<LayoutResult> &result)
{
    if (ticket != m_ticket)
        return; // superseded or cancelled
    m_ticket = 0;
    if (!result) {
        qCWarning(lcTopologyModel) << "layout failed:" << result.error().toString();
        emit layoutFailed(result.error());
        return;
    }
    m_positions = result->positions;
    m_bounds = result->bounds;
    m_usedEngine = result->engine;
    emit graphChanged();
}

void TopologyModel::moveNode(qint64 deviceId, const QPointF &position)
{
    if (m_graph.indexOf(deviceId) < 0)
        return;
    m_pinned.insert(deviceId, position);
    m_positions.insert(deviceId, position);
    m_bounds |= QRectF(position.x() - GraphLayout::nodeWidth / 2, position.y() - GraphLayout::nodeHeight / 2,
                       GraphLayout::nodeWidth, GraphLayout::nodeHeight);
    emit nodeMoved(deviceId, position);
}

void TopologyModel::unpinAll()
{
    m_pinned.clear();
    startLayout();
}

Domain::ViewState TopologyModel::viewState() const
{
    return Domain::ViewState{m_pinned, engineName(m_engine)};
}

NodeState TopologyModel::nodeState(qint64 deviceId) const
{
    return m_nodes.value(deviceId, NodeState{deviceId});
}

QColor TopologyModel::nodeColor(int nodeIndex) const
{
    const TopologyNode &n = m_graph.nodes.at(nodeIndex);
    const NodeState s = nodeState(n.deviceId);
    if (s.criticalAlarms > 0 || s.reachability == Reachability::Down)
        return QColor(0xd3, 0x2f, 0x2f);
    if (s.warningAlarms > 0 || s.reachability == Reachability::Degraded)
        return QColor(0xef, 0x8f, 0x00);
    if (s.reachability == Reachability::Up)
        return QColor(0x2e, 0x9d, 0x5b);
    return QColor(0x6b, 0x77, 0x85);
}

TopologyEdgeStyle TopologyModel::edgeStyle(int edgeIndex) const
{
    const TopologyEdge &e = m_graph.edges.at(edgeIndex);
    TopologyEdgeStyle style;
    switch (e.kind) {
    case TopologyEdge::Kind::Cable:
        style.color = QColor(0x8a, 0x96, 0xa3);
        break;
    case TopologyEdge::Kind::Lag:
        style.color = QColor(0x3b, 0x6e, 0xb4);
        break;
    case TopologyEdge::Kind::Circuit:
        style.color = QColor(0x7b, 0x4f, 0xb0);
        break;
    }
    style.width = 1.4 + std::log2(double(std::max(1, e.count()))) * 1.3;
    for (const TopologyMember &m : e.members) {
        for (qint64 iface : {m.aInterfaceId, m.bInterfaceId}) {
            const auto it = m_links.constFind(iface);
            if (it == m_links.constEnd())
                continue;
            if (!it->operUp) {
                ++style.downMembers;
                break;
            }
            LinkState s = it.value();
            if (s.speedBitsPerSecond <= 0)
                s.speedBitsPerSecond = m.speedKbps * 1000;
            style.utilisation = std::max(style.utilisation, s.utilisation());
        }
    }
    if (style.utilisation >= 0) {
        style.color = utilisationColor(style.utilisation);
        style.width += std::min(style.utilisation, 1.0) * 3.0;
    }
    if (style.downMembers > 0) {
        style.dashed = true;
        if (style.downMembers >= e.count())
            style.color = QColor(0xd3, 0x2f, 0x2f);
    } else if (e.isPlanned()) {
        style.dashed = true;
        style.color = QColor(0xb0, 0xb8, 0xc2);
    }
    return style;
}

void TopologyModel::applyNodeStates(const QList<NodeState> &states)
{
    m_pendingNodes << states;
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void TopologyModel::applyLinkStates(const QList<LinkState> &states)
{
    m_pendingLinks << states;
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void TopologyModel::flushLive()
{
    for (const NodeState &s : std::as_const(m_pendingNodes))
        m_nodes.insert(s.deviceId, s);
    for (const LinkState &s : std::as_const(m_pendingLinks))
        m_links.insert(s.interfaceId, s);
    m_pendingNodes.clear();
    m_pendingLinks.clear();
    emit liveStateChanged();
}

void TopologyModel::setAuditReport(const AuditReport &report)
{
    m_audit = report;
    m_marks.clear();
    QHash<qint64, int> edgeOfCable;
    for (int i = 0; i < m_graph.edges.size(); ++i) {
        for (const TopologyMember &m : m_graph.edges.at(i).members) {
            if (m.cableId)
                edgeOfCable.insert(m.cableId, i);
        }
    }
    for (int i = 0; i < report.findings.size(); ++i) {
        const AuditFinding &f = report.findings.at(i);
        TopologyAuditMark mark;
        mark.kind = f.kind;
        mark.findingIndex = i;
        mark.edgeIndex = f.cableId ? edgeOfCable.value(f.cableId, -1) : -1;
        const CableEnds &ends = f.kind == AuditFinding::Kind::NotSeenByLldp ? f.recorded : f.observed;
        mark.aDeviceId = ends.aDeviceId;
        mark.bDeviceId = ends.bDeviceId;
        m_marks << mark;
    }
    emit auditChanged();
}

QColor TopologyModel::auditColor(AuditFinding::Kind kind)
{
    switch (kind) {
    case AuditFinding::Kind::MissingInNetBox:
        return QColor(0x00, 0x96, 0x88); // teal: exists, undocumented
    case AuditFinding::Kind::NotSeenByLldp:
        return QColor(0xef, 0x6c, 0x00); // orange: documented, not seen
    case AuditFinding::Kind::PortMismatch:
        return QColor(0xc2, 0x18, 0x5b); // magenta: disagree
    case AuditFinding::Kind::UnknownNeighbour:
        return QColor(0x79, 0x55, 0x48);
    }
    return {};
}

QList<qint64> TopologyModel::find(const QString &text) const
{
    QList<qint64> out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    for (const TopologyNode &n : m_graph.nodes) {
        if (n.name.contains(t, Qt::CaseInsensitive) || n.primaryIp.startsWith(t) || n.role.contains(t, Qt::CaseInsensitive)
            || n.rackName.contains(t, Qt::CaseInsensitive))
            out << n.deviceId;
    }
    // Exact and prefix name matches first.
    std::stable_sort(out.begin(), out.end(), [this, &t](qint64 a, qint64 b) {
        const QString &na = m_graph.nodes.at(m_graph.indexOf(a)).name;
        const QString &nb = m_graph.nodes.at(m_graph.indexOf(b)).name;
        const int ra = na.compare(t, Qt::CaseInsensitive) == 0 ? 0 : na.startsWith(t, Qt::CaseInsensitive) ? 1 : 2;
        const int rb = nb.compare(t, Qt::CaseInsensitive) == 0 ? 0 : nb.startsWith(t, Qt::CaseInsensitive) ? 1 : 2;
        return ra < rb;
    });
    return out;
}

} // namespace OpsDeck::Models
