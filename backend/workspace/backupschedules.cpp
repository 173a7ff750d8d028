// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/backupschedules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/configreader.h"
#include "backend/workspace/credentialprofiles.h" // ProfileRule::matches()

namespace OpsDeck::Workspace {

namespace {

constexpr int kMaxEveryMinutes = 366 * 24 * 60;

std::optional<Verdict> checkScheduleName(const QString &text)
{
    if (!isValidScheduleName(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a schedule name: a letter or digit, then letters, digits, '.', '_' or '-' (at "
                                      "most 64)")};
    return std::nullopt;
}

std::optional<Verdict> checkTimeOfDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a local time of day \"HH:MM\" (00:00 to 23:59)")};
    return std::nullopt;
}

void readSchedule(ConfigReader &r, BackupSchedule &s)
{
    r.text("name", s.name, checkScheduleName);
    r.text("site", s.site, checkName);
    r.text("role", s.role, checkName);
    r.text("tag", s.tag, checkName);
    r.integer("everyMinutes", s.everyMinutes, 1, kMaxEveryMinutes);
    r.text("at", s.at, checkTimeOfDay);
    r.integer("concurrencyPerSite", s.concurrencyPerSite, 1, 64);
    r.integer("retries", s.retries, 0, 10);
    r.integer("port", s.port, 1, 65535);
    r.text("user", s.user, checkUserName);
}

ProfileRule scopeOf(const BackupSchedule &s)
{
    ProfileRule rule;
    rule.site = s.site;
    rule.role = s.role;
    rule.tag = s.tag;
    return rule;
}

QDateTime localAt(const QDate &date, const QString &hhmm)
{
    return QDateTime(date, QTime::fromString(hhmm, QStringLiteral("HH:mm")));
}

} // namespace

bool isValidScheduleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool BackupSchedule::covers(const Domain::DeviceLabels &device) const
{
    const ProfileRule rule = scopeOf(*this);
    return rule.isEmpty() || rule.matches(device);
}

QDateTime BackupSchedule::slotAt(const QDateTime &now) const
{
    if (everyMinutes > 0) {
        // Interval slots are aligned on the epoch, so every restart and every
        // instance agrees on them.
        const qint64 period = qint64(everyMinutes) * 60;
        const qint64 secs = now.toSecsSinceEpoch();
        return QDateTime::fromSecsSinceEpoch(secs - secs % period, QTimeZone::utc());
    }
    const QDateTime local = now.toLocalTime();
    const QDateTime today = localAt(local.date(), at);
    return today <= local ? today : localAt(local.date().addDays(-1), at);
}

QDateTime BackupSchedule::nextAfter(const QDateTime &now) const
{
    if (everyMinutes > 0)
        return slotAt(now).addSecs(qint64(everyMinutes) * 60);
    const QDateTime slot = slotAt(now);
    return localAt(slot.date().addDays(1), at);
}

QString BackupSchedule::describeScope() const
{
    const QString scope = scopeOf(*this).describe();
    return scope.isEmpty() ? QStringLiteral("every device") : scope;
}

QString BackupSchedule::describeTiming() const
{
    return everyMinutes > 0 ? QStringLiteral("every %1 min").arg(everyMinutes) : QStringLiteral("daily at %1").arg(at);
}

const BackupSchedule *BackupsConfig::schedule(const QString &name) const
{
    for (const BackupSchedule &s : schedules) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QJsonObject BackupsConfig::toJson() const
{
    QJsonArray list;
    for (const BackupSchedule &s : schedules) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("concurrencyPerSite"), s.concurrencyPerSite},
                      {QStringLiteral("retries"), s.retries},
                      {QStringLiteral("port"), s.port}};
        const auto optional = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        optional("site", s.site);
        optional("role", s.role);
        optional("tag", s.tag);
        optional("at", s.at);
        optional("user", s.user);
        if (s.everyMinutes > 0)
            o.insert(QStringLiteral("everyMinutes"), s.everyMinutes);
        list.append(o);
    }
    return {{QStringLiteral("schedules"), list}};
}

void BackupsConfig::readJson(const QJsonValue &json, const QString &path, const QString &file,
                             QList<ConfigIssue> &issues)
{
    // A reader holding just this section's key, so issues carry its full path.
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const QString key = path.mid(dot + 1);
    const QByteArray keyBytes = key.toUtf8();
    ConfigReader parent(QJsonObject{{key, json}}, path.left(dot + 1), file, issues);
    parent.object(keyBytes.constData(),
                  [this](ConfigReader &section) { section.objects("schedules", schedules, readSchedule); });
}

QList<ConfigIssue> BackupsConfig::crossCheck(const QString &path, const QString &file) const
{
    QList<ConfigIssue> issues;
    const auto add = [&](const QString &key, const QString &value, const QString &expected) {
        ConfigIssue issue;
        issue.kind = ConfigIssue::Kind::Inconsistent;
        issue.file = file;
        issue.keyPath = key;
        issue.value = value;
        issue.expected = expected;
        issues << issue;
    };
    QSet<QString> names;
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const BackupSchedule &s = schedules.at(i);
        const QString key = path + QStringLiteral(".schedules[%1]").arg(i);
        if (s.name.isEmpty())
            add(key + QStringLiteral(".name"), QStringLiteral("\"\""), QStringLiteral("a schedule name"));
        else if (names.contains(s.name))
            add(key + QStringLiteral(".name"), QLatin1Char('"') + s.name + QLatin1Char('"'),
                QStringLiteral("a name no other schedule has"));
        names.insert(s.name);
        if (s.everyMinutes > 0 && !s.at.isEmpty())
            add(key + QStringLiteral(".at"), QLatin1Char('"') + s.at + QLatin1Char('"'),
                QStringLiteral("either \"everyMinutes\" or \"at\", not both"));
        else if (s.everyMinutes <= 0 && s.at.isEmpty())
            add(key + QStringLiteral(".everyMinutes"), QStringLiteral("(none)"),
                QStringLiteral("\"everyMinutes\" (e.g. 1440) or \"at\" (\"HH:MM\", daily)"));
    }
    return issues;
}

} // namespace OpsDeck::Workspace
