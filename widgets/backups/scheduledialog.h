// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include "backend/workspace/backupschedules.h"
#include "models/session/backups/schedulesession.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace OpsDeck::Widgets {

/// The workspace's scheduled configuration backups (Tools › Backup
/// Schedules…): the schedules with their scope, timing, next due time and
/// latest run as the service reports them; a form for the selected one
/// (name, site, role and tag of the devices it covers, every N minutes or
/// daily at a time, jobs at once per site, retries, SSH port and login);
/// add, remove, run now; and the runs of the selected schedule with the
/// devices that failed and why. Save writes workspace.json's "backups" and
/// has the service reload; problems show inline before anything is written
/// and a failure keeps every edit. Closing with unsaved edits asks first.
/// Does not own the session. GUI thread.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    ScheduleDialog(Models::ScheduleSession *session, const QString &folder, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    /// The sites, roles and tags offered in the scope fields (names or slugs).
    void setScopeChoices(const QStringList &sites, const QStringList &roles, const QStringList &tags);

    /// The schedules as edited.
    [[nodiscard]] const Workspace::BackupsConfig &schedules() const { return m_edited; }
    [[nodiscard]] bool isModified() const { return m_edited != m_base; }
    [[nodiscard]] QTreeWidget *scheduleList() const { return m_list; }
    [[nodiscard]] QTreeWidget *runList() const { return m_runs; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *runNowButton() const { return m_runNow; }
    /// The inline message (problems, saved, why not), empty when hidden.
    [[nodiscard]] QString statusText() const;

    void addSchedule();
    void removeSchedule();
    void selectSchedule(int row);
    /// Sets fields of the current schedule as the form would.
    void editCurrent(const Workspace::BackupSchedule &schedule);
    void save();
    void runNow();
    void reject() override;

signals:
    /// The service's state of the schedules was shown.
    void statesShown();
    void runsShown(const QString &name);

private:
    void buildForm(QWidget *form);
    void handleLoaded(const Workspace::BackupsConfig &schedules);
    void handleStates(const QList<Models::ScheduleState> &states);
    void handleRuns(const QString &name, const QList<Models::ScheduleRun> &runs);
    void refreshList();
    void showCurrent();
    void readForm();
    void updateButtons();
    void showStatus(const QString &text, bool problem);
    [[nodiscard]] int currentRow() const;
    [[nodiscard]] QString runSummary(const Models::ScheduleRun &run) const;

    QPointer<Models::ScheduleSession> m_session;
    QString m_folder;
    Workspace::BackupsConfig m_base;
    Workspace::BackupsConfig m_edited;
    QList<Models::ScheduleState> m_states;
    bool m_loaded = false;
    bool m_filling = false;
    QTreeWidget *m_list;
    QTreeWidget *m_runs;
    QLineEdit *m_name;
    QComboBox *m_site;
    QComboBox *m_role;
    QComboBox *m_tag;
    QRadioButton *m_everyChoice;
    QRadioButton *m_dailyChoice;
    QSpinBox *m_every;
    QTimeEdit *m_at;
    QSpinBox *m_concurrency;
    QSpinBox *m_retries;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_runNow;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace OpsDeck::Widgets
