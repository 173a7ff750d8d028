// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/policygate.h"

#include <QJsonObject>

#include "backend/jobs/commandclassifier.h"

namespace OpsDeck::Jobs {

namespace {

bool matches(const QString &pattern, const QString &value)
{
    return pattern.isEmpty() || pattern == QLatin1String("*") || pattern.compare(value, Qt::CaseInsensitive) == 0;
}

} // namespace

bool PolicyGate::windowContains(const QString &window, const QTime &time)
{
    if (window.isEmpty())
        return true;
    const QStringList parts = window.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return false;
    const QTime from = QTime::fromString(parts[0].trimmed(), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid())
        return false;
    if (from <= to)
        return time >= from && time < to;
    return time >= from || time < to; // wraps past midnight
}

int PolicyGate::requiredApprovals(const Workspace::ApprovalsConfig &policy, const QString &kind,
                                  const QJsonObject &parameters, const QJsonArray &targets, const QTime &now)
{
    QStringList kinds{kind};
    QString command = parameters.value(QStringLiteral("command")).toString();
    if (kind == Kind::workflow() && parameters.contains(QStringLiteral("kind"))) {
        kinds << parameters.value(QStringLiteral("kind")).toString();
        command = parameters.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("command")).toString();
    }
    // A command that may change the device is a configuration change: held
    // to the rules of configuration pushes as well as its own.
    if (kinds.contains(Kind::sshCommand()) && !command.trimmed().isEmpty() && !CommandClassifier::isReadOnly(command))
        kinds << Kind::sshPush();
    QJsonArray scope = targets;
    if (scope.isEmpty())
        scope.append(QJsonObject()); // a job without targets is matched on its kind alone
    int required = 0;
    for (const QString &k : kinds) {
        for (const QJsonValue &tv : scope) {
            const QJsonObject t = tv.toObject();
            const QString site = t.value(QStringLiteral("site")).toString();
            const QString role = t.value(QStringLiteral("role")).toString();
            for (const Workspace::ApprovalRule &rule : policy.rules) {
                if (matches(rule.kind, k) && matches(rule.site, site) && matches(rule.role, role) &&
                    windowContains(rule.window, now)) {
                    required = std::max(required, std::clamp(rule.required, 0, 2));
                    break;
                }
            }
        }
    }
    return required;
}

Status PolicyGate::checkApprover(const Job &job, const QString &approver)
{
    if (approver.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("an approval needs the approver's name"));
    if (job.state != JobState::AwaitingApproval) {
        return Error(ErrorCode::Conflict,
                     QStringLiteral("job %1 is %2, not awaiting approval").arg(job.id, toString(job.state)));
    }
    for (const Approval &a : job.approvals) {
        if (a.approver == approver)
            return Error(ErrorCode::Conflict, QStringLiteral("%1 already approved job %2").arg(approver, job.id));
    }
    if (job.requiredApprovals >= 2 && approver == job.requester) {
        return Error(ErrorCode::Conflict, QStringLiteral("%1 requested job %2 and cannot approve it: it needs two "
                                                         "approvals by other users")
                                              .arg(approver, job.id));
    }
    return {};
}

} // namespace OpsDeck::Jobs
