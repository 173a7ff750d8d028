// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/charts/seriesbuffer.h"
#include "models/charts/seriesbufferset.h"
#include "models/session/charts/metricstorechartsource.h"
#include "tests/models/charts/syntheticchartsource.h"

using namespace OpsDeck;
using Metrics::Resolution;

Q_DECLARE_METATYPE(OpsDeck::Metrics::Resolution)

namespace {

constexpr qint64 kStart = 1'700'000'000'000LL - (1'700'000'000'000LL % 3'600'000); // an hour boundary
constexpr qint64 kDay = 86'400'000;

double wave(qint64 i)
{
    return 100.0 + double((i * 37) % 23) - 11.0; // 89 .. 111
}

} // namespace

class TestSeriesBuffer : public QObject
{
    Q_OBJECT

private slots:
    void envelopeKeepsMinAndMax();
    void envelopeNeverExceedsPixels();
    void rawPointsWhenZoomedIn();
    void memoryIsBounded();
    void resolutionForWindow_data();
    void resolutionForWindow();
    void envelopeReadsTheTierTheWindowNeeds_data();
    void envelopeReadsTheTierTheWindowNeeds();
    void historyMergesAndReplaces();
    void liveFollowsLoadedHistory();
    void valueAtFindsNearestSample();
    void bufferSetLoadsWhatIsMissing();
    void bufferSetCoalescesLiveBatches();
    void metricStoreSourceAnswersAndFollows();
};

void TestSeriesBuffer::envelopeKeepsMinAndMax()
{
    Models::SeriesBuffer buffer;
    const int n = 60480; // a week at 10 s
    for (int i = 0; i < n; ++i) {
        double v = wave(i);
        if (i == 31337)
            v = 5000; // a single-sample spike
        if (i == 4242)
            v = -300; // and a single-sample dip
        buffer.append(kStart + qint64(i) * 10000, v);
    }
    const qint64 to = kStart + qint64(n) * 10000;
    for (int pixels : {200, 777, 1600}) {
        const Models::Envelope env = buffer.envelope(kStart, to, pixels);
        QVERIFY(env.complete);
        QCOMPARE(env.folded, pixels > 200); // at 200 px the hour tier's buckets are wider than a column
        double lo = 1e9, hi = -1e9;
        for (const auto &p : env.points) {
            lo = std::min(lo, p.min);
            hi = std::max(hi, p.max);
            QVERIFY(p.min <= p.avg && p.avg <= p.max);
        }
        QCOMPARE(hi, 5000.0);
        QCOMPARE(lo, -300.0);
    }
    // The spike is in the column that contains its time, not smeared elsewhere.
    const Models::Envelope env = buffer.envelope(kStart, to, 1000);
    const qint64 spikeTs = kStart + 31337LL * 10000;
    const auto it = std::find_if(env.points.cbegin(), env.points.cend(),
                                 [](const Models::EnvelopePoint &p) { return p.max == 5000; });
    QVERIFY(it != env.points.cend());
    QVERIFY(it->timestampMs <= spikeTs && spikeTs < it->timestampMs + env.bucketMs + 3600000);
}

void TestSeriesBuffer::envelopeNeverExceedsPixels()
{
    Models::SeriesBuffer buffer;
    for (int i = 0; i < 20000; ++i)
        buffer.append(kStart + qint64(i) * 10000, wave(i));
    const qint64 to = kStart + 20000LL * 10000;
    for (int pixels : {10, 100, 640, 1000, 3000}) {
        const Models::Envelope env = buffer.envelope(kStart, to, pixels);
        QVERIFY2(env.points.size() <= pixels + 2, qPrintable(QString::number(env.points.size())));
        QVERIFY(!env.points.isEmpty());
    }
}

void TestSeriesBuffer::rawPointsWhenZoomedIn()
{
    Models::SeriesBuffer buffer;
    for (int i = 0; i < 1000; ++i)
        buffer.append(kStart + qint64(i) * 10000, wave(i));
    // 100 samples in view on 800 pixels: every sample, plus one neighbour each side.
    const Models::Envelope env = buffer.envelope(kStart + 200LL * 10000, kStart + 300LL * 10000, 800);
    QCOMPARE(env.resolution, Resolution::Raw);
    QVERIFY(!env.folded);
    QCOMPARE(env.points.size(), 102);
    QCOMPARE(env.points.at(1).timestampMs, kStart + 200LL * 10000);
    QCOMPARE(env.points.at(1).avg, wave(200));
}

void TestSeriesBuffer::memoryIsBounded()
{
    Models::SeriesBuffer::Capacities caps;
    caps.raw = 1000;
    caps.minute = 300;
    caps.fiveMinutes = 200;
    caps.hour = 100;
    Models::SeriesBuffer buffer(caps);
    const int n = 200000; // far more than any tier holds
    qsizetype peak = 0;
    for (int i = 0; i < n; ++i) {
        buffer.append(kStart + qint64(i) * 10000, wave(i));
        peak = std::max(peak, buffer.memoryBytes());
    }
    for (Resolution r : {Resolution::Raw, Resolution::Minute, Resolution::FiveMinutes, Resolution::Hour}) {
        QVERIFY(buffer.size(r) <= buffer.capacity(r) + buffer.capacity(r) / 8);
        QVERIFY(buffer.size(r) >= buffer.capacity(r));
    }
    QVERIFY2(peak < 200 * 1024, qPrintable(QString::number(peak)));
    // The newest samples are the ones kept.
    const qint64 last = kStart + qint64(n - 1) * 10000;
    QCOMPARE(buffer.headMs(), last);
    QVERIFY(buffer.covers(Resolution::Raw, last - 900LL * 10000, last));
    QVERIFY(!buffer.covers(Resolution::Raw, kStart, last));
    double v = 0;
    QVERIFY(buffer.valueAt(last, 0, &v));
    QCOMPARE(v, wave(n - 1));
}

void TestSeriesBuffer::resolutionForWindow_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<Resolution>("expected");
    const qint64 h = 3600000;
    QTest::newRow("15 min") << 15 * 60000LL << 800 << Resolution::Raw;
    QTest::newRow("1 h") << h << 800 << Resolution::Raw;
    QTest::newRow("6 h") << 6 * h << 800 << Resolution::Raw; // 2160 samples <= 3200
    QTest::newRow("24 h, 800 px") << 24 * h << 800 << Resolution::Minute;
    QTest::newRow("24 h, 3000 px") << 24 * h << 3000 << Resolution::Raw;
    QTest::newRow("7 d") << 7 * 24 * h << 1000 << Resolution::FiveMinutes;
    QTest::newRow("30 d") << 30 * 24 * h << 1000 << Resolution::Hour;
    QTest::newRow("1 y") << 365 * 24 * h << 1000 << Resolution::Hour;
}

void TestSeriesBuffer::resolutionForWindow()
{
    QFETCH(qint64, span);
    QFETCH(int, pixels);
    QFETCH(Resolution, expected);
    QCOMPARE(Models::SeriesBuffer::resolutionFor(span, pixels, 10000), expected);
}

void TestSeriesBuffer::envelopeReadsTheTierTheWindowNeeds_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<Resolution>("expected");
    QTest::newRow("2 h") << 2 * 3600000LL << Resolution::Raw;
    QTest::newRow("2 d") << 2 * kDay << Resolution::Minute;
    QTest::newRow("7 d") << 7 * kDay << Resolution::FiveMinutes;
}

void TestSeriesBuffer::envelopeReadsTheTierTheWindowNeeds()
{
    QFETCH(qint64, span);
    QFETCH(Resolution, expected);
    Models::SeriesBuffer buffer;
    const int n = 60480;
    for (int i = 0; i < n; ++i)
        buffer.append(kStart + qint64(i) * 10000, wave(i));
    const qint64 to = kStart + qint64(n) * 10000;
    const Models::Envelope env = buffer.envelope(to - span, to, 1000);
    QCOMPARE(env.resolution, expected);
    QVERIFY(env.complete);
}

void TestSeriesBuffer::historyMergesAndReplaces()
{
    Test::SyntheticChartSource synth;
    Models::SeriesBuffer buffer;
    const QString m = QStringLiteral("if.in.bps");
    buffer.insert(Resolution::Minute, kStart, kStart + kDay, synth.points(m, kStart, kStart + kDay, Resolution::Minute));
    QCOMPARE(buffer.size(Resolution::Minute), 1440);
    QVERIFY(buffer.covers(Resolution::Minute, kStart, kStart + kDay));
    QVERIFY(!buffer.covers(Resolution::Minute, kStart - 60000, kStart + kDay));
    // Adjoining (older) history extends the span.
    buffer.insert(Resolution::Minute, kStart - kDay, kStart,
                  synth.points(m, kStart - kDay, kStart, Resolution::Minute));
    QCOMPARE(buffer.size(Resolution::Minute), 2880);
    QVERIFY(buffer.covers(Resolution::Minute, kStart - kDay, kStart + kDay));
    // Overlapping history replaces what it covers, without duplicates.
    buffer.insert(Resolution::Minute, kStart - 3600000, kStart + 3600000,
                  synth.points(m, kStart - 3600000, kStart + 3600000, Resolution::Minute));
    QCOMPARE(buffer.size(Resolution::Minute), 2880);
    // A far-away span replaces the tier.
    const qint64 far = kStart - 30 * kDay;
    buffer.insert(Resolution::Minute, far, far + 3600000, synth.points(m, far, far + 3600000, Resolution::Minute));
    QCOMPARE(buffer.size(Resolution::Minute), 60);
    QVERIFY(!buffer.covers(Resolution::Minute, kStart, kStart + 60000));
    // Rollup min/max survive into the envelope.
    const auto points = synth.points(m, far, far + 3600000, Resolution::Minute);
    const Models::Envelope env = buffer.envelope(far, far + 3600000, 30);
    QVERIFY(env.folded);
    double hi = -1e300;
    for (const auto &p : points)
        hi = std::max(hi, p.max);
    double envHi = -1e300;
    for (const auto &p : env.points)
        envHi = std::max(envHi, p.max);
    QCOMPARE(envHi, hi);
}

void TestSeriesBuffer::liveFollowsLoadedHistory()
{
    Test::SyntheticChartSource synth;
    Models::SeriesBuffer buffer;
    const QString m = QStringLiteral("if.in.bps");
    const qint64 now = kStart + kDay;
    buffer.insert(Resolution::Raw, now - 3600000, now, synth.points(m, now - 3600000, now, Resolution::Raw));
    QCOMPARE(buffer.size(Resolution::Raw), 360);
    for (int i = 0; i < 30; ++i)
        buffer.append(now + qint64(i) * 10000, 1.0);
    QCOMPARE(buffer.size(Resolution::Raw), 390);
    QVERIFY(buffer.covers(Resolution::Raw, now - 3600000, now + 300000));
    // History of an old window stops the tier following the head.
    buffer.insert(Resolution::Raw, kStart, kStart + 3600000, synth.points(m, kStart, kStart + 3600000, Resolution::Raw));
    buffer.append(now + 400000, 2.0);
    QCOMPARE(buffer.size(Resolution::Raw), 360);
    QVERIFY(!buffer.covers(Resolution::Raw, now, now + 400000));
}

void TestSeriesBuffer::valueAtFindsNearestSample()
{
    Models::SeriesBuffer buffer;
    for (int i = 0; i < 10; ++i)
        buffer.append(kStart + qint64(i) * 10000, double(i));
    double v = -1;
    QVERIFY(buffer.valueAt(kStart + 31000, 6000, &v));
    QCOMPARE(v, 3.0);
    QVERIFY(buffer.valueAt(kStart + 38000, 6000, &v));
    QCOMPARE(v, 4.0);
    QVERIFY(!Models::SeriesBuffer().valueAt(kStart, 1000, &v));
}

void TestSeriesBuffer::bufferSetLoadsWhatIsMissing()
{
    Test::SyntheticChartSource synth;
    Models::SeriesBufferSet set;
    set.setSource(&synth);
    const int in = set.addSeries({QStringLiteral("dev"), QStringLiteral("ifIndex:1"), QStringLiteral("if.in.bps")});
    const int out = set.addSeries({QStringLiteral("dev"), QStringLiteral("ifIndex:1"), QStringLiteral("if.out.bps")});
    QCOMPARE(set.addSeries({QStringLiteral("dev"), QStringLiteral("ifIndex:1"), QStringLiteral("if.in.bps")}), in);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - 7 * kDay;
    QSignalSpy loaded(&set, &Models::SeriesBufferSet::historyLoaded);
    set.ensureLoaded(from, to, 1000);
    QCOMPARE(synth.requests.size(), 2);
    QCOMPARE(synth.requests.at(0).resolution, Resolution::FiveMinutes);
    QVERIFY(synth.requests.at(0).fromMs <= from);
    set.ensureLoaded(from, to, 1000); // already on its way: no second request
    QCOMPARE(synth.requests.size(), 2);
    QTRY_COMPARE(loaded.size(), 2);
    QVERIFY(!set.isLoading());
    const Models::Envelope env = set.envelope(out, from, to, 1000);
    QVERIFY(env.complete);
    QCOMPARE(env.resolution, Resolution::FiveMinutes);
    QVERIFY(env.points.size() > 900);
    // Panning back by half a window needs nothing new (half a window was preloaded).
    set.ensureLoaded(from - 3 * kDay, to - 3 * kDay, 1000);
    QCOMPARE(synth.requests.size(), 2);
    // Zooming into one hour asks for raw samples.
    set.ensureLoaded(to - 3600000, to, 1000);
    QCOMPARE(synth.requests.size(), 4);
    QCOMPARE(synth.requests.at(3).resolution, Resolution::Raw);
}

void TestSeriesBuffer::bufferSetCoalescesLiveBatches()
{
    Test::SyntheticChartSource synth;
    Models::SeriesBufferSet set;
    set.setSource(&synth);
    const Domain::SeriesKey key{QStringLiteral("dev"), QStringLiteral("ifIndex:1"), QStringLiteral("if.in.bps")};
    const int index = set.addSeries(key);
    QSignalSpy appended(&set, &Models::SeriesBufferSet::samplesAppended);
    for (int i = 0; i < 5; ++i)
        synth.pushSamples({Models::LiveSample{key, kStart + i * 1000LL, double(i)}});
    synth.pushSamples({Models::LiveSample{{QStringLiteral("other"), {}, QStringLiteral("x")}, kStart, 1}});
    QCOMPARE(appended.size(), 0);
    QVERIFY(appended.wait(2000));
    QCOMPARE(appended.size(), 1);
    QCOMPARE(set.buffer(index).size(Resolution::Raw), 5);
    QCOMPARE(set.headMs(), kStart + 4000);
}

void TestSeriesBuffer::metricStoreSourceAnswersAndFollows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("metrics.db"));
    auto opened = Metrics::MetricStore::openSqlite(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    std::unique_ptr<Metrics::MetricStore> writer = std::move(opened).value();
    const Domain::SeriesKey key{QStringLiteral("dev"), QStringLiteral("ifIndex:3"), QStringLiteral("if.in.bps")};
    const auto id = writer->seriesId(key);
    QVERIFY(id.ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 3600000;
    for (int i = 0; i < 360; ++i)
        QVERIFY(writer->append(*id, start + qint64(i) * 10000, double(i)).ok());
    QVERIFY(writer->flush().ok());

    auto source = Models::MetricStoreChartSource::forSqlite(path);
    QSignalSpy finished(source.get(), &Models::ChartDataSource::historyFinished);
    const quint64 rid = source->requestHistory(key, start, now, Resolution::Raw);
    QVERIFY(finished.wait(5000));
    auto history = finished.at(0).at(0).value<Models::ChartHistory>();
    QCOMPARE(history.requestId, rid);
    QVERIFY(!history.failed);
    QCOMPARE(history.points.size(), 360);
    QCOMPARE(history.points.at(10).avg, 10.0);
    source->requestHistory(key, start, now, Resolution::Minute);
    QVERIFY(finished.wait(5000));
    history = finished.at(1).at(0).value<Models::ChartHistory>();
    QCOMPARE(history.resolution, Resolution::Minute);
    QVERIFY(history.points.size() >= 60 && history.points.size() <= 61);

    // Followed series: samples written after the watch starts arrive as live samples.
    source->setFollowInterval(100);
    source->setWatchedSeries({key});
    QSignalSpy arrived(source.get(), &Models::ChartDataSource::samplesArrived);
    QVERIFY(writer->append(*id, now + 5000, 4242).ok());
    QVERIFY(writer->flush().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
    const auto samples = arrived.at(0).at(0).value<QList<Models::LiveSample>>();
    QCOMPARE(samples.size(), 1);
    QCOMPARE(samples.at(0).value, 4242.0);
    QCOMPARE(samples.at(0).timestampMs, now + 5000);
}

QTEST_GUILESS_MAIN(TestSeriesBuffer)
#include "tst_seriesbuffer.moc"
