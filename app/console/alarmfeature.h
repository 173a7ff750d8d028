// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "widgets/alarms/alarmsview.h"

class QAction;
class QDockWidget;

namespace OpsDeck::Settings {
class Settings;
}
namespace OpsDeck::Models {
class AlarmSession;
class AlarmTableModel;
class JobServiceConnection;
class RuleSession;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {
class AlarmNotifier;
class AlarmRulesDialog;
class AlarmStatusWidget;
class ConsoleShell;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

/// The console's alarms: the session with the workspace's service, the
/// shared alarm list, the Alarms dock (View › Alarms), the Alarms tab
/// (View › Alarms Tab), the rule editor (Tools › Alarm Rules…, also a
/// button of the alarms views), the status bar indicator, desktop notifications of
/// new critical alarms, and the devices of the inventory for the list's site
/// and role filters, for badges and for going to a device. A child of the
/// workspace features; GUI thread.
class AlarmFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmFeature)

public:
    AlarmFeature(Widgets::ConsoleShell *shell, Models::JobServiceConnection *connection, QObject *parent);
    ~AlarmFeature() override;

    [[nodiscard]] Models::AlarmSession *session() const { return m_session; }
    [[nodiscard]] Models::AlarmTableModel *model() const { return m_model; }
    [[nodiscard]] QDockWidget *dock() const;
    [[nodiscard]] Widgets::AlarmsView *dockView() const { return m_dockView; }
    [[nodiscard]] Widgets::AlarmStatusWidget *statusWidget() const { return m_status; }
    [[nodiscard]] QAction *showTabAction() const { return m_tabAction; }
    [[nodiscard]] QAction *rulesAction() const { return m_rulesAction; }
    /// The rule editor, while it is open.
    [[nodiscard]] Widgets::AlarmRulesDialog *rulesDialog() const;
    [[nodiscard]] Widgets::AlarmNotifier *notifier() const { return m_notifier; }
    /// Follows the console's settings for desktop notifications and sound.
    void setSettings(Settings::Settings *settings);

    /// Opens (or raises) the Alarms tab.
    Widgets::AlarmsView *showTab();
    /// Opens (or raises) the rule editor on the open workspace.
    void showRules();

signals:
    /// Go to a device of the inventory, as the alarms view asked.
    void deviceRequested(qint64 deviceId, OpsDeck::Widgets::AlarmsView::Target target);

private:
    void readDevices();

    Widgets::ConsoleShell *m_shell;
    Models::AlarmSession *m_session;
    Models::AlarmTableModel *m_model;
    QPointer<QDockWidget> m_dock;
    Widgets::AlarmsView *m_dockView;
    Widgets::AlarmStatusWidget *m_status;
    QAction *m_tabAction;
    QAction *m_rulesAction;
    Widgets::AlarmNotifier *m_notifier;
    Models::RuleSession *m_ruleSession;
    QPointer<Widgets::AlarmsView> m_tabView;
    QPointer<Widgets::AlarmRulesDialog> m_rulesDialog;
};

} // namespace OpsDeck::Console
