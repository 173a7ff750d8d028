// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackviews.h"

#include <algorithm>
#include <cmath>

#include <QPixmapCache>
#include <QWheelEvent>

#include "widgets/rack/rackscene.h"

namespace OpsDeck::Widgets {

namespace {

void setupView(QGraphicsView *view)
{
    view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view->setOptimizationFlags(QGraphicsView::DontSavePainterState);
    view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    view->setAcceptDrops(true);
    view->setDragMode(QGraphicsView::NoDrag);
}

} // namespace

RackElevationView::RackElevationView(Models::RackPlanModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new RackScene(model, this))
{
    setupView(this);
    setScene(m_scene);
}

void RackElevationView::setRack(qint64 rackId)
{
    m_rackId = rackId;
    m_scene->setRacks({rackId});
    fitRack();
}

void RackElevationView::fitRack()
{
    m_fitted = true;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void RackElevationView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void RackElevationView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_fitted = false;
    setTransformationAnchor(AnchorUnderMouse);
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    event->accept();
}

RoomView::RoomView(Models::RackPlanModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new RackScene(model, this))
{
    setupView(this);
    setScene(m_scene);
    setTransformationAnchor(AnchorUnderMouse);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // Rack pictures are cached per zoom (QPixmapCache); a screenful at a
    // working zoom and the rows panned past take tens of megabytes, more
    // than Qt's default budget, which would redraw them on every pan.
    constexpr int kRoomCacheKb = 96 * 1024;
    if (QPixmapCache::cacheLimit() < kRoomCacheKb)
        QPixmapCache::setCacheLimit(kRoomCacheKb);
}

void RoomView::setRacks(const QList<qint64> &rackIds, int perRow)
{
    m_scene->setRacks(rackIds, perRow);
    zoomToFit();
}

void RoomView::zoomToFit()
{
    m_fitted = true;
    fit();
}

void RoomView::fit()
{
    const QRectF r = m_scene->sceneRect();
    if (!r.isEmpty() && !viewport()->rect().isEmpty())
        fitInView(r, Qt::KeepAspectRatio);
}

void RoomView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A room laid out before the view had its size would stay a speck in a corner.
    if (m_fitted)
        fit();
}

void RoomView::setZoom(double factor)
{
    m_fitted = false;
    factor = std::clamp(factor, 0.01, 8.0);
    setTransform(QTransform::fromScale(factor, factor));
}

double RoomView::zoom() const
{
    return transform().m11();
}

void RoomView::zoomToDevice(qint64 deviceId)
{
    const QRectF r = m_scene->deviceRect(deviceId);
    if (r.isNull())
        return;
    setZoom(2.0);
    centerOn(r.center());
}

void RoomView::wheelEvent(QWheelEvent *event)
{
    m_fitted = false;
    const double current = zoom();
    const double wanted = std::clamp(current * std::pow(1.0015, event->angleDelta().y()), 0.01, 8.0);
    scale(wanted / current, wanted / current);
    event->accept();
}

} // namespace OpsDeck::Widgets
