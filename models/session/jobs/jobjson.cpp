// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/jobs/jobjson.h"

#include <QJsonArray>

namespace OpsDeck::Models {

namespace {

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Jobs::StepState stepStateFromString(const QString &text)
{
    for (auto s : {Jobs::StepState::Running, Jobs::StepState::Succeeded, Jobs::StepState::Failed,
                   Jobs::StepState::Skipped, Jobs::StepState::RolledBack}) {
        if (Jobs::toString(s) == text)
            return s;
    }
    return Jobs::StepState::Running;
}

} // namespace

Jobs::JobStep jobStepFromJson(const QJsonObject &json)
{
    Jobs::JobStep s;
    s.number = json.value(QStringLiteral("number")).toInt();
    s.name = json.value(QStringLiteral("name")).toString();
    s.state = stepStateFromString(json.value(QStringLiteral("state")).toString());
    s.undoable = json.value(QStringLiteral("undoable")).toBool();
    s.output = json.value(QStringLiteral("output")).toString();
    s.diff = json.value(QStringLiteral("diff")).toString();
    s.error = json.value(QStringLiteral("error")).toString();
    s.startedAt = timeOf(json, QStringLiteral("startedAt"));
    s.finishedAt = timeOf(json, QStringLiteral("finishedAt"));
    return s;
}

Jobs::Job jobFromJson(const QJsonObject &json)
{
    Jobs::Job j;
    j.id = json.value(QStringLiteral("id")).toString();
    j.kind = json.value(QStringLiteral("kind")).toString();
    j.state =
        Jobs::jobStateFromString(json.value(QStringLiteral("state")).toString()).value_or(Jobs::JobState::Submitted);
    j.priority = Jobs::jobPriorityFromString(json.value(QStringLiteral("priority")).toString())
                     .value_or(Jobs::JobPriority::Interactive);
    j.targets = json.value(QStringLiteral("targets")).toArray();
    j.intent = json.value(QStringLiteral("intent")).toString();
    j.parameters = json.value(QStringLiteral("parameters")).toObject();
    j.idempotencyKey = json.value(QStringLiteral("idempotencyKey")).toString();
    j.requester = json.value(QStringLiteral("requester")).toString();
    j.ticket = json.value(QStringLiteral("ticket")).toString();
    j.requiredApprovals = json.value(QStringLiteral("requiredApprovals")).toInt();
    const QJsonArray approvals = json.value(QStringLiteral("approvals")).toArray();
    for (const QJsonValue &a : approvals) {
        const QJsonObject o = a.toObject();
        j.approvals.append({o.value(QStringLiteral("approver")).toString(), timeOf(o, QStringLiteral("at"))});
    }
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &s : steps)
        j.steps.append(jobStepFromJson(s.toObject()));
    j.result = json.value(QStringLiteral("result")).toObject();
    j.error = json.value(QStringLiteral("error")).toString();
    j.progress = json.value(QStringLiteral("progress")).toInt();
    j.attempts = json.value(QStringLiteral("attempts")).toInt();
    j.sequence = json.value(QStringLiteral("sequence")).toInteger();
    j.createdAt = timeOf(json, QStringLiteral("createdAt"));
    j.updatedAt = timeOf(json, QStringLiteral("updatedAt"));
    j.startedAt = timeOf(json, QStringLiteral("startedAt"));
    j.finishedAt = timeOf(json, QStringLiteral("finishedAt"));
    return j;
}

QList<JobDiff> jobDiffs(const Jobs::Job &job)
{
    QList<JobDiff> out;
    for (const Jobs::JobStep &s : job.steps) {
        if (!s.diff.isEmpty())
            out.append({s.name, s.diff});
    }
    if (!out.isEmpty())
        return out;
    const QJsonArray backups = job.result.value(QStringLiteral("backups")).toArray();
    for (const QJsonValue &v : backups) {
        const QJsonObject b = v.toObject();
        const QString diff = b.value(QStringLiteral("diff")).toString();
        if (!diff.isEmpty())
            out.append({b.value(QStringLiteral("device")).toString(), diff});
    }
    for (const QString &key : {QStringLiteral("plannedDiff"), QStringLiteral("diff")}) {
        const QString diff = job.result.value(key).toString();
        if (!diff.isEmpty())
            out.append({key, diff});
    }
    return out;
}

QStringList jobTargetNames(const Jobs::Job &job)
{
    QStringList names;
    for (const QJsonValue &v : job.targets) {
        const QJsonObject t = v.toObject();
        QString name = t.value(QStringLiteral("device")).toString();
        if (name.isEmpty())
            name = t.value(QStringLiteral("host")).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace OpsDeck::Models
