// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "throughput.h"

#include <cstdio>

#include <QElapsedTimer>

#include "backend/alarms/alarmengine.h"
#include "baseline.h"
#include "estate.h"
#include "measure.h"

namespace OpsDeck::Bench {

namespace {

constexpr qint64 kStepMs = 60000; // a one-minute poll interval
constexpr int kStepsPerCycle = 5; // LibreNMS: rules once per 5-minute poll cycle

/// One poll step of every series into @p sink; false when a sample was refused.
template<typename Sink> bool feedStep(const Estate &e, int step, qint64 t0Ms, Sink &&sink, qint64 limit = -1)
{
    const qint64 n = limit < 0 ? e.seriesCount() : std::min<qint64>(limit, e.seriesCount());
    const qint64 t = t0Ms + step * kStepMs;
    for (qint64 s = 0; s < n; ++s) {
        if (!sink(e.key(s), t, e.value(s, step)))
            return false;
    }
    return true;
}

} // namespace

EngineThroughput measureEngine(const Estate &e, Alarms::AlarmEngine &engine, qint64 t0Ms, int steadySteps)
{
    EngineThroughput r;
    r.series = e.seriesCount();
    r.steps = steadySteps;
    const auto sink = [&](const Domain::SeriesKey &key, qint64 t, double v) { return engine.onSample(key, t, v).ok(); };
    const qint64 rssBefore = currentRssBytes();
    QElapsedTimer timer;
    timer.start();
    if (!feedStep(e, 0, t0Ms, sink))
        std::fprintf(stderr, "alarm-pipeline: a sample was refused\n");
    r.bindSeconds = double(timer.nsecsElapsed()) / 1e9;
    r.stateBytes = currentRssBytes() - rssBefore;

    timer.restart();
    for (int step = 1; step <= steadySteps; ++step)
        (void)feedStep(e, step, t0Ms, sink);
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.samples = r.series * steadySteps;
    r.samplesPerS = double(r.samples) / r.seconds;
    (void)engine.flush();
    return r;
}

BaselineThroughput measureBaselines(const Estate &e, qint64 t0Ms, qint64 naiveSamples)
{
    BaselineThroughput r;
    {
        NaiveScanEvaluator naive(plainRules(e.rules));
        const auto sink = [&](const Domain::SeriesKey &key, qint64 t, double v) {
            naive.onSample(key, t, v);
            return true;
        };
        (void)feedStep(e, 0, t0Ms, sink, naiveSamples); // creates the per-series state
        QElapsedTimer timer;
        timer.start();
        (void)feedStep(e, 1, t0Ms, sink, naiveSamples);
        r.naiveSamples = std::min<qint64>(naiveSamples, e.seriesCount());
        r.naiveSamplesPerS = double(r.naiveSamples) / (double(timer.nsecsElapsed()) / 1e9);
    }
    CycleBatchEvaluator batch(plainRules(e.rules));
    const auto sink = [&](const Domain::SeriesKey &key, qint64 t, double v) {
        batch.onSample(key, t, v);
        return true;
    };
    (void)feedStep(e, 0, t0Ms, sink);
    batch.evaluateAll(t0Ms); // first cycle: creates the per-series state
    QElapsedTimer timer;
    timer.start();
    double cycleNs = 0;
    for (int step = 1; step <= kStepsPerCycle; ++step) {
        (void)feedStep(e, step, t0Ms, sink);
        if (step % kStepsPerCycle == 0) {
            QElapsedTimer cycle;
            cycle.start();
            batch.evaluateAll(t0Ms + step * kStepMs);
            cycleNs += double(cycle.nsecsElapsed());
        }
    }
    r.batchSamples = e.seriesCount() * kStepsPerCycle;
    r.batchSamplesPerS = double(r.batchSamples) / (double(timer.nsecsElapsed()) / 1e9);
    r.batchCycleSeconds = cycleNs / 1e9;
    return r;
}

} // namespace OpsDeck::Bench
