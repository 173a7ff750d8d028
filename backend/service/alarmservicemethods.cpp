// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// The alarm service's methods over the service socket.
#include <cmath>

#include <QDateTime>
#include <QJsonArray>

#include "backend/alarms/alarmengine.h"
#include "backend/alarms/alarmstore.h"
#include "backend/ipc/ipcserver.h"
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

void AlarmService::registerMethods()
{
    using Params = const QJsonObject &;
    const auto engineCall = [this](auto f) {
        return [this, f](Params params, const QString &peer) -> Result<QJsonValue> {
            if (!m_engine)
                return Error(ErrorCode::Unsupported, QStringLiteral("the alarm engine is not running in this service"));
            return f(params, peer);
        };
    };
    // One operator action on one alarm: the alarm as it is after it.
    const auto action = [this, engineCall](auto act) {
        return engineCall([this, act](Params params, const QString &peer) -> Result<QJsonValue> {
            auto id = idOf(params);
            if (!id)
                return id.error();
            const QString comment = params.value(QStringLiteral("comment")).toString();
            if (auto st = act(*id, peer, comment, params); !st)
                return st.error();
            return alarmAnswer(*id);
        });
    };

    m_server->registerMethod(QStringLiteral("alarm.list"), engineCall([this](Params, const QString &) {
                                 return Result<QJsonValue>(toArray(m_engine->activeAlarms()));
                             }));
    m_server->registerMethod(
        QStringLiteral("alarm.get"), engineCall([this](Params params, const QString &) -> Result<QJsonValue> {
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
        }));
    m_server->registerMethod(QStringLiteral("alarm.ack"),
                             action([this](qint64 id, const QString &peer, const QString &comment, Params) {
                                 return m_engine->acknowledge(id, peer, comment);
                             }));
    m_server->registerMethod(QStringLiteral("alarm.shelve"),
                             action([this](qint64 id, const QString &peer, const QString &comment, Params params) {
                                 auto until = shelveUntil(params, m_engine->now());
                                 if (!until)
                                     return Status(until.error());
                                 return m_engine->shelve(id, *until, peer, comment);
                             }));
    m_server->registerMethod(QStringLiteral("alarm.unshelve"),
                             action([this](qint64 id, const QString &peer, const QString &, Params) {
                                 return m_engine->unshelve(id, peer);
                             }));
    m_server->registerMethod(QStringLiteral("alarm.clear"),
                             action([this](qint64 id, const QString &peer, const QString &comment, Params) {
                                 return m_engine->clear(id, peer, comment);
                             }));
    m_server->registerMethod(QStringLiteral("rules.list"), engineCall([this](Params, const QString &) {
                                 QJsonObject out = m_engine->rules().toJson();
                                 out.insert(QStringLiteral("problems"), QJsonArray::fromStringList(m_ruleProblems));
                                 return Result<QJsonValue>(out);
                             }));
    m_server->registerMethod(
        QStringLiteral("notify.status"), engineCall([this](Params, const QString &) -> Result<QJsonValue> {
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
        }));
}

} // namespace OpsDeck::Service
