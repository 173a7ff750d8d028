// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/job.h"

#include <array>

namespace OpsDeck::Jobs {

namespace {

const std::array<const char *, 8> kStates = {"submitted", "awaiting_approval", "queued",     "running", "succeeded",
                                             "failed",    "cancelled",         "interrupted"};
const std::array<const char *, 3> kPriorities = {"interactive", "workflow", "background"};
const std::array<const char *, 5> kStepStates = {"running", "succeeded", "failed", "skipped", "rolled_back"};

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString toString(JobState state)
{
    return QString::fromLatin1(kStates[size_t(state)]);
}

std::optional<JobState> jobStateFromString(const QString &text)
{
    for (size_t i = 0; i < kStates.size(); ++i) {
        if (text == QLatin1String(kStates[i]))
            return JobState(i);
    }
    return std::nullopt;
}

bool isTerminal(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled ||
           state == JobState::Interrupted;
}

QString toString(JobPriority priority)
{
    return QString::fromLatin1(kPriorities[size_t(priority)]);
}

std::optional<JobPriority> jobPriorityFromString(const QString &text)
{
    for (size_t i = 0; i < kPriorities.size(); ++i) {
        if (text == QLatin1String(kPriorities[i]))
            return JobPriority(i);
    }
    return std::nullopt;
}

QString toString(StepState state)
{
    return QString::fromLatin1(kStepStates[size_t(state)]);
}

Result<QString> normalizeTicket(const QString &ticket)
{
    const QString t = ticket.trimmed();
    for (const QChar c : t) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("the ticket reference may not contain control characters (found U+%1)")
                             .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    if (t.size() > kMaxTicketLength) {
        return Error(ErrorCode::InvalidInput, QStringLiteral("the ticket reference is %1 characters long; at most %2")
                                                  .arg(t.size())
                                                  .arg(kMaxTicketLength));
    }
    return t;
}

QJsonObject JobRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("targets"), targets},
                  {QStringLiteral("intent"), intent},
                  {QStringLiteral("parameters"), parameters},
                  {QStringLiteral("idempotencyKey"), idempotencyKey},
                  {QStringLiteral("requester"), requester}};
    if (priority)
        o.insert(QStringLiteral("priority"), toString(*priority));
    if (!ticket.isEmpty())
        o.insert(QStringLiteral("ticket"), ticket);
    return o;
}

JobRequest JobRequest::fromJson(const QJsonObject &json)
{
    JobRequest r;
    r.kind = json.value(QStringLiteral("kind")).toString();
    r.targets = json.value(QStringLiteral("targets")).toArray();
    r.intent = json.value(QStringLiteral("intent")).toString();
    r.parameters = json.value(QStringLiteral("parameters")).toObject();
    r.idempotencyKey = json.value(QStringLiteral("idempotencyKey")).toString();
    r.requester = json.value(QStringLiteral("requester")).toString();
    r.ticket = json.value(QStringLiteral("ticket")).toString();
    if (json.contains(QStringLiteral("priority")))
        r.priority = jobPriorityFromString(json.value(QStringLiteral("priority")).toString());
    return r;
}

QJsonObject JobStep::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("name"), name},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("undoable"), undoable},
            {QStringLiteral("output"), output},
            {QStringLiteral("diff"), diff},
            {QStringLiteral("error"), error},
            {QStringLiteral("startedAt"), isoOrEmpty(startedAt)},
            {QStringLiteral("finishedAt"), isoOrEmpty(finishedAt)}};
}

QJsonObject Job::toJson(bool withSteps) const
{
    QJsonArray approvalList;
    for (const Approval &a : approvals)
        approvalList.append(
            QJsonObject{{QStringLiteral("approver"), a.approver}, {QStringLiteral("at"), isoOrEmpty(a.at)}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("state"), toString(state)},
                  {QStringLiteral("priority"), toString(priority)},
                  {QStringLiteral("targets"), targets},
                  {QStringLiteral("intent"), intent},
                  {QStringLiteral("parameters"), parameters},
                  {QStringLiteral("idempotencyKey"), idempotencyKey},
                  {QStringLiteral("requester"), requester},
                  {QStringLiteral("ticket"), ticket},
                  {QStringLiteral("requiredApprovals"), requiredApprovals},
                  {QStringLiteral("approvals"), approvalList},
                  {QStringLiteral("result"), result},
                  {QStringLiteral("error"), error},
                  {QStringLiteral("progress"), progress},
                  {QStringLiteral("attempts"), attempts},
                  {QStringLiteral("sequence"), sequence},
                  {QStringLiteral("createdAt"), isoOrEmpty(createdAt)},
                  {QStringLiteral("updatedAt"), isoOrEmpty(updatedAt)},
                  {QStringLiteral("startedAt"), isoOrEmpty(startedAt)},
                  {QStringLiteral("finishedAt"), isoOrEmpty(finishedAt)}};
    if (withSteps) {
        QJsonArray stepList;
        for (const JobStep &s : steps)
            stepList.append(s.toJson());
        o.insert(QStringLiteral("steps"), stepList);
    }
    return o;
}

} // namespace OpsDeck::Jobs
