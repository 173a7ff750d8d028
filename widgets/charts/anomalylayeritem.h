// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>

#include "models/session/analysis/anomalyjson.h"

class QChart;
class QValueAxis;

namespace OpsDeck::Widgets {

/// Paints what the anomaly detector says about a chart's series in its plot
/// area, mapping value space (ms, the series' unit divided by @c divisor)
/// to pixels at paint time like EnvelopeLayerItem: either the expected
/// bands, translucent in each series' colour behind the lines, or the
/// markers on the samples scoring at least Anomaly::kThreshold, above them.
/// A chart has one item of each part. GUI thread.
class AnomalyLayerItem final : public QGraphicsItem
{
public:
    enum class Part { Band, Markers };

    struct Series
    {
        QList<Models::AnomalyBandPoint> points;
        QColor color;
    };

    AnomalyLayerItem(Part part, QChart *chart, QValueAxis *x, QValueAxis *y);

    /// The colour every marker is drawn in, whatever its series.
    static QColor markerColor();
    /// The marker's radius in pixels.
    static constexpr double kMarkerRadius = 4.5;

    /// One entry per series of the chart (empty points: nothing to draw).
    QList<Series> series;
    /// What a value in the series' unit is divided by to read in the axis' unit.
    double divisor = 1;

    /// Call when the chart's plot area moved or changed size.
    void geometryChanged();
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintBands(QPainter *painter, const QRectF &plot);
    void paintMarkers(QPainter *painter, const QRectF &plot);
    [[nodiscard]] QPointF map(const QRectF &plot, qint64 timeMs, double value) const;

    Part m_part;
    QChart *m_chart;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace OpsDeck::Widgets
