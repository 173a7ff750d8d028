// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QTimer>

#include "backend/domain/viewstate.h"
#include "backend/topology/graphlayout.h"
#include "backend/topology/livestate.h"
#include "backend/topology/lldpaudit.h"
#include "backend/topology/topologylayouter.h"

namespace OpsDeck::Models {

/// How the scene draws one edge.
struct TopologyEdgeStyle
{
    QColor color;
    double width = 1.5;       ///< scene units
    bool dashed = false;      ///< a down (or planned) link
    double utilisation = -1;  ///< 0..1 of the busiest member; -1 unknown
    int downMembers = 0;
};

/// An edge the LLDP audit adds or marks on the graph.
struct TopologyAuditMark
{
    Topology::AuditFinding::Kind kind = Topology::AuditFinding::Kind::MissingInNetBox;
    qint64 aDeviceId = 0;
    qint64 bDeviceId = 0;
    int edgeIndex = -1;       ///< the graph edge holding NetBox's cable, -1 if none
    int findingIndex = -1;    ///< into auditReport().findings
};

/// The topology document of one view: graph, node positions (laid out by
/// Graphviz on a worker thread, pinned ones by the user), live state and the
/// LLDP audit overlay. Views read it and send every change back through it.
///
/// Live updates arrive in batches (applyNodeStates / applyLinkStates) and are
/// coalesced on a 250 ms timer into one liveStateChanged().
///
/// Lives on the GUI thread.
class TopologyModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyModel)

public:
    explicit TopologyModel(QObject *parent = nullptr);
    ~TopologyModel() override;

    /// Replaces the graph and lays it out with @p view's pinned positions and
    /// preset; graphChanged() follows when the layout is done.
    void setGraph(const Topology::TopologyGraph &graph, const Domain::ViewState &view = {});
    [[nodiscard]] const Topology::TopologyGraph &graph() const { return m_graph; }
    /// The part of node @p nodeIndex's name that tells it from the others
    /// in its group (topologyNodeLabels()); cards show it when the whole
    /// name does not fit.
    [[nodiscard]] QString nodeLabel(int nodeIndex) const { return m_labels.value(nodeIndex); }
    [[nodiscard]] bool isLayingOut() const { return m_ticket != 0; }
    /// Lays the graph out again with another preset (pinned nodes stay).
    void setEngine(Topology::LayoutEngine engine);
    [[nodiscard]] Topology::LayoutEngine engine() const { return m_engine; }
    [[nodiscard]] Topology::LayoutEngine usedEngine() const { return m_usedEngine; }
    void cancelLayout();

    [[nodiscard]] QPointF position(qint64 deviceId) const { return m_positions.value(deviceId); }
    [[nodiscard]] const QHash<qint64, QPointF> &positions() const { return m_positions; }
    [[nodiscard]] QRectF bounds() const { return m_bounds; }
    [[nodiscard]] bool isPinned(qint64 deviceId) const { return m_pinned.contains(deviceId); }
    /// Moves and pins a node (a user drag).
    void moveNode(qint64 deviceId, const QPointF &position);
    /// Unpins every node and lays the graph out afresh.
    void unpinAll();
    /// Pinned positions and preset, for saving per view.
    [[nodiscard]] Domain::ViewState viewState() const;

    // Live state.
    [[nodiscard]] Topology::NodeState nodeState(qint64 deviceId) const;
    [[nodiscard]] QColor nodeColor(int nodeIndex) const;
    [[nodiscard]] TopologyEdgeStyle edgeStyle(int edgeIndex) const;
    [[nodiscard]] Topology::LinkState linkState(qint64 interfaceId) const { return m_links.value(interfaceId); }
    [[nodiscard]] bool hasLinkState(qint64 interfaceId) const { return m_links.contains(interfaceId); }

    // LLDP audit overlay.
    void setAuditReport(const Topology::AuditReport &report);
    [[nodiscard]] const Topology::AuditReport &auditReport() const { return m_audit; }
    [[nodiscard]] const QList<TopologyAuditMark> &auditMarks() const { return m_marks; }
    [[nodiscard]] static QColor auditColor(Topology::AuditFinding::Kind kind);

    /// Devices whose name, IP, role or rack contains @p text (case-insensitive).
    [[nodiscard]] QList<qint64> find(const QString &text) const;

public slots:
    void applyNodeStates(const QList<OpsDeck::Topology::NodeState> &states);
    void applyLinkStates(const QList<OpsDeck::Topology::LinkState> &states);

signals:
    void layoutStarted();
    /// setGraph() replaced the graph: what showed the previous one must be
    /// rebuilt now (node and edge indices changed). Until graphChanged() only
    /// the devices placed before have a position.
    void graphReset();
    /// The graph and its positions are ready (after setGraph or a relayout).
    void graphChanged();
    void layoutFailed(const OpsDeck::Error &error);
    void nodeMoved(qint64 deviceId, const QPointF &position);
    void liveStateChanged();
    void auditChanged();

private:
    void startLayout();
    void handleLayoutFinished(quint64 ticket, const Result<Topology::LayoutResult> &result);
    void flushLive();

    Topology::TopologyLayouter m_layouter;
    Topology::TopologyGraph m_graph;
    QStringList m_labels;
    Topology::LayoutEngine m_engine = Topology::LayoutEngine::Auto;
    Topology::LayoutEngine m_usedEngine = Topology::LayoutEngine::Auto;
    quint64 m_ticket = 0;
    QHash<qint64, QPointF> m_positions;
    QHash<qint64, QPointF> m_pinned;
    QRectF m_bounds;
    QHash<qint64, Topology::NodeState> m_nodes;
    QHash<qint64, Topology::LinkState> m_links;
    QList<Topology::NodeState> m_pendingNodes;
    QList<Topology::LinkState> m_pendingLinks;
    QTimer m_liveTimer;
    Topology::AuditReport m_audit;
    QList<TopologyAuditMark> m_marks;
};

} // namespace OpsDeck::Models
