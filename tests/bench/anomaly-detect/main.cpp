// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// anomaly-detect: OpsDeck's streaming detector on a labelled corpus the
// project generates deterministically (60 series of four weeks at a
// 5-minute interval: traffic with daily and weekly seasons, optical power,
// latency and raw 32-bit counters that wrap and reset, polling gaps; one to
// three anomalies per series after two clean weeks: spikes, dips, level
// shifts, drifts, flat lines and a working day without its peak), scored
// against the labels (precision, recall, a windowed score that rewards
// early detection and takes off for false positives), side by side with a
// static threshold and a rolling z-score; then its throughput on one core
// and the state it keeps per series.
#include <chrono>
#include <cstdio>

#include <QCoreApplication>

#include "baselines.h"
#include "tests/backend/analysis/anomalycorpus.h"

using namespace OpsDeck;

namespace {

constexpr double kGoalRecall = 0.9;
constexpr double kGoalPrecision = 0.8;
constexpr double kGoalSamplesPerS = 2e6;
constexpr int kThroughputRounds = 20;

template<typename Scorer> Test::Evaluation evaluateAll(const std::vector<Test::GeneratedSeries> &corpus, Scorer scorer)
{
    Test::Evaluation total;
    for (const Test::GeneratedSeries &s : corpus)
        total.add(Test::evaluate(s, scorer(s)));
    return total;
}

void printEvaluation(const char *name, const Test::Evaluation &e)
{
    std::printf("%-16s precision %.3f  recall %.3f  score %6.3f  windows %d found %d  detections %d false %d  "
                "mean delay %.0f min\n",
                name, e.precision(), e.recall(), e.score(), e.windows, e.found, e.detections, e.falsePositives,
                e.meanDelayMinutes);
    std::printf("%-16s", "");
    for (const auto &[kind, counts] : e.foundByKind)
        std::printf(" %s %d/%d", qPrintable(kind), counts.first, counts.second);
    std::printf("\n");
}

// With OPSDECK_BENCH_VERBOSE set: each false positive of OpsDeck's detector.
void listFalsePositives(const std::vector<Test::GeneratedSeries> &corpus)
{
    if (qEnvironmentVariableIsEmpty("OPSDECK_BENCH_VERBOSE"))
        return;
    static const char *const shapes[] = {"traffic", "optical", "latency", "counter"};
    for (const Test::GeneratedSeries &s : corpus) {
        const std::vector<double> scores = Test::detectorScores(s);
        for (size_t i = 0; i < scores.size(); ++i) {
            if (scores[i] < 0.5 || (i > 0 && scores[i - 1] >= 0.5))
                continue;
            const qint64 t = s.timesMs[i];
            const bool labelled = std::any_of(s.windows.cbegin(), s.windows.cend(), [t](const Test::LabelWindow &w) {
                return t >= w.startMs && t <= w.endMs + 3600 * 1000;
            });
            if (labelled)
                continue;
            const qint64 offset = (t - s.timesMs.front()) / 60000;
            QString after = QStringLiteral("-");
            for (const Test::LabelWindow &w : s.windows) {
                if (w.endMs < t)
                    after =
                        QStringLiteral("%1 ended %2 h before").arg(Test::kindName(w.kind)).arg((t - w.endMs) / 3600000);
            }
            std::printf("  false positive %s (%s) day %lld %02lld:%02lld score %.2f after %s\n", qPrintable(s.name),
                        shapes[int(s.shape)], static_cast<long long>(offset / 1440),
                        static_cast<long long>(offset % 1440 / 60), static_cast<long long>(offset % 60), scores[i],
                        qPrintable(after));
        }
    }
}

// With OPSDECK_BENCH_DUMP=NAME: that series as CSV in NAME.csv (for analyze).
void dumpSeries(const std::vector<Test::GeneratedSeries> &corpus)
{
    const QString name = qEnvironmentVariable("OPSDECK_BENCH_DUMP");
    for (const Test::GeneratedSeries &s : corpus) {
        if (s.name != name)
            continue;
        FILE *f = std::fopen(qPrintable(name + QStringLiteral(".csv")), "w");
        if (!f)
            return;
        for (size_t i = 0; i < s.values.size(); ++i)
            std::fprintf(f, "%lld,%.17g\n", static_cast<long long>(s.timesMs[i] / 1000), s.values[i]);
        std::fclose(f);
    }
}

double throughput(const std::vector<Test::GeneratedSeries> &corpus, qint64 &samples)
{
    samples = 0;
    double checksum = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < kThroughputRounds; ++round) {
        for (const Test::GeneratedSeries &s : corpus) {
            Analysis::DetectorOptions options;
            options.input = s.input;
            const Analysis::AnomalyDetector detector(options);
            Analysis::SeriesState state;
            for (size_t i = 0; i < s.values.size(); ++i)
                checksum += detector.score(state, s.timesMs[i], s.values[i]).score;
            samples += qint64(s.values.size());
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (checksum < 0)
        std::printf("impossible checksum\n");
    return double(samples) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // OPSDECK_BENCH_SEED picks another corpus of the same make.
    const quint64 seed = qEnvironmentVariableIsSet("OPSDECK_BENCH_SEED")
                             ? qEnvironmentVariable("OPSDECK_BENCH_SEED").toULongLong()
                             : 20261207;
    const auto corpus = Test::generateCorpus(60, 4, 300, seed);
    qint64 corpusSamples = 0;
    int wraps = 0;
    int resets = 0;
    int gaps = 0;
    for (const auto &s : corpus) {
        corpusSamples += qint64(s.values.size());
        wraps += s.counterWraps;
        resets += s.counterResets;
        gaps += s.gaps;
    }
    std::printf("corpus (seed %llu): %zu series, %lld samples, %d counter wraps, %d counter resets, %d polling gaps\n",
                static_cast<unsigned long long>(seed), corpus.size(), static_cast<long long>(corpusSamples), wraps,
                resets, gaps);

    const auto opsdeck = evaluateAll(corpus, [](const auto &s) { return Test::detectorScores(s); });
    const auto fixed = evaluateAll(corpus, [](const auto &s) { return Bench::staticThresholdScores(s); });
    const auto rolling = evaluateAll(corpus, [](const auto &s) { return Bench::rollingZScores(s); });
    printEvaluation("opsdeck", opsdeck);
    listFalsePositives(corpus);
    dumpSeries(corpus);
    printEvaluation("static-threshold", fixed);
    printEvaluation("rolling-zscore", rolling);

    qint64 samples = 0;
    const double rate = throughput(corpus, samples);
    std::printf("throughput: %lld samples in %d rounds, %.2f M samples/s on one core; state %zu bytes per series\n",
                static_cast<long long>(samples), kThroughputRounds, rate / 1e6, sizeof(Analysis::SeriesState));

    const bool met = opsdeck.recall() >= kGoalRecall && opsdeck.precision() >= kGoalPrecision &&
                     rate >= kGoalSamplesPerS && sizeof(Analysis::SeriesState) <= 1024;
    std::printf("BENCH anomaly-detect: precision=%.3f recall=%.3f score=%.3f samples_per_s=%.0f state_bytes=%zu "
                "static_precision=%.3f static_recall=%.3f static_score=%.3f zscore_precision=%.3f zscore_recall=%.3f "
                "zscore_score=%.3f goal_recall=%.2f goal_precision=%.2f goal_samples_per_s=%.0f goal_state_bytes=1024 "
                "met=%s\n",
                opsdeck.precision(), opsdeck.recall(), opsdeck.score(), rate, sizeof(Analysis::SeriesState),
                fixed.precision(), fixed.recall(), fixed.score(), rolling.precision(), rolling.recall(),
                rolling.score(), kGoalRecall, kGoalPrecision, kGoalSamplesPerS, met ? "yes" : "no");
    return 0;
}
