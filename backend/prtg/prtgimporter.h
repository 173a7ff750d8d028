// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include "backend/core/result.h"
#include "backend/domain/inventory.h"
#include "backend/prtg/prtgtypes.h"

namespace OpsDeck::Store {
class Store;
}
namespace OpsDeck::Domain {
class MetricSink;
}

namespace OpsDeck::Prtg {

class PrtgClient;

/// What OpsDeck polls in place of a PRTG sensor.
enum class PollKind { IcmpPing, SnmpInterfaceTraffic, SnmpCustomOid };

/// An OpsDeck polling definition derived from a PRTG sensor, for the poller
/// configuration to take over.
struct PollingDefinition
{
    qint64 deviceId = 0; ///< NetBox device id
    QString deviceName;
    PollKind kind = PollKind::IcmpPing;
    int ifIndex = 0;       ///< SnmpInterfaceTraffic
    QString interfaceName; ///< SnmpInterfaceTraffic, from the sensor name
    QString oid;           ///< SnmpCustomOid
    int intervalSeconds = 60;
    qint64 prtgSensorId = 0;
    QString name; ///< the PRTG sensor name

    bool operator==(const PollingDefinition &) const = default;
};

enum class DeviceMatch { None, HostAddress, HostName, Name, Manual };

/// A PRTG device and the NetBox device it stands for (0: none, to review).
struct DeviceMapping
{
    qint64 prtgDeviceId = 0;
    QString prtgName;
    QString host;
    qint64 deviceId = 0;
    QString deviceName;
    DeviceMatch method = DeviceMatch::None;
    QStringList candidates; ///< NetBox device names that nearly match
};

/// A sensor and what it becomes: a definition template (device filled in
/// from the mapping when applied), or the reason it has no equivalent.
struct SensorPlan
{
    Sensor sensor;
    bool hasEquivalent = false;
    PollingDefinition definition;
    QString reason; ///< when !hasEquivalent
};

/// The reviewable result of reading PRTG: the devices with their proposed
/// mappings and the sensors with their proposed definitions. The console
/// shows it, lets the user fix mappings (setMapping), then applies it.
struct ImportPlan
{
    QList<Group> groups;
    QList<DeviceMapping> devices;
    QList<SensorPlan> sensors;

    /// Devices without a NetBox device.
    [[nodiscard]] QList<DeviceMapping> reviewList() const;
    /// Maps (or with deviceId 0 unmaps) a PRTG device by hand.
    bool setMapping(qint64 prtgDeviceId, qint64 deviceId, const QString &deviceName = {});
};

struct SkippedItem
{
    QString kind; ///< "device" or "sensor"
    qint64 prtgId = 0;
    QString name;
    QString reason;

    bool operator==(const SkippedItem &) const = default;
};

/// The outcome of an import: definitions created, devices mapped, what was
/// skipped and why, and the history written.
struct ImportReport
{
    QList<PollingDefinition> imported;
    QList<DeviceMapping> mapped;
    QList<SkippedItem> skipped;
    int historySensors = 0;
    qint64 historySamples = 0;
};

/// Which part of PRTG to plan for.
struct PlanOptions
{
    QList<qint64> groupIds; ///< groups or probes; empty: everything
};

struct ApplyOptions
{
    bool importHistory = false;
    QDateTime from; ///< UTC
    QDateTime to;   ///< UTC
    int avgSeconds = 3600;
    Domain::MetricSink *sink = nullptr; ///< not owned; needed for history
    int parallelRequests = 4;
};

/// Drives a PRTG import: buildPlan() reads groups, devices, sensors (and the
/// OID of each SNMP custom sensor) and proposes mappings to the store's
/// NetBox devices (by host address, host name, then device name) and
/// polling definitions (ping, SNMP traffic, SNMP custom OID); apply() turns
/// a reviewed plan into a report, records it in the store's
/// prtg_import_state table and optionally copies sensor history into a
/// Domain::MetricSink. Each run ends in exactly one planReady() or finished().
///
/// Lives on the thread of its client and store (neither owned).
class PrtgImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgImporter)

public:
    PrtgImporter(PrtgClient *client, Store::Store *store, QObject *parent = nullptr);
    ~PrtgImporter() override;

    void buildPlan(const PlanOptions &options = {});
    void apply(const ImportPlan &plan, const ApplyOptions &options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// The plan for what was read (pure; `oids` maps SNMP custom sensor ids
    /// to their OIDs).
    [[nodiscard]] static ImportPlan makePlan(const QList<Group> &groups, const QList<Device> &devices,
                                             const QList<Sensor> &sensors, const QHash<qint64, QString> &oids,
                                             const QList<Domain::Device> &netboxDevices,
                                             const QList<qint64> &groupIds = {});
    /// The report of a plan as it stands, without history (pure).
    [[nodiscard]] static ImportReport report(const ImportPlan &plan);
    /// Metric name and object of a history channel of a definition; empty
    /// metric: the channel is not imported.
    [[nodiscard]] static std::pair<QString, QString> metricFor(const PollingDefinition &definition,
                                                               const QString &channel);

signals:
    void progress(const QString &stage, int step, int steps);
    void planReady(const OpsDeck::Result<OpsDeck::Prtg::ImportPlan> &plan);
    void finished(const OpsDeck::Result<OpsDeck::Prtg::ImportReport> &report);

private:
    void failPlan(const Error &error);
    void fetchNextOid();
    void finishPlan();
    void fetchNextHistory();
    void failApply(const Error &error);
    [[nodiscard]] Status persist(const ImportReport &report);

    PrtgClient *m_client;
    Store::Store *m_store;
    bool m_running = false;
    bool m_failed = false;
    PlanOptions m_planOptions;
    QList<Group> m_groups;
    QList<Device> m_devices;
    QList<Sensor> m_sensors;
    QList<qint64> m_oidQueue;
    QHash<qint64, QString> m_oids;
    ApplyOptions m_applyOptions;
    ImportReport m_report;
    QList<PollingDefinition> m_historyQueue;
    int m_historyInFlight = 0;
    int m_historyDone = 0;
};

} // namespace OpsDeck::Prtg
