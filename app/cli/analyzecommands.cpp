// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// analyze FILE.csv: the service's anomaly detector over an exported series,
// offline, one row at a time.

#include <cmath>
#include <cstdio>

#include <QFile>
#include <QSaveFile>

#include "app/cli/cli.h"
#include "backend/analysis/anomalydetector.h"
#include "backend/analysis/csvseries.h"

namespace OpsDeck::Cli {

namespace {

using Analysis::SeriesInput;

Result<SeriesInput> inputOf(const Options &o)
{
    const QString text = o.isSet(o.input) ? o.value(o.input) : QStringLiteral("auto");
    if (text == u"auto")
        return SeriesInput::Auto;
    if (text == u"gauge")
        return SeriesInput::Gauge;
    if (text == u"counter")
        return SeriesInput::Counter;
    return Error(ErrorCode::InvalidInput, QStringLiteral("--input takes auto, gauge or counter, not \"%1\"").arg(text));
}

Result<int> utcOffsetOf(const Options &o)
{
    if (!o.isSet(o.utcOffset))
        return 0;
    bool ok = false;
    const double hours = o.value(o.utcOffset).toDouble(&ok);
    if (!ok || hours < -14 || hours > 14)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("--utc-offset takes hours from -14 to 14, such as 1 or -5.5"));
    return int(std::lround(hours * 3600));
}

QByteArray number(double v)
{
    return std::isfinite(v) ? QByteArray::number(v, 'g', 8) : QByteArray();
}

void reportIssues(const QString &file, const QList<Analysis::CsvSeriesIssue> &issues)
{
    for (const Analysis::CsvSeriesIssue &issue : issues)
        std::fprintf(stderr, "%s:%d: %s (row skipped)\n", qPrintable(file), issue.line, qPrintable(issue.message));
}

} // namespace

int runAnalyzeCommand(const Invocation &cli)
{
    const Options &o = cli.options;
    const QString path = cli.word(1);
    if (path.isEmpty() || !cli.word(2).isEmpty())
        return fail(QStringLiteral("usage: analyze FILE.csv [--input auto|gauge|counter] [--utc-offset HOURS] "
                                   "[--output FILE]"));
    const auto input = inputOf(o);
    if (!input)
        return fail(input.error().detail);
    const auto offset = utcOffsetOf(o);
    if (!offset)
        return fail(offset.error().detail);

    QFile in;
    const bool fromStdin = path == u"-";
    if (fromStdin ? !in.open(stdin, QIODevice::ReadOnly) : (in.setFileName(path), !in.open(QIODevice::ReadOnly)))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    const QString name = fromStdin ? QStringLiteral("<stdin>") : path;

    // A file is written whole or not at all: a failed run keeps what was there.
    QSaveFile file;
    QFile standardOut;
    QIODevice *out = &standardOut;
    if (o.isSet(o.output)) {
        file.setFileName(o.value(o.output));
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(o.value(o.output), file.errorString()));
        out = &file;
    } else if (!standardOut.open(stdout, QIODevice::WriteOnly)) {
        return fail(QStringLiteral("cannot write to standard output"));
    }

    Analysis::DetectorOptions options;
    options.input = *input;
    options.utcOffsetSeconds = *offset;
    const Analysis::AnomalyDetector detector(options);
    Analysis::SeriesState state;
    Analysis::CsvSeriesReader reader(&in);
    const bool explain = o.isSet(o.explain);
    out->write(explain ? "timestamp,value,anomaly_score,expected,low,high,kind\n" : "timestamp,value,anomaly_score\n");
    int anomalous = 0;
    QByteArray row;
    while (const auto r = reader.next()) {
        reportIssues(name, reader.takeNewIssues());
        const Analysis::Verdict v = detector.score(state, r->timeMs, r->value);
        anomalous += v.isAnomalous(options.threshold) ? 1 : 0;
        row = r->timestamp.toUtf8();
        row += ',';
        row += r->valueText.toUtf8();
        row += ',';
        row += QByteArray::number(v.score, 'f', 4);
        if (explain)
            row += ',' + number(v.expected) + ',' + number(v.low) + ',' + number(v.high) + ',' +
                   Analysis::anomalyKindName(v.kind);
        row += '\n';
        if (out->write(row) != row.size())
            return fail(QStringLiteral("cannot write the output: %1").arg(out->errorString()));
    }
    reportIssues(name, reader.takeNewIssues());
    if (reader.rowsRead() == 0)
        return fail(QStringLiteral("%1 holds no row timestamp,value that could be read").arg(name));
    if (out == &file && !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    standardOut.flush();
    const int skipped = int(reader.issues().size());
    std::fprintf(stderr, "analyze: %d rows scored, %d anomalous (score >= %.1f), %d skipped\n", reader.rowsRead(),
                 anomalous, options.threshold, skipped);
    return skipped > 0 ? 2 : 0;
}

} // namespace OpsDeck::Cli
