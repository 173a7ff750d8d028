// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/anomalylayeritem.h"

#include <QChart>
#include <QPainter>
#include <QPainterPath>
#include <QValueAxis>

namespace OpsDeck::Widgets {

AnomalyLayerItem::AnomalyLayerItem(Part part, QChart *chart, QValueAxis *x, QValueAxis *y)
    : QGraphicsItem(chart)
    , m_part(part)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
{
    setFlag(ItemHasNoContents, false);
}

QColor AnomalyLayerItem::markerColor()
{
    return QColor(0xe1, 0x1d, 0x48);
}

void AnomalyLayerItem::geometryChanged()
{
    prepareGeometryChange();
    update();
}

QRectF AnomalyLayerItem::boundingRect() const
{
    // Markers on the plot's edge show whole.
    const double m = m_part == Part::Markers ? kMarkerRadius + 2 : 0;
    return m_chart->plotArea().adjusted(-m, -m, m, m);
}

QPointF AnomalyLayerItem::map(const QRectF &plot, qint64 timeMs, double value) const
{
    const double x0 = m_x->min(), x1 = m_x->max(), y0 = m_y->min(), y1 = m_y->max();
    return QPointF(plot.left() + (double(timeMs) - x0) * plot.width() / (x1 - x0),
                   plot.bottom() - (value / divisor - y0) * plot.height() / (y1 - y0));
}

void AnomalyLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty() || m_x->max() <= m_x->min() || m_y->max() <= m_y->min() || divisor <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_part == Part::Band)
        paintBands(painter, plot);
    else
        paintMarkers(painter, plot);
    painter->restore();
}

// Each run of points with a band is one polygon: its upper edge forward,
// its lower edge back; learning gaps leave it open.
void AnomalyLayerItem::paintBands(QPainter *painter, const QRectF &plot)
{
    painter->setClipRect(plot);
    for (const Series &s : std::as_const(series)) {
        QColor fill = s.color;
        fill.setAlphaF(0.16f);
        QColor edge = s.color;
        edge.setAlphaF(0.35f);
        QPen pen(edge, 1, Qt::DotLine);
        pen.setCosmetic(true);
        QPainterPath path;
        QPolygonF upper, lower;
        const auto flush = [&] {
            if (upper.size() >= 2) {
                QPolygonF polygon = upper;
                for (auto it = lower.crbegin(); it != lower.crend(); ++it)
                    polygon << *it;
                path.addPolygon(polygon);
                path.closeSubpath();
            }
            upper.clear();
            lower.clear();
        };
        for (const Models::AnomalyBandPoint &p : s.points) {
            if (!p.hasBand()) {
                flush();
                continue;
            }
            upper << map(plot, p.timeMs, p.high);
            lower << map(plot, p.timeMs, p.low);
        }
        flush();
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawPath(path);
    }
}

void AnomalyLayerItem::paintMarkers(QPainter *painter, const QRectF &plot)
{
    const QRectF visible = plot.adjusted(-1, -1, 1, 1);
    QPen outline(m_chart->backgroundBrush().color(), 1.5);
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->setBrush(markerColor());
    for (const Series &s : std::as_const(series)) {
        for (const Models::AnomalyBandPoint &p : s.points) {
            if (!p.isAnomalous() || p.value != p.value)
                continue;
            const QPointF at = map(plot, p.timeMs, p.value);
            if (visible.contains(at))
                painter->drawEllipse(at, kMarkerRadius, kMarkerRadius);
        }
    }
}

} // namespace OpsDeck::Widgets
