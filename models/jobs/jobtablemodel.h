// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/ipc/ipcclient.h"
#include "backend/jobs/job.h"
#include "models/jobs/jobstyle.h"

namespace OpsDeck::Models {

/// The service's job list, live: loaded with job.list whenever the client
/// (re)connects, then kept current from the "jobs" event topic (state
/// changes insert or update rows; progress events update the progress
/// column), never by polling. Value changes are coalesced on a short timer
/// (about 200 ms) so a burst of progress events does not flood the views;
/// rows are inserted at once. Also the console's way to act on jobs: approve,
/// cancel and load details (with steps, output and diffs).
///
/// Holds a non-owning pointer to its IpcClient (which may be replaced or
/// destroyed). GUI thread.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        KindColumn,
        TargetsColumn,
        IntentColumn,
        RequesterColumn,
        StateColumn,
        ProgressColumn,
        ApprovalsColumn,
        SubmittedColumn,
        FinishedColumn,
        TicketColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole,
        StateRole, ///< Jobs::JobState as int
        KindRole,  ///< the kind key ("ssh.backup")
        RequesterRole,
        MineRole,             ///< bool: the current user submitted the job
        ProgressFractionRole, ///< double 0..1 (progress column only)
        SortRole,             ///< a value that sorts naturally (times, numbers)
        SearchTextRole,       ///< every searchable text of the row, lower case
    };

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    /// Follows @p client (nullptr: none). Loads the list at once when the
    /// client is connected, and again on every later connect.
    void setClient(Ipc::IpcClient *client);
    [[nodiscard]] Ipc::IpcClient *client() const { return m_client; }

    /// The console user: decides MineRole, approvals and notifications.
    void setUserName(const QString &user);
    [[nodiscard]] QString userName() const { return m_user; }
    /// $USER (or %USERNAME%).
    [[nodiscard]] static QString systemUserName();

    /// Asks for the list again (as on connect).
    void reload();
    /// Emits pending value changes now (the timer does this by itself).
    void flush();

    [[nodiscard]] Jobs::Job job(int row) const { return m_jobs.value(row); }
    [[nodiscard]] int rowOf(const QString &jobId) const { return m_rows.value(jobId, -1); }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    /// Submits @p request to the service; ends in submitted() or
    /// submitFailed(), both naming the request's idempotency key (which the
    /// caller sets to tell its answers apart).
    void submit(const Jobs::JobRequest &request);

    /// Requests; each ends in actionFailed() or, for details, detailsLoaded().
    /// A successful approve or cancel updates the row from the reply.
    void approve(const QString &jobId);
    void cancel(const QString &jobId);
    void requestDetails(const QString &jobId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// The list was (re)loaded from the service.
    void loaded();
    /// A job's state changed (as the event arrived, before coalescing).
    void jobStateChanged(const QString &jobId, OpsDeck::Jobs::JobState state);
    /// A job the current user submitted reached a terminal state while the
    /// model watched it.
    void ownJobFinished(const OpsDeck::Jobs::Job &job);
    /// A step of a job started or ended.
    void jobStepChanged(const QString &jobId);
    void detailsLoaded(const OpsDeck::Jobs::Job &job);
    /// The service stored the job of submit() (or already had it: @p duplicate).
    void submitted(const QString &idempotencyKey, const OpsDeck::Jobs::Job &job, bool duplicate);
    void submitFailed(const QString &idempotencyKey, const OpsDeck::Error &error);
    void actionSucceeded(const QString &jobId, OpsDeck::Models::JobAction action);
    void actionFailed(const QString &jobId, OpsDeck::Models::JobAction action, const OpsDeck::Error &error);

private:
    void handleConnected();
    void handleJobChanged(const QJsonObject &json);
    void handleProgress(const QString &jobId, int percent);
    void handleListed(const QJsonValue &list);
    void upsert(const Jobs::Job &job);
    void markDirty(const QString &jobId);
    void act(JobAction action, const QString &jobId);
    [[nodiscard]] QVariant displayData(const Jobs::Job &job, int column) const;
    [[nodiscard]] QVariant sortData(const Jobs::Job &job, int column) const;
    [[nodiscard]] QString searchText(const Jobs::Job &job) const;

    QPointer<Ipc::IpcClient> m_client;
    QList<Jobs::Job> m_jobs;
    QHash<QString, int> m_rows;
    QSet<QString> m_dirty;
    QTimer m_flushTimer;
    QString m_user;
    bool m_loaded = false;
};

} // namespace OpsDeck::Models
