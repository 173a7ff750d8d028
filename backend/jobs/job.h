// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"

namespace OpsDeck::Jobs {

/// Life cycle: Submitted > AwaitingApproval > Queued > Running > one of the
/// terminal states. Interrupted means the service stopped while the job ran.
enum class JobState { Submitted, AwaitingApproval, Queued, Running, Succeeded, Failed, Cancelled, Interrupted };

/// Queue order: interactive jobs first, then workflows, then background work.
enum class JobPriority { Interactive = 0, Workflow = 1, Background = 2 };

enum class StepState { Running, Succeeded, Failed, Skipped, RolledBack };

/// The job kinds this service knows.
namespace Kind {
inline QString sshBackup()
{
    return QStringLiteral("ssh.backup");
}
inline QString sshPush()
{
    return QStringLiteral("ssh.push");
}
inline QString sshCommand()
{
    return QStringLiteral("ssh.command");
}
inline QString netboxChangeSet()
{
    return QStringLiteral("netbox.changeset");
}
inline QString workflow()
{
    return QStringLiteral("workflow");
}
} // namespace Kind

[[nodiscard]] QString toString(JobState state);
[[nodiscard]] std::optional<JobState> jobStateFromString(const QString &text);
[[nodiscard]] bool isTerminal(JobState state);
[[nodiscard]] QString toString(JobPriority priority);
[[nodiscard]] std::optional<JobPriority> jobPriorityFromString(const QString &text);
[[nodiscard]] QString toString(StepState state);

/// The longest ticket reference a job keeps, in characters.
inline constexpr int kMaxTicketLength = 200;

/// A ticket reference as a job keeps it: trimmed; InvalidInput when it is
/// longer than kMaxTicketLength or holds a control character (a line
/// break, a tab, an escape), which would break audit lines and messages.
[[nodiscard]] Result<QString> normalizeTicket(const QString &ticket);

/// What a client proposes. Targets are JSON objects; for the SSH kinds
/// {"device", "host", "port", "user", "credential" (vault key prefix),
/// "knownHosts" (optional path), "site", "role"}; a target completed from a
/// credential profile also names it ("credentialProfile").
struct JobRequest
{
    QString kind;
    QJsonArray targets;
    QString intent; ///< what and why, in the requester's words
    QJsonObject parameters;
    QString idempotencyKey; ///< empty: the service makes one
    QString requester;
    std::optional<JobPriority> priority; ///< default: by kind
    QString ticket;                      ///< change ticket reference (free text or URL); empty: none

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static JobRequest fromJson(const QJsonObject &json);
};

struct JobStep
{
    int number = 0;
    QString name;
    StepState state = StepState::Running;
    bool undoable = false;
    QString output;
    QString diff;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;

    [[nodiscard]] QJsonObject toJson() const;
};

struct Approval
{
    QString approver;
    QDateTime at;
};

/// A job as stored. Plain value type, safe to copy across threads.
struct Job
{
    QString id;
    QString kind;
    JobState state = JobState::Submitted;
    JobPriority priority = JobPriority::Interactive;
    QJsonArray targets;
    QString intent;
    QJsonObject parameters;
    QString idempotencyKey;
    QString requester;
    QString ticket; ///< change ticket reference; empty: none
    int requiredApprovals = 0;
    QList<Approval> approvals;
    QList<JobStep> steps;
    QJsonObject result;
    QString error;
    int progress = 0; ///< percent
    int attempts = 0;
    qint64 sequence = 0; ///< submission order
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    /// Without steps unless @p withSteps.
    [[nodiscard]] QJsonObject toJson(bool withSteps = true) const;
};

} // namespace OpsDeck::Jobs

Q_DECLARE_METATYPE(OpsDeck::Jobs::Job)
Q_DECLARE_METATYPE(OpsDeck::Jobs::JobStep)
