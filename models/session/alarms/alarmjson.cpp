// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/alarms/alarmjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace OpsDeck::Models {

namespace {

qint64 timeOf(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty())
        return 0;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

double valueOf(const QJsonObject &json)
{
    const QJsonValue v = json.value(QStringLiteral("value"));
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

Alarms::Alarm alarmFromJson(const QJsonObject &json)
{
    Alarms::Alarm a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.key = json.value(QStringLiteral("key")).toString();
    a.ruleId = json.value(QStringLiteral("rule")).toString();
    a.kind = Alarms::ruleKindFromName(json.value(QStringLiteral("kind")).toString())
                 .value_or(Alarms::RuleKind::Threshold);
    a.severity = Alarms::severityFromName(json.value(QStringLiteral("severity")).toString())
                     .value_or(Alarms::Severity::Major);
    a.device = json.value(QStringLiteral("device")).toString();
    a.object = json.value(QStringLiteral("object")).toString();
    a.metric = json.value(QStringLiteral("metric")).toString();
    a.summary = json.value(QStringLiteral("summary")).toString();
    a.state = json.value(QStringLiteral("state")).toString() == u"cleared" ? Alarms::AlarmState::Cleared
                                                                          : Alarms::AlarmState::Active;
    a.firstRaisedMs = timeOf(json, QStringLiteral("firstRaised"));
    a.lastRaisedMs = timeOf(json, QStringLiteral("lastRaised"));
    a.lastSeenMs = timeOf(json, QStringLiteral("lastSeen"));
    a.clearedMs = timeOf(json, QStringLiteral("cleared"));
    a.count = json.value(QStringLiteral("count")).toInt(1);
    a.value = valueOf(json);
    a.acknowledged = json.value(QStringLiteral("acknowledged")).toBool();
    a.ackBy = json.value(QStringLiteral("ackBy")).toString();
    a.ackComment = json.value(QStringLiteral("ackComment")).toString();
    a.ackMs = timeOf(json, QStringLiteral("ackAt"));
    a.shelvedUntilMs = timeOf(json, QStringLiteral("shelvedUntil"));
    a.inMaintenance = json.value(QStringLiteral("inMaintenance")).toBool();
    a.flapping = json.value(QStringLiteral("flapping")).toBool();
    a.rootCauseId = json.value(QStringLiteral("rootCause")).toInteger();
    a.symptoms = json.value(QStringLiteral("symptoms")).toInt();
    return a;
}

Alarms::AlarmEvent alarmEventFromJson(const QJsonObject &json)
{
    Alarms::AlarmEvent e;
    e.seq = json.value(QStringLiteral("seq")).toInteger();
    e.atMs = timeOf(json, QStringLiteral("at"));
    e.kind = Alarms::transitionKindFromName(json.value(QStringLiteral("event")).toString())
                 .value_or(Alarms::TransitionKind::Updated);
    e.severity = Alarms::severityFromName(json.value(QStringLiteral("severity")).toString())
                     .value_or(Alarms::Severity::Major);
    e.value = valueOf(json);
    e.actor = json.value(QStringLiteral("actor")).toString();
    e.detail = json.value(QStringLiteral("detail")).toString();
    e.notify = json.value(QStringLiteral("notified")).toBool();
    return e;
}

Alarms::AlarmTransition alarmTransitionFromJson(const QJsonObject &json)
{
    Alarms::AlarmTransition t;
    t.kind = Alarms::transitionKindFromName(json.value(QStringLiteral("kind")).toString())
                 .value_or(Alarms::TransitionKind::Updated);
    t.alarm = alarmFromJson(json.value(QStringLiteral("alarm")).toObject());
    t.notify = json.value(QStringLiteral("notify")).toBool();
    t.atMs = timeOf(json, QStringLiteral("at"));
    t.actor = json.value(QStringLiteral("actor")).toString();
    t.detail = json.value(QStringLiteral("detail")).toString();
    return t;
}

AlarmHistory AlarmHistory::fromJson(const QJsonObject &json)
{
    AlarmHistory h;
    h.alarm = alarmFromJson(json.value(QStringLiteral("alarm")).toObject());
    for (const QJsonValue &v : json.value(QStringLiteral("events")).toArray())
        h.events.append(alarmEventFromJson(v.toObject()));
    std::sort(h.events.begin(), h.events.end(),
              [](const Alarms::AlarmEvent &a, const Alarms::AlarmEvent &b) { return a.seq < b.seq; });
    for (const QJsonValue &v : json.value(QStringLiteral("symptoms")).toArray())
        h.symptoms.append(alarmFromJson(v.toObject()));
    return h;
}

} // namespace OpsDeck::Models
