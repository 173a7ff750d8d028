// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/workflowexecutor.h"

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
    explicit ChildContext(JobRunContext &parent) : m_parent(parent) {}
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
    case NodeState::Pending: return QStringLiteral("not run");
    case NodeState::Running: return QStringLiteral("running");
    case NodeState::Succeeded: return QStringLiteral("succeeded");
    case NodeState::Failed: return QStringLiteral("failed");
    case NodeState::Skipped: return QStringLiteral("skipped");
    case NodeState::RolledBack: return QStringLiteral("rolled back");
    }
    return {};
}

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
                return Error(ErrorCode::InvalidInput, QStringLiteral("%1 depends on unknown target %2").arg(it.key(), d.toString()));
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
    const int n = int(job.targets.size());
    const int maxParallel = std::clamp(job.parameters.value(QStringLiteral("maxParallel")).toInt(4), 1, 32);
    const bool rollback = job.parameters.value(QStringLiteral("rollback")).toBool(true);
    const QJsonObject deps = job.parameters.value(QStringLiteral("dependsOn")).toObject();

    QStringList devices;
    for (const QJsonValue &v : job.targets)
        devices << v.toObject().value(QStringLiteral("device")).toString();

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<NodeState> state(static_cast<size_t>(n), NodeState::Pending);
    std::vector<ExecutionOutcome> outcomes(static_cast<size_t>(n));
    QList<int> completionOrder;
    int running = 0;
    int finished = 0;
    bool failed = false;

    ChildContext childCtx(ctx);
    QThreadPool pool;
    pool.setObjectName(QStringLiteral("workflow-%1").arg(job.id.left(8)));
    pool.setMaxThreadCount(maxParallel);

    std::unique_lock lock(mutex);
    for (;;) {
        // Settle the nodes whose dependencies decided their fate.
        bool progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < n; ++i) {
                if (state[size_t(i)] != NodeState::Pending)
                    continue;
                const QJsonArray needs = deps.value(devices[i]).toArray();
                for (const QJsonValue &d : needs) {
                    const NodeState s = state[size_t(devices.indexOf(d.toString()))];
                    if (s == NodeState::Failed || s == NodeState::Skipped) {
                        state[size_t(i)] = NodeState::Skipped;
                        ++finished;
                        progress = true;
                        break;
                    }
                }
            }
        }
        const bool stop = failed || ctx.isCancelled();
        if (!stop) {
            for (int i = 0; i < n && running < maxParallel; ++i) {
                if (state[size_t(i)] != NodeState::Pending)
                    continue;
                bool ready = true;
                const QJsonArray needs = deps.value(devices[i]).toArray();
                for (const QJsonValue &d : needs)
                    ready = ready && state[size_t(devices.indexOf(d.toString()))] == NodeState::Succeeded;
                if (!ready)
                    continue;
                state[size_t(i)] = NodeState::Running;
                ++running;
                const Job childJob = WorkflowExecutor::childJob(job, i);
                pool.start([&, i, childJob] {
                    ExecutionOutcome out = child->execute(childJob, childCtx);
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
        ctx.setProgress(finished * 100 / std::max(1, n));
        if (running == 0 && (stop || finished == n))
            break;
        if (running == 0) {
            // Nothing runs and nothing can start: a dependency cycle.
            for (int i = 0; i < n; ++i) {
                if (state[size_t(i)] == NodeState::Pending) {
                    state[size_t(i)] = NodeState::Skipped;
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

    const bool cancelled = ctx.isCancelled();
    QStringList failures;
    for (int i = 0; i < n; ++i) {
        if (state[size_t(i)] == NodeState::Failed)
            failures << QStringLiteral("%1: %2").arg(devices[i], outcomes[size_t(i)].status.error().detail);
    }
    int rolledBack = 0;
    QStringList rollbackFailures;
    if (rollback && (failed || cancelled)) {
        for (auto it = completionOrder.crbegin(); it != completionOrder.crend(); ++it) {
            const int i = *it;
            if (state[size_t(i)] != NodeState::Succeeded || outcomes[size_t(i)].undo.isEmpty())
                continue;
            const Status st = child->rollback(childJob(job, i), outcomes[size_t(i)].undo, childCtx);
            if (st) {
                state[size_t(i)] = NodeState::RolledBack;
                ++rolledBack;
            } else {
                rollbackFailures << QStringLiteral("%1: %2").arg(devices[i], st.error().detail);
            }
        }
    }

    QJsonArray nodes;
    for (int i = 0; i < n; ++i) {
        QJsonObject node{{QStringLiteral("device"), devices[i]}, {QStringLiteral("state"), nodeStateName(state[size_t(i)])}};
        if (state[size_t(i)] == NodeState::Failed)
            node.insert(QStringLiteral("error"), outcomes[size_t(i)].status.error().detail);
        if (!outcomes[size_t(i)].result.isEmpty())
            node.insert(QStringLiteral("result"), outcomes[size_t(i)].result);
        nodes.append(node);
    }
    QJsonObject result{{QStringLiteral("nodes"), nodes},
                       {QStringLiteral("failed"), int(failures.size())},
                       {QStringLiteral("rolledBack"), rolledBack},
                       {QStringLiteral("rollbackFailures"), QJsonArray::fromStringList(rollbackFailures)}};
    if (cancelled)
        return {Error(ErrorCode::Cancelled, QStringLiteral("workflow cancelled; %1 rolled back").arg(rolledBack)), result, {}};
    if (failed) {
        return {Error(ErrorCode::Unknown, QStringLiteral("%1 of %2 failed (%3); %4 rolled back%5")
                                              .arg(failures.size())
                                              .arg(n)
                                              .arg(failures.join(QStringLiteral("; ")))
                                              .arg(rolledBack)
                                              .arg(rollbackFailures.isEmpty()
                                                       ? QString()
                                                       : QStringLiteral(", %1 could not be rolled back").arg(rollbackFailures.size()))),
                result, {}};
    }
    return {{}, result, {}};
}

} // namespace OpsDeck::Jobs
