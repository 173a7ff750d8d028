// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/alarms/alarmstyle.h"

#include <QCoreApplication>

namespace OpsDeck::Models {

QList<Alarms::Severity> alarmSeverities()
{
    using S = Alarms::Severity;
    return {S::Critical, S::Major, S::Minor, S::Warning, S::Info};
}

QString alarmSeverityText(Alarms::Severity severity)
{
    switch (severity) {
    case Alarms::Severity::Critical:
        return QCoreApplication::translate("AlarmStyle", "Critical");
    case Alarms::Severity::Major:
        return QCoreApplication::translate("AlarmStyle", "Major");
    case Alarms::Severity::Minor:
        return QCoreApplication::translate("AlarmStyle", "Minor");
    case Alarms::Severity::Warning:
        return QCoreApplication::translate("AlarmStyle", "Warning");
    case Alarms::Severity::Info:
        break;
    }
    return QCoreApplication::translate("AlarmStyle", "Info");
}

QColor alarmSeverityColor(Alarms::Severity severity)
{
    switch (severity) {
    case Alarms::Severity::Critical:
        return QColor(0xd3, 0x2f, 0x2f);
    case Alarms::Severity::Major:
        return QColor(0xef, 0x6c, 0x00);
    case Alarms::Severity::Minor:
        return QColor(0xf9, 0xa8, 0x25);
    case Alarms::Severity::Warning:
        return QColor(0x1e, 0x88, 0xe5);
    case Alarms::Severity::Info:
        break;
    }
    return QColor(0x78, 0x90, 0x9c);
}

QColor alarmSeverityTextColor(Alarms::Severity severity)
{
    return severity == Alarms::Severity::Minor ? QColor(Qt::black) : QColor(Qt::white);
}

QString alarmTransitionText(Alarms::TransitionKind kind)
{
    using K = Alarms::TransitionKind;
    switch (kind) {
    case K::Raised:
        return QCoreApplication::translate("AlarmStyle", "Raised");
    case K::Updated:
        return QCoreApplication::translate("AlarmStyle", "Updated");
    case K::Cleared:
        return QCoreApplication::translate("AlarmStyle", "Cleared");
    case K::Acknowledged:
        return QCoreApplication::translate("AlarmStyle", "Acknowledged");
    case K::Shelved:
        return QCoreApplication::translate("AlarmStyle", "Shelved");
    case K::Unshelved:
        return QCoreApplication::translate("AlarmStyle", "Unshelved");
    case K::Exposed:
        return QCoreApplication::translate("AlarmStyle", "Exposed");
    case K::FlappingStarted:
        return QCoreApplication::translate("AlarmStyle", "Flapping started");
    case K::FlappingStopped:
        return QCoreApplication::translate("AlarmStyle", "Flapping stopped");
    case K::Grouped:
        return QCoreApplication::translate("AlarmStyle", "Grouped under a root cause");
    case K::Ungrouped:
        return QCoreApplication::translate("AlarmStyle", "Ungrouped");
    case K::MaintenanceStarted:
        return QCoreApplication::translate("AlarmStyle", "Maintenance started");
    case K::MaintenanceEnded:
        break;
    }
    return QCoreApplication::translate("AlarmStyle", "Maintenance ended");
}

} // namespace OpsDeck::Models
