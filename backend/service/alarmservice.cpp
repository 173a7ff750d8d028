// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/alarmservice.h"

#include <cmath>
#include <utility>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include "backend/alarms/alarmengine.h"
#include "backend/alarms/alarmstore.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/mcp/mcpinventorystore.h"
#include "backend/metrics/collectionscheduler.h"
#include "backend/notify/notifier.h"
#include "backend/notify/outboxstore.h"
#include "backend/service/collectionservice.h"
#include "backend/service/trapservice.h"
#include "backend/snmp/trapreceiver.h"
#include "backend/store/store.h"
#include "backend/topology/lldpaudit.h"

Q_LOGGING_CATEGORY(lcAlarmService, "opsdeck.service.alarms")

namespace OpsDeck::Service {

namespace {

constexpr int kFlushIntervalMs = 5000;

Error notRunning()
{
    return Error(ErrorCode::Unsupported, QStringLiteral("the alarm engine is not running in this service"));
}

QString severityLabel(const Alarms::Alarm &alarm, Alarms::TransitionKind kind)
{
    if (kind == Alarms::TransitionKind::Cleared)
        return QStringLiteral("CLEARED");
    return Alarms::severityName(alarm.severity).toUpper();
}

} // namespace

Result<qint64> AlarmService::shelveUntil(const QJsonObject &params, qint64 nowMs)
{
    if (params.contains(QStringLiteral("minutes"))) {
        const double minutes = params.value(QStringLiteral("minutes")).toDouble(-1);
        if (!(minutes > 0) || minutes > 60 * 24 * 366)
            return Error(ErrorCode::InvalidInput, QStringLiteral("\"minutes\" must be between 1 and 527040"));
        return nowMs + qint64(std::llround(minutes * 60000));
    }
    const QString text = params.value(QStringLiteral("until")).toString();
    const QDateTime until = QDateTime::fromString(text, Qt::ISODate);
    if (!until.isValid())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("give \"minutes\" or \"until\" as an ISO 8601 time (got \"%1\")").arg(text));
    return until.toMSecsSinceEpoch();
}

AlarmService::AlarmService(Metrics::MetricStore *metrics, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_server(server)
{
    qRegisterMetaType<OpsDeck::Alarms::AlarmTransition>();
    registerMethods();
}

AlarmService::~AlarmService()
{
    if (m_engine)
        (void)m_engine->flush();
    // The notifier and the engine before the store they write to.
    m_notifier.reset();
    m_engine.reset();
}

Status AlarmService::start(const AlarmServiceSettings &settings)
{
    m_settings = settings;
    auto store = Alarms::AlarmStore::openSqlite(settings.storePath);
    if (!store)
        return store.error();
    m_store = std::move(*store);
    m_engine = std::make_unique<Alarms::AlarmEngine>(m_store.get());
    connect(m_engine.get(), &Alarms::AlarmEngine::transition, this, &AlarmService::handleTransition);
    connect(m_engine.get(), &Alarms::AlarmEngine::errorOccurred, this,
            [](const Error &e) { qCWarning(lcAlarmService).noquote() << "alarm store:" << e.toString(); });

    applyRules(settings.alarms, false);
    if (auto st = reloadInventory(); !st)
        qCWarning(lcAlarmService).noquote() << "alarm inventory:" << st.error().toString();
    if (auto st = m_engine->start(); !st)
        return st;
    if (auto st = applyMcpAlarms(); !st)
        qCInfo(lcAlarmService).noquote() << "no stored MCP alarms:" << st.error().detail;

    startNotifier(settings.notifications);
    if (!m_flush) {
        m_flush = new QTimer(this);
        m_flush->setInterval(kFlushIntervalMs);
        connect(m_flush, &QTimer::timeout, this, [this] {
            if (m_engine)
                (void)m_engine->flush();
        });
    }
    m_flush->start();
    return {};
}

void AlarmService::applyRules(const QJsonObject &alarms, bool keepCurrent)
{
    m_ruleProblems.clear();
    const QJsonObject doc{{QStringLiteral("alarms"), alarms}};
    auto rules = Alarms::AlarmRulesConfig::fromWorkspaceFile(QJsonDocument(doc).toJson(), m_settings.file);
    if (rules) {
        m_engine->setRules(*rules);
        return;
    }
    m_ruleProblems << rules.error().detail;
    if (keepCurrent) {
        qCWarning(lcAlarmService).noquote()
            << "new alarm rules refused, the rules in force stay:" << rules.error().detail;
        return;
    }
    m_engine->setRules(Alarms::AlarmRulesConfig::defaults());
    qCWarning(lcAlarmService).noquote() << "alarm rules not taken, built-in rules run:" << rules.error().detail;
}

void AlarmService::startNotifier(const QJsonObject &notifications)
{
    m_notifyProblems.clear();
    m_notifier.reset();
    if (notifications.isEmpty())
        return;
    auto config = Notify::NotifyConfig::parse(notifications, QStringLiteral("notifications"), m_settings.file);
    auto outbox = config ? Notify::OutboxStore::openSqlite(m_settings.storePath)
                         : Result<std::unique_ptr<Notify::OutboxStore>>(config.error());
    if (!config || !outbox) {
        m_notifyProblems << (config ? outbox.error().detail : config.error().detail);
        qCWarning(lcAlarmService).noquote() << "notifications off:" << m_notifyProblems.constFirst();
        return;
    }
    m_notifier = std::make_unique<Notify::Notifier>(*config, std::move(*outbox), m_settings.secrets);
    connect(m_notifier.get(), &Notify::Notifier::errorOccurred, this,
            [](const Error &e) { qCWarning(lcAlarmService).noquote() << "notifications:" << e.toString(); });
    m_notifier->start();
}

Status AlarmService::reconfigure(const QJsonObject &alarms, const QJsonObject &notifications)
{
    if (!m_engine)
        return notRunning();
    m_settings.notifications = notifications;
    applyRules(alarms, true);
    startNotifier(notifications);
    if (!m_ruleProblems.isEmpty())
        return Error(ErrorCode::InvalidInput, m_ruleProblems.constFirst());
    if (!m_notifyProblems.isEmpty())
        return Error(ErrorCode::InvalidInput, m_notifyProblems.constFirst());
    return {};
}

Status AlarmService::reloadInventory()
{
    if (!m_engine)
        return notRunning();
    QHash<QString, Domain::DeviceLabels> labels;
    auto devices = CollectionService::loadDeviceAddresses(m_settings.storePath, &labels);
    if (!devices)
        return devices.error();
    m_labels = labels;
    m_nameOfId.clear();
    for (const Domain::DeviceLabels &l : std::as_const(labels))
        m_nameOfId.insert(QString::number(l.deviceId), l.device);
    m_engine->setDevices(labels.values());

    auto store = Store::Store::openSqlite(m_settings.storePath);
    if (!store)
        return store.error();
    auto cables = (*store)->topologyLinks();
    if (!cables)
        return cables.error();
    m_engine->setTopology(Alarms::RootCauseAnalysis::links(*cables, labels.values(), {}));
    return {};
}

Status AlarmService::applyMcpAlarms()
{
    if (!m_engine)
        return notRunning();
    auto store = Store::Store::openSqlite(m_settings.storePath);
    if (!store)
        return store.error();
    auto stored = Mcp::McpInventoryStore::load(**store);
    if (!stored)
        return stored.error();
    QHash<QString, QString> deviceOfElement; // NE id and NE name -> NetBox device name
    for (const Mcp::NeMatch &m : std::as_const(stored->matches)) {
        if (m.deviceId == 0)
            continue;
        deviceOfElement.insert(m.networkElementId, m.deviceName);
        deviceOfElement.insert(m.networkElementName, m.deviceName);
    }
    static const QHash<Mcp::AlarmSeverity, Alarms::Severity> severities{
        {Mcp::AlarmSeverity::Critical, Alarms::Severity::Critical},
        {Mcp::AlarmSeverity::Major, Alarms::Severity::Major},
        {Mcp::AlarmSeverity::Minor, Alarms::Severity::Minor},
        {Mcp::AlarmSeverity::Warning, Alarms::Severity::Warning},
        {Mcp::AlarmSeverity::Info, Alarms::Severity::Info},
        {Mcp::AlarmSeverity::Indeterminate, Alarms::Severity::Warning}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> active;
    for (const Mcp::Alarm &a : std::as_const(stored->inventory.alarms)) {
        Alarms::McpAlarmInput input;
        input.id = a.id;
        input.device = deviceOfElement.value(a.networkElementId, deviceOfElement.value(a.deviceName, a.deviceName));
        input.resource = a.resource;
        input.condition = a.condition;
        input.severity = severities.value(a.severity, Alarms::Severity::Warning);
        input.active = a.state.compare(QLatin1String("CLEARED"), Qt::CaseInsensitive) != 0;
        input.text = a.additionalText;
        input.timeMs = a.lastRaised.isValid() ? a.lastRaised.toMSecsSinceEpoch() : now;
        if (input.active)
            active.insert(a.id);
        if (auto st = m_engine->onMcpAlarm(input); !st)
            qCInfo(lcAlarmService).noquote() << "MCP alarm" << a.id << "not evaluated:" << st.error().detail;
    }
    // Gone from MCP's active list since the last sync (or since the alarms
    // the store restored): cleared there.
    for (const Alarms::Alarm &a : m_engine->activeAlarms()) {
        const qsizetype at = a.key.indexOf(QLatin1String("|mcp:"));
        if (a.kind == Alarms::RuleKind::McpAlarm && at >= 0)
            m_mcpActive.insert(a.key.mid(at + 5));
    }
    for (const QString &id : std::as_const(m_mcpActive)) {
        if (active.contains(id))
            continue;
        Alarms::McpAlarmInput cleared;
        cleared.id = id;
        cleared.active = false;
        cleared.timeMs = now;
        (void)m_engine->onMcpAlarm(cleared);
    }
    m_mcpActive = active;
    return {};
}

QString AlarmService::deviceName(const QString &seriesDevice) const
{
    return m_nameOfId.value(seriesDevice, seriesDevice);
}

void AlarmService::reportAnomaly(const Domain::SeriesKey &key, qint64 timeMs, double score, const QString &explanation)
{
    if (m_engine)
        (void)m_engine->onAnomaly(key, timeMs, score, explanation);
}

void AlarmService::watch(Metrics::CollectionScheduler *scheduler)
{
    using Metrics::CollectionScheduler;
    connect(scheduler, &CollectionScheduler::samplesStored, this,
            [this](const QString &device, qint64 timestampMs, const QList<CollectionScheduler::Sample> &samples) {
                if (!m_engine)
                    return;
                for (const CollectionScheduler::Sample &s : samples)
                    (void)m_engine->onSample(Domain::SeriesKey{device, s.object, s.metric}, timestampMs, s.value);
            });
    connect(scheduler, &CollectionScheduler::devicesProbed, this, [this](const QList<Metrics::DeviceProbe> &probes) {
        if (!m_engine)
            return;
        QList<Alarms::ReachabilityReport> reports;
        for (const Metrics::DeviceProbe &p : probes) {
            Alarms::ReachabilityReport r;
            r.probe = Alarms::ReachabilityReport::Probe::Icmp;
            r.device = deviceName(p.device);
            r.timeMs = p.timeMs;
            r.sent = std::max(1, p.sent);
            r.received = p.received;
            if (p.received > 0)
                r.avgRttMs = p.avgRttMs;
            reports << r;
        }
        (void)m_engine->onReachability(reports);
    });
    // The polls of one cycle are evaluated together when it ends, so a
    // device behind a failed one is grouped under it before anything is
    // notified, whichever poll ended first.
    connect(scheduler, &CollectionScheduler::deviceCollected, this,
            [this](const QString &device, bool ok, const QString &) {
                Alarms::ReachabilityReport r;
                r.probe = Alarms::ReachabilityReport::Probe::Snmp;
                r.device = deviceName(device);
                r.timeMs = QDateTime::currentMSecsSinceEpoch();
                r.received = ok ? 1 : 0;
                m_pendingPolls << r;
            });
    connect(scheduler, &CollectionScheduler::cycleFinished, this, [this] {
        // Taken in any case: without an engine the polls are dropped, not kept.
        const QList<Alarms::ReachabilityReport> polls = std::exchange(m_pendingPolls, {});
        if (m_engine && !polls.isEmpty())
            (void)m_engine->onReachability(polls);
    });
    connect(scheduler, &CollectionScheduler::snapshotCollected, this,
            [this](const QString &device, const Snmp::DeviceSnapshot &snapshot) {
                if (!m_engine)
                    return;
                const qint64 now = snapshot.collectedAt.isValid() ? snapshot.collectedAt.toMSecsSinceEpoch()
                                                                  : QDateTime::currentMSecsSinceEpoch();
                for (const Snmp::InterfaceStats &i : snapshot.interfaces) {
                    if (i.operStatus == 0)
                        continue;
                    const QString name = !i.name.isEmpty()    ? i.name
                                         : !i.descr.isEmpty() ? i.descr
                                                              : QStringLiteral("ifIndex:%1").arg(i.ifIndex);
                    (void)m_engine->onInterfaceState(
                        Alarms::InterfaceState{deviceName(device), name, i.operStatus == 1, i.adminStatus != 2, now});
                }
            });
}

void AlarmService::watch(TrapService *traps)
{
    connect(traps, &TrapService::trapReceived, this, [this](const Snmp::TrapEvent &trap, const QString &device) {
        if (!m_engine)
            return;
        Alarms::TrapInput input;
        input.device = device;
        input.trapOid = trap.trapOid;
        if (trap.ifIndex > 0)
            input.interface = QStringLiteral("ifIndex:%1").arg(trap.ifIndex);
        for (const Snmp::VarBind &vb : trap.varBinds)
            input.varBinds.append({vb.oid, vb.toText()});
        input.timeMs =
            trap.receivedAt.isValid() ? trap.receivedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        if (auto st = m_engine->onTrap(input); !st)
            qCInfo(lcAlarmService).noquote() << "trap not evaluated:" << st.error().detail;
    });
}

void AlarmService::watch(Jobs::JobEngine *jobs)
{
    connect(jobs, &Jobs::JobEngine::jobFinished, this, [this](const Jobs::Job &job) {
        if (!m_engine || job.state != Jobs::JobState::Failed)
            return;
        Alarms::JobFailure failure;
        failure.jobId = job.id;
        failure.jobKind = job.kind;
        for (const QJsonValue &t : job.targets) {
            const QString device = t.toObject().value(QStringLiteral("device")).toString();
            if (!device.isEmpty())
                failure.devices << device;
        }
        failure.error = job.error;
        failure.ticket = job.ticket;
        failure.timeMs = QDateTime::currentMSecsSinceEpoch();
        if (!job.ticket.isEmpty()) {
            // The notification of the alarm names the ticket; the alarm
            // itself keeps only its summary, so remember the latest few.
            constexpr qsizetype kRemembered = 256;
            m_jobTickets.insert(job.id, job.ticket);
            m_jobTicketOrder << job.id;
            while (m_jobTicketOrder.size() > kRemembered)
                m_jobTickets.remove(m_jobTicketOrder.takeFirst());
        }
        (void)m_engine->onJobFailed(failure);
    });
}

void AlarmService::handleTransition(const Alarms::AlarmTransition &t)
{
    m_server->publish(QStringLiteral("alarms"),
                      {{QStringLiteral("type"), QStringLiteral("transition")},
                       {QStringLiteral("transition"),
                        QJsonObject{{QStringLiteral("kind"), Alarms::transitionKindName(t.kind)},
                                    {QStringLiteral("notify"), t.notify},
                                    {QStringLiteral("at"),
                                     QDateTime::fromMSecsSinceEpoch(t.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("actor"), t.actor},
                                    {QStringLiteral("detail"), t.detail},
                                    {QStringLiteral("alarm"), t.alarm.toJson()}}}});
    if (t.notify && m_notifier)
        notify(t);
}

Notify::Message AlarmService::messageFor(const Alarms::AlarmTransition &t, const Domain::DeviceLabels &labels,
                                         const QString &ticket)
{
    const Alarms::Alarm &a = t.alarm;
    Notify::Message m;
    // The same transition of the same raise always has the same key: a
    // transition emitted again after a restart is not delivered twice.
    m.id = QStringLiteral("alarm-%1-%2-%3").arg(a.id).arg(Alarms::transitionKindName(t.kind)).arg(a.count);
    m.groupKey = QStringLiteral("alarm-%1").arg(a.rootCauseId ? a.rootCauseId : a.id);
    m.severity = Notify::severityFromName(Alarms::severityName(a.severity)).value_or(Notify::Severity::Major);
    m.site = labels.siteSlug;
    m.role = labels.roleSlug;
    m.tags = labels.tagSlugs;
    m.device = a.device;
    m.subject = QStringLiteral("[%1] %2: %3")
                    .arg(severityLabel(a, t.kind), a.device.isEmpty() ? a.ruleId : a.device, a.summary)
                    .left(250);
    QStringList lines{a.summary, QStringLiteral("Rule: %1").arg(a.ruleId),
                      QStringLiteral("Event: %1").arg(Alarms::transitionKindName(t.kind))};
    if (!std::isnan(a.value))
        lines << QStringLiteral("Value: %1").arg(a.value);
    if (a.symptoms > 0)
        lines << QStringLiteral("Devices behind it: %1 (grouped, not notified separately)").arg(a.symptoms);
    if (!ticket.isEmpty())
        lines << QStringLiteral("Ticket: %1").arg(ticket);
    m.text = lines.join(QLatin1Char('\n'));
    m.payload = a.toJson();
    m.payload.insert(QStringLiteral("event"), Alarms::transitionKindName(t.kind));
    if (!ticket.isEmpty())
        m.payload.insert(QStringLiteral("ticket"), ticket);
    m.createdAt = QDateTime::fromMSecsSinceEpoch(t.atMs, Qt::UTC);
    return m;
}

void AlarmService::notify(const Alarms::AlarmTransition &t)
{
    const QString ticket = t.alarm.kind == Alarms::RuleKind::JobFailed ? m_jobTickets.value(t.alarm.object) : QString();
    const Notify::Message m = messageFor(t, m_labels.value(t.alarm.device), ticket);
    if (auto r = m_notifier->submit(m); !r)
        qCWarning(lcAlarmService).noquote()
            << "notification of alarm" << t.alarm.id << "not accepted:" << r.error().detail;
}

Result<QJsonValue> AlarmService::alarmAnswer(qint64 id) const
{
    if (auto live = m_engine->alarm(id))
        return QJsonValue(live->toJson());
    auto stored = m_store->alarm(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error(ErrorCode::NotFound, QStringLiteral("no alarm %1").arg(id));
    return QJsonValue((*stored)->toJson());
}

} // namespace OpsDeck::Service
