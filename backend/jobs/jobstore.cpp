// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/jobstore.h"

#include <atomic>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcJobStore, "opsdeck.jobs.store")

namespace OpsDeck::Jobs {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonArray parseArray(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

const char kJobColumns[] = "id, seq, kind, state, priority, idempotency_key, requester, intent, targets, params,"
                           " required_approvals, result, error, progress, attempts, created_at, updated_at,"
                           " started_at, finished_at, ticket";

} // namespace

JobStore::JobStore(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

JobStore::~JobStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase JobStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<JobStore>> JobStore::open(const QString &sqlitePath)
{
    {
        // The inventory store owns the schema: let it migrate the file.
        auto store = Store::Store::openSqlite(sqlitePath, true);
        if (!store)
            return store.error();
    }
    static std::atomic_int counter{0};
    const QString name = QStringLiteral("opsdeck-jobs-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(sqlitePath);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!d.open()) {
            const QString why = d.lastError().text();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(ErrorCode::Database, QStringLiteral("cannot open the job store: %1").arg(why),
                         {{QStringLiteral("file"), sqlitePath}});
        }
        QSqlQuery q(d);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("PRAGMA busy_timeout=30000"));
    }
    return std::unique_ptr<JobStore>(new JobStore(name, sqlitePath));
}

Status JobStore::exec(QSqlQuery &query, const QString &what) const
{
    if (!query.exec()) {
        return Error(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, query.lastError().text()),
                     {{QStringLiteral("file"), m_path}});
    }
    return {};
}

Status JobStore::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        ++m_depth;
        Status st = work();
        --m_depth;
        if (!st)
            m_failed = true;
        return st;
    }
    QSqlQuery q(db());
    // IMMEDIATE takes the write lock up front, so readers that later write
    // never hit a snapshot conflict; the busy timeout makes writers queue.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error(ErrorCode::Database, QStringLiteral("cannot begin: %1").arg(q.lastError().text()));
    m_depth = 1;
    m_failed = false;
    Status st = work();
    m_depth = 0;
    if (!st || m_failed) {
        q.exec(QStringLiteral("ROLLBACK"));
        return st ? Status(Error(ErrorCode::Database, QStringLiteral("a nested step failed"))) : st;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error(ErrorCode::Database, QStringLiteral("cannot commit: %1").arg(why));
    }
    return {};
}

Result<Job> JobStore::insertJob(const JobRequest &request, JobPriority priority, int requiredApprovals)
{
    Job job;
    Status st = transaction([&]() -> Status {
        QSqlQuery seqQuery(db());
        seqQuery.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs"));
        if (auto s = exec(seqQuery, QStringLiteral("next job number")); !s)
            return s;
        seqQuery.next();
        const QString t = now();
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.sequence = seqQuery.value(0).toLongLong();
        job.kind = request.kind;
        job.state = JobState::Submitted;
        job.priority = priority;
        job.targets = request.targets;
        job.intent = request.intent;
        job.parameters = request.parameters;
        job.idempotencyKey = request.idempotencyKey;
        job.requester = request.requester;
        job.ticket = request.ticket;
        job.requiredApprovals = requiredApprovals;
        job.createdAt = job.updatedAt = QDateTime::fromString(t, Qt::ISODateWithMs);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO jobs (id, seq, kind, state, priority, idempotency_key, requester, intent,"
                                 " targets, params, required_approvals, result, error, progress, attempts,"
                                 " created_at, updated_at, ticket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '',"
                                 " 0, 0, ?, ?, ?)"));
        q.addBindValue(job.id);
        q.addBindValue(job.sequence);
        q.addBindValue(job.kind);
        q.addBindValue(toString(job.state));
        q.addBindValue(int(job.priority));
        q.addBindValue(job.idempotencyKey);
        q.addBindValue(job.requester);
        q.addBindValue(job.intent);
        q.addBindValue(compact(job.targets));
        q.addBindValue(compact(job.parameters));
        q.addBindValue(requiredApprovals);
        q.addBindValue(t);
        q.addBindValue(t);
        q.addBindValue(job.ticket.isNull() ? QStringLiteral("") : job.ticket); // a null string binds NULL
        return exec(q, QStringLiteral("insert job"));
    });
    if (!st)
        return st.error();
    return job;
}

Result<QList<Job>> JobStore::readJobs(QSqlQuery &query)
{
    QList<Job> out;
    while (query.next()) {
        Job j;
        j.id = query.value(0).toString();
        j.sequence = query.value(1).toLongLong();
        j.kind = query.value(2).toString();
        j.state = jobStateFromString(query.value(3).toString()).value_or(JobState::Failed);
        j.priority = JobPriority(std::clamp(query.value(4).toInt(), 0, 2));
        j.idempotencyKey = query.value(5).toString();
        j.requester = query.value(6).toString();
        j.intent = query.value(7).toString();
        j.targets = parseArray(query.value(8));
        j.parameters = parseObject(query.value(9));
        j.requiredApprovals = query.value(10).toInt();
        j.result = parseObject(query.value(11));
        j.error = query.value(12).toString();
        j.progress = query.value(13).toInt();
        j.attempts = query.value(14).toInt();
        j.createdAt = parseTime(query.value(15));
        j.updatedAt = parseTime(query.value(16));
        j.startedAt = parseTime(query.value(17));
        j.finishedAt = parseTime(query.value(18));
        j.ticket = query.value(19).toString();
        out << j;
    }
    return out;
}

Result<std::optional<Job>> JobStore::jobByIdempotencyKey(const QString &key)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE idempotency_key = ?").arg(QLatin1String(kJobColumns)));
    q.addBindValue(key);
    if (auto st = exec(q, QStringLiteral("find job by idempotency key")); !st)
        return st.error();
    auto list = readJobs(q);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Job>();
    return std::optional<Job>(list->constFirst());
}

Result<Job> JobStore::job(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(kJobColumns)));
    q.addBindValue(id);
    if (auto st = exec(q, QStringLiteral("read job")); !st)
        return st.error();
    auto list = readJobs(q);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no job %1").arg(id));
    Job j = list->constFirst();

    QSqlQuery a(db());
    a.prepare(QStringLiteral("SELECT approver, approved_at FROM job_approvals WHERE job_id = ? ORDER BY approved_at"));
    a.addBindValue(id);
    if (auto st = exec(a, QStringLiteral("read approvals")); !st)
        return st.error();
    while (a.next())
        j.approvals << Approval{a.value(0).toString(), parseTime(a.value(1))};

    QSqlQuery s(db());
    s.prepare(QStringLiteral("SELECT step_no, name, state, undoable, output, diff, error, started_at, finished_at"
                             " FROM job_steps WHERE job_id = ? ORDER BY step_no"));
    s.addBindValue(id);
    if (auto st = exec(s, QStringLiteral("read steps")); !st)
        return st.error();
    while (s.next()) {
        JobStep step;
        step.number = s.value(0).toInt();
        step.name = s.value(1).toString();
        const QString state = s.value(2).toString();
        for (int k = 0; k <= int(StepState::RolledBack); ++k) {
            if (state == toString(StepState(k)))
                step.state = StepState(k);
        }
        step.undoable = s.value(3).toBool();
        step.output = s.value(4).toString();
        step.diff = s.value(5).toString();
        step.error = s.value(6).toString();
        step.startedAt = parseTime(s.value(7));
        step.finishedAt = parseTime(s.value(8));
        j.steps << step;
    }
    return j;
}

Result<QList<Job>> JobStore::jobs(const QList<JobState> &states, int limit)
{
    QString where;
    if (!states.isEmpty()) {
        QStringList names;
        for (JobState s : states)
            names << QLatin1Char('\'') + toString(s) + QLatin1Char('\'');
        where = QStringLiteral(" WHERE state IN (%1)").arg(names.join(QLatin1Char(',')));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY seq DESC LIMIT %3")
                  .arg(QLatin1String(kJobColumns), where)
                  .arg(limit));
    if (auto st = exec(q, QStringLiteral("list jobs")); !st)
        return st.error();
    return readJobs(q);
}

Result<QList<Job>> JobStore::queuedJobs(int limit)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE state = ? ORDER BY priority, seq LIMIT %2")
                  .arg(QLatin1String(kJobColumns))
                  .arg(limit));
    q.addBindValue(toString(JobState::Queued));
    if (auto st = exec(q, QStringLiteral("list queued jobs")); !st)
        return st.error();
    return readJobs(q);
}

Status JobStore::setState(const QString &id, JobState state, const QString &error,
                          const std::optional<QJsonObject> &result)
{
    QSqlQuery q(db());
    const QString t = now();
    QString sql = QStringLiteral("UPDATE jobs SET state = ?, updated_at = ?, error = ?");
    if (result)
        sql += QStringLiteral(", result = ?");
    if (isTerminal(state))
        sql += QStringLiteral(", finished_at = ?");
    if (state == JobState::Succeeded)
        sql += QStringLiteral(", progress = 100");
    sql += QStringLiteral(" WHERE id = ?");
    q.prepare(sql);
    q.addBindValue(toString(state));
    q.addBindValue(t);
    q.addBindValue(error);
    if (result)
        q.addBindValue(compact(*result));
    if (isTerminal(state))
        q.addBindValue(t);
    q.addBindValue(id);
    return exec(q, QStringLiteral("set job state"));
}

Status JobStore::setProgress(const QString &id, int percent)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET progress = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(std::clamp(percent, 0, 100));
    q.addBindValue(now());
    q.addBindValue(id);
    return exec(q, QStringLiteral("set job progress"));
}

Status JobStore::addApproval(const QString &id, const QString &approver)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO job_approvals (job_id, approver, approved_at) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(approver);
    q.addBindValue(now());
    return exec(q, QStringLiteral("record approval"));
}

Result<int> JobStore::beginAttempt(const QString &id)
{
    int attempt = 0;
    Status st = transaction([&]() -> Status {
        QSqlQuery a(db());
        a.prepare(QStringLiteral("SELECT attempts FROM jobs WHERE id = ?"));
        a.addBindValue(id);
        if (auto s = exec(a, QStringLiteral("read attempts")); !s)
            return s;
        if (!a.next())
            return Error(ErrorCode::NotFound, QStringLiteral("no job %1").arg(id));
        attempt = a.value(0).toInt() + 1;
        const QString t = now();
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE jobs SET state = ?, attempts = ?, started_at = ?, updated_at = ?, error = ''"
                                 " WHERE id = ?"));
        u.addBindValue(toString(JobState::Running));
        u.addBindValue(attempt);
        u.addBindValue(t);
        u.addBindValue(t);
        u.addBindValue(id);
        if (auto s = exec(u, QStringLiteral("start job")); !s)
            return s;
        QSqlQuery i(db());
        i.prepare(QStringLiteral("INSERT INTO job_attempts (job_id, attempt, started_at) VALUES (?, ?, ?)"));
        i.addBindValue(id);
        i.addBindValue(attempt);
        i.addBindValue(t);
        return exec(i, QStringLiteral("record attempt"));
    });
    if (!st)
        return st.error();
    return attempt;
}

Status JobStore::saveStep(const QString &jobId, const JobStep &step)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO job_steps (job_id, step_no, name, state, undoable, output, diff,"
                             " error, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(step.number);
    q.addBindValue(step.name);
    q.addBindValue(toString(step.state));
    q.addBindValue(step.undoable);
    q.addBindValue(step.output);
    q.addBindValue(step.diff);
    q.addBindValue(step.error);
    q.addBindValue(step.startedAt.isValid() ? step.startedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    q.addBindValue(step.finishedAt.isValid() ? step.finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    return exec(q, QStringLiteral("save step"));
}

Result<AuditEntry> JobStore::appendAudit(const QString &jobId, const QString &actor, const QString &event,
                                         const QJsonObject &detail)
{
    AuditEntry e;
    Status st = transaction([&]() -> Status {
        QSqlQuery last(db());
        last.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (auto s = exec(last, QStringLiteral("read audit head")); !s)
            return s;
        e.sequence = 1;
        e.previousHash = AuditLog::genesisHash();
        if (last.next()) {
            e.sequence = last.value(0).toLongLong() + 1;
            e.previousHash = last.value(1).toString();
        }
        e.at = QDateTime::fromString(now(), Qt::ISODateWithMs);
        e.jobId = jobId;
        e.actor = actor;
        e.event = event;
        e.detail = detail;
        if (!jobId.isEmpty() && !detail.contains(QStringLiteral("ticket"))) {
            // Every entry of a job names its ticket, so an auditor reads
            // the change reference without joining the jobs table.
            QSqlQuery ticket(db());
            ticket.prepare(QStringLiteral("SELECT ticket FROM jobs WHERE id = ?"));
            ticket.addBindValue(jobId);
            if (auto s = exec(ticket, QStringLiteral("read job ticket")); !s)
                return s;
            if (ticket.next() && !ticket.value(0).toString().isEmpty())
                e.detail.insert(QStringLiteral("ticket"), ticket.value(0).toString());
        }
        e.hash = AuditLog::computeHash(e);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, job_id, actor, event, detail, prev_hash, hash)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(e.sequence);
        q.addBindValue(e.at.toString(Qt::ISODateWithMs));
        q.addBindValue(jobId);
        q.addBindValue(actor);
        q.addBindValue(event);
        q.addBindValue(compact(e.detail));
        q.addBindValue(e.previousHash);
        q.addBindValue(e.hash);
        if (auto s = exec(q, QStringLiteral("append audit entry")); !s)
            return s;
        if (jobId.isEmpty())
            return {};
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE jobs SET audit_seq = ? WHERE id = ?"));
        u.addBindValue(e.sequence);
        u.addBindValue(jobId);
        return exec(u, QStringLiteral("link audit entry"));
    });
    if (!st)
        return st.error();
    return e;
}

Result<QList<AuditEntry>> JobStore::auditEntries(const QString &jobId)
{
    QSqlQuery q(db());
    if (jobId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT seq, at, job_id, actor, event, detail, prev_hash, hash FROM audit_log"
                                 " ORDER BY seq"));
    } else {
        q.prepare(QStringLiteral("SELECT seq, at, job_id, actor, event, detail, prev_hash, hash FROM audit_log"
                                 " WHERE job_id = ? ORDER BY seq"));
        q.addBindValue(jobId);
    }
    if (auto st = exec(q, QStringLiteral("read audit log")); !st)
        return st.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.sequence = q.value(0).toLongLong();
        e.at = parseTime(q.value(1));
        e.jobId = q.value(2).toString();
        e.actor = q.value(3).toString();
        e.event = q.value(4).toString();
        e.detail = parseObject(q.value(5));
        e.previousHash = q.value(6).toString();
        e.hash = q.value(7).toString();
        out << e;
    }
    return out;
}

Result<AuditVerification> JobStore::verifyAudit()
{
    auto entries = auditEntries();
    if (!entries)
        return entries.error();
    AuditVerification v = AuditLog::verify(*entries);
    if (!v.ok)
        return v;
    // A removed tail leaves a valid but shorter chain: every job remembers
    // its latest entry, which must still be there and name that job.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT j.id, j.audit_seq, a.job_id FROM jobs j LEFT JOIN audit_log a"
                             " ON a.seq = j.audit_seq WHERE j.audit_seq IS NOT NULL AND"
                             " (a.seq IS NULL OR a.job_id IS NULL OR a.job_id <> j.id) LIMIT 1"));
    if (auto st = exec(q, QStringLiteral("check audit anchors")); !st)
        return st.error();
    if (q.next()) {
        v.ok = false;
        v.firstBadSequence = q.value(1).toLongLong();
        v.problem = QStringLiteral("entry %1, the latest of job %2, is missing or altered")
                        .arg(v.firstBadSequence)
                        .arg(q.value(0).toString());
    }
    return v;
}

Result<QString> JobStore::integrityCheck()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (auto st = exec(q, QStringLiteral("integrity check")); !st)
        return st.error();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace OpsDeck::Jobs
