// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// A chart panel with an anomaly session: the expected band of each analysed
// series over the visible window arrives after the chart shows, markers sit
// on the anomalous samples, hovering one or the legend says why, and a new
// window asks for its own band.
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include "models/session/analysis/anomalysession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/models/charts/syntheticchartsource.h"
#include "tests/models/session/analysis/anomalystandin.h"
#include "widgets/charts/anomalylayeritem.h"
#include "widgets/charts/chartanomalies.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/charts/timeserieschartview.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Test::AnomalyStandIn;
using Widgets::ChartAnomalies;
using Widgets::TimeSeriesChartView;

namespace {

Domain::SeriesKey key(const QString &metric)
{
    return {u"leaf-1"_s, u"ifIndex:7"_s, metric};
}

// The tooltip the viewport shows for a hover at @p pos.
QString toolTipAt(TimeSeriesChartView *chart, QPoint pos)
{
    QTest::mouseMove(chart->viewport(), pos);
    QHelpEvent help(QEvent::ToolTip, pos, chart->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(chart->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestChartAnomalies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = m_service.start(m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_endpoint.socketName = m_service.server->socketName();
        m_endpoint.startService = false;
        m_connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(m_session.isAvailable(), 10000);
    }

    void bandAndMarkersOnAnalysedSeries()
    {
        Widgets::MetricChartPanel panel(&m_source);
        panel.setAnomalySession(&m_session);
        TimeSeriesChartView *chart =
            panel.addChart(u"Traffic"_s, Widgets::ValueFormat::BitsPerSecond,
                           {{key(u"if.in.bps"_s), u"In"_s, QColor()}, {key(u"if.in.errors"_s), u"Errors"_s, QColor()}});
        panel.resize(1000, 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        ChartAnomalies *anomalies = ChartAnomalies::of(chart);
        QVERIFY(anomalies);
        QTRY_COMPARE_WITH_TIMEOUT(anomalies->band(0).points.size(), AnomalyStandIn::kBandPoints, 5000);
        // Live: the window has moved on a little since.
        QVERIFY(std::abs(anomalies->band(0).fromMs - chart->visibleFrom()) < 60'000);
        QCOMPARE(anomalies->bandPointCount(0), AnomalyStandIn::kBandPoints - AnomalyStandIn::kLearningPoints);
        QVERIFY(anomalies->isBandDrawn(0));
        // Errors are not analysed: no band asked for, none drawn.
        QCOMPARE(anomalies->band(1).points.size(), 0);
        QCOMPARE(m_service.lastBandParams.value(u"metric"_s).toString(), u"if.in.bps"_s);
        // The band's ends are kept in view, in the axis' unit.
        QTRY_VERIFY(chart->valueAxisRange().first * chart->valueDivisor() <= 80.0);

        const QList<QPointF> markers = anomalies->markerPositions(0);
        QCOMPARE(markers.size(), AnomalyStandIn::kAnomalousPoints);
        QCOMPARE(anomalies->markerPositions(1).size(), 0);
        const QRect viewport = chart->viewport()->rect();
        for (const QPointF &m : markers)
            QVERIFY2(viewport.contains(m.toPoint()), qPrintable(u"%1,%2"_s.arg(m.x()).arg(m.y())));

        // The marker is painted in its colour where the point is.
        const QImage frame = chart->viewport()->grab().toImage();
        const QPoint centre = markers.constFirst().toPoint() * frame.devicePixelRatio();
        QCOMPARE(frame.pixelColor(centre).rgb(), Widgets::AnomalyLayerItem::markerColor().rgb());

        const QString why = toolTipAt(chart, markers.constFirst().toPoint());
        QVERIFY2(why.startsWith(u"In: Unusual for "_s), qPrintable(why));
        QVERIFY2(why.contains(u": expected 80.0–120.0 bit/s, observed 300.0 bit/s (score 0.90) since "_s),
                 qPrintable(why));
        // The legend's explanation is the latest unusual sample's: its marker's.
        QCOMPARE(toolTipAt(chart, markers.constLast().toPoint()), anomalies->explanation(0));
        // Between the markers and the legend: no explanation.
        QVERIFY(anomalies->toolTipAt(QPoint(5, 5)).isEmpty());

        // The legend entry of the series says why too.
        const QString legend = toolTipAt(chart, chart->legendEntryRect(0).center());
        QVERIFY2(legend.startsWith(u"In: Unusual for "_s), qPrintable(legend));
    }

    // Many series: only the bands of the unusual ones, so that they do not pile up.
    void busyChartDrawsUnusualBandsOnly()
    {
        Widgets::MetricChartPanel panel(&m_source);
        panel.setAnomalySession(&m_session);
        const QString quiet = AnomalyStandIn::kQuietDevice;
        TimeSeriesChartView *chart = panel.addChart(u"Uplinks"_s, Widgets::ValueFormat::BitsPerSecond,
                                                    {{{quiet, u"ifIndex:1"_s, u"if.in.bps"_s}, u"A in"_s, QColor()},
                                                     {{quiet, u"ifIndex:1"_s, u"if.out.bps"_s}, u"A out"_s, QColor()},
                                                     {key(u"if.in.bps"_s), u"B in"_s, QColor()}});
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChartAnomalies *anomalies = ChartAnomalies::of(chart);
        QTRY_VERIFY_WITH_TIMEOUT(anomalies->bandPointCount(0) > 0 && anomalies->bandPointCount(1) > 0 &&
                                     anomalies->bandPointCount(2) > 0,
                                 5000);
        QVERIFY(!anomalies->isBandDrawn(0));
        QVERIFY(!anomalies->isBandDrawn(1));
        QVERIFY(anomalies->isBandDrawn(2));
        QCOMPARE(anomalies->markerPositions(0).size(), 0);
        QCOMPARE(anomalies->markerPositions(2).size(), AnomalyStandIn::kAnomalousPoints);
        QVERIFY(anomalies->explanation(0).isEmpty());
    }

    void newWindowAsksForItsBand()
    {
        Widgets::MetricChartPanel panel(&m_source);
        TimeSeriesChartView *chart = panel.addChart(Widgets::ChartKind::Traffic, u"leaf-1"_s, u"ifIndex:7"_s);
        // Set after the charts: they get their bands all the same.
        panel.setAnomalySession(&m_session);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChartAnomalies *anomalies = ChartAnomalies::of(chart);
        QVERIFY(anomalies);
        QTRY_COMPARE_WITH_TIMEOUT(anomalies->band(1).points.size(), AnomalyStandIn::kBandPoints, 5000);

        QSignalSpy changed(anomalies, &ChartAnomalies::bandsChanged);
        const qint64 to = chart->visibleTo() - 3600'000;
        const qint64 from = to - 6 * 3600'000;
        chart->setVisibleRange(from, to);
        QTRY_VERIFY_WITH_TIMEOUT(anomalies->band(0).fromMs == from && anomalies->band(1).fromMs == from, 5000);
        QCOMPARE(anomalies->band(0).toMs, to);
        QVERIFY(anomalies->band(0).points.constFirst().timeMs >= from);
        QVERIFY(changed.count() >= 2);
    }

    void unknownSeriesDrawsNoBand()
    {
        Widgets::MetricChartPanel panel(&m_source);
        panel.setAnomalySession(&m_session);
        TimeSeriesChartView *chart =
            panel.addChart(u"Traffic"_s, Widgets::ValueFormat::BitsPerSecond,
                           {{{AnomalyStandIn::kUnknownDevice, u"ifIndex:1"_s, u"if.in.bps"_s}, u"In"_s, QColor()}});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChartAnomalies *anomalies = ChartAnomalies::of(chart);
        QSignalSpy changed(anomalies, &ChartAnomalies::bandsChanged);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(anomalies->band(0).points.size(), 0);
        QCOMPARE(anomalies->markerPositions(0).size(), 0);
        QVERIFY(anomalies->errorText().isEmpty()); // not analysed is no failure
    }

private:
    QTemporaryDir m_dir;
    AnomalyStandIn m_service;
    Models::JobServiceEndpoint m_endpoint;
    Models::JobServiceConnection m_connection;
    Models::AnomalySession m_session{&m_connection};
    Test::SyntheticChartSource m_source;
};

QTEST_MAIN(TestChartAnomalies)
#include "tst_chartanomalies.moc"
