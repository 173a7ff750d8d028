// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QApplication>
#include <QFile>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include "tests/models/charts/syntheticchartsource.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/charts/timeserieschartview.h"

using namespace OpsDeck;
using Metrics::Resolution;

namespace {

constexpr qint64 kDay = 86'400'000;

Domain::SeriesKey key(const char *metric)
{
    return {QStringLiteral("leaf-1"), QStringLiteral("ifIndex:7"), QLatin1String(metric)};
}

void wheel(QWidget *target, QPoint pos, int delta)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

// The texts QtCharts has laid out in the chart (titles, tick labels).
QStringList drawnTexts(const Widgets::TimeSeriesChartView &chart)
{
    QStringList out;
    for (QGraphicsItem *item : chart.scene()->items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible())
            out << text->toPlainText();
    }
    return out;
}

} // namespace

// The chart widget driven by real input under the offscreen platform: zoom by
// wheel and by dragging a range, pan by Shift+drag, crosshair on hover, live
// samples, and the three exports.
class TestTimeSeriesChartView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void weekOfHistoryDrawsEnvelope();
    void wheelZoomsAroundPointer();
    void dragZoomsToSelectedRange();
    void shiftDragPans();
    void crosshairFollowsHover();
    void liveSamplesScroll();
    void exports();
    void panelSyncsCharts();
    void axisTitleCarriesScaledUnit_data();
    void axisTitleCarriesScaledUnit();
    void axisTitleAndTicksChangeTogether();
    void legendShowsWholeNames();
    void valueAxisOpensFittedToData();

private:
    void showWeek();
    /// A chart of @p format with one series per metric, shown.
    std::unique_ptr<Widgets::TimeSeriesChartView> shownChart(Widgets::ValueFormat format, const QStringList &metrics,
                                                              const QSize &size);
    std::unique_ptr<Test::SyntheticChartSource> m_source;
    std::unique_ptr<Widgets::TimeSeriesChartView> m_view;
    qint64 m_now = 0;
};

void TestTimeSeriesChartView::init()
{
    m_source = std::make_unique<Test::SyntheticChartSource>();
    m_view = std::make_unique<Widgets::TimeSeriesChartView>();
    m_view->setTitle(QStringLiteral("Traffic"));
    m_view->setValueFormat(Widgets::ValueFormat::BitsPerSecond);
    m_view->addSeries(key("if.in.bps"), QStringLiteral("In"));
    m_view->addSeries(key("if.out.bps"), QStringLiteral("Out"));
    m_view->setDataSource(m_source.get());
    m_view->resize(1000, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_now = QDateTime::currentMSecsSinceEpoch();
}

void TestTimeSeriesChartView::cleanup()
{
    m_view.reset();
    m_source.reset();
}

void TestTimeSeriesChartView::showWeek()
{
    QSignalSpy refreshed(m_view.get(), &Widgets::TimeSeriesChartView::refreshed);
    m_view->setVisibleRange(m_now - 7 * kDay, m_now);
    QTRY_VERIFY(!m_view->buffers()->isLoading() && m_view->drawnPointCount() > 0 && !refreshed.isEmpty());
    m_view->refresh();
}

void TestTimeSeriesChartView::weekOfHistoryDrawsEnvelope()
{
    showWeek();
    QVERIFY(!m_view->isLive());
    QCOMPARE(m_view->drawnResolution(0), Resolution::FiveMinutes);
    // Never more than two points per pixel column and series.
    const int plotWidth = int(m_view->chart()->plotArea().width());
    QVERIFY2(m_view->drawnPointCount() <= 2 * 2 * (plotWidth + 2), qPrintable(QString::number(m_view->drawnPointCount())));
    QVERIFY(m_view->drawnPointCount() > plotWidth);
    // The history came from the source at the tier the window needs.
    const auto week = std::find_if(m_source->requests.cbegin(), m_source->requests.cend(), [this](const auto &r) {
        return r.resolution == Resolution::FiveMinutes && r.fromMs <= m_now - 7 * kDay;
    });
    QVERIFY(week != m_source->requests.cend());
}

void TestTimeSeriesChartView::wheelZoomsAroundPointer()
{
    showWeek();
    const QRectF plot = m_view->chart()->plotArea();
    const QPoint pos(int(plot.left() + plot.width() * 0.75), int(plot.center().y()));
    const qint64 spanBefore = m_view->windowSpan();
    const qint64 fromBefore = m_view->visibleFrom();
    const qint64 pointerTime = fromBefore + qint64(0.75 * double(spanBefore));
    QSignalSpy changed(m_view.get(), &Widgets::TimeSeriesChartView::visibleRangeChanged);
    for (int i = 0; i < 20; ++i)
        wheel(m_view->viewport(), pos, 120);
    QCOMPARE(changed.size(), 20);
    const qint64 span = m_view->windowSpan();
    QVERIFY2(span < spanBefore / 50, qPrintable(QString::number(span)));
    // The time under the pointer stays under the pointer.
    const qint64 stillThere = m_view->visibleFrom() + qint64(0.75 * double(span));
    QVERIFY(std::abs(stillThere - pointerTime) < spanBefore / 500);
    // Zoomed in that far, the chart asks for and draws a finer tier.
    m_view->refresh();
    QTRY_VERIFY(!m_view->buffers()->isLoading());
    m_view->refresh();
    QCOMPARE(m_view->drawnResolution(0), Resolution::Raw);
    // Zooming out again goes back to coarser tiers.
    for (int i = 0; i < 20; ++i)
        wheel(m_view->viewport(), pos, -120);
    QVERIFY(m_view->windowSpan() > spanBefore * 9 / 10);
}

void TestTimeSeriesChartView::dragZoomsToSelectedRange()
{
    showWeek();
    const QRectF plot = m_view->chart()->plotArea();
    const int y = int(plot.center().y());
    const QPoint a(int(plot.left() + plot.width() * 0.25), y);
    const QPoint b(int(plot.left() + plot.width() * 0.5), y);
    const qint64 from = m_view->visibleFrom();
    const qint64 span = m_view->windowSpan();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(m_view->viewport(), QPoint((a.x() + b.x()) / 2, y));
    QTest::mouseMove(m_view->viewport(), b);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, b);
    const qint64 tolerance = span / 200;
    QVERIFY(std::abs(m_view->visibleFrom() - (from + span / 4)) < tolerance);
    QVERIFY(std::abs(m_view->visibleTo() - (from + span / 2)) < tolerance);
    QVERIFY(!m_view->isLive());
    // A click without dragging does not zoom.
    const qint64 spanAfter = m_view->windowSpan();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, a);
    QCOMPARE(m_view->windowSpan(), spanAfter);
    // A double click returns to live.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, a);
    QVERIFY(m_view->isLive());
}

void TestTimeSeriesChartView::shiftDragPans()
{
    showWeek();
    const QRectF plot = m_view->chart()->plotArea();
    const int y = int(plot.center().y());
    const QPoint a(int(plot.left() + plot.width() * 0.6), y);
    const QPoint b(int(plot.left() + plot.width() * 0.8), y);
    const qint64 from = m_view->visibleFrom();
    const qint64 span = m_view->windowSpan();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(m_view->viewport(), b);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
    QCOMPARE(m_view->windowSpan(), span);
    // Dragging right by a fifth of the plot shows a fifth of a window earlier.
    QVERIFY(std::abs(m_view->visibleFrom() - (from - span / 5)) < span / 200);
    // The keyboard pans too.
    const qint64 before = m_view->visibleFrom();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->visibleFrom(), before + span / 4);
}

void TestTimeSeriesChartView::crosshairFollowsHover()
{
    showWeek();
    QVERIFY(!m_view->isCrosshairVisible());
    const QRectF plot = m_view->chart()->plotArea();
    QSignalSpy moved(m_view.get(), &Widgets::TimeSeriesChartView::crosshairMoved);
    const QPoint pos(int(plot.left() + plot.width() / 3), int(plot.center().y()));
    QTest::mouseMove(m_view->viewport(), pos);
    QTRY_VERIFY(!moved.isEmpty());
    QVERIFY(m_view->isCrosshairVisible());
    const QStringList readout = m_view->crosshairReadout();
    QCOMPARE(readout.size(), 3);
    QVERIFY(readout.at(1).startsWith(QLatin1String("In: ")));
    QVERIFY2(readout.at(1).endsWith(QLatin1String("Mbit/s")), qPrintable(readout.at(1)));
    QVERIFY(readout.at(2).startsWith(QLatin1String("Out: ")));
    const QDateTime time = moved.constLast().at(0).toDateTime();
    const qint64 expected = m_view->visibleFrom() + m_view->windowSpan() / 3;
    QVERIFY(std::abs(time.toMSecsSinceEpoch() - expected) < m_view->windowSpan() / 100);
    QCOMPARE(readout.at(0), QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    // Leaving the plot hides it.
    QTest::mouseMove(m_view->viewport(), QPoint(2, 2));
    QTRY_VERIFY(!m_view->isCrosshairVisible());
}

void TestTimeSeriesChartView::liveSamplesScroll()
{
    m_view->setWindowSpan(15 * 60 * 1000);
    m_view->setLive(true);
    QTRY_VERIFY(!m_view->buffers()->isLoading() && m_view->drawnPointCount() > 0);
    QCOMPARE(m_view->drawnResolution(0), Resolution::Raw);
    const qint64 sampleTime = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy refreshed(m_view.get(), &Widgets::TimeSeriesChartView::refreshed);
    m_source->pushSamples({Models::LiveSample{key("if.in.bps"), sampleTime, 9.87e9}});
    // On screen well within a second (coalesced at 250 ms).
    QVERIFY(refreshed.wait(1000));
    QVERIFY(m_view->visibleTo() >= sampleTime);
    QCOMPARE(m_view->buffers()->headMs(), sampleTime);
    // The sample is among the points QtCharts draws, in the unit it calls for.
    const QList<QPointF> points = m_view->drawnPoints(0);
    QVERIFY(std::any_of(points.cbegin(), points.cend(), [](const QPointF &p) { return qAbs(p.y() - 9.87) < 1e-9; }));
    auto *axis = qobject_cast<QValueAxis *>(m_view->chart()->axes(Qt::Vertical).at(0));
    QVERIFY(axis);
    QCOMPARE(axis->titleText(), QStringLiteral("Gbit/s"));
    QCOMPARE(m_view->formatValue(9.87e9), QStringLiteral("9.87 Gbit/s"));
}

void TestTimeSeriesChartView::exports()
{
    showWeek();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(m_view->exportPng(png, QSize(800, 300)).ok());
    QImage image(png);
    QCOMPARE(image.size(), QSize(800, 300));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(m_view->exportSvg(svg).ok());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("<polyline") || svgText.contains("<path"));
    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(m_view->exportCsv(csv).ok());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("time,In min,In avg,In max,Out min,Out avg,Out max"));
    QVERIFY(lines.size() > 500);
    const QList<QByteArray> fields = lines.at(1).split(',');
    QCOMPARE(fields.size(), 7);
    QVERIFY(QDateTime::fromString(QString::fromUtf8(fields.at(0)), Qt::ISODateWithMs).isValid());
    bool ok = false;
    const double min = fields.at(1).toDouble(&ok);
    QVERIFY(ok);
    QVERIFY(min <= fields.at(2).toDouble() && fields.at(2).toDouble() <= fields.at(3).toDouble());
    QVERIFY(!m_view->exportPng(dir.filePath(QStringLiteral("missing/dir/x.png"))).ok());
}

void TestTimeSeriesChartView::panelSyncsCharts()
{
    Widgets::InterfaceChartSpec spec;
    spec.device = QStringLiteral("leaf-1");
    spec.ifIndexObject = QStringLiteral("ifIndex:7");
    spec.interfaceName = QStringLiteral("Ethernet7");
    spec.rxSensorObject = QStringLiteral("sensor:7001");
    Widgets::InterfaceChartWidget panel(m_source.get(), spec);
    panel.resize(1000, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto charts = panel.charts();
    QCOMPARE(charts.size(), 3);
    QCOMPARE(charts.at(2)->thresholdCount(), 4);
    QCOMPARE(charts.at(0)->title(), QStringLiteral("Ethernet7 traffic"));
    panel.setWindowSpan(7 * kDay);
    for (auto *c : charts)
        QCOMPARE(c->windowSpan(), 7 * kDay);
    QTRY_VERIFY(!charts.at(0)->buffers()->isLoading());
    // Wheel on one chart zooms all of them.
    QWidget *vp = charts.at(1)->viewport();
    const QRectF plot = charts.at(1)->chart()->plotArea();
    wheel(vp, plot.center().toPoint(), 240);
    QVERIFY(!panel.isLive());
    for (auto *c : charts) {
        QCOMPARE(c->visibleFrom(), charts.at(1)->visibleFrom());
        QCOMPARE(c->visibleTo(), charts.at(1)->visibleTo());
    }
    panel.setLive(true);
    for (auto *c : charts)
        QVERIFY(c->isLive());
}

std::unique_ptr<Widgets::TimeSeriesChartView>
TestTimeSeriesChartView::shownChart(Widgets::ValueFormat format, const QStringList &metrics, const QSize &size)
{
    auto chart = std::make_unique<Widgets::TimeSeriesChartView>();
    chart->setValueFormat(format);
    for (const QString &m : metrics)
        chart->addSeries({QStringLiteral("leaf-1"), QStringLiteral("ifIndex:7"), m}, m);
    chart->setDataSource(m_source.get());
    chart->resize(size);
    chart->show();
    return chart;
}

void TestTimeSeriesChartView::axisTitleCarriesScaledUnit_data()
{
    QTest::addColumn<Widgets::ValueFormat>("format");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("low");  ///< the axis' top lies in [low, high]
    QTest::addColumn<double>("high");
    using F = Widgets::ValueFormat;
    // Traffic of a few Gbit/s (1.6 to 11 over a day): ticks in Gbit/s, not bit/s.
    QTest::newRow("Gbit/s") << F::BitsPerSecond << QStringLiteral("if.out.bps") << 30.0 << QStringLiteral("Gbit/s")
                            << 1.6 << 14.0;
    QTest::newRow("Mbit/s") << F::BitsPerSecond << QStringLiteral("if.out.bps") << 1.0 << QStringLiteral("Mbit/s")
                            << 50.0 << 500.0;
    QTest::newRow("k/s") << F::PerSecond << QStringLiteral("if.in.packets") << 1000.0 << QStringLiteral("k/s") << 50.0
                         << 100.0;
    QTest::newRow("GB") << F::Bytes << QStringLiteral("disk.used.bytes") << 1e8 << QStringLiteral("GB") << 5.0 << 10.0;
    QTest::newRow("dBm") << F::Dbm << QStringLiteral("optical.dbm") << 1.0 << QStringLiteral("dBm") << -20.0 << 0.0;
    QTest::newRow("°C") << F::Celsius << QStringLiteral("temperature.celsius") << 1.0 << QStringLiteral("°C") << 55.0
                        << 80.0;
    QTest::newRow("ms") << F::Milliseconds << QStringLiteral("icmp.rtt.ms") << 1.0 << QStringLiteral("ms") << 55.0
                        << 80.0;
    QTest::newRow("s") << F::Milliseconds << QStringLiteral("icmp.rtt.ms") << 100.0 << QStringLiteral("s") << 5.5
                       << 8.0;
    QTest::newRow("%") << F::Percent << QStringLiteral("icmp.loss.percent") << 1.0 << QStringLiteral("%") << 55.0
                       << 80.0;
    QTest::newRow("mA") << F::Amperes << QStringLiteral("pdu.amperes") << 0.01 << QStringLiteral("mA") << 550.0
                        << 800.0;
}

void TestTimeSeriesChartView::axisTitleCarriesScaledUnit()
{
    QFETCH(Widgets::ValueFormat, format);
    QFETCH(QString, metric);
    QFETCH(double, scale);
    QFETCH(QString, title);
    QFETCH(double, low);
    QFETCH(double, high);
    m_source->scale.insert(metric, scale);
    const auto chart = shownChart(format, {metric}, QSize(800, 360));
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    QTRY_VERIFY(!chart->buffers()->isLoading() && chart->drawnPointCount() > 0);
    chart->refresh();
    QCOMPARE(chart->valueAxisTitle(), title);
    const auto [min, max] = chart->valueAxisRange();
    QVERIFY2(max >= low && max <= high, qPrintable(QStringLiteral("%1..%2 %3").arg(min).arg(max).arg(title)));
    // The lines are drawn in the axis' unit.
    const QList<QPointF> points = chart->drawnPoints(0);
    QVERIFY(!points.isEmpty());
    for (const QPointF &p : points)
        QVERIFY2(p.y() >= min && p.y() <= max, qPrintable(QString::number(p.y())));
}

void TestTimeSeriesChartView::axisTitleAndTicksChangeTogether()
{
    // Traffic of several Gbit/s in the last two hours only.
    m_source->scale.insert(QStringLiteral("if.out.bps"), 30.0);
    m_source->dataFromMs = m_now - 2 * 3600 * 1000;
    const auto chart = shownChart(Widgets::ValueFormat::BitsPerSecond, {QStringLiteral("if.out.bps")}, QSize(800, 360));
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    QTRY_VERIFY(!chart->buffers()->isLoading() && chart->drawnPointCount() > 0);
    QTRY_VERIFY(drawnTexts(*chart).contains(QStringLiteral("Gbit/s")));
    auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).at(0));
    QVERIFY(axis);
    // Every frame shows the unit its ticks are in, from the first frame
    // after a change on: a day without data has the empty chart's scale.
    for (const qint64 from : {m_now - 3 * kDay, m_now - 3600 * 1000}) {
        chart->setVisibleRange(from, from + 3600 * 1000);
        chart->refresh();
        const QStringList texts = drawnTexts(*chart);
        const QString unit = chart->valueAxisTitle();
        QCOMPARE(unit, QLatin1String(from < m_source->dataFromMs ? "bit/s" : "Gbit/s"));
        QVERIFY2(texts.contains(unit), qPrintable(texts.join(u'|')));
        QVERIFY(!texts.contains(QLatin1String(from < m_source->dataFromMs ? "Gbit/s" : "bit/s")));
        const int ticks = axis->tickCount();
        for (int i = 0; i < ticks; ++i) {
            const double v = axis->min() + i * (axis->max() - axis->min()) / (ticks - 1);
            const QString label = QString::asprintf("%.4g", v);
            QVERIFY2(texts.contains(label), qPrintable(label + u' ' + texts.join(u'|')));
        }
    }
}

void TestTimeSeriesChartView::legendShowsWholeNames()
{
    // A dashboard's uplink chart: four interfaces in and out, in a narrow column.
    auto chart = std::make_unique<Widgets::TimeSeriesChartView>();
    chart->setValueFormat(Widgets::ValueFormat::BitsPerSecond);
    QStringList labels;
    int ifIndex = 0;
    for (const char *name : {"Ethernet1/1", "Ethernet2/1", "Ethernet49/1", "Ethernet50/1"}) {
        ++ifIndex;
        for (const char *dir : {"in", "out"}) {
            labels << QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(dir));
            chart->addSeries({QStringLiteral("leaf-1"), QStringLiteral("ifIndex:%1").arg(ifIndex),
                              QStringLiteral("if.%1.bps").arg(QLatin1String(dir))},
                             labels.constLast());
        }
    }
    chart->addThreshold(9e8, QStringLiteral("Commit rate"), Qt::red);
    chart->setDataSource(m_source.get());
    chart->resize(420, 300);
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    QTRY_VERIFY(!chart->buffers()->isLoading() && chart->drawnPointCount() > 0);
    chart->refresh();
    QCOMPARE(chart->legendTexts(), labels + QStringList{QStringLiteral("Commit rate")});
    // Every entry in view, below the plot and the time axis, none over another.
    const QRect vp = chart->viewport()->rect();
    const QRectF plot = chart->chart()->plotArea();
    for (int i = 0; i <= labels.size(); ++i) {
        const QRect r = chart->legendEntryRect(i);
        QVERIFY2(vp.contains(r), qPrintable(QStringLiteral("entry %1 at %2,%3").arg(i).arg(r.x()).arg(r.y())));
        QVERIFY(r.top() > plot.bottom() + 10);
        for (int j = 0; j < i; ++j)
            QVERIFY(!r.intersects(chart->legendEntryRect(j)));
    }
    QVERIFY(plot.height() > 120);

    // A name longer than the chart is wide: shortened in the middle, whole in the tooltip.
    const QString longName = QStringLiteral("ams1-spine01.example.net Ethernet49/1 (uplink to fra1-core-2) in");
    chart->addSeries(key("if.in.bps"), longName);
    chart->resize(330, 300);
    QApplication::processEvents();
    const QString shown = chart->legendTexts().at(labels.size());
    QVERIFY2(shown.contains(QChar(0x2026)) && shown.startsWith(QLatin1String("ams1")) && shown.endsWith(QLatin1String("in")),
             qPrintable(shown));
    const QRect r = chart->legendEntryRect(int(labels.size()));
    QVERIFY(chart->viewport()->rect().contains(r));
    QHelpEvent help(QEvent::ToolTip, r.center(), chart->viewport()->mapToGlobal(r.center()));
    QApplication::sendEvent(chart->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), longName);
}

void TestTimeSeriesChartView::valueAxisOpensFittedToData()
{
    // Round-trip times just under a millisecond: the axis hugs them from
    // the first data, instead of keeping the 0..1 scale of an empty chart.
    m_source->scale.insert(QStringLiteral("icmp.rtt.ms"), 0.016); // 0.72..0.88 ms
    auto chart = std::make_unique<Widgets::TimeSeriesChartView>();
    chart->setValueFormat(Widgets::ValueFormat::Milliseconds);
    chart->setValueFloor(0);
    chart->addSeries({QStringLiteral("leaf-1"), QString(), QStringLiteral("icmp.rtt.ms")}, QStringLiteral("Round trip"));
    chart->resize(800, 360);
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    chart->refresh(); // empty: the placeholder scale
    chart->setDataSource(m_source.get());
    QTRY_VERIFY(!chart->buffers()->isLoading() && chart->drawnPointCount() > 0);
    chart->refresh();
    const auto [min, max] = chart->valueAxisRange();
    QCOMPARE(min, 0.0);
    QVERIFY2(max >= 0.88 && max < 1.1, qPrintable(QString::number(max)));
    QCOMPARE(chart->valueAxisTitle(), QStringLiteral("ms"));
}

QTEST_MAIN(TestTimeSeriesChartView)
#include "tst_timeserieschartview.moc"
