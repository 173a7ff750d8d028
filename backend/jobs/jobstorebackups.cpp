// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// The configuration backups of the job store: one version per distinct
// content of a device's configuration, each with its diff to the previous.
#include "backend/jobs/jobstore.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "backend/ssh/configdiff.h"

namespace OpsDeck::Jobs {

namespace {

const char kBackupSelect[] = "SELECT device, version, job_id, taken_at, sha256, content, diff FROM config_backups";

ConfigBackup backupFromQuery(const QSqlQuery &q)
{
    const QString takenAt = q.value(3).toString();
    return ConfigBackup{q.value(0).toString(),
                        q.value(1).toInt(),
                        q.value(2).toString(),
                        takenAt.isEmpty() ? QDateTime() : QDateTime::fromString(takenAt, Qt::ISODateWithMs),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        q.value(6).toString()};
}

} // namespace

QJsonObject ConfigBackup::toJson(bool withContent) const
{
    QJsonObject o{{QStringLiteral("device"), device},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("jobId"), jobId},
                  {QStringLiteral("takenAt"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("diff"), diff}};
    if (withContent)
        o.insert(QStringLiteral("content"), content);
    return o;
}


Result<std::optional<ConfigBackup>> JobStore::latestBackup(const QString &device)
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(kBackupSelect) + QStringLiteral(" WHERE device = ? ORDER BY version DESC LIMIT 1"));
    q.addBindValue(device);
    if (auto st = exec(q, QStringLiteral("read latest backup")); !st)
        return st.error();
    if (!q.next())
        return std::optional<ConfigBackup>();
    return std::optional<ConfigBackup>(backupFromQuery(q));
}

Result<ConfigBackup> JobStore::addBackup(const QString &device, const QString &content, const QString &jobId)
{
    ConfigBackup out;
    Status st = transaction([&]() -> Status {
        auto latest = latestBackup(device);
        if (!latest)
            return latest.error();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
        if (latest->has_value() && (*latest)->sha256 == sha) {
            out = **latest;
            return {};
        }
        const int version = latest->has_value() ? (*latest)->version + 1 : 1;
        const QString previous = latest->has_value() ? (*latest)->content : QString();
        out.device = device;
        out.version = version;
        out.jobId = jobId;
        out.takenAt = QDateTime::currentDateTimeUtc();
        out.sha256 = sha;
        out.content = content;
        out.diff = Ssh::ConfigDiff::unified(previous, content, QStringLiteral("%1 v%2").arg(device).arg(version - 1),
                                            QStringLiteral("%1 v%2").arg(device).arg(version));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO config_backups (device, version, job_id, taken_at, sha256, content, diff)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(device);
        q.addBindValue(version);
        q.addBindValue(jobId);
        q.addBindValue(out.takenAt.toString(Qt::ISODateWithMs));
        q.addBindValue(sha);
        q.addBindValue(content);
        q.addBindValue(out.diff);
        return exec(q, QStringLiteral("store backup"));
    });
    if (!st)
        return st.error();
    return out;
}

Result<QList<ConfigBackup>> JobStore::backups(const QString &device)
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(kBackupSelect) + QStringLiteral(" WHERE device = ? ORDER BY version"));
    q.addBindValue(device);
    if (auto st = exec(q, QStringLiteral("list backups")); !st)
        return st.error();
    QList<ConfigBackup> out;
    while (q.next())
        out << backupFromQuery(q);
    return out;
}

Result<QList<ConfigBackup>> JobStore::latestBackups()
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(kBackupSelect)
              + QStringLiteral(" b WHERE version = (SELECT MAX(version) FROM config_backups WHERE device = b.device)"
                               " ORDER BY device"));
    if (auto st = exec(q, QStringLiteral("list the latest backups")); !st)
        return st.error();
    QList<ConfigBackup> out;
    while (q.next())
        out << backupFromQuery(q);
    return out;
}

} // namespace OpsDeck::Jobs
