// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <utility>

#include <QHash>
#include <QObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/jobs/auditlog.h"
#include "backend/jobs/job.h"
#include "backend/ssh/sshtarget.h"
#include "backend/workspace/workspaceconfig.h"

class QThreadPool;

namespace OpsDeck::Jobs {

class JobExecutor;
class JobStore;
struct ExecutionOutcome;

struct JobEngineOptions
{
    int maxWorkers = 4; ///< jobs running at once (1..64)
    Workspace::ApprovalsConfig approvals;
    QString knownHostsFile;       ///< default known-hosts store for SSH targets
    bool trustOnFirstUse = false; ///< only where the workspace allows it
    int sshConnectTimeoutMs = 10000;
    int sshCommandTimeoutMs = 60000;
};

/// Outcome of submit(): the job, and whether it already existed under the
/// request's idempotency key (then nothing new was queued).
struct SubmitResult
{
    Job job;
    bool duplicate = false;
};

/// The change-job engine: accepts job requests, gates them by the approval
/// policy, keeps them in a durable priority queue in the workspace store and
/// runs them on a bounded worker pool, auditing every state change.
///
/// Lives on the thread that created it (the service's main thread); every
/// public function is called there and every signal is emitted there.
/// Executors run on the engine's worker threads. The destructor cancels the
/// running jobs and waits for the workers.
class JobEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEngine)

public:
    /// Resolves a vault credential reference ("ssh/core") to login material,
    /// on the engine's thread.
    using CredentialResolver = std::function<Result<Ssh::SshCredentials>(const QString &reference)>;
    /// Expands a workflow's parameters.scope (e.g. {"site": "x", "role":
    /// "switch"}) into job targets, on the engine's thread.
    using ScopeResolver = std::function<Result<QJsonArray>(const QJsonObject &scope)>;
    /// Completes, on submit, an SSH target that names no "credential" nor
    /// "keyFile" (e.g. from the workspace's credential profiles): returns the
    /// target to store, unchanged when nothing applies. On the engine's thread.
    using TargetCompleter = std::function<Result<QJsonObject>(const QJsonObject &target)>;

    /// Opens the job store in @p storePath (SQLite) with the built-in kinds
    /// registered (ssh.backup, ssh.push, ssh.command, workflow and a
    /// netbox.changeset without a NetBox connection).
    [[nodiscard]] static Result<std::unique_ptr<JobEngine>>
    create(const QString &storePath, const JobEngineOptions &options, QObject *parent = nullptr);
    ~JobEngine() override;

    /// Adds or replaces the executor of its kind.
    void registerExecutor(std::shared_ptr<JobExecutor> executor);
    [[nodiscard]] JobExecutor *executor(const QString &kind) const;
    void setCredentialResolver(CredentialResolver resolver);
    void setScopeResolver(ScopeResolver resolver);
    void setTargetCompleter(TargetCompleter completer) { m_completeTarget = std::move(completer); }
    void setApprovals(const Workspace::ApprovalsConfig &approvals);

    /// Recovers from a previous run (running jobs become interrupted; those
    /// of idempotent kinds are queued again) and starts running the queue.
    [[nodiscard]] Status start();

    /// Validates (the ticket through normalizeTicket()), gates and stores a
    /// request; returns once it is committed.
    [[nodiscard]] Result<SubmitResult> submit(JobRequest request);
    [[nodiscard]] Result<Job> approve(const QString &jobId, const QString &approver);
    /// Cancels a job that has not finished; a running one stops at its next
    /// check and ends cancelled (its undoable steps rolled back by workflows).
    [[nodiscard]] Result<Job> cancel(const QString &jobId, const QString &actor);

    [[nodiscard]] Result<Job> job(const QString &jobId);
    [[nodiscard]] Result<QList<Job>> jobs(const QList<JobState> &states = {}, int limit = 1000);
    [[nodiscard]] Result<AuditVerification> verifyAudit();
    /// The engine thread's store (for backups and audit queries).
    [[nodiscard]] JobStore &store() { return *m_store; }
    [[nodiscard]] int runningCount() const { return int(m_running.size()); }

signals:
    /// A job was stored or its state, approvals or result changed.
    void jobChanged(const OpsDeck::Jobs::Job &job);
    void jobProgress(const QString &jobId, int percent);
    void stepChanged(const QString &jobId, const OpsDeck::Jobs::JobStep &step);
    /// A job reached a terminal state.
    void jobFinished(const OpsDeck::Jobs::Job &job);

private:
    struct Running;
    class Context;

    JobEngine(std::unique_ptr<JobStore> store, JobEngineOptions options, QObject *parent);
    void scheduleDispatch();
    void dispatch();
    [[nodiscard]] Status startJob(const Job &job);
    [[nodiscard]] Status completeTargets(JobRequest &request) const;
    void handleFinished(const QString &jobId, const ExecutionOutcome &outcome);
    void handleStep(const QString &jobId, const OpsDeck::Jobs::JobStep &step);
    [[nodiscard]] Status transition(const QString &jobId, JobState state, const QString &actor,
                                    const QJsonObject &detail = {}, const QString &error = {},
                                    const std::optional<QJsonObject> &result = std::nullopt);
    void emitChanged(const QString &jobId);

    std::unique_ptr<JobStore> m_store;
    JobEngineOptions m_options;
    std::map<QString, std::shared_ptr<JobExecutor>> m_executors;
    CredentialResolver m_credentials;
    ScopeResolver m_scope;
    TargetCompleter m_completeTarget;
    QThreadPool *m_pool = nullptr;
    QHash<QString, std::shared_ptr<Running>> m_running;
    bool m_started = false;
    bool m_dispatchPending = false;
};

} // namespace OpsDeck::Jobs
