// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpsync.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QSet>

#include "backend/domain/metricsink.h"
#include "backend/mcp/mcpmatcher.h"
#include "backend/mcp/mcpmatchstore.h"
#include "backend/mcp/mcpseries.h"
#include "backend/mcp/mcptopology.h"
#include "backend/store/store.h"

Q_DECLARE_LOGGING_CATEGORY(lcMcp)

namespace OpsDeck::Mcp {

namespace {

constexpr int kSteps = 6;

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

McpSync::McpSync(McpClient *client, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

McpSync::~McpSync() = default;

void McpSync::start()
{
    if (m_running || m_pmRunning)
        return;
    m_running = true;
    m_pending = {};
    emit progress(QStringLiteral("networkElements"), 0, kSteps);
    m_client->fetchNetworkElements(this, [this](Result<QList<NetworkElement>> nes) {
        if (!nes)
            return fail(nes.error());
        m_pending.networkElements = std::move(*nes);
        emit progress(QStringLiteral("equipment"), 1, kSteps);
        m_client->fetchEquipment(this, [this](Result<QList<Equipment>> equipment) {
            if (!equipment)
                return fail(equipment.error());
            m_pending.equipment = std::move(*equipment);
            emit progress(QStringLiteral("tpes"), 2, kSteps);
            m_client->fetchTpes(this, [this](Result<QList<Tpe>> tpes) {
                if (!tpes)
                    return fail(tpes.error());
                m_pending.tpes = std::move(*tpes);
                emit progress(QStringLiteral("fres"), 3, kSteps);
                m_client->fetchFres({}, this, [this](Result<QList<Fre>> fres) {
                    if (!fres)
                        return fail(fres.error());
                    m_pending.fres = std::move(*fres);
                    emit progress(QStringLiteral("alarms"), 4, kSteps);
                    m_client->fetchAlarms(m_alarmApi, this, [this](Result<QList<Alarm>> alarms) {
                        if (!alarms)
                            return fail(alarms.error());
                        m_pending.alarms = std::move(*alarms);
                        finishInventory();
                    });
                });
            });
        });
    });
}

void McpSync::fail(const Error &error)
{
    qCWarning(lcMcp) << "sync failed:" << error.toString();
    m_running = false;
    m_pending = {};
    emit finished(error);
}

void McpSync::finishInventory()
{
    emit progress(QStringLiteral("store"), 5, kSteps);
    QList<Domain::Device> devices;
    if (m_store) {
        auto all = m_store->devices();
        if (!all)
            return fail(all.error());
        devices = std::move(*all);
    }
    QList<NeMatch> matches = McpMatcher::match(m_pending.networkElements, devices);
    if (m_store) {
        auto manual = McpMatchStore::manualMatches(*m_store);
        if (!manual)
            return fail(manual.error());
        matches = McpMatchStore::applyManual(std::move(matches), *manual, devices);
    }
    if (m_store) {
        if (auto st = persist(matches); !st)
            return fail(st.error());
    }
    m_inventory = std::move(m_pending);
    m_pending = {};
    m_matches = std::move(matches);
    McpSyncSummary summary;
    summary.networkElements = int(m_inventory.networkElements.size());
    summary.equipment = int(m_inventory.equipment.size());
    summary.tpes = int(m_inventory.tpes.size());
    summary.fres = int(m_inventory.fres.size());
    summary.opticalLinks = int(opticalEdges().size());
    summary.alarms = int(m_inventory.alarms.size());
    for (const NeMatch &m : std::as_const(m_matches))
        (m.deviceId ? summary.matched : summary.unmatched) += 1;
    m_running = false;
    emit progress(QStringLiteral("store"), kSteps, kSteps);
    emit finished(summary);
}

Status McpSync::persist(const QList<NeMatch> &matches)
{
    const Inventory &inv = m_pending;
    QHash<QString, const NeMatch *> matchOf;
    for (const NeMatch &m : matches)
        matchOf.insert(m.networkElementId, &m);
    QList<QVariantList> nes;
    for (const NetworkElement &ne : inv.networkElements) {
        const NeMatch *m = matchOf.value(ne.id);
        nes << QVariantList{ne.id, ne.name, nullable(ne.ipAddress), nullable(ne.macAddress),
                            nullable(ne.serialNumber), nullable(ne.typeGroup), nullable(ne.resourceType),
                            nullable(ne.deviceVersion), nullable(ne.softwareVersion),
                            m && m->deviceId ? QVariant(m->deviceId) : QVariant(),
                            m ? nullable(matchMethodName(m->method)) : QVariant()};
    }
    QList<QVariantList> equipment;
    for (const Equipment &e : inv.equipment)
        equipment << QVariantList{e.id, e.networkElementId, nullable(e.category), nullable(e.name),
                                  nullable(e.nativeName), nullable(e.state), nullable(e.cardType),
                                  nullable(e.serialNumber), nullable(e.partNumber), nullable(e.manufacturer),
                                  nullable(e.shelf), nullable(e.slot), nullable(e.subslot)};
    QList<QVariantList> tpes;
    for (const Tpe &t : inv.tpes)
        tpes << QVariantList{t.id, t.networkElementId, nullable(t.nativeName), nullable(t.structureType),
                             nullable(t.state), nullable(t.shelf), nullable(t.slot), nullable(t.port)};
    QList<QVariantList> fres;
    for (const Fre &f : inv.fres)
        fres << QVariantList{f.id, nullable(f.name), nullable(f.layerRate), nullable(f.serviceClass),
                             nullable(f.freType), nullable(f.operationState), nullable(f.tpeIds.value(0)),
                             nullable(f.tpeIds.size() > 1 ? f.tpeIds.constLast() : QString())};
    const QHash<QString, qint64> alarmDevice = McpTopology::alarmDevices(inv, matches);
    QList<QVariantList> alarms;
    for (const Alarm &a : inv.alarms) {
        const qint64 device = alarmDevice.value(a.id);
        alarms << QVariantList{a.id, nullable(a.networkElementId), device ? QVariant(device) : QVariant(),
                               nullable(a.deviceName), nullable(a.ipAddress), nullable(a.resource),
                               nullable(a.condition), severityName(a.severity), a.state, a.serviceAffecting,
                               a.acknowledged, nullable(a.firstRaised.toString(Qt::ISODateWithMs)),
                               nullable(a.lastRaised.toString(Qt::ISODateWithMs)), nullable(a.additionalText),
                               a.occurrences};
    }
    return m_store->transaction([&]() -> Status {
        if (auto st = m_store->replaceRows(
                QStringLiteral("mcp_network_elements"),
                {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ip_address"),
                 QStringLiteral("mac_address"), QStringLiteral("serial"), QStringLiteral("type_group"),
                 QStringLiteral("resource_type"), QStringLiteral("device_version"),
                 QStringLiteral("software_version"), QStringLiteral("device_id"), QStringLiteral("match_method")},
                nes);
            !st)
            return st;
        if (auto st = m_store->replaceRows(
                QStringLiteral("mcp_equipment"),
                {QStringLiteral("id"), QStringLiteral("ne_id"), QStringLiteral("category"), QStringLiteral("name"),
                 QStringLiteral("native_name"), QStringLiteral("state"), QStringLiteral("card_type"),
                 QStringLiteral("serial"), QStringLiteral("part_number"), QStringLiteral("manufacturer"),
                 QStringLiteral("shelf"), QStringLiteral("slot"), QStringLiteral("subslot")},
                equipment);
            !st)
            return st;
        if (auto st = m_store->replaceRows(QStringLiteral("mcp_tpes"),
                                           {QStringLiteral("id"), QStringLiteral("ne_id"),
                                            QStringLiteral("native_name"), QStringLiteral("structure_type"),
                                            QStringLiteral("state"), QStringLiteral("shelf"), QStringLiteral("slot"),
                                            QStringLiteral("port")},
                                           tpes);
            !st)
            return st;
        if (auto st = m_store->replaceRows(QStringLiteral("mcp_fres"),
                                           {QStringLiteral("id"), QStringLiteral("name"),
                                            QStringLiteral("layer_rate"), QStringLiteral("service_class"),
                                            QStringLiteral("fre_type"), QStringLiteral("operation_state"),
                                            QStringLiteral("a_tpe_id"), QStringLiteral("z_tpe_id")},
                                           fres);
            !st)
            return st;
        return m_store->replaceRows(
            QStringLiteral("mcp_alarms"),
            {QStringLiteral("id"), QStringLiteral("ne_id"), QStringLiteral("device_id"), QStringLiteral("device_name"),
             QStringLiteral("ip_address"), QStringLiteral("resource"), QStringLiteral("condition_type"),
             QStringLiteral("severity"), QStringLiteral("state"), QStringLiteral("service_affecting"),
             QStringLiteral("acknowledged"), QStringLiteral("first_raised"), QStringLiteral("last_raised"),
             QStringLiteral("additional_text"), QStringLiteral("occurrences")},
            alarms);
    });
}

QList<OpticalEdge> McpSync::opticalEdges() const
{
    return McpTopology::opticalEdges(m_inventory, m_matches);
}

void McpSync::collectPm(const PmCollectOptions &options, Domain::MetricSink *sink)
{
    if (m_running || m_pmRunning)
        return;
    m_pmOptions = options;
    m_sink = sink;
    m_pmQueue.clear();
    m_pmInFlight = 0;
    m_pmDone = 0;
    m_pmSamples = 0;
    m_pmFailed = false;
    m_deviceKeyOfNe.clear();
    for (const NeMatch &m : std::as_const(m_matches))
        m_deviceKeyOfNe.insert(m.networkElementId, McpSeries::deviceKey(m.deviceId, m.networkElementId));
    // The ports of the optical links, grouped per network element: one query each.
    QHash<QString, QStringList> portsOfNe;
    QHash<QString, QString> nameOfNe;
    for (const NetworkElement &ne : std::as_const(m_inventory.networkElements))
        nameOfNe.insert(ne.id, ne.name);
    const QList<OpticalEdge> edges = opticalEdges();
    for (const OpticalEdge &e : edges) {
        portsOfNe[e.aNetworkElementId] << e.aPort;
        portsOfNe[e.zNetworkElementId] << e.zPort;
    }
    for (auto it = portsOfNe.cbegin(); it != portsOfNe.cend(); ++it) {
        PmQuery q;
        q.networkElementName = nameOfNe.value(it.key());
        QStringList ports = it.value();
        ports.removeDuplicates();
        q.facilities = ports;
        q.parameters = options.parameters;
        q.granularity = options.granularity;
        q.from = options.from;
        q.to = options.to;
        m_pmQueue << q;
    }
    std::sort(m_pmQueue.begin(), m_pmQueue.end(),
              [](const PmQuery &a, const PmQuery &b) { return a.networkElementName < b.networkElementName; });
    m_pmTotal = int(m_pmQueue.size());
    m_pmRunning = true;
    emit progress(QStringLiteral("pm"), 0, m_pmTotal);
    if (m_pmQueue.isEmpty()) {
        m_pmRunning = false;
        emit pmFinished(qint64(0));
        return;
    }
    for (int i = 0; i < qMax(1, options.parallelQueries); ++i)
        startNextPmQuery();
}

void McpSync::startNextPmQuery()
{
    if (m_pmQueue.isEmpty() || m_pmFailed)
        return;
    const PmQuery query = m_pmQueue.takeFirst();
    ++m_pmInFlight;
    m_client->fetchPm(query, this, [this](Result<PmResult> pm) {
        --m_pmInFlight;
        if (m_pmFailed)
            return;
        Status st = pm ? Status() : Status(pm.error());
        if (st) {
            const auto deviceOf = [this](const QString &ne) {
                return m_deviceKeyOfNe.value(ne, McpSeries::deviceKey(0, ne));
            };
            QList<Domain::MetricSample> batch;
            batch.reserve(pm->samples.size());
            for (const PmSample &s : std::as_const(pm->samples))
                batch << McpSeries::sample(s, deviceOf(s.networkElementId));
            QList<Domain::MetricThreshold> thresholds;
            for (const PmThreshold &t : std::as_const(pm->thresholds))
                thresholds << McpSeries::threshold(t, deviceOf(t.networkElementId), m_pmOptions.granularity);
            m_pmSamples += batch.size();
            if (m_sink)
                st = m_sink->write(batch);
            if (st && m_sink && !thresholds.isEmpty())
                st = m_sink->writeThresholds(thresholds);
        }
        if (!st) {
            m_pmFailed = true;
            m_pmRunning = false;
            if (st.error().code != ErrorCode::Cancelled)
                m_client->cancel(); // the other queries are of no use now
            emit pmFinished(st.error());
            return;
        }
        ++m_pmDone;
        emit progress(QStringLiteral("pm"), m_pmDone, m_pmTotal);
        if (m_pmDone == m_pmTotal) {
            m_pmRunning = false;
            emit pmFinished(m_pmSamples);
            return;
        }
        startNextPmQuery();
    });
}

void McpSync::cancel()
{
    if (m_running || m_pmRunning)
        m_client->cancel();
}

} // namespace OpsDeck::Mcp
