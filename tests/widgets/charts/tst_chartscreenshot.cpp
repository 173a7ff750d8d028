// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/settings/settings.h"
#include "models/session/charts/metricstorechartsource.h"
#include "tests/models/charts/syntheticchartsource.h"
#include "tests/rig/rigenv.h"
#include "tests/widgets/screenshotfile.h"
#include "tests/widgets/xvfbtestmain.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/console/theme.h"

using namespace OpsDeck;

namespace {

constexpr qint64 kDay = 86'400'000;
const QString kDevice = QStringLiteral("fra1-leaf-03");
const QString kInterface = QStringLiteral("ifIndex:49");
const QString kRxSensor = QStringLiteral("sensor:1049");

} // namespace

// Screenshots under a real X server (the rig's Xvfb) of charts reading a real
// SQLite metric store holding a week of 10 s samples: an interface tab
// (traffic, errors and discards, optical power with thresholds) with the
// crosshair shown, and an optical power chart on its own. Saved in
// <build>/screenshots.
class TestChartScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interfaceWeek_data();
    void interfaceWeek();
    void opticalThresholds();
    void uplinksInANarrowColumn();

private:
    void waitLoaded(Widgets::MetricChartPanel &panel);
    void save(const QImage &image, const QString &file);
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_now = 0;
};

void TestChartScreenshot::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("metrics.db"));
    auto opened = Metrics::MetricStore::openSqlite(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    auto store = std::move(opened).value();
    m_now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = m_now - 7 * kDay;
    const QList<Domain::SeriesKey> keys = {
        {kDevice, kInterface, QStringLiteral("if.in.bps")},    {kDevice, kInterface, QStringLiteral("if.out.bps")},
        {kDevice, kInterface, QStringLiteral("if.in.errors")}, {kDevice, kInterface, QStringLiteral("if.in.discards")},
        {kDevice, kRxSensor, QStringLiteral("optical.dbm")},
    };
    for (const Domain::SeriesKey &k : keys) {
        const auto id = store->seriesId(k);
        QVERIFY(id.ok());
        for (qint64 t = start - start % 10000; t < m_now; t += 10000)
            QVERIFY(store->append(*id, t, Test::SyntheticChartSource::value(k.metric, t)).ok());
    }
    QVERIFY(store->flush().ok());
}

void TestChartScreenshot::waitLoaded(Widgets::MetricChartPanel &panel)
{
    for (Widgets::TimeSeriesChartView *c : panel.charts()) {
        // Says what it waited for if it never comes (seen once under a full parallel run).
        QTRY_VERIFY2_WITH_TIMEOUT(!c->buffers()->isLoading() && c->drawnPointCount() > 0,
                                  qPrintable(QStringLiteral("loading=%1 drawn=%2 status=\"%3\" visible=%4")
                                                 .arg(c->buffers()->isLoading())
                                                 .arg(c->drawnPointCount())
                                                 .arg(panel.statusText())
                                                 .arg(c->isVisible())),
                                  20000);
        c->refresh();
    }
    QVERIFY(panel.statusText().isEmpty());
}

void TestChartScreenshot::save(const QImage &image, const QString &file)
{
    QVERIFY(!Test::saveScreenshot(image, file).isEmpty());
}

void TestChartScreenshot::interfaceWeek_data()
{
    QTest::addColumn<Settings::Appearance>("appearance");
    QTest::addColumn<QString>("file");
    QTest::newRow("light") << Settings::Appearance::Light << QStringLiteral("charts-interface-week-light.png");
    QTest::newRow("dark") << Settings::Appearance::Dark << QStringLiteral("charts-interface-week-dark.png");
}

void TestChartScreenshot::interfaceWeek()
{
    QFETCH(Settings::Appearance, appearance);
    QFETCH(QString, file);
    Widgets::Theme::apply(appearance);
    auto source = Models::MetricStoreChartSource::forSqlite(m_path);
    Widgets::InterfaceChartSpec spec;
    spec.device = kDevice;
    spec.ifIndexObject = kInterface;
    spec.interfaceName = QStringLiteral("Ethernet49/1");
    spec.rxSensorObject = kRxSensor;
    Widgets::InterfaceChartWidget panel(source.get(), spec);
    panel.resize(1400, 1000);
    panel.setWindowSpan(7 * kDay);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    waitLoaded(panel);
    Widgets::TimeSeriesChartView *traffic = panel.charts().at(0);
    QCOMPARE(traffic->drawnResolution(0), Metrics::Resolution::FiveMinutes);
    // Hover the traffic chart: the crosshair readout is part of the picture.
    const QRectF plot = traffic->chart()->plotArea();
    QTest::mouseMove(traffic->viewport(), QPoint(3, 3));
    QTest::mouseMove(traffic->viewport(), QPoint(int(plot.left() + plot.width() * 0.62), int(plot.center().y())));
    QTRY_VERIFY(traffic->isCrosshairVisible());
    QVERIFY(traffic->crosshairReadout().at(1).contains(QLatin1String("bit/s")));
    const QImage image = panel.grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1400, 1000));
    save(image, file);
    // The chart background follows the theme: most of a row across the
    // middle chart is background (a single pixel may be a data line, and
    // where the lines fall depends on the clock).
    const int y = int(image.height() * 0.52);
    int dark = 0;
    for (int x = 0; x < image.width(); ++x)
        dark += image.pixelColor(x, y).lightness() < 128 ? 1 : 0;
    QCOMPARE(dark * 2 > image.width(), appearance == Settings::Appearance::Dark);
}

void TestChartScreenshot::opticalThresholds()
{
    Widgets::Theme::apply(Settings::Appearance::Light);
    auto source = Models::MetricStoreChartSource::forSqlite(m_path);
    Widgets::MetricChartPanel panel(source.get());
    Widgets::TimeSeriesChartView *chart = panel.addChart(
        Widgets::ChartKind::OpticalPower, kDevice, kRxSensor, Widgets::InterfaceChartWidget::defaultOpticalThresholds());
    chart->setTitle(QStringLiteral("Ethernet49/1 receive power"));
    panel.resize(1200, 520);
    panel.setWindowSpan(7 * kDay);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    waitLoaded(panel);
    QCOMPARE(chart->thresholdCount(), 4);
    const QImage image = panel.grab().toImage();
    save(image, QStringLiteral("charts-optical-week.png"));
    // Also the exports of the same chart, for a look.
    const QString dir = QStringLiteral(OPSDECK_BINARY_DIR "/screenshots");
    QVERIFY(chart->exportSvg(dir + QStringLiteral("/charts-optical-week.svg")).ok());
    QVERIFY(chart->exportPng(dir + QStringLiteral("/charts-optical-week-export.png")).ok());
}

// A device dashboard's uplink charts in a narrow column: four interfaces in
// and out at several Gbit/s, with whole names in the legend and the axis in
// Gbit/s.
void TestChartScreenshot::uplinksInANarrowColumn()
{
    Widgets::Theme::apply(Settings::Appearance::Light);
    Test::SyntheticChartSource source;
    source.scale.insert(QStringLiteral("if.in.bps"), 14.0);
    source.scale.insert(QStringLiteral("if.out.bps"), 14.0);
    Widgets::MetricChartPanel panel(&source);
    QList<Widgets::ChartSeriesSpec> traffic;
    QList<Widgets::ChartSeriesSpec> errors;
    QStringList labels;
    int ifIndex = 48;
    for (const char *name : {"Ethernet49/1", "Ethernet50/1", "Ethernet51/1", "Ethernet52/1"}) {
        const QString object = QStringLiteral("ifIndex:%1").arg(++ifIndex);
        for (const char *dir : {"in", "out"}) {
            labels << QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(dir));
            traffic << Widgets::ChartSeriesSpec{{kDevice, object, QStringLiteral("if.%1.bps").arg(QLatin1String(dir))},
                                                labels.constLast(), QColor()};
            errors << Widgets::ChartSeriesSpec{
                {kDevice, object, QStringLiteral("if.in.%1").arg(QLatin1String(dir[0] == 'i' ? "errors" : "discards"))},
                QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(dir[0] == 'i' ? "errors" : "discards")),
                QColor()};
        }
    }
    Widgets::TimeSeriesChartView *chart =
        panel.addChart(QStringLiteral("Uplink traffic"), Widgets::ValueFormat::BitsPerSecond, traffic);
    chart->setValueFloor(0);
    panel.addChart(QStringLiteral("Uplink errors and discards (received)"), Widgets::ValueFormat::PerSecond, errors);
    panel.resize(480, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    waitLoaded(panel);
    QCOMPARE(chart->legendTexts(), labels);
    QCOMPARE(chart->valueAxisTitle(), QStringLiteral("Gbit/s"));
    const auto [min, max] = chart->valueAxisRange();
    QVERIFY2(min == 0 && max > 1 && max < 20, qPrintable(QStringLiteral("%1..%2").arg(min).arg(max)));
    save(panel.grab().toImage(), QStringLiteral("charts-uplinks-narrow.png"));
}

OPSDECK_XVFB_TEST_MAIN(TestChartScreenshot)

#include "tst_chartscreenshot.moc"
