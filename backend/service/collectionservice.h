// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include "backend/core/result.h"
#include "backend/domain/devicelabels.h"
#include "backend/service/snmpvaultcredentials.h"
#include "backend/snmp/devicedata.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Icmp {
class IcmpProber;
}
namespace OpsDeck::Metrics {
class CollectionScheduler;
class MetricStore;
} // namespace OpsDeck::Metrics
namespace OpsDeck::Snmp {
class SnmpPoller;
}
namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Ipc {
class IpcServer;
} // namespace OpsDeck::Ipc

namespace OpsDeck::Service {

/// What the collection service needs to know about the workspace.
struct CollectionServiceSettings
{
    QString storePath; ///< the workspace's SQLite inventory store
    Workspace::PollingConfig polling;
    Workspace::CollectionConfig collection;
    Workspace::CredentialProfilesConfig profiles; ///< SNMP profiles chosen per device; else polling's setting
    SecretLookup secrets;                         ///< SNMP credentials (polling.credentials, profiles), never logged
    bool icmp = true;     ///< run the "icmp" group (needs ICMP sockets; otherwise reported once)
};

/// A device of the store the service knows by address.
struct KnownDevice
{
    qint64 id = 0;
    QString name;
};

/// A device left out of collection because its SNMP credentials cannot be
/// read (missing from the vault, vault locked, none configured).
struct DeviceProblem
{
    qint64 id = 0;
    QString device;
    QString profile; ///< the device's SNMP profile; empty: the workspace-wide setting
    QString problem; ///< names the vault entry, never a value
};

/// Runs a workspace's CollectionScheduler in the service and publishes it:
/// targets are the store's devices with a primary IP (series key: the
/// NetBox device id as text, as the console reads it; role slug: the role name in lower case with runs of other
/// characters as '-'), SNMP version, credentials (from the vault) and port
/// of the device's credential profile (the first rule matching its site, role
/// or tag), else of the workspace-wide setting; intervals from
/// WorkspaceConfig::service.collection. A device whose credentials cannot be
/// read is left out and reported; the others are collected. Methods:
///   collection.status {}  -> {"enabled", "running", "devices", "leases", "lastCycles": [report...],
///                             "problem": why the devices could not be loaded, or which could not be
///                             polled and why (e.g. no SNMP credentials), or "",
///                             "deviceProblems": [{"device", "deviceId", "profile", "problem"}...]}
///   collection.live {"devices": [id or name...], "interfaces": [...], "intervalMs", "durationSeconds"}
///                         -> {"lease", "devices": [accepted series keys...], "intervalMs", "durationSeconds"}
///   collection.endLive {"lease"} -> {"ended": bool}
/// Topics: "poll" {"type": "samples", "lease", "device", "timestamp" (ms since epoch),
/// "samples": [{"object", "metric", "value"}]} and {"type": "leaseEnded", "lease"};
/// "collection" {"type": "cycleFinished", "intervalMs", "cycle", "started", "skipped", "ok", "failed"}.
/// After a collection that read a device's interfaces (or sensors), the
/// polled interfaces are matched to the device's NetBox interfaces
/// (Metrics::InterfaceMatcher) and the store's interface_matches rows of the
/// device are replaced when the result differs from them; the match runs
/// again only when the polled names or sensors change, or after
/// reloadDevices().
/// Lives on the service's main thread; owns the poller, prober, scheduler and
/// its connection to the inventory store, not the metric store or the server.
class CollectionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionService)

public:
    CollectionService(Metrics::MetricStore *metrics, Ipc::IpcServer *server, QObject *parent = nullptr);
    ~CollectionService() override;

    /// Loads the devices and starts collecting when the configuration
    /// enables it. Fails (collecting nothing) when the store cannot be read;
    /// devices whose SNMP credentials are missing are left out (deviceProblems()).
    [[nodiscard]] Status start(const CollectionServiceSettings &settings);
    /// Re-reads the devices from the store (after a sync).
    [[nodiscard]] Status reloadDevices();

    [[nodiscard]] Metrics::CollectionScheduler *scheduler() const { return m_scheduler; }
    /// Primary IP (as QHostAddress::toString()) -> device, of the last load.
    [[nodiscard]] const QHash<QString, KnownDevice> &devicesByAddress() const { return m_byAddress; }
    /// The devices of the last load that are not collected, and why.
    [[nodiscard]] const QList<DeviceProblem> &deviceProblems() const { return m_deviceProblems; }

    /// "Core Switch" -> "core-switch".
    [[nodiscard]] static QString roleSlug(const QString &roleName);
    /// Every device of the store with a primary IP, keyed by address; with
    /// @p labels, the site, role and tags of every named device (with an
    /// address or not) by device name.
    [[nodiscard]] static Result<QHash<QString, KnownDevice>>
    loadDeviceAddresses(const QString &storePath, QHash<QString, Domain::DeviceLabels> *labels = nullptr);

signals:
    void devicesLoaded(int count);
    /// The stored interface matches of a NetBox device were replaced.
    void interfaceMatchesChanged(qint64 deviceId, int matches);

private:
    /// What the last polls of a device showed, for matching.
    struct PolledNames
    {
        QList<Snmp::InterfaceStats> interfaces;
        QList<Snmp::SensorReading> sensors;
        bool haveInterfaces = false;
        QString matchedSignature; ///< of the names the stored matches were checked against
    };
    void handleSnapshot(const QString &device, const Snmp::DeviceSnapshot &snapshot);
    [[nodiscard]] Status loadDevices();
    /// A target with the SNMP access of @p profile (nullptr: the workspace-wide setting), or why not.
    [[nodiscard]] Result<Snmp::SnmpTarget> accessTarget(const Workspace::SnmpProfile *profile) const;
    [[nodiscard]] static QString problemSummary(const QList<DeviceProblem> &problems);
    [[nodiscard]] QJsonArray problemsJson() const;
    [[nodiscard]] Status updateMatches(qint64 deviceId, const PolledNames &polled);

    Snmp::SnmpPoller *m_poller;
    Icmp::IcmpProber *m_prober = nullptr;
    Metrics::CollectionScheduler *m_scheduler;
    Ipc::IpcServer *m_server;
    CollectionServiceSettings m_settings;
    QHash<QString, KnownDevice> m_byAddress;
    QList<QJsonObject> m_lastCycles;
    QHash<QString, qint64> m_idByName; ///< series key device -> NetBox id
    QHash<QString, PolledNames> m_polled;
    std::unique_ptr<Store::Store> m_store; ///< opened on first use
    QString m_problem; ///< why the last reloadDevices() failed, or which devices it left out; empty when neither
    QList<DeviceProblem> m_deviceProblems;
};

} // namespace OpsDeck::Service
