// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include "backend/core/result.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace OpsDeck::Models {
class AlarmRuleListModel;
class RuleSession;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class AlarmRuleEditDialog;

/// The workspace's alarm rules (Tools › Alarm Rules…): the built-in
/// defaults, marked as such, and the workspace's own rules, with add, edit
/// (in an AlarmRuleEditDialog, which previews a rule over the last 24 hours),
/// duplicate, remove (a changed default goes back to its built-in values)
/// and enable/disable through the check box of each rule. Save writes the
/// rules into workspace.json and has the service reload them; the outcome
/// shows inline and a failure keeps every edit. Closing with unsaved edits
/// asks first. Does not own the session. GUI thread.
class AlarmRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmRulesDialog)

public:
    /// Reads the rules of the workspace in @p folder at once.
    AlarmRulesDialog(Models::RuleSession *session, const QString &folder, QWidget *parent = nullptr);
    ~AlarmRulesDialog() override;

    [[nodiscard]] Models::AlarmRuleListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    /// The rule editor, while one is open.
    [[nodiscard]] AlarmRuleEditDialog *editor() const;
    /// The inline message (loaded, saved, why not), empty when hidden.
    [[nodiscard]] QString statusText() const;
    /// The row of the current rule, or -1.
    [[nodiscard]] int currentRow() const;
    void selectRow(int row);

    void addRule();
    void editRule();
    void duplicateRule();
    void removeRule();
    void save();
    void reject() override;

private:
    void openEditor(int row);
    void handleLoaded(const QJsonObject &alarms);
    void handleLoadFailed(const Error &error);
    void handleSaved(bool applied, const QString &problem);
    void handleSaveFailed(const Error &error);
    void updateButtons();
    void showStatus(const QString &text, bool error);

    Models::RuleSession *m_session;
    QString m_folder;
    Models::AlarmRuleListModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_toggle;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
    QPointer<AlarmRuleEditDialog> m_editor;
    QJsonObject m_base;    ///< the section as the file holds it
    QJsonObject m_writing; ///< the section being saved
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace OpsDeck::Widgets
