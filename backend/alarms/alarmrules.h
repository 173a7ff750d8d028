// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <cmath>
#include <limits>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "backend/alarms/alarmtypes.h"
#include "backend/core/result.h"
#include "backend/workspace/configissue.h"

namespace OpsDeck::Alarms {

/// One varbind condition of a trap rule: a varbind whose OID starts with
/// @c oid and whose value equals @c equals (when set) and matches the regular
/// expression @c matches (when set).
struct VarBindMatch
{
    QString oid;
    QString equals;
    QString matches;

    bool operator==(const VarBindMatch &) const = default;
};

/// One alarm rule of the workspace. A flat value type: only the fields of
/// its kind are read from and written to JSON (see AlarmRulesConfig).
struct AlarmRule
{
    static constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();

    QString id;
    RuleKind kind = RuleKind::Threshold;
    Severity severity = Severity::Major;
    bool enabled = true;
    QString description;
    Scope scope;

    // Series rules (threshold, rateOfChange, opticalPower, anomaly).
    QString metric;
    QString object; ///< empty: every object; '*' wildcards allowed ("ifIndex:*")
    double above = kUnset; ///< threshold/rateOfChange/anomaly: raise above this
    double below = kUnset; ///< threshold/rateOfChange: raise below this
    double low = kUnset;   ///< opticalPower: range; unset: the device's or MCP's lowAlarm
    double high = kUnset;  ///< opticalPower: range; unset: highAlarm
    double hysteresis = 0; ///< clear only once back beyond the level by this much
    int forSeconds = 0;    ///< the condition must hold this long before raising

    // Reachability rules.
    int probes = 3;            ///< icmpDown: lost probes in a row; snmpUnreachable: failed polls in a row
    double lossPercent = 20;   ///< icmpDegraded
    double latencyMs = 250;    ///< icmpDegraded

    // interfaceDown: interface name pattern (empty: every interface).
    QString interface;

    // trap
    QString trapOid;
    QString clearTrapOid; ///< a notification that clears the alarm (same device), optional
    QList<VarBindMatch> varBinds;

    // mcpAlarm: MCP alarms below this are ignored; their own severity is kept.
    Severity minimumSeverity = Severity::Info;

    // jobFailed: job kind pattern (empty: every kind).
    QString jobKind;

    /// Where a configuration layer last set the rule ("alarms.rules[2]"),
    /// so checks name the key in the file; empty for a built-in rule.
    QString origin;

    [[nodiscard]] bool hasAbove() const { return !std::isnan(above); }
    [[nodiscard]] bool hasBelow() const { return !std::isnan(below); }
    /// True for the kinds evaluated on metric samples.
    [[nodiscard]] bool isSeriesRule() const
    {
        return kind == RuleKind::Threshold || kind == RuleKind::RateOfChange || kind == RuleKind::OpticalPower;
    }
    [[nodiscard]] QJsonObject toJson() const;
};

/// Flap detection: an alarm that changes state (raise or clear) @c transitions
/// times within @c windowSeconds is flapping; it is notified once and then
/// kept quiet until no transition happened for a whole window.
struct FlapConfig
{
    int transitions = 5;
    int windowSeconds = 600;

    bool operator==(const FlapConfig &) const = default;
};

/// Root-cause grouping of unreachable devices from the topology.
struct RootCauseConfig
{
    bool enabled = true;
    /// Where the collector attaches to the network. Empty (the default):
    /// every device that currently answers is taken as reachable from the
    /// collector, since its answer proves a path.
    QStringList attachment;

    bool operator==(const RootCauseConfig &) const = default;
};

/// The alarm rules of a workspace: workspace.json "alarms", layered over the
/// built-in defaults (defaults()). A layer's rules merge by id: a rule with
/// the id of an earlier one changes only the keys it gives (its kind cannot
/// change; "enabled": false turns a default off); a new id adds a rule.
///
/// JSON: {"rules": [{"id", "kind", "severity", "enabled", "description",
/// "scope": {"device", "site", "role", "tag"}, ...kind keys}], "flap":
/// {"transitions", "windowSeconds"}, "rootCause": {"enabled", "attachment":
/// [device names]}, "maintenance": [{"id", "scope", "start", "end",
/// "comment"}]}. Kind keys: icmpDown "probes"; icmpDegraded "lossPercent",
/// "latencyMs"; snmpUnreachable "probes"; interfaceDown "interface";
/// threshold and rateOfChange "metric", "object", "above" or "below",
/// "hysteresis", "forSeconds"; opticalPower "metric", "object", "low",
/// "high", "hysteresis", "forSeconds"; trap "trapOid", "clearTrapOid",
/// "varBinds": [{"oid", "equals", "matches"}]; mcpAlarm "minimumSeverity";
/// jobFailed "jobKind"; anomaly "metric", "object", "above", "hysteresis".
/// Plain value type.
struct AlarmRulesConfig
{
    QList<AlarmRule> rules;
    FlapConfig flap;
    RootCauseConfig rootCause;
    QList<MaintenanceWindow> maintenance;

    /// ICMP down/degraded, SNMP unreachable, interface down, optical power
    /// from the device's levels, coldStart, MCP passthrough, failed jobs and
    /// anomalies above 4.
    [[nodiscard]] static AlarmRulesConfig defaults();

    /// Validates the JSON value of the key @p path and merges it into this
    /// configuration; every problem is appended to @p issues naming @p file
    /// and the key. Values that are wrong are left out, the rest is kept.
    void readJson(const QJsonValue &json, const QString &path, const QString &file, QList<Workspace::ConfigIssue> &issues);
    /// Rules across keys (Kind::Inconsistent): unique rule ids, the keys each
    /// kind needs, ranges the right way round.
    [[nodiscard]] QList<Workspace::ConfigIssue> crossCheck(const QString &path, const QString &file) const;

    /// The defaults with the "alarms" object of a workspace file (@p json,
    /// the whole file) applied; InvalidInput naming the file and the key of
    /// the first problem when anything is wrong (see ConfigIssue::toError).
    [[nodiscard]] static Result<AlarmRulesConfig> fromWorkspaceFile(const QByteArray &json, const QString &file);

    [[nodiscard]] const AlarmRule *rule(const QString &id) const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace OpsDeck::Alarms
