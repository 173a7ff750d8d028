// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/compliancefeature.h"

#include <QAction>

#include "backend/jobs/job.h"
#include "models/jobs/jobtablemodel.h"
#include "models/session/compliance/compliancesession.h"
#include "widgets/compliance/complianceview.h"
#include "widgets/compliance/remediationdialog.h"
#include "widgets/console/consoleshell.h"

namespace OpsDeck::Console {

using Widgets::ConsoleShell;

ComplianceFeature::ComplianceFeature(ConsoleShell *shell, Models::JobServiceConnection *connection,
                                     Models::JobTableModel *jobs, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_session(new Models::ComplianceSession(connection, this))
    , m_jobs(jobs)
    , m_showAction(new QAction(tr("&Compliance"), this))
    , m_runAction(new QAction(tr("Check Com&pliance Now"), this))
{
    m_showAction->setObjectName(QStringLiteral("actionCompliance"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_showAction->setStatusTip(tr("Show each device's compliance with the rules, its intended configuration and "
                                  "its target software version"));
    connect(m_showAction, &QAction::triggered, this, [this] { showTab(); });
    m_shell->addMenuAction(ConsoleShell::Menu::View, m_showAction);
    m_shell->shellWidget()->addAction(m_showAction);

    m_runAction->setObjectName(QStringLiteral("actionComplianceRun"));
    m_runAction->setStatusTip(tr("Ask the service to check every device's compliance now"));
    connect(m_runAction, &QAction::triggered, this, [this] {
        if (!m_session->isAvailable()) {
            m_shell->showStatusMessage(tr("The OpsDeck service is not running: compliance cannot be checked."), 8000);
            return;
        }
        m_session->run();
        showTab();
    });
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, m_runAction);

    connect(m_session, &Models::ComplianceSession::remediationSubmitted, this, &ComplianceFeature::handleSubmitted);
    connect(m_session, &Models::ComplianceSession::failed, this,
            [this](Models::ComplianceRequest request, const Error &error) {
                if (request == Models::ComplianceRequest::Remediate && m_remediation)
                    m_remediation->showProblem(Models::ComplianceSession::errorText(request, error));
            });
    if (m_jobs) {
        // A dry run's plan is in its job's result once it ends.
        connect(m_jobs, &Models::JobTableModel::jobStateChanged, this,
                [this](const QString &jobId, Jobs::JobState state) {
                    if (jobId == m_dryRunJob && Jobs::isTerminal(state))
                        m_jobs->requestDetails(jobId);
                });
        connect(m_jobs, &Models::JobTableModel::detailsLoaded, this, [this](const Jobs::Job &job) {
            if (job.id != m_dryRunJob || !m_remediation || !Jobs::isTerminal(job.state))
                return;
            m_dryRunJob.clear();
            if (job.state == Jobs::JobState::Succeeded)
                m_remediation->showPlan(job.result.value(QStringLiteral("plannedDiff")).toString());
            else
                m_remediation->showProblem(tr("The dry run %1 failed: %2").arg(job.id, job.error));
        });
    }
}

ComplianceFeature::~ComplianceFeature()
{
    delete m_view;
}

Widgets::ComplianceView *ComplianceFeature::showTab(const QString &device)
{
    if (!m_view) {
        m_view = new Widgets::ComplianceView(m_session);
        connect(m_view, &Widgets::ComplianceView::deviceRequested, this, &ComplianceFeature::deviceRequested);
        connect(m_view, &Widgets::ComplianceView::remediationRequested, this, &ComplianceFeature::remediate);
    }
    m_shell->addViewTab(m_view, QStringLiteral("compliance"), tr("Compliance"));
    if (!device.isEmpty())
        m_view->selectDevice(device);
    return m_view;
}

Widgets::RemediationDialog *ComplianceFeature::remediate(const QString &device, const QStringList &lines)
{
    delete m_remediation;
    m_dryRunJob.clear();
    m_remediation = new Widgets::RemediationDialog(device, lines, m_shell->shellWidget());
    m_remediation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_remediation, &Widgets::RemediationDialog::dryRunRequested, this,
            [this](const QString &d, const QStringList &l, const QString &ticket) {
                m_session->remediate(d, l, true, ticket);
            });
    connect(m_remediation, &Widgets::RemediationDialog::pushRequested, this,
            [this](const QString &d, const QStringList &l, const QString &ticket) {
                m_session->remediate(d, l, false, ticket);
            });
    m_remediation->show();
    return m_remediation;
}

void ComplianceFeature::handleSubmitted(const QString &device, const QString &jobId, bool dryRun)
{
    if (!m_remediation || m_remediation->device() != device)
        return;
    emit jobRequested(jobId);
    if (!dryRun) {
        m_remediation->showPushSubmitted(jobId);
        return;
    }
    m_dryRunJob = jobId;
    m_remediation->showDryRunSubmitted(jobId);
    if (m_jobs)
        m_jobs->requestDetails(jobId); // it may have ended already
}

} // namespace OpsDeck::Console
