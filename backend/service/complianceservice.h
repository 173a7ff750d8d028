// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/service/complianceinputs.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

class QThreadPool;
class QTimer;

namespace OpsDeck::Ipc {
class IpcServer;
}
namespace OpsDeck::Jobs {
class JobEngine;
struct Job;
} // namespace OpsDeck::Jobs
namespace OpsDeck::Metrics {
class CollectionScheduler;
}
namespace OpsDeck::NetBox {
class NetBoxClient;
class RenderConfigBatch;
} // namespace OpsDeck::NetBox
namespace OpsDeck::Snmp {
struct DeviceSnapshot;
}

namespace OpsDeck::Service {

struct ComplianceServiceSettings
{
    QString storePath; ///< the workspace store: devices, labels, VLANs and the latest backups
    /// Where the latest report and the software versions seen are kept across restarts.
    QString statePath;
    /// The workspace configuration as its files say now (the "compliance"
    /// section and the NetBox connection), read before every evaluation.
    std::function<Result<Workspace::WorkspaceConfig>()> config;
    /// The NetBox token by vault path; never logged.
    std::function<Result<Vault::Secret>(const QString &path)> secrets;
    /// After a backup job ends, its device is evaluated again this much later
    /// (several backups in that time make one evaluation).
    int afterBackupDelayMs = 3000;
};

/// Configuration compliance in the service: the workspace's rule sets, the
/// drift of each device's latest backup from its intended configuration
/// (NetBox 3.5+ render-config) and its software version (sysDescr or
/// ENTITY-MIB from the SNMP collection) against the target of its platform
/// and role, with the operator's volatile lines ignored.
///
/// An evaluation reads the devices and latest backups on a worker thread,
/// asks NetBox for the intended configurations (four at a time), then runs
/// the ComplianceEngine on every core; it is asked for (compliance.run),
/// follows each backup job that ends (its devices only) and a reload. A
/// configuration push that succeeded is followed by a backup of its device
/// (idempotency key "after-push/<job>"), so its check sees the new state. One
/// evaluation at a time; one asked for meanwhile follows it. The report and
/// the versions seen are kept in statePath.
///
/// IPC methods:
///   compliance.report {"site"?}     -> {"evaluatedAt", "running", "problems": [...], "devices": [device...]}
///   compliance.run {"devices"?: []} -> {"started": true, "devices": n}
///   compliance.drift {"device"}     -> {"device", "source", "intended", "running", "backupVersion",
///                                       "remediation": [...], "problem"}
///   compliance.remediate {"device", "dryRun"?, "lines"? (default: the drift's), "ticket"?, "intent"?, "port"? (22)}
///                                    -> the ssh.push job submitted to the device's primary address
///                                       (the policy gate decides its approvals; the job verifies
///                                       and rolls back what the device did not take)
/// device: {"device", "site", "role", "platform", "state", "worst", "backupVersion",
///          "checks": [{"check", "kind", "name", "state", "severity", "detail", "evidence": [{"line", "text"}]}],
///          "version": {"running", "target", "path"}, "drift": {"missing", "extra", "source"} (with an intended one)}
/// Topic "compliance": {"type": "progress", "done", "total"} and {"type": "finished", "devices", "noncompliant"}.
///
/// Lives on the service's main thread; owns its worker pool and NetBox client.
class ComplianceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceService)

public:
    ComplianceService(Jobs::JobEngine *engine, Ipc::IpcServer *server, QObject *parent = nullptr);
    ~ComplianceService() override;

    /// Reads the kept report and versions, then evaluates every device.
    [[nodiscard]] Status start(const ComplianceServiceSettings &settings);
    /// Records the software versions that the collection reads; its devices
    /// are series keys, turned into names by @p deviceName when set.
    void watch(Metrics::CollectionScheduler *scheduler);
    void setDeviceNames(std::function<QString(const QString &seriesKey)> deviceName)
    {
        m_deviceName = std::move(deviceName);
    }
    /// Evaluates @p devices (every device when empty) now, or after the evaluation under way.
    void run(const QStringList &devices = {});
    /// Re-reads the configuration and evaluates every device; the section's problems, if any.
    [[nodiscard]] Status reload();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QJsonObject reportJson(const QString &site = {}) const;
    /// Records the software version @p device reports (for tests and the collection).
    void recordSoftware(const QString &device, const QString &sysDescr, const QMap<int, QString> &revisions);

signals:
    void evaluationFinished();

private:
    struct Evaluation;

    void registerMethods(Ipc::IpcServer *server);
    void begin();
    void handleLoaded(const std::shared_ptr<Evaluation> &evaluation, const Result<QList<ComplianceDevice>> &devices);
    void fetchIntended(const std::shared_ptr<Evaluation> &evaluation);
    void evaluate(const std::shared_ptr<Evaluation> &evaluation);
    void finish(const std::shared_ptr<Evaluation> &evaluation, const QJsonArray &devices);
    void handleJobFinished(const Jobs::Job &job);
    void backUpAfterPush(const Jobs::Job &push);
    [[nodiscard]] Result<QJsonObject> drift(const QString &device) const;
    [[nodiscard]] Result<QJsonValue> remediate(const QJsonObject &params, const QString &requester);
    void publish(const QJsonObject &event);
    void loadState();
    void saveState() const;

    Jobs::JobEngine *m_engine;
    Ipc::IpcServer *m_server;
    ComplianceServiceSettings m_settings;
    QThreadPool *m_pool;
    QTimer *m_afterBackup;
    bool m_started = false;
    bool m_running = false;
    bool m_again = false;    ///< another evaluation was asked for during this one
    QSet<QString> m_pending; ///< devices it is for (empty with m_pendingAll)
    bool m_pendingAll = false;
    QSet<QString> m_afterBackupDevices;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // What the latest evaluations found, by device name.
    QHash<QString, QJsonObject> m_devices;
    QHash<QString, QString> m_intended;        ///< intended configuration text
    QHash<QString, QString> m_intendedProblem; ///< why there is none
    QString m_intendedSource;
    QHash<QString, QJsonObject> m_software; ///< device -> {"sysDescr", "revisions", "version", "at"}
    QStringList m_problems;
    QDateTime m_evaluatedAt;
    std::shared_ptr<const Compliance::ComplianceEngine> m_config; ///< of the latest evaluation, for drift
    std::function<QString(const QString &)> m_deviceName;
    QPointer<NetBox::NetBoxClient> m_netbox;
    QPointer<NetBox::RenderConfigBatch> m_batch;
};

} // namespace OpsDeck::Service
