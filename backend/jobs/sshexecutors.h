// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/jobs/jobexecutor.h"

namespace OpsDeck::Jobs {

/// ssh.backup: fetches `show running-config` (or parameters.command) from
/// every target and stores it as the device's next configuration version
/// with a unified diff against the previous one. Idempotent.
class SshBackupExecutor final : public JobExecutor
{
public:
    [[nodiscard]] QString kind() const override { return Kind::sshBackup(); }
    [[nodiscard]] bool isIdempotent() const override { return true; }
    [[nodiscard]] JobPriority defaultPriority() const override { return JobPriority::Background; }
    [[nodiscard]] Status validate(const JobRequest &request) const override;
    [[nodiscard]] ExecutionOutcome execute(const Job &job, JobRunContext &ctx) override;
};

/// ssh.push: on one target, fetches the running configuration, computes
/// the dry-run diff of parameters.lines, and unless parameters.dryRun sends
/// the lines to `configure`, then verifies: the running configuration read
/// again must show every line pushed (and not the lines a "no ..." removes);
/// when it does not, the inverse lines are sent at once and the job fails,
/// saying what the device did not take. The apply step is undoable:
/// rollback sends the inverse lines (also for a workflow). Not idempotent.
class SshPushExecutor final : public JobExecutor
{
public:
    [[nodiscard]] QString kind() const override { return Kind::sshPush(); }
    [[nodiscard]] bool isIdempotent() const override { return false; }
    [[nodiscard]] Status validate(const JobRequest &request) const override;
    [[nodiscard]] ExecutionOutcome execute(const Job &job, JobRunContext &ctx) override;
    [[nodiscard]] Status rollback(const Job &job, const QJsonObject &undo, JobRunContext &ctx) override;

    /// What of @p lines the configuration @p running does not show: a line
    /// pushed that is missing, or the line a "no ..." removes that is still
    /// there (compared trimmed; comments and "end" are not checked).
    [[nodiscard]] static QStringList unappliedLines(const QString &running, const QStringList &lines);
};

/// ssh.command: runs parameters.command on every target and captures the
/// output. A non-zero exit status fails the job. Not idempotent (the
/// command may change the device).
class SshCommandExecutor final : public JobExecutor
{
public:
    [[nodiscard]] QString kind() const override { return Kind::sshCommand(); }
    [[nodiscard]] bool isIdempotent() const override { return false; }
    [[nodiscard]] Status validate(const JobRequest &request) const override;
    [[nodiscard]] ExecutionOutcome execute(const Job &job, JobRunContext &ctx) override;
};

/// Checks the SSH fields of job targets: device, host and user present.
[[nodiscard]] Status validateSshTargets(const QJsonArray &targets);

} // namespace OpsDeck::Jobs
