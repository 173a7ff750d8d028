// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace OpsDeck::Models {
class JobServiceConnection;
class ScheduleSession;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {
class ConfigSearchView;
class ConsoleShell;
class ScheduleDialog;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

/// The console's configuration backups beyond one device's history: the
/// schedule editor (Tools › Backup Schedules…) and the search across the
/// estate's latest configurations (Tools › Search Configurations…, a tab).
/// A child of the workspace features; GUI thread.
class BackupFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFeature)

public:
    BackupFeature(Widgets::ConsoleShell *shell, Models::JobServiceConnection *connection, QObject *parent);
    ~BackupFeature() override;

    [[nodiscard]] QAction *schedulesAction() const { return m_schedulesAction; }
    [[nodiscard]] QAction *searchAction() const { return m_searchAction; }
    /// The schedule editor, while it is open.
    [[nodiscard]] Widgets::ScheduleDialog *scheduleDialog() const;

    /// Opens (or raises) the schedule editor on the open workspace.
    void showSchedules();
    /// Opens (or raises) the configuration search tab.
    Widgets::ConfigSearchView *showSearch();

signals:
    /// Open the configuration history of the device named @p device.
    void historyRequested(const QString &device);

private:
    Widgets::ConsoleShell *m_shell;
    Models::JobServiceConnection *m_connection;
    Models::ScheduleSession *m_schedules;
    QAction *m_schedulesAction;
    QAction *m_searchAction;
    QPointer<Widgets::ScheduleDialog> m_dialog;
    QPointer<Widgets::ConfigSearchView> m_search;
};

} // namespace OpsDeck::Console
