// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// chart-render: 100 series x 7 days at 10 s (6,048,000 points), offscreen.
// A frame is one pan step (1 % of the window; every tenth a zoom) followed by
// the repaint of the shown view. Our TimeSeriesChartView (min/max envelope of the
// visible range) against a plain QChartView whose QLineSeries hold every point.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include "widgets/charts/timeserieschartview.h"

using namespace OpsDeck;

namespace {

constexpr int kSeries = 100;
constexpr int kPoints = 7 * 24 * 360; // a week at 10 s
constexpr qint64 kStepMs = 10000;
constexpr qint64 kStart = 1'700'000'000'000LL;
const QSize kSize(1600, 900);

double value(int series, int i)
{
    const double day = 8640.0;
    const quint64 h = (quint64(i) * 0x9E3779B97F4A7C15ULL) ^ (quint64(series) * 0xC2B2AE3D27D4EB4FULL);
    return 1e8 * (series % 10 + 1) * (1.2 + std::sin(2 * M_PI * i / day + series)) + 2e7 * double((h >> 20) % 1000) / 1000.0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// One frame as on screen: the pending layout and the repaint of the shown
// view into its (offscreen) backing store, delivered the way the event loop does.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void paintFrame(QGraphicsView *view)
{
    view->viewport()->update();
    QCoreApplication::processEvents();
}

void saveImage(QGraphicsView *view, const QString &file)
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    view->render(&painter, QRectF(QPointF(0, 0), image.size()), view->viewport()->rect());
    painter.end();
    image.save(file);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 end = kStart + qint64(kPoints) * kStepMs;
    const qint64 week = end - kStart;

    // Ours: the samples go into the chart's buffers as live samples would.
    Widgets::TimeSeriesChartView ours;
    ours.setValueFormat(Widgets::ValueFormat::BitsPerSecond);
    ours.setTitle(QStringLiteral("100 interfaces, 7 days"));
    for (int s = 0; s < kSeries; ++s)
        ours.addSeries({QStringLiteral("bench"), QStringLiteral("ifIndex:%1").arg(s), QStringLiteral("if.in.bps")},
                       QStringLiteral("if%1").arg(s));
    QElapsedTimer load;
    load.start();
    for (int s = 0; s < kSeries; ++s) {
        Models::SeriesBuffer &b = ours.buffers()->buffer(s);
        for (int i = 0; i < kPoints; ++i)
            b.append(kStart + i * kStepMs, value(s, i));
    }
    const double loadSeconds = double(load.nsecsElapsed()) / 1e9;
    ours.resize(kSize);
    ours.show();
    PaintCounter oursPaints;
    ours.viewport()->installEventFilter(&oursPaints);
    ours.setVisibleRange(kStart, end);
    ours.refresh();
    paintFrame(&ours);

    std::vector<double> oursMs;
    std::vector<double> refreshMs;
    const int frames = 60;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer t;
        t.start();
        // Pan across the week, and every tenth frame zoom (the tier changes).
        if (f % 10 == 9)
            ours.zoom(f % 20 == 9 ? 0.5 : 2.0, ours.visibleFrom() + ours.windowSpan() / 2);
        else
            ours.pan(f < frames / 2 ? -0.01 : 0.01);
        ours.refresh();
        refreshMs.push_back(double(t.nsecsElapsed()) / 1e6);
        paintFrame(&ours);
        oursMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const int drawn = ours.drawnPointCount();
    const int oursPainted = oursPaints.paints;
    saveImage(&ours, QStringLiteral("chart-render-ours.png"));
    if (QCoreApplication::arguments().contains(QLatin1String("--ours-only"))) { // for profiling
        std::printf("ours: frame %.2f ms (envelopes and axes %.2f ms), %d paints\n", median(oursMs), median(refreshMs),
                    oursPainted);
        return 0;
    }

    // Plain QtCharts: every point in a QLineSeries.
    QChart *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double maxY = 0;
    for (int s = 0; s < kSeries; ++s) {
        auto *line = new QLineSeries;
        QList<QPointF> points;
        points.reserve(kPoints);
        for (int i = 0; i < kPoints; ++i) {
            points.append(QPointF(double(kStart + i * kStepMs), value(s, i)));
            maxY = std::max(maxY, points.constLast().y());
        }
        line->replace(points);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    axisY->setRange(0, maxY);
    axisX->setRange(double(kStart), double(end));
    QChartView plain(chart);
    plain.setRenderHint(QPainter::Antialiasing);
    plain.resize(kSize);
    plain.show();
    PaintCounter plainPaints;
    plain.viewport()->installEventFilter(&plainPaints);
    paintFrame(&plain);
    std::vector<double> plainMs;
    double from = double(kStart);
    for (int f = 0; f < 5; ++f) {
        QElapsedTimer t;
        t.start();
        from -= double(week) * 0.01;
        axisX->setRange(from, from + double(week));
        paintFrame(&plain);
        plainMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const double ourFrame = median(oursMs);
    const double worst = *std::max_element(oursMs.begin(), oursMs.end());
    const double plainFrame = median(plainMs);
    const double speedup = plainFrame / std::max(ourFrame, 1e-6);
    const bool met = ourFrame < 16.0 && speedup >= 50.0;
    std::printf("load of %d points into the buffers: %.2f s; points drawn per frame: %d; of a frame, envelopes and "
                "axes took %.2f ms; paints: ours %d for %d frames, plain %d for %zu frames\n",
                kSeries * kPoints, loadSeconds, drawn, median(refreshMs), oursPainted, frames + 1, plainPaints.paints,
                plainMs.size() + 1);
    std::printf("BENCH chart-render: points=%d ours_frame_ms=%.2f ours_worst_ms=%.2f plain_frame_ms=%.1f "
                "speedup=%.0f goal_ours_frame_ms=16 goal_speedup=50 met=%s\n",
                kSeries * kPoints, ourFrame, worst, plainFrame, speedup, met ? "yes" : "no");
    return 0;
}
