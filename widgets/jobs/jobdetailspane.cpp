// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/jobs/jobdetailspane.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/jobs/jobtablemodel.h"
#include "models/session/jobs/jobjson.h"
#include "widgets/jobs/diffhighlighter.h"

namespace OpsDeck::Widgets {

namespace {

/// Details are re-read at most this often while a job's events stream in.
constexpr int kDetailsDelayMs = 150;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QPlainTextEdit *makeTextView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

JobDetailsPane::JobDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(kDetailsDelayMs);
    connect(&m_detailsTimer, &QTimer::timeout, this, &JobDetailsPane::requestDetails);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approvals = new QLabel(this);
    m_approvals->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #dc3545;"));
    m_error->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("jobActionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(220, 53, 69, 40); border: 1px solid rgba(220, 53, 69, 140);"
                       " border-radius: 3px; padding: 4px; }"));
    m_message->hide();

    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_cancel = new QPushButton(tr("&Cancel Job"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (!m_model || m_jobId.isEmpty())
            return;
        m_busy = true;
        refreshSummary();
        m_model->approve(m_jobId);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_model || m_jobId.isEmpty())
            return;
        m_busy = true;
        refreshSummary();
        m_model->cancel(m_jobId);
    });

    m_steps = new QTreeWidget(this);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("#"), tr("Step"), tr("State"), tr("Started"), tr("Finished"), tr("Error")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_targets = new QTreeWidget(this);
    m_targets->setObjectName(QStringLiteral("jobTargetsView"));
    m_targets->setRootIsDecorated(false);
    m_targets->setUniformRowHeights(true);
    m_targets->setHeaderLabels({tr("Device"), tr("State"), tr("Detail")});
    m_targets->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targets->header()->setStretchLastSection(true);
    m_output = makeTextView(this);
    m_diff = makeTextView(this);
    m_diff->setObjectName(QStringLiteral("jobDiffView"));
    new DiffHighlighter(m_diff->document());
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_steps, tr("Steps"));
    m_tabs->addTab(m_targets, tr("Targets"));
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(m_diff, tr("Diff"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_approvals);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    showJob({});
}

void JobDetailsPane::setModel(Models::JobTableModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &JobDetailsPane::refreshSummary);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            refreshSummary();
            m_detailsTimer.start();
        });
        connect(model, &Models::JobTableModel::jobStateChanged, this, [this](const QString &id) {
            if (id == m_jobId) {
                refreshSummary();
                m_detailsTimer.start();
            }
        });
        connect(model, &Models::JobTableModel::jobStepChanged, this, [this](const QString &id) {
            if (id == m_jobId)
                m_detailsTimer.start();
        });
        connect(model, &Models::JobTableModel::detailsLoaded, this, &JobDetailsPane::showDetails);
        connect(model, &Models::JobTableModel::actionFailed, this, &JobDetailsPane::handleActionFailed);
        connect(model, &Models::JobTableModel::actionSucceeded, this, &JobDetailsPane::handleActionSucceeded);
    }
    showJob({});
}

void JobDetailsPane::showJob(const QString &jobId)
{
    const bool same = jobId == m_jobId;
    m_jobId = jobId;
    if (!same) {
        m_busy = false;
        m_message->clear();
        m_message->hide();
        m_steps->clear();
        m_targets->clear();
        m_tabs->setTabText(m_tabs->indexOf(m_targets), tr("Targets"));
        m_output->clear();
        m_diff->clear();
    }
    refreshSummary();
    if (!jobId.isEmpty())
        requestDetails();
}

void JobDetailsPane::requestDetails()
{
    m_detailsTimer.stop();
    if (m_model && !m_jobId.isEmpty())
        m_model->requestDetails(m_jobId);
}

void JobDetailsPane::refreshSummary()
{
    const int row = m_model && !m_jobId.isEmpty() ? m_model->rowOf(m_jobId) : -1;
    if (row < 0) {
        m_title->setText(m_jobId.isEmpty() ? tr("No job selected") : tr("Job %1").arg(m_jobId));
        m_summary->clear();
        m_approvals->clear();
        m_error->hide();
        m_approve->setEnabled(false);
        m_cancel->setEnabled(false);
        m_approve->setToolTip({});
        return;
    }
    const Jobs::Job job = m_model->job(row);
    m_title->setText(tr("%1 · %2").arg(Models::jobKindText(job.kind), Models::jobStateText(job.state)));
    QStringList lines;
    lines << tr("Requested by %1 on %2").arg(job.requester, timeText(job.createdAt));
    const QStringList targets = Models::jobTargetNames(job);
    if (!targets.isEmpty())
        lines << tr("Targets: %1").arg(targets.join(QStringLiteral(", ")));
    if (!job.intent.isEmpty())
        lines << tr("Intent: %1").arg(job.intent);
    if (!job.ticket.isEmpty())
        lines << tr("Ticket: %1").arg(job.ticket);
    lines << tr("Job %1").arg(job.id);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    QStringList approvers;
    for (const Jobs::Approval &a : job.approvals)
        approvers << tr("%1 at %2").arg(a.approver, timeText(a.at));
    if (job.requiredApprovals == 0 && approvers.isEmpty())
        m_approvals->setText(tr("No approval required."));
    else if (approvers.isEmpty())
        m_approvals->setText(tr("Needs %n approval(s); none yet.", nullptr, job.requiredApprovals));
    else
        m_approvals->setText(tr("Approved by %1 (%2 of %3).")
                                 .arg(approvers.join(QStringLiteral(", ")))
                                 .arg(approvers.size())
                                 .arg(job.requiredApprovals));
    m_error->setText(job.error);
    m_error->setVisible(!job.error.isEmpty());

    const QString blocked = Models::approvalBlockedReason(job, m_model->userName());
    m_approve->setEnabled(!m_busy && blocked.isEmpty());
    m_approve->setToolTip(blocked.isEmpty() ? tr("Approve this job as %1").arg(m_model->userName()) : blocked);
    m_cancel->setEnabled(!m_busy && !Jobs::isTerminal(job.state));
}

void JobDetailsPane::showDetails(const Jobs::Job &job)
{
    if (job.id != m_jobId)
        return;
    m_steps->clear();
    QString output;
    for (const Jobs::JobStep &s : job.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {QString::number(s.number), s.name, Models::stepStateText(s.state),
                                                   timeText(s.startedAt), timeText(s.finishedAt), s.error});
        if (!s.error.isEmpty())
            item->setToolTip(5, s.error);
        if (!s.output.isEmpty() || !s.error.isEmpty()) {
            output += QStringLiteral("# %1\n").arg(s.name);
            if (!s.output.isEmpty())
                output += s.output + (s.output.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
            if (!s.error.isEmpty())
                output += tr("Error: %1").arg(s.error) + QLatin1Char('\n');
            output += QLatin1Char('\n');
        }
    }
    m_output->setPlainText(output.isEmpty() ? tr("This job has produced no output yet.") : output);
    QString diffs;
    const QList<Models::JobDiff> list = Models::jobDiffs(job);
    for (const Models::JobDiff &d : list)
        diffs += QStringLiteral("# %1\n%2%3")
                     .arg(d.title, d.text, d.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
    m_diff->setPlainText(diffs);
    m_tabs->setTabText(m_tabs->indexOf(m_diff), list.isEmpty() ? tr("Diff") : tr("Diff (%1)").arg(list.size()));
    showTargets(job);
    emit detailsShown(job.id);
}

void JobDetailsPane::showTargets(const Jobs::Job &job)
{
    const QList<Models::JobTargetState> states = Models::jobTargetStates(job);
    m_targets->clear();
    for (const Models::JobTargetState &t : states) {
        auto *item = new QTreeWidgetItem(m_targets, {t.device, Models::targetStateText(t.state), t.detail});
        if (!t.detail.isEmpty())
            item->setToolTip(2, t.detail);
        if (t.state == Models::TargetState::Failed)
            item->setForeground(1, QColor(0xdc, 0x35, 0x45));
    }
    const int done = Models::countTargets(states, Models::TargetState::Succeeded);
    const int failed = Models::countTargets(states, Models::TargetState::Failed);
    QString title = tr("Targets");
    if (states.size() > 1 && failed > 0)
        title = tr("Targets (%1 of %2 done, %3 failed)").arg(done).arg(states.size()).arg(failed);
    else if (states.size() > 1)
        title = tr("Targets (%1 of %2 done)").arg(done).arg(states.size());
    m_tabs->setTabText(m_tabs->indexOf(m_targets), title);
}

void JobDetailsPane::handleActionFailed(const QString &jobId, Models::JobAction action, const Error &error)
{
    if (jobId != m_jobId || jobId.isEmpty())
        return;
    if (action == Models::JobAction::Approve || action == Models::JobAction::Cancel) {
        m_busy = false;
        refreshSummary();
    }
    showMessage(Models::jobActionErrorText(action, error));
}

void JobDetailsPane::handleActionSucceeded(const QString &jobId, Models::JobAction)
{
    if (jobId != m_jobId)
        return;
    m_busy = false;
    showMessage({});
    refreshSummary();
}

void JobDetailsPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString JobDetailsPane::approvalText() const
{
    return m_approvals->text();
}

QString JobDetailsPane::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace OpsDeck::Widgets
