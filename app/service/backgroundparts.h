// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>

#include "backend/service/alarmservice.h"
#include "backend/service/analysisservice.h"
#include "backend/service/collectionservice.h"
#include "backend/service/syncservice.h"
#include "backend/service/trapservice.h"

namespace OpsDeck::Metrics {
class MetricStore;
}

namespace OpsDeck::Service {

class BackupScheduler;
class ComplianceService;

/// What opsdeckd runs besides jobs, for one workspace: collection, the trap
/// receiver, scheduled syncs and the alarm engine with its notifications. A part that cannot start (often: the vault
/// is still locked, or no SNMP credential is configured) is reported and
/// started again by startMissing(), which the service calls when the vault
/// is unlocked or a secret changes. Registers workspace.reload {} ->
/// {"collecting", "alarms": "ok" or why the rules or channels were refused}:
/// after the console or the CLI changed workspace.json, the schedule,
/// collection, alarm rules, notification channels and backup schedules
/// follow without a restart.
class BackgroundParts final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString folder; ///< the workspace folder; its configuration is read from there
        QString storePath;
        SecretLookup secrets;
        bool icmp = true;
        QString metricsPath; ///< the metric store file; MCP syncs write optical PM there
    };

    BackgroundParts(const Settings &settings, Metrics::MetricStore *metrics, Ipc::IpcServer *server,
                    QObject *parent = nullptr);

    /// Starts every part with the configuration as it is now.
    void start();
    /// Starts the parts that are not running; reloads the devices' credentials
    /// of a running collection.
    void startMissing();
    /// Re-reads workspace.json: new polling and collection settings, new
    /// sync schedule.
    [[nodiscard]] Result<QJsonValue> reload();

    /// The alarm engine's service part, for the jobs to feed.
    [[nodiscard]] AlarmService &alarms() { return m_alarms; }
    [[nodiscard]] AnalysisService &analysis() { return m_analysis; }
    /// The backup scheduler reload() re-reads too (not owned; may be null).
    void setBackupScheduler(BackupScheduler *scheduler) { m_backups = scheduler; }
    /// The compliance checker reload() re-reads too, and that learns the
    /// software versions the collection reads (not owned; may be null).
    void setComplianceService(ComplianceService *compliance);

private:
    void startCollection();
    void startTraps();
    void startAlarms(const Workspace::WorkspaceConfig &config);

    Settings m_settings;
    CollectionService m_collection;
    TrapService m_traps;
    SyncService m_sync;
    AlarmService m_alarms;
    AnalysisService m_analysis;
    CollectionServiceSettings m_collectionSettings;
    Workspace::TrapsConfig m_trapsConfig;
    BackupScheduler *m_backups = nullptr;
    ComplianceService *m_compliance = nullptr;
    bool m_collecting = false;
    bool m_receiving = false;
};

} // namespace OpsDeck::Service
