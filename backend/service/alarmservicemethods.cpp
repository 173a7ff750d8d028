// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// The alarm service's methods over the service socket.
#include <cmath>

#include <QDateTime>
#include <QJsonArray>

#include "backend/alarms/alarmengine.h"
#include "backend/alarms/alarmstore.h"
#include "backend/alarms/rulepreview.h"
#include "backend/ipc/ipcserver.h"
#include "backend/metrics/metricstore.h"
#include "backend/notify/notifier.h"
#include "backend/service/alarmservice.h"

namespace OpsDeck::Service {

namespace {

Result<qint64> idOf(const QJsonObject &params)
{
    const qint64 id = params.value(QStringLiteral("id")).toInteger();
    if (id <= 0)
        return Error(ErrorCode::InvalidInput, QStringLiteral("\"id\" must name an alarm by its number"));
    return id;
}

QJsonArray toArray(const QList<Alarms::Alarm> &alarms)
{
    QJsonArray out;
    for (const Alarms::Alarm &a : alarms)
        out.append(a.toJson());
    return out;
}

QJsonObject eventJson(const Alarms::AlarmEvent &e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("event"), Alarms::transitionKindName(e.kind)},
                  {QStringLiteral("severity"), Alarms::severityName(e.severity)},
                  {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("detail"), e.detail},
                  {QStringLiteral("notified"), e.notify}};
    if (!std::isnan(e.value))
        o.insert(QStringLiteral("value"), e.value);
    return o;
}

QJsonObject windowJson(const Alarms::MaintenanceWindow &w)
{
    const auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("device"), w.scope.device},
            {QStringLiteral("site"), w.scope.site},
            {QStringLiteral("role"), w.scope.role},
            {QStringLiteral("tag"), w.scope.tag},
            {QStringLiteral("start"), time(w.startMs)},
            {QStringLiteral("end"), time(w.endMs)},
            {QStringLiteral("comment"), w.comment},
            {QStringLiteral("createdBy"), w.createdBy}};
}

/// A window from {"id"?, "device"|"site"|"role"|"tag", "start"?, "end" | "minutes", "comment"}.
Result<Alarms::MaintenanceWindow> windowFrom(const QJsonObject &params, qint64 nowMs, const QString &user)
{
    Alarms::MaintenanceWindow w;
    w.id = params.value(QStringLiteral("id")).toString();
    if (w.id.isEmpty())
        w.id = QStringLiteral("mw-%1").arg(nowMs);
    w.scope.device = params.value(QStringLiteral("device")).toString();
    w.scope.site = params.value(QStringLiteral("site")).toString();
    w.scope.role = params.value(QStringLiteral("role")).toString();
    w.scope.tag = params.value(QStringLiteral("tag")).toString();
    if (w.scope.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("a maintenance window needs a \"device\", \"site\", \"role\" or \"tag\""));
    const auto time = [](const QJsonValue &v) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(-1);
    };
    w.startMs = params.contains(QStringLiteral("start")) ? time(params.value(QStringLiteral("start"))) : nowMs;
    if (params.contains(QStringLiteral("minutes"))) {
        const int minutes = params.value(QStringLiteral("minutes")).toInt(-1);
        if (minutes < 1 || minutes > 60 * 24 * 31)
            return Error(ErrorCode::InvalidInput, QStringLiteral("\"minutes\" must be from 1 to 44640"));
        w.endMs = w.startMs + qint64(minutes) * 60000;
    } else {
        w.endMs = time(params.value(QStringLiteral("end")));
    }
    if (w.startMs < 0 || w.endMs < 0)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("\"start\" and \"end\" are ISO 8601 times (or give \"minutes\")"));
    if (w.endMs <= w.startMs)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a maintenance window must end after it starts"));
    w.comment = params.value(QStringLiteral("comment")).toString();
    w.createdBy = user;
    return w;
}

QJsonObject channelJson(const Notify::ChannelStatus &c)
{
    const auto time = [](qint64 ms) {
        return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                      : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("channel"), c.channel},
            {QStringLiteral("collecting"), c.collecting},
            {QStringLiteral("pending"), c.pending},
            {QStringLiteral("delivered"), c.delivered},
            {QStringLiteral("failed"), c.failed},
            {QStringLiteral("lastDelivered"), time(c.lastDeliveredMs)},
            {QStringLiteral("lastError"), c.lastError},
            {QStringLiteral("lastErrorAt"), time(c.lastErrorMs)},
            {QStringLiteral("oldestWaiting"), time(c.oldestWaitingMs)}};
}

} // namespace

Result<QJsonValue> AlarmService::testRule(const QJsonObject &params)
{
    constexpr qint64 kMaxPoints = 5'000'000;
    if (!m_metrics)
        return Error(ErrorCode::Unsupported, QStringLiteral("this service keeps no metrics to try rules on"));
    const int hours = params.value(QStringLiteral("hours")).toInt(24);
    if (hours < 1 || hours > 168)
        return Error(ErrorCode::InvalidInput, QStringLiteral("\"hours\" must be from 1 to 168"));
    Alarms::AlarmRule rule;
    const QJsonValue given = params.value(QStringLiteral("rule"));
    if (given.isString()) {
        const Alarms::AlarmRule *known = m_engine->rules().rule(given.toString());
        if (!known)
            return Error(ErrorCode::NotFound, QStringLiteral("no rule %1 (see rules list)").arg(given.toString()));
        rule = *known;
    } else if (given.isObject()) {
        Alarms::AlarmRulesConfig config;
        config.rules.clear();
        QList<Workspace::ConfigIssue> issues;
        config.readJson(QJsonObject{{QStringLiteral("rules"), QJsonArray{given}}}, QStringLiteral("rule"),
                        QStringLiteral("rules.test"), issues);
        issues << config.crossCheck(QStringLiteral("rule"), QStringLiteral("rules.test"));
        if (!issues.isEmpty())
            return Workspace::ConfigIssue::toError(issues);
        if (config.rules.size() != 1)
            return Error(ErrorCode::InvalidInput, QStringLiteral("\"rule\" must be one rule"));
        rule = config.rules.constFirst();
    } else {
        return Error(ErrorCode::InvalidInput, QStringLiteral("\"rule\" must be a rule id or a rule object"));
    }
    if (!rule.isSeriesRule())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("rule %1 is a %2 rule: only threshold, rate-of-change and optical power rules "
                                    "can be tried on stored metrics")
                         .arg(rule.id, Alarms::ruleKindName(rule.kind)));

    if (auto st = m_metrics->flush(); !st)
        return st.error();
    auto found = m_metrics->seriesOf(rule.metric);
    if (!found)
        return found.error();
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - qint64(hours) * 3600 * 1000;
    QList<Alarms::PreviewSeries> series;
    qint64 points = 0;
    for (const auto &[id, key] : std::as_const(*found)) {
        auto data = m_metrics->query(id, from, to, Metrics::Resolution::Raw);
        if (!data)
            return data.error();
        // By the device's name, as the live engine and the rule's scope know it.
        Alarms::PreviewSeries s{Domain::SeriesKey{deviceName(key.device), key.object, key.metric}, {}};
        s.points.reserve(data->size());
        for (const Metrics::MetricPoint &p : std::as_const(*data))
            s.points.append({p.timestampMs, p.avg});
        points += s.points.size();
        if (points > kMaxPoints)
            return Error(
                ErrorCode::InvalidInput,
                QStringLiteral("more than %1 stored points of %2: give fewer hours").arg(kMaxPoints).arg(rule.metric));
        series << s;
    }
    auto hits = Alarms::RulePreview::run(rule, series, m_labels.values());
    if (!hits)
        return hits.error();
    QJsonArray out;
    for (const Alarms::PreviewHit &h : std::as_const(*hits))
        out.append(h.toJson());
    return QJsonValue(QJsonObject{{QStringLiteral("rule"), rule.toJson()},
                                  {QStringLiteral("hours"), hours},
                                  {QStringLiteral("series"), int(series.size())},
                                  {QStringLiteral("points"), points},
                                  {QStringLiteral("hits"), out}});
}

void AlarmService::registerMethods()
{
    using Params = const QJsonObject &;
    // One operator action on one alarm: the alarm as it is after it.
    const auto action = [this](auto act) {
        return [this, act](Params params, const QString &peer) -> Result<QJsonValue> {
            auto id = idOf(params);
            if (!id)
                return id.error();
            const QString comment = params.value(QStringLiteral("comment")).toString();
            if (auto st = act(*id, peer, comment, params); !st)
                return st.error();
            return alarmAnswer(*id);
        };
    };

    registerEngineMethod(QStringLiteral("alarm.list"), [this](Params, const QString &) {
        return Result<QJsonValue>(toArray(m_engine->activeAlarms()));
    });
    registerEngineMethod(QStringLiteral("alarm.get"), [this](Params params, const QString &) -> Result<QJsonValue> {
        auto id = idOf(params);
        if (!id)
            return id.error();
        auto alarm = alarmAnswer(*id);
        if (!alarm)
            return alarm.error();
        auto events = m_store->events(*id);
        if (!events)
            return events.error();
        QJsonArray history;
        for (const Alarms::AlarmEvent &e : std::as_const(*events))
            history.append(eventJson(e));
        const QJsonObject answer{{QStringLiteral("alarm"), *alarm},
                                 {QStringLiteral("events"), history},
                                 {QStringLiteral("symptoms"), toArray(m_engine->symptomsOf(*id))}};
        return QJsonValue(answer);
    });
    registerEngineMethod(QStringLiteral("alarm.history"), [this](Params params, const QString &) -> Result<QJsonValue> {
        const QString device = params.value(QStringLiteral("device")).toString();
        if (device.isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("\"device\" names the device whose alarms to list"));
        const int limit = params.value(QStringLiteral("limit")).toInt(200);
        if (limit < 1 || limit > 10000)
            return Error(ErrorCode::InvalidInput, QStringLiteral("\"limit\" must be from 1 to 10000"));
        auto alarms = m_store->alarmsOf(device, limit);
        if (!alarms)
            return alarms.error();
        return QJsonValue(toArray(*alarms));
    });
    registerEngineMethod(QStringLiteral("alarm.ack"),
                         action([this](qint64 id, const QString &peer, const QString &comment, Params) {
                             return m_engine->acknowledge(id, peer, comment);
                         }));
    registerEngineMethod(QStringLiteral("alarm.shelve"),
                         action([this](qint64 id, const QString &peer, const QString &comment, Params params) {
                             auto until = shelveUntil(params, m_engine->now());
                             if (!until)
                                 return Status(until.error());
                             return m_engine->shelve(id, *until, peer, comment);
                         }));
    registerEngineMethod(QStringLiteral("alarm.unshelve"),
                         action([this](qint64 id, const QString &peer, const QString &, Params) {
                             return m_engine->unshelve(id, peer);
                         }));
    registerEngineMethod(QStringLiteral("alarm.clear"),
                         action([this](qint64 id, const QString &peer, const QString &comment, Params) {
                             return m_engine->clear(id, peer, comment);
                         }));
    registerConfigMethods();
}

void AlarmService::registerConfigMethods()
{
    using Params = const QJsonObject &;
    registerEngineMethod(QStringLiteral("rules.list"), [this](Params, const QString &) {
        QJsonObject out = m_engine->rules().toJson();
        out.insert(QStringLiteral("problems"), QJsonArray::fromStringList(m_ruleProblems));
        return Result<QJsonValue>(out);
    });
    registerEngineMethod(QStringLiteral("maintenance.list"), [this](Params, const QString &) {
        QJsonArray out;
        for (const Alarms::MaintenanceWindow &w : m_engine->maintenanceWindows())
            out.append(windowJson(w));
        return Result<QJsonValue>(out);
    });
    registerEngineMethod(QStringLiteral("maintenance.set"),
                         [this](Params params, const QString &peer) -> Result<QJsonValue> {
                             auto window = windowFrom(params, m_engine->now(), peer);
                             if (!window)
                                 return window.error();
                             if (auto st = m_engine->setMaintenanceWindow(*window); !st)
                                 return st.error();
                             return QJsonValue(windowJson(*window));
                         });
    registerEngineMethod(
        QStringLiteral("maintenance.remove"), [this](Params params, const QString &) -> Result<QJsonValue> {
            const QString id = params.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                return Error(ErrorCode::InvalidInput, QStringLiteral("\"id\" names the maintenance window"));
            if (auto st = m_engine->removeMaintenanceWindow(id); !st)
                return st.error();
            return QJsonValue(QJsonObject{{QStringLiteral("removed"), id}});
        });
    registerEngineMethod(QStringLiteral("rules.test"),
                         [this](Params params, const QString &) { return testRule(params); });
    registerEngineMethod(QStringLiteral("notify.status"), [this](Params, const QString &) -> Result<QJsonValue> {
        QJsonArray channels;
        if (m_notifier) {
            auto status = m_notifier->channelStatus();
            if (!status)
                return status.error();
            for (const Notify::ChannelStatus &c : std::as_const(*status))
                channels.append(channelJson(c));
        }
        return QJsonValue(QJsonObject{{QStringLiteral("enabled"), m_notifier != nullptr},
                                      {QStringLiteral("channels"), channels},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(m_notifyProblems)}});
    });
}

void AlarmService::registerEngineMethod(const QString &method,
                                        std::function<Result<QJsonValue>(const QJsonObject &, const QString &)> handler)
{
    m_server->registerMethod(
        method,
        [this, handler = std::move(handler)](const QJsonObject &params, const QString &peer) -> Result<QJsonValue> {
            if (!m_engine)
                return Error(ErrorCode::Unsupported, QStringLiteral("the alarm engine is not running in this service"));
            // Alarm history names the operator's account, not the program.
            const QString user = Ipc::IpcServer::userOf(peer);
            return handler(params, user.isEmpty() ? peer : user);
        });
}

} // namespace OpsDeck::Service
