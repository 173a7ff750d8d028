// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QTimer>
#include <QWidget>

#include "backend/domain/viewstate.h"
#include "backend/topology/livestate.h"
#include "backend/topology/lldpaudit.h"
#include "backend/topology/topologygraph.h"
#include "models/compliance/compliancemarks.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QToolButton;
class QTreeView;

namespace OpsDeck::Models {
class TopologyAuditModel;
class TopologyDataSource;
class TopologyModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class TopologyScene;
class TopologyView;

/// The topology tab: a graph of one scope of the estate with a toolbar
/// (layout preset, grouping, hops, search, fit, unpin, export) and the LLDP
/// audit list below it. Positions the user drags are saved per view through
/// the data source. Feed live state with applyNodeStates()/applyLinkStates()
/// and LLDP neighbours with setLldpNeighbours().
///
/// Does not own @p source. Lives on the GUI thread.
class TopologyWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyWidget)

public:
    explicit TopologyWidget(Models::TopologyDataSource *source, QWidget *parent = nullptr);
    ~TopologyWidget() override;

    /// Shows @p scope (loads its graph and its saved view).
    void setScope(const Topology::TopologyScope &scope);
    [[nodiscard]] Topology::TopologyScope scope() const { return m_scope; }
    /// Audits the graph against these neighbours and shows the differences.
    void setLldpNeighbours(const QList<Topology::LldpNeighbour> &neighbours);

    [[nodiscard]] Models::TopologyModel *model() const { return m_model; }
    [[nodiscard]] Models::TopologyAuditModel *auditModel() const { return m_auditModel; }
    [[nodiscard]] TopologyView *view() const { return m_view; }
    [[nodiscard]] TopologyScene *scene() const { return m_scene; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QString statusText() const;
    /// Configuration compliance per device: a tag on the non-compliant
    /// devices' cards (TopologyScene::setComplianceMarks()).
    void setComplianceMarks(const Models::ComplianceMarks &marks);

public slots:
    /// Selects and centres a device (e.g. chosen in the navigation tree).
    void selectDevice(qint64 deviceId);
    /// Reloads the graph from the data source (after a sync).
    void reload();
    void applyNodeStates(const QList<OpsDeck::Topology::NodeState> &states);
    void applyLinkStates(const QList<OpsDeck::Topology::LinkState> &states);

signals:
    /// A device was double-clicked: open its details.
    void deviceActivated(qint64 deviceId);
    /// A link was double-clicked: open the chart of @p interfaceId on @p deviceId.
    void interfaceActivated(qint64 deviceId, qint64 interfaceId);
    /// The user asked to turn the checked audit findings into NetBox changes.
    void changeSetRequested(const OpsDeck::Topology::CableChangeSet &changes);
    /// A graph is laid out and shown.
    void graphShown();

private:
    /// The toolbar above the graph: layout preset, grouping, hops, search, fit, unpin, export, audit toggle.
    QHBoxLayout *buildToolbar();
    /// The LLDP audit list under the graph, with its change-set button.
    QWidget *buildAuditPane();
    /// Follows the data source, the model and the scene.
    void connectModels();
    void handleGraphLoaded(quint64 request, const Topology::TopologyGraph &graph);
    void handleViewLoaded(quint64 request, const QString &key, const Domain::ViewState &state);
    void handleError(quint64 request, const Error &error);
    void handleGraphChanged();
    void handleSearch();
    void handleExport();
    void handleAuditActivated(const QModelIndex &index);
    void scheduleSave();
    void saveView();
    void updateStatus();

    Models::TopologyDataSource *m_source;
    Models::TopologyModel *m_model;
    Models::TopologyAuditModel *m_auditModel;
    TopologyScene *m_scene;
    TopologyView *m_view;
    QComboBox *m_engine;
    QComboBox *m_grouping;
    QSpinBox *m_hops;
    QLineEdit *m_search;
    QToolButton *m_auditToggle;
    QLabel *m_status;
    QTreeView *m_auditView;
    QPushButton *m_changeSetButton;
    QSplitter *m_splitter;
    QTimer m_saveTimer;
    Topology::TopologyScope m_scope;
    Topology::TopologyGraph m_pendingGraph;
    QList<Topology::LldpNeighbour> m_neighbours;
    quint64 m_graphRequest = 0;
    quint64 m_viewRequest = 0;
    bool m_haveGraph = false;
    bool m_haveView = false;
    Domain::ViewState m_pendingView;
    QList<qint64> m_hits;
    int m_hitIndex = -1;
    QString m_lastError;
};

} // namespace OpsDeck::Widgets
