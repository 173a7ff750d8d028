// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// The alarm lifecycle: raise, update, clear, operator actions, flapping,
// maintenance windows and deadlines. Rule evaluation is in
// alarmevaluation.cpp, root-cause grouping in alarmgrouping.cpp.
#include "backend/alarms/alarmengine.h"

#include <algorithm>

#include <QDateTime>
#include <QLoggingCategory>

#include "backend/alarms/alarmstore.h"

Q_LOGGING_CATEGORY(lcAlarms, "opsdeck.alarms")

namespace OpsDeck::Alarms {

namespace {

constexpr qint64 kMaxTimerMs = 3600 * 1000;

Error missingUser()
{
    return Error(ErrorCode::InvalidInput, QStringLiteral("an operator action needs the acting user"));
}

} // namespace

AlarmEngine::AlarmEngine(AlarmStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<AlarmTransition>();
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &AlarmEngine::checkDeadlines);
    setRules(AlarmRulesConfig::defaults());
}

AlarmEngine::~AlarmEngine() = default;

void AlarmEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

Status AlarmEngine::start()
{
    if (m_store) {
        auto open = m_store->openAlarms();
        if (!open)
            return open.error();
        auto windows = m_store->maintenanceWindows();
        if (!windows)
            return windows.error();
        m_storedWindows = *windows;
        for (const Alarm &a : std::as_const(*open)) {
            m_alarms[a.id] = a;
            m_byKey.insert(a.key, a.id);
        }
        qCInfo(lcAlarms) << "restored" << open->size() << "open alarms and" << windows->size()
                         << "maintenance windows";
    }
    // Bindings made before the restore must see the restored alarms.
    m_series.clear();
    m_anomalies.clear();
    m_bindings.clear();
    checkDeadlines();
    return {};
}

qint64 AlarmEngine::raise(const Subject &s, qint64 t, double value)
{
    const qint64 existingId = m_byKey.value(s.key);
    auto existing = existingId ? m_alarms.find(existingId) : m_alarms.end();
    if (existing != m_alarms.end() && existing->second.isActive()) {
        // Seen again while active: a repeat, not a new raise.
        Alarm &a = existing->second;
        a.lastSeenMs = t;
        a.value = value;
        a.severity = s.severity;
        ++a.count;
        commit(a, TransitionKind::Updated, false, t);
        return a.id;
    }
    const qint64 windowMs = qint64(m_config.flap.windowSeconds) * 1000;
    Alarm fresh;
    Alarm *a = nullptr;
    if (existing != m_alarms.end() && t - existing->second.clearedMs < windowMs) {
        a = &existing->second; // back within the flap window: the same alarm reopens
        ++a->count;
        a->acknowledged = false;
        a->ackBy.clear();
        a->ackComment.clear();
        a->ackMs = 0;
    } else {
        if (existing != m_alarms.end())
            m_alarms.erase(existing);
        fresh.id = m_store ? m_store->nextAlarmId() : ++m_localId;
        fresh.key = s.key;
        fresh.firstRaisedMs = t;
        fresh.count = 1;
        a = &(m_alarms[fresh.id] = fresh);
        m_byKey.insert(s.key, a->id);
    }
    const CompiledRule &rule = m_rules.at(size_t(s.rule));
    a->ruleId = rule.rule.id;
    a->kind = rule.rule.kind;
    a->severity = s.severity;
    a->device = s.device;
    a->object = s.object;
    a->metric = s.metric;
    a->summary = s.summary;
    a->state = AlarmState::Active;
    a->lastRaisedMs = a->lastSeenMs = t;
    a->clearedMs = 0;
    a->value = value;
    a->notified = false;
    a->inMaintenance = inMaintenance(a->device, t);
    countTransition(*a, t);
    if (m_holding) {
        m_held << a->id; // emitted by releaseHeld() once grouped
        return a->id;
    }
    const bool notify = !isQuiet(*a, t) && !a->flapping;
    a->notified = notify;
    commit(*a, TransitionKind::Raised, notify, t, {}, a->summary);
    return a->id;
}

void AlarmEngine::clearAlarm(qint64 alarmId, qint64 t, double value, const QString &actor, const QString &detail)
{
    const auto it = m_alarms.find(alarmId);
    if (it == m_alarms.end() || !it->second.isActive())
        return;
    Alarm &a = it->second;
    a.state = AlarmState::Cleared;
    a.clearedMs = a.lastSeenMs = t;
    a.value = value;
    countTransition(a, t);
    const bool notify = a.notified && !a.flapping;
    a.notified = false;
    m_held.removeAll(alarmId);
    commit(a, TransitionKind::Cleared, notify, t, actor, detail);
}

void AlarmEngine::touch(qint64 alarmId, qint64 t, double value)
{
    const auto it = m_alarms.find(alarmId);
    if (it == m_alarms.end())
        return;
    it->second.lastSeenMs = t;
    it->second.value = value;
    m_dirty.insert(alarmId);
}

void AlarmEngine::commit(Alarm &a, TransitionKind kind, bool notify, qint64 t, const QString &actor,
                         const QString &detail)
{
    if (m_store) {
        AlarmEvent event;
        event.alarmId = a.id;
        event.atMs = t;
        event.kind = kind;
        event.severity = a.severity;
        event.value = a.value;
        event.actor = actor;
        event.detail = detail;
        event.notify = notify;
        if (auto seq = m_store->record(a, event); !seq) {
            qCWarning(lcAlarms) << "cannot record alarm" << a.id << ":" << seq.error().toString();
            m_dirty.insert(a.id); // retried by flush()
            emit errorOccurred(seq.error());
        } else {
            m_dirty.remove(a.id);
        }
    }
    emit transition(AlarmTransition{kind, a, notify, t, actor, detail});
}

void AlarmEngine::countTransition(Alarm &a, qint64 t)
{
    QList<qint64> &times = m_flapTimes[a.id];
    const qint64 windowMs = qint64(m_config.flap.windowSeconds) * 1000;
    times << t;
    while (!times.isEmpty() && times.constFirst() <= t - windowMs)
        times.removeFirst();
    if (a.flapping || times.size() < m_config.flap.transitions)
        return;
    a.flapping = true;
    // The one notification of a flapping alarm, unless something keeps it quiet.
    const bool notify = !isQuiet(a, t);
    a.notified = a.notified || notify;
    commit(a, TransitionKind::FlappingStarted, notify, t, {},
           QStringLiteral("%1 transitions within %2 s").arg(times.size()).arg(m_config.flap.windowSeconds));
    armDeadlineTimer();
}

bool AlarmEngine::isQuiet(const Alarm &a, qint64 t) const
{
    return a.inMaintenance || a.isShelvedAt(t) || a.isSymptom();
}

void AlarmEngine::exposeIfDue(Alarm &a, qint64 t, const QString &why)
{
    if (!a.isActive() || a.notified || a.flapping || isQuiet(a, t))
        return;
    a.notified = true;
    commit(a, TransitionKind::Exposed, true, t, {}, why);
}

bool AlarmEngine::inMaintenance(const QString &device, qint64 t) const
{
    const Domain::DeviceLabels *labels = labelsOf(device);
    for (const QList<MaintenanceWindow> *list : {&m_config.maintenance, &m_storedWindows}) {
        for (const MaintenanceWindow &w : *list) {
            if (w.isActiveAt(t) && w.scope.matches(device, labels))
                return true;
        }
    }
    return false;
}

void AlarmEngine::updateMaintenance(qint64 t)
{
    for (auto &[id, a] : m_alarms) {
        if (!a.isActive())
            continue;
        const bool now = inMaintenance(a.device, t);
        if (now == a.inMaintenance)
            continue;
        a.inMaintenance = now;
        commit(a, now ? TransitionKind::MaintenanceStarted : TransitionKind::MaintenanceEnded, false, t);
        if (!now)
            exposeIfDue(a, t, QStringLiteral("maintenance ended"));
    }
}

void AlarmEngine::checkDeadlines()
{
    const qint64 t = now();
    const qint64 windowMs = qint64(m_config.flap.windowSeconds) * 1000;
    for (auto &[id, a] : m_alarms) {
        if (a.shelvedUntilMs && a.shelvedUntilMs <= t) {
            a.shelvedUntilMs = 0;
            commit(a, TransitionKind::Unshelved, false, t, {}, QStringLiteral("shelve expired"));
            exposeIfDue(a, t, QStringLiteral("shelve expired"));
        }
        const QList<qint64> times = m_flapTimes.value(id);
        if (a.flapping && (times.isEmpty() || times.constLast() <= t - windowMs)) {
            a.flapping = false;
            commit(a, TransitionKind::FlappingStopped, false, t);
        }
    }
    updateMaintenance(t);
    // Cleared alarms are kept for the flap window only.
    for (auto it = m_alarms.begin(); it != m_alarms.end();) {
        if (!it->second.isActive() && it->second.clearedMs <= t - windowMs && !it->second.flapping) {
            if (m_byKey.value(it->second.key) == it->first)
                m_byKey.remove(it->second.key);
            m_flapTimes.remove(it->first);
            it = m_alarms.erase(it);
        } else {
            ++it;
        }
    }
    armDeadlineTimer();
}

void AlarmEngine::armDeadlineTimer()
{
    const qint64 t = now();
    qint64 next = 0;
    const auto consider = [&](qint64 when) {
        if (when > t && (!next || when < next))
            next = when;
    };
    const qint64 windowMs = qint64(m_config.flap.windowSeconds) * 1000;
    for (const auto &[id, a] : m_alarms) {
        consider(a.shelvedUntilMs);
        if (a.flapping && !m_flapTimes.value(id).isEmpty())
            consider(m_flapTimes.value(id).constLast() + windowMs);
    }
    for (const QList<MaintenanceWindow> *list : {&m_config.maintenance, &m_storedWindows}) {
        for (const MaintenanceWindow &w : *list) {
            consider(w.startMs);
            consider(w.endMs);
        }
    }
    if (!next) {
        m_deadlineTimer.stop();
        return;
    }
    m_deadlineTimer.start(int(std::clamp<qint64>(next - t, 0, kMaxTimerMs)));
}

Result<Alarm *> AlarmEngine::operatorTarget(qint64 alarmId, const QString &user)
{
    if (user.trimmed().isEmpty())
        return missingUser();
    const auto it = m_alarms.find(alarmId);
    if (it == m_alarms.end())
        return Error(ErrorCode::NotFound, QStringLiteral("no open alarm %1").arg(alarmId),
                     {{QStringLiteral("alarm"), alarmId}});
    return &it->second;
}

Status AlarmEngine::acknowledge(qint64 alarmId, const QString &user, const QString &comment)
{
    auto target = operatorTarget(alarmId, user);
    if (!target)
        return target.error();
    Alarm &a = **target;
    const qint64 t = now();
    a.acknowledged = true;
    a.ackBy = user;
    a.ackComment = comment;
    a.ackMs = t;
    commit(a, TransitionKind::Acknowledged, false, t, user, comment);
    return {};
}

Status AlarmEngine::shelve(qint64 alarmId, qint64 untilMs, const QString &user, const QString &comment)
{
    auto target = operatorTarget(alarmId, user);
    if (!target)
        return target.error();
    const qint64 t = now();
    if (untilMs <= t)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a shelve must end in the future"),
                     {{QStringLiteral("alarm"), alarmId}, {QStringLiteral("until"), untilMs}});
    Alarm &a = **target;
    a.shelvedUntilMs = untilMs;
    a.shelvedBy = user;
    a.shelveComment = comment;
    // "Remind me later": an alarm still active when the shelve ends is
    // notified again, and a clear meanwhile is not.
    a.notified = false;
    commit(a, TransitionKind::Shelved, false, t, user, comment);
    armDeadlineTimer();
    return {};
}

Status AlarmEngine::unshelve(qint64 alarmId, const QString &user)
{
    auto target = operatorTarget(alarmId, user);
    if (!target)
        return target.error();
    Alarm &a = **target;
    const qint64 t = now();
    if (!a.shelvedUntilMs)
        return {};
    a.shelvedUntilMs = 0;
    commit(a, TransitionKind::Unshelved, false, t, user);
    exposeIfDue(a, t, QStringLiteral("unshelved"));
    armDeadlineTimer();
    return {};
}

Status AlarmEngine::clear(qint64 alarmId, const QString &user, const QString &comment)
{
    auto target = operatorTarget(alarmId, user);
    if (!target)
        return target.error();
    const bool reachability = (*target)->kind == RuleKind::IcmpDown || (*target)->kind == RuleKind::SnmpUnreachable;
    clearAlarm(alarmId, now(), (*target)->value, user, comment);
    if (reachability)
        regroup(now());
    return {};
}

Status AlarmEngine::setMaintenanceWindow(const MaintenanceWindow &window)
{
    if (window.id.isEmpty() || window.endMs <= window.startMs)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a maintenance window needs an id and an end after its start"),
                     {{QStringLiteral("window"), window.id}});
    if (m_store) {
        if (auto st = m_store->saveMaintenance(window); !st)
            return st;
    }
    m_storedWindows.removeIf([&](const MaintenanceWindow &w) { return w.id == window.id; });
    m_storedWindows << window;
    updateMaintenance(now());
    armDeadlineTimer();
    return {};
}

Status AlarmEngine::removeMaintenanceWindow(const QString &id)
{
    if (m_store) {
        if (auto st = m_store->removeMaintenance(id); !st)
            return st;
    }
    if (!m_storedWindows.removeIf([&](const MaintenanceWindow &w) { return w.id == id; }))
        return Error(ErrorCode::NotFound, QStringLiteral("no maintenance window %1").arg(id));
    updateMaintenance(now());
    armDeadlineTimer();
    return {};
}

QList<MaintenanceWindow> AlarmEngine::maintenanceWindows() const
{
    return m_config.maintenance + m_storedWindows;
}

QList<Alarm> AlarmEngine::activeAlarms() const
{
    QList<Alarm> out;
    for (const auto &[id, a] : m_alarms) {
        if (a.isActive())
            out << a;
    }
    return out;
}

std::optional<Alarm> AlarmEngine::alarm(qint64 alarmId) const
{
    const auto it = m_alarms.find(alarmId);
    return it == m_alarms.end() ? std::nullopt : std::optional<Alarm>(it->second);
}

QList<Alarm> AlarmEngine::symptomsOf(qint64 alarmId) const
{
    QList<Alarm> out;
    for (const auto &[id, a] : m_alarms) {
        if (a.isActive() && a.rootCauseId == alarmId)
            out << a;
    }
    return out;
}

Status AlarmEngine::flush()
{
    if (!m_store || m_dirty.isEmpty())
        return {};
    QList<Alarm> rows;
    for (qint64 id : std::as_const(m_dirty)) {
        const auto it = m_alarms.find(id);
        if (it != m_alarms.end())
            rows << it->second;
    }
    if (auto st = m_store->saveAlarms(rows); !st)
        return st;
    m_dirty.clear();
    return {};
}

} // namespace OpsDeck::Alarms
