// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include "backend/alarms/alarmtypes.h"

namespace OpsDeck::Models {

/// How many of a device's active alarms its badges on the topology and the
/// rack faceplates show, and the worst of them. The engine's five severities
/// fold into the two levels of a badge:
///
/// - critical and major count as critical (the device needs someone now);
/// - minor and warning count as warning;
/// - info is not counted (nothing is wrong);
/// - a symptom of a root-cause alarm counts as a warning whatever its
///   severity, and as at most minor for the colour: the device is affected
///   but its cause is elsewhere, so the root cause stands out in red and the
///   devices behind it in amber;
/// - shelved alarms and alarms in maintenance are not counted (an operator
///   put them aside), as in the alarm list's counts and the navigation tree;
/// - acknowledged alarms are counted: the condition is still there.
///
/// The engine also passes Ciena MCP alarms through; those are counted and
/// also kept apart (mcpCritical, mcpWarning) for views that count MCP alarms
/// from the MCP sync already. A plain value type; any thread.
struct DeviceAlarmCount
{
    int critical = 0;                      ///< critical and major alarms
    int warning = 0;                       ///< minor and warning alarms, and symptoms
    int mcpCritical = 0;                   ///< of critical: Ciena MCP alarms passed through
    int mcpWarning = 0;                    ///< of warning: Ciena MCP alarms passed through
    std::optional<Alarms::Severity> worst; ///< the worst severity counted

    [[nodiscard]] int total() const { return critical + warning; }
    [[nodiscard]] bool isEmpty() const { return total() == 0; }
    /// The severity whose colour @p alarm's badges show: its own, or at
    /// most minor for a symptom (the navigation tree follows it too).
    [[nodiscard]] static Alarms::Severity badgeSeverity(const Alarms::Alarm &alarm);
    /// Adds @p alarm when the rules above count it (at @p nowMs, for shelving).
    /// True when it was counted.
    bool add(const Alarms::Alarm &alarm, qint64 nowMs);
    bool operator==(const DeviceAlarmCount &) const = default;
};

} // namespace OpsDeck::Models
