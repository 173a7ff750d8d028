// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class QTimer;

#include "backend/alarms/alarmtypes.h"
#include "backend/core/result.h"
#include "backend/domain/devicelabels.h"
#include "backend/domain/serieskey.h"
#include "backend/service/snmpvaultcredentials.h"

namespace OpsDeck::Alarms {
class AlarmEngine;
class AlarmStore;
} // namespace OpsDeck::Alarms
namespace OpsDeck::Notify {
class Notifier;
struct Message;
} // namespace OpsDeck::Notify
namespace OpsDeck::Metrics {
class CollectionScheduler;
class MetricStore;
} // namespace OpsDeck::Metrics
namespace OpsDeck::Jobs {
class JobEngine;
}
namespace OpsDeck::Ipc {
class IpcServer;
}

namespace OpsDeck::Service {

class TrapService;

/// What the alarm service needs to know about the workspace.
struct AlarmServiceSettings
{
    QString storePath;         ///< the workspace's SQLite store: alarms and the notification outbox live there
    QString file;              ///< workspace.json, named in configuration errors
    QJsonObject alarms;        ///< workspace.json "alarms" (built-in rules when empty)
    QJsonObject notifications; ///< workspace.json "notifications" (no channels when empty)
    SecretLookup secrets;      ///< SMTP passwords and webhook signing keys, never logged
};

/// Runs a workspace's alarm engine in the service, fed as data arrives by
/// collection (samples, ICMP rounds, SNMP polls, interface states), the trap
/// receiver and the job engine; hands the transitions that say so to the
/// notifier, and publishes every transition. Methods:
///   alarm.list {}                  -> [alarm...] (the active ones)
///   alarm.get {"id"}               -> {"alarm", "events": [...], "symptoms": [alarm...]}
///   alarm.history {"device", "limit"} -> [alarm...] (active and cleared, latest raised first)
///   alarm.ack {"id", "comment"}    -> alarm
///   alarm.shelve {"id", "minutes" | "until" (ISO 8601), "comment"} -> alarm
///   alarm.unshelve {"id"}          -> alarm
///   alarm.clear {"id", "comment"}  -> alarm
///   rules.list {}                  -> {"rules": [...], "problems": [...]}
///   rules.test {"rule": id or a rule object, "hours": 1..168 (24)}
///                                  -> {"rule", "series", "points", "hits": [{device, object, metric, raised, cleared,
///                                  summary}]}
///   notify.status {}               -> {"channels": [...], "problems": [...]}
///   maintenance.list {}            -> [window...]
///   maintenance.set {"id"?, "device"|"site"|"role"|"tag", "start"? (now), "end" | "minutes", "comment"} -> window
///   maintenance.remove {"id"}      -> {"removed"}
/// The acting user is the caller's peer name. Topic "alarms":
/// {"type": "transition", "transition": {...}}.
/// Lives on the service's main thread with its store connections.
class AlarmService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmService)

public:
    /// @p metrics (may be null: no rule previews) is the service's metric
    /// store, used on this thread.
    AlarmService(Metrics::MetricStore *metrics, Ipc::IpcServer *server, QObject *parent = nullptr);
    ~AlarmService() override;

    /// Opens the alarm store, reads the rules (a configuration error is
    /// returned and the built-in rules run instead), reads the inventory and
    /// the topology, restores open alarms and starts the notifier (when
    /// channels are configured and valid).
    [[nodiscard]] Status start(const AlarmServiceSettings &settings);
    /// Takes new rules and notification channels (workspace.reload): open
    /// alarms stay; the notifier's outbox carries over; rules that are
    /// refused leave the rules in force (the error says why).
    [[nodiscard]] Status reconfigure(const QJsonObject &alarms, const QJsonObject &notifications);
    /// Feeds the Ciena MCP alarms the last MCP sync stored: new and changed
    /// ones raise or update, those no longer active clear.
    [[nodiscard]] Status applyMcpAlarms();
    /// Re-reads the devices and the links (after a sync).
    [[nodiscard]] Status reloadInventory();
    [[nodiscard]] bool isRunning() const { return m_engine != nullptr; }

    void watch(Metrics::CollectionScheduler *scheduler);
    void watch(TrapService *traps);
    void watch(Jobs::JobEngine *jobs);

    [[nodiscard]] Alarms::AlarmEngine *engine() const { return m_engine.get(); }
    /// An anomaly score of a series (from the analysis service) for the
    /// engine's anomaly rules; ignored while no engine runs.
    void reportAnomaly(const Domain::SeriesKey &key, qint64 timeMs, double score, const QString &explanation);
    /// The inventory name of a series' device (its NetBox id as text), or the text itself.
    [[nodiscard]] QString deviceName(const QString &seriesDevice) const;

    /// The notification of a notified transition: its key is stable across
    /// restarts (alarm, transition, raise count), its group the root cause.
    /// A failed job's alarm names @p ticket, the job's change ticket, in the
    /// text and as payload["ticket"] when it is not empty.
    [[nodiscard]] static Notify::Message messageFor(const Alarms::AlarmTransition &transition,
                                                    const Domain::DeviceLabels &labels, const QString &ticket = {});
    /// The end of a shelve from {"minutes"} or {"until": ISO 8601}.
    [[nodiscard]] static Result<qint64> shelveUntil(const QJsonObject &params, qint64 nowMs);

private:
    void registerMethods();
    void registerConfigMethods();
    /// Registers @p method, answered only while the engine runs; the handler
    /// gets the caller's account (else its peer name).
    void
    registerEngineMethod(const QString &method,
                         std::function<Result<QJsonValue>(const QJsonObject &params, const QString &user)> handler);
    /// The workspace's rules; when they are refused, the built-in ones
    /// (@p keepCurrent false) or the rules in force (true).
    void applyRules(const QJsonObject &alarms, bool keepCurrent);
    void startNotifier(const QJsonObject &notifications);
    void handleTransition(const Alarms::AlarmTransition &transition);
    void notify(const Alarms::AlarmTransition &transition);
    [[nodiscard]] Result<QJsonValue> alarmAnswer(qint64 id) const;
    [[nodiscard]] Result<QJsonValue> testRule(const QJsonObject &params);

    Metrics::MetricStore *m_metrics;
    Ipc::IpcServer *m_server;
    AlarmServiceSettings m_settings;
    std::unique_ptr<Alarms::AlarmStore> m_store;
    std::unique_ptr<Alarms::AlarmEngine> m_engine;
    std::unique_ptr<Notify::Notifier> m_notifier;
    QStringList m_ruleProblems;                       ///< why the workspace's rules were not taken
    QStringList m_notifyProblems;                     ///< why notifications are off
    QHash<QString, Domain::DeviceLabels> m_labels;    ///< by device name
    QHash<QString, QString> m_nameOfId;               ///< NetBox id as text -> device name
    QHash<QString, QString> m_jobTickets;             ///< failed job id -> its ticket (the latest few)
    QStringList m_jobTicketOrder;                     ///< m_jobTickets' keys, oldest first
    QSet<QString> m_mcpActive;                        ///< MCP alarm ids fed as active
    QList<Alarms::ReachabilityReport> m_pendingPolls; ///< SNMP polls of the cycle under way
    QTimer *m_flush = nullptr;
};

} // namespace OpsDeck::Service
