// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/backupscheduler.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

#include "backend/domain/devicelabels.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobstore.h"
#include "backend/service/collectionservice.h"

Q_LOGGING_CATEGORY(lcBackups, "opsdeck.backups")

namespace OpsDeck::Service {

using Workspace::BackupSchedule;

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString slotName(const QDateTime &dueAt)
{
    return dueAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmm'Z'"));
}

QString jobKey(const QString &schedule, const QString &slot, const QString &device, int attempt)
{
    return QStringLiteral("backup/%1/%2/%3/%4").arg(schedule, slot, device).arg(attempt);
}

/// The ssh.backup targets of the devices in @p schedule's scope that have a
/// primary address, by device name. Opens the store on the calling thread.
Result<QList<QJsonObject>> scopeTargets(const QString &storePath, const BackupSchedule &schedule)
{
    QHash<QString, Domain::DeviceLabels> labels;
    auto known = CollectionService::loadDeviceAddresses(storePath, &labels);
    if (!known)
        return known.error();
    QList<Domain::DeviceLabels> devices;
    for (const Domain::DeviceLabels &d : std::as_const(labels)) {
        if (!d.primaryIp.isEmpty() && schedule.covers(d))
            devices << d;
    }
    std::sort(devices.begin(), devices.end(),
              [](const Domain::DeviceLabels &a, const Domain::DeviceLabels &b) { return a.device < b.device; });
    QList<QJsonObject> targets;
    for (const Domain::DeviceLabels &d : std::as_const(devices)) {
        QJsonObject t{{QStringLiteral("device"), d.device},
                      {QStringLiteral("host"), d.primaryIp.section(QLatin1Char('/'), 0, 0)},
                      {QStringLiteral("port"), schedule.port},
                      {QStringLiteral("site"), !d.siteSlug.isEmpty() ? d.siteSlug : d.siteName},
                      {QStringLiteral("role"), d.roleName}};
        if (!schedule.user.isEmpty())
            t.insert(QStringLiteral("user"), schedule.user);
        targets << t;
    }
    return targets;
}

} // namespace

QJsonObject BackupRun::toJson() const
{
    QJsonArray failureList;
    for (const BackupFailure &f : failures)
        failureList.append(QJsonObject{{QStringLiteral("device"), f.device},
                                       {QStringLiteral("reason"), f.reason},
                                       {QStringLiteral("attempts"), f.attempts}});
    return {{QStringLiteral("schedule"), schedule},
            {QStringLiteral("slot"), slot},
            {QStringLiteral("manual"), manual},
            {QStringLiteral("dueAt"), isoUtc(dueAt)},
            {QStringLiteral("startedAt"), isoUtc(startedAt)},
            {QStringLiteral("finishedAt"), isoUtc(finishedAt)},
            {QStringLiteral("running"), !isFinished()},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("succeeded"), succeeded},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("retries"), retries},
            {QStringLiteral("failures"), failureList}};
}

std::optional<BackupRun> BackupRun::fromJson(const QJsonObject &json)
{
    BackupRun r;
    r.schedule = json.value(QStringLiteral("schedule")).toString();
    r.slot = json.value(QStringLiteral("slot")).toString();
    if (r.schedule.isEmpty() || r.slot.isEmpty())
        return std::nullopt;
    const auto time = [&json](const char *key) {
        return QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    r.manual = json.value(QStringLiteral("manual")).toBool();
    r.dueAt = time("dueAt");
    r.startedAt = time("startedAt");
    r.finishedAt = time("finishedAt");
    r.devices = json.value(QStringLiteral("devices")).toInt();
    r.succeeded = json.value(QStringLiteral("succeeded")).toInt();
    r.unchanged = json.value(QStringLiteral("unchanged")).toInt();
    r.failed = json.value(QStringLiteral("failed")).toInt();
    r.retries = json.value(QStringLiteral("retries")).toInt();
    const QJsonArray failures = json.value(QStringLiteral("failures")).toArray();
    for (const QJsonValue &v : failures) {
        const QJsonObject f = v.toObject();
        r.failures << BackupFailure{f.value(QStringLiteral("device")).toString(),
                                    f.value(QStringLiteral("reason")).toString(),
                                    f.value(QStringLiteral("attempts")).toInt()};
    }
    return r;
}

/// A run going on: the devices waiting per site, those submitted, and the record.
struct BackupScheduler::ActiveRun
{
    BackupSchedule schedule;
    BackupRun record;
    QMap<QString, QList<Pending>> waiting; ///< site -> devices not yet submitted, in order
    QHash<QString, int> inFlight;          ///< site -> jobs submitted and not yet settled
    int open = 0;                          ///< devices without a final outcome
};

BackupScheduler::BackupScheduler(Jobs::JobEngine *engine, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timer(new QTimer(this))
    , m_pool(new QThreadPool(this))
{
    qRegisterMetaType<OpsDeck::Service::BackupRun>();
    m_pool->setMaxThreadCount(1);
    m_pool->setObjectName(QStringLiteral("backup-scope"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::handleTimer);
    connect(engine, &Jobs::JobEngine::jobFinished, this, &BackupScheduler::handleJobFinished);
    if (server)
        registerMethods(server);
}

BackupScheduler::~BackupScheduler()
{
    // A scope read may still post to this object: let it end first.
    m_pool->waitForDone();
}

Status BackupScheduler::start(const BackupSchedulerSettings &settings)
{
    m_settings = settings;
    m_started = true;
    loadHistory();
    if (auto st = reload(); !st)
        return st;
    // A slot begun before this service started (it stopped during the run)
    // is taken up again; the idempotency keys skip what was done.
    const QDateTime now = m_settings.clock();
    for (const BackupSchedule &s : std::as_const(m_config.schedules)) {
        const QString slot = slotName(s.slotAt(now));
        if (!slotFinished(s.name, slot) && slotBegun(s.name, slot)) {
            qCInfo(lcBackups, "backup schedule %s: resuming slot %s", qPrintable(s.name), qPrintable(slot));
            beginRun(s, slot, s.slotAt(now), false);
        }
    }
    return {};
}

bool BackupScheduler::slotFinished(const QString &name, const QString &slot) const
{
    const QList<BackupRun> history = m_history.value(name);
    return std::any_of(history.cbegin(), history.cend(),
                       [&slot](const BackupRun &r) { return r.slot == slot && r.isFinished(); });
}

void BackupScheduler::loadHistory()
{
    if (m_settings.historyPath.isEmpty())
        return;
    QFile file(m_settings.historyPath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcBackups, "backup run history %s not read: %s", qPrintable(m_settings.historyPath),
                  qPrintable(file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        // Kept aside rather than overwritten: the next run writes a new file.
        qCWarning(lcBackups, "backup run history %s is not valid JSON (%s); starting a new one",
                  qPrintable(m_settings.historyPath), qPrintable(parseError.errorString()));
        file.close();
        QFile::remove(m_settings.historyPath + QStringLiteral(".bad"));
        QFile::rename(m_settings.historyPath, m_settings.historyPath + QStringLiteral(".bad"));
        return;
    }
    const QJsonObject schedules = doc.object().value(QStringLiteral("schedules")).toObject();
    for (auto it = schedules.constBegin(); it != schedules.constEnd(); ++it) {
        QList<BackupRun> runs;
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &v : list) {
            if (auto run = BackupRun::fromJson(v.toObject()); run && run->isFinished() && run->schedule == it.key())
                runs << *run;
        }
        while (runs.size() > m_settings.historyPerSchedule)
            runs.removeLast();
        if (!runs.isEmpty())
            m_history.insert(it.key(), runs);
    }
}

void BackupScheduler::saveHistory() const
{
    if (m_settings.historyPath.isEmpty())
        return;
    QJsonObject schedules;
    for (auto it = m_history.constBegin(); it != m_history.constEnd(); ++it) {
        QJsonArray list;
        for (const BackupRun &r : it.value())
            list.append(r.toJson());
        schedules.insert(it.key(), list);
    }
    QSaveFile file(m_settings.historyPath);
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("schedules"), schedules}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        qCWarning(lcBackups, "backup run history %s not written: %s", qPrintable(m_settings.historyPath),
                  qPrintable(file.errorString()));
}

bool BackupScheduler::slotBegun(const QString &name, const QString &slot)
{
    // The slot's jobs are among the latest; a slot older than that many jobs is over.
    const QString prefix = QStringLiteral("backup/%1/%2/").arg(name, slot);
    auto recent = m_engine->jobs({}, 5000);
    return recent && std::any_of(recent->cbegin(), recent->cend(),
                                 [&prefix](const Jobs::Job &j) { return j.idempotencyKey.startsWith(prefix); });
}

Status BackupScheduler::reload()
{
    if (!m_started)
        return Error(ErrorCode::Unsupported, QStringLiteral("the backup scheduler is not running"));
    auto fresh = m_settings.config();
    if (!fresh)
        return fresh.error();
    m_config = *fresh;
    const QDateTime now = m_settings.clock();
    QHash<QString, QDateTime> seen;
    for (const BackupSchedule &s : std::as_const(m_config.schedules)) {
        // A schedule's slot counts as handled when it is new or its timing
        // changed: a reload never starts a backup by itself.
        const QDateTime slot = s.slotAt(now);
        seen.insert(s.name, std::max(m_seenSlot.value(s.name), slot));
    }
    m_seenSlot = seen;
    arm();
    return {};
}

Result<QString> BackupScheduler::runNow(const QString &name)
{
    const BackupSchedule *schedule = m_config.schedule(name);
    if (!schedule)
        return Error(ErrorCode::NotFound, QStringLiteral("no backup schedule named %1").arg(name));
    if (m_active.contains(name))
        return Error(ErrorCode::Conflict, QStringLiteral("a run of %1 is going on").arg(name));
    // Manual slots follow the wall clock, so that every run gets keys of its own.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString slot = QStringLiteral("manual-%1").arg(now.toMSecsSinceEpoch());
    beginRun(*schedule, slot, now, true);
    return slot;
}

QList<BackupRun> BackupScheduler::runs(const QString &name) const
{
    QList<BackupRun> out;
    if (const auto active = m_active.value(name))
        out << active->record;
    out += m_history.value(name);
    return out;
}

QJsonArray BackupScheduler::schedulesJson() const
{
    const QDateTime now = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    QJsonArray out;
    for (const BackupSchedule &s : std::as_const(m_config.schedules)) {
        QJsonObject o =
            Workspace::BackupsConfig{{s}}.toJson().value(QStringLiteral("schedules")).toArray().at(0).toObject();
        o.insert(QStringLiteral("scope"), s.describeScope());
        o.insert(QStringLiteral("timing"), s.describeTiming());
        o.insert(QStringLiteral("nextDue"), isoUtc(s.nextAfter(now)));
        const QList<BackupRun> history = runs(s.name);
        o.insert(QStringLiteral("running"), !history.isEmpty() && !history.first().isFinished());
        const auto last =
            std::find_if(history.cbegin(), history.cend(), [](const BackupRun &r) { return r.isFinished(); });
        o.insert(QStringLiteral("lastRun"), last != history.cend() ? QJsonValue(last->toJson()) : QJsonValue());
        out.append(o);
    }
    return out;
}

void BackupScheduler::registerMethods(Ipc::IpcServer *server)
{
    server->registerMethod(
        QStringLiteral("schedule.list"),
        [this](const QJsonObject &, const QString &) -> Result<QJsonValue> { return QJsonValue(schedulesJson()); });
    server->registerMethod(
        QStringLiteral("schedule.run"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const QString name = params.value(QStringLiteral("name")).toString();
            auto slot = runNow(name);
            if (!slot)
                return slot.error();
            return QJsonValue(QJsonObject{{QStringLiteral("schedule"), name}, {QStringLiteral("slot"), *slot}});
        });
    server->registerMethod(
        QStringLiteral("schedule.runs"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const QString name = params.value(QStringLiteral("name")).toString();
            if (!m_config.schedule(name) && !m_history.contains(name))
                return Error(ErrorCode::NotFound, QStringLiteral("no backup schedule named %1").arg(name));
            QJsonArray out;
            for (const BackupRun &r : runs(name))
                out.append(r.toJson());
            return QJsonValue(out);
        });
}

void BackupScheduler::arm()
{
    const QDateTime now = m_settings.clock();
    qint64 wait = m_settings.maxTimerMs;
    for (const BackupSchedule &s : std::as_const(m_config.schedules))
        wait = std::min(wait, now.msecsTo(s.nextAfter(now)));
    m_timer->start(int(std::clamp<qint64>(wait, 0, m_settings.maxTimerMs)));
}

void BackupScheduler::handleTimer()
{
    const QDateTime now = m_settings.clock();
    for (const BackupSchedule &s : std::as_const(m_config.schedules)) {
        const QDateTime slot = s.slotAt(now);
        if (slot <= m_seenSlot.value(s.name))
            continue;
        m_seenSlot.insert(s.name, slot);
        if (m_active.contains(s.name)) {
            qCWarning(lcBackups, "backup schedule %s: slot %s skipped, the previous run goes on", qPrintable(s.name),
                      qPrintable(slotName(slot)));
            continue;
        }
        beginRun(s, slotName(slot), slot, false);
    }
    arm();
}

void BackupScheduler::beginRun(const BackupSchedule &schedule, const QString &slot, const QDateTime &dueAt, bool manual)
{
    auto run = std::make_shared<ActiveRun>();
    run->schedule = schedule;
    run->record.schedule = schedule.name;
    run->record.slot = slot;
    run->record.manual = manual;
    run->record.dueAt = dueAt;
    run->record.startedAt = QDateTime::currentDateTimeUtc();
    m_active.insert(schedule.name, run);
    // The store is read off the event loop; the answer comes back queued.
    const QString storePath = m_settings.storePath;
    const QString name = schedule.name;
    m_pool->start([this, storePath, schedule, name] {
        const Result<QList<QJsonObject>> targets = scopeTargets(storePath, schedule);
        QMetaObject::invokeMethod(
            this, [this, name, targets] { handleDevicesLoaded(name, targets); }, Qt::QueuedConnection);
    });
}

void BackupScheduler::handleDevicesLoaded(const QString &name, const Result<QList<QJsonObject>> &targets)
{
    const auto run = m_active.value(name);
    if (!run)
        return;
    BackupRun &record = run->record;
    if (!targets) {
        record.failures << BackupFailure{QString(), targets.error().detail, 0};
        record.failed = 1;
    } else {
        for (const QJsonObject &t : *targets) {
            Pending p{t.value(QStringLiteral("device")).toString(), t.value(QStringLiteral("site")).toString(), t, 0};
            run->waiting[p.site] << p;
        }
        record.devices = int(targets->size());
        run->open = record.devices;
    }
    emit runStarted(record);
    pump(*run);
    finishIfDone(name);
}

void BackupScheduler::pump(ActiveRun &run)
{
    for (auto it = run.waiting.begin(); it != run.waiting.end(); ++it) {
        while (!it->isEmpty() && run.inFlight.value(it.key()) < run.schedule.concurrencyPerSite) {
            const Pending next = it->takeFirst();
            run.inFlight[it.key()] += 1;
            submit(run, next);
        }
    }
}

void BackupScheduler::submit(ActiveRun &run, const Pending &pending)
{
    const QString name = run.schedule.name;
    Jobs::JobRequest request;
    request.kind = Jobs::Kind::sshBackup();
    request.targets = QJsonArray{pending.target};
    request.intent = QStringLiteral("scheduled backup %1 (%2)").arg(name, run.record.slot);
    request.idempotencyKey = jobKey(name, run.record.slot, pending.device, pending.attempt);
    request.requester = m_settings.requester;
    request.priority = Jobs::JobPriority::Background;
    auto submitted = m_engine->submit(request);
    if (!submitted) {
        // Settled on the next turn of the loop, as a job's end would be.
        const QString reason = submitted.error().detail;
        QMetaObject::invokeMethod(
            this, [this, name, pending, reason] { settle(name, pending, false, false, reason, false); },
            Qt::QueuedConnection);
        return;
    }
    const Jobs::Job &job = submitted->job;
    if (submitted->duplicate && Jobs::isTerminal(job.state)) {
        // Done by a previous service in this slot: its outcome counts, and
        // nothing is backed up again.
        QMetaObject::invokeMethod(
            this, [this, name, pending, job] { settleJob(name, pending, job, true); }, Qt::QueuedConnection);
        return;
    }
    m_jobs.insert(job.id, {name, pending});
}

void BackupScheduler::handleJobFinished(const Jobs::Job &job)
{
    const auto it = m_jobs.constFind(job.id);
    if (it == m_jobs.cend())
        return;
    const auto [name, pending] = it.value();
    m_jobs.erase(it);
    settleJob(name, pending, job, false);
}

void BackupScheduler::settleJob(const QString &name, const Pending &pending, const Jobs::Job &job, bool replayed)
{
    const bool ok = job.state == Jobs::JobState::Succeeded;
    const QJsonObject backup = job.result.value(QStringLiteral("backups")).toArray().at(0).toObject();
    const QString reason = job.error.isEmpty() ? Jobs::toString(job.state) : job.error;
    settle(name, pending, ok, backup.value(QStringLiteral("changed")).toBool(), reason, replayed);
}

void BackupScheduler::settle(const QString &name, const Pending &pending, bool ok, bool changed, const QString &reason,
                             bool replayed)
{
    const auto run = m_active.value(name);
    if (!run)
        return;
    BackupRun &record = run->record;
    run->inFlight[pending.site] -= 1;
    if (!ok && pending.attempt < run->schedule.retries) {
        Pending again = pending;
        again.attempt += 1;
        record.retries += 1;
        qCInfo(lcBackups, "backup schedule %s: %s failed (%s), attempt %d follows", qPrintable(name),
               qPrintable(pending.device), qPrintable(reason), again.attempt + 1);
        // The retry waits outside the site's limit; a replayed failure
        // already waited in the previous service.
        const int delay = replayed ? 0 : m_settings.retryBackoffMs * (1 << pending.attempt);
        QTimer::singleShot(delay, this, [this, name, slot = record.slot, again] {
            if (const auto active = m_active.value(name); active && active->record.slot == slot) {
                active->waiting[again.site].prepend(again);
                pump(*active);
            }
        });
        pump(*run);
        return;
    }
    if (ok)
        (changed ? record.succeeded : record.unchanged) += 1;
    else {
        record.failed += 1;
        record.failures << BackupFailure{pending.device, reason, pending.attempt + 1};
        qCWarning(lcBackups, "backup schedule %s: no backup of %s: %s", qPrintable(name), qPrintable(pending.device),
                  qPrintable(reason));
    }
    run->open -= 1;
    pump(*run);
    finishIfDone(name);
}

void BackupScheduler::finishIfDone(const QString &name)
{
    const auto run = m_active.value(name);
    if (!run || run->open > 0)
        return;
    m_active.remove(name);
    run->record.finishedAt = QDateTime::currentDateTimeUtc();
    QList<BackupRun> &history = m_history[name];
    history.prepend(run->record);
    while (history.size() > m_settings.historyPerSchedule)
        history.removeLast();
    saveHistory();
    qCInfo(lcBackups, "backup schedule %s, slot %s: %d devices, %d new, %d unchanged, %d failed", qPrintable(name),
           qPrintable(run->record.slot), run->record.devices, run->record.succeeded, run->record.unchanged,
           run->record.failed);
    emit runFinished(run->record);
}

} // namespace OpsDeck::Service
