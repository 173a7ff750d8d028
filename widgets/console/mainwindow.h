// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/netbox/changeset.h"
#include "models/compliance/compliancemarks.h"
#include "models/session/inventory/inventorytypes.h"
#include "models/session/jobs/operationplan.h"
#include "widgets/console/consoleshell.h"

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;
class QTableView;
class QTreeView;

namespace OpsDeck::Settings {
class Settings;
}

namespace OpsDeck::Topology {
struct CableChangeSet;
}

namespace OpsDeck::Models {
class AlarmTableModel;
class AnomalySession;
class DeviceTableModel;
class InventoryService;
class LogModel;
class NavigationTreeModel;
class WorkspaceViewSources;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class ConsoleStatusBar;
class DetailsPanel;
class DeviceDashboard;
class DeviceTablePanel;
class InterfaceChartWidget;
class ItemMarkDelegate;
class RackWorkspaceWidget;
class SearchPopup;
class TopologyWidget;
class ViewArea;
struct ItemMark;

/// The console's main window: navigation tree, device table, details and
/// log docks around a tab area for views (site overviews, the rack
/// workspace, the topology, device dashboards and interface charts), with
/// menus, a toolbar, the global search and a status bar. Selecting a device
/// anywhere (tree, table, rack, topology) selects it everywhere. Reads and
/// writes its layout through the Settings facade. Holds non-owning pointers
/// to the service, settings and log model, which must outlive it; owns the
/// views' data sources (WorkspaceViewSources).
///
/// Extending it: the feature wiring (app/console) works through the
/// ConsoleShell interface: feature docks go in with addFeatureDock() (placed,
/// listed in the View menu, saved with the layout), commands with
/// addMenuAction() or into menu(). Edits asked for in the views leave as
/// signals (deviceEditRequested(), editsProposed(), ...) for the wiring to
/// open its dialogs and record them. The saved layout is restored when the
/// window is first shown, so docks added before then take their saved place.
///
/// The implementation is split by responsibility: mainwindow.cpp (workspace
/// and selection), mainwindowactions.cpp (menus, toolbar, commands),
/// mainwindowdocks.cpp (docks and layout), mainwindowviews.cpp (view tabs)
/// and mainwindowmenus.cpp (context menus).
class MainWindow final
    : public QMainWindow
    , public ConsoleShell
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Where the compliance marks go among the navigation tree's marks.
    static constexpr int kComplianceMarkOrder = 10;

    MainWindow(Models::InventoryService *service, Settings::Settings *settings, Models::LogModel *log,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Makes @p deviceId current in the tree and the table and shows its
    /// details. False when the device is not in the inventory.
    bool selectDevice(qint64 deviceId) override;
    /// Opens (or raises) the overview tab of a site; returns its tab index.
    int openSiteOverview(qint64 siteId);
    /// The tab framework: shows @p page under @p key, or raises the tab that
    /// already has that key (and deletes @p page). Returns the tab index.
    int addViewTab(QWidget *page, const QString &key, const QString &title) override;
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
    /// Asks for the configuration history of a device (configHistoryRequested()).
    void requestConfigHistory(qint64 deviceId);
    /// Opens (or raises) the chart tab of an interface; loads the device's
    /// interfaces first when the details panel does not show them.
    /// interfaceChartShown() tells when it is there.
    void openInterfaceChart(qint64 deviceId, qint64 interfaceId);
    /// The workspace service's active alarms, for the badges of the topology
    /// and the racks and the alarms of the device dashboards opened from now
    /// on. Not owned; may be null (no alarms shown).
    void setAlarmModel(Models::AlarmTableModel *alarms);
    /// The workspace service's anomaly detector, for the expected bands of
    /// the charts and the unusual series of the dashboards and site
    /// overviews, open and opened later. Not owned; may be null (their
    /// sections say the service is not connected).
    void setAnomalySession(Models::AnomalySession *session);
    /// The configuration compliance checker's findings, marked on the
    /// non-compliant devices and the racks and sites that hold them in the
    /// navigation tree, on the rack faceplates and on the topology cards,
    /// open and opened later. Replaces the marks of the previous call.
    void setComplianceMarks(const Models::ComplianceMarks &marks);
    [[nodiscard]] const Models::ComplianceMarks &complianceMarks() const { return m_compliance; }

    // ConsoleShell
    [[nodiscard]] QWidget *shellWidget() override { return this; }
    [[nodiscard]] Models::InventoryService *inventoryService() const override;
    [[nodiscard]] QMenu *menu(Menu which) const override;
    void addMenuAction(Menu which, QAction *action) override;
    void addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void tabifyDocks(QDockWidget *first, QDockWidget *second) override;
    [[nodiscard]] QDockWidget *dock(Dock which) const override;
    void addStatusWidget(QWidget *widget) override;
    void showStatusMessage(const QString &text, int timeoutMs) override;
    void addNotice(QWidget *notice) override;
    void showStartPage(QWidget *page) override;
    void reloadInventory() override;

    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    [[nodiscard]] Settings::Settings *settings() const { return m_settings; }
    [[nodiscard]] RackWorkspaceWidget *rackView() const;
    [[nodiscard]] TopologyWidget *topologyView() const;
    [[nodiscard]] Models::WorkspaceViewSources *viewSources() const { return m_sources; }

    [[nodiscard]] QTreeView *navigationView() const { return m_tree; }
    /// The delegate that marks the navigation tree's rows; the feature
    /// wiring adds its sources to it. The alarm badges take order 0 (at the
    /// right end), the compliance marks kComplianceMarkOrder.
    [[nodiscard]] ItemMarkDelegate *navigationMarks() const { return m_treeMarks; }
    [[nodiscard]] DeviceTablePanel *deviceTable() const { return m_table; }
    [[nodiscard]] DetailsPanel *detailsPanel() const { return m_details; }
    [[nodiscard]] SearchPopup *searchPopup() const { return m_search; }
    [[nodiscard]] QTabWidget *viewTabs() const { return m_tabs; }
    [[nodiscard]] QTableView *logView() const { return m_logView; }
    [[nodiscard]] Models::NavigationTreeModel *navigationModel() const { return m_treeModel; }
    /// The message of the inline banner, empty when it is hidden.
    [[nodiscard]] QString bannerText() const;

signals:
    /// The navigation tree was painted for the first time with the
    /// inventory in it (start-up measurement).
    void inventoryPainted();
    /// The details panel shows a new device.
    void detailsShown(qint64 deviceId);
    /// An interface chart tab was opened (or raised).
    void interfaceChartShown(OpsDeck::Widgets::InterfaceChartWidget *chart);

    /// The operator asked for a device's configuration history, which the
    /// feature wiring opens in a tab with the workspace's service.
    void configHistoryRequested(const OpsDeck::Domain::Device &device);
    /// The operator asked to edit a device's NetBox attributes.
    void deviceEditRequested(const OpsDeck::Domain::Device &device);
    /// ... an interface's description and state.
    void interfaceEditRequested(const OpsDeck::Domain::Interface &interface);
    /// ... a new cable from an interface of @p device.
    void cableRequested(const OpsDeck::Domain::Device &device, const OpsDeck::Domain::Interface &interface);
    /// ... a new IP address on an interface.
    void ipAddressRequested(const OpsDeck::Domain::Interface &interface);
    /// A view turned something into NetBox edits (a rack plan, an LLDP
    /// audit) for the workspace's change set.
    void editsProposed(const QList<OpsDeck::NetBox::Edit> &edits);
    /// The operator asked for an operation (Operations menu, device context
    /// menus) on @p devices, or, when it is empty, on the devices of @p scope
    /// (empty: to choose in the dialog).
    void operationRequested(OpsDeck::Models::OperationKind kind, const QList<OpsDeck::Domain::Device> &devices,
                            const OpsDeck::Models::OperationScope &scope);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // mainwindowactions.cpp
    void createActions();
    void createObjectActions();
    void createViewActions();
    void createMenus();
    void createToolBar();
    void updateActions();
    void openWorkspaceFolder();
    void showSettings();
    void showAbout();
    void copyNames();
    void copyAddresses();
    void openCurrentInNetbox();
    void showCurrentDetails();
    void showRacksForSelection();
    [[nodiscard]] QList<Domain::Device> selectedDevices() const;
    [[nodiscard]] QUrl netboxUrlFor(int kind, qint64 id) const;

    // mainwindowdocks.cpp
    void createDocks();
    void createNavigationDock();
    void createDeviceDocks();
    void createLogDock();
    void createFocusActions();
    void restoreLayout();
    void saveLayout();
    void resetLayout();
    void applyDefaultDockSizes();
    void showDetailsDock();

    // mainwindowviews.cpp
    RackWorkspaceWidget *ensureRackView();
    TopologyWidget *ensureTopologyView();
    void connectTopologyState(TopologyWidget *topology);
    [[nodiscard]] std::optional<ItemMark> complianceMark(const QModelIndex &treeIndex) const;
    void recordAuditChanges(const Topology::CableChangeSet &audit);
    InterfaceChartWidget *showInterfaceChart(const Models::DeviceDetails &details, qint64 interfaceId);
    void closeTab(int index);
    void handleSourcesAboutToChange();

    // mainwindowmenus.cpp
    void showTreeContextMenu(const QPoint &pos);
    void showTableContextMenu(const QPoint &globalPos);
    void showTopologyContextMenu(const QPoint &pos);
    void addDeviceViewActions(QMenu *menu, qint64 deviceId);
    /// An "Operations" submenu acting on @p devices, else on @p scope.
    void addOperationActions(QMenu *menu, const QList<Domain::Device> &devices,
                             const Models::OperationScope &scope = {});

    // mainwindow.cpp
    void connectDetailsEdits();
    void handleWorkspaceOpened(const Models::WorkspaceInfo &info);
    void handleOpenFailed(const Error &error);
    void handleSnapshotLoaded();
    void expandSites();
    void handleBackgroundError(const Error &error);
    void handleTreeCurrentChanged(const QModelIndex &current);
    void handleTableCurrentChanged(qint64 deviceId);
    void handleDeviceLoaded(quint64 request, const Models::DeviceDetails &details);
    void handleSearchHit(const Domain::SearchHit &hit);
    void handleViewDeviceSelected(qint64 deviceId);
    void requestDetails(qint64 deviceId);
    [[nodiscard]] qint64 currentSiteId() const;
    [[nodiscard]] QString siteName(qint64 siteId) const;
    [[nodiscard]] Domain::Device device(qint64 deviceId) const;

    QPointer<Models::InventoryService> m_service;
    Settings::Settings *m_settings;
    QPointer<Models::LogModel> m_log;
    Models::NavigationTreeModel *m_treeModel;
    Models::DeviceTableModel *m_tableModel;
    Models::WorkspaceViewSources *m_sources;
    QPointer<Models::AlarmTableModel> m_alarms;
    QPointer<Models::AnomalySession> m_anomalies;
    QPointer<RackWorkspaceWidget> m_rackView;
    QPointer<TopologyWidget> m_topologyView;
    QHash<quint64, qint64> m_pendingCharts; ///< device request -> interface to chart
    Models::ComplianceMarks m_compliance;
    Models::ComplianceRollup m_complianceRollup; ///< of m_compliance over the inventory's devices

    QTreeView *m_tree = nullptr;
    ItemMarkDelegate *m_treeMarks = nullptr;
    DeviceTablePanel *m_table = nullptr;
    DetailsPanel *m_details = nullptr;
    QTableView *m_logView = nullptr;
    QDockWidget *m_navigationDock = nullptr;
    QDockWidget *m_devicesDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    ViewArea *m_central = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConsoleStatusBar *m_statusBar = nullptr;
    SearchPopup *m_search = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<int, QMenu *> m_menus;

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
    QAction *m_historyAction = nullptr;
    QList<QAction *> m_operationActions; ///< Back Up Now, Run Commands, Launch Workflow
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
    bool m_layoutRestored = false;
};

} // namespace OpsDeck::Widgets
