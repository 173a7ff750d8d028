// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// MainWindow: the view tabs (site overviews, the rack workspace, the
// topology, device dashboards and interface charts) and what each view
// shares with the rest of the window: the selection, live state and the
// edits it proposes.
#include "widgets/console/mainwindow.h"

#include <memory>

#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

#include "models/alarms/alarmtablemodel.h"
#include "models/inventory/devicetablemodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/session/analysis/anomalysession.h"
#include "models/session/dashboard/interfaceseries.h"
#include "models/session/dashboard/workspaceviewsources.h"
#include "models/session/inventory/inventoryservice.h"
#include "models/session/live/livestateprovider.h"
#include "models/session/rack/racklivestatemerger.h"
#include "models/session/topology/auditchangeset.h"
#include "models/session/topology/nodestatemerger.h"
#include "models/session/topology/storetopologysource.h"
#include "models/topology/topologymodel.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/compliance/compliancemark.h"
#include "widgets/console/viewarea.h"
#include "widgets/dashboard/chartemptynotice.h"
#include "widgets/dashboard/devicedashboard.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/siteoverviewpage.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"
#include "widgets/topology/topologywidget.h"

namespace OpsDeck::Widgets {

using Models::NavigationTreeModel;
using Models::NodeKind;

namespace {

// Follows the polled state of the devices a view shows; owned by @p view.
// Null without a workspace.
Models::LiveStateProvider *createLiveProvider(Models::InventoryService *service, QObject *view)
{
    if (!service || !service->isOpen())
        return nullptr;
    const Models::WorkspaceInfo ws = service->workspace();
    return Models::LiveStateProvider::forSqlite(ws.storePath, ws.metricsPath, view).release();
}

QString siteKey(qint64 siteId)
{
    return QStringLiteral("site:%1").arg(siteId);
}

// The rack workspace and the topology are one tab each, re-aimed on demand.
const QString kRackKey = QStringLiteral("racks");
const QString kTopologyKey = QStringLiteral("topology");

QString dashboardKey(qint64 deviceId)
{
    return QStringLiteral("dashboard:%1").arg(deviceId);
}

QString chartKey(qint64 deviceId, qint64 interfaceId)
{
    return QStringLiteral("chart:%1:%2").arg(deviceId).arg(interfaceId);
}

} // namespace

void MainWindow::setAlarmModel(Models::AlarmTableModel *alarms)
{
    m_alarms = alarms;
}

void MainWindow::setComplianceMarks(const Models::ComplianceMarks &marks)
{
    m_compliance = marks;
    m_complianceRollup =
        Models::rollUpCompliance(m_compliance, m_service ? m_service->snapshot().devices : QList<Domain::Device>());
    m_tree->viewport()->update();
    if (m_rackView)
        m_rackView->setComplianceMarks(m_compliance);
    if (m_topologyView)
        m_topologyView->setComplianceMarks(m_compliance);
}

std::optional<ItemMark> MainWindow::complianceMark(const QModelIndex &treeIndex) const
{
    if (m_compliance.isEmpty())
        return std::nullopt;
    const qint64 id = treeIndex.data(NavigationTreeModel::IdRole).toLongLong();
    QString tip;
    switch (NodeKind(treeIndex.data(NavigationTreeModel::KindRole).toInt())) {
    case NodeKind::Device:
        if (const Models::DeviceComplianceMark *mark = Models::nonCompliantMark(m_compliance, id))
            tip = Models::complianceToolTip(*mark);
        break;
    case NodeKind::Rack:
        tip = Models::complianceGroupToolTip(m_complianceRollup.racks.value(id));
        break;
    case NodeKind::Location:
        tip = Models::complianceGroupToolTip(m_complianceRollup.locations.value(id));
        break;
    case NodeKind::Site:
        tip = Models::complianceGroupToolTip(m_complianceRollup.sites.value(id));
        break;
    case NodeKind::Region:
        break;
    }
    return tip.isEmpty() ? std::nullopt : std::optional(Widgets::complianceMark(tip));
}

void MainWindow::setAnomalySession(Models::AnomalySession *session)
{
    m_anomalies = session;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (auto *dashboard = qobject_cast<DeviceDashboard *>(page))
            dashboard->setAnomalySession(session);
        else if (auto *site = qobject_cast<SiteOverviewPage *>(page))
            site->setAnomalySession(session);
        else if (auto *chart = qobject_cast<InterfaceChartWidget *>(page))
            chart->setAnomalySession(session);
    }
}

int MainWindow::addViewTab(QWidget *page, const QString &key, const QString &title)
{
    return m_central->addTab(page, key, title);
}

QWidget *MainWindow::viewTab(const QString &key) const
{
    return m_central->tab(key);
}

int MainWindow::openSiteOverview(qint64 siteId)
{
    const QString key = siteKey(siteId);
    if (QWidget *open = viewTab(key)) {
        m_tabs->setCurrentWidget(open);
        return m_tabs->indexOf(open);
    }
    auto *page = new SiteOverviewPage(m_service, siteId, m_tabs);
    connect(page, &SiteOverviewPage::rackActivated, this, [this](qint64 rackId) {
        const QModelIndex node = m_treeModel->indexOf(NodeKind::Rack, rackId);
        if (node.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(node,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->expand(node);
            m_tree->scrollTo(node);
        }
        showRack(rackId);
    });
    page->setAnomalySession(m_anomalies);
    connect(page, &SiteOverviewPage::seriesActivated, this, [this](qint64 deviceId, const QString &object) {
        selectDevice(deviceId);
        if (DeviceDashboard *dashboard = openDashboard(deviceId))
            dashboard->showSeries(object);
    });
    return addViewTab(page, key, tr("Overview: %1").arg(page->siteName()));
}

void MainWindow::closeTab(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (page == m_topologyView)
        m_topologyView->scene()->clearSelection(); // see ~MainWindow()
    page->deleteLater();
}

void MainWindow::handleSourcesAboutToChange()
{
    // The views of the previous workspace hold its sources: close them.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        const QString key = ViewArea::keyOf(m_tabs->widget(i));
        if (key == kRackKey || key == kTopologyKey || key.startsWith(QLatin1String("dashboard:")) ||
            key.startsWith(QLatin1String("chart:"))) {
            QWidget *page = m_tabs->widget(i);
            m_tabs->removeTab(i);
            if (page == m_topologyView)
                m_topologyView->scene()->clearSelection(); // see ~MainWindow()
            delete page;
        }
    }
    m_pendingCharts.clear();
}

RackWorkspaceWidget *MainWindow::ensureRackView()
{
    if (m_rackView) {
        m_tabs->setCurrentWidget(m_rackView);
        return m_rackView;
    }
    if (!m_sources->rackSource())
        return nullptr;
    auto *rack = new RackWorkspaceWidget(m_sources->rackSource(), m_tabs);
    rack->setObjectName(QStringLiteral("rackWorkspace"));
    connect(rack, &RackWorkspaceWidget::deviceSelected, this, &MainWindow::handleViewDeviceSelected);
    connect(rack, &RackWorkspaceWidget::errorOccurred, this, [this](const Error &error) {
        statusBar()->showMessage(tr("The racks could not be loaded: %1").arg(error.detail), 8000);
    });
    // A plan becomes NetBox edits in the workspace's change set.
    connect(rack, &RackWorkspaceWidget::planEditsRequested, this, &MainWindow::editsProposed);
    // Once the site is there, show the device selected elsewhere.
    connect(rack, &RackWorkspaceWidget::siteLoaded, this, [this] {
        if (m_rackView && m_currentDevice) {
            m_syncing = true;
            m_rackView->selectDevice(m_currentDevice);
            m_syncing = false;
        }
    });
    // Polled state and the engine's alarms over the faceplates of the site's devices.
    auto states = std::make_shared<Models::RackLiveStateMerger>();
    if (Models::LiveStateProvider *live = createLiveProvider(m_service, rack)) {
        connect(rack, &RackWorkspaceWidget::siteLoaded, live, [rack, live] {
            QList<qint64> ids;
            for (const Domain::Device &d : rack->planModel()->baseline().devices)
                ids << d.id;
            live->setDevices(ids);
        });
        connect(live, &Models::LiveStateProvider::snapshotReady, rack, [rack, states](const Models::LiveSnapshot &s) {
            rack->setLiveState(states->mergePolled(s.rackStates()));
        });
    }
    if (Models::AlarmTableModel *alarms = m_alarms) {
        const auto apply = [rack, states, alarms] { rack->setLiveState(states->mergeAlarms(alarms->badges().counts)); };
        connect(alarms, &Models::AlarmTableModel::badgesChanged, rack, apply);
        apply();
    }
    rack->setComplianceMarks(m_compliance);
    m_rackView = rack;
    addViewTab(rack, kRackKey, tr("Racks"));
    return rack;
}

RackWorkspaceWidget *MainWindow::showRack(qint64 rackId, qint64 deviceId)
{
    RackWorkspaceWidget *rack = ensureRackView();
    if (!rack)
        return nullptr;
    QString name;
    if (m_service) {
        for (const Domain::Rack &r : m_service->snapshot().racks) {
            if (r.id == rackId)
                name = r.name;
        }
    }
    if (deviceId && deviceId != m_currentDevice)
        selectDevice(deviceId);
    rack->showRack(rackId);
    m_central->setTabTitle(rack, tr("Rack: %1").arg(name.isEmpty() ? QString::number(rackId) : name));
    return rack;
}

RackWorkspaceWidget *MainWindow::showSite(qint64 siteId, qint64 locationId)
{
    RackWorkspaceWidget *rack = ensureRackView();
    if (!rack)
        return nullptr;
    rack->showSite(siteId, locationId);
    m_central->setTabTitle(rack, tr("Racks: %1").arg(siteName(siteId)));
    return rack;
}

TopologyWidget *MainWindow::ensureTopologyView()
{
    if (m_topologyView) {
        m_tabs->setCurrentWidget(m_topologyView);
        return m_topologyView;
    }
    if (!m_sources->topologySource())
        return nullptr;
    auto *topology = new TopologyWidget(m_sources->topologySource(), m_tabs);
    topology->setObjectName(QStringLiteral("topologyView"));
    connect(topology->scene(), &TopologyScene::deviceSelected, this, &MainWindow::handleViewDeviceSelected);
    connect(topology, &TopologyWidget::deviceActivated, this, [this](qint64 deviceId) {
        selectDevice(deviceId);
        showDetailsDock();
    });
    connect(topology, &TopologyWidget::interfaceActivated, this, &MainWindow::openInterfaceChart);
    // Cables LLDP sees and NetBox lacks go to the change set as new cables.
    connect(topology, &TopologyWidget::changeSetRequested, this, &MainWindow::recordAuditChanges);
    connectTopologyState(topology);
    topology->setComplianceMarks(m_compliance);
    connect(topology, &TopologyWidget::graphShown, this, [this] {
        if (m_topologyView && m_currentDevice && m_topologyView->scene()->hasNode(m_currentDevice)) {
            m_syncing = true;
            m_topologyView->scene()->selectDevice(m_currentDevice);
            m_syncing = false;
        }
    });
    topology->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(topology->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showTopologyContextMenu);
    m_topologyView = topology;
    addViewTab(topology, kTopologyKey, tr("Topology"));
    return topology;
}

// Ciena MCP alarms and the alarm engine's active alarms colour the devices
// they concern; polled reachability and link rates join them. Each source
// updates its own fields of the node states.
void MainWindow::connectTopologyState(TopologyWidget *topology)
{
    auto nodes = std::make_shared<Models::NodeStateMerger>();
    if (auto *store = qobject_cast<Models::StoreTopologySource *>(m_sources->topologySource())) {
        connect(store, &Models::StoreTopologySource::alarmStatesLoaded, topology,
                [topology, nodes](quint64, const QList<Topology::NodeState> &states) {
                    topology->applyNodeStates(nodes->mergeAlarms(states));
                });
    }
    if (Models::AlarmTableModel *alarms = m_alarms) {
        const auto apply = [topology, nodes, alarms] {
            topology->applyNodeStates(nodes->mergeEngineAlarms(alarms->badges().counts));
        };
        connect(alarms, &Models::AlarmTableModel::badgesChanged, topology, apply);
        apply();
    }
    if (Models::LiveStateProvider *live = createLiveProvider(m_service, topology)) {
        connect(topology, &TopologyWidget::graphShown, live, [topology, live] {
            QList<qint64> ids;
            for (const Topology::TopologyNode &n : topology->model()->graph().nodes)
                ids << n.deviceId;
            live->setDevices(ids);
        });
        connect(live, &Models::LiveStateProvider::snapshotReady, topology,
                [topology, nodes](const Models::LiveSnapshot &s) {
                    topology->applyNodeStates(nodes->mergeLive(s));
                    topology->applyLinkStates(s.linkStates());
                });
    }
}

void MainWindow::recordAuditChanges(const Topology::CableChangeSet &audit)
{
    const Models::AuditChangeSet changes = Models::AuditChangeSet::fromAudit(audit);
    emit editsProposed(changes.edits);
    QStringList notes;
    if (changes.leftOutDeletions > 0) {
        notes << tr("%n cable(s) LLDP does not see were left out: the change set creates and "
                    "updates objects but does not delete them. Remove them in NetBox after "
                    "checking the links.",
                    nullptr, changes.leftOutDeletions);
    }
    if (changes.unresolvedCreates > 0) {
        notes << tr("%n cable(s) LLDP sees were left out: a port at one end is not an interface NetBox "
                    "knows. Add the interface in NetBox, sync, and audit again.",
                    nullptr, changes.unresolvedCreates);
    }
    if (!notes.isEmpty())
        QMessageBox::information(this, tr("LLDP Audit"), notes.join(QStringLiteral("\n\n")));
}

TopologyWidget *MainWindow::showTopology(qint64 siteId)
{
    TopologyWidget *topology = ensureTopologyView();
    if (!topology)
        return nullptr;
    Topology::TopologyScope scope;
    scope.kind = Topology::TopologyScope::Kind::Site;
    scope.siteId = siteId;
    topology->setScope(scope);
    m_central->setTabTitle(topology, tr("Topology: %1").arg(siteName(siteId)));
    return topology;
}

TopologyWidget *MainWindow::showTopologyAround(qint64 deviceId, int hops)
{
    TopologyWidget *topology = ensureTopologyView();
    if (!topology)
        return nullptr;
    Topology::TopologyScope scope;
    scope.kind = Topology::TopologyScope::Kind::Neighbourhood;
    scope.deviceId = deviceId;
    scope.hops = hops;
    topology->setScope(scope);
    const Domain::Device d = device(deviceId);
    m_central->setTabTitle(
        topology,
        tr("Topology: %n hop(s) around %1", nullptr, hops).arg(d.name.isEmpty() ? QString::number(deviceId) : d.name));
    return topology;
}

DeviceDashboard *MainWindow::openDashboard(qint64 deviceId)
{
    if (auto *open = qobject_cast<DeviceDashboard *>(viewTab(dashboardKey(deviceId)))) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    Models::ChartDataSource *source = m_sources->createChartClient(nullptr);
    if (!m_service || !source)
        return nullptr;
    auto *dashboard = new DeviceDashboard(m_service, source, deviceId, m_tabs);
    source->setParent(dashboard);
    if (m_alarms)
        dashboard->setAlarmSession(m_alarms->session());
    dashboard->setAnomalySession(m_anomalies);
    connect(dashboard, &DeviceDashboard::interfaceChartRequested, this, &MainWindow::openInterfaceChart);
    connect(dashboard, &DeviceDashboard::detailsRequested, this, [this](qint64 id) {
        selectDevice(id);
        showDetailsDock();
    });
    connect(dashboard, &DeviceDashboard::rackRequested, this,
            [this](qint64 rackId, qint64 id) { showRack(rackId, id); });
    connect(dashboard, &DeviceDashboard::topologyRequested, this, [this](qint64 id) { showTopologyAround(id, 1); });
    connect(dashboard, &DeviceDashboard::configHistoryRequested, this, &MainWindow::requestConfigHistory);
    const Domain::Device d = device(deviceId);
    connect(dashboard, &DeviceDashboard::loaded, this,
            [this, dashboard] { m_central->setTabTitle(dashboard, tr("Dashboard: %1").arg(dashboard->deviceName())); });
    addViewTab(dashboard, dashboardKey(deviceId),
               tr("Dashboard: %1").arg(d.name.isEmpty() ? QString::number(deviceId) : d.name));
    return dashboard;
}

void MainWindow::requestConfigHistory(qint64 deviceId)
{
    const Domain::Device d = device(deviceId);
    if (d.id == 0 || d.name.isEmpty())
        return;
    emit configHistoryRequested(d);
}

void MainWindow::openInterfaceChart(qint64 deviceId, qint64 interfaceId)
{
    if (auto *open = qobject_cast<InterfaceChartWidget *>(viewTab(chartKey(deviceId, interfaceId)))) {
        m_tabs->setCurrentWidget(open);
        emit interfaceChartShown(open);
        return;
    }
    if (m_details->details().device.id == deviceId) {
        showInterfaceChart(m_details->details(), interfaceId);
        return;
    }
    if (m_service)
        m_pendingCharts.insert(m_service->requestDevice(deviceId), interfaceId);
}

InterfaceChartWidget *MainWindow::showInterfaceChart(const Models::DeviceDetails &details, qint64 interfaceId)
{
    const Models::InterfaceSeries series = Models::InterfaceSeries::find(details.interfaces, interfaceId);
    if (!series.isValid()) {
        statusBar()->showMessage(tr("The interface is not in the inventory any more."), 5000);
        return nullptr;
    }
    const QString key = chartKey(details.device.id, interfaceId);
    if (auto *open = qobject_cast<InterfaceChartWidget *>(viewTab(key))) {
        m_tabs->setCurrentWidget(open);
        emit interfaceChartShown(open);
        return open;
    }
    Models::ChartDataSource *source = m_sources->createChartClient(nullptr);
    if (!source)
        return nullptr;
    InterfaceChartSpec spec;
    spec.device = series.device;
    spec.ifIndexObject = series.object;
    spec.interfaceName = tr("%1 %2").arg(details.device.name, series.interface.name);
    spec.rxSensorObject = series.rxSensor;
    spec.txSensorObject = series.txSensor;
    auto *chart = new InterfaceChartWidget(source, spec, m_tabs);
    source->setParent(chart);
    chart->setAnomalySession(m_anomalies);
    chart->setObjectName(QStringLiteral("interfaceChart"));
    ChartEmptyNotice::attachTo(chart);
    addViewTab(chart, key, tr("Chart: %1").arg(spec.interfaceName));
    emit interfaceChartShown(chart);
    return chart;
}

} // namespace OpsDeck::Widgets
