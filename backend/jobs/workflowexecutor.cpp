// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/workflowexecutor.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>

#include <QJsonArray>
#include <QSet>
#include <QThreadPool>

namespace OpsDeck::Jobs {

namespace {

/// Forwards to the workflow's context; children do not set the workflow's
/// progress.
class ChildContext final : public JobRunContext
{
public:
    explicit ChildContext(JobRunContext &parent)
        : m_parent(parent)
    {}
    bool isCancelled() const override { return m_parent.isCancelled(); }
    const std::atomic_bool *cancelFlag() const override { return m_parent.cancelFlag(); }
    int beginStep(const QString &name, bool undoable) override { return m_parent.beginStep(name, undoable); }
    void finishStep(int number, StepState state, const QString &output, const QString &diff,
                    const QString &error) override
    {
        m_parent.finishStep(number, state, output, diff, error);
    }
    void setProgress(int) override {}
    Result<JobStore *> store() override { return m_parent.store(); }
    Result<Ssh::SshTarget> sshTarget(const QJsonObject &target) override { return m_parent.sshTarget(target); }
    JobExecutor *executor(const QString &kind) override { return m_parent.executor(kind); }

private:
    JobRunContext &m_parent;
};

enum class NodeState { Pending, Running, Succeeded, Failed, Skipped, RolledBack };

QString nodeStateName(NodeState s)
{
    switch (s) {
    case NodeState::Pending:
        return QStringLiteral("not run");
    case NodeState::Running:
        return QStringLiteral("running");
    case NodeState::Succeeded:
        return QStringLiteral("succeeded");
    case NodeState::Failed:
        return QStringLiteral("failed");
    case NodeState::Skipped:
        return QStringLiteral("skipped");
    case NodeState::RolledBack:
        return QStringLiteral("rolled back");
    }
    return {};
}

/// One workflow run: the children (one per target device), their
/// dependencies and where each stands. While children run, every member is
/// read and written under `mutex`.
struct WorkflowRun
{
    WorkflowRun(const Job &job, JobExecutor &child, JobRunContext &ctx)
        : job(job)
        , child(child)
        , ctx(ctx)
        , childCtx(ctx)
        , deps(job.parameters.value(QStringLiteral("dependsOn")).toObject())
    {
        for (const QJsonValue &v : job.targets)
            devices << v.toObject().value(QStringLiteral("device")).toString();
        state.assign(size_t(devices.size()), NodeState::Pending);
        outcomes.resize(size_t(devices.size()));
    }

    [[nodiscard]] int size() const { return int(devices.size()); }
    [[nodiscard]] NodeState stateOf(const QJsonValue &device) const
    {
        return state[size_t(devices.indexOf(device.toString()))];
    }

    /// Skips the pending children a failed or skipped dependency rules out,
    /// until nothing changes.
    void skipDoomed()
    {
        for (bool progress = true; progress;) {
            progress = false;
            for (int i = 0; i < size(); ++i) {
                if (state[size_t(i)] != NodeState::Pending)
                    continue;
                for (const QJsonValue &d : deps.value(devices[i]).toArray()) {
                    const NodeState s = stateOf(d);
                    if (s == NodeState::Failed || s == NodeState::Skipped) {
                        state[size_t(i)] = NodeState::Skipped;
                        ++finished;
                        progress = true;
                        break;
                    }
                }
            }
        }
    }

    [[nodiscard]] bool isReady(int i) const
    {
        if (state[size_t(i)] != NodeState::Pending)
            return false;
        const QJsonArray needs = deps.value(devices[i]).toArray();
        return std::all_of(needs.begin(), needs.end(),
                           [this](const QJsonValue &d) { return stateOf(d) == NodeState::Succeeded; });
    }

    /// Starts the ready children while fewer than @p maxParallel run.
    void startReady(QThreadPool &pool, int maxParallel)
    {
        for (int i = 0; i < size() && running < maxParallel; ++i) {
            if (!isReady(i))
                continue;
            state[size_t(i)] = NodeState::Running;
            ++running;
            pool.start([this, i, childJob = WorkflowExecutor::childJob(job, i)] {
                ExecutionOutcome out = child.execute(childJob, childCtx);
                std::lock_guard guard(mutex);
                outcomes[size_t(i)] = out;
                state[size_t(i)] = out.status ? NodeState::Succeeded : NodeState::Failed;
                if (!out.status)
                    failed = true;
                completionOrder << i;
                --running;
                ++finished;
                changed.notify_all();
            });
        }
    }

    /// Runs children as their dependencies allow until all have finished, one
    /// failed or the job is cancelled; then waits for the running ones.
    void runChildren(int maxParallel)
    {
        QThreadPool pool;
        pool.setObjectName(QStringLiteral("workflow-%1").arg(job.id.left(8)));
        pool.setMaxThreadCount(maxParallel);
        std::unique_lock lock(mutex);
        for (;;) {
            skipDoomed();
            const bool stop = failed || ctx.isCancelled();
            if (!stop)
                startReady(pool, maxParallel);
            ctx.setProgress(finished * 100 / std::max(1, size()));
            if (running == 0 && (stop || finished == size()))
                break;
            if (running == 0) {
                // Nothing runs and nothing can start: a dependency cycle.
                for (NodeState &s : state) {
                    if (s == NodeState::Pending) {
                        s = NodeState::Skipped;
                        ++finished;
                    }
                }
                failed = true;
                break;
            }
            changed.wait(lock);
        }
        lock.unlock();
        pool.waitForDone();
    }

    /// Undoes the children that succeeded, the last finished first.
    void rollBack()
    {
        for (auto it = completionOrder.crbegin(); it != completionOrder.crend(); ++it) {
            const int i = *it;
            if (state[size_t(i)] != NodeState::Succeeded || outcomes[size_t(i)].undo.isEmpty())
                continue;
            const Status st = child.rollback(WorkflowExecutor::childJob(job, i), outcomes[size_t(i)].undo, childCtx);
            if (st) {
                state[size_t(i)] = NodeState::RolledBack;
                ++rolledBack;
            } else {
                rollbackFailures << QStringLiteral("%1: %2").arg(devices[i], st.error().detail);
            }
        }
    }

    [[nodiscard]] QStringList failures() const
    {
        QStringList out;
        for (int i = 0; i < size(); ++i) {
            if (state[size_t(i)] == NodeState::Failed)
                out << QStringLiteral("%1: %2").arg(devices[i], outcomes[size_t(i)].status.error().detail);
        }
        return out;
    }

    [[nodiscard]] QJsonObject report(qsizetype failureCount) const
    {
        QJsonArray nodes;
        for (int i = 0; i < size(); ++i) {
            QJsonObject node{{QStringLiteral("device"), devices[i]},
                             {QStringLiteral("state"), nodeStateName(state[size_t(i)])}};
            if (state[size_t(i)] == NodeState::Failed)
                node.insert(QStringLiteral("error"), outcomes[size_t(i)].status.error().detail);
            if (!outcomes[size_t(i)].result.isEmpty())
                node.insert(QStringLiteral("result"), outcomes[size_t(i)].result);
            nodes.append(node);
        }
        return {{QStringLiteral("nodes"), nodes},
                {QStringLiteral("failed"), int(failureCount)},
                {QStringLiteral("rolledBack"), rolledBack},
                {QStringLiteral("rollbackFailures"), QJsonArray::fromStringList(rollbackFailures)}};
    }

    const Job &job;
    JobExecutor &child;
    JobRunContext &ctx;
    ChildContext childCtx;
    const QJsonObject deps;
    QStringList devices;
    std::vector<NodeState> state;
    std::vector<ExecutionOutcome> outcomes;
    QList<int> completionOrder;
    int running = 0;
    int finished = 0;
    bool failed = false;
    int rolledBack = 0;
    QStringList rollbackFailures;
    std::mutex mutex;
    std::condition_variable changed;
};

} // namespace

Status WorkflowExecutor::validate(const JobRequest &request) const
{
    const QString child = request.parameters.value(QStringLiteral("kind")).toString();
    if (child.isEmpty() || child == Kind::workflow())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a workflow needs parameters.kind (not workflow)"));
    if (request.targets.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the workflow's scope has no targets"));
    QSet<QString> devices;
    for (const QJsonValue &v : request.targets) {
        const QString d = v.toObject().value(QStringLiteral("device")).toString();
        if (d.isEmpty() || devices.contains(d))
            return Error(ErrorCode::InvalidInput, QStringLiteral("workflow targets need distinct device names"));
        devices.insert(d);
    }
    const QJsonObject deps = request.parameters.value(QStringLiteral("dependsOn")).toObject();
    for (auto it = deps.begin(); it != deps.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &d : list) {
            if (!devices.contains(d.toString()))
                return Error(ErrorCode::InvalidInput,
                             QStringLiteral("%1 depends on unknown target %2").arg(it.key(), d.toString()));
        }
    }
    return {};
}

Job WorkflowExecutor::childJob(const Job &workflow, int index)
{
    Job child = workflow;
    const QJsonObject target = workflow.targets.at(index).toObject();
    child.kind = workflow.parameters.value(QStringLiteral("kind")).toString();
    child.targets = QJsonArray{target};
    QJsonObject params = workflow.parameters.value(QStringLiteral("parameters")).toObject();
    const QJsonObject over = workflow.parameters.value(QStringLiteral("perTarget"))
                                 .toObject()
                                 .value(target.value(QStringLiteral("device")).toString())
                                 .toObject();
    for (auto it = over.begin(); it != over.end(); ++it)
        params.insert(it.key(), it.value());
    child.parameters = params;
    child.steps.clear();
    return child;
}

ExecutionOutcome WorkflowExecutor::execute(const Job &job, JobRunContext &ctx)
{
    const QString childKind = job.parameters.value(QStringLiteral("kind")).toString();
    JobExecutor *child = ctx.executor(childKind);
    if (!child)
        return {Error(ErrorCode::Unsupported, QStringLiteral("unknown job kind %1").arg(childKind)), {}, {}};
    const int maxParallel = std::clamp(job.parameters.value(QStringLiteral("maxParallel")).toInt(4), 1, 32);
    const bool rollback = job.parameters.value(QStringLiteral("rollback")).toBool(true);

    WorkflowRun run(job, *child, ctx);
    run.runChildren(maxParallel);
    const bool cancelled = ctx.isCancelled();
    const QStringList failures = run.failures();
    if (rollback && (run.failed || cancelled))
        run.rollBack();

    const QJsonObject result = run.report(failures.size());
    if (cancelled) {
        return {Error(ErrorCode::Cancelled, QStringLiteral("workflow cancelled; %1 rolled back").arg(run.rolledBack)),
                result,
                {}};
    }
    if (run.failed) {
        const QString notRolledBack =
            run.rollbackFailures.isEmpty()
                ? QString()
                : QStringLiteral(", %1 could not be rolled back").arg(run.rollbackFailures.size());
        return {Error(ErrorCode::Unknown, QStringLiteral("%1 of %2 failed (%3); %4 rolled back%5")
                                              .arg(failures.size())
                                              .arg(run.size())
                                              .arg(failures.join(QStringLiteral("; ")))
                                              .arg(run.rolledBack)
                                              .arg(notRolledBack)),
                result,
                {}};
    }
    return {{}, result, {}};
}

} // namespace OpsDeck::Jobs
