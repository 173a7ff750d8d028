// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/alarms/devicealarmcount.h"

namespace OpsDeck::Models {

bool DeviceAlarmCount::add(const Alarms::Alarm &alarm, qint64 nowMs)
{
    using Alarms::Severity;
    if (!alarm.isActive() || alarm.isShelvedAt(nowMs) || alarm.inMaintenance || alarm.severity == Severity::Info)
        return false;
    Severity severity = alarm.severity;
    if (alarm.isSymptom() && severity < Severity::Minor)
        severity = Severity::Minor;
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
