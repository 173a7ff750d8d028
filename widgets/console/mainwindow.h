// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "backend/core/result.h"
#include "models/inventory/inventorytypes.h"

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QTableView;
class QTreeView;

namespace OpsDeck::Settings {
class Settings;
}

namespace OpsDeck::Models {
class DeviceTableModel;
class InventoryService;
class LogModel;
class NavigationTreeModel;
class WorkspaceViewSources;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class DetailsPanel;
class DeviceDashboard;
class DeviceTablePanel;
class InterfaceChartWidget;
class RackWorkspaceWidget;
class SearchPopup;
class TopologyWidget;
class NetBoxEditLauncher;
class WorkspaceFeatures;

/// The console's main window: navigation tree, device table, details and
/// log docks around a tab area for views (site overviews, the rack
/// workspace, the topology, device dashboards and interface charts), with
/// menus, a toolbar, the global search and a status bar. Selecting a device
/// anywhere (tree, table, rack, topology) selects it everywhere. Reads and
/// writes its layout through the Settings facade. Holds non-owning pointers
/// to the service, settings and log model, which must outlive it; owns the
/// views' data sources (WorkspaceViewSources).
///
/// Extending it: feature docks go in with addFeatureDock() (placed, listed in
/// the View menu, saved with the layout); commands go in the menus returned
/// by menu() and, where they deserve it, on toolBar().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Models::InventoryService *service, Settings::Settings *settings, Models::LogModel *log,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Makes @p deviceId current in the tree and the table and shows its
    /// details. False when the device is not in the inventory.
    bool selectDevice(qint64 deviceId);
    /// Opens (or raises) the overview tab of a site; returns its tab index.
    int openSiteOverview(qint64 siteId);
    /// The tab framework: shows @p page under @p key, or raises the tab that
    /// already has that key (and deletes @p page). Returns the tab index.
    int addViewTab(QWidget *page, const QString &key, const QString &title);
    /// The tab with @p key, or null.
    [[nodiscard]] QWidget *viewTab(const QString &key) const;

    /// Opens (or raises) the rack tab on rack @p rackId, selecting @p deviceId there when set.
    RackWorkspaceWidget *showRack(qint64 rackId, qint64 deviceId = 0);
    /// Opens (or raises) the rack tab on the room view of a site (or of one of its locations).
    RackWorkspaceWidget *showSite(qint64 siteId, qint64 locationId = 0);
    /// Opens (or raises) the topology tab on a site.
    TopologyWidget *showTopology(qint64 siteId);
    /// Opens (or raises) the topology tab on the devices within @p hops of a device.
    TopologyWidget *showTopologyAround(qint64 deviceId, int hops = 1);
    /// Opens (or raises) the dashboard tab of a device.
    DeviceDashboard *openDashboard(qint64 deviceId);
    /// Opens (or raises) the chart tab of an interface; loads the device's
    /// interfaces first when the details panel does not show them.
    /// interfaceChartShown() tells when it is there.
    void openInterfaceChart(qint64 deviceId, qint64 interfaceId);

    enum class Menu { File, Edit, View, Object, Tools, Help };
    /// A menu of the menu bar, for feature commands.
    [[nodiscard]] QMenu *menu(Menu which) const;
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    /// Adds a feature dock (jobs, sync, ...) in @p area: listed in the View
    /// menu, closable and restored with the layout. @p dock needs an objectName.
    void addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Reads the inventory again from the store (after a sync, a push or an import).
    void reloadInventory();
    /// The jobs and events docks, NetBox sync and the import tools.
    [[nodiscard]] WorkspaceFeatures *features() const { return m_features; }
    /// The NetBox edit dialogs on devices and interfaces.
    [[nodiscard]] NetBoxEditLauncher *editLauncher() const { return m_edits; }

    /// The session on the open workspace's store.
    [[nodiscard]] Models::InventoryService *inventoryService() const;
    [[nodiscard]] RackWorkspaceWidget *rackView() const;
    [[nodiscard]] TopologyWidget *topologyView() const;
    [[nodiscard]] Models::WorkspaceViewSources *viewSources() const { return m_sources; }

    [[nodiscard]] QTreeView *navigationView() const { return m_tree; }
    [[nodiscard]] DeviceTablePanel *deviceTable() const { return m_table; }
    [[nodiscard]] DetailsPanel *detailsPanel() const { return m_details; }
    [[nodiscard]] SearchPopup *searchPopup() const { return m_search; }
    [[nodiscard]] QTabWidget *viewTabs() const { return m_tabs; }
    [[nodiscard]] QTableView *logView() const { return m_logView; }
    [[nodiscard]] Models::NavigationTreeModel *navigationModel() const { return m_treeModel; }
    /// The message of the inline banner, empty when it is hidden.
    [[nodiscard]] QString bannerText() const;

    /// Shows @p page (the welcome page) instead of the views until a
    /// workspace opens; the window takes ownership.
    void showStartPage(QWidget *page);
    /// Adds a notice bar (e.g. "the vault is locked") above the views.
    void addNotice(QWidget *notice);

signals:
    /// The navigation tree was painted for the first time with the
    /// inventory in it (start-up measurement).
    void inventoryPainted();
    /// The details panel shows a new device.
    void detailsShown(qint64 deviceId);
    /// An interface chart tab was opened (or raised).
    void interfaceChartShown(OpsDeck::Widgets::InterfaceChartWidget *chart);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void showBanner(const QString &text);
    void updateActions();

    void handleWorkspaceOpened(const Models::WorkspaceInfo &info);
    void handleOpenFailed(const Error &error);
    void handleSnapshotLoaded();
    void handleBackgroundError(const Error &error);
    void handleProgress(qint64 done, qint64 total);
    void handleJobs(int count, const QString &current);
    void handleTreeCurrentChanged(const QModelIndex &current);
    void handleTableCurrentChanged(qint64 deviceId);
    void handleDeviceLoaded(quint64 request, const Models::DeviceDetails &details);
    void handleSearchHit(const Domain::SearchHit &hit);
    void showTreeContextMenu(const QPoint &pos);
    void showTableContextMenu(const QPoint &globalPos);
    void showTopologyContextMenu(const QPoint &pos);
    void addDeviceViewActions(QMenu *menu, qint64 deviceId);
    void handleViewDeviceSelected(qint64 deviceId);
    void handleSourcesAboutToChange();
    RackWorkspaceWidget *ensureRackView();
    TopologyWidget *ensureTopologyView();
    InterfaceChartWidget *showInterfaceChart(const Models::DeviceDetails &details, qint64 interfaceId);
    [[nodiscard]] qint64 currentSiteId() const;
    [[nodiscard]] QString siteName(qint64 siteId) const;

    void openWorkspaceFolder();
    void showSettings();
    void showAbout();
    void copyNames();
    void copyAddresses();
    void openCurrentInNetbox();
    void showCurrentDetails();
    void requestDetails(qint64 deviceId);
    void resetLayout();
    void applyDefaultDockSizes();
    void closeTab(int index);

    [[nodiscard]] QList<Domain::Device> selectedDevices() const;
    [[nodiscard]] QUrl netboxUrlFor(int kind, qint64 id) const;

    QPointer<Models::InventoryService> m_service;
    Settings::Settings *m_settings;
    QPointer<Models::LogModel> m_log;
    Models::NavigationTreeModel *m_treeModel;
    Models::DeviceTableModel *m_tableModel;
    Models::WorkspaceViewSources *m_sources;
    QPointer<RackWorkspaceWidget> m_rackView;
    QPointer<TopologyWidget> m_topologyView;
    QHash<quint64, qint64> m_pendingCharts; ///< device request -> interface to chart

    QTreeView *m_tree = nullptr;
    DeviceTablePanel *m_table = nullptr;
    DetailsPanel *m_details = nullptr;
    QTableView *m_logView = nullptr;
    QDockWidget *m_navigationDock = nullptr;
    QDockWidget *m_devicesDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QStackedWidget *m_central = nullptr;
    QLabel *m_loadingTitle = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTabWidget *m_tabs = nullptr;
    SearchPopup *m_search = nullptr;
    WorkspaceFeatures *m_features = nullptr;
    NetBoxEditLauncher *m_edits = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<int, QMenu *> m_menus;

    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_jobBar = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyIpAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_netboxAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_rackAction = nullptr;
    QAction *m_topologyAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_focusActions;

    QByteArray m_defaultState;
    qint64 m_currentDevice = 0;
    quint64 m_detailsRequest = 0;
    bool m_syncing = false;
    bool m_userOpen = false;
    bool m_painted = false;
    bool m_hasSnapshot = false;
    bool m_defaultDockSizes = false;
};

} // namespace OpsDeck::Widgets
