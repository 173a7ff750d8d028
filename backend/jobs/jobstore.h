// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/jobs/auditlog.h"
#include "backend/jobs/job.h"

class QSqlDatabase;
class QSqlQuery;

namespace OpsDeck::Jobs {

/// One stored configuration version of a device.
struct ConfigBackup
{
    QString device;
    int version = 0;
    QString jobId;
    QDateTime takenAt;
    QString sha256;
    QString content;
    QString diff; ///< unified diff against the previous version (everything added for version 1)

    [[nodiscard]] QJsonObject toJson(bool withContent = true) const;
};

/// The durable side of the job engine in the workspace's SQLite store: the
/// queue (jobs, steps, approvals, attempts), the hash-chained audit log and
/// the per-device configuration backups (schema versions 4 and 13 of the store).
///
/// Owns its own database connection: use an instance only on the thread that
/// opened it, and open one per thread (WAL lets them share the file). Writes
/// run in BEGIN IMMEDIATE transactions with synchronous=FULL, so a committed
/// job survives a crash of the process or of the machine.
class JobStore final
{
public:
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    /// Opens the store file, migrating it to the latest schema first.
    [[nodiscard]] static Result<std::unique_ptr<JobStore>> open(const QString &sqlitePath);

    [[nodiscard]] QString path() const { return m_path; }

    /// Runs @p work in one write transaction; nested calls join it.
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

    // Jobs.
    [[nodiscard]] Result<Job> insertJob(const JobRequest &request, JobPriority priority, int requiredApprovals);
    [[nodiscard]] Result<std::optional<Job>> jobByIdempotencyKey(const QString &key);
    /// The job with its approvals and steps; NotFound for an unknown id.
    [[nodiscard]] Result<Job> job(const QString &id);
    /// Jobs newest first (without steps), optionally only in @p states.
    [[nodiscard]] Result<QList<Job>> jobs(const QList<JobState> &states = {}, int limit = 1000);
    /// Queued jobs in run order: priority, then submission order.
    [[nodiscard]] Result<QList<Job>> queuedJobs(int limit);
    [[nodiscard]] Status setState(const QString &id, JobState state, const QString &error = {},
                                  const std::optional<QJsonObject> &result = std::nullopt);
    [[nodiscard]] Status setProgress(const QString &id, int percent);
    [[nodiscard]] Status addApproval(const QString &id, const QString &approver);
    /// Marks the job running and records one more attempt; returns the
    /// attempt number.
    [[nodiscard]] Result<int> beginAttempt(const QString &id);
    [[nodiscard]] Status saveStep(const QString &jobId, const JobStep &step);

    // Audit log.
    /// Appends one chained entry (and remembers it as the job's latest).
    /// The entry of a job with a ticket carries it in detail["ticket"].
    [[nodiscard]] Result<AuditEntry> appendAudit(const QString &jobId, const QString &actor, const QString &event,
                                                 const QJsonObject &detail);
    [[nodiscard]] Result<QList<AuditEntry>> auditEntries(const QString &jobId = {});
    /// Verifies the chain, and that every job's latest entry is still there.
    [[nodiscard]] Result<AuditVerification> verifyAudit();

    // Configuration backups.
    [[nodiscard]] Result<std::optional<ConfigBackup>> latestBackup(const QString &device);
    /// Stores @p content as the next version of @p device with its diff
    /// against the previous one; when the content equals the latest version
    /// nothing is stored and that version is returned.
    [[nodiscard]] Result<ConfigBackup> addBackup(const QString &device, const QString &content, const QString &jobId);
    [[nodiscard]] Result<QList<ConfigBackup>> backups(const QString &device);
    /// The latest version of every device's configuration, by device.
    [[nodiscard]] Result<QList<ConfigBackup>> latestBackups();

    /// `PRAGMA integrity_check` ("ok" when sound).
    [[nodiscard]] Result<QString> integrityCheck();

private:
    JobStore(QString connectionName, QString path);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Status exec(QSqlQuery &query, const QString &what) const;
    [[nodiscard]] Result<QList<Job>> readJobs(QSqlQuery &query);

    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace OpsDeck::Jobs
