// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>

#include <cmath>
#include <limits>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include "backend/workspace/configchecks.h"

namespace OpsDeck::Domain {
struct DeviceLabels;
}

namespace OpsDeck::Alarms {

// Value types of the alarm engine: plain structs, cheap to copy, any thread.
// Times are UTC milliseconds since the epoch (0: not set).

/// How bad an alarm is, worst first (so a smaller value is worse).
enum class Severity { Critical, Major, Minor, Warning, Info };

/// What a rule watches.
enum class RuleKind {
    IcmpDown,        ///< no echo reply for N probes in a row
    IcmpDegraded,    ///< loss or latency above a limit
    SnmpUnreachable, ///< N SNMP polls in a row without an answer
    InterfaceDown,   ///< operational state down while administratively up (polled or trap)
    Threshold,       ///< a metric series above/below a level for a duration, hysteresis to clear
    RateOfChange,    ///< the change per second of a series above/below a level
    OpticalPower,    ///< optical power outside a range (the rule's, else the DOM/MCP levels)
    Trap,            ///< an SNMP notification matching an OID and varbinds
    McpAlarm,        ///< Ciena MCP alarms passed through
    JobFailed,       ///< a change job that failed
    Anomaly,         ///< an anomaly score above a level (stays last: the engine sizes tables by it)
};

enum class AlarmState { Active, Cleared };

/// What happened to an alarm; each transition the engine emits and each
/// history entry has one.
enum class TransitionKind {
    Raised,          ///< became active (new, or reopened within the flap window)
    Updated,         ///< active and seen again (count, last seen, value or severity changed)
    Cleared,         ///< the condition cleared (or an operator cleared it)
    Acknowledged,    ///< an operator acknowledged it, with a comment
    Shelved,         ///< hidden from notification until a time
    Unshelved,       ///< the shelve ended (expired or lifted)
    Exposed,         ///< now to be notified: after a shelve, a maintenance window or a regrouping
    FlappingStarted, ///< too many transitions in the flap window
    FlappingStopped, ///< quiet for a whole flap window
    Grouped,         ///< became a symptom of a root-cause alarm
    Ungrouped,       ///< no longer a symptom
    MaintenanceStarted,
    MaintenanceEnded,
};

/// The names of severities and rule kinds in workspace.json and over the socket.
[[nodiscard]] const std::array<Workspace::EnumName<Severity>, 5> &severityNames();
[[nodiscard]] const std::array<Workspace::EnumName<RuleKind>, 11> &ruleKindNames();
[[nodiscard]] QString severityName(Severity severity);
[[nodiscard]] std::optional<Severity> severityFromName(const QString &name);
[[nodiscard]] QString ruleKindName(RuleKind kind);
[[nodiscard]] std::optional<RuleKind> ruleKindFromName(const QString &name);
[[nodiscard]] QString transitionKindName(TransitionKind kind);
[[nodiscard]] std::optional<TransitionKind> transitionKindFromName(const QString &name);
[[nodiscard]] QString alarmStateName(AlarmState state);

/// Which devices a rule or a maintenance window covers: every non-empty
/// field must match (device by name or NetBox id; site, role and tag by slug
/// or name, without regard to case). An empty scope covers every device.
struct Scope
{
    QString device;
    QString site;
    QString role;
    QString tag;

    [[nodiscard]] bool isEmpty() const { return device.isEmpty() && site.isEmpty() && role.isEmpty() && tag.isEmpty(); }
    /// @p labels may be null when the device is not in the inventory: then
    /// only the device field can match.
    [[nodiscard]] bool matches(const QString &device, const Domain::DeviceLabels *labels) const;
    [[nodiscard]] QJsonObject toJson() const;
    bool operator==(const Scope &) const = default;
};

/// A time span during which the alarms of the devices in scope are kept but
/// not notified.
struct MaintenanceWindow
{
    QString id;
    Scope scope;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString comment;
    QString createdBy;

    [[nodiscard]] bool isActiveAt(qint64 ms) const { return ms >= startMs && ms < endMs; }
    bool operator==(const MaintenanceWindow &) const = default;
};

/// One alarm: the current occurrence of a condition, identified by its key
/// (rule and subject). A condition that clears and comes back within the
/// flap window reopens the same alarm (count + 1); later it opens a new one.
struct Alarm
{
    qint64 id = 0;
    QString key; ///< "<rule id>|<subject>", unique among current alarms
    QString ruleId;
    RuleKind kind = RuleKind::Threshold;
    Severity severity = Severity::Major;
    QString device;
    QString object; ///< series object, interface, trap OID, MCP alarm id, job id
    QString metric;
    QString summary; ///< one technical line (the console translates its own)
    AlarmState state = AlarmState::Active;
    qint64 firstRaisedMs = 0;
    qint64 lastRaisedMs = 0;
    qint64 lastSeenMs = 0;
    qint64 clearedMs = 0;
    int count = 1;                                           ///< raises of this alarm
    double value = std::numeric_limits<double>::quiet_NaN(); ///< current value, NaN when none
    bool acknowledged = false;
    QString ackBy;
    QString ackComment;
    qint64 ackMs = 0;
    qint64 shelvedUntilMs = 0; ///< 0: not shelved
    QString shelvedBy;
    QString shelveComment;
    bool inMaintenance = false;
    bool flapping = false;
    qint64 rootCauseId = 0; ///< non-zero: a symptom of that alarm
    int symptoms = 0;       ///< alarms grouped under this one
    bool notified = false;  ///< a notified transition went out for the current raise

    [[nodiscard]] bool isActive() const { return state == AlarmState::Active; }
    [[nodiscard]] bool isShelvedAt(qint64 ms) const { return shelvedUntilMs > ms; }
    [[nodiscard]] bool isSymptom() const { return rootCauseId != 0; }
    [[nodiscard]] QJsonObject toJson() const;
};

/// One entry of an alarm's history, as the store keeps it.
struct AlarmEvent
{
    qint64 seq = 0; ///< assigned by the store, increasing
    qint64 alarmId = 0;
    qint64 atMs = 0;
    TransitionKind kind = TransitionKind::Raised;
    Severity severity = Severity::Major;
    double value = std::numeric_limits<double>::quiet_NaN();
    QString actor;  ///< the user for operator actions, empty for the engine
    QString detail; ///< comment, summary or reason
    bool notify = false;
};

/// What the engine emits on every change: the alarm after the change, what
/// happened, and whether a notifier should tell anyone. Not notified are:
/// alarms in maintenance, shelved, symptoms of a root cause, repeats while
/// flapping (only FlappingStarted is), updates, and clears of alarms whose
/// raise was not notified.
struct AlarmTransition
{
    TransitionKind kind = TransitionKind::Raised;
    Alarm alarm;
    bool notify = false;
    qint64 atMs = 0;
    QString actor;
    QString detail;
};

// Inputs of the engine besides metric samples.

/// One ICMP probe run or SNMP poll of a device.
struct ReachabilityReport
{
    enum class Probe { Icmp, Snmp };
    Probe probe = Probe::Icmp;
    QString device;
    qint64 timeMs = 0;
    int sent = 1;                                               ///< probes (echoes or requests) in the run
    int received = 0;                                           ///< answers
    double avgRttMs = std::numeric_limits<double>::quiet_NaN(); ///< ICMP: mean round trip of the answers
};

/// Operational state of one interface, polled or from a linkDown/linkUp trap.
struct InterfaceState
{
    QString device;
    QString interface; ///< the interface name as NetBox and LLDP know it, else "ifIndex:N"
    bool operUp = true;
    bool adminUp = true; ///< an interface shut down on purpose raises nothing
    qint64 timeMs = 0;
};

/// One received SNMP notification, as the trap receiver reports it.
struct TrapInput
{
    QString device;
    QString trapOid;
    QString interface;                       ///< linkDown/linkUp: ifName or "ifIndex:N", when known
    QList<QPair<QString, QString>> varBinds; ///< OID and value as text
    qint64 timeMs = 0;
};

/// One Ciena MCP alarm, active or cleared.
struct McpAlarmInput
{
    QString id;
    QString device;
    QString resource;
    QString condition;
    Severity severity = Severity::Major;
    bool active = true;
    QString text;
    qint64 timeMs = 0;
};

/// A change job that failed.
struct JobFailure
{
    QString jobId;
    QString jobKind;
    QStringList devices; ///< the job's targets; empty: an alarm without a device
    QString error;
    qint64 timeMs = 0;
    QString ticket; ///< the change ticket the job was submitted under; empty: none
};

} // namespace OpsDeck::Alarms

Q_DECLARE_METATYPE(OpsDeck::Alarms::AlarmTransition)
