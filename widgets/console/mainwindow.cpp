// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/console/mainwindow.h"
#include "widgets/console/netboxeditlauncher.h"
#include "widgets/console/workspacefeatures.h"

#include <memory>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "backend/settings/settings.h"
#include "backend/netbox/changeset.h"
#include "backend/topology/lldpaudit.h"
#include "backend/topology/topologygraph.h"
#include "models/dashboard/interfaceseries.h"
#include "models/dashboard/workspaceviewsources.h"
#include "models/inventory/devicefilterproxymodel.h"
#include "models/inventory/devicetablemodel.h"
#include "models/inventory/inventoryservice.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/live/livestateprovider.h"
#include "models/log/logmodel.h"
#include "models/topology/storetopologysource.h"
#include "models/topology/topologymodel.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/console/settingsdialog.h"
#include "widgets/dashboard/chartemptynotice.h"
#include "widgets/dashboard/devicedashboard.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/inventory/searchpopup.h"
#include "widgets/inventory/siteoverviewpage.h"
#include "widgets/inventory/statusdelegate.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"
#include "widgets/topology/topologywidget.h"

Q_LOGGING_CATEGORY(lcConsole, "opsdeck.console")

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

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

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
    m_central = new QStackedWidget(this);
    auto *loading = new QWidget(m_central);
    auto *loadingLayout = new QVBoxLayout(loading);
    m_loadingTitle = new QLabel(tr("Opening the workspace…"), loading);
    QFont big = m_loadingTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_loadingTitle->setFont(big);
    m_loadingTitle->setAlignment(Qt::AlignCenter);
    m_loadingBar = new QProgressBar(loading);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setAccessibleName(tr("Progress"));
    m_loadingBar->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 36);
    loadingLayout->addStretch(2);
    loadingLayout->addWidget(m_loadingTitle);
    loadingLayout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);
    m_central->addWidget(loading);

    auto *main = new QWidget(m_central);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    m_banner = new QFrame(main);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("#banner { background: #fdecea; border-bottom: 1px solid #f5c2c0; }"
                                           " #banner QLabel { color: #8a1c14; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerClose = new QToolButton(m_banner);
    bannerClose->setAutoRaise(true);
    bannerClose->setText(tr("Dismiss"));
    bannerClose->setAccessibleName(tr("Dismiss the message"));
    connect(bannerClose, &QToolButton::clicked, m_banner, &QFrame::hide);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerClose);
    m_banner->hide();
    m_tabs = new QTabWidget(main);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setAccessibleName(tr("Views"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    mainLayout->addWidget(m_banner);
    mainLayout->addWidget(m_tabs, 1);
    m_central->addWidget(main);
    setCentralWidget(m_central);

    m_search = new SearchPopup(service, this);
    connect(m_search, &SearchPopup::hitActivated, this, &MainWindow::handleSearchHit);
    connect(m_sources, &Models::WorkspaceViewSources::sourcesAboutToChange, this,
            &MainWindow::handleSourcesAboutToChange);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    m_features = new WorkspaceFeatures(this);
    m_edits = new NetBoxEditLauncher(this, m_features);
    connect(m_details, &DetailsPanel::deviceEditRequested, this, [this] { m_edits->editDevice(m_details->details().device); });
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
                        m_edits->editInterface(i);
                        break;
                    case DetailsPanel::InterfaceEdit::Cable:
                        m_edits->connectCable(details.device, i);
                        break;
                    case DetailsPanel::InterfaceEdit::IpAddress:
                        m_edits->assignIpAddress(i);
                        break;
                    }
                }
            });
    restoreLayout();

    if (m_service) {
        connect(m_service, &Models::InventoryService::workspaceOpened, this, &MainWindow::handleWorkspaceOpened);
        connect(m_service, &Models::InventoryService::openFailed, this, &MainWindow::handleOpenFailed);
        connect(m_service, &Models::InventoryService::snapshotLoaded, this, &MainWindow::handleSnapshotLoaded);
        connect(m_service, &Models::InventoryService::errorOccurred, this, &MainWindow::handleBackgroundError);
        connect(m_service, &Models::InventoryService::openProgress, this, &MainWindow::handleProgress);
        connect(m_service, &Models::InventoryService::runningJobsChanged, this, &MainWindow::handleJobs);
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

void MainWindow::createActions()
{
    auto make = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        addAction(action);
        return action;
    };
    m_openAction = make(QStringLiteral("actionOpenWorkspace"), tr("&Open Workspace…"), QKeySequence::Open);
    m_openAction->setIcon(themedIcon("document-open", QStyle::SP_DirOpenIcon));
    m_openAction->setStatusTip(tr("Open another workspace folder"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceFolder);

    m_reloadAction = make(QStringLiteral("actionReload"), tr("&Reload Inventory"), QKeySequence::Refresh);
    m_reloadAction->setIcon(themedIcon("view-refresh", QStyle::SP_BrowserReload));
    m_reloadAction->setStatusTip(tr("Read the inventory again from the store"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadInventory);

    m_settingsAction = make(QStringLiteral("actionSettings"), tr("&Settings…"));
    QList<QKeySequence> settingsKeys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    // Where the platform has its own preferences key, offer it too (never twice).
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!settingsKeys.contains(key))
            settingsKeys << key;
    }
    m_settingsAction->setShortcuts(settingsKeys);
    m_settingsAction->setIcon(themedIcon("preferences-system", QStyle::SP_FileDialogDetailedView));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction = make(QStringLiteral("actionSearch"), tr("&Search…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setIcon(themedIcon("edit-find", QStyle::SP_FileDialogContentsView));
    m_searchAction->setStatusTip(tr("Search devices, racks, interfaces, IP addresses and serials"));
    connect(m_searchAction, &QAction::triggered, this, [this] { m_search->popup(this); });

    m_filterAction = make(QStringLiteral("actionFilter"), tr("&Filter Devices"), QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_devicesDock->show();
        m_devicesDock->raise();
        m_table->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_table->filterEdit()->selectAll();
    });

    m_copyNameAction = make(QStringLiteral("actionCopyName"), tr("Copy &Name"), QKeySequence::Copy);
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyNameAction, &QAction::triggered, this, &MainWindow::copyNames);
    m_copyIpAction = make(QStringLiteral("actionCopyIp"), tr("Copy &IP Address"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIpAction, &QAction::triggered, this, &MainWindow::copyAddresses);

    m_detailsAction = make(QStringLiteral("actionShowDetails"), tr("Show &Details"),
                           QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::showCurrentDetails);

    m_netboxAction = make(QStringLiteral("actionOpenInNetbox"), tr("Open in &NetBox"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_netboxAction->setIcon(themedIcon("internet-web-browser", QStyle::SP_ArrowRight));
    m_netboxAction->setStatusTip(tr("Open the selected object in NetBox in the web browser"));
    connect(m_netboxAction, &QAction::triggered, this, &MainWindow::openCurrentInNetbox);

    m_overviewAction = make(QStringLiteral("actionSiteOverview"), tr("Site &Overview"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_overviewAction->setIcon(themedIcon("view-list-details", QStyle::SP_FileDialogListView));
    connect(m_overviewAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        const qint64 site = current.isValid() ? current.data(NavigationTreeModel::SiteIdRole).toLongLong() : 0;
        if (site)
            openSiteOverview(site);
        else if (m_service && !m_service->snapshot().sites.isEmpty())
            openSiteOverview(m_service->snapshot().sites.first().id);
    });

    m_rackAction = make(QStringLiteral("actionRacks"), tr("&Racks"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_rackAction->setIcon(themedIcon("view-grid", QStyle::SP_FileDialogDetailedView));
    m_rackAction->setStatusTip(tr("Show the rack elevation of the selected rack or device, or the racks of the site"));
    connect(m_rackAction, &QAction::triggered, this, [this] {
        const QModelIndex node = m_tree->currentIndex();
        const NodeKind kind = node.isValid() ? NodeKind(node.data(NavigationTreeModel::KindRole).toInt())
                                             : NodeKind::Region;
        const qint64 id = node.isValid() ? node.data(NavigationTreeModel::IdRole).toLongLong() : 0;
        if (kind == NodeKind::Rack) {
            showRack(id);
            return;
        }
        if (kind == NodeKind::Location) {
            showSite(node.data(NavigationTreeModel::SiteIdRole).toLongLong(), id);
            return;
        }
        if (m_currentDevice) {
            const Domain::Device d = m_tableModel->device(m_tableModel->rowOf(m_currentDevice));
            if (d.rackId) {
                showRack(d.rackId, d.id);
                return;
            }
        }
        if (const qint64 site = currentSiteId())
            showSite(site);
    });

    m_topologyAction = make(QStringLiteral("actionTopology"), tr("&Topology"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_topologyAction->setIcon(themedIcon("network-workgroup", QStyle::SP_DriveNetIcon));
    m_topologyAction->setStatusTip(tr("Show the topology of the selected site"));
    connect(m_topologyAction, &QAction::triggered, this, [this] {
        if (const qint64 site = currentSiteId())
            showTopology(site);
    });

    m_dashboardAction = make(QStringLiteral("actionDashboard"), tr("Device Das&hboard"),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_dashboardAction->setIcon(themedIcon("utilities-system-monitor", QStyle::SP_ComputerIcon));
    m_dashboardAction->setStatusTip(tr("Show charts and live interface rates of the selected device"));
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        if (m_currentDevice)
            openDashboard(m_currentDevice);
    });

    m_closeTabAction = make(QStringLiteral("actionCloseTab"), tr("&Close Tab"), QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });

    m_resetLayoutAction = make(QStringLiteral("actionResetLayout"), tr("&Reset Layout"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_aboutAction = make(QStringLiteral("actionAbout"), tr("&About OpsDeck"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &objectName, const QString &title, QWidget *content) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(objectName);
        d->setWidget(content);
        d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                       | QDockWidget::DockWidgetFloatable);
        return d;
    };

    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(new StatusDelegate(m_tree));
    m_tree->setAccessibleName(tr("Navigation"));
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NavigationTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NavigationTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::handleTreeCurrentChanged);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(NavigationTreeModel::IdRole).toLongLong();
        switch (NodeKind(index.data(NavigationTreeModel::KindRole).toInt())) {
        case NodeKind::Site:
            openSiteOverview(id);
            break;
        case NodeKind::Location:
            showSite(index.data(NavigationTreeModel::SiteIdRole).toLongLong(), id);
            break;
        case NodeKind::Rack:
            showRack(id);
            break;
        case NodeKind::Region:
        case NodeKind::Device:
            break;
        }
    });
    m_navigationDock = dock(QStringLiteral("navigationDock"), tr("Navigation"), m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigationDock);

    m_table = new DeviceTablePanel(m_tableModel, this);
    connect(m_table, &DeviceTablePanel::currentDeviceChanged, this, &MainWindow::handleTableCurrentChanged);
    connect(m_table, &DeviceTablePanel::deviceActivated, this, [this](qint64 id) {
        selectDevice(id);
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    connect(m_table, &DeviceTablePanel::contextMenuRequested, this, &MainWindow::showTableContextMenu);
    m_devicesDock = dock(QStringLiteral("devicesDock"), tr("Devices"), m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_devicesDock);

    m_details = new DetailsPanel(this);
    connect(m_details, &DetailsPanel::deviceRequested, this, [this](const QString &name) {
        if (!m_service)
            return;
        for (const Domain::Device &d : m_service->snapshot().devices) {
            if (d.name == name) {
                selectDevice(d.id);
                return;
            }
        }
    });
    connect(m_details, &DetailsPanel::interfaceChartRequested, this, &MainWindow::openInterfaceChart);
    connect(m_details, &DetailsPanel::dashboardRequested, this, &MainWindow::openDashboard);
    m_detailsDock = dock(QStringLiteral("detailsDock"), tr("Details"), m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_logView = new QTableView(this);
    m_logView->setAccessibleName(tr("Event log"));
    m_logView->setModel(m_log);
    m_logView->setItemDelegate(new StatusDelegate(m_logView));
    m_logView->setShowGrid(false);
    m_logView->setWordWrap(false);
    m_logView->setAlternatingRowColors(true);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_logView->horizontalHeader()->resizeSection(Models::LogModel::TimeColumn, em * 7);
    m_logView->horizontalHeader()->resizeSection(Models::LogModel::LevelColumn, em * 6);
    m_logView->horizontalHeader()->resizeSection(Models::LogModel::CategoryColumn, em * 10);
    if (m_log) {
        connect(m_log, &Models::LogModel::entriesAdded, this, [this] {
            if (m_logView->isVisible())
                m_logView->scrollToBottom();
        });
    }
    m_logDock = dock(QStringLiteral("logDock"), tr("Event Log"), m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    tabifyDockWidget(m_devicesDock, m_logDock);
    m_devicesDock->raise();


    // Ctrl+1..4 focus the docks, so the keyboard reaches everything.
    const std::pair<QDockWidget *, QWidget *> targets[] = {
        {m_navigationDock, m_tree}, {m_devicesDock, m_table->view()}, {m_detailsDock, m_details}, {m_logDock, m_logView}};
    int n = 1;
    for (const auto &[d, focus] : targets) {
        auto *action = new QAction(tr("Focus %1").arg(d->windowTitle()), this);
        action->setObjectName(QStringLiteral("actionFocus%1").arg(n));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [d, focus] {
            d->show();
            d->raise();
            focus->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
        m_focusActions << action;
        ++n;
    }
    setTabOrder(m_tree, m_table->filterEdit());
    setTabOrder(m_table->filterEdit(), m_table->view());
    setTabOrder(m_table->view(), m_tabs);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_menus.insert(int(Menu::File), file);
    file->addAction(m_openAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_menus.insert(int(Menu::Edit), edit);
    edit->addAction(m_searchAction);
    edit->addAction(m_filterAction);
    edit->addSeparator();
    edit->addAction(m_copyNameAction);
    edit->addAction(m_copyIpAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_menus.insert(int(Menu::View), view);
    view->addAction(m_overviewAction);
    view->addAction(m_rackAction);
    view->addAction(m_topologyAction);
    view->addAction(m_dashboardAction);
    view->addAction(m_closeTabAction);
    view->addSeparator();
    for (QDockWidget *d : {m_navigationDock, m_devicesDock, m_detailsDock, m_logDock})
        view->addAction(d->toggleViewAction());
    // Feature docks (addFeatureDock()) are listed after these, before this separator.
    view->addSeparator()->setObjectName(QStringLiteral("featureDocksEnd"));
    view->addActions(m_focusActions);
    view->addSeparator();
    view->addAction(m_resetLayoutAction);

    QMenu *object = menuBar()->addMenu(tr("&Object"));
    m_menus.insert(int(Menu::Object), object);
    object->addAction(m_detailsAction);
    object->addAction(m_dashboardAction);
    object->addAction(m_netboxAction);

    // Background work and imports (jobs, sync, import wizards) add their commands here.
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->menuAction()->setVisible(false); // until a feature adds to it (menu())
    m_menus.insert(int(Menu::Tools), tools);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_menus.insert(int(Menu::Help), help);
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolBar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_reloadAction);
    toolbar->addSeparator();
    toolbar->addAction(m_searchAction);
    toolbar->addAction(m_overviewAction);
    toolbar->addAction(m_rackAction);
    toolbar->addAction(m_topologyAction);
    toolbar->addAction(m_dashboardAction);
    toolbar->addAction(m_netboxAction);
    toolbar->addSeparator();
    toolbar->addAction(m_settingsAction);
    m_navigationDock->toggleViewAction()->setShortcut({});
}

void MainWindow::createStatusBar()
{
    auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setAccessibleName(name);
        l->setContentsMargins(6, 0, 6, 0);
        return l;
    };
    m_workspaceLabel = label(tr("Workspace"));
    m_storeLabel = label(tr("Store"));
    m_syncLabel = label(tr("Connection"));
    m_jobLabel = label(tr("Background jobs"));
    m_jobBar = new QProgressBar(this);
    m_jobBar->setRange(0, 0);
    m_jobBar->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 8);
    m_jobBar->setMaximumHeight(fontMetrics().height());
    m_jobBar->setTextVisible(false);
    m_jobBar->hide();
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_jobBar);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_workspaceLabel->setText(tr("No workspace"));
    m_syncLabel->setText(tr("NetBox: not configured"));
    m_jobLabel->setText(tr("Idle"));
}

void MainWindow::restoreLayout()
{
    m_defaultState = saveState();
    const QByteArray geometry = m_settings ? m_settings->windowGeometry() : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    }
    // Dock sizes only take once the window has its size: see showEvent().
    m_defaultDockSizes = true;
    if (m_settings) {
        const QByteArray state = m_settings->windowState();
        if (!state.isEmpty() && restoreState(state))
            m_defaultDockSizes = false;
        m_table->restoreState(m_settings->deviceTableState());
    }
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setDeviceTableState(m_table->saveState());
    m_settings->sync();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *d : {m_navigationDock, m_devicesDock, m_detailsDock, m_logDock})
        d->show();
    m_devicesDock->raise();
    applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    // The tree shows full device names (about 24 characters) beside their
    // units; the details need room for attributes and the interface table.
    const int side = std::max(em * 10, width() / 5);
    resizeDocks({m_navigationDock, m_detailsDock}, {std::max(side, em * 20), std::max(side, em * 28)}, Qt::Horizontal);
    // The centre gets the room: the bottom docks (devices, log, jobs,
    // events) start at about a fifth of the height.
    resizeDocks({m_devicesDock}, {std::max(fontMetrics().height() * 8, height() / 5)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultDockSizes) {
        m_defaultDockSizes = false;
        applyDefaultDockSizes();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_tree->viewport() && event->type() == QEvent::Paint
        && m_treeModel->rowCount() > 0) {
        m_painted = true;
        // Emitted after this paint has finished.
        QTimer::singleShot(0, this, &MainWindow::inventoryPainted);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showBanner(const QString &text)
{
    m_bannerText->setText(text);
    m_banner->show();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerText->text() : QString();
}

void MainWindow::showStartPage(QWidget *page)
{
    if (m_central->indexOf(page) < 0)
        m_central->addWidget(page);
    m_central->setCurrentWidget(page);
}

void MainWindow::addNotice(QWidget *notice)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_central->widget(1)->layout());
    layout->insertWidget(1, notice);
}

void MainWindow::handleWorkspaceOpened(const Models::WorkspaceInfo &info)
{
    if (m_central->currentIndex() > 1)
        m_central->setCurrentIndex(0); // a start page gives way to the workspace

    setWindowTitle(tr("%1 — OpsDeck").arg(info.name));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(info.name));
    m_workspaceLabel->setToolTip(info.folder);
    m_storeLabel->setText(info.storeDescription);
    const QUrl netbox(info.netboxUrl);
    m_syncLabel->setText(info.netboxUrl.isEmpty() ? tr("NetBox: not configured")
                                                  : tr("NetBox: %1 · not synced in this session").arg(netbox.host()));
    m_details->setNetboxUrl(info.netboxUrl);
    m_loadingTitle->setText(tr("Loading the inventory…"));
    if (m_userOpen && m_settings)
        m_settings->setLastWorkspace(info.folder);
    m_userOpen = false;
    m_banner->hide();
    m_features->open(info);
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
    m_loadingTitle->setText(text);
    m_loadingBar->hide();
    showBanner(text);
}

void MainWindow::handleBackgroundError(const Error &error)
{
    qCWarning(lcConsole) << "background query failed:" << error.toString();
    showBanner(tr("A background query failed: %1").arg(error.detail));
}

void MainWindow::handleProgress(qint64 done, qint64 total)
{
    m_loadingTitle->setText(tr("Preparing the demo workspace…"));
    m_loadingBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_loadingBar->setValue(int(std::min(done, total)));
    m_loadingBar->setFormat(tr("%1 of %2 objects").arg(QLocale().toString(done), QLocale().toString(total)));
    m_loadingBar->setTextVisible(true);
}

void MainWindow::handleJobs(int count, const QString &current)
{
    m_jobBar->setVisible(count > 0);
    m_jobLabel->setText(count > 0 ? current : tr("Idle"));
    m_jobLabel->setToolTip(tr("%n background job(s) running", nullptr, count));
}

void MainWindow::handleSnapshotLoaded()
{
    m_hasSnapshot = true;
    m_central->setCurrentIndex(1);
    const Models::InventorySnapshot &s = m_service->snapshot();
    m_storeLabel->setText(tr("%1 · %2 sites · %3 racks · %4 devices · %5 interfaces")
                              .arg(m_service->workspace().storeDescription)
                              .arg(s.sites.size())
                              .arg(s.racks.size())
                              .arg(s.devices.size())
                              .arg(s.interfaceCount));
    // Show the sites; regions and sites open, racks stay closed.
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex top = m_treeModel->index(row, 0);
        m_tree->expand(top);
        if (NodeKind(top.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Region) {
            for (int child = 0; child < m_treeModel->rowCount(top); ++child)
                m_tree->expand(m_treeModel->index(child, 0, top));
        }
    }
    // Re-open the tabs of sites that still exist.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *page = qobject_cast<SiteOverviewPage *>(m_tabs->widget(i));
            page && page->siteName().isEmpty())
            closeTab(i);
    }
    if (m_tabs->count() == 0 && !s.sites.isEmpty())
        openSiteOverview(s.sites.first().id);
    if (m_currentDevice)
        selectDevice(m_currentDevice);
    updateActions();
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

bool MainWindow::selectDevice(qint64 deviceId)
{
    if (!m_service || m_tableModel->rowOf(deviceId) < 0)
        return false;
    m_syncing = true;
    m_currentDevice = deviceId;
    const QModelIndex node = m_treeModel->indexOf(NodeKind::Device, deviceId);
    if (node.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(node, QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
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
    const Domain::Device device = m_tableModel->device(m_tableModel->rowOf(deviceId));
    m_details->setLoading(device.name);
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
            m_detailsDock->show();
            m_detailsDock->raise();
            m_table->view()->setFocus(Qt::OtherFocusReason);
        } else {
            statusBar()->showMessage(tr("%1 is not assigned to a device.").arg(hit.label), 5000);
        }
        return;
    case Kind::Rack:
    case Kind::Site: {
        const QModelIndex node = m_treeModel->indexOf(hit.kind == Kind::Rack ? NodeKind::Rack : NodeKind::Site,
                                                      hit.id);
        if (node.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(node, QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
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

int MainWindow::addViewTab(QWidget *page, const QString &key, const QString &title)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("opsdeckTabKey").toString() == key) {
            if (page != m_tabs->widget(i))
                delete page;
            m_tabs->setCurrentIndex(i);
            return i;
        }
    }
    page->setProperty("opsdeckTabKey", key);
    const int index = m_tabs->addTab(page, title);
    m_tabs->setCurrentIndex(index);
    return index;
}

int MainWindow::openSiteOverview(qint64 siteId)
{
    const QString key = siteKey(siteId);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("opsdeckTabKey").toString() == key) {
            m_tabs->setCurrentIndex(i);
            return i;
        }
    }
    auto *page = new SiteOverviewPage(m_service, siteId, m_tabs);
    connect(page, &SiteOverviewPage::rackActivated, this, [this](qint64 rackId) {
        const QModelIndex node = m_treeModel->indexOf(NodeKind::Rack, rackId);
        if (node.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(node, QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
            m_tree->expand(node);
            m_tree->scrollTo(node);
        }
        showRack(rackId);
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

QList<Domain::Device> MainWindow::selectedDevices() const
{
    QList<Domain::Device> devices;
    QWidget *focus = QApplication::focusWidget();
    const bool treeFocused = focus == m_tree || (focus && m_tree->isAncestorOf(focus));
    if (!treeFocused) {
        for (qint64 id : m_table->selectedDeviceIds())
            devices << m_tableModel->device(m_tableModel->rowOf(id));
    }
    if (devices.isEmpty() && m_currentDevice)
        devices << m_tableModel->device(m_tableModel->rowOf(m_currentDevice));
    return devices;
}

void MainWindow::copyNames()
{
    QStringList names;
    const QModelIndex node = m_tree->currentIndex();
    QWidget *focus = QApplication::focusWidget();
    if (node.isValid() && focus == m_tree
        && NodeKind(node.data(NavigationTreeModel::KindRole).toInt()) != NodeKind::Device) {
        names << node.sibling(node.row(), 0).data().toString();
    } else {
        for (const Domain::Device &d : selectedDevices())
            names << d.name;
    }
    if (!names.isEmpty())
        QGuiApplication::clipboard()->setText(names.join(u'\n'));
}

void MainWindow::copyAddresses()
{
    QStringList addresses;
    for (const Domain::Device &d : selectedDevices()) {
        if (!d.primaryIp.isEmpty())
            addresses << d.primaryIp.section(u'/', 0, 0);
    }
    if (addresses.isEmpty()) {
        statusBar()->showMessage(tr("The selection has no primary IP address."), 4000);
        return;
    }
    QGuiApplication::clipboard()->setText(addresses.join(u'\n'));
}

QUrl MainWindow::netboxUrlFor(int kind, qint64 id) const
{
    if (!m_service || m_service->workspace().netboxUrl.isEmpty() || id <= 0)
        return {};
    if (NodeKind(kind) == NodeKind::Device)
        return DetailsPanel::netboxDeviceUrl(m_service->workspace().netboxUrl, id);
    QString base = m_service->workspace().netboxUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    switch (NodeKind(kind)) {
    case NodeKind::Region:
        return QUrl(base + QStringLiteral("/dcim/regions/%1/").arg(id));
    case NodeKind::Site:
        return QUrl(base + QStringLiteral("/dcim/sites/%1/").arg(id));
    case NodeKind::Location:
        return QUrl(base + QStringLiteral("/dcim/locations/%1/").arg(id));
    case NodeKind::Rack:
        return QUrl(base + QStringLiteral("/dcim/racks/%1/").arg(id));
    case NodeKind::Device:
        break;
    }
    return {};
}

void MainWindow::openCurrentInNetbox()
{
    const QModelIndex node = m_tree->currentIndex();
    QUrl url;
    if (node.isValid() && QApplication::focusWidget() == m_tree)
        url = netboxUrlFor(node.data(NavigationTreeModel::KindRole).toInt(),
                           node.data(NavigationTreeModel::IdRole).toLongLong());
    else if (m_currentDevice)
        url = netboxUrlFor(int(NodeKind::Device), m_currentDevice);
    if (url.isEmpty()) {
        statusBar()->showMessage(tr("No NetBox URL is configured for this workspace."), 4000);
        return;
    }
    if (!QDesktopServices::openUrl(url))
        QMessageBox::warning(this, tr("Open in NetBox"), tr("No web browser could open %1.").arg(url.toString()));
}

void MainWindow::showCurrentDetails()
{
    const QModelIndex node = m_tree->currentIndex();
    if (QApplication::focusWidget() == m_tree && node.isValid()
        && NodeKind(node.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Site) {
        openSiteOverview(node.data(NavigationTreeModel::IdRole).toLongLong());
        return;
    }
    m_detailsDock->show();
    m_detailsDock->raise();
    m_details->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateActions()
{
    const bool open = m_service && m_service->isOpen();
    m_reloadAction->setEnabled(open);
    m_searchAction->setEnabled(open);
    const bool device = m_currentDevice != 0;
    m_copyNameAction->setEnabled(device || m_tree->currentIndex().isValid());
    m_copyIpAction->setEnabled(device);
    m_detailsAction->setEnabled(device);
    m_netboxAction->setEnabled(open && !m_service->workspace().netboxUrl.isEmpty());
    m_overviewAction->setEnabled(m_hasSnapshot);
    m_rackAction->setEnabled(m_hasSnapshot);
    m_topologyAction->setEnabled(m_hasSnapshot);
    m_dashboardAction->setEnabled(device);
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    const NodeKind kind = NodeKind(index.data(NavigationTreeModel::KindRole).toInt());
    const qint64 id = index.data(NavigationTreeModel::IdRole).toLongLong();
    const QString name = index.sibling(index.row(), 0).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Copy Name"), this, [name] { QGuiApplication::clipboard()->setText(name); });
    if (kind == NodeKind::Device) {
        const Domain::Device d = m_tableModel->device(m_tableModel->rowOf(id));
        QAction *ip = menu.addAction(tr("Copy IP Address"), this, [d] {
            QGuiApplication::clipboard()->setText(d.primaryIp.section(u'/', 0, 0));
        });
        ip->setEnabled(!d.primaryIp.isEmpty());
        menu.addAction(tr("Show Details"), this, [this, id] {
            selectDevice(id);
            m_detailsDock->show();
            m_detailsDock->raise();
        });
        addDeviceViewActions(&menu, id);
    }
    if (kind == NodeKind::Site) {
        menu.addAction(tr("Open Site Overview"), this, [this, id] { openSiteOverview(id); });
        menu.addAction(tr("Open Racks"), this, [this, id] { showSite(id); });
        menu.addAction(tr("Open Topology"), this, [this, id] { showTopology(id); });
    }
    if (kind == NodeKind::Location) {
        const qint64 site = index.data(NavigationTreeModel::SiteIdRole).toLongLong();
        menu.addAction(tr("Open Racks"), this, [this, site, id] { showSite(site, id); });
    }
    if (kind == NodeKind::Rack)
        menu.addAction(tr("Open Rack Elevation"), this, [this, id] { showRack(id); });
    if (kind != NodeKind::Device && kind != NodeKind::Region) {
        menu.addAction(tr("Show Devices Here"), this, [this] {
            m_devicesDock->show();
            m_devicesDock->raise();
        });
    }
    menu.addSeparator();
    const QUrl url = netboxUrlFor(int(kind), id);
    QAction *netbox = menu.addAction(tr("Open in NetBox"), this, [url] { QDesktopServices::openUrl(url); });
    netbox->setEnabled(!url.isEmpty());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showTableContextMenu(const QPoint &globalPos)
{
    const QList<qint64> ids = m_table->selectedDeviceIds();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy Name"), this, &MainWindow::copyNames);
    menu.addAction(tr("Copy IP Address"), this, &MainWindow::copyAddresses);
    menu.addAction(tr("Show Details"), this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    if (const qint64 current = m_table->currentDeviceId())
        addDeviceViewActions(&menu, current);
    menu.addSeparator();
    const QUrl url = netboxUrlFor(int(NodeKind::Device), m_table->currentDeviceId());
    QAction *netbox = menu.addAction(tr("Open in NetBox"), this, [url] { QDesktopServices::openUrl(url); });
    netbox->setEnabled(!url.isEmpty());
    menu.exec(globalPos);
}

void MainWindow::openWorkspaceFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Workspace"),
                                                             m_service ? m_service->workspace().folder : QString());
    if (folder.isEmpty() || !m_service)
        return;
    m_userOpen = true;
    m_service->openWorkspace(folder);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OpsDeck"),
                       tr("<h3>OpsDeck %1</h3><p>Operator console for network and data-centre operations.</p>")
                           .arg(QApplication::applicationVersion()));
}

Models::InventoryService *MainWindow::inventoryService() const
{
    return m_service;
}

RackWorkspaceWidget *MainWindow::rackView() const
{
    return m_rackView;
}

TopologyWidget *MainWindow::topologyView() const
{
    return m_topologyView;
}

QWidget *MainWindow::viewTab(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("opsdeckTabKey").toString() == key)
            return m_tabs->widget(i);
    }
    return nullptr;
}

QMenu *MainWindow::menu(Menu which) const
{
    QMenu *m = m_menus.value(int(which));
    if (m && which == Menu::Tools)
        m->menuAction()->setVisible(true);
    return m;
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
    // A dock added after the saved layout was read takes its saved place.
    if (m_settings)
        restoreDockWidget(dock);
}

qint64 MainWindow::currentSiteId() const
{
    const QModelIndex node = m_tree->currentIndex();
    if (node.isValid()) {
        if (const qint64 site = node.data(NavigationTreeModel::SiteIdRole).toLongLong())
            return site;
    }
    if (m_currentDevice) {
        if (const qint64 site = m_tableModel->device(m_tableModel->rowOf(m_currentDevice)).siteId)
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

void MainWindow::handleViewDeviceSelected(qint64 deviceId)
{
    if (m_syncing || !deviceId || deviceId == m_currentDevice)
        return;
    selectDevice(deviceId);
}

void MainWindow::handleSourcesAboutToChange()
{
    // The views of the previous workspace hold its sources: close them.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        const QString key = m_tabs->widget(i)->property("opsdeckTabKey").toString();
        if (key == kRackKey || key == kTopologyKey || key.startsWith(QLatin1String("dashboard:"))
            || key.startsWith(QLatin1String("chart:"))) {
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
    connect(rack, &RackWorkspaceWidget::planEditsRequested, this,
            [this](const QList<NetBox::Edit> &edits) { m_features->recordEdits(edits); });
    // Once the site is there, show the device selected elsewhere.
    connect(rack, &RackWorkspaceWidget::siteLoaded, this, [this] {
        if (m_rackView && m_currentDevice) {
            m_syncing = true;
            m_rackView->selectDevice(m_currentDevice);
            m_syncing = false;
        }
    });
    // Polled state over the faceplates of the site's devices.
    if (Models::LiveStateProvider *live = createLiveProvider(m_service, rack)) {
        connect(rack, &RackWorkspaceWidget::siteLoaded, live, [rack, live] {
            QList<qint64> ids;
            for (const Domain::Device &d : rack->planModel()->baseline().devices)
                ids << d.id;
            live->setDevices(ids);
        });
        connect(live, &Models::LiveStateProvider::snapshotReady, rack,
                [rack](const Models::LiveSnapshot &s) { rack->setLiveState(s.rackStates()); });
    }
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
    m_tabs->setTabText(m_tabs->indexOf(rack), tr("Rack: %1").arg(name.isEmpty() ? QString::number(rackId) : name));
    return rack;
}

RackWorkspaceWidget *MainWindow::showSite(qint64 siteId, qint64 locationId)
{
    RackWorkspaceWidget *rack = ensureRackView();
    if (!rack)
        return nullptr;
    rack->showSite(siteId, locationId);
    m_tabs->setTabText(m_tabs->indexOf(rack), tr("Racks: %1").arg(siteName(siteId)));
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
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    connect(topology, &TopologyWidget::interfaceActivated, this, &MainWindow::openInterfaceChart);
    // Cables LLDP sees and NetBox lacks go to the change set as new cables.
    connect(topology, &TopologyWidget::changeSetRequested, this, [this](const Topology::CableChangeSet &audit) {
        NetBox::ChangeSet changes;
        int deletions = 0;
        for (const Topology::CableChange &c : audit.changes) {
            if (c.action == Topology::CableChange::Action::Delete) {
                ++deletions;
                continue;
            }
            changes.addCable(QStringLiteral("dcim.interface"), c.ends.aInterfaceId, QStringLiteral("dcim.interface"),
                             c.ends.bInterfaceId, {{QStringLiteral("status"), QStringLiteral("connected")}});
        }
        m_features->recordEdits(changes.edits());
        if (deletions > 0)
            QMessageBox::information(this, tr("LLDP Audit"),
                                     tr("%n cable(s) LLDP does not see were left out: the change set creates and "
                                        "updates objects but does not delete them. Remove them in NetBox after "
                                        "checking the links.",
                                        nullptr, deletions));
    });
    // Ciena MCP alarms colour the devices they concern.
    // Polled reachability and link rates join them; each source updates its
    // own fields of the node states.
    auto nodes = std::make_shared<QHash<qint64, Topology::NodeState>>();
    if (auto *store = qobject_cast<Models::StoreTopologySource *>(m_sources->topologySource())) {
        connect(store, &Models::StoreTopologySource::alarmStatesLoaded, topology,
                [topology, nodes](quint64, const QList<Topology::NodeState> &states) {
                    QList<Topology::NodeState> merged;
                    for (const Topology::NodeState &s : states) {
                        Topology::NodeState &n = (*nodes)[s.deviceId];
                        n.deviceId = s.deviceId;
                        n.warningAlarms = s.warningAlarms;
                        n.criticalAlarms = s.criticalAlarms;
                        merged << n;
                    }
                    topology->applyNodeStates(merged);
                });
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
                    QList<Topology::NodeState> merged;
                    for (const Models::LiveDeviceState &d : s.devices) {
                        Topology::NodeState &n = (*nodes)[d.deviceId];
                        n.deviceId = d.deviceId;
                        n.reachability = d.reachability;
                        merged << n;
                    }
                    topology->applyNodeStates(merged);
                    topology->applyLinkStates(s.linkStates());
                });
    }
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

TopologyWidget *MainWindow::showTopology(qint64 siteId)
{
    TopologyWidget *topology = ensureTopologyView();
    if (!topology)
        return nullptr;
    Topology::TopologyScope scope;
    scope.kind = Topology::TopologyScope::Kind::Site;
    scope.siteId = siteId;
    topology->setScope(scope);
    m_tabs->setTabText(m_tabs->indexOf(topology), tr("Topology: %1").arg(siteName(siteId)));
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
    const Domain::Device d = m_tableModel->device(m_tableModel->rowOf(deviceId));
    m_tabs->setTabText(m_tabs->indexOf(topology),
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
    connect(dashboard, &DeviceDashboard::interfaceChartRequested, this, &MainWindow::openInterfaceChart);
    connect(dashboard, &DeviceDashboard::detailsRequested, this, [this](qint64 id) {
        selectDevice(id);
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    connect(dashboard, &DeviceDashboard::rackRequested, this, [this](qint64 rackId, qint64 id) { showRack(rackId, id); });
    connect(dashboard, &DeviceDashboard::topologyRequested, this, [this](qint64 id) { showTopologyAround(id, 1); });
    const Domain::Device d = m_tableModel->device(m_tableModel->rowOf(deviceId));
    connect(dashboard, &DeviceDashboard::loaded, this, [this, dashboard] {
        m_tabs->setTabText(m_tabs->indexOf(dashboard), tr("Dashboard: %1").arg(dashboard->deviceName()));
    });
    addViewTab(dashboard, dashboardKey(deviceId),
               tr("Dashboard: %1").arg(d.name.isEmpty() ? QString::number(deviceId) : d.name));
    return dashboard;
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
    chart->setObjectName(QStringLiteral("interfaceChart"));
    ChartEmptyNotice::attachTo(chart);
    addViewTab(chart, key, tr("Chart: %1").arg(spec.interfaceName));
    emit interfaceChartShown(chart);
    return chart;
}

void MainWindow::addDeviceViewActions(QMenu *menu, qint64 deviceId)
{
    const Domain::Device d = m_tableModel->device(m_tableModel->rowOf(deviceId));
    menu->addAction(tr("Open Dashboard"), this, [this, deviceId] { openDashboard(deviceId); });
    menu->addAction(tr("Edit Device…"), this, [this, d] { m_edits->editDevice(d); });
    QAction *rack = menu->addAction(tr("Show in Rack"), this, [this, d] { showRack(d.rackId, d.id); });
    rack->setEnabled(d.rackId != 0);
    QMenu *around = menu->addMenu(tr("Show Topology Around"));
    for (int hops = 1; hops <= 3; ++hops)
        around->addAction(tr("%n hop(s)", nullptr, hops), this, [this, deviceId, hops] { showTopologyAround(deviceId, hops); });
}

void MainWindow::showTopologyContextMenu(const QPoint &pos)
{
    if (!m_topologyView)
        return;
    TopologyView *view = m_topologyView->view();
    TopologyScene *scene = m_topologyView->scene();
    const QPointF scenePos = view->mapToScene(pos);
    // The node under the pointer: the nearest centre within a node's reach.
    const double reach = view->mapToScene(QRect(0, 0, 28, 28)).boundingRect().width();
    qint64 device = 0;
    double best = reach * reach;
    for (const Topology::TopologyNode &n : m_topologyView->model()->graph().nodes) {
        const QPointF d = scene->nodePosition(n.deviceId) - scenePos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (scene->hasNode(n.deviceId) && dist < best) {
            best = dist;
            device = n.deviceId;
        }
    }
    QMenu menu(this);
    if (device) {
        selectDevice(device);
        menu.addAction(tr("Show Details"), this, [this, device] {
            selectDevice(device);
            m_detailsDock->show();
            m_detailsDock->raise();
        });
        addDeviceViewActions(&menu, device);
    } else if (const int edge = scene->edgeAt(scenePos, reach / 2); edge >= 0) {
        const Topology::TopologyGraph &graph = m_topologyView->model()->graph();
        const Topology::TopologyEdge e = graph.edges.at(edge);
        const auto nameOf = [&graph](qint64 deviceId) {
            const int index = graph.nodeIndex.value(deviceId, -1);
            return index >= 0 ? graph.nodes.at(index).name : QString::number(deviceId);
        };
        for (const Topology::TopologyMember &m : e.members) {
            if (m.aInterfaceId) {
                menu.addAction(tr("Show Chart of %1 %2").arg(nameOf(e.aDeviceId), m.aInterface), this,
                               [this, e, m] { openInterfaceChart(e.aDeviceId, m.aInterfaceId); });
            }
            if (m.bInterfaceId) {
                menu.addAction(tr("Show Chart of %1 %2").arg(nameOf(e.bDeviceId), m.bInterface), this,
                               [this, e, m] { openInterfaceChart(e.bDeviceId, m.bInterfaceId); });
            }
        }
    }
    if (menu.isEmpty())
        return;
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::reloadInventory()
{
    if (m_service)
        m_service->reload();
}

} // namespace OpsDeck::Widgets
