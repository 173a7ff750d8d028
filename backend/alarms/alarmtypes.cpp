// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/alarms/alarmtypes.h"

#include <array>

#include <QDateTime>

#include "backend/domain/devicelabels.h"

namespace OpsDeck::Alarms {

namespace {

template<typename E> using Named = Workspace::EnumName<E>;

constexpr std::array<Named<Severity>, 5> kSeverities{{{Severity::Critical, "critical"},
                                                      {Severity::Major, "major"},
                                                      {Severity::Minor, "minor"},
                                                      {Severity::Warning, "warning"},
                                                      {Severity::Info, "info"}}};

constexpr std::array<Named<RuleKind>, 11> kRuleKinds{{{RuleKind::IcmpDown, "icmpDown"},
                                                      {RuleKind::IcmpDegraded, "icmpDegraded"},
                                                      {RuleKind::SnmpUnreachable, "snmpUnreachable"},
                                                      {RuleKind::InterfaceDown, "interfaceDown"},
                                                      {RuleKind::Threshold, "threshold"},
                                                      {RuleKind::RateOfChange, "rateOfChange"},
                                                      {RuleKind::OpticalPower, "opticalPower"},
                                                      {RuleKind::Trap, "trap"},
                                                      {RuleKind::McpAlarm, "mcpAlarm"},
                                                      {RuleKind::JobFailed, "jobFailed"},
                                                      {RuleKind::Anomaly, "anomaly"}}};

constexpr std::array<Named<TransitionKind>, 13> kTransitions{{{TransitionKind::Raised, "raised"},
                                                              {TransitionKind::Updated, "updated"},
                                                              {TransitionKind::Cleared, "cleared"},
                                                              {TransitionKind::Acknowledged, "acknowledged"},
                                                              {TransitionKind::Shelved, "shelved"},
                                                              {TransitionKind::Unshelved, "unshelved"},
                                                              {TransitionKind::Exposed, "exposed"},
                                                              {TransitionKind::FlappingStarted, "flappingStarted"},
                                                              {TransitionKind::FlappingStopped, "flappingStopped"},
                                                              {TransitionKind::Grouped, "grouped"},
                                                              {TransitionKind::Ungrouped, "ungrouped"},
                                                              {TransitionKind::MaintenanceStarted, "maintenanceStarted"},
                                                              {TransitionKind::MaintenanceEnded, "maintenanceEnded"}}};

template<typename E, std::size_t N> QString nameOf(const std::array<Named<E>, N> &names, E value)
{
    for (const auto &entry : names) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> valueOf(const std::array<Named<E>, N> &names, const QString &name)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

bool sameText(const QString &wanted, const QString &have)
{
    return !have.isEmpty() && wanted.compare(have, Qt::CaseInsensitive) == 0;
}

QJsonValue isoTime(qint64 ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

const std::array<Workspace::EnumName<Severity>, 5> &severityNames()
{
    return kSeverities;
}

const std::array<Workspace::EnumName<RuleKind>, 11> &ruleKindNames()
{
    return kRuleKinds;
}

QString severityName(Severity severity)
{
    return nameOf(kSeverities, severity);
}

std::optional<Severity> severityFromName(const QString &name)
{
    return valueOf(kSeverities, name);
}

QString ruleKindName(RuleKind kind)
{
    return nameOf(kRuleKinds, kind);
}

std::optional<RuleKind> ruleKindFromName(const QString &name)
{
    return valueOf(kRuleKinds, name);
}

QString transitionKindName(TransitionKind kind)
{
    return nameOf(kTransitions, kind);
}

std::optional<TransitionKind> transitionKindFromName(const QString &name)
{
    return valueOf(kTransitions, name);
}

QString alarmStateName(AlarmState state)
{
    return state == AlarmState::Active ? QStringLiteral("active") : QStringLiteral("cleared");
}

bool Scope::matches(const QString &deviceName, const Domain::DeviceLabels *labels) const
{
    if (!device.isEmpty()) {
        const bool byName = sameText(device, deviceName) || (labels && sameText(device, labels->device));
        const bool byId = labels && labels->deviceId && device == QString::number(labels->deviceId);
        if (!byName && !byId)
            return false;
    }
    if (site.isEmpty() && role.isEmpty() && tag.isEmpty())
        return true;
    if (!labels)
        return false;
    if (!site.isEmpty() && !sameText(site, labels->siteSlug) && !sameText(site, labels->siteName))
        return false;
    if (!role.isEmpty() && !sameText(role, labels->roleSlug) && !sameText(role, labels->roleName))
        return false;
    if (!tag.isEmpty()) {
        bool found = false;
        for (qsizetype i = 0; i < labels->tagSlugs.size() && !found; ++i)
            found = sameText(tag, labels->tagSlugs.at(i)) || sameText(tag, labels->tagNames.value(i));
        if (!found)
            return false;
    }
    return true;
}

QJsonObject Scope::toJson() const
{
    QJsonObject out;
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            out.insert(QLatin1String(key), value);
    };
    put("device", device);
    put("site", site);
    put("role", role);
    put("tag", tag);
    return out;
}

QJsonObject Alarm::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("rule"), ruleId},
                  {QStringLiteral("kind"), ruleKindName(kind)},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("device"), device},
                  {QStringLiteral("object"), object},
                  {QStringLiteral("metric"), metric},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("state"), alarmStateName(state)},
                  {QStringLiteral("firstRaised"), isoTime(firstRaisedMs)},
                  {QStringLiteral("lastRaised"), isoTime(lastRaisedMs)},
                  {QStringLiteral("lastSeen"), isoTime(lastSeenMs)},
                  {QStringLiteral("cleared"), isoTime(clearedMs)},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("acknowledged"), acknowledged},
                  {QStringLiteral("shelvedUntil"), isoTime(shelvedUntilMs)},
                  {QStringLiteral("inMaintenance"), inMaintenance},
                  {QStringLiteral("flapping"), flapping},
                  {QStringLiteral("rootCause"), rootCauseId},
                  {QStringLiteral("symptoms"), symptoms}};
    if (std::isfinite(value))
        o.insert(QStringLiteral("value"), value);
    if (acknowledged) {
        o.insert(QStringLiteral("ackBy"), ackBy);
        o.insert(QStringLiteral("ackComment"), ackComment);
        o.insert(QStringLiteral("ackAt"), isoTime(ackMs));
    }
    return o;
}

} // namespace OpsDeck::Alarms
