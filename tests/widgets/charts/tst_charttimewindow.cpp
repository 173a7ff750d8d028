// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The chart's time window without a widget: the span limits of zoom, range
// and span changes, panning, which calls leave live mode, and the signals a
// chart redraws on.

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include "widgets/charts/charttimewindow.h"

using OpsDeck::Widgets::ChartTimeWindow;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// A fixed time, so that the fixed-mode cases need no clock.
constexpr qint64 kT0 = 1'700'000'000'000;

} // namespace

class TestChartTimeWindow final : public QObject
{
    Q_OBJECT

private slots:
    void startsLiveOverTheLastHour();
    void zoomKeepsThePointAndTheLimits_data();
    void zoomKeepsThePointAndTheLimits();
    void rangeIsAtLeastAMinute();
    void spanKeepsTheCentreWhenFixed();
    void spanEndsNowWhenLive();
    void panMovesByAFraction();
    void signalsOnlyWhatChanged();
    void liveTicksFollowNow();
};

void TestChartTimeWindow::startsLiveOverTheLastHour()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    ChartTimeWindow window;
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(window.isLive());
    QCOMPARE(window.span(), kHour);
    QVERIFY(window.to() >= before && window.to() <= after);
    QCOMPARE(window.liveInterval(), 1000);
}

void TestChartTimeWindow::zoomKeepsThePointAndTheLimits_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("at"); // where the zoom centre sits, as a fraction of the window
    QTest::addColumn<qint64>("span");

    QTest::newRow("in, around the middle") << 0.5 << 0.5 << 12 * kHour;
    QTest::newRow("out, around three quarters") << 2.0 << 0.75 << 2 * kDay;
    QTest::newRow("in past a minute") << 1e-6 << 0.25 << ChartTimeWindow::minSpanMs;
    QTest::newRow("out past 400 days") << 1e6 << 0.5 << ChartTimeWindow::maxSpanMs;
}

void TestChartTimeWindow::zoomKeepsThePointAndTheLimits()
{
    QFETCH(double, factor);
    QFETCH(double, at);
    QFETCH(qint64, span);
    ChartTimeWindow window;
    window.setRange(kT0, kT0 + kDay);
    const qint64 centre = kT0 + qint64(at * double(kDay));
    window.zoom(factor, centre);
    QVERIFY(!window.isLive());
    QCOMPARE(window.span(), span);
    // The zoom centre keeps its place in the window (to the millisecond).
    const double placeAfter = double(centre - window.from()) / double(window.span());
    QVERIFY2(std::abs(placeAfter - at) * double(window.span()) <= 1.0, qPrintable(QString::number(placeAfter)));
}

void TestChartTimeWindow::rangeIsAtLeastAMinute()
{
    ChartTimeWindow window;
    window.setRange(kT0, kT0 + 1000);
    QVERIFY(!window.isLive());
    QCOMPARE(window.from(), kT0);
    QCOMPARE(window.to(), kT0 + ChartTimeWindow::minSpanMs);
    window.setRange(kT0, kT0 + kDay);
    QCOMPARE(window.to(), kT0 + kDay);
}

void TestChartTimeWindow::spanKeepsTheCentreWhenFixed()
{
    ChartTimeWindow window;
    window.setRange(kT0, kT0 + kDay);
    window.setSpan(2 * kHour);
    QVERIFY(!window.isLive());
    QCOMPARE(window.centre(), kT0 + kDay / 2);
    QCOMPARE(window.span(), 2 * kHour);
    window.setSpan(1);
    QCOMPARE(window.span(), ChartTimeWindow::minSpanMs);
}

void TestChartTimeWindow::spanEndsNowWhenLive()
{
    ChartTimeWindow window;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    window.setSpan(kDay);
    QVERIFY(window.isLive());
    QCOMPARE(window.span(), kDay);
    QVERIFY(window.to() >= before && window.to() <= QDateTime::currentMSecsSinceEpoch());
}

void TestChartTimeWindow::panMovesByAFraction()
{
    ChartTimeWindow window;
    window.setRange(kT0, kT0 + kDay);
    window.pan(-0.25);
    QCOMPARE(window.from(), kT0 - kDay / 4);
    QCOMPARE(window.span(), kDay);
    window.pan(0.5);
    QCOMPARE(window.from(), kT0 + kDay / 4);

    // Going live keeps the span and ends now.
    window.setLive(true);
    QVERIFY(window.isLive());
    QCOMPARE(window.span(), kDay);
}

void TestChartTimeWindow::signalsOnlyWhatChanged()
{
    ChartTimeWindow window;
    QSignalSpy changed(&window, &ChartTimeWindow::changed);
    QSignalSpy applied(&window, &ChartTimeWindow::applied);
    window.setRange(kT0, kT0 + kDay);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), kT0);
    QCOMPARE(changed.at(0).at(1).toLongLong(), kT0 + kDay);
    QCOMPARE(changed.at(0).at(2).toBool(), false);
    QCOMPARE(applied.size(), 1);

    // The same range again: nothing changed, but it was applied.
    window.apply(kT0, kT0 + kDay, false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(applied.size(), 2);

    // Following now does nothing when fixed, and never signals.
    window.followNow();
    QCOMPARE(window.from(), kT0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(applied.size(), 2);
}

void TestChartTimeWindow::liveTicksFollowNow()
{
    ChartTimeWindow window;
    window.setLiveInterval(10);
    QCOMPARE(window.liveInterval(), 100);
    window.apply(kT0, kT0 + kHour, true);
    QSignalSpy ticked(&window, &ChartTimeWindow::ticked);
    QSignalSpy changed(&window, &ChartTimeWindow::changed);
    QVERIFY(ticked.wait(5000));
    QVERIFY(window.isLive());
    QCOMPARE(window.span(), kHour);
    QVERIFY(window.to() > kT0 + kHour);
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(TestChartTimeWindow)
#include "tst_charttimewindow.moc"
