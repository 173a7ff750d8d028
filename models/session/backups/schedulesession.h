// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include "backend/core/result.h"
#include "backend/workspace/backupschedules.h"

class QJsonObject;

namespace OpsDeck::Models {

class JobServiceConnection;

/// One finished (or running) run of a backup schedule, as the service reports it.
struct ScheduleRun
{
    QString schedule;
    QString slot;
    bool manual = false;
    bool running = false;
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt;
    int devices = 0;
    int succeeded = 0; ///< new versions stored
    int unchanged = 0;
    int failed = 0;
    int retries = 0;
    QStringList failures; ///< "device: reason"

    [[nodiscard]] static ScheduleRun fromJson(const QJsonObject &json);
};

/// A schedule as the running service sees it: when it is next due and its latest run.
struct ScheduleState
{
    QString name;
    QDateTime nextDue; ///< UTC; invalid when unknown
    bool running = false;
    bool hasLastRun = false;
    ScheduleRun lastRun;

    [[nodiscard]] static ScheduleState fromJson(const QJsonObject &json);
};

/// The console's editing of the workspace's backup schedules
/// (workspace.json "backups") and its view of them in the service: reads and
/// writes the section on a one-thread pool this session owns (never the GUI
/// thread), validates with the backend's reader, asks the service to reload
/// after a save, and asks it for each schedule's state (schedule.list), a
/// run now (schedule.run) and the runs of a schedule (schedule.runs).
///
/// Every request ends in exactly one signal. Does not own the connection
/// (which may be null: then only the file is edited). GUI thread; the
/// destructor waits for a file operation under way.
class ScheduleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleSession)

public:
    explicit ScheduleSession(JobServiceConnection *connection, QObject *parent = nullptr);
    ~ScheduleSession() override;

    [[nodiscard]] bool isConnected() const;

    /// Reads the schedules of the workspace in @p folder.
    void load(const QString &folder);
    /// Writes @p schedules as the workspace's "backups", when the file's
    /// section is still @p base (Conflict otherwise), then asks the service
    /// to reload. Invalid schedules are refused before anything is written.
    void save(const QString &folder, const Workspace::BackupsConfig &base, const Workspace::BackupsConfig &schedules);
    /// Asks the service for the state of every schedule.
    void requestStates();
    /// Asks the service to run @p name now.
    void runNow(const QString &name);
    /// Asks the service for the runs of @p name, latest first.
    void requestRuns(const QString &name);

    /// The problems of @p schedules as the workspace reader sees them, one
    /// sentence each naming the schedule; empty when they can be saved.
    [[nodiscard]] static QStringList problems(const Workspace::BackupsConfig &schedules);
    /// One translated sentence for a failed request.
    [[nodiscard]] static QString errorText(const QString &what, const Error &error);

signals:
    void loaded(const OpsDeck::Workspace::BackupsConfig &schedules);
    void loadFailed(const OpsDeck::Error &error);
    /// Written; @p applied when the service took the schedules, else @p problem says why not.
    void saved(bool applied, const QString &problem);
    void saveFailed(const OpsDeck::Error &error);
    void statesLoaded(const QList<OpsDeck::Models::ScheduleState> &states);
    void runStarted(const QString &name, const QString &slot);
    void runsLoaded(const QString &name, const QList<OpsDeck::Models::ScheduleRun> &runs);
    /// A request to the service failed; @p what says which ("schedule.run" ...).
    void serviceFailed(const QString &what, const OpsDeck::Error &error);
    void connectedChanged(bool connected);

private:
    template<typename Handler> void call(const QString &method, const QJsonObject &params, Handler handler);

    QPointer<JobServiceConnection> m_connection;
    QThreadPool m_files;
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::ScheduleRun)
Q_DECLARE_METATYPE(OpsDeck::Models::ScheduleState)
