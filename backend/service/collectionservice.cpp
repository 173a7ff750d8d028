// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/collectionservice.h"

#include <algorithm>
#include <map>

#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include "backend/icmp/icmpprober.h"
#include "backend/ipc/ipcserver.h"
#include "backend/metrics/collectionscheduler.h"
#include "backend/metrics/interfacematcher.h"
#include "backend/metrics/metricstore.h"
#include "backend/snmp/snmppoller.h"
#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcCollectionService, "opsdeck.ipc.collection")

namespace OpsDeck::Service {

namespace {

constexpr int kMaxLiveSeconds = 3600;
constexpr int kLastCyclesKept = 16;

// The names and sensors matching depends on, as one text.
QString matchSignature(const QList<Snmp::InterfaceStats> &interfaces, const QList<Snmp::SensorReading> &sensors)
{
    QString out;
    for (const Snmp::InterfaceStats &i : interfaces)
        out += QString::number(i.ifIndex) + u'\x1f' + i.name + u'\x1f' + i.descr + u'\x1f' + i.alias + u'\x1e';
    out += u'\x1d';
    for (const Snmp::SensorReading &s : sensors)
        out += QString::number(s.entityIndex) + u'\x1f' + QString::number(int(s.unit)) + u'\x1f' + s.name + u'\x1f' +
               s.descr + u'\x1e';
    return out;
}

QJsonObject reportJson(const Metrics::CycleReport &r)
{
    return {{QStringLiteral("intervalMs"), r.intervalMs},
            {QStringLiteral("cycle"), qint64(r.cycle)},
            {QStringLiteral("started"), r.started},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("ok"), r.ok},
            {QStringLiteral("failed"), r.failed}};
}

} // namespace

CollectionService::CollectionService(Metrics::MetricStore *metrics, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_poller(new Snmp::SnmpPoller(this))
    , m_scheduler(new Metrics::CollectionScheduler(m_poller, metrics, this))
    , m_server(server)
{
    connect(m_scheduler, &Metrics::CollectionScheduler::cycleFinished, this,
            [this](const Metrics::CycleReport &report) {
                QJsonObject event = reportJson(report);
                m_lastCycles.append(event);
                while (m_lastCycles.size() > kLastCyclesKept)
                    m_lastCycles.removeFirst();
                event.insert(QStringLiteral("type"), QStringLiteral("cycleFinished"));
                m_server->publish(QStringLiteral("collection"), event);
            });
    connect(m_scheduler, &Metrics::CollectionScheduler::liveSamples, this,
            [this](quint64 lease, const QString &device, qint64 timestampMs,
                   const QList<Metrics::CollectionScheduler::Sample> &samples) {
                QJsonArray array;
                for (const auto &s : samples)
                    array.append(QJsonObject{{QStringLiteral("object"), s.object},
                                             {QStringLiteral("metric"), s.metric},
                                             {QStringLiteral("value"), s.value}});
                m_server->publish(QStringLiteral("poll"), {{QStringLiteral("type"), QStringLiteral("samples")},
                                                           {QStringLiteral("lease"), qint64(lease)},
                                                           {QStringLiteral("device"), device},
                                                           {QStringLiteral("timestamp"), timestampMs},
                                                           {QStringLiteral("samples"), array}});
            });
    connect(m_scheduler, &Metrics::CollectionScheduler::liveLeaseEnded, this, [this](quint64 lease) {
        m_server->publish(QStringLiteral("poll"), {{QStringLiteral("type"), QStringLiteral("leaseEnded")},
                                                   {QStringLiteral("lease"), qint64(lease)}});
    });
    connect(m_scheduler, &Metrics::CollectionScheduler::snapshotCollected, this, &CollectionService::handleSnapshot);
    connect(m_scheduler, &Metrics::CollectionScheduler::errorOccurred, this,
            [](const Error &error) { qCWarning(lcCollectionService) << "collection:" << error.toString(); });

    server->registerMethod(QStringLiteral("collection.status"),
                           [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                               QJsonArray cycles;
                               for (const QJsonObject &c : std::as_const(m_lastCycles))
                                   cycles.append(c);
                               return QJsonValue(QJsonObject{{QStringLiteral("enabled"), m_settings.collection.enabled},
                                                             {QStringLiteral("running"), m_scheduler->isRunning()},
                                                             {QStringLiteral("devices"), m_scheduler->deviceCount()},
                                                             {QStringLiteral("leases"), m_scheduler->liveLeaseCount()},
                                                             {QStringLiteral("lastCycles"), cycles},
                                                             {QStringLiteral("problem"), m_problem},
                                                             {QStringLiteral("deviceProblems"), problemsJson()}});
                           });
    server->registerMethod(
        QStringLiteral("collection.live"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            QStringList devices;
            // Series keys are NetBox ids; names are taken too.
            for (const QJsonValue &v : params.value(QStringLiteral("devices")).toArray()) {
                const QString d = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
                const qint64 id = m_idByName.value(d);
                devices.append(id > 0 ? QString::number(id) : d);
            }
            QStringList interfaces;
            for (const QJsonValue &v : params.value(QStringLiteral("interfaces")).toArray())
                interfaces.append(v.isDouble() ? QString::number(v.toInt()) : v.toString());
            const int intervalMs = params.value(QStringLiteral("intervalMs")).toInt(1000);
            const int seconds = params.value(QStringLiteral("durationSeconds")).toInt(60);
            if (devices.isEmpty())
                return Error(ErrorCode::InvalidInput, QStringLiteral("collection.live needs \"devices\""));
            if (intervalMs < 1000 || intervalMs > 3600 * 1000)
                return Error(ErrorCode::InvalidInput, QStringLiteral("intervalMs must be from 1000 to 3600000"));
            if (seconds < 1 || seconds > kMaxLiveSeconds)
                return Error(ErrorCode::InvalidInput,
                             QStringLiteral("durationSeconds must be from 1 to %1").arg(kMaxLiveSeconds));
            QJsonArray accepted;
            for (const QString &d : std::as_const(devices)) {
                if (m_scheduler->hasDevice(d))
                    accepted.append(d);
            }
            const quint64 lease = m_scheduler->startLiveLease(devices, interfaces, intervalMs, seconds * 1000);
            if (lease == 0)
                return Error(ErrorCode::NotFound, QStringLiteral("none of the devices is collected by the service"));
            return QJsonValue(QJsonObject{{QStringLiteral("lease"), qint64(lease)},
                                          {QStringLiteral("devices"), accepted},
                                          {QStringLiteral("intervalMs"), intervalMs},
                                          {QStringLiteral("durationSeconds"), seconds}});
        });
    server->registerMethod(
        QStringLiteral("collection.endLive"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const qint64 lease = params.value(QStringLiteral("lease")).toInteger();
            return QJsonValue(
                QJsonObject{{QStringLiteral("ended"), m_scheduler->endLiveLease(quint64(qMax<qint64>(0, lease)))}});
        });
}

QJsonArray CollectionService::problemsJson() const
{
    QJsonArray out;
    for (const DeviceProblem &p : m_deviceProblems)
        out.append(QJsonObject{{QStringLiteral("device"), p.device},
                               {QStringLiteral("deviceId"), p.id},
                               {QStringLiteral("profile"), p.profile},
                               {QStringLiteral("problem"), p.problem}});
    return out;
}

CollectionService::~CollectionService()
{
    m_scheduler->stop();
}

QString CollectionService::roleSlug(const QString &roleName)
{
    static const QRegularExpression others(QStringLiteral("[^a-z0-9_]+"));
    QString slug = roleName.toLower();
    slug.replace(others, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

Result<QHash<QString, KnownDevice>> CollectionService::loadDeviceAddresses(const QString &storePath,
                                                                           QHash<QString, Domain::DeviceLabels> *labels)
{
    auto store = Store::Store::openSqlite(storePath, true);
    if (!store)
        return store.error();
    auto devices = (*store)->deviceLabels();
    if (!devices)
        return devices.error();
    QHash<QString, KnownDevice> out;
    for (const auto &d : std::as_const(*devices)) {
        if (d.device.isEmpty())
            continue;
        // Every named device has labels (a series or an alarm may name one
        // without an address); only those with one are collection targets.
        if (labels)
            labels->insert(d.device, d);
        if (d.primaryIp.isEmpty())
            continue;
        const QHostAddress address(d.primaryIp.section(QLatin1Char('/'), 0, 0));
        if (address.isNull())
            continue;
        out.insert(address.toString(), KnownDevice{d.deviceId, d.device});
    }
    return out;
}

Status CollectionService::start(const CollectionServiceSettings &settings)
{
    m_settings = settings;
    m_store.reset();
    m_polled.clear();
    if (m_settings.icmp && !m_prober) {
        m_prober = new Icmp::IcmpProber(Icmp::SocketMode::Auto, this);
        m_scheduler->setIcmpProber(m_prober);
    }
    m_scheduler->setIntervals(Metrics::ScheduleIntervals::fromConfig(m_settings.collection));
    if (auto st = reloadDevices(); !st)
        return st;
    if (m_settings.collection.enabled)
        m_scheduler->start();
    return {};
}

Status CollectionService::reloadDevices()
{
    const Status st = loadDevices();
    m_problem = st ? problemSummary(m_deviceProblems) : st.error().detail;
    if (st && !m_problem.isEmpty())
        qCWarning(lcCollectionService).noquote() << "not collected:" << m_problem;
    return st;
}

Status CollectionService::loadDevices()
{
    QHash<QString, Domain::DeviceLabels> labels;
    auto byAddress = loadDeviceAddresses(m_settings.storePath, &labels);
    if (!byAddress)
        return byAddress.error();
    m_byAddress = *byAddress;
    m_idByName.clear();
    for (const KnownDevice &d : std::as_const(m_byAddress))
        m_idByName.insert(d.name, d.id);
    // NetBox may have changed: check every device's matches again on its next poll.
    for (PolledNames &p : m_polled)
        p.matchedSignature.clear();
    // The vault is read once per profile, not once per device.
    std::map<QString, Result<Snmp::SnmpTarget>> targets;
    const auto targetOf = [&](const Workspace::SnmpProfile *profile) -> const Result<Snmp::SnmpTarget> & {
        const QString name = profile ? profile->name : QString();
        auto it = targets.find(name);
        if (it == targets.end())
            it = targets.emplace(name, accessTarget(profile)).first;
        return it->second;
    };
    QList<Metrics::ScheduledDevice> devices;
    devices.reserve(byAddress->size());
    m_deviceProblems.clear();
    for (auto it = byAddress->cbegin(); it != byAddress->cend(); ++it) {
        const Domain::DeviceLabels device = labels.value(it->name);
        const Workspace::SnmpProfile *profile = m_settings.profiles.snmpProfileFor(device);
        const Result<Snmp::SnmpTarget> &target = targetOf(profile);
        if (!target) {
            m_deviceProblems.append({it->id, it->name, profile ? profile->name : QString(), target.error().detail});
            continue;
        }
        Metrics::ScheduledDevice d;
        d.device = it->id > 0 ? QString::number(it->id) : it->name;
        d.role = roleSlug(device.roleName);
        d.target = *target;
        d.target.host = it.key();
        devices.append(d);
    }
    std::sort(m_deviceProblems.begin(), m_deviceProblems.end(),
              [](const DeviceProblem &a, const DeviceProblem &b) { return a.device < b.device; });
    m_scheduler->setDevices(devices);
    qCInfo(lcCollectionService) << "collecting" << devices.size() << "devices";
    emit devicesLoaded(int(devices.size()));
    return {};
}

Result<Snmp::SnmpTarget> CollectionService::accessTarget(const Workspace::SnmpProfile *profile) const
{
    Snmp::SnmpTarget target;
    target.timeoutMs = m_settings.polling.timeoutMs;
    target.retries = m_settings.polling.retries;
    target.maxRepetitions = m_settings.polling.maxRepetitions;
    if (!profile) {
        target.port = quint16(m_settings.collection.snmpPort);
        if (auto st = applySnmpCredentials(target, m_settings.polling.snmpVersion, m_settings.polling.credentials.path,
                                           m_settings.secrets);
            !st)
            return st.error();
        return target;
    }
    target.port = quint16(profile->port);
    if (auto st = applySnmpCredentials(target, profile->version, profile->credentials.path, m_settings.secrets); !st)
        return Error(st.error().code, QStringLiteral("SNMP profile %1: %2").arg(profile->name, st.error().detail));
    return target;
}

QString CollectionService::problemSummary(const QList<DeviceProblem> &problems)
{
    // One clause per distinct problem, naming a few of its devices.
    QStringList order;
    QHash<QString, QStringList> devicesOf;
    for (const DeviceProblem &p : problems) {
        if (!devicesOf.contains(p.problem))
            order << p.problem;
        devicesOf[p.problem] << p.device;
    }
    QStringList clauses;
    for (const QString &problem : std::as_const(order)) {
        const QStringList &names = devicesOf.value(problem);
        QString list = names.mid(0, 3).join(QStringLiteral(", "));
        if (names.size() > 3)
            list += QStringLiteral(", ...");
        clauses << QStringLiteral("%1 (%2 device(s) not collected: %3)").arg(problem).arg(names.size()).arg(list);
    }
    return clauses.join(QStringLiteral("; "));
}

void CollectionService::handleSnapshot(const QString &device, const Snmp::DeviceSnapshot &snapshot)
{
    if (snapshot.interfaces.isEmpty() && snapshot.sensors.isEmpty())
        return; // a poll of other groups
    const qint64 deviceId = device.toLongLong();
    if (deviceId <= 0)
        return;
    PolledNames &polled = m_polled[device];
    if (!snapshot.interfaces.isEmpty()) {
        polled.interfaces = snapshot.interfaces;
        polled.haveInterfaces = true;
    }
    if (!snapshot.sensors.isEmpty())
        polled.sensors = snapshot.sensors;
    if (!polled.haveInterfaces)
        return;
    const QString signature = matchSignature(polled.interfaces, polled.sensors);
    if (signature == polled.matchedSignature)
        return;
    if (auto st = updateMatches(deviceId, polled); !st) {
        qCWarning(lcCollectionService).nospace()
            << "cannot match the interfaces of " << device << ": " << st.error().toString();
        return;
    }
    polled.matchedSignature = signature;
}

Status CollectionService::updateMatches(qint64 deviceId, const PolledNames &polled)
{
    if (!m_store) {
        auto store = Store::Store::openSqlite(m_settings.storePath, false);
        if (!store)
            return store.error();
        m_store = std::move(*store);
    }
    auto interfaces = m_store->interfaces(deviceId);
    if (!interfaces)
        return interfaces.error();
    const QList<Domain::InterfaceMatch> matches =
        Metrics::InterfaceMatcher::match(*interfaces, polled.interfaces, polled.sensors);
    auto stored = m_store->interfaceMatches(deviceId);
    if (!stored)
        return stored.error();
    if (Metrics::InterfaceMatcher::sameMatches(*stored, matches))
        return {};
    if (auto st = m_store->replaceInterfaceMatches(deviceId, matches); !st)
        return st;
    qCInfo(lcCollectionService).nospace() << "device " << deviceId << ": " << matches.size() << " of "
                                          << polled.interfaces.size() << " polled interfaces matched to "
                                          << interfaces->size() << " NetBox interfaces";
    emit interfaceMatchesChanged(deviceId, int(matches.size()));
    return {};
}

} // namespace OpsDeck::Service
