// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>
#include <QStringList>

#include "backend/alarms/alarmrules.h"
#include "backend/core/result.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace OpsDeck::Models {
class RuleSession;
struct RulePreviewResult;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class AlarmRuleForm;
class RulePreviewWidget;

/// Edits one alarm rule: the form, and a preview of what the rule would
/// have raised over the last 24 hours of stored metrics, asked of the
/// service without waiting for it (a newer preview supersedes one under
/// way). OK checks the rule with the backend's validation; a problem is
/// shown in a sentence, its field is marked and the dialog stays open with
/// everything typed. Does not own the session. GUI thread.
class AlarmRuleEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmRuleEditDialog)

public:
    AlarmRuleEditDialog(Models::RuleSession *session, QWidget *parent = nullptr);
    ~AlarmRuleEditDialog() override;

    /// Shows @p rule; @p takenIds are the ids of the other rules.
    void setRule(const Alarms::AlarmRule &rule, bool builtIn, const QStringList &takenIds);
    /// The rule as edited (valid once accepted).
    [[nodiscard]] Alarms::AlarmRule rule() const;

    [[nodiscard]] AlarmRuleForm *form() const { return m_form; }
    [[nodiscard]] RulePreviewWidget *preview() const { return m_preview; }
    [[nodiscard]] QPushButton *previewButton() const { return m_previewButton; }
    /// The problem shown above the buttons, empty when none.
    [[nodiscard]] QString problemText() const;

    /// Checks the rule and asks the service for its preview.
    void previewRule();
    void accept() override;
    void done(int result) override;

private:
    /// Shows the first problem of the rule; false when there is one.
    bool check();
    void updatePreviewButton();
    void handlePreview(const Models::RulePreviewResult &result);
    void handlePreviewFailed(const Error &error);

    Models::RuleSession *m_session;
    AlarmRuleForm *m_form;
    RulePreviewWidget *m_preview;
    QPushButton *m_previewButton;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_takenIds;
    bool m_waiting = false;
};

} // namespace OpsDeck::Widgets
