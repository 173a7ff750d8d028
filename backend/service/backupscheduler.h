// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/workspace/backupschedules.h"

class QThreadPool;
class QTimer;

namespace OpsDeck::Ipc {
class IpcServer;
}

namespace OpsDeck::Jobs {
class JobEngine;
struct Job;
} // namespace OpsDeck::Jobs

namespace OpsDeck::Service {

/// One device that ended a run without a backup, and why.
struct BackupFailure
{
    QString device;
    QString reason;
    int attempts = 0;
};

/// What one run of a schedule did. Plain value type.
struct BackupRun
{
    QString schedule;
    QString slot; ///< the due slot ("20240501T0200Z") or "manual-<ms>"
    bool manual = false;
    QDateTime dueAt;
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while the run goes on
    int devices = 0;
    int succeeded = 0; ///< a new version stored
    int unchanged = 0; ///< the configuration equals the latest version
    int failed = 0;
    int retries = 0; ///< jobs submitted again after a failure
    QList<BackupFailure> failures;

    [[nodiscard]] bool isFinished() const { return finishedAt.isValid(); }
    [[nodiscard]] QJsonObject toJson() const;
    /// The run toJson() wrote; std::nullopt when @p json is not one (no schedule or slot).
    [[nodiscard]] static std::optional<BackupRun> fromJson(const QJsonObject &json);
};

struct BackupSchedulerSettings
{
    QString storePath; ///< the workspace store: devices, their labels and addresses
    /// The schedules as the workspace's files say now (read on start and reload).
    std::function<Result<Workspace::BackupsConfig>()> config;
    int retryBackoffMs = 60000;  ///< before the first retry; doubled for each further one
    int maxTimerMs = 60000;      ///< longest sleep between two looks at the clock
    int historyPerSchedule = 20; ///< finished runs kept per schedule
    /// The file the finished runs are kept in across restarts (JSON, written
    /// atomically after each run); empty: kept in memory only.
    QString historyPath;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString requester = QStringLiteral("backup-scheduler");
};

/// Runs the workspace's backup schedules (workspace.json "backups") in the
/// service: at each due slot it selects the devices of a schedule's scope
/// that have a primary address and submits one ssh.backup job per device to
/// the JobEngine, with the idempotency key "backup/<schedule>/<slot>/<device>/<attempt>",
/// so a service restarted during a slot resumes it without backing a device
/// up twice. At most concurrencyPerSite jobs of a run are unfinished per site
/// (the next is submitted when one ends); a failed device is submitted again
/// up to `retries` times with a doubling backoff. Each run is recorded
/// (BackupRun), kept in BackupSchedulerSettings::historyPath across restarts
/// (a slot whose run is recorded there as finished is not taken up again),
/// for the IPC methods:
///   schedule.list {}       -> [{"name", "scope", "timing", ..., "nextDue", "running", "lastRun"}]
///   schedule.run {"name"}  -> {"schedule", "slot"}: a run now (Conflict while one goes on)
///   schedule.runs {"name"} -> [run, ...] latest first
///
/// Lives on the engine's thread (the service's main thread) and does not own
/// the engine. The store is read for the scope on a one-thread pool it owns,
/// so the event loop never waits for it; the destructor waits for that read.
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    BackupScheduler(Jobs::JobEngine *engine, Ipc::IpcServer *server, QObject *parent = nullptr);
    ~BackupScheduler() override;

    /// Reads the schedules, resumes the slot of each that was started before
    /// (by a previous service) and waits for the next due times.
    [[nodiscard]] Status start(const BackupSchedulerSettings &settings);
    /// Re-reads the schedules; runs going on finish with the schedule they started with.
    [[nodiscard]] Status reload();
    /// Starts a run of @p name now; returns its slot.
    [[nodiscard]] Result<QString> runNow(const QString &name);

    [[nodiscard]] const Workspace::BackupsConfig &config() const { return m_config; }
    /// The runs of @p name, latest first (one going on first of all).
    [[nodiscard]] QList<BackupRun> runs(const QString &name) const;
    [[nodiscard]] QJsonArray schedulesJson() const;

signals:
    void runStarted(const OpsDeck::Service::BackupRun &run);
    void runFinished(const OpsDeck::Service::BackupRun &run);

private:
    /// A device of a run, and which attempt comes next.
    struct Pending
    {
        QString device;
        QString site;
        QJsonObject target;
        int attempt = 0;
    };
    struct ActiveRun;

    void registerMethods(Ipc::IpcServer *server);
    void arm();
    void handleTimer();
    [[nodiscard]] bool slotBegun(const QString &name, const QString &slot);
    void beginRun(const Workspace::BackupSchedule &schedule, const QString &slot, const QDateTime &dueAt, bool manual);
    void handleDevicesLoaded(const QString &name, const Result<QList<QJsonObject>> &targets);
    void pump(ActiveRun &run);
    void submit(ActiveRun &run, const Pending &pending);
    void handleJobFinished(const Jobs::Job &job);
    void settleJob(const QString &name, const Pending &pending, const Jobs::Job &job, bool replayed);
    void settle(const QString &name, const Pending &pending, bool ok, bool changed, const QString &reason,
                bool replayed);
    void finishIfDone(const QString &name);
    void loadHistory();
    void saveHistory() const;
    [[nodiscard]] bool slotFinished(const QString &name, const QString &slot) const;

    Jobs::JobEngine *m_engine;
    BackupSchedulerSettings m_settings;
    Workspace::BackupsConfig m_config;
    QTimer *m_timer;
    QThreadPool *m_pool;
    QHash<QString, QDateTime> m_seenSlot;                ///< schedule -> latest slot already handled
    QHash<QString, std::shared_ptr<ActiveRun>> m_active; ///< schedule -> its run going on
    QHash<QString, std::pair<QString, Pending>> m_jobs;  ///< job id -> schedule and device
    QMap<QString, QList<BackupRun>> m_history;           ///< schedule -> finished runs, latest first
    bool m_started = false;
};

} // namespace OpsDeck::Service

Q_DECLARE_METATYPE(OpsDeck::Service::BackupRun)
