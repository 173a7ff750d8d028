// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// metrics-ingest: samples per second written into the SQLite metric store
// (raw samples plus the three rollup tiers), 1,000 series x 1,000 samples.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "backend/metrics/metricstore.h"

using namespace OpsDeck::Metrics;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = MetricStore::openSqlite(dir.filePath(QStringLiteral("metrics.db")));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    auto store = std::move(opened).value();
    constexpr int series = 1000;
    constexpr int samplesPerSeries = 1000;
    QList<qint64> ids;
    for (int i = 0; i < series; ++i)
        ids << *store->seriesId({QStringLiteral("dev%1").arg(i / 48), QStringLiteral("ifIndex:%1").arg(i % 48),
                                 QStringLiteral("if.in.bps")});
    store->setBatchSize(50000);
    const qint64 t0 = 1700000000000LL;
    QElapsedTimer timer;
    timer.start();
    // Samples arrive as poll cycles do: every series once per 10 s step.
    for (int step = 0; step < samplesPerSeries; ++step) {
        for (int s = 0; s < series; ++s) {
            if (!store->append(ids[s], t0 + step * 10000LL, double((s * 7 + step) % 1000)).ok()) {
                std::fprintf(stderr, "append failed\n");
                return 1;
            }
        }
    }
    if (!store->flush().ok())
        return 1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double rate = double(series) * samplesPerSeries / seconds;
    std::printf("BENCH metrics-ingest: samples=%d seconds=%.2f samples_per_s=%.0f goal_samples_per_s=500000 met=%s\n",
                series * samplesPerSeries, seconds, rate, rate >= 500000 ? "yes" : "no");
    return 0;
}
