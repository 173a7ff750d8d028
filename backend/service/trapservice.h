// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include "backend/core/result.h"
#include "backend/service/collectionservice.h"
#include "backend/service/snmpvaultcredentials.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Snmp {
class TrapReceiver;
struct TrapEvent;
} // namespace OpsDeck::Snmp

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Ipc {
class IpcServer;
} // namespace OpsDeck::Ipc

namespace OpsDeck::Service {

struct TrapServiceSettings
{
    QString storePath; ///< the workspace's SQLite store (table device_events)
    Workspace::TrapsConfig traps;
    SecretLookup secrets; ///< communities and v3 users, never logged
};

/// Runs the SNMP notification receiver in the service: every accepted trap
/// or inform becomes an event stored against the device whose primary IP
/// is the source address (device_events), and is published. Methods:
///   events.list {"device": name (optional), "afterId": n, "limit": n (default 200, <= 5000)}
///                  -> [event...] oldest first
///   traps.status {} -> {"running", "address", "port", "dropped", "received"}
/// Topic "events": {"type": "trap", "event": event}, where an event is
/// {"id", "receivedAt" (ISO 8601 UTC, ms), "deviceId" (0: unknown), "device"
/// (name, else the source address), "source", "kind": "snmp.trap" or
/// "snmp.inform", "name" ("linkDown", ... or the OID), "oid", "summary",
/// "version" ("v1", "v2c", "v3"), "securityName", "ifIndex",
/// "varBinds": [{"oid", "value"}]}. Lives on the service's main thread.
class TrapService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrapService)

public:
    explicit TrapService(Ipc::IpcServer *server, QObject *parent = nullptr);
    ~TrapService() override;

    /// Opens the event table and, when traps.enabled, binds the port (a
    /// Network error when it cannot; the service keeps running without it).
    [[nodiscard]] Status start(const TrapServiceSettings &settings);
    void stop();
    [[nodiscard]] bool isRunning() const;

    /// Source address (QHostAddress::toString()) -> device.
    void setDevices(const QHash<QString, KnownDevice> &byAddress);

    /// Stores and publishes one event; returns it with its id.
    [[nodiscard]] Result<QJsonObject> record(const Snmp::TrapEvent &trap);
    [[nodiscard]] Result<QList<QJsonObject>> list(const QString &device, qint64 afterId, int limit) const;

signals:
    void eventRecorded(const QJsonObject &event);
    /// Every received notification, with the device it came from (its name,
    /// else the source address), for the alarm engine.
    void trapReceived(const OpsDeck::Snmp::TrapEvent &trap, const QString &device);

private:
    [[nodiscard]] Status openStore(const QString &storePath);

    Ipc::IpcServer *m_server;
    Snmp::TrapReceiver *m_receiver;
    TrapServiceSettings m_settings;
    QHash<QString, KnownDevice> m_devices;
    std::unique_ptr<Store::Store> m_store;
    qint64 m_received = 0;
};

} // namespace OpsDeck::Service
