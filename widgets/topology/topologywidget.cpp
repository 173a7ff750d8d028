// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologywidget.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/session/topology/topologydatasource.h"
#include "models/topology/topologyauditmodel.h"
#include "models/topology/topologymodel.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"

namespace OpsDeck::Widgets {

using namespace Topology;

TopologyWidget::TopologyWidget(Models::TopologyDataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(new Models::TopologyModel(this))
    , m_auditModel(new Models::TopologyAuditModel(this))
    , m_scene(new TopologyScene(m_model, this))
    , m_view(new TopologyView(m_scene))
    , m_engine(new QComboBox)
    , m_grouping(new QComboBox)
    , m_hops(new QSpinBox)
    , m_search(new QLineEdit)
    , m_auditToggle(new QToolButton)
    , m_status(new QLabel)
    , m_auditView(new QTreeView)
    , m_changeSetButton(new QPushButton(tr("Create NetBox change set…")))
    , m_splitter(new QSplitter(Qt::Vertical))
{
    QHBoxLayout *bar = buildToolbar();
    QWidget *auditPane = buildAuditPane();
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(auditPane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    m_status->setContentsMargins(8, 2, 8, 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(800);
    connect(&m_saveTimer, &QTimer::timeout, this, &TopologyWidget::saveView);
    connectModels();
    updateStatus();
}

QHBoxLayout *TopologyWidget::buildToolbar()
{
    m_engine->addItem(tr("Automatic layout"), int(LayoutEngine::Auto));
    m_engine->addItem(tr("Hierarchy by role"), int(LayoutEngine::Hierarchical));
    m_engine->addItem(tr("Mesh (large graphs)"), int(LayoutEngine::Mesh));
    m_engine->addItem(tr("Spring (small meshes)"), int(LayoutEngine::Spring));
    m_engine->setToolTip(tr("Layout preset"));
    m_grouping->addItem(tr("No grouping"), int(GroupBy::None));
    m_grouping->addItem(tr("Group by site"), int(GroupBy::Site));
    m_grouping->addItem(tr("Group by location"), int(GroupBy::Location));
    m_grouping->addItem(tr("Group by rack"), int(GroupBy::Rack));
    m_hops->setRange(1, 6);
    m_hops->setPrefix(tr("Hops: "));
    m_hops->setVisible(false);
    m_search->setPlaceholderText(tr("Find device, IP, role or rack…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    auto *unpin = new QToolButton;
    unpin->setText(tr("Unpin all"));
    unpin->setToolTip(tr("Forget dragged positions and lay the graph out again"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    m_auditToggle->setText(tr("LLDP audit"));
    m_auditToggle->setCheckable(true);
    m_auditToggle->setChecked(true);
    m_auditToggle->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_engine);
    bar->addWidget(m_grouping);
    bar->addWidget(m_hops);
    bar->addWidget(m_search, 1);
    bar->addWidget(fit);
    bar->addWidget(unpin);
    bar->addWidget(exportButton);
    bar->addWidget(m_auditToggle);

    connect(m_engine, &QComboBox::activated, this, [this] {
        m_model->setEngine(LayoutEngine(m_engine->currentData().toInt()));
        scheduleSave();
    });
    connect(m_grouping, &QComboBox::activated, this, [this] {
        TopologyScope s = m_scope;
        s.groupBy = GroupBy(m_grouping->currentData().toInt());
        setScope(s);
    });
    connect(m_hops, &QSpinBox::valueChanged, this, [this](int hops) {
        if (m_scope.kind != TopologyScope::Kind::Neighbourhood || m_scope.hops == hops)
            return;
        TopologyScope s = m_scope;
        s.hops = hops;
        setScope(s);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &TopologyWidget::handleSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_hits.clear();
        m_hitIndex = -1;
        m_scene->setHighlighted({});
    });
    connect(fit, &QToolButton::clicked, m_view, &TopologyView::fitAll);
    connect(unpin, &QToolButton::clicked, this, [this] {
        m_model->unpinAll();
        scheduleSave();
    });
    connect(exportButton, &QToolButton::clicked, this, &TopologyWidget::handleExport);
    return bar;
}

QWidget *TopologyWidget::buildAuditPane()
{
    m_auditView->setModel(m_auditModel);
    m_auditView->setRootIsDecorated(false);
    m_auditView->setAlternatingRowColors(true);
    m_auditView->setUniformRowHeights(true);
    m_auditView->header()->setStretchLastSection(true);
    m_changeSetButton->setEnabled(false);
    auto *auditPane = new QWidget;
    auto *auditLayout = new QVBoxLayout(auditPane);
    auditLayout->setContentsMargins(8, 4, 8, 6);
    auditLayout->addWidget(m_auditView);
    auto *auditButtons = new QHBoxLayout;
    auditButtons->addStretch();
    auditButtons->addWidget(m_changeSetButton);
    auditLayout->addLayout(auditButtons);
    auditPane->setVisible(false);

    // The pane shows while the toggle is on and there are findings to show.
    connect(m_auditToggle, &QToolButton::toggled, this, [this, auditPane](bool on) {
        auditPane->setVisible(on && !m_neighbours.isEmpty());
        m_scene->setAuditVisible(on);
    });
    connect(m_model, &Models::TopologyModel::auditChanged, this, [this, auditPane] {
        const bool any = !m_neighbours.isEmpty();
        m_auditToggle->setEnabled(any);
        auditPane->setVisible(any && m_auditToggle->isChecked());
        for (int c = 0; c < Models::TopologyAuditModel::ColumnCount - 1; ++c)
            m_auditView->resizeColumnToContents(c);
    });
    connect(m_auditModel, &Models::TopologyAuditModel::checkedChanged, this,
            [this](int checked) { m_changeSetButton->setEnabled(checked > 0); });
    connect(m_changeSetButton, &QPushButton::clicked, this, [this] {
        const CableChangeSet changes = m_auditModel->changeSet();
        if (!changes.isEmpty())
            emit changeSetRequested(changes);
    });
    connect(m_auditView, &QTreeView::activated, this, &TopologyWidget::handleAuditActivated);
    connect(m_auditView, &QTreeView::clicked, this, &TopologyWidget::handleAuditActivated);
    return auditPane;
}

void TopologyWidget::connectModels()
{
    connect(m_source, &Models::TopologyDataSource::graphLoaded, this, &TopologyWidget::handleGraphLoaded);
    connect(m_source, &Models::TopologyDataSource::viewLoaded, this, &TopologyWidget::handleViewLoaded);
    connect(m_source, &Models::TopologyDataSource::errorOccurred, this, &TopologyWidget::handleError);
    connect(m_model, &Models::TopologyModel::graphChanged, this, &TopologyWidget::handleGraphChanged);
    connect(m_model, &Models::TopologyModel::layoutStarted, this, &TopologyWidget::updateStatus);
    connect(m_model, &Models::TopologyModel::layoutFailed, this, [this](const Error &error) {
        m_lastError = tr("The layout failed: %1").arg(error.detail);
        updateStatus();
    });
    connect(m_model, &Models::TopologyModel::nodeMoved, this, &TopologyWidget::scheduleSave);
    connect(m_scene, &TopologyScene::deviceActivated, this, &TopologyWidget::deviceActivated);
    connect(m_scene, &TopologyScene::interfaceActivated, this, &TopologyWidget::interfaceActivated);
}

TopologyWidget::~TopologyWidget()
{
    if (m_saveTimer.isActive())
        saveView();
}

void TopologyWidget::setScope(const TopologyScope &scope)
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        saveView();
    }
    m_scope = scope;
    m_grouping->setCurrentIndex(m_grouping->findData(int(scope.groupBy)));
    m_hops->setVisible(scope.kind == TopologyScope::Kind::Neighbourhood);
    {
        const QSignalBlocker block(m_hops);
        m_hops->setValue(scope.hops);
    }
    m_haveGraph = false;
    m_haveView = false;
    m_lastError.clear();
    m_model->cancelLayout();
    m_graphRequest = m_source->requestGraph(scope);
    m_viewRequest = m_source->loadView(scope.key());
    updateStatus();
}

void TopologyWidget::reload()
{
    setScope(m_scope);
}

void TopologyWidget::handleGraphLoaded(quint64 request, const TopologyGraph &graph)
{
    if (request != m_graphRequest)
        return;
    m_pendingGraph = graph;
    m_haveGraph = true;
    if (m_haveView)
        m_model->setGraph(m_pendingGraph, m_pendingView);
}

void TopologyWidget::handleViewLoaded(quint64 request, const QString &key, const Domain::ViewState &state)
{
    Q_UNUSED(key)
    if (request != m_viewRequest)
        return;
    m_pendingView = state;
    m_haveView = true;
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(int([&] {
        if (state.engine == QLatin1String("hierarchical"))
            return LayoutEngine::Hierarchical;
        if (state.engine == QLatin1String("mesh"))
            return LayoutEngine::Mesh;
        if (state.engine == QLatin1String("spring"))
            return LayoutEngine::Spring;
        return LayoutEngine::Auto;
    }()))));
    if (m_haveGraph)
        m_model->setGraph(m_pendingGraph, m_pendingView);
}

void TopologyWidget::handleError(quint64 request, const Error &error)
{
    if (request == m_viewRequest) {
        // A broken view file must not hide the graph: lay it out afresh.
        m_lastError = tr("The saved layout could not be read: %1").arg(error.detail);
        handleViewLoaded(request, m_scope.key(), {});
    } else if (request == m_graphRequest) {
        m_lastError = tr("The topology could not be loaded: %1").arg(error.detail);
    } else {
        m_lastError = tr("The layout could not be saved: %1").arg(error.detail);
    }
    updateStatus();
}

void TopologyWidget::handleGraphChanged()
{
    if (!m_neighbours.isEmpty()) {
        const AuditReport report = LldpAudit::run(m_model->graph(), m_neighbours);
        m_auditModel->setReport(report);
        m_model->setAuditReport(report);
    }
    updateStatus();
    emit graphShown();
}

void TopologyWidget::setLldpNeighbours(const QList<LldpNeighbour> &neighbours)
{
    m_neighbours = neighbours;
    const AuditReport report = LldpAudit::run(m_model->graph(), m_neighbours);
    m_auditModel->setReport(report);
    m_model->setAuditReport(report);
    updateStatus();
}

void TopologyWidget::selectDevice(qint64 deviceId)
{
    if (m_scene->hasNode(deviceId))
        m_view->focusDevice(deviceId);
}

void TopologyWidget::applyNodeStates(const QList<NodeState> &states)
{
    m_model->applyNodeStates(states);
}

void TopologyWidget::setComplianceMarks(const Models::ComplianceMarks &marks)
{
    m_scene->setComplianceMarks(marks);
}

void TopologyWidget::applyLinkStates(const QList<LinkState> &states)
{
    m_model->applyLinkStates(states);
}

void TopologyWidget::handleSearch()
{
    if (m_hits.isEmpty()) {
        m_hits = m_model->find(m_search->text());
        m_hitIndex = -1;
        m_scene->setHighlighted(m_hits);
    }
    if (m_hits.isEmpty()) {
        m_status->setText(tr("No device matches \"%1\".").arg(m_search->text()));
        return;
    }
    // Enter steps through the hits.
    m_hitIndex = (m_hitIndex + 1) % int(m_hits.size());
    m_view->focusDevice(m_hits.at(m_hitIndex));
    m_status->setText(tr("Match %1 of %2").arg(m_hitIndex + 1).arg(m_hits.size()));
}

void TopologyWidget::handleExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export topology"), m_scope.key() + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportTo(path, &error))
        QMessageBox::warning(this, tr("Export topology"), error);
}

void TopologyWidget::handleAuditActivated(const QModelIndex &index)
{
    const qint64 device = index.data(Models::TopologyAuditModel::LocalDeviceIdRole).toLongLong();
    if (device)
        selectDevice(device);
}

void TopologyWidget::scheduleSave()
{
    m_saveTimer.start();
}

void TopologyWidget::saveView()
{
    m_source->saveView(m_model->graph().scope.key(), m_model->viewState());
}

QString TopologyWidget::statusText() const
{
    return m_status->text();
}

void TopologyWidget::updateStatus()
{
    QString text;
    if (!m_haveGraph || !m_haveView)
        text = tr("Loading the topology…");
    else if (m_model->isLayingOut())
        text = tr("Laying out %n device(s)…", nullptr, int(m_pendingGraph.nodes.size()));
    else
        text = tr("%n device(s)", nullptr, int(m_model->graph().nodes.size())) + QStringLiteral(" · ") +
               tr("%n link(s)", nullptr, int(m_model->graph().edges.size())) + QStringLiteral(" · ") +
               tr("%n cable(s)", nullptr, m_model->graph().cableCount());
    const AuditReport &audit = m_model->auditReport();
    if (!m_neighbours.isEmpty() && m_haveGraph)
        text += QStringLiteral(" · ") + tr("LLDP: %1 agree, %2 differ").arg(audit.matched).arg(audit.findings.size());
    if (!m_lastError.isEmpty())
        text += QStringLiteral(" · ") + m_lastError;
    m_status->setText(text);
}

} // namespace OpsDeck::Widgets
