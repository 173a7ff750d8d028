// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include "backend/alarms/alarmtypes.h"

namespace OpsDeck::Models {

/// An alarm as the service sends it (Alarms::Alarm::toJson()). Unknown
/// severities read as Major, unknown rule kinds as Threshold, missing times
/// as 0.
[[nodiscard]] Alarms::Alarm alarmFromJson(const QJsonObject &json);

/// One entry of an alarm's history (alarm.get "events").
[[nodiscard]] Alarms::AlarmEvent alarmEventFromJson(const QJsonObject &json);

/// A transition as the "alarms" topic publishes it.
[[nodiscard]] Alarms::AlarmTransition alarmTransitionFromJson(const QJsonObject &json);

/// An alarm with its history and the symptoms grouped under it, as alarm.get answers.
struct AlarmHistory
{
    Alarms::Alarm alarm;
    QList<Alarms::AlarmEvent> events; ///< oldest first
    QList<Alarms::Alarm> symptoms;

    [[nodiscard]] static AlarmHistory fromJson(const QJsonObject &json);
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::AlarmHistory)
