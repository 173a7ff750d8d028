// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// schedule list|run, backups list|show|diff|search.
#include <cstdio>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cli.h"

namespace OpsDeck::Cli {

namespace {

Result<QJsonValue> call(Ipc::IpcClient &client, const QString &method, const QJsonObject &params)
{
    return client.callBlocking(method, params, 60000);
}

/// Writes @p text as it is, with a final line break.
void printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString runSummary(const QJsonObject &run)
{
    return QStringLiteral("%1 devices, %2 new, %3 unchanged, %4 failed (%5)")
        .arg(run.value(QStringLiteral("devices")).toInt())
        .arg(run.value(QStringLiteral("succeeded")).toInt())
        .arg(run.value(QStringLiteral("unchanged")).toInt())
        .arg(run.value(QStringLiteral("failed")).toInt())
        .arg(run.value(QStringLiteral("finishedAt")).toString());
}

int listSchedules(Ipc::IpcClient &client)
{
    auto r = call(client, QStringLiteral("schedule.list"), {});
    if (!r)
        return fail(r.error().detail);
    const QJsonArray schedules = r->toArray();
    if (schedules.isEmpty())
        printLine(QStringLiteral("no backup schedules (workspace.json \"backups\")"));
    for (const QJsonValue &v : schedules) {
        const QJsonObject s = v.toObject();
        printLine(QStringLiteral("%1  %2, %3, %4 per site; next %5%6")
                      .arg(s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("timing")).toString(),
                           s.value(QStringLiteral("scope")).toString())
                      .arg(s.value(QStringLiteral("concurrencyPerSite")).toInt())
                      .arg(s.value(QStringLiteral("nextDue")).toString(),
                           s.value(QStringLiteral("running")).toBool() ? QStringLiteral(" (running now)") : QString()));
        const QJsonObject last = s.value(QStringLiteral("lastRun")).toObject();
        if (last.isEmpty())
            continue;
        printLine(QStringLiteral("    last run: ") + runSummary(last));
        const QJsonArray failures = last.value(QStringLiteral("failures")).toArray();
        for (const QJsonValue &f : failures)
            printLine(QStringLiteral("    failed %1 after %2 attempts: %3")
                          .arg(f[QStringLiteral("device")].toString())
                          .arg(f[QStringLiteral("attempts")].toInt())
                          .arg(f[QStringLiteral("reason")].toString()));
    }
    return 0;
}

int listBackups(Ipc::IpcClient &client, const QString &device)
{
    auto r = call(client, QStringLiteral("backup.list"), {{QStringLiteral("device"), device}});
    if (!r)
        return fail(r.error().detail);
    const QJsonArray backups = r->toArray();
    if (backups.isEmpty())
        return fail(QStringLiteral("no backup of %1").arg(device), 2);
    for (const QJsonValue &v : backups) {
        const QJsonObject b = v.toObject();
        printLine(QStringLiteral("v%1  %2  %3  job %4")
                      .arg(b.value(QStringLiteral("version")).toInt())
                      .arg(b.value(QStringLiteral("takenAt")).toString(),
                           b.value(QStringLiteral("sha256")).toString().left(12),
                           b.value(QStringLiteral("jobId")).toString()));
    }
    return 0;
}

// backups search PATTERN: the matching lines of every device's latest
// configuration, as grep prints them; exit status 1 when none matched.
int searchBackups(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString pattern = cli.word(2);
    if (pattern.isEmpty() || !cli.word(3).isEmpty())
        return fail(
            QStringLiteral("usage: backups search PATTERN [--regex] [--case-sensitive] (quote a pattern with spaces)"));
    auto r = call(client, QStringLiteral("backup.search"),
                  {{QStringLiteral("pattern"), pattern},
                   {QStringLiteral("regex"), o.isSet(o.regex)},
                   {QStringLiteral("caseSensitive"), o.isSet(o.caseSensitive)}});
    if (!r)
        return fail(r.error().detail);
    const QJsonObject found = r->toObject();
    const QJsonArray matches = found.value(QStringLiteral("matches")).toArray();
    for (const QJsonValue &v : matches) {
        const QJsonObject m = v.toObject();
        printLine(QStringLiteral("%1 v%2:%3: %4")
                      .arg(m.value(QStringLiteral("device")).toString())
                      .arg(m.value(QStringLiteral("version")).toInt())
                      .arg(m.value(QStringLiteral("line")).toInt())
                      .arg(m.value(QStringLiteral("text")).toString()));
    }
    std::fprintf(stderr, "%lld line(s) on %d of %d device(s)%s\n", static_cast<long long>(matches.size()),
                 found.value(QStringLiteral("devicesMatched")).toInt(),
                 found.value(QStringLiteral("devicesSearched")).toInt(),
                 found.value(QStringLiteral("truncated")).toBool() ? " (more not shown)" : "");
    return matches.isEmpty() ? 1 : 0;
}

int backupsCommand(const Invocation &cli, Ipc::IpcClient &client)
{
    const QString verb = cli.word(1);
    if (verb == u"search")
        return searchBackups(cli, client);
    const QString device = cli.word(2);
    if (device.isEmpty())
        return fail(QStringLiteral("backups %1 needs a device name").arg(verb));
    if (verb == u"list")
        return listBackups(client, device);
    if (verb == u"show") {
        const int version = cli.word(3).toInt();
        if (!cli.word(3).isEmpty() && version <= 0)
            return fail(QStringLiteral("a version is a number from 1 (see backups list)"));
        auto r = call(client, QStringLiteral("backup.get"),
                      {{QStringLiteral("device"), device}, {QStringLiteral("version"), version}});
        if (!r)
            return fail(r.error().detail);
        printText(r->toObject().value(QStringLiteral("content")).toString());
        return 0;
    }
    if (verb == u"diff") {
        const int from = cli.word(3).toInt();
        const int to = cli.word(4).toInt();
        if (from <= 0 || to <= 0)
            return fail(QStringLiteral("backups diff DEVICE V1 V2: two versions (see backups list)"));
        auto r = call(client, QStringLiteral("backup.diff"),
                      {{QStringLiteral("device"), device}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        if (!r)
            return fail(r.error().detail);
        const QString diff = r->toObject().value(QStringLiteral("diff")).toString();
        printText(diff.isEmpty() ? QStringLiteral("versions %1 and %2 are the same").arg(from).arg(to) : diff);
        return 0;
    }
    return fail(QStringLiteral("unknown command backups %1 (see --help)").arg(verb));
}

} // namespace

int runBackupCommand(const Invocation &cli, Ipc::IpcClient &client)
{
    if (cli.word(0) == u"backups")
        return backupsCommand(cli, client);
    const QString verb = cli.word(1);
    if (verb == u"list")
        return listSchedules(client);
    if (verb == u"run") {
        if (cli.word(2).isEmpty())
            return fail(QStringLiteral("schedule run needs a schedule name"));
        auto r = call(client, QStringLiteral("schedule.run"), {{QStringLiteral("name"), cli.word(2)}});
        if (!r)
            return fail(r.error().detail);
        printLine(QStringLiteral("started %1 (run %2); schedule list shows its outcome")
                      .arg(cli.word(2), r->toObject().value(QStringLiteral("slot")).toString()));
        return 0;
    }
    return fail(QStringLiteral("unknown command schedule %1 (see --help)").arg(verb));
}

} // namespace OpsDeck::Cli
