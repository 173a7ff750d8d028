// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <utility>

#include <QChartView>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>

#include "backend/core/result.h"
#include "models/charts/seriesbufferset.h"
#include "models/session/charts/valueunit.h"
#include "widgets/charts/chartcrosshair.h"
#include "widgets/charts/chartdrag.h"
#include "widgets/charts/chartexporter.h"
#include "widgets/charts/charttimeaxis.h"
#include "widgets/charts/charttimewindow.h"
#include "widgets/charts/chartvalueaxis.h"

class QLineSeries;

namespace OpsDeck::Widgets {

class ChartLegendItem;
class EnvelopeLayerItem;

/// How a chart formats its values (axis scaling, units, readout).
using ValueFormat = Models::ValueFormat;

/// A time-series chart on QtCharts for live and historic metrics. It only
/// paints: the samples live in a SeriesBufferSet (models/charts) fed by a
/// ChartDataSource. Every redraw takes at most two points per pixel column
/// and series (the min/max envelope of the visible range, from the tier that
/// range needs), so frames stay cheap over millions of samples. QtCharts
/// draws the axes, grid, title, legend and threshold lines; the envelopes are
/// painted by one layer item in the chart's plot area as plain polylines,
/// because QLineSeries spends most of a frame on hover shapes and geometry
/// bookkeeping that a hundred live series do not need. The legend is a
/// ChartLegendItem under the plot area that wraps whole series names onto
/// as many rows as they need (QtCharts' own legend keeps one row and cuts
/// the names short).
///
/// Live mode follows "now" with a fixed window, redrawn at the live interval
/// and when samples arrive. Input: the wheel zooms around the pointer, a left
/// drag selects a time range to zoom into, a middle or Shift+left drag pans,
/// the arrow keys pan, +/- zoom, Home or a double click goes back to live.
/// Hovering shows a crosshair with the time and the value of each series.
///
/// Its parts: ChartTimeWindow keeps the range shown, ChartTimeAxis and
/// ChartValueAxis lay out the axes, ChartDrag and ChartCrosshair follow the
/// mouse, ChartExporter writes the files.
///
/// Thread: GUI thread. The data source is not owned.
class TimeSeriesChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChartView)

public:
    explicit TimeSeriesChartView(QWidget *parent = nullptr);
    ~TimeSeriesChartView() override;

    void setDataSource(Models::ChartDataSource *source);
    [[nodiscard]] Models::ChartDataSource *dataSource() const;
    [[nodiscard]] Models::SeriesBufferSet *buffers() { return &m_buffers; }

    /// Adds a series drawn in `color` (an automatic colour when invalid); returns its index.
    int addSeries(const Domain::SeriesKey &key, const QString &label, const QColor &color = QColor());
    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }
    [[nodiscard]] QString seriesLabel(int index) const;
    [[nodiscard]] Domain::SeriesKey seriesKey(int index) const
    {
        return m_buffers.key(m_series.value(index).bufferIndex);
    }
    [[nodiscard]] QColor seriesColor(int index) const;
    /// A horizontal line at `value` (e.g. an optical alarm level), kept in view.
    void addThreshold(double value, const QString &label, const QColor &color);
    [[nodiscard]] int thresholdCount() const { return int(m_thresholds.size()); }

    void setTitle(const QString &title);
    [[nodiscard]] QString title() const;
    void setValueFormat(ValueFormat format);
    [[nodiscard]] ValueFormat valueFormat() const { return m_valueAxis.format(); }
    /// Fixes the lower end of the value axis (e.g. 0 for traffic); unset by default.
    void setValueFloor(double floor);
    /// Values (in the series' unit) the value axis keeps in view besides the
    /// data and the thresholds, such as the ends of an expected band.
    void keepInView(const QList<double> &values)
    {
        m_keptInView = values;
        scheduleRefresh();
    }
    /// What a value in the series' unit is divided by to read in the axis' unit.
    [[nodiscard]] double valueDivisor() const { return m_valueAxis.divisor(); }

    /// Live mode: the window [now - span, now), redrawn every liveInterval().
    void setLive(bool live);
    [[nodiscard]] bool isLive() const { return m_window.isLive(); }
    void setWindowSpan(qint64 spanMs);
    [[nodiscard]] qint64 windowSpan() const { return m_window.span(); }
    void setLiveInterval(int ms);
    [[nodiscard]] int liveInterval() const { return m_window.liveInterval(); }
    /// Shows [fromMs, toMs) (leaves live mode).
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    [[nodiscard]] qint64 visibleFrom() const { return m_window.from(); }
    [[nodiscard]] qint64 visibleTo() const { return m_window.to(); }
    /// Zooms by `factor` (< 1 in) around `centreMs`.
    void zoom(double factor, qint64 centreMs);
    /// Pans by a fraction of the window (negative: back in time).
    void pan(double fraction);

    /// Redraws now: computes the envelopes of the visible range and asks the
    /// buffers for missing history. Normally called through a coalesced update.
    void refresh();
    /// Points handed to QtCharts by the last refresh, over all series.
    [[nodiscard]] int drawnPointCount() const { return m_drawnPoints; }
    /// The points the last refresh drew for series `index` (x: ms since the
    /// epoch, y: in the axis unit), at most two per pixel column.
    [[nodiscard]] QList<QPointF> drawnPoints(int index) const;
    /// The tier the last refresh read for series `index`.
    [[nodiscard]] Metrics::Resolution drawnResolution(int index) const;

    /// The crosshair readout: the time and one "label: value" line per series; empty when hidden.
    [[nodiscard]] QStringList crosshairReadout() const { return m_crosshair.readout(); }
    [[nodiscard]] bool isCrosshairVisible() const { return m_crosshair.isVisible(); }
    /// Formats a value the way the axis and readout do ("1.25 Gbit/s", "-7.40 dBm").
    [[nodiscard]] QString formatValue(double value) const;
    /// The value axis' title: the unit its tick values are in ("Gbit/s").
    [[nodiscard]] QString valueAxisTitle() const;
    /// The value axis' range, in the unit of its title.
    [[nodiscard]] std::pair<double, double> valueAxisRange() const;

    /// The legend's texts as shown (series, then thresholds); empty when it is hidden.
    [[nodiscard]] QStringList legendTexts() const;
    /// Where legend entry @p index is drawn, in viewport coordinates.
    [[nodiscard]] QRect legendEntryRect(int index) const;

    [[nodiscard]] Status exportPng(const QString &path, const QSize &size = QSize());
    [[nodiscard]] Status exportSvg(const QString &path, const QSize &size = QSize());
    /// The visible range as CSV: time (ISO 8601 UTC) and min/avg/max per series.
    [[nodiscard]] Status exportCsv(const QString &path) const;
    [[nodiscard]] QByteArray csv() const;

signals:
    void visibleRangeChanged(qint64 fromMs, qint64 toMs, bool live);
    void crosshairMoved(const QDateTime &time, const QStringList &readout);
    void refreshed();
    void errorOccurred(const OpsDeck::Error &error);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct SeriesItem
    {
        int bufferIndex = 0;
        QString label;
        QLineSeries *line = nullptr;
        Metrics::Resolution drawn = Metrics::Resolution::Raw;
    };
    struct Threshold
    {
        double value = 0;
        QString label;
        QColor color;
        QLineSeries *line = nullptr;
    };
    void scheduleRefresh();
    void applyTheme();
    /// Each series' envelope over the visible range as a polyline in the
    /// series' unit; widens [@p lo, @p hi] to the values in range.
    [[nodiscard]] QList<QList<QPointF>> envelopeLines(int pixels, double &lo, double &hi);
    /// Hands the polylines to the layer in the value axis' unit, and moves the threshold lines.
    void updateLines(QList<QList<QPointF>> lines);
    void updateLegend();
    void updateCrosshair(int viewX);
    [[nodiscard]] qint64 timeAtViewX(double x) const;
    [[nodiscard]] double viewXAtTime(qint64 ms) const;
    [[nodiscard]] QRectF plotRectInView() const;
    /// Renders the chart for the exports.
    [[nodiscard]] ChartExporter::Render exportRender();
    [[nodiscard]] int plotPixels() const;

    Models::SeriesBufferSet m_buffers;
    QList<SeriesItem> m_series;
    QList<Threshold> m_thresholds;
    QList<double> m_keptInView;
    EnvelopeLayerItem *m_layer = nullptr;
    ChartLegendItem *m_legend = nullptr;
    ChartTimeAxis m_timeAxis; // time as ms since the epoch, ticks on round local times
    ChartValueAxis m_valueAxis;
    ChartTimeWindow m_window;
    QTimer m_refreshTimer;
    int m_drawnPoints = 0;
    // Interaction state (view coordinates).
    ChartDrag m_drag;
    ChartCrosshair m_crosshair;
    bool m_exporting = false;
};

} // namespace OpsDeck::Widgets
