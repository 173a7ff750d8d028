// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include "backend/alarms/alarmtypes.h"
#include "backend/core/result.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeView;
class QTreeWidget;

namespace OpsDeck::Models {
class AlarmFilterProxyModel;
class AlarmSession;
class AlarmTableModel;
struct AlarmHistory;
enum class AlarmAction;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class AlarmActionDialog;

/// The active alarms of the workspace's service: a filter bar (severity,
/// state, site, role, text, grouping by root cause), the list sorted worst
/// first with symptoms under their root cause, and the history of the
/// current alarm. Acknowledge (A), Shelve (S), Unshelve (U), Clear (Del or
/// C) act on the selected alarms after a short dialog; Return or a double
/// click goes to the device, and the context menu also opens its dashboard,
/// rack or topology (deviceRequested()). Failures show inline. Actions of
/// the console on alarms as a whole (addViewAction()) sit at the bar's end.
///
/// The same view serves the Alarms dock and the Alarms tab. Shares the
/// model (not owned; it must outlive the view), owns its filter proxy.
/// GUI thread.
class AlarmsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmsView)

public:
    /// Where the console should go for an alarm's device.
    enum class Target { Select, Dashboard, Rack, Topology };
    Q_ENUM(Target)

    explicit AlarmsView(Models::AlarmTableModel *model, QWidget *parent = nullptr);
    ~AlarmsView() override;

    [[nodiscard]] Models::AlarmTableModel *model() const { return m_model; }
    [[nodiscard]] Models::AlarmFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QTreeWidget *historyView() const { return m_history; }
    [[nodiscard]] QComboBox *severityFilter() const { return m_severity; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_state; }
    [[nodiscard]] QComboBox *siteFilter() const { return m_site; }
    [[nodiscard]] QComboBox *roleFilter() const { return m_role; }
    [[nodiscard]] QLineEdit *textFilter() const { return m_text; }
    [[nodiscard]] QCheckBox *groupBox() const { return m_group; }
    /// The inline message (a failed action, the service unreachable), empty when hidden.
    [[nodiscard]] QString statusText() const;
    /// The dialog of the action being asked for, if one is open.
    [[nodiscard]] AlarmActionDialog *openDialog() const;

    /// The ids of the selected alarms, in view order.
    [[nodiscard]] QList<qint64> selectedAlarms() const;
    /// Makes @p alarmId current (clearing filters that hide it).
    bool selectAlarm(qint64 alarmId);
    /// Asks for a comment (and a duration) and applies the action to the selection.
    void acknowledgeSelected();
    void shelveSelected();
    void unshelveSelected();
    void clearSelected();
    /// Offers @p action (not owned; e.g. the rule editor) as a button at the
    /// end of the filter bar and in the context menu.
    void addViewAction(QAction *action);

    /// What the list (and the status bar's tooltip) says while @p session
    /// is not available: no workspace, connecting, unreachable, loading.
    [[nodiscard]] static QString availabilityText(const Models::AlarmSession &session);

signals:
    /// Go to the device of an alarm (its inventory id) in @p target.
    void deviceRequested(qint64 deviceId, OpsDeck::Widgets::AlarmsView::Target target);

private:
    void buildFilters(QWidget *bar);
    void createActions();
    void refillChoices();
    void applyFilters();
    void updateActions();
    void updateAvailability();
    void showContextMenu(const QPoint &pos);
    void handleCurrentChanged(const QModelIndex &current);
    void handleHistory(const Models::AlarmHistory &history);
    void handleFailure(qint64 id, Models::AlarmAction action, const Error &error);
    void ask(int kind);
    void requestDevice(Target target);
    void showStatus(const QString &text);
    [[nodiscard]] QList<Alarms::Alarm> selection() const;

    Models::AlarmTableModel *m_model;
    Models::AlarmFilterProxyModel *m_proxy;
    QWidget *m_bar = nullptr;
    QList<QAction *> m_viewActions;
    QComboBox *m_severity = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_group = nullptr;
    QTreeView *m_view = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_status = nullptr;
    QPointer<AlarmActionDialog> m_dialog;
    qint64 m_historyId = 0;

    QAction *m_ackAction = nullptr;
    QAction *m_shelveAction = nullptr;
    QAction *m_unshelveAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_gotoAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_rackAction = nullptr;
    QAction *m_topologyAction = nullptr;
    QAction *m_copyAction = nullptr;
};

} // namespace OpsDeck::Widgets
