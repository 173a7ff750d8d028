// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmruleeditdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "models/session/alarms/rulesession.h"
#include "widgets/alarms/alarmruleform.h"
#include "widgets/alarms/rulepreviewwidget.h"

namespace OpsDeck::Widgets {

AlarmRuleEditDialog::AlarmRuleEditDialog(Models::RuleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new AlarmRuleForm(this))
    , m_preview(new RulePreviewWidget(this))
    , m_previewButton(new QPushButton(tr("&Preview Last 24 h"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alarmRuleEditDialog"));
    setWindowTitle(tr("Alarm Rule"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("What this rule, as typed, would have raised over the stored metrics"));
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *previewBar = new QHBoxLayout;
    previewBar->addWidget(m_previewButton);
    previewBar->addStretch();
    previewLayout->addLayout(previewBar);
    previewLayout->addWidget(m_preview, 1);

    auto *formHolder = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formHolder);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_form);
    formLayout->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(formHolder);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(780, 780);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlarmRuleEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlarmRuleEditDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &AlarmRuleEditDialog::previewRule);
    connect(m_form, &AlarmRuleForm::edited, this, &AlarmRuleEditDialog::updatePreviewButton);
    connect(m_session, &Models::RuleSession::previewFinished, this, &AlarmRuleEditDialog::handlePreview);
    connect(m_session, &Models::RuleSession::previewFailed, this, &AlarmRuleEditDialog::handlePreviewFailed);
}

AlarmRuleEditDialog::~AlarmRuleEditDialog() = default;

void AlarmRuleEditDialog::setRule(const Alarms::AlarmRule &rule, bool builtIn, const QStringList &takenIds)
{
    m_takenIds = takenIds;
    m_form->setRule(rule, builtIn);
    m_problem->hide();
    m_preview->showStale();
    setWindowTitle(tr("Alarm Rule %1").arg(rule.id));
    updatePreviewButton();
}

Alarms::AlarmRule AlarmRuleEditDialog::rule() const
{
    return m_form->rule();
}

QString AlarmRuleEditDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void AlarmRuleEditDialog::updatePreviewButton()
{
    const bool previewable = m_form->rule().isSeriesRule();
    m_previewButton->setEnabled(previewable);
    m_previewButton->setToolTip(previewable ? tr("What this rule, as typed, would have raised over the stored metrics")
                                            : tr("Only threshold, rate-of-change and optical power rules work on "
                                                 "stored metrics and can be previewed."));
}

bool AlarmRuleEditDialog::check()
{
    const Alarms::AlarmRule r = m_form->rule();
    QList<Models::RuleProblem> problems = Models::RuleSession::checkRule(r);
    if (problems.isEmpty() && m_takenIds.contains(r.id))
        problems << Models::RuleProblem{r.id, QStringLiteral("id"),
                                        tr("Another rule already has the id “%1”.").arg(r.id)};
    if (problems.isEmpty()) {
        m_problem->hide();
        m_form->showProblem({});
        return true;
    }
    m_problem->setText(problems.constFirst().message);
    m_problem->show();
    m_form->showProblem(problems.constFirst().key);
    return false;
}

void AlarmRuleEditDialog::previewRule()
{
    if (!check()) {
        m_preview->showError(tr("Correct the rule to preview it."));
        return;
    }
    m_waiting = true;
    m_preview->showBusy();
    m_session->preview(m_form->rule(), 24);
}

void AlarmRuleEditDialog::handlePreview(const Models::RulePreviewResult &result)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_preview->showResult(result);
}

void AlarmRuleEditDialog::handlePreviewFailed(const Error &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_preview->showError(Models::RuleSession::previewErrorText(error));
}

void AlarmRuleEditDialog::accept()
{
    // The dialog stays open with the input as typed until the rule is valid.
    if (!check())
        return;
    QDialog::accept();
}

void AlarmRuleEditDialog::done(int result)
{
    if (m_waiting)
        m_session->cancelPreview();
    m_waiting = false;
    QDialog::done(result);
}

} // namespace OpsDeck::Widgets
