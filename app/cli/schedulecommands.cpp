// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// schedule set|remove: the backup schedules of workspace.json, edited and
// validated here; a running service re-reads them at once.

#include <QJsonArray>

#include "app/cli/cli.h"
#include "backend/workspace/backupschedules.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Cli {

namespace {

Result<int> intOption(const Options &o, const QCommandLineOption &option, const QString &name, int min, int max)
{
    bool ok = false;
    const int v = o.value(option).toInt(&ok);
    if (!ok || v < min || v > max)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("--%1 takes a number from %2 to %3").arg(name).arg(min).arg(max));
    return v;
}

// Applies the options given to @p s; the timing options replace each other.
Status applyScheduleOptions(const Options &o, Workspace::BackupSchedule &s)
{
    for (const auto &[option, field] :
         {std::pair{&o.site, &s.site}, {&o.role, &s.role}, {&o.tag, &s.tag}, {&o.user, &s.user}}) {
        if (o.isSet(*option))
            *field = o.value(*option);
    }
    if (o.isSet(o.every) && o.isSet(o.at))
        return Error(ErrorCode::InvalidInput, QStringLiteral("give --every or --at, not both"));
    if (o.isSet(o.every)) {
        auto v = intOption(o, o.every, QStringLiteral("every"), 1, 525600);
        if (!v)
            return v.error();
        s.everyMinutes = *v;
        s.at.clear();
    }
    if (o.isSet(o.at)) {
        s.at = o.value(o.at);
        s.everyMinutes = 0;
    }
    const struct
    {
        const QCommandLineOption &option;
        const char *name;
        int &field;
        int min;
        int max;
    } numbers[] = {{o.concurrency, "concurrency", s.concurrencyPerSite, 1, 64},
                   {o.retries, "retries", s.retries, 0, 10},
                   {o.port, "port", s.port, 1, 65535}};
    for (const auto &n : numbers) {
        if (!o.isSet(n.option))
            continue;
        auto v = intOption(o, n.option, QLatin1String(n.name), n.min, n.max);
        if (!v)
            return v.error();
        n.field = *v;
    }
    return {};
}

// The schedules as the workspace's reader sees them: every problem with its key.
Status validate(const Workspace::BackupsConfig &backups, const QString &file)
{
    Workspace::BackupsConfig check;
    QList<Workspace::ConfigIssue> issues;
    check.readJson(backups.toJson(), QStringLiteral("backups"), file, issues);
    if (issues.isEmpty())
        issues = check.crossCheck(QStringLiteral("backups"), file);
    if (issues.isEmpty())
        return {};
    return Workspace::ConfigIssue::toError(issues);
}

int setSchedule(const Invocation &cli)
{
    const Options &o = cli.options;
    const QString name = cli.word(2);
    if (name.isEmpty() || !cli.word(3).isEmpty())
        return fail(QStringLiteral("usage: schedule set NAME [--site S] [--role R] [--tag T] (--every MINUTES | --at "
                                   "HH:MM) [--concurrency N] [--retries N] [--port N] [--user U]"));
    if (!Workspace::isValidScheduleName(name))
        return fail(
            QStringLiteral("a schedule name is a letter or digit, then letters, digits, '.', '_' or '-' (at most 64)"));
    auto ws = selectedWorkspace(o);
    if (!ws)
        return fail(ws.error().detail);
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    QList<Workspace::BackupSchedule> &schedules = config.backups.schedules;
    auto it = std::find_if(schedules.begin(), schedules.end(),
                           [&](const Workspace::BackupSchedule &s) { return s.name == name; });
    const bool created = it == schedules.end();
    if (created) {
        if (!o.isSet(o.every) && !o.isSet(o.at))
            return fail(QStringLiteral("a new schedule needs --every MINUTES or --at HH:MM"));
        Workspace::BackupSchedule fresh;
        fresh.name = name;
        schedules.append(fresh);
        it = schedules.end() - 1;
    }
    if (auto st = applyScheduleOptions(o, *it); !st)
        return fail(st.error().detail);
    if (auto st = validate(config.backups, ws->configFile()); !st)
        return fail(st.error().detail);
    return saveConfig(o, *ws, config,
                      QStringLiteral("schedule %1 %2 in %3: %4, %5")
                          .arg(name, created ? QStringLiteral("added") : QStringLiteral("changed"), ws->configFile(),
                               it->describeScope(), it->describeTiming()));
}

int removeSchedule(const Invocation &cli)
{
    const Options &o = cli.options;
    const QString name = cli.word(2);
    if (name.isEmpty())
        return fail(QStringLiteral("usage: schedule remove NAME"));
    auto ws = selectedWorkspace(o);
    if (!ws)
        return fail(ws.error().detail);
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    const qsizetype removed =
        config.backups.schedules.removeIf([&](const Workspace::BackupSchedule &s) { return s.name == name; });
    if (removed == 0)
        return fail(QStringLiteral("no schedule %1 in %2").arg(name, ws->configFile()));
    return saveConfig(o, *ws, config, QStringLiteral("schedule %1 removed from %2").arg(name, ws->configFile()));
}

} // namespace

int runScheduleConfigCommand(const Invocation &cli)
{
    return cli.word(1) == u"set" ? setSchedule(cli) : removeSchedule(cli);
}

} // namespace OpsDeck::Cli
