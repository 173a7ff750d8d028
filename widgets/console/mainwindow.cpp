// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// MainWindow: construction, the ConsoleShell surface, the workspace's
// life (opening, loading, errors) and the one selection shared by the
// tree, the table, the details and the views.
#include "widgets/console/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include "backend/settings/settings.h"
#include "models/inventory/devicefilterproxymodel.h"
#include "models/inventory/devicetablemodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/log/logmodel.h"
#include "models/session/dashboard/workspaceviewsources.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/console/consolestatusbar.h"
#include "widgets/console/viewarea.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/inventory/searchpopup.h"
#include "widgets/inventory/siteoverviewpage.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologywidget.h"

Q_LOGGING_CATEGORY(lcConsole, "opsdeck.console")

namespace OpsDeck::Widgets {

using Models::NavigationTreeModel;
using Models::NodeKind;

MainWindow::MainWindow(Models::InventoryService *service, Settings::Settings *settings, Models::LogModel *log,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_settings(settings)
    , m_log(log)
    , m_treeModel(new NavigationTreeModel(service, this))
    , m_tableModel(new Models::DeviceTableModel(service, this))
    , m_sources(new Models::WorkspaceViewSources(service, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("OpsDeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/opsdeck.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    // Central area: a start-up page while the workspace opens, then the
    // banner and the view tabs.
    m_central = new ViewArea(this);
    m_tabs = m_central->tabs();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    setCentralWidget(m_central);

    m_search = new SearchPopup(service, this);
    connect(m_search, &SearchPopup::hitActivated, this, &MainWindow::handleSearchHit);
    connect(m_sources, &Models::WorkspaceViewSources::sourcesAboutToChange, this,
            &MainWindow::handleSourcesAboutToChange);

    createActions();
    createDocks();
    createMenus();
    m_statusBar = new ConsoleStatusBar(this);
    setStatusBar(m_statusBar);
    connectDetailsEdits();
    restoreLayout();

    if (m_service) {
        connect(m_service, &Models::InventoryService::workspaceOpened, this, &MainWindow::handleWorkspaceOpened);
        connect(m_service, &Models::InventoryService::openFailed, this, &MainWindow::handleOpenFailed);
        connect(m_service, &Models::InventoryService::snapshotLoaded, this, &MainWindow::handleSnapshotLoaded);
        connect(m_service, &Models::InventoryService::errorOccurred, this, &MainWindow::handleBackgroundError);
        connect(m_service, &Models::InventoryService::openProgress, this, [this](qint64 done, qint64 total) {
            m_central->setLoadingText(tr("Preparing the demo workspace…"));
            m_central->setLoadingProgress(done, total);
        });
        connect(m_service, &Models::InventoryService::runningJobsChanged, m_statusBar, &ConsoleStatusBar::showJobs);
        connect(m_service, &Models::InventoryService::deviceLoaded, this, &MainWindow::handleDeviceLoaded);
        if (m_service->isOpen())
            handleWorkspaceOpened(m_service->workspace());
        if (!m_service->snapshot().sites.isEmpty())
            handleSnapshotLoaded();
    }
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views emit selection changes while they are torn down with the
    // window's children: this window is half gone by then.
    if (m_topologyView) {
        disconnect(m_topologyView->scene(), nullptr, this, nullptr);
        // TopologyScene reacts to its own selection changes while its items
        // are destroyed: leave nothing selected for it to announce.
        m_topologyView->scene()->clearSelection();
    }
    for (QWidget *view : {static_cast<QWidget *>(m_rackView), static_cast<QWidget *>(m_topologyView)}) {
        if (view)
            disconnect(view, nullptr, this, nullptr);
    }
}

// The details panel's edit commands, as requests for the feature wiring.
void MainWindow::connectDetailsEdits()
{
    connect(m_details, &DetailsPanel::deviceEditRequested, this,
            [this] { emit deviceEditRequested(m_details->details().device); });
    connect(m_details, &DetailsPanel::interfaceEditRequested, this,
            [this](qint64 deviceId, qint64 interfaceId, DetailsPanel::InterfaceEdit what) {
                const Models::DeviceDetails &details = m_details->details();
                if (details.device.id != deviceId)
                    return;
                for (const Domain::Interface &i : details.interfaces) {
                    if (i.id != interfaceId)
                        continue;
                    switch (what) {
                    case DetailsPanel::InterfaceEdit::Attributes:
                        emit interfaceEditRequested(i);
                        break;
                    case DetailsPanel::InterfaceEdit::Cable:
                        emit cableRequested(details.device, i);
                        break;
                    case DetailsPanel::InterfaceEdit::IpAddress:
                        emit ipAddressRequested(i);
                        break;
                    }
                }
            });
}

Models::InventoryService *MainWindow::inventoryService() const
{
    return m_service;
}

QMenu *MainWindow::menu(Menu which) const
{
    QMenu *m = m_menus.value(int(which));
    if (m && which == Menu::Tools)
        m->menuAction()->setVisible(true);
    return m;
}

void MainWindow::addMenuAction(Menu which, QAction *action)
{
    if (QMenu *m = menu(which))
        m->addAction(action);
}

void MainWindow::addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    dock->setParent(this);
    addDockWidget(area, dock);
    QMenu *view = m_menus.value(int(Menu::View));
    QAction *end = nullptr;
    for (QAction *a : view->actions()) {
        if (a->objectName() == QLatin1String("featureDocksEnd"))
            end = a;
    }
    view->insertAction(end, dock->toggleViewAction());
    // A dock added after the saved layout was read takes its saved place
    // (before, restoreLayout() places it).
    if (m_settings && m_layoutRestored)
        restoreDockWidget(dock);
}

void MainWindow::tabifyDocks(QDockWidget *first, QDockWidget *second)
{
    tabifyDockWidget(first, second);
}

QDockWidget *MainWindow::dock(Dock which) const
{
    switch (which) {
    case Dock::Navigation:
        return m_navigationDock;
    case Dock::Devices:
        return m_devicesDock;
    case Dock::Details:
        return m_detailsDock;
    case Dock::Log:
        return m_logDock;
    }
    return nullptr;
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    m_statusBar->addPermanentWidget(widget);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    m_statusBar->showMessage(text, timeoutMs);
}

void MainWindow::addNotice(QWidget *notice)
{
    m_central->addNotice(notice);
}

void MainWindow::showStartPage(QWidget *page)
{
    m_central->showStartPage(page);
}

void MainWindow::reloadInventory()
{
    if (m_service)
        m_service->reload();
}

QString MainWindow::bannerText() const
{
    return m_central->bannerText();
}

RackWorkspaceWidget *MainWindow::rackView() const
{
    return m_rackView;
}

TopologyWidget *MainWindow::topologyView() const
{
    return m_topologyView;
}

void MainWindow::handleWorkspaceOpened(const Models::WorkspaceInfo &info)
{
    if (m_central->isShowingStartPage())
        m_central->showLoading(); // a start page gives way to the workspace

    setWindowTitle(tr("%1 — OpsDeck").arg(info.name));
    m_statusBar->showWorkspace(info);
    m_details->setNetboxUrl(info.netboxUrl);
    m_central->setLoadingText(tr("Loading the inventory…"));
    if (m_userOpen && m_settings)
        m_settings->setLastWorkspace(info.folder);
    m_userOpen = false;
    m_central->hideBanner();
    updateActions();
}

void MainWindow::handleOpenFailed(const Error &error)
{
    qCWarning(lcConsole) << "cannot open the workspace:" << error.toString();
    const QString text = tr("The workspace could not be opened: %1").arg(error.detail);
    if (m_userOpen) {
        // The user asked for this: tell them directly.
        m_userOpen = false;
        QMessageBox::warning(this, tr("Open Workspace"), text);
        return;
    }
    m_central->showLoadingFailed(text);
    m_central->showBanner(text);
}

void MainWindow::handleBackgroundError(const Error &error)
{
    qCWarning(lcConsole) << "background query failed:" << error.toString();
    m_central->showBanner(tr("A background query failed: %1").arg(error.detail));
}

void MainWindow::handleSnapshotLoaded()
{
    m_hasSnapshot = true;
    m_central->showViews();
    const Models::InventorySnapshot &s = m_service->snapshot();
    m_statusBar->showInventory(m_service->workspace().storeDescription, s);
    // Devices may have moved between racks: the tree's compliance marks follow them.
    m_complianceRollup = Models::rollUpCompliance(m_compliance, s.devices);
    expandSites();
    // Re-open the tabs of sites that still exist.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *page = qobject_cast<SiteOverviewPage *>(m_tabs->widget(i)); page && page->siteName().isEmpty())
            closeTab(i);
    }
    if (m_tabs->count() == 0 && !s.sites.isEmpty())
        openSiteOverview(s.sites.first().id);
    if (m_currentDevice)
        selectDevice(m_currentDevice);
    updateActions();
}

// Shows the sites; regions and sites open, racks stay closed.
void MainWindow::expandSites()
{
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex top = m_treeModel->index(row, 0);
        m_tree->expand(top);
        if (NodeKind(top.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Region) {
            for (int child = 0; child < m_treeModel->rowCount(top); ++child)
                m_tree->expand(m_treeModel->index(child, 0, top));
        }
    }
}

void MainWindow::handleTreeCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const NodeKind kind = NodeKind(current.data(NavigationTreeModel::KindRole).toInt());
    const qint64 id = current.data(NavigationTreeModel::IdRole).toLongLong();
    if (kind == NodeKind::Device) {
        selectDevice(id);
        return;
    }
    m_table->proxy()->setScope(kind, id);
    m_table->setScopeText(m_table->proxy()->hasScope()
                              ? tr("In %1").arg(current.sibling(current.row(), 0).data().toString())
                              : QString());
    updateActions();
}

void MainWindow::handleTableCurrentChanged(qint64 deviceId)
{
    if (m_syncing || !deviceId)
        return;
    selectDevice(deviceId);
}

void MainWindow::handleViewDeviceSelected(qint64 deviceId)
{
    if (m_syncing || !deviceId || deviceId == m_currentDevice)
        return;
    selectDevice(deviceId);
}

bool MainWindow::selectDevice(qint64 deviceId)
{
    if (!m_service || m_tableModel->rowOf(deviceId) < 0)
        return false;
    m_syncing = true;
    m_currentDevice = deviceId;
    const QModelIndex node = m_treeModel->indexOf(NodeKind::Device, deviceId);
    if (node.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(node,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(node);
    }
    if (m_table->currentDeviceId() != deviceId)
        m_table->selectDevice(deviceId);
    if (m_rackView)
        m_rackView->selectDevice(deviceId);
    if (m_topologyView && m_topologyView->scene()->hasNode(deviceId))
        m_topologyView->selectDevice(deviceId);
    m_syncing = false;
    requestDetails(deviceId);
    updateActions();
    return true;
}

void MainWindow::requestDetails(qint64 deviceId)
{
    if (!m_service)
        return;
    m_details->setLoading(device(deviceId).name);
    m_detailsRequest = m_service->requestDevice(deviceId);
}

void MainWindow::handleDeviceLoaded(quint64 request, const Models::DeviceDetails &details)
{
    if (const auto pending = m_pendingCharts.constFind(request); pending != m_pendingCharts.cend()) {
        const qint64 interfaceId = *pending;
        m_pendingCharts.erase(pending);
        showInterfaceChart(details, interfaceId);
    }
    if (request != m_detailsRequest)
        return;
    m_details->setDevice(details);
    emit detailsShown(details.device.id);
}

void MainWindow::handleSearchHit(const Domain::SearchHit &hit)
{
    using Kind = Domain::SearchHit::Kind;
    switch (hit.kind) {
    case Kind::Device:
    case Kind::Interface:
    case Kind::IpAddress:
        if (hit.deviceId && selectDevice(hit.deviceId)) {
            showDetailsDock();
            m_table->view()->setFocus(Qt::OtherFocusReason);
        } else {
            m_statusBar->showMessage(tr("%1 is not assigned to a device.").arg(hit.label), 5000);
        }
        return;
    case Kind::Rack:
    case Kind::Site: {
        const QModelIndex node = m_treeModel->indexOf(hit.kind == Kind::Rack ? NodeKind::Rack : NodeKind::Site, hit.id);
        if (node.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(node,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->scrollTo(node);
            m_tree->setFocus(Qt::OtherFocusReason);
        }
        if (hit.kind == Kind::Site)
            openSiteOverview(hit.id);
        else
            showRack(hit.id);
        return;
    }
    }
}

Domain::Device MainWindow::device(qint64 deviceId) const
{
    return m_tableModel->device(m_tableModel->rowOf(deviceId));
}

qint64 MainWindow::currentSiteId() const
{
    const QModelIndex node = m_tree->currentIndex();
    if (node.isValid()) {
        if (const qint64 site = node.data(NavigationTreeModel::SiteIdRole).toLongLong())
            return site;
    }
    if (m_currentDevice) {
        if (const qint64 site = device(m_currentDevice).siteId)
            return site;
    }
    if (m_service && !m_service->snapshot().sites.isEmpty())
        return m_service->snapshot().sites.first().id;
    return 0;
}

QString MainWindow::siteName(qint64 siteId) const
{
    if (m_service) {
        for (const Domain::Site &site : m_service->snapshot().sites) {
            if (site.id == siteId)
                return site.name;
        }
    }
    return QString::number(siteId);
}

} // namespace OpsDeck::Widgets
