// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/alarms/alarmstore.h"

#include "backend/store/moduleconnection.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "backend/store/store.h"

namespace OpsDeck::Alarms {

namespace {

const char kAlarmColumns[] = "id, alarm_key, rule_id, kind, severity, device, object, metric, summary, state,"
                             " first_raised, last_raised, last_seen, cleared_at, raise_count, value, acknowledged,"
                             " ack_by, ack_comment, ack_at, shelved_until, shelved_by, shelve_comment,"
                             " in_maintenance, flapping, root_cause_id, symptoms, notified";
constexpr int kAlarmColumnCount = 28;

QVariant timeValue(qint64 ms)
{
    return ms ? QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QVariant();
}

qint64 timeFrom(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? 0 : QDateTime::fromString(s, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QVariant numberValue(double d)
{
    return std::isfinite(d) ? QVariant(d) : QVariant();
}

double numberFrom(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

Alarm alarmFrom(const QSqlQuery &q)
{
    Alarm a;
    a.id = q.value(0).toLongLong();
    a.key = q.value(1).toString();
    a.ruleId = q.value(2).toString();
    a.kind = ruleKindFromName(q.value(3).toString()).value_or(RuleKind::Threshold);
    a.severity = severityFromName(q.value(4).toString()).value_or(Severity::Major);
    a.device = q.value(5).toString();
    a.object = q.value(6).toString();
    a.metric = q.value(7).toString();
    a.summary = q.value(8).toString();
    a.state = q.value(9).toString() == QLatin1String("active") ? AlarmState::Active : AlarmState::Cleared;
    a.firstRaisedMs = timeFrom(q.value(10));
    a.lastRaisedMs = timeFrom(q.value(11));
    a.lastSeenMs = timeFrom(q.value(12));
    a.clearedMs = timeFrom(q.value(13));
    a.count = q.value(14).toInt();
    a.value = numberFrom(q.value(15));
    a.acknowledged = q.value(16).toBool();
    a.ackBy = q.value(17).toString();
    a.ackComment = q.value(18).toString();
    a.ackMs = timeFrom(q.value(19));
    a.shelvedUntilMs = timeFrom(q.value(20));
    a.shelvedBy = q.value(21).toString();
    a.shelveComment = q.value(22).toString();
    a.inMaintenance = q.value(23).toBool();
    a.flapping = q.value(24).toBool();
    a.rootCauseId = q.value(25).toLongLong();
    a.symptoms = q.value(26).toInt();
    a.notified = q.value(27).toBool();
    return a;
}

} // namespace

AlarmStore::AlarmStore(std::unique_ptr<Store::ModuleConnection> connection)
    : m_connection(std::move(connection))
{}

AlarmStore::~AlarmStore() = default;

QSqlDatabase AlarmStore::db() const
{
    return m_connection->db();
}

Store::Dialect AlarmStore::dialect() const
{
    return m_connection->dialect();
}

Result<std::unique_ptr<AlarmStore>> AlarmStore::openSqlite(const QString &path)
{
    auto connection = Store::ModuleConnection::openSqlite(path, QStringLiteral("the alarm store"),
                                                          Store::ModuleConnection::Durability::Normal);
    if (!connection)
        return connection.error();
    return finishOpen(std::unique_ptr<AlarmStore>(new AlarmStore(std::move(*connection))));
}

Result<std::unique_ptr<AlarmStore>> AlarmStore::openPostgres(const Store::PostgresParams &params)
{
    auto connection = Store::ModuleConnection::openPostgres(params, QStringLiteral("the alarm store"));
    if (!connection)
        return connection.error();
    return finishOpen(std::unique_ptr<AlarmStore>(new AlarmStore(std::move(*connection))));
}

Result<std::unique_ptr<AlarmStore>> AlarmStore::finishOpen(std::unique_ptr<AlarmStore> store)
{
    QSqlQuery q(store->db());
    q.prepare(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM alarms),"
                             " (SELECT COALESCE(MAX(seq), 0) FROM alarm_events)"));
    if (auto st = store->exec(q, QStringLiteral("cannot read the last alarm ids")); !st)
        return st.error();
    if (q.next()) {
        store->m_lastAlarmId = q.value(0).toLongLong();
        store->m_lastSeq = q.value(1).toLongLong();
    }
    return store;
}

Status AlarmStore::exec(QSqlQuery &query, const QString &what) const
{
    return m_connection->exec(query, what);
}

Status AlarmStore::transaction(const std::function<Status()> &work)
{
    return m_connection->transaction(work);
}

Status AlarmStore::upsert(const Alarm &a)
{
    QString update;
    const QStringList columns = QString::fromLatin1(kAlarmColumns).split(QStringLiteral(", "));
    for (qsizetype i = 1; i < columns.size(); ++i)
        update += (i > 1 ? QStringLiteral(", ") : QString()) + columns.at(i).trimmed() +
                  QStringLiteral(" = excluded.") + columns.at(i).trimmed();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO alarms (%1) VALUES (%2) ON CONFLICT (id) DO UPDATE SET %3")
                  .arg(QString::fromLatin1(kAlarmColumns),
                       QStringList(kAlarmColumnCount, QStringLiteral("?")).join(QStringLiteral(", ")), update));
    const QVariantList values{a.id,
                              a.key,
                              a.ruleId,
                              ruleKindName(a.kind),
                              severityName(a.severity),
                              a.device,
                              a.object,
                              a.metric,
                              a.summary,
                              alarmStateName(a.state),
                              timeValue(a.firstRaisedMs),
                              timeValue(a.lastRaisedMs),
                              timeValue(a.lastSeenMs),
                              timeValue(a.clearedMs),
                              a.count,
                              numberValue(a.value),
                              a.acknowledged,
                              a.ackBy,
                              a.ackComment,
                              timeValue(a.ackMs),
                              timeValue(a.shelvedUntilMs),
                              a.shelvedBy,
                              a.shelveComment,
                              a.inMaintenance,
                              a.flapping,
                              a.rootCauseId,
                              a.symptoms,
                              a.notified};
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, QStringLiteral("cannot store alarm %1").arg(a.id));
}

Result<qint64> AlarmStore::record(const Alarm &alarm, const AlarmEvent &event)
{
    const qint64 seq = m_lastSeq + 1;
    Status st = transaction([&]() -> Status {
        if (auto s = upsert(alarm); !s)
            return s;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO alarm_events (seq, alarm_id, at, event, severity, value, actor, detail,"
                                 " notify) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(seq);
        q.addBindValue(event.alarmId);
        q.addBindValue(timeValue(event.atMs));
        q.addBindValue(transitionKindName(event.kind));
        q.addBindValue(severityName(event.severity));
        q.addBindValue(numberValue(event.value));
        q.addBindValue(event.actor);
        q.addBindValue(event.detail);
        q.addBindValue(event.notify);
        return exec(q, QStringLiteral("cannot store an alarm event"));
    });
    if (!st)
        return st.error();
    m_lastSeq = seq;
    return seq;
}

Status AlarmStore::saveAlarms(const QList<Alarm> &alarms)
{
    return transaction([&]() -> Status {
        for (const Alarm &a : alarms) {
            if (auto s = upsert(a); !s)
                return s;
        }
        return {};
    });
}

Result<QList<Alarm>> AlarmStore::readAlarms(QSqlQuery &query)
{
    if (auto st = exec(query, QStringLiteral("cannot read alarms")); !st)
        return st.error();
    QList<Alarm> out;
    while (query.next())
        out << alarmFrom(query);
    return out;
}

Result<QList<Alarm>> AlarmStore::openAlarms()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alarms WHERE state = 'active' ORDER BY id")
                  .arg(QString::fromLatin1(kAlarmColumns)));
    return readAlarms(q);
}

Result<QList<Alarm>> AlarmStore::alarmsOf(const QString &device, int limit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alarms WHERE device = ? ORDER BY last_raised DESC, id DESC LIMIT ?")
                  .arg(QString::fromLatin1(kAlarmColumns)));
    q.addBindValue(device);
    q.addBindValue(limit);
    return readAlarms(q);
}

Result<std::optional<Alarm>> AlarmStore::alarm(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM alarms WHERE id = ?").arg(QString::fromLatin1(kAlarmColumns)));
    q.addBindValue(id);
    auto rows = readAlarms(q);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<Alarm>() : std::optional<Alarm>(rows->constFirst());
}

Result<QList<AlarmEvent>> AlarmStore::events(qint64 alarmId, qint64 afterSeq, int limit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT seq, alarm_id, at, event, severity, value, actor, detail, notify"
                                 " FROM alarm_events WHERE seq > ?");
    if (alarmId)
        sql += QStringLiteral(" AND alarm_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    if (alarmId)
        q.addBindValue(alarmId);
    q.addBindValue(limit);
    if (auto st = exec(q, QStringLiteral("cannot read alarm history")); !st)
        return st.error();
    QList<AlarmEvent> out;
    while (q.next()) {
        AlarmEvent e;
        e.seq = q.value(0).toLongLong();
        e.alarmId = q.value(1).toLongLong();
        e.atMs = timeFrom(q.value(2));
        e.kind = transitionKindFromName(q.value(3).toString()).value_or(TransitionKind::Updated);
        e.severity = severityFromName(q.value(4).toString()).value_or(Severity::Major);
        e.value = numberFrom(q.value(5));
        e.actor = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.notify = q.value(8).toBool();
        out << e;
    }
    return out;
}

Status AlarmStore::saveMaintenance(const MaintenanceWindow &w)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO alarm_maintenance (id, device, site, role, tag, starts_at, ends_at, comment,"
                             " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                             " device = excluded.device, site = excluded.site, role = excluded.role,"
                             " tag = excluded.tag, starts_at = excluded.starts_at, ends_at = excluded.ends_at,"
                             " comment = excluded.comment, created_by = excluded.created_by"));
    for (const QVariant &v : QVariantList{w.id, w.scope.device, w.scope.site, w.scope.role, w.scope.tag,
                                          timeValue(w.startMs), timeValue(w.endMs), w.comment, w.createdBy})
        q.addBindValue(v);
    return exec(q, QStringLiteral("cannot store maintenance window %1").arg(w.id));
}

Status AlarmStore::removeMaintenance(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM alarm_maintenance WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, QStringLiteral("cannot remove maintenance window %1").arg(id));
}

Result<QList<MaintenanceWindow>> AlarmStore::maintenanceWindows()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, device, site, role, tag, starts_at, ends_at, comment, created_by"
                             " FROM alarm_maintenance ORDER BY starts_at, id"));
    if (auto st = exec(q, QStringLiteral("cannot read maintenance windows")); !st)
        return st.error();
    QList<MaintenanceWindow> out;
    while (q.next()) {
        MaintenanceWindow w;
        w.id = q.value(0).toString();
        w.scope = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        w.startMs = timeFrom(q.value(5));
        w.endMs = timeFrom(q.value(6));
        w.comment = q.value(7).toString();
        w.createdBy = q.value(8).toString();
        out << w;
    }
    return out;
}

} // namespace OpsDeck::Alarms
