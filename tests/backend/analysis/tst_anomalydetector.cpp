// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The streaming detector on generated series with known anomalies: each
// kind found within a bounded delay; seasonal peaks, counter wraps and
// resets, polling gaps and a re-based level shift not flagged.

#include <QTest>

#include "tests/backend/analysis/anomalycorpus.h"

using namespace OpsDeck;
using namespace OpsDeck::Test;
using Analysis::AnomalyDetector;
using Analysis::SeriesState;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Samples flagged from @p fromMs on that no window (plus an hour) explains.
QStringList unexplained(const GeneratedSeries &s, const std::vector<double> &scores, qint64 fromMs)
{
    QStringList out;
    for (size_t i = 0; i < scores.size(); ++i) {
        const qint64 t = s.timesMs[i];
        if (t < fromMs || scores[i] < 0.5)
            continue;
        const bool explained = std::any_of(s.windows.cbegin(), s.windows.cend(), [t](const LabelWindow &w) {
            return t >= w.startMs && t <= w.endMs + kHour;
        });
        if (!explained)
            out << QStringLiteral("day %1 %2 min: %3")
                       .arg((t - s.timesMs.front()) / kDay)
                       .arg((t - s.timesMs.front()) % kDay / kMinute)
                       .arg(scores[i], 0, 'f', 2);
    }
    return out;
}

// The first flagged sample inside @p w (or its hour of tolerance); -1 when none.
qint64 delayOf(const GeneratedSeries &s, const std::vector<double> &scores, const LabelWindow &w)
{
    for (size_t i = 0; i < scores.size(); ++i) {
        if (s.timesMs[i] >= w.startMs && s.timesMs[i] <= w.endMs + kHour && scores[i] >= 0.5)
            return s.timesMs[i] - w.startMs;
    }
    return -1;
}

} // namespace

class TestAnomalyDetector : public QObject
{
    Q_OBJECT

private slots:
    void stateFitsInOneKilobyte() { QVERIFY(sizeof(SeriesState) <= 1024); }

    void eachKindIsFoundInTime_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("maxDelayMs");
        const auto row = [](const char *name, SeriesShape shape, InjectedKind kind, qint64 delay) {
            QTest::newRow(name) << int(shape) << int(kind) << delay;
        };
        row("traffic spike", SeriesShape::Traffic, InjectedKind::Spike, 0);
        row("traffic dip", SeriesShape::Traffic, InjectedKind::Dip, 5 * kMinute);
        row("traffic level shift", SeriesShape::Traffic, InjectedKind::LevelShift, 10 * kMinute);
        row("traffic drift", SeriesShape::Traffic, InjectedKind::Drift, 24 * kHour);
        row("traffic flat line", SeriesShape::Traffic, InjectedKind::FlatLine, 30 * kMinute);
        row("traffic without its working-day peak", SeriesShape::Traffic, InjectedKind::SeasonalBreak, kHour);
        row("optical power dip", SeriesShape::OpticalPower, InjectedKind::Dip, 0);
        row("optical power drift", SeriesShape::OpticalPower, InjectedKind::Drift, 24 * kHour);
        row("latency spike", SeriesShape::Latency, InjectedKind::Spike, 0);
        row("latency level shift", SeriesShape::Latency, InjectedKind::LevelShift, 10 * kMinute);
        row("counter rate spike", SeriesShape::Counter, InjectedKind::Spike, 0);
        row("counter rate drop", SeriesShape::Counter, InjectedKind::Dip, 5 * kMinute);
    }

    void eachKindIsFoundInTime()
    {
        QFETCH(int, shape);
        QFETCH(int, kind);
        QFETCH(qint64, maxDelayMs);
        for (quint64 seed : {11, 12, 13}) {
            SeriesSpec spec;
            spec.shape = SeriesShape(shape);
            spec.anomalies = {InjectedKind(kind)};
            spec.seed = seed;
            const GeneratedSeries s = generateSeries(spec);
            QCOMPARE(s.windows.size(), size_t(1));
            const std::vector<double> scores = detectorScores(s);
            const qint64 delay = delayOf(s, scores, s.windows.front());
            QVERIFY2(delay >= 0, qPrintable(QStringLiteral("seed %1: not found").arg(seed)));
            QVERIFY2(delay <= maxDelayMs,
                     qPrintable(QStringLiteral("seed %1: found after %2 min").arg(seed).arg(delay / kMinute)));
        }
    }

    void normalSeasonsAreNotFlagged_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<bool>("gaps");
        QTest::newRow("traffic") << int(SeriesShape::Traffic) << false;
        QTest::newRow("traffic with polling gaps") << int(SeriesShape::Traffic) << true;
        QTest::newRow("optical power") << int(SeriesShape::OpticalPower) << false;
        QTest::newRow("latency") << int(SeriesShape::Latency) << false;
        QTest::newRow("counter that wraps and resets") << int(SeriesShape::Counter) << true;
    }

    void normalSeasonsAreNotFlagged()
    {
        QFETCH(int, shape);
        QFETCH(bool, gaps);
        for (quint64 seed : {21, 22, 23}) {
            SeriesSpec spec;
            spec.shape = SeriesShape(shape);
            spec.gaps = gaps;
            spec.seed = seed;
            const GeneratedSeries s = generateSeries(spec);
            if (gaps)
                QVERIFY(s.gaps > 0);
            if (spec.shape == SeriesShape::Counter) {
                QVERIFY(s.counterWraps > 10);
                QCOMPARE(s.counterResets, 1);
            }
            // After the first week, whose weekend is new to it, at most one
            // sample in three weeks (6,000): a draw of the noise beyond four
            // standard deviations is rare, not impossible.
            const QStringList flagged = unexplained(s, detectorScores(s), s.timesMs.front() + 7 * kDay);
            QVERIFY2(flagged.size() <= 1, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(flagged.join(u", "))));
        }
    }

    void levelShiftBecomesTheNewNormal()
    {
        SeriesSpec spec;
        spec.anomalies = {InjectedKind::LevelShift};
        spec.seed = 31;
        const GeneratedSeries s = generateSeries(spec);
        const std::vector<double> scores = detectorScores(s);
        const LabelWindow &w = s.windows.front();
        QVERIFY(delayOf(s, scores, w) >= 0);
        // Re-based once it held: half a day later it is the norm.
        const QStringList later = unexplained(s, scores, w.startMs + 12 * kHour);
        QVERIFY2(later.isEmpty(), qPrintable(later.join(u", ")));
    }

    void scoresDoNotLookAhead()
    {
        SeriesSpec spec;
        spec.anomalies = {InjectedKind::Spike, InjectedKind::LevelShift};
        spec.seed = 41;
        GeneratedSeries s = generateSeries(spec);
        const std::vector<double> full = detectorScores(s);
        const size_t cut = s.values.size() * 3 / 4;
        s.values.resize(cut);
        s.timesMs.resize(cut);
        const std::vector<double> prefix = detectorScores(s);
        QVERIFY(std::equal(prefix.cbegin(), prefix.cend(), full.cbegin()));
        QVERIFY(std::any_of(prefix.cbegin(), prefix.cend(), [](double v) { return v >= 0.5; }));
    }

    void autoInputFindsCounters()
    {
        SeriesSpec spec;
        spec.shape = SeriesShape::Counter;
        spec.seed = 51;
        const GeneratedSeries counter = generateSeries(spec);
        spec.shape = SeriesShape::Traffic;
        const GeneratedSeries gauge = generateSeries(spec);
        const AnomalyDetector detector({Analysis::SeriesInput::Auto});
        SeriesState c;
        SeriesState g;
        for (size_t i = 0; i < 100; ++i) {
            (void)detector.score(c, counter.timesMs[i], counter.values[i]);
            (void)detector.score(g, gauge.timesMs[i], gauge.values[i]);
        }
        QCOMPARE(c.mode, Analysis::SeriesInput::Counter);
        QCOMPARE(g.mode, Analysis::SeriesInput::Gauge);
    }

    void badSamplesAreSkipped()
    {
        const AnomalyDetector detector({Analysis::SeriesInput::Gauge});
        SeriesState state;
        const qint64 t0 = 1767571200000;
        QVERIFY(!detector.score(state, t0, 10).skipped);
        QVERIFY(detector.score(state, t0, 11).skipped);               // same time
        QVERIFY(detector.score(state, t0 - 1000, 11).skipped);        // earlier
        QVERIFY(detector.score(state, t0 + 300000, qQNaN()).skipped); // not a number
        QVERIFY(!detector.score(state, t0 + 300000, 12).skipped);
        QCOMPARE(state.samples, 2u);

        const AnomalyDetector counters({Analysis::SeriesInput::Counter});
        SeriesState c;
        QVERIFY(counters.score(c, t0, 4294967000.0).skipped);   // the first sample has no rate
        const auto wrapped = counters.score(c, t0 + 1000, 704); // wrapped past 2^32
        QVERIFY(!wrapped.skipped);
        QCOMPARE(wrapped.value, 1000.0);
        QVERIFY(counters.score(c, t0 + 2000, 5).skipped); // a reset
        QCOMPARE(counters.score(c, t0 + 3000, 505).value, 500.0);
    }

    void rollupsStartTheProfile()
    {
        // Two weeks learned from hourly rollups, as the service does on
        // start: the third week is scored from its first sample.
        SeriesSpec spec;
        spec.anomalies = {InjectedKind::Spike};
        spec.seed = 61;
        const GeneratedSeries s = generateSeries(spec);
        const AnomalyDetector detector;
        SeriesState state;
        const qint64 start = s.timesMs.front();
        size_t i = 0;
        for (qint64 hour = start; hour < start + 14 * kDay; hour += kHour) {
            double sum = 0;
            double low = qInf();
            double high = -qInf();
            int n = 0;
            for (; i < s.values.size() && s.timesMs[i] < hour + kHour; ++i, ++n) {
                sum += s.values[i];
                low = std::min(low, s.values[i]);
                high = std::max(high, s.values[i]);
            }
            detector.learnHour(state, hour, sum / n, low, high, n);
        }
        int flagged = 0;
        bool learning = false;
        for (; i < s.values.size(); ++i) {
            const auto v = detector.score(state, s.timesMs[i], s.values[i]);
            learning = learning || v.learning;
            const qint64 t = s.timesMs[i];
            const LabelWindow &w = s.windows.front();
            if (v.isAnomalous()) {
                QVERIFY2(t >= w.startMs && t <= w.endMs + kHour, qPrintable(QString::number((t - start) / kMinute)));
                ++flagged;
                QVERIFY(v.value > v.high);
                QCOMPARE(v.kind, Analysis::AnomalyKind::High);
                QCOMPARE(v.sinceMs, w.startMs);
            }
        }
        QVERIFY(!learning);
        QVERIFY(flagged > 0);
    }
};

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"
