// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/envelopelayeritem.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QPaintEngine>
#include <QPainter>
#include <QValueAxis>

#include "models/charts/seriesbuffer.h"

namespace OpsDeck::Widgets {

EnvelopeLayerItem::EnvelopeLayerItem(QChart *chart, QValueAxis *x, QValueAxis *y)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
{
    setFlag(ItemHasNoContents, false);
}

QList<QPointF> EnvelopeLayerItem::polyline(const Models::Envelope &env)
{
    QList<QPointF> points;
    const double width = double(std::max<qint64>(env.bucketMs, 1));
    points.reserve(env.points.size() * 2);
    double previous = 0;
    for (const Models::EnvelopePoint &p : env.points) {
        if (env.bucketMs == 0 || p.min == p.max) {
            points.append(QPointF(double(p.timestampMs) + (env.bucketMs ? width / 2 : 0), p.avg));
            previous = p.avg;
            continue;
        }
        // One column: its minimum and maximum, the nearer one first.
        const double quarter = width / 4;
        const bool minFirst = std::abs(previous - p.min) <= std::abs(previous - p.max);
        const double a = minFirst ? p.min : p.max;
        const double b = minFirst ? p.max : p.min;
        points.append(QPointF(double(p.timestampMs) + quarter, a));
        points.append(QPointF(double(p.timestampMs) + 3 * quarter, b));
        previous = b;
    }
    return points;
}

void EnvelopeLayerItem::geometryChanged()
{
    prepareGeometryChange();
    update();
}

QRectF EnvelopeLayerItem::boundingRect() const
{
    return m_chart->plotArea();
}

void EnvelopeLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double x0 = m_x->min(), x1 = m_x->max(), y0 = m_y->min(), y1 = m_y->max();
    if (plot.isEmpty() || x1 <= x0 || y1 <= y0)
        return;
    // Drawn in device pixels with an identity transform: the raster
    // engine's fastest path for thin polylines.
    const QTransform device = painter->worldTransform(); // not deviceTransform(): that adds the redirection offset of a grab again
    const bool integral = device.type() <= QTransform::TxTranslate && !antialiased;
    const QRectF area = device.mapRect(plot);
    const double sx = area.width() / (x1 - x0);
    const double sy = area.height() / (y1 - y0);
    painter->save();
    painter->resetTransform();
    painter->setClipRect(area.adjusted(-1, -1, 1, 1));
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    if (integral && painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster) {
        paintRaster(painter, area, x0, sx, y0, sy);
        painter->restore();
        return;
    }
    QPolygonF polyline;
    QPolygon pixels;
    for (const Line &line : std::as_const(lines)) {
        QPen pen = line.pen;
        if (!integral)
            pen.setWidthF(pen.widthF() * std::sqrt(std::abs(device.determinant())));
        painter->setPen(pen);
        if (integral) {
            // Consecutive points on the same pixel add nothing.
            pixels.resize(0);
            pixels.reserve(line.points.size());
            for (const QPointF &p : line.points) {
                const QPoint q(int(std::lround(area.left() + (p.x() - x0) * sx)),
                               int(std::lround(area.bottom() - (p.y() - y0) * sy)));
                if (pixels.isEmpty() || pixels.constLast() != q)
                    pixels.append(q);
            }
            painter->drawPolyline(pixels);
            continue;
        }
        polyline.resize(line.points.size());
        QPointF *out = polyline.data();
        for (const QPointF &p : line.points)
            *out++ = QPointF(area.left() + (p.x() - x0) * sx, area.bottom() - (p.y() - y0) * sy);
        painter->drawPolyline(polyline);
    }
    painter->restore();
}

// Many thin series on a raster device: the columns of each envelope are
// written straight into a layer image (a vertical span per pixel column,
// joined to the previous column), which costs a few writes per column
// where the stroker would cost a few per pixel of every segment.
void EnvelopeLayerItem::paintRaster(QPainter *painter, const QRectF &area, double x0, double sx, double y0, double sy)
{
    const QRect target = area.toAlignedRect();
    if (m_layer.size() != target.size())
        m_layer = QImage(target.size(), QImage::Format_ARGB32_Premultiplied);
    m_layer.fill(Qt::transparent);
    const int w = m_layer.width();
    const int h = m_layer.height();
    auto *bits = reinterpret_cast<quint32 *>(m_layer.bits());
    const qsizetype stride = m_layer.bytesPerLine() / 4;
    QList<QLine> longSegments;
    QList<QPen> longPens;
    for (const Line &line : std::as_const(lines)) {
        const quint32 colour = qPremultiply(line.pen.color().rgba());
        bool havePrevious = false;
        int px = 0, py = 0;
        for (const QPointF &p : line.points) {
            // Clamped, then rounded by truncation (no libm call per point).
            const double fx = std::clamp((p.x() - x0) * sx + area.left() - target.left(), -1e6, 1e6);
            const double fy = std::clamp(area.bottom() - (p.y() - y0) * sy - target.top(), -1e6, 1e6);
            const int x = int(fx + 1e6 + 0.5) - 1000000;
            const int y = int(fy + 1e6 + 0.5) - 1000000;
            if (havePrevious && std::abs(x - px) > 1) {
                longSegments.append(QLine(px, py, x, y));
                longPens.append(line.pen);
            } else if (x >= 0 && x < w) {
                int a = havePrevious ? std::min(py, y) : y;
                int b = havePrevious ? std::max(py, y) : y;
                a = std::max(a, 0);
                b = std::min(b, h - 1);
                for (int row = a; row <= b; ++row)
                    bits[row * stride + x] = colour;
            }
            px = x;
            py = y;
            havePrevious = true;
        }
    }
    if (!longSegments.isEmpty()) {
        QPainter layerPainter(&m_layer);
        for (qsizetype i = 0; i < longSegments.size(); ++i) {
            layerPainter.setPen(longPens.at(i));
            layerPainter.drawLine(longSegments.at(i));
        }
    }
    painter->drawImage(target.topLeft(), m_layer);
}

} // namespace OpsDeck::Widgets
