// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>

#include <QJsonObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/jobs/job.h"
#include "backend/ssh/sshtarget.h"

namespace OpsDeck::Jobs {

class JobExecutor;
class JobStore;

/// What an execution produced. `undo` holds what rollback() needs to revert
/// the change; empty when there is nothing to undo.
struct ExecutionOutcome
{
    Status status;
    QJsonObject result;
    QJsonObject undo;
};

/// The engine's services to a running job, on the job's worker thread.
/// Implementations are thread-safe: a workflow calls them from several
/// threads at once.
class JobRunContext
{
public:
    virtual ~JobRunContext();

    [[nodiscard]] virtual bool isCancelled() const = 0;
    [[nodiscard]] virtual const std::atomic_bool *cancelFlag() const = 0;
    /// Records a new running step; returns its number.
    virtual int beginStep(const QString &name, bool undoable) = 0;
    virtual void finishStep(int number, StepState state, const QString &output = {}, const QString &diff = {},
                            const QString &error = {}) = 0;
    virtual void setProgress(int percent) = 0;
    /// The job store, opened for the calling thread.
    [[nodiscard]] virtual Result<JobStore *> store() = 0;
    /// A login target from a job target object, with its vault credentials
    /// and the workspace's known-hosts file and host-key policy.
    [[nodiscard]] virtual Result<Ssh::SshTarget> sshTarget(const QJsonObject &target) = 0;
    /// The executor of another kind (for workflows); nullptr when unknown.
    [[nodiscard]] virtual JobExecutor *executor(const QString &kind) = 0;
};

/// One job kind. Executors are shared by every job of their kind and called
/// from worker threads concurrently: keep them stateless.
class JobExecutor
{
public:
    JobExecutor() = default;
    virtual ~JobExecutor();
    JobExecutor(const JobExecutor &) = delete;
    JobExecutor &operator=(const JobExecutor &) = delete;

    [[nodiscard]] virtual QString kind() const = 0;
    /// True when running a job twice has the same effect as once: such jobs
    /// are retried after a crash interrupted them.
    [[nodiscard]] virtual bool isIdempotent() const = 0;
    [[nodiscard]] virtual JobPriority defaultPriority() const { return JobPriority::Interactive; }
    /// Checks a request before it is accepted (engine thread).
    [[nodiscard]] virtual Status validate(const JobRequest &request) const = 0;
    /// Runs the job (worker thread). Blocking; checks ctx.isCancelled().
    [[nodiscard]] virtual ExecutionOutcome execute(const Job &job, JobRunContext &ctx) = 0;
    /// Reverts what an execution did, from its outcome's `undo`.
    [[nodiscard]] virtual Status rollback(const Job &job, const QJsonObject &undo, JobRunContext &ctx);
};

} // namespace OpsDeck::Jobs
