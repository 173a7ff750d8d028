// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <span>

#include <QHash>
#include <QString>

namespace OpsDeck::Workspace {
struct PollingConfig;
struct CollectionConfig;
} // namespace OpsDeck::Workspace

namespace OpsDeck::Metrics {

/// One metric group of the collection schedule and the SNMP parts it polls.
struct CollectionGroup
{
    const char *name;
    int part; ///< Snmp::CollectPart, 0 for ICMP
    bool onByDefault;
};

/// Every metric group, in schedule order.
[[nodiscard]] std::span<const CollectionGroup> collectionGroups();

/// Intervals of a schedule, in milliseconds, per role and per metric group
/// ("system", "interfaces", "sensors", "lldp", "pdu", "icmp";
/// Workspace::collectionGroupNames()). The interval of (role, group) is
/// roleGroupMs[role][group], else groupMs[group], else roleMs[role], else
/// defaultMs; except that "lldp" and "icmp" are off unless named in groupMs
/// or roleGroupMs. An interval of 0 turns the group off.
struct ScheduleIntervals
{
    int defaultMs = 60000;
    QHash<QString, int> roleMs;                      ///< role slug -> interval
    QHash<QString, int> groupMs;                     ///< metric group -> interval
    QHash<QString, QHash<QString, int>> roleGroupMs; ///< role slug -> metric group -> interval

    [[nodiscard]] int intervalFor(const QString &role) const { return roleMs.value(role, defaultMs); }
    [[nodiscard]] int intervalFor(const QString &role, const QString &group) const;
    /// From a workspace's polling settings (seconds there): one interval per role for every SNMP group.
    [[nodiscard]] static ScheduleIntervals fromConfig(const Workspace::PollingConfig &config);
    /// From a workspace's collection schedule (seconds there).
    [[nodiscard]] static ScheduleIntervals fromConfig(const Workspace::CollectionConfig &config);
};

} // namespace OpsDeck::Metrics
