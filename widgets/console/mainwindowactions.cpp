// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// MainWindow: the actions, the menu bar and the toolbar, and the commands
// behind them that act on the current selection.
#include "widgets/console/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>

#include "models/inventory/devicetablemodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/console/settingsdialog.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/inventory/searchpopup.h"

namespace OpsDeck::Widgets {

using Models::NavigationTreeModel;
using Models::NodeKind;

namespace {

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

QAction *makeAction(QWidget *window, const QString &objectName, const QString &text, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, window);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_openAction = makeAction(this, QStringLiteral("actionOpenWorkspace"), tr("&Open Workspace…"), QKeySequence::Open);
    m_openAction->setIcon(themedIcon("document-open", QStyle::SP_DirOpenIcon));
    m_openAction->setStatusTip(tr("Open another workspace folder"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceFolder);

    m_reloadAction = makeAction(this, QStringLiteral("actionReload"), tr("&Reload Inventory"), QKeySequence::Refresh);
    m_reloadAction->setIcon(themedIcon("view-refresh", QStyle::SP_BrowserReload));
    m_reloadAction->setStatusTip(tr("Read the inventory again from the store"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadInventory);

    m_settingsAction = makeAction(this, QStringLiteral("actionSettings"), tr("&Settings…"));
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

    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction =
        makeAction(this, QStringLiteral("actionSearch"), tr("&Search…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setIcon(themedIcon("edit-find", QStyle::SP_FileDialogContentsView));
    m_searchAction->setStatusTip(tr("Search devices, racks, interfaces, IP addresses and serials"));
    connect(m_searchAction, &QAction::triggered, this, [this] { m_search->popup(this); });

    m_filterAction = makeAction(this, QStringLiteral("actionFilter"), tr("&Filter Devices"), QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_devicesDock->show();
        m_devicesDock->raise();
        m_table->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_table->filterEdit()->selectAll();
    });

    createObjectActions();
    createViewActions();

    m_aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About OpsDeck"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

// Commands on the selected object: copy, details, NetBox.
void MainWindow::createObjectActions()
{
    m_copyNameAction = makeAction(this, QStringLiteral("actionCopyName"), tr("Copy &Name"), QKeySequence::Copy);
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyNameAction, &QAction::triggered, this, &MainWindow::copyNames);
    m_copyIpAction = makeAction(this, QStringLiteral("actionCopyIp"), tr("Copy &IP Address"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIpAction, &QAction::triggered, this, &MainWindow::copyAddresses);

    m_detailsAction =
        makeAction(this, QStringLiteral("actionShowDetails"), tr("Show &Details"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::showCurrentDetails);

    m_netboxAction = makeAction(this, QStringLiteral("actionOpenInNetbox"), tr("Open in &NetBox"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_netboxAction->setIcon(themedIcon("internet-web-browser", QStyle::SP_ArrowRight));
    m_netboxAction->setStatusTip(tr("Open the selected object in NetBox in the web browser"));
    connect(m_netboxAction, &QAction::triggered, this, &MainWindow::openCurrentInNetbox);
}

// The views: overview, racks, topology, dashboard; tabs and layout.
void MainWindow::createViewActions()
{
    m_overviewAction = makeAction(this, QStringLiteral("actionSiteOverview"), tr("Site &Overview"),
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

    m_rackAction =
        makeAction(this, QStringLiteral("actionRacks"), tr("&Racks"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_rackAction->setIcon(themedIcon("view-grid", QStyle::SP_FileDialogDetailedView));
    m_rackAction->setStatusTip(tr("Show the rack elevation of the selected rack or device, or the racks of the site"));
    connect(m_rackAction, &QAction::triggered, this, &MainWindow::showRacksForSelection);

    m_topologyAction = makeAction(this, QStringLiteral("actionTopology"), tr("&Topology"),
                                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_topologyAction->setIcon(themedIcon("network-workgroup", QStyle::SP_DriveNetIcon));
    m_topologyAction->setStatusTip(tr("Show the topology of the selected site"));
    connect(m_topologyAction, &QAction::triggered, this, [this] {
        if (const qint64 site = currentSiteId())
            showTopology(site);
    });

    m_dashboardAction = makeAction(this, QStringLiteral("actionDashboard"), tr("Device Das&hboard"),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_dashboardAction->setIcon(themedIcon("utilities-system-monitor", QStyle::SP_ComputerIcon));
    m_dashboardAction->setStatusTip(tr("Show charts and live interface rates of the selected device"));
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        if (m_currentDevice)
            openDashboard(m_currentDevice);
    });

    m_historyAction = makeAction(this, QStringLiteral("actionConfigHistory"), tr("Configuration &History"));
    m_historyAction->setStatusTip(
        tr("Show the backed-up configuration versions of the selected device and their differences"));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        if (m_currentDevice)
            requestConfigHistory(m_currentDevice);
    });

    const QList<QPair<Models::OperationKind, QString>> operations{
        {Models::OperationKind::Backup, tr("&Back Up Now…")},
        {Models::OperationKind::Commands, tr("&Run Commands…")},
        {Models::OperationKind::Workflow, tr("&Launch Workflow…")}};
    const QStringList operationNames{QStringLiteral("actionBackUpNow"), QStringLiteral("actionRunCommands"),
                                     QStringLiteral("actionLaunchWorkflow")};
    for (qsizetype i = 0; i < operations.size(); ++i) {
        QAction *action = makeAction(this, operationNames.at(i), operations.at(i).second);
        action->setStatusTip(tr("On the selected devices, or on the devices of a site, role or tag"));
        const Models::OperationKind kind = operations.at(i).first;
        connect(action, &QAction::triggered, this,
                [this, kind] { emit operationRequested(kind, selectedDevices(), {}); });
        m_operationActions << action;
    }

    m_closeTabAction = makeAction(this, QStringLiteral("actionCloseTab"), tr("&Close Tab"), QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });

    m_resetLayoutAction = makeAction(this, QStringLiteral("actionResetLayout"), tr("&Reset Layout"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
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
    object->addAction(m_historyAction);
    object->addAction(m_netboxAction);

    // Change jobs on many devices, through the workspace's service.
    QMenu *operations = menuBar()->addMenu(tr("O&perations"));
    operations->setObjectName(QStringLiteral("operationsMenu"));
    operations->addActions(m_operationActions);

    // Background work and imports (jobs, sync, import wizards) add their commands here.
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->menuAction()->setVisible(false); // until a feature adds to it (menu())
    m_menus.insert(int(Menu::Tools), tools);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_menus.insert(int(Menu::Help), help);
    help->addAction(m_aboutAction);

    createToolBar();
    m_navigationDock->toggleViewAction()->setShortcut({});
}

void MainWindow::createToolBar()
{
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
    m_historyAction->setEnabled(device);
    for (QAction *a : std::as_const(m_operationActions))
        a->setEnabled(m_hasSnapshot);
}

// The rack of the selected rack or device, the room of the selected
// location, else the racks of the current site.
void MainWindow::showRacksForSelection()
{
    const QModelIndex node = m_tree->currentIndex();
    const NodeKind kind =
        node.isValid() ? NodeKind(node.data(NavigationTreeModel::KindRole).toInt()) : NodeKind::Region;
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
        const Domain::Device d = device(m_currentDevice);
        if (d.rackId) {
            showRack(d.rackId, d.id);
            return;
        }
    }
    if (const qint64 site = currentSiteId())
        showSite(site);
}

QList<Domain::Device> MainWindow::selectedDevices() const
{
    QList<Domain::Device> devices;
    QWidget *focus = QApplication::focusWidget();
    const bool treeFocused = focus == m_tree || (focus && m_tree->isAncestorOf(focus));
    if (!treeFocused) {
        for (qint64 id : m_table->selectedDeviceIds())
            devices << device(id);
    }
    if (devices.isEmpty() && m_currentDevice)
        devices << device(m_currentDevice);
    return devices;
}

void MainWindow::copyNames()
{
    QStringList names;
    const QModelIndex node = m_tree->currentIndex();
    QWidget *focus = QApplication::focusWidget();
    if (node.isValid() && focus == m_tree &&
        NodeKind(node.data(NavigationTreeModel::KindRole).toInt()) != NodeKind::Device) {
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
    if (QApplication::focusWidget() == m_tree && node.isValid() &&
        NodeKind(node.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Site) {
        openSiteOverview(node.data(NavigationTreeModel::IdRole).toLongLong());
        return;
    }
    showDetailsDock();
    m_details->setFocus(Qt::ShortcutFocusReason);
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

} // namespace OpsDeck::Widgets
