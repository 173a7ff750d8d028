// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QString>

#include "backend/alarms/alarmtypes.h"

namespace OpsDeck::Models {

/// Translated name of a severity ("Critical").
[[nodiscard]] QString alarmSeverityText(Alarms::Severity severity);
/// The colour of a severity in every view (list, badges, status bar): red,
/// orange, amber, blue and grey from critical to info.
[[nodiscard]] QColor alarmSeverityColor(Alarms::Severity severity);
/// A text colour readable on alarmSeverityColor().
[[nodiscard]] QColor alarmSeverityTextColor(Alarms::Severity severity);
/// Translated name of a transition ("Acknowledged"), for histories.
[[nodiscard]] QString alarmTransitionText(Alarms::TransitionKind kind);
/// Every severity, worst first.
[[nodiscard]] QList<Alarms::Severity> alarmSeverities();

} // namespace OpsDeck::Models
