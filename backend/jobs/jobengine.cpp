// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/jobengine.h"

#include <mutex>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTime>
#include <QUuid>

#include "backend/jobs/jobenginecontext.h"
#include "backend/jobs/jobexecutor.h"
#include "backend/jobs/jobstore.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/jobs/policygate.h"
#include "backend/jobs/sshexecutors.h"
#include "backend/jobs/workflowexecutor.h"

Q_LOGGING_CATEGORY(lcJobs, "opsdeck.jobs")

namespace OpsDeck::Jobs {

namespace {

const QString kService = QStringLiteral("opsdeckd");

QString hashOf(const QJsonObject &o)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<std::unique_ptr<JobEngine>> JobEngine::create(const QString &storePath, const JobEngineOptions &options,
                                                     QObject *parent)
{
    auto store = JobStore::open(storePath);
    if (!store)
        return store.error();
    std::unique_ptr<JobEngine> engine(new JobEngine(std::move(*store), options, parent));
    engine->registerExecutor(std::make_shared<SshBackupExecutor>());
    engine->registerExecutor(std::make_shared<SshPushExecutor>());
    engine->registerExecutor(std::make_shared<SshCommandExecutor>());
    engine->registerExecutor(std::make_shared<WorkflowExecutor>());
    engine->registerExecutor(std::make_shared<NetBoxChangeSetExecutor>());
    return engine;
}

JobEngine::JobEngine(std::unique_ptr<JobStore> store, JobEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_options(std::move(options))
    , m_pool(new QThreadPool(this))
{
    qRegisterMetaType<OpsDeck::Jobs::Job>();
    qRegisterMetaType<OpsDeck::Jobs::JobStep>();
    m_pool->setObjectName(QStringLiteral("opsdeck-job-workers"));
    m_pool->setMaxThreadCount(std::clamp(m_options.maxWorkers, 1, 64));
}

JobEngine::~JobEngine()
{
    for (const auto &r : std::as_const(m_running))
        r->cancel = true;
    m_pool->waitForDone();
}

void JobEngine::registerExecutor(std::shared_ptr<JobExecutor> executor)
{
    const QString kind = executor->kind();
    m_executors[kind] = std::move(executor);
}

JobExecutor *JobEngine::executor(const QString &kind) const
{
    auto it = m_executors.find(kind);
    return it == m_executors.end() ? nullptr : it->second.get();
}

void JobEngine::setCredentialResolver(CredentialResolver resolver)
{
    m_credentials = std::move(resolver);
}

void JobEngine::setScopeResolver(ScopeResolver resolver)
{
    m_scope = std::move(resolver);
}

Status JobEngine::completeTargets(JobRequest &request) const
{
    const QString kind =
        request.kind == Kind::workflow() ? request.parameters.value(QStringLiteral("kind")).toString() : request.kind;
    if (!m_completeTarget || !kind.startsWith(QLatin1String("ssh.")))
        return {};
    for (qsizetype i = 0; i < request.targets.size(); ++i) {
        const QJsonObject target = request.targets.at(i).toObject();
        if (!target.value(QStringLiteral("credential")).toString().isEmpty() ||
            !target.value(QStringLiteral("keyFile")).toString().isEmpty())
            continue; // the job names its credential
        auto completed = m_completeTarget(target);
        if (!completed)
            return completed.error();
        request.targets.replace(i, *completed);
    }
    return {};
}

void JobEngine::setApprovals(const Workspace::ApprovalsConfig &approvals)
{
    m_options.approvals = approvals;
}

Status JobEngine::transition(const QString &jobId, JobState state, const QString &actor, const QJsonObject &detail,
                             const QString &error, const std::optional<QJsonObject> &result)
{
    return m_store->transaction([&]() -> Status {
        if (auto st = m_store->setState(jobId, state, error, result); !st)
            return st;
        QJsonObject d = detail;
        d.insert(QStringLiteral("state"), toString(state));
        if (!error.isEmpty())
            d.insert(QStringLiteral("error"), error);
        if (result)
            d.insert(QStringLiteral("resultSha256"), hashOf(*result));
        auto entry = m_store->appendAudit(jobId, actor, QStringLiteral("state"), d);
        if (!entry)
            return entry.error();
        return {};
    });
}

void JobEngine::emitChanged(const QString &jobId)
{
    auto j = m_store->job(jobId);
    if (!j)
        return;
    emit jobChanged(*j);
    if (isTerminal(j->state))
        emit jobFinished(*j);
}

Status JobEngine::start()
{
    auto running = m_store->jobs({JobState::Running, JobState::Submitted});
    if (!running)
        return running.error();
    for (const Job &j : std::as_const(*running)) {
        if (j.state == JobState::Submitted) {
            // Stored but never gated (cannot normally happen: both commit together).
            const int required = PolicyGate::requiredApprovals(m_options.approvals, j.kind, j.parameters, j.targets,
                                                               QTime::currentTime());
            if (auto st = transition(j.id, required > 0 ? JobState::AwaitingApproval : JobState::Queued, kService); !st)
                return st;
            continue;
        }
        if (auto st = transition(j.id, JobState::Interrupted, kService,
                                 {{QStringLiteral("reason"), QStringLiteral("the service stopped while it ran")}},
                                 QStringLiteral("interrupted: the service stopped while the job ran"));
            !st)
            return st;
        JobExecutor *ex = executor(j.kind);
        if (ex && ex->isIdempotent()) {
            if (auto st = transition(
                    j.id, JobState::Queued, kService,
                    {{QStringLiteral("retry"), true}, {QStringLiteral("reason"), QStringLiteral("idempotent kind")}});
                !st)
                return st;
        }
        qCInfo(lcJobs) << "job" << j.id << "was interrupted" << (ex && ex->isIdempotent() ? "and is retried" : "");
    }
    m_started = true;
    scheduleDispatch();
    return {};
}

Result<SubmitResult> JobEngine::submit(JobRequest request)
{
    JobExecutor *ex = executor(request.kind);
    if (!ex)
        return Error(ErrorCode::InvalidInput, QStringLiteral("unknown job kind '%1'").arg(request.kind));
    if (request.requester.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a job needs a requester"));
    auto ticket = normalizeTicket(request.ticket);
    if (!ticket)
        return ticket.error();
    request.ticket = *ticket;
    if (request.idempotencyKey.isEmpty())
        request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto existing = m_store->jobByIdempotencyKey(request.idempotencyKey);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Job &j = **existing;
        if (j.kind != request.kind) {
            return Error(ErrorCode::Conflict,
                         QStringLiteral("idempotency key %1 belongs to a %2 job").arg(request.idempotencyKey, j.kind));
        }
        return SubmitResult{j, true};
    }

    if (request.kind == Kind::workflow() && request.targets.isEmpty() &&
        request.parameters.contains(QStringLiteral("scope"))) {
        if (!m_scope)
            return Error(ErrorCode::Unsupported, QStringLiteral("this service cannot resolve workflow scopes"));
        auto targets = m_scope(request.parameters.value(QStringLiteral("scope")).toObject());
        if (!targets)
            return targets.error();
        request.targets = *targets;
    }
    if (auto st = completeTargets(request); !st)
        return st.error();
    if (auto st = ex->validate(request); !st)
        return st.error();
    if (request.kind == Kind::workflow()) {
        JobExecutor *child = executor(request.parameters.value(QStringLiteral("kind")).toString());
        if (!child || child->kind() == Kind::workflow())
            return Error(ErrorCode::InvalidInput, QStringLiteral("the workflow's kind is unknown"));
        Job asJob;
        asJob.kind = request.kind;
        asJob.targets = request.targets;
        asJob.parameters = request.parameters;
        for (int i = 0; i < request.targets.size(); ++i) {
            const Job c = WorkflowExecutor::childJob(asJob, i);
            JobRequest cr;
            cr.kind = c.kind;
            cr.targets = c.targets;
            cr.parameters = c.parameters;
            if (auto st = child->validate(cr); !st)
                return st.error();
        }
    }

    const JobPriority priority = request.priority.value_or(ex->defaultPriority());
    const int required = PolicyGate::requiredApprovals(m_options.approvals, request.kind, request.parameters,
                                                       request.targets, QTime::currentTime());
    Job job;
    Status st = m_store->transaction([&]() -> Status {
        auto inserted = m_store->insertJob(request, priority, required);
        if (!inserted)
            return inserted.error();
        job = *inserted;
        auto entry = m_store->appendAudit(job.id, request.requester, QStringLiteral("submitted"),
                                          {{QStringLiteral("kind"), job.kind},
                                           {QStringLiteral("intent"), job.intent},
                                           {QStringLiteral("idempotencyKey"), job.idempotencyKey},
                                           {QStringLiteral("targets"), job.targets.size()},
                                           {QStringLiteral("parametersSha256"), hashOf(job.parameters)},
                                           {QStringLiteral("requiredApprovals"), required}});
        if (!entry)
            return entry.error();
        return transition(job.id, required > 0 ? JobState::AwaitingApproval : JobState::Queued, kService,
                          {{QStringLiteral("requiredApprovals"), required}});
    });
    if (!st)
        return st.error();
    auto stored = m_store->job(job.id);
    if (!stored)
        return stored.error();
    emit jobChanged(*stored);
    scheduleDispatch();
    return SubmitResult{*stored, false};
}

Result<Job> JobEngine::approve(const QString &jobId, const QString &approver)
{
    auto j = m_store->job(jobId);
    if (!j)
        return j.error();
    if (auto st = PolicyGate::checkApprover(*j, approver); !st)
        return st.error();
    const int count = int(j->approvals.size()) + 1;
    Status st = m_store->transaction([&]() -> Status {
        if (auto s = m_store->addApproval(jobId, approver); !s)
            return s;
        auto entry = m_store->appendAudit(
            jobId, approver, QStringLiteral("approved"),
            {{QStringLiteral("approvals"), count}, {QStringLiteral("required"), j->requiredApprovals}});
        if (!entry)
            return entry.error();
        if (count >= j->requiredApprovals)
            return transition(jobId, JobState::Queued, approver, {{QStringLiteral("approvals"), count}});
        return {};
    });
    if (!st)
        return st.error();
    emitChanged(jobId);
    scheduleDispatch();
    return m_store->job(jobId);
}

Result<Job> JobEngine::cancel(const QString &jobId, const QString &actor)
{
    auto j = m_store->job(jobId);
    if (!j)
        return j.error();
    if (isTerminal(j->state))
        return Error(ErrorCode::Conflict, QStringLiteral("job %1 already ended (%2)").arg(jobId, toString(j->state)));
    if (j->state == JobState::Running) {
        auto it = m_running.find(jobId);
        if (it != m_running.end())
            (*it)->cancel = true;
        auto entry = m_store->appendAudit(jobId, actor, QStringLiteral("cancel-requested"), {});
        if (!entry)
            return entry.error();
        return m_store->job(jobId);
    }
    if (auto st = transition(jobId, JobState::Cancelled, actor, {}, QStringLiteral("cancelled by %1").arg(actor)); !st)
        return st.error();
    emitChanged(jobId);
    return m_store->job(jobId);
}

Result<Job> JobEngine::job(const QString &jobId)
{
    return m_store->job(jobId);
}

Result<QList<Job>> JobEngine::jobs(const QList<JobState> &states, int limit)
{
    return m_store->jobs(states, limit);
}

Result<AuditVerification> JobEngine::verifyAudit()
{
    return m_store->verifyAudit();
}

void JobEngine::scheduleDispatch()
{
    if (m_dispatchPending || !m_started)
        return;
    m_dispatchPending = true;
    QMetaObject::invokeMethod(this, &JobEngine::dispatch, Qt::QueuedConnection);
}

void JobEngine::dispatch()
{
    m_dispatchPending = false;
    const int free = m_pool->maxThreadCount() - int(m_running.size());
    if (free <= 0)
        return;
    auto queued = m_store->queuedJobs(free);
    if (!queued) {
        qCWarning(lcJobs) << "cannot read the queue:" << queued.error().toString();
        return;
    }
    for (const Job &j : std::as_const(*queued)) {
        if (auto st = startJob(j); !st)
            qCWarning(lcJobs) << "cannot start job" << j.id << st.error().toString();
    }
}

Status JobEngine::startJob(const Job &queuedJob)
{
    JobExecutor *ex = executor(queuedJob.kind);
    // Credentials are resolved here, on the engine thread, and handed to the
    // worker as values.
    QHash<QString, Ssh::SshCredentials> credentials;
    QString credentialError;
    for (const QJsonValue &v : queuedJob.targets) {
        const QString ref = v.toObject().value(QStringLiteral("credential")).toString();
        if (ref.isEmpty() || credentials.contains(ref))
            continue;
        if (!m_credentials) {
            credentialError = QStringLiteral("no vault is available for credential %1").arg(ref);
            break;
        }
        auto c = m_credentials(ref);
        if (!c) {
            // Name the device and the profile that chose the credential, when one did.
            const QJsonObject t = v.toObject();
            const QString profile = t.value(QStringLiteral("credentialProfile")).toString();
            const QString who = profile.isEmpty() ? QString()
                                                  : QStringLiteral("%1 (SSH profile %2): ")
                                                        .arg(t.value(QStringLiteral("device")).toString(), profile);
            credentialError = who + QStringLiteral("credential %1: %2").arg(ref, c.error().detail);
            break;
        }
        credentials.insert(ref, *c);
    }

    auto attempt = Result<int>(0);
    Status st = m_store->transaction([&]() -> Status {
        attempt = m_store->beginAttempt(queuedJob.id);
        if (!attempt)
            return attempt.error();
        auto entry = m_store->appendAudit(
            queuedJob.id, kService, QStringLiteral("state"),
            {{QStringLiteral("state"), toString(JobState::Running)}, {QStringLiteral("attempt"), *attempt}});
        if (!entry)
            return entry.error();
        return {};
    });
    if (!st)
        return st;
    auto running = std::make_shared<Running>();
    auto fresh = m_store->job(queuedJob.id);
    running->job = fresh ? *fresh : queuedJob;
    m_running.insert(queuedJob.id, running);
    emitChanged(queuedJob.id);

    if (!ex || !credentialError.isEmpty()) {
        const ExecutionOutcome outcome{
            Error(ex ? ErrorCode::Auth : ErrorCode::Unsupported,
                  ex ? credentialError : QStringLiteral("no executor for kind %1").arg(queuedJob.kind)),
            {},
            {}};
        handleFinished(queuedJob.id, outcome);
        return {};
    }
    auto context = std::make_shared<Context>(this, running, m_store->path(), credentials, m_options, m_executors);
    auto executorRef = m_executors.at(queuedJob.kind);
    QPointer<JobEngine> self(this);
    m_pool->start([self, running, context, executorRef, engine = this] {
        ExecutionOutcome outcome = executorRef->execute(running->job, *context);
        const QString id = running->job.id;
        QMetaObject::invokeMethod(
            engine, [engine, id, outcome] { engine->handleFinished(id, outcome); }, Qt::QueuedConnection);
    });
    return {};
}

void JobEngine::handleStep(const QString &jobId, const JobStep &step)
{
    emit stepChanged(jobId, step);
}

void JobEngine::handleFinished(const QString &jobId, const ExecutionOutcome &outcome)
{
    m_running.remove(jobId);
    JobState state = JobState::Succeeded;
    QString error;
    if (!outcome.status) {
        state = outcome.status.error().code == ErrorCode::Cancelled ? JobState::Cancelled : JobState::Failed;
        error = outcome.status.error().detail;
    }
    QJsonObject result = outcome.result;
    if (!outcome.undo.isEmpty())
        result.insert(QStringLiteral("undo"), outcome.undo);
    if (auto st =
            transition(jobId, state, kService, {{QStringLiteral("event"), QStringLiteral("result")}}, error, result);
        !st) {
        qCWarning(lcJobs) << "cannot record the result of job" << jobId << st.error().toString();
    }
    emitChanged(jobId);
    scheduleDispatch();
}

} // namespace OpsDeck::Jobs
