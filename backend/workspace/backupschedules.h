// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTime>

#include "backend/workspace/configissue.h"

namespace OpsDeck::Domain {
struct DeviceLabels;
}

namespace OpsDeck::Workspace {

/// One scheduled configuration backup: the devices it covers (those matching
/// every non-empty field of site, role and tag, each a slug or a name
/// compared without regard to case; every device when all are empty), when
/// it runs (every N minutes from the Unix epoch, or daily at a local time)
/// and how gently (jobs at once per site, retries of a failed device).
struct BackupSchedule
{
    QString name;
    QString site;
    QString role;
    QString tag;
    int everyMinutes = 0; ///< 0: not interval-based (then "at" is set)
    QString at;           ///< "HH:MM", local time, daily; empty: interval-based
    int concurrencyPerSite = 4;
    int retries = 2;
    int port = 22; ///< SSH port of the devices in scope
    QString user;  ///< login user; empty: the device's SSH credential profile names it

    /// Whether @p device is in this schedule's scope.
    [[nodiscard]] bool covers(const Domain::DeviceLabels &device) const;
    /// The latest due time at or before @p now (the slot running now).
    [[nodiscard]] QDateTime slotAt(const QDateTime &now) const;
    /// The first due time after @p now.
    [[nodiscard]] QDateTime nextAfter(const QDateTime &now) const;
    /// "site dc1, role leaf" or "every device", for lists.
    [[nodiscard]] QString describeScope() const;
    /// "every 1440 min" or "daily at 02:30", for lists.
    [[nodiscard]] QString describeTiming() const;

    bool operator==(const BackupSchedule &) const = default;
};

/// Scheduled configuration backups (workspace.json "backups"). Plain value
/// type, any thread.
///
/// JSON: {"schedules": [{"name", "site", "role", "tag", "everyMinutes" or
/// "at", "concurrencyPerSite", "retries", "port", "user"}]}. A layer's "schedules" array
/// replaces the lower layer's.
struct BackupsConfig
{
    QList<BackupSchedule> schedules;

    [[nodiscard]] const BackupSchedule *schedule(const QString &name) const;
    [[nodiscard]] QJsonObject toJson() const;
    /// Validates the JSON value of the key @p path and merges it into this
    /// configuration; every problem is appended to @p issues naming @p file.
    void readJson(const QJsonValue &json, const QString &path, const QString &file, QList<ConfigIssue> &issues);
    /// Rules across keys (Kind::Inconsistent): names present and unique, and
    /// exactly one of "everyMinutes" and "at" per schedule.
    [[nodiscard]] QList<ConfigIssue> crossCheck(const QString &path, const QString &file) const;

    bool operator==(const BackupsConfig &) const = default;
};

/// Schedule names: a letter or digit, then letters, digits, '.', '_', '-'; at most 64.
[[nodiscard]] bool isValidScheduleName(const QString &name);

} // namespace OpsDeck::Workspace
