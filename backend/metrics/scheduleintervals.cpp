// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/metrics/scheduleintervals.h"

#include "backend/snmp/devicecollector.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Metrics {

namespace {

constexpr CollectionGroup kGroups[] = {
    {"system", int(Snmp::CollectPart::System), true},   {"interfaces", int(Snmp::CollectPart::Interfaces), true},
    {"sensors", int(Snmp::CollectPart::Sensors), true}, {"lldp", int(Snmp::CollectPart::Lldp), false},
    {"pdu", int(Snmp::CollectPart::Pdu), true},         {"icmp", 0, false},
};

} // namespace

std::span<const CollectionGroup> collectionGroups()
{
    return kGroups;
}

int ScheduleIntervals::intervalFor(const QString &role, const QString &group) const
{
    const auto perRole = roleGroupMs.constFind(role);
    if (perRole != roleGroupMs.cend()) {
        const auto it = perRole->constFind(group);
        if (it != perRole->cend())
            return *it;
    }
    const auto it = groupMs.constFind(group);
    if (it != groupMs.cend())
        return *it;
    for (const CollectionGroup &g : kGroups) {
        if (group == QLatin1String(g.name) && !g.onByDefault)
            return 0;
    }
    return intervalFor(role);
}

ScheduleIntervals ScheduleIntervals::fromConfig(const Workspace::PollingConfig &config)
{
    ScheduleIntervals s;
    s.defaultMs = qMax(5, config.intervalSeconds) * 1000;
    for (auto it = config.roleIntervalSeconds.cbegin(); it != config.roleIntervalSeconds.cend(); ++it)
        s.roleMs.insert(it.key(), qMax(5, it.value()) * 1000);
    return s;
}

ScheduleIntervals ScheduleIntervals::fromConfig(const Workspace::CollectionConfig &config)
{
    const auto ms = [](int seconds) { return seconds <= 0 ? 0 : qMax(5, seconds) * 1000; };
    ScheduleIntervals s;
    for (const CollectionGroup &g : kGroups)
        s.groupMs.insert(QLatin1String(g.name), ms(config.groups.value(QLatin1String(g.name), 0)));
    for (auto role = config.roles.cbegin(); role != config.roles.cend(); ++role) {
        QHash<QString, int> &groups = s.roleGroupMs[role.key()];
        for (auto it = role->cbegin(); it != role->cend(); ++it)
            groups.insert(it.key(), ms(it.value()));
    }
    return s;
}

} // namespace OpsDeck::Metrics
