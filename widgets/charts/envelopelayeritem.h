// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPen>
#include <QPointF>

class QChart;
class QValueAxis;

namespace OpsDeck::Models {
struct Envelope;
}

namespace OpsDeck::Widgets {

/// Paints every series' envelope as a polyline in the plot area of the chart
/// it is a child of, mapping value space (ms, axis unit) to pixels at paint
/// time so it always agrees with the axes. Used by TimeSeriesChartView,
/// because QLineSeries spends most of a frame on hover shapes and geometry
/// bookkeeping that a hundred live series do not need. GUI thread.
class EnvelopeLayerItem final : public QGraphicsItem
{
public:
    struct Line
    {
        QList<QPointF> points;
        QPen pen;
    };

    EnvelopeLayerItem(QChart *chart, QValueAxis *x, QValueAxis *y);

    /// The polyline of @p envelope (x in ms since the epoch, y in the
    /// series' unit): buckets (folded columns or rollups) give their minimum
    /// and maximum, the nearer one first, so the line keeps every spike and
    /// joins its neighbours smoothly; single samples give themselves.
    [[nodiscard]] static QList<QPointF> polyline(const Models::Envelope &envelope);

    /// The lines to paint, x in ms since the epoch and y in the axis unit.
    QList<Line> lines;
    bool antialiased = true;

    /// Call when the chart's plot area moved or changed size.
    void geometryChanged();
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintRaster(QPainter *painter, const QRectF &area, double x0, double sx, double y0, double sy);

    QImage m_layer;
    QChart *m_chart;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace OpsDeck::Widgets
