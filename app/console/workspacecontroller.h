// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "models/session/workspace/firstsync.h"

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QProgressDialog;

namespace OpsDeck::Models {
class InventoryService;
class JobServiceConnection;
class ServiceVault;
struct WorkspaceInfo;
} // namespace OpsDeck::Models
namespace OpsDeck::Settings {
class Settings;
}
namespace OpsDeck::Widgets {
class MainWindow;
class WelcomePage;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

/// The console's workspaces: the welcome page, File › New Workspace… and
/// Recent Workspaces, Workspace › Connections…, Credentials… and Unlock
/// Vault…, the "vault locked" notice, the record of the workspace used last
/// (which opsdeckd and opsdeck-cli default to), and the first sync of a new
/// workspace through its service.
class WorkspaceController final : public QObject
{
    Q_OBJECT

public:
    /// @p connection is the workspace's service (WorkspaceFeatures::serviceConnection()).
    WorkspaceController(Widgets::MainWindow *window, Models::JobServiceConnection *connection,
                        Models::InventoryService *inventory, Settings::Settings *settings, QObject *parent = nullptr);

    /// Shows the welcome page (no workspace was ever opened).
    void showWelcome();
    void newWorkspace();
    void editConnections();
    void editCredentials();
    void unlockVault();

    [[nodiscard]] Models::ServiceVault *vault() const { return m_vault; }
    [[nodiscard]] QAction *newWorkspaceAction() const { return m_newAction; }

private:
    void createMenus();
    void handleOpened(const Models::WorkspaceInfo &info);
    void rememberRecent(const QString &folder);
    void rebuildRecentMenu();
    void updateNotice();
    void runFirstSync(const Vault::Secret &passphrase, const QList<Models::PendingSecret> &secrets, bool sync);
    void storeSecrets(const QList<Models::PendingSecret> &secrets);
    [[nodiscard]] QString currentFolder() const;

    Widgets::MainWindow *m_window;
    Models::JobServiceConnection *m_connection;
    Models::InventoryService *m_inventory;
    Settings::Settings *m_settings;
    Models::ServiceVault *m_vault;
    Models::FirstSync *m_firstSync;
    QPointer<Widgets::WelcomePage> m_welcome;
    QPointer<QProgressDialog> m_progress;
    QAction *m_newAction = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_credentialsAction = nullptr;
    QAction *m_unlockAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
};

} // namespace OpsDeck::Console
