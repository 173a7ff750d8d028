// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/prtg/prtgimporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include "backend/domain/metricsink.h"
#include "backend/prtg/prtgclient.h"
#include "backend/store/store.h"

Q_DECLARE_LOGGING_CATEGORY(lcPrtg)

namespace OpsDeck::Prtg {

namespace {

QString ipOf(const QString &address)
{
    const qsizetype slash = address.indexOf(QLatin1Char('/'));
    return (slash >= 0 ? address.left(slash) : address).trimmed();
}

QString hostKey(const QString &name)
{
    const QString key = name.trimmed().toLower();
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    return dot > 0 ? key.left(dot) : key;
}

bool looksLikeAddress(const QString &host)
{
    static const QRegularExpression v4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return v4.match(host).hasMatch() || host.contains(QLatin1Char(':'));
}

QString kindName(PollKind kind)
{
    switch (kind) {
    case PollKind::IcmpPing: return QStringLiteral("icmp-ping");
    case PollKind::SnmpInterfaceTraffic: return QStringLiteral("snmp-interface-traffic");
    case PollKind::SnmpCustomOid: return QStringLiteral("snmp-custom-oid");
    }
    return {};
}

QString definitionJson(const PollingDefinition &d)
{
    QJsonObject o{{QStringLiteral("kind"), kindName(d.kind)},
                  {QStringLiteral("deviceId"), d.deviceId},
                  {QStringLiteral("intervalSeconds"), d.intervalSeconds},
                  {QStringLiteral("name"), d.name}};
    if (d.kind == PollKind::SnmpInterfaceTraffic) {
        o.insert(QStringLiteral("ifIndex"), d.ifIndex);
        o.insert(QStringLiteral("interfaceName"), d.interfaceName);
    }
    if (d.kind == PollKind::SnmpCustomOid)
        o.insert(QStringLiteral("oid"), d.oid);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The sensor types with an OpsDeck equivalent; everything else is listed.
SensorPlan planSensor(const Sensor &s, const QHash<qint64, QString> &oids)
{
    SensorPlan plan;
    plan.sensor = s;
    PollingDefinition &d = plan.definition;
    d.prtgSensorId = s.id;
    d.name = s.name;
    d.intervalSeconds = s.intervalSeconds > 0 ? s.intervalSeconds : 60;
    if (s.type == QLatin1String("ping")) {
        d.kind = PollKind::IcmpPing;
        plan.hasEquivalent = true;
    } else if (s.type == QLatin1String("snmptraffic")) {
        // [INFERRED] PRTG names traffic sensors "(<ifIndex>) <ifDescr> Traffic".
        static const QRegularExpression name(QStringLiteral("^\\((\\d+)\\)\\s*(.*?)(\\s+Traffic)?$"));
        const QRegularExpressionMatch m = name.match(s.name);
        if (m.hasMatch()) {
            d.kind = PollKind::SnmpInterfaceTraffic;
            d.ifIndex = m.captured(1).toInt();
            d.interfaceName = m.captured(2).trimmed();
            plan.hasEquivalent = true;
        } else {
            plan.reason = QStringLiteral("SNMP traffic sensor without an interface number in its name");
        }
    } else if (s.type == QLatin1String("snmpcustom") || s.type == QLatin1String("snmpcustomadvanced")) {
        const QString oid = oids.value(s.id).trimmed();
        static const QRegularExpression numeric(QStringLiteral("^\\.?\\d+(\\.\\d+)+$"));
        if (numeric.match(oid).hasMatch()) {
            d.kind = PollKind::SnmpCustomOid;
            d.oid = oid.startsWith(QLatin1Char('.')) ? oid.mid(1) : oid;
            plan.hasEquivalent = true;
        } else {
            plan.reason = QStringLiteral("SNMP custom sensor without a numeric OID");
        }
    } else {
        plan.reason = QStringLiteral("no OpsDeck equivalent for sensor type \"%1\"").arg(s.type);
    }
    return plan;
}

} // namespace

QList<DeviceMapping> ImportPlan::reviewList() const
{
    QList<DeviceMapping> out;
    for (const DeviceMapping &m : devices) {
        if (m.deviceId == 0)
            out << m;
    }
    return out;
}

bool ImportPlan::setMapping(qint64 prtgDeviceId, qint64 deviceId, const QString &deviceName)
{
    for (DeviceMapping &m : devices) {
        if (m.prtgDeviceId == prtgDeviceId) {
            m.deviceId = deviceId;
            m.deviceName = deviceId ? deviceName : QString();
            m.method = deviceId ? DeviceMatch::Manual : DeviceMatch::None;
            return true;
        }
    }
    return false;
}

PrtgImporter::PrtgImporter(PrtgClient *client, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

PrtgImporter::~PrtgImporter() = default;

ImportPlan PrtgImporter::makePlan(const QList<Group> &groups, const QList<Device> &devices,
                                  const QList<Sensor> &sensors, const QHash<qint64, QString> &oids,
                                  const QList<Domain::Device> &netboxDevices, const QList<qint64> &groupIds)
{
    ImportPlan plan;
    plan.groups = groups;
    // Selected groups and everything below them.
    QSet<qint64> selected(groupIds.cbegin(), groupIds.cend());
    if (!selected.isEmpty()) {
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Group &g : groups) {
                if (!selected.contains(g.id) && selected.contains(g.parentId)) {
                    selected.insert(g.id);
                    grew = true;
                }
            }
        }
    }
    QHash<QString, qsizetype> byIp;
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < netboxDevices.size(); ++i) {
        const Domain::Device &d = netboxDevices.at(i);
        if (!d.primaryIp.isEmpty())
            byIp.insert(ipOf(d.primaryIp), i);
        if (!d.name.isEmpty()) {
            byName.insert(d.name.trimmed().toLower(), i);
            byName.insert(hostKey(d.name), i);
        }
    }
    QSet<qint64> planned;
    for (const Device &pd : devices) {
        if (!selected.isEmpty() && !selected.contains(pd.parentId))
            continue;
        planned.insert(pd.id);
        DeviceMapping m;
        m.prtgDeviceId = pd.id;
        m.prtgName = pd.name;
        m.host = pd.host;
        qsizetype hit = -1;
        if (looksLikeAddress(pd.host)) {
            hit = byIp.value(pd.host.trimmed(), -1);
            if (hit >= 0)
                m.method = DeviceMatch::HostAddress;
        } else if (!pd.host.isEmpty()) {
            hit = byName.value(pd.host.trimmed().toLower(), byName.value(hostKey(pd.host), -1));
            if (hit >= 0)
                m.method = DeviceMatch::HostName;
        }
        if (hit < 0) {
            hit = byName.value(pd.name.trimmed().toLower(), -1);
            if (hit >= 0)
                m.method = DeviceMatch::Name;
        }
        if (hit >= 0) {
            m.deviceId = netboxDevices.at(hit).id;
            m.deviceName = netboxDevices.at(hit).name;
        } else {
            const QString key = hostKey(pd.name);
            for (const Domain::Device &d : netboxDevices) {
                if (m.candidates.size() >= 5)
                    break;
                if (!key.isEmpty() && hostKey(d.name).contains(key))
                    m.candidates << d.name;
            }
        }
        plan.devices << m;
    }
    for (const Sensor &s : sensors) {
        if (planned.contains(s.deviceId))
            plan.sensors << planSensor(s, oids);
    }
    return plan;
}

ImportReport PrtgImporter::report(const ImportPlan &plan)
{
    ImportReport r;
    QHash<qint64, const DeviceMapping *> mappingOf;
    for (const DeviceMapping &m : plan.devices) {
        mappingOf.insert(m.prtgDeviceId, &m);
        if (m.deviceId)
            r.mapped << m;
        else
            r.skipped << SkippedItem{QStringLiteral("device"), m.prtgDeviceId, m.prtgName,
                                     QStringLiteral("no matching NetBox device for host \"%1\"").arg(m.host)};
    }
    for (const SensorPlan &sp : plan.sensors) {
        const DeviceMapping *m = mappingOf.value(sp.sensor.deviceId);
        if (!sp.hasEquivalent) {
            r.skipped << SkippedItem{QStringLiteral("sensor"), sp.sensor.id, sp.sensor.name, sp.reason};
        } else if (!m || !m->deviceId) {
            r.skipped << SkippedItem{QStringLiteral("sensor"), sp.sensor.id, sp.sensor.name,
                                     QStringLiteral("its device \"%1\" is not mapped to NetBox").arg(sp.sensor.device)};
        } else {
            PollingDefinition d = sp.definition;
            d.deviceId = m->deviceId;
            d.deviceName = m->deviceName;
            r.imported << d;
        }
    }
    return r;
}

std::pair<QString, QString> PrtgImporter::metricFor(const PollingDefinition &d, const QString &channel)
{
    switch (d.kind) {
    case PollKind::IcmpPing:
        if (channel.startsWith(QLatin1String("Ping Time")) || channel == QLatin1String("value_"))
            return {QStringLiteral("icmp.rtt.ms"), QString()};
        break;
    case PollKind::SnmpInterfaceTraffic: {
        const QString object = QStringLiteral("ifIndex:%1").arg(d.ifIndex);
        if (channel.startsWith(QLatin1String("Traffic In")))
            return {QStringLiteral("if.in.bps"), object};
        if (channel.startsWith(QLatin1String("Traffic Out")))
            return {QStringLiteral("if.out.bps"), object};
        break;
    }
    case PollKind::SnmpCustomOid:
        if (channel != QLatin1String("Downtime"))
            return {QStringLiteral("snmp.oid.value"), QStringLiteral("oid:") + d.oid};
        break;
    }
    return {};
}

void PrtgImporter::buildPlan(const PlanOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_failed = false;
    m_planOptions = options;
    m_oids.clear();
    emit progress(QStringLiteral("groups"), 0, 4);
    m_client->fetchGroups(this, [this](Result<QList<Group>> groups) {
        if (!groups)
            return failPlan(groups.error());
        m_groups = std::move(*groups);
        emit progress(QStringLiteral("devices"), 1, 4);
        m_client->fetchDevices(this, [this](Result<QList<Device>> devices) {
            if (!devices)
                return failPlan(devices.error());
            m_devices = std::move(*devices);
            emit progress(QStringLiteral("sensors"), 2, 4);
            m_client->fetchSensors(0, this, [this](Result<QList<Sensor>> sensors) {
                if (!sensors)
                    return failPlan(sensors.error());
                m_sensors = std::move(*sensors);
                emit progress(QStringLiteral("oids"), 3, 4);
                m_oidQueue.clear();
                for (const Sensor &s : std::as_const(m_sensors)) {
                    if (s.type.startsWith(QLatin1String("snmpcustom")))
                        m_oidQueue << s.id;
                }
                fetchNextOid();
            });
        });
    });
}

void PrtgImporter::fetchNextOid()
{
    if (m_oidQueue.isEmpty()) {
        finishPlan();
        return;
    }
    const qint64 id = m_oidQueue.takeFirst();
    // [INFERRED] the property holding an SNMP custom sensor's OID is "oid".
    m_client->fetchObjectProperty(id, QStringLiteral("oid"), this, [this, id](Result<QString> oid) {
        if (!oid && oid.error().code != ErrorCode::NotFound)
            return failPlan(oid.error());
        if (oid)
            m_oids.insert(id, *oid);
        fetchNextOid();
    });
}

void PrtgImporter::finishPlan()
{
    QList<Domain::Device> netbox;
    if (m_store) {
        auto devices = m_store->devices();
        if (!devices)
            return failPlan(devices.error());
        netbox = std::move(*devices);
    }
    ImportPlan plan = makePlan(m_groups, m_devices, m_sensors, m_oids, netbox, m_planOptions.groupIds);
    m_running = false;
    emit progress(QStringLiteral("oids"), 4, 4);
    emit planReady(plan);
}

void PrtgImporter::failPlan(const Error &error)
{
    qCWarning(lcPrtg) << "PRTG plan failed:" << error.toString();
    m_running = false;
    emit planReady(error);
}

void PrtgImporter::apply(const ImportPlan &plan, const ApplyOptions &options)
{
    if (m_running)
        return;
    m_applyOptions = options;
    m_report = report(plan);
    m_failed = false;
    if (options.importHistory && (!options.sink || !options.from.isValid() || options.to <= options.from)) {
        emit finished(Error(ErrorCode::InvalidInput, QStringLiteral("history import needs a sink and a time window")));
        return;
    }
    m_running = true;
    m_historyQueue = options.importHistory ? m_report.imported : QList<PollingDefinition>();
    m_historyInFlight = 0;
    m_historyDone = 0;
    emit progress(QStringLiteral("history"), 0, int(m_historyQueue.size()));
    if (m_historyQueue.isEmpty()) {
        fetchNextHistory();
        return;
    }
    for (int i = 0; i < qMax(1, options.parallelRequests); ++i)
        fetchNextHistory();
}

void PrtgImporter::fetchNextHistory()
{
    if (m_failed)
        return;
    if (m_historyQueue.isEmpty()) {
        if (m_historyInFlight > 0)
            return;
        // Everything read: record the outcome, then report.
        if (m_store) {
            if (auto st = persist(m_report); !st)
                return failApply(st.error());
        }
        m_running = false;
        emit finished(m_report);
        return;
    }
    const PollingDefinition d = m_historyQueue.takeFirst();
    ++m_historyInFlight;
    m_client->fetchHistory(d.prtgSensorId, m_applyOptions.from, m_applyOptions.to, m_applyOptions.avgSeconds, this,
                           [this, d](Result<QList<HistoryRow>> rows) {
                               --m_historyInFlight;
                               if (m_failed)
                                   return;
                               if (!rows)
                                   return failApply(rows.error());
                               QList<Domain::MetricSample> batch;
                               const QString device = QString::number(d.deviceId);
                               for (const HistoryRow &row : std::as_const(*rows)) {
                                   for (auto it = row.channels.cbegin(); it != row.channels.cend(); ++it) {
                                       const auto [metric, object] = metricFor(d, it.key());
                                       if (metric.isEmpty())
                                           continue;
                                       // [INFERRED] traffic "(speed)" channels are kbit/s.
                                       const double scale =
                                           it.key().contains(QLatin1String("(speed)")) ? 1000.0 : 1.0;
                                       batch << Domain::MetricSample{device, object, metric,
                                                                     row.time.toMSecsSinceEpoch(), it.value() * scale};
                                   }
                               }
                               if (auto st = m_applyOptions.sink->write(batch); !st)
                                   return failApply(st.error());
                               m_report.historySamples += batch.size();
                               ++m_report.historySensors;
                               ++m_historyDone;
                               emit progress(QStringLiteral("history"), m_historyDone,
                                             m_historyDone + int(m_historyQueue.size()) + m_historyInFlight);
                               fetchNextHistory();
                           });
}

void PrtgImporter::failApply(const Error &error)
{
    qCWarning(lcPrtg) << "PRTG import failed:" << error.toString();
    const bool cancelled = error.code == ErrorCode::Cancelled;
    m_failed = true;
    m_running = false;
    m_historyQueue.clear();
    if (!cancelled)
        m_client->cancel();
    emit finished(error);
}

Status PrtgImporter::persist(const ImportReport &report)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<QVariantList> rows;
    for (const DeviceMapping &m : report.mapped)
        rows << QVariantList{m.prtgDeviceId, QStringLiteral("device"), m.deviceId, QVariant(), QStringLiteral("mapped"),
                             QVariant(), now};
    for (const PollingDefinition &d : report.imported)
        rows << QVariantList{d.prtgSensorId, QStringLiteral("sensor"), d.deviceId, definitionJson(d),
                             QStringLiteral("imported"), QVariant(), now};
    for (const SkippedItem &s : report.skipped)
        rows << QVariantList{s.prtgId, s.kind, QVariant(), QVariant(), QStringLiteral("skipped"), s.reason, now};
    return m_store->replaceRows(QStringLiteral("prtg_import_state"),
                                {QStringLiteral("prtg_object_id"), QStringLiteral("kind"), QStringLiteral("device_id"),
                                 QStringLiteral("definition"), QStringLiteral("status"), QStringLiteral("reason"),
                                 QStringLiteral("imported_at")},
                                rows);
}

void PrtgImporter::cancel()
{
    if (m_running)
        m_client->cancel();
}

} // namespace OpsDeck::Prtg
