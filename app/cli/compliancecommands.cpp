// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// compliance report|run|drift|remediate: the service's configuration compliance.
#include <cstdio>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include "app/cli/cli.h"
#include "backend/compliance/reportcsv.h"
#include "backend/core/linediff.h"

namespace OpsDeck::Cli {

namespace {

Result<QJsonValue> call(Ipc::IpcClient &client, const QString &method, const QJsonObject &params)
{
    return client.callBlocking(method, params, 60000);
}

/// Writes @p text to --output, or standard output.
int writeOut(const Options &o, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (o.isSet(o.output)) {
        QSaveFile file(o.value(o.output));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(o.value(o.output), file.errorString()));
        return 0;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

QString textReport(const QJsonObject &report)
{
    QString out;
    const QJsonArray devices = report.value(QStringLiteral("devices")).toArray();
    int bad = 0;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        const QString state = d.value(QStringLiteral("state")).toString();
        bad += state == u"non-compliant" ? 1 : 0;
        const QJsonObject version = d.value(QStringLiteral("version")).toObject();
        out += QStringLiteral("%1  %2  %3%4\n")
                   .arg(d.value(QStringLiteral("device")).toString(), -20)
                   .arg(state, -14)
                   .arg(d.value(QStringLiteral("site")).toString())
                   .arg(version.value(QStringLiteral("running")).toString().isEmpty()
                            ? QString()
                            : QStringLiteral("  software %1").arg(version.value(QStringLiteral("running")).toString()));
        for (const QJsonValue &c : d.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            if (check.value(QStringLiteral("state")).toString() != u"non-compliant")
                continue;
            out += QStringLiteral("    %1 (%2): %3\n")
                       .arg(check.value(QStringLiteral("check")).toString(),
                            check.value(QStringLiteral("severity")).toString(),
                            check.value(QStringLiteral("detail")).toString());
        }
        const QJsonArray path = version.value(QStringLiteral("path")).toArray();
        if (!path.isEmpty()) {
            QStringList steps;
            for (const QJsonValue &p : path)
                steps << p.toString();
            out += QStringLiteral("    upgrade path: %1\n").arg(steps.join(QStringLiteral(" > ")));
        }
    }
    out += QStringLiteral("%1 device(s), %2 not compliant; checked %3\n")
               .arg(devices.size())
               .arg(bad)
               .arg(report.value(QStringLiteral("evaluatedAt")).toString(QStringLiteral("never")));
    for (const QJsonValue &p : report.value(QStringLiteral("problems")).toArray())
        out += QStringLiteral("problem: %1\n").arg(p.toString());
    return out;
}

// compliance report [--site S] [--format text|csv|json] [--output FILE]:
// exit status 2 when a device is not compliant.
int report(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString format = o.isSet(o.format) ? o.value(o.format) : QStringLiteral("text");
    if (format != u"text" && format != u"csv" && format != u"json")
        return fail(QStringLiteral("--format takes text, csv or json"));
    QJsonObject params;
    if (o.isSet(o.site))
        params.insert(QStringLiteral("site"), o.value(o.site));
    auto r = call(client, QStringLiteral("compliance.report"), params);
    if (!r)
        return fail(r.error().detail);
    const QJsonObject answer = r->toObject();
    const QJsonArray devices = answer.value(QStringLiteral("devices")).toArray();
    int rc = 0;
    if (format == u"csv")
        rc = writeOut(o, Compliance::reportCsv(devices));
    else if (format == u"json")
        rc = writeOut(o, QString::fromUtf8(QJsonDocument(answer).toJson()));
    else
        rc = writeOut(o, textReport(answer));
    if (rc != 0)
        return rc;
    for (const QJsonValue &v : devices) {
        if (v.toObject().value(QStringLiteral("state")).toString() == u"non-compliant")
            return 2;
    }
    return 0;
}

// compliance run [DEVICE...]: evaluates now and waits for the outcome.
int run(const Invocation &cli, Ipc::IpcClient &client)
{
    const QStringList devices = cli.words.mid(2);
    auto before = call(client, QStringLiteral("compliance.report"), {});
    if (!before)
        return fail(before.error().detail);
    const QString previous = before->toObject().value(QStringLiteral("evaluatedAt")).toString();
    auto r = call(client, QStringLiteral("compliance.run"),
                  {{QStringLiteral("devices"), QJsonArray::fromStringList(devices)}});
    if (!r)
        return fail(r.error().detail);
    const QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
    while (QDateTime::currentDateTimeUtc() < deadline) {
        QThread::msleep(500);
        auto now = call(client, QStringLiteral("compliance.report"), {});
        if (!now)
            return fail(now.error().detail);
        const QJsonObject report = now->toObject();
        if (report.value(QStringLiteral("running")).toBool() ||
            report.value(QStringLiteral("evaluatedAt")).toString() == previous)
            continue;
        int bad = 0;
        for (const QJsonValue &v : report.value(QStringLiteral("devices")).toArray())
            bad += v.toObject().value(QStringLiteral("state")).toString() == u"non-compliant" ? 1 : 0;
        printLine(QStringLiteral("checked at %1: %2 device(s), %3 not compliant (compliance report shows why)")
                      .arg(report.value(QStringLiteral("evaluatedAt")).toString())
                      .arg(report.value(QStringLiteral("devices")).toArray().size())
                      .arg(bad));
        return 0;
    }
    return fail(QStringLiteral("the check did not end within 30 minutes; compliance report shows it when it does"));
}

// compliance drift DEVICE: running against intended, and the lines that would converge it.
int drift(const Invocation &cli, Ipc::IpcClient &client)
{
    const QString device = cli.word(2);
    if (device.isEmpty())
        return fail(QStringLiteral("usage: compliance drift DEVICE"));
    auto r = call(client, QStringLiteral("compliance.drift"), {{QStringLiteral("device"), device}});
    if (!r)
        return fail(r.error().detail);
    const QJsonObject d = r->toObject();
    if (!d.value(QStringLiteral("problem")).toString().isEmpty())
        return fail(d.value(QStringLiteral("problem")).toString(), 3);
    const QString diff = Core::LineDiff::unified(
        Core::LineDiff::splitLines(d.value(QStringLiteral("running")).toString()),
        Core::LineDiff::splitLines(d.value(QStringLiteral("intended")).toString()),
        QStringLiteral("%1 running (backup v%2)").arg(device).arg(d.value(QStringLiteral("backupVersion")).toInt()),
        QStringLiteral("%1 intended (%2)").arg(device, d.value(QStringLiteral("source")).toString()));
    if (diff.isEmpty()) {
        printLine(QStringLiteral("%1 is as intended").arg(device));
        return 0;
    }
    QString out = diff;
    out += QStringLiteral("\nto converge, push:\n");
    for (const QJsonValue &line : d.value(QStringLiteral("remediation")).toArray())
        out += line.toString() + QLatin1Char('\n');
    writeOut(cli.options, out);
    return 2;
}

// compliance remediate DEVICE [--dry-run]: the drift's lines as an ssh.push job.
int remediate(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString device = cli.word(2);
    if (device.isEmpty())
        return fail(QStringLiteral("usage: compliance remediate DEVICE [--dry-run] [--ticket TEXT]"));
    QJsonObject params{{QStringLiteral("device"), device}, {QStringLiteral("dryRun"), o.isSet(o.dryRun)}};
    if (o.isSet(o.ticket))
        params.insert(QStringLiteral("ticket"), o.value(o.ticket));
    auto r = call(client, QStringLiteral("compliance.remediate"), params);
    if (!r)
        return fail(r.error().detail);
    const QJsonObject job = r->toObject();
    printLine(QStringLiteral("%1 %2 (%3); follow it with: opsdeck-cli follow %1")
                  .arg(job.value(QStringLiteral("id")).toString(),
                       o.isSet(o.dryRun) ? QStringLiteral("dry run submitted") : QStringLiteral("push submitted"),
                       job.value(QStringLiteral("state")).toString()));
    return 0;
}

} // namespace

int runComplianceCommand(const Invocation &cli, Ipc::IpcClient &client)
{
    const QString verb = cli.word(1);
    if (verb == u"report")
        return report(cli, client);
    if (verb == u"run")
        return run(cli, client);
    if (verb == u"drift")
        return drift(cli, client);
    if (verb == u"remediate")
        return remediate(cli, client);
    return fail(QStringLiteral("unknown command compliance %1 (see --help)").arg(verb));
}

} // namespace OpsDeck::Cli
