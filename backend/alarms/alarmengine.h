// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include "backend/alarms/alarmrules.h"
#include "backend/alarms/alarmtypes.h"
#include "backend/alarms/rootcause.h"
#include "backend/alarms/seriesindex.h"
#include "backend/core/result.h"
#include "backend/domain/devicelabels.h"
#include "backend/domain/metricsink.h"
#include "backend/domain/serieskey.h"

namespace OpsDeck::Alarms {

class AlarmStore;

/// Evaluates alarm rules as data arrives (no polling: every input is
/// evaluated in the call that delivers it) and runs each alarm's life:
/// raise, update, clear with hysteresis, acknowledge, shelve, maintenance
/// windows, flap detection and root-cause grouping of unreachable devices
/// from the topology. Every change is recorded in the AlarmStore (when one
/// is given) and emitted as transition(), which says whether to notify.
///
/// Samples cost one hash lookup of their series: the rules that apply to a
/// series are bound to it on its first sample (and again after setRules(),
/// setDevices() or setSeriesThresholds()), so a sample allocates nothing
/// unless an alarm changes. Durations are measured between samples: a rule
/// "for 60 s" raises on the first sample at least 60 s after the condition
/// began. Sample-driven updates of an active alarm (last seen, value) are
/// kept in memory and written by flush(); transitions are written at once.
///
/// Thread: lives on one thread with the store it was given; not thread-safe.
/// Times are UTC milliseconds since the epoch; the clock (operator actions,
/// shelve expiry, maintenance windows) is injectable for tests.
class AlarmEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmEngine)

public:
    using Clock = std::function<qint64()>;

    /// @p store may be null (nothing persists); it must outlive the engine.
    explicit AlarmEngine(AlarmStore *store = nullptr, QObject *parent = nullptr);
    ~AlarmEngine() override;

    void setClock(Clock clock);
    [[nodiscard]] qint64 now() const { return m_clock(); }

    /// Restores the open alarms and the maintenance windows from the store,
    /// then applies what changed meanwhile (expired shelves, windows).
    [[nodiscard]] Status start();

    /// Replaces the rules; alarms of rules that are gone or disabled clear.
    void setRules(const AlarmRulesConfig &config);
    [[nodiscard]] const AlarmRulesConfig &rules() const { return m_config; }
    /// Site, role and tags of the inventory's devices, for scopes; also maps
    /// NetBox ids in series keys to device names.
    void setDevices(const QList<Domain::DeviceLabels> &devices);
    /// The links root-cause grouping walks (see RootCauseAnalysis::links()).
    void setTopology(const QList<TopologyLink> &links);
    /// DOM/MCP levels ("lowAlarm", "highAlarm") for optical power rules without a range.
    void setSeriesThresholds(const QList<Domain::MetricThreshold> &thresholds);

    // Inputs. Each returns InvalidInput for bad data (which changes nothing);
    // the valid entries of a batch are applied even when others are bad.
    [[nodiscard]] Status onSample(const Domain::SeriesKey &key, qint64 timeMs, double value);
    [[nodiscard]] Status onReachability(const ReachabilityReport &report);
    /// One probe round: evaluated together, so devices behind a failed one
    /// are grouped before anything is emitted.
    [[nodiscard]] Status onReachability(const QList<ReachabilityReport> &reports);
    [[nodiscard]] Status onInterfaceState(const InterfaceState &state);
    /// Trap rules; linkDown/linkUp also feed onInterfaceState().
    [[nodiscard]] Status onTrap(const TrapInput &trap);
    [[nodiscard]] Status onMcpAlarm(const McpAlarmInput &alarm);
    [[nodiscard]] Status onJobFailed(const JobFailure &failure);
    /// An anomaly score in [0, 1] of a series; @p explanation (what was
    /// expected, what was seen) becomes the summary of an alarm it raises.
    [[nodiscard]] Status onAnomaly(const Domain::SeriesKey &key, qint64 timeMs, double score,
                                   const QString &explanation = {});

    // Operator actions. NotFound for an unknown alarm; InvalidInput without a user.
    [[nodiscard]] Status acknowledge(qint64 alarmId, const QString &user, const QString &comment);
    [[nodiscard]] Status shelve(qint64 alarmId, qint64 untilMs, const QString &user, const QString &comment);
    [[nodiscard]] Status unshelve(qint64 alarmId, const QString &user);
    /// Clears an alarm by hand (traps without a clearing trap, failed jobs).
    [[nodiscard]] Status clear(qint64 alarmId, const QString &user, const QString &comment);
    /// Adds or replaces a window (kept in the store) and applies it now.
    [[nodiscard]] Status setMaintenanceWindow(const MaintenanceWindow &window);
    [[nodiscard]] Status removeMaintenanceWindow(const QString &id);
    [[nodiscard]] QList<MaintenanceWindow> maintenanceWindows() const;

    [[nodiscard]] QList<Alarm> activeAlarms() const;
    [[nodiscard]] std::optional<Alarm> alarm(qint64 alarmId) const;
    [[nodiscard]] QList<Alarm> symptomsOf(qint64 alarmId) const;

    /// Applies what time changed: shelves that expired, maintenance windows
    /// that began or ended, flapping that calmed down. Runs on a timer set to
    /// the next such moment; tests with their own clock call it directly.
    void checkDeadlines();
    /// Writes the alarms whose last seen time or value changed since.
    [[nodiscard]] Status flush();

signals:
    void transition(const OpsDeck::Alarms::AlarmTransition &transition);
    /// A store write failed; the engine keeps its state in memory.
    void errorOccurred(const OpsDeck::Error &error);

private:
    struct CompiledRule
    {
        AlarmRule rule;
        QRegularExpression pattern; ///< object/interface/job kind pattern; invalid: any
        QString oid;                ///< trap OID without a leading dot
        QString clearOid;
        QList<QRegularExpression> varBindPatterns;
    };
    /// One rule watching one series.
    struct Binding
    {
        int rule = 0;
        QString key;
        QString device;
        QString object;
        QString metric;
        double low = 0;
        double high = 0;
        qint64 pendingSinceMs = -1;
        qint64 prevTimeMs = 0;
        double prevValue = 0;
        bool hasPrev = false;
        bool active = false;
        qint64 alarmId = 0;
    };
    struct Slot
    {
        int first = 0;
        int count = 0;
    };
    /// The bindings of each series seen: its slot by its number in the index.
    struct SlotMap
    {
        SeriesIndex index;
        std::vector<Slot> bound;

        void clear()
        {
            index.clear();
            bound = {};
        }
    };
    /// What a raise concerns, for alarms not bound to a series.
    struct Subject
    {
        QString key;
        int rule = 0;
        QString device;
        QString object;
        QString metric;
        QString summary;
        Severity severity = Severity::Major;
    };
    struct ProbeCounters
    {
        int icmpLost = 0;
        int snmpFailed = 0;
    };

    // Evaluation (alarmevaluation.cpp).
    void compileRules();
    Slot bind(SlotMap &map, const Domain::SeriesKey &key, size_t hash, bool anomaly);
    /// The bindings of @p key in @p map, bound on its first sample.
    Slot slotOf(SlotMap &map, const Domain::SeriesKey &key, bool anomaly);
    void evaluate(Binding &b, qint64 timeMs, double value, const QString &detail = {});
    [[nodiscard]] int condition(const CompiledRule &rule, Binding &b, qint64 timeMs, double value) const;
    void applyReachability(const ReachabilityReport &report);
    void applyInterfaceState(const InterfaceState &state);
    [[nodiscard]] bool matchesTrap(const CompiledRule &rule, const TrapInput &trap) const;
    [[nodiscard]] const Domain::DeviceLabels *labelsOf(const QString &device) const;
    [[nodiscard]] QString deviceName(const QString &device) const;
    [[nodiscard]] bool inScope(const CompiledRule &rule, const QString &device) const;
    /// The id of the active alarm of @p key, else 0.
    [[nodiscard]] qint64 activeAlarm(const QString &key) const;

    // Lifecycle (alarmengine.cpp).
    qint64 raise(const Subject &subject, qint64 timeMs, double value);
    void clearAlarm(qint64 alarmId, qint64 timeMs, double value, const QString &actor, const QString &detail);
    void touch(qint64 alarmId, qint64 timeMs, double value);
    void commit(Alarm &alarm, TransitionKind kind, bool notify, qint64 timeMs, const QString &actor = {},
                const QString &detail = {});
    void countTransition(Alarm &alarm, qint64 timeMs);
    [[nodiscard]] bool isQuiet(const Alarm &alarm, qint64 timeMs) const;
    void exposeIfDue(Alarm &alarm, qint64 timeMs, const QString &why);
    [[nodiscard]] bool inMaintenance(const QString &device, qint64 timeMs) const;
    void updateMaintenance(qint64 timeMs);
    void armDeadlineTimer();
    [[nodiscard]] Result<Alarm *> operatorTarget(qint64 alarmId, const QString &user);

    // Root cause (alarmgrouping.cpp).
    void regroup(qint64 timeMs);
    void releaseHeld(qint64 timeMs);

    AlarmStore *m_store = nullptr;
    Clock m_clock;
    AlarmRulesConfig m_config;
    std::vector<CompiledRule> m_rules;
    std::array<QList<int>, size_t(RuleKind::Anomaly) + 1> m_rulesOfKind; ///< indices in m_rules, in rule order
    QList<int> m_icmpRules;                                              ///< icmpDown and icmpDegraded, in rule order
    QHash<QString, QList<int>> m_seriesRulesByMetric;                    ///< rules without a device in scope
    QHash<QString, QList<int>> m_seriesRulesByDevice;                    ///< metric '\n' lower-case device -> rules
    QList<int> m_anyMetricAnomalyRules;

    SlotMap m_series;
    SlotMap m_anomalies;
    std::vector<Binding> m_bindings;

    QList<Domain::DeviceLabels> m_devices;
    QHash<QString, int> m_deviceIndex;               ///< lower-case name and id -> index in m_devices
    QHash<QString, QHash<QString, double>> m_levels; ///< series key text -> level -> value
    QList<TopologyLink> m_links;
    QSet<QString> m_topologyDevices;
    QHash<QString, ProbeCounters> m_probes;
    QSet<QString> m_answering;

    std::map<qint64, Alarm> m_alarms; ///< current alarms by id (active, or cleared within the flap window)
    QHash<QString, qint64> m_byKey;
    QHash<qint64, QList<qint64>> m_flapTimes;
    QSet<qint64> m_dirty;
    qint64 m_localId = 0; ///< ids without a store
    QList<MaintenanceWindow> m_storedWindows;

    bool m_holding = false; ///< raises wait for regroup() before they are emitted
    QList<qint64> m_held;
    QTimer m_deadlineTimer;
};

} // namespace OpsDeck::Alarms
