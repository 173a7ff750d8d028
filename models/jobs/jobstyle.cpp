// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/jobs/jobstyle.h"

#include <QCoreApplication>

#include "backend/jobs/policygate.h"

namespace OpsDeck::Models {

QString jobStateText(Jobs::JobState state)
{
    switch (state) {
    case Jobs::JobState::Submitted:
        return QCoreApplication::translate("JobStyle", "Submitted");
    case Jobs::JobState::AwaitingApproval:
        return QCoreApplication::translate("JobStyle", "Awaiting approval");
    case Jobs::JobState::Queued:
        return QCoreApplication::translate("JobStyle", "Queued");
    case Jobs::JobState::Running:
        return QCoreApplication::translate("JobStyle", "Running");
    case Jobs::JobState::Succeeded:
        return QCoreApplication::translate("JobStyle", "Succeeded");
    case Jobs::JobState::Failed:
        return QCoreApplication::translate("JobStyle", "Failed");
    case Jobs::JobState::Cancelled:
        return QCoreApplication::translate("JobStyle", "Cancelled");
    case Jobs::JobState::Interrupted:
        return QCoreApplication::translate("JobStyle", "Interrupted");
    }
    return {};
}

QColor jobStateColor(Jobs::JobState state)
{
    switch (state) {
    case Jobs::JobState::Succeeded:
        return QColor(0x2e, 0xa0, 0x43);
    case Jobs::JobState::Submitted:
    case Jobs::JobState::Queued:
    case Jobs::JobState::Running:
        return QColor(0x3b, 0x82, 0xf6);
    case Jobs::JobState::AwaitingApproval:
    case Jobs::JobState::Interrupted:
        return QColor(0xe0, 0x9b, 0x12);
    case Jobs::JobState::Failed:
        return QColor(0xdc, 0x35, 0x45);
    case Jobs::JobState::Cancelled:
        break;
    }
    return QColor(0x8a, 0x94, 0xa0);
}

QString stepStateText(Jobs::StepState state)
{
    switch (state) {
    case Jobs::StepState::Running:
        return QCoreApplication::translate("JobStyle", "Running");
    case Jobs::StepState::Succeeded:
        return QCoreApplication::translate("JobStyle", "Succeeded");
    case Jobs::StepState::Failed:
        return QCoreApplication::translate("JobStyle", "Failed");
    case Jobs::StepState::Skipped:
        return QCoreApplication::translate("JobStyle", "Skipped");
    case Jobs::StepState::RolledBack:
        return QCoreApplication::translate("JobStyle", "Rolled back");
    }
    return {};
}

QString targetStateText(TargetState state)
{
    switch (state) {
    case TargetState::Pending:
        return QCoreApplication::translate("JobStyle", "Waiting");
    case TargetState::Running:
        return QCoreApplication::translate("JobStyle", "Running");
    case TargetState::Succeeded:
        return QCoreApplication::translate("JobStyle", "Done");
    case TargetState::Failed:
        return QCoreApplication::translate("JobStyle", "Failed");
    case TargetState::Skipped:
        return QCoreApplication::translate("JobStyle", "Not run");
    case TargetState::RolledBack:
        return QCoreApplication::translate("JobStyle", "Rolled back");
    }
    return {};
}

QString jobKindText(const QString &kind)
{
    if (kind == Jobs::Kind::sshBackup())
        return QCoreApplication::translate("JobStyle", "Config backup");
    if (kind == Jobs::Kind::sshPush())
        return QCoreApplication::translate("JobStyle", "Config push");
    if (kind == Jobs::Kind::sshCommand())
        return QCoreApplication::translate("JobStyle", "Command");
    if (kind == Jobs::Kind::netboxChangeSet())
        return QCoreApplication::translate("JobStyle", "NetBox change set");
    if (kind == Jobs::Kind::workflow())
        return QCoreApplication::translate("JobStyle", "Workflow");
    return kind;
}

QString approvalBlockedReason(const Jobs::Job &job, const QString &user)
{
    if (job.state != Jobs::JobState::AwaitingApproval)
        return QCoreApplication::translate("JobStyle", "Only jobs awaiting approval can be approved.");
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("JobStyle", "No user name is known for approving.");
    if (Jobs::PolicyGate::checkApprover(job, user))
        return {};
    for (const Jobs::Approval &a : job.approvals) {
        if (a.approver == user)
            return QCoreApplication::translate("JobStyle", "You have already approved this job.");
    }
    return QCoreApplication::translate("JobStyle", "This job needs two approvals by users other than its requester.");
}

QString jobActionErrorText(JobAction action, const Error &error)
{
    QString detail = error.detail.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (detail.size() > 160)
        detail = detail.left(159) + QChar(0x2026);
    QString reason;
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        reason = QCoreApplication::translate("JobStyle", "the service did not answer");
        break;
    case ErrorCode::NotFound:
        reason = QCoreApplication::translate("JobStyle", "the service does not know this job");
        break;
    case ErrorCode::Auth:
        reason = QCoreApplication::translate("JobStyle", "the service refused this console");
        break;
    default:
        reason = detail.isEmpty() ? QCoreApplication::translate("JobStyle", "unknown error") : detail;
        break;
    }
    switch (action) {
    case JobAction::List:
        return QCoreApplication::translate("JobStyle", "Could not load the job list: %1.").arg(reason);
    case JobAction::Details:
        return QCoreApplication::translate("JobStyle", "Could not load the job's details: %1.").arg(reason);
    case JobAction::Approve:
        return QCoreApplication::translate("JobStyle", "The approval was refused: %1.").arg(reason);
    case JobAction::Cancel:
        return QCoreApplication::translate("JobStyle", "The job could not be cancelled: %1.").arg(reason);
    case JobAction::Submit:
        return QCoreApplication::translate("JobStyle", "The service did not take the job: %1.").arg(reason);
    }
    return reason;
}

} // namespace OpsDeck::Models
