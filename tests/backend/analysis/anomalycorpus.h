// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <map>
#include <vector>

#include <QString>

#include "backend/analysis/anomalydetector.h"

namespace OpsDeck::Test {

/// What was injected into a generated series.
enum class InjectedKind { Spike, Dip, LevelShift, Drift, FlatLine, SeasonalBreak };

[[nodiscard]] QString kindName(InjectedKind kind);

/// A labelled anomaly: detections from startMs to endMs (plus the
/// evaluation's tolerance) find it.
struct LabelWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    InjectedKind kind = InjectedKind::Spike;
};

/// What a series measures; decides its shape, its noise and its anomalies.
enum class SeriesShape { Traffic, OpticalPower, Latency, Counter };

struct GeneratedSeries
{
    QString name;
    SeriesShape shape = SeriesShape::Traffic;
    Analysis::SeriesInput input = Analysis::SeriesInput::Gauge;
    std::vector<qint64> timesMs;
    std::vector<double> values;
    std::vector<LabelWindow> windows;
    int counterWraps = 0;  ///< Counter: wraps of the 32-bit counter (never anomalies)
    int counterResets = 0; ///< Counter: resets to 0 (never anomalies)
    int gaps = 0;          ///< polling gaps (never anomalies)
};

/// What one generated series holds, for tests that build one at a time.
struct SeriesSpec
{
    SeriesShape shape = SeriesShape::Traffic;
    int weeks = 4;
    int intervalSeconds = 300;
    std::vector<InjectedKind> anomalies; ///< placed after the first two weeks, in order
    bool gaps = false;
    quint64 seed = 1;
};

/// One series by @p spec: deterministic for a seed.
[[nodiscard]] GeneratedSeries generateSeries(const SeriesSpec &spec, const QString &name = QString());

/// The labelled corpus: @p count series of @p weeks weeks at
/// @p intervalSeconds, traffic (most), optical power, latency and raw
/// 32-bit counters that wrap and reset; one to three anomalies each after
/// two clean weeks, polling gaps in some. The same seed, the same corpus.
[[nodiscard]] std::vector<GeneratedSeries> generateCorpus(int count = 60, int weeks = 4, int intervalSeconds = 300,
                                                          quint64 seed = 20261207);

/// How a detector's scores match the labels. Detections are runs of
/// samples scored at or above the threshold (runs a sample or two apart
/// are one); a run that overlaps a window (extended by the tolerance) is a
/// true positive, any other a false positive. The windowed score rewards
/// each found window by how early it was found (1 at its start, 0.5 at the
/// end of its tolerance), 0 for a missed one, and takes 0.5 off for each
/// false positive; divided by the number of windows (1 is perfect).
struct Evaluation
{
    int windows = 0;
    int found = 0;
    int detections = 0;
    int falsePositives = 0;
    double rewards = 0; ///< sum over the found windows
    double meanDelayMinutes = 0;
    std::map<QString, std::pair<int, int>> foundByKind; ///< kind -> (found, windows)

    [[nodiscard]] double score() const { return windows == 0 ? 0 : (rewards - 0.5 * falsePositives) / windows; }
    [[nodiscard]] double recall() const { return windows == 0 ? 1.0 : double(found) / windows; }
    [[nodiscard]] double precision() const
    {
        return detections == 0 ? 1.0 : double(detections - falsePositives) / detections;
    }
    void add(const Evaluation &other);
};

/// Matches @p scores (one per sample of @p series) against its windows.
[[nodiscard]] Evaluation evaluate(const GeneratedSeries &series, const std::vector<double> &scores,
                                  double threshold = 0.5, qint64 toleranceMs = 3600 * 1000);

/// OpsDeck's detector over every sample of @p series, in order.
[[nodiscard]] std::vector<double> detectorScores(const GeneratedSeries &series, int utcOffsetSeconds = 0);

} // namespace OpsDeck::Test
