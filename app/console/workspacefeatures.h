// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "models/session/inventory/inventorytypes.h"

class QDockWidget;
class QTableView;

namespace OpsDeck::Vault {
class SecretStore;
}
namespace OpsDeck::Store {
class Store;
}
namespace OpsDeck::NetBox {
class NetBoxRunner;
struct Edit;
} // namespace OpsDeck::NetBox
namespace OpsDeck::Mcp {
class McpRunner;
}
namespace OpsDeck::Models {
class AnomalySession;
class ChangeSetSession;
class EventListModel;
class JobServiceConnection;
class SyncSource;
class McpSyncSource;
class NetBoxSyncSource;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {
class ConsoleShell;
class JobsDock;
class SyncStatusWidget;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

class AlarmFeature;
class BackupFeature;
class ComplianceFeature;

/// The per-workspace features beside the inventory views: the jobs dock,
/// the device events dock and the alarms (all through opsdeckd), the NetBox sync panel,
/// status and change set, the Ciena MCP sync panel and match review and the PRTG import
/// wizard. Follows the workspace the inventory service opens. Works on the
/// window through its ConsoleShell interface; a child of the window.
class WorkspaceFeatures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceFeatures)

public:
    /// Adds the docks and the Tools commands to @p shell, and opens the
    /// workspace its inventory service has open, if any.
    explicit WorkspaceFeatures(Widgets::ConsoleShell *shell);
    ~WorkspaceFeatures() override;

    /// Switches every feature to the workspace @p info.
    void open(const Models::WorkspaceInfo &info);

    [[nodiscard]] Widgets::JobsDock *jobsDock() const { return m_jobsDock; }
    [[nodiscard]] QDockWidget *eventsDock() const { return m_eventsDock; }
    [[nodiscard]] AlarmFeature *alarms() const { return m_alarms; }
    /// Backup schedules and the configuration search.
    [[nodiscard]] BackupFeature *backups() const { return m_backups; }
    /// Compliance: the report tab and the session badges read.
    [[nodiscard]] ComplianceFeature *compliance() const { return m_compliance; }
    /// The service's anomaly detector, for the charts and dashboards.
    [[nodiscard]] Models::AnomalySession *anomalies() const { return m_anomalies; }
    [[nodiscard]] Models::JobServiceConnection *serviceConnection() const { return m_connection; }
    /// The workspace's pending NetBox edits (null before a workspace is open).
    [[nodiscard]] Models::ChangeSetSession *changeSet() const;
    [[nodiscard]] QDockWidget *changesDock() const;
    /// Records edits made in the console in the change set and shows it.
    void recordEdits(const QList<NetBox::Edit> &edits);

    /// Whether the console starts opsdeckd when it is not running: on unless
    /// the environment sets OPSDECK_SERVICE_AUTOSTART=0.
    [[nodiscard]] static bool serviceAutostart();

private:
    void createDocks();
    void createCommands();
    void openSync();
    void showSyncPanel(Models::SyncSource *source);
    void openMcpSync();
    void showMcpPanel();
    void closeMcpSync();
    void openMcpReview();
    void openPrtgImport();
    void closeSync();
    void openChangeSet();
    /// The workspace's vault, unlocked (asking for the passphrase when the
    /// file vault is locked); calls @p done with it, or reports why not.
    void withVault(const std::function<void(Vault::SecretStore *)> &done);
    void report(const Error &error);

    Widgets::ConsoleShell *m_shell;
    QWidget *m_window; ///< the shell's window: parent of the docks and dialogs
    Models::WorkspaceInfo m_info;
    QString m_workspaceId;
    Models::JobServiceConnection *m_connection;
    Widgets::JobsDock *m_jobsDock;
    QDockWidget *m_eventsDock;
    Models::EventListModel *m_events;
    QTableView *m_eventsView;
    AlarmFeature *m_alarms = nullptr;
    BackupFeature *m_backups = nullptr;
    ComplianceFeature *m_compliance = nullptr;
    Models::AnomalySession *m_anomalies = nullptr;
    std::unique_ptr<Vault::SecretStore> m_vault;

    QPointer<NetBox::NetBoxRunner> m_runner;
    QPointer<Models::SyncSource> m_syncSource;
    QPointer<Models::ChangeSetSession> m_changes;
    QPointer<QDockWidget> m_syncDock;
    QPointer<QDockWidget> m_changesDock;
    QPointer<Widgets::SyncStatusWidget> m_syncStatus;

    QPointer<Mcp::McpRunner> m_mcpRunner;
    QPointer<Models::SyncSource> m_mcpSource;
    QPointer<QDockWidget> m_mcpDock;
};

} // namespace OpsDeck::Console
