// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/alarms/devicealarmcount.h"

namespace OpsDeck::Models {

Alarms::Severity DeviceAlarmCount::badgeSeverity(const Alarms::Alarm &alarm)
{
    return alarm.isSymptom() && alarm.severity < Alarms::Severity::Minor ? Alarms::Severity::Minor : alarm.severity;
}

bool DeviceAlarmCount::add(const Alarms::Alarm &alarm, qint64 nowMs)
{
    using Alarms::Severity;
    if (!alarm.isActive() || alarm.isShelvedAt(nowMs) || alarm.inMaintenance || alarm.severity == Severity::Info)
        return false;
    const Severity severity = badgeSeverity(alarm);
    const bool isCritical = !alarm.isSymptom() && severity <= Severity::Major;
    const bool isMcp = alarm.kind == Alarms::RuleKind::McpAlarm;
    if (isCritical) {
        ++critical;
        mcpCritical += isMcp ? 1 : 0;
    } else {
        ++warning;
        mcpWarning += isMcp ? 1 : 0;
    }
    if (!worst || severity < *worst)
        worst = severity;
    return true;
}

} // namespace OpsDeck::Models
