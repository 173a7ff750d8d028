// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QMainWindow>
#include <QPointer>

#include "backend/core/result.h"
#include "models/inventory/inventorytypes.h"

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
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
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class DetailsPanel;
class DeviceTablePanel;
class SearchPopup;

/// The console's main window: navigation tree, device table, details and
/// log docks around a tab area for views (site overviews now; rack
/// elevations, topology and charts later), with menus, a toolbar, the global
/// search and a status bar. Selecting a device anywhere selects it
/// everywhere. Reads and writes its layout through the Settings facade.
/// Holds non-owning pointers to the service, settings and log model, which
/// must outlive it.
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

    [[nodiscard]] QTreeView *navigationView() const { return m_tree; }
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
