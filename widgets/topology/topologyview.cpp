// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologyview.h"

#include <cmath>

#include <QFileInfo>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include "models/topology/topologymodel.h"
#include "widgets/topology/topologyscene.h"

namespace OpsDeck::Widgets {

namespace {
constexpr int kMinimapWidth = 200;
constexpr int kMinimapMargin = 12;
} // namespace

TopologyView::TopologyView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
    connect(m_scene->model(), &Models::TopologyModel::graphChanged, this, [this] {
        renderMinimap();
        fitAll();
    });
    connect(m_scene->model(), &Models::TopologyModel::nodeMoved, this, [this] { renderMinimap(); });
}

void TopologyView::fitAll()
{
    m_fitted = true;
    fit();
}

void TopologyView::fit()
{
    const QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty() || viewport()->rect().isEmpty())
        return;
    // The scene's margin too: fitting less of it would leave scroll bars.
    fitInView(r.adjusted(-20, -20, 20, 20) | m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Small graphs are not blown up beyond natural size.
    if (zoom() > 1.2)
        setTransform(QTransform::fromScale(1.2, 1.2));
    centerOn(r.center());
}

void TopologyView::focusDevice(qint64 deviceId)
{
    if (!m_scene->hasNode(deviceId))
        return;
    m_fitted = false;
    if (zoom() < 0.8)
        setTransform(QTransform::fromScale(1.0, 1.0));
    centerOn(m_scene->nodePosition(deviceId));
    m_scene->selectDevice(deviceId);
}

void TopologyView::zoomBy(double factor)
{
    m_fitted = false;
    const double target = std::clamp(zoom() * factor, 0.02, 4.0);
    const double f = target / zoom();
    scale(f, f);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

bool TopologyView::isMinimapVisible() const
{
    if (m_minimap.isNull())
        return false;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    return !visible.contains(m_minimapSource);
}

QRect TopologyView::minimapRect() const
{
    const QSize s = m_minimap.size() / m_minimap.devicePixelRatio();
    return QRect(viewport()->width() - s.width() - kMinimapMargin, viewport()->height() - s.height() - kMinimapMargin,
                 s.width(), s.height());
}

void TopologyView::renderMinimap()
{
    m_minimapSource = m_scene->itemsBoundingRect();
    if (m_minimapSource.isEmpty()) {
        m_minimap = {};
        return;
    }
    const double ratio = m_minimapSource.height() / m_minimapSource.width();
    const int height = std::clamp(int(kMinimapWidth * ratio), 60, 200);
    const qreal dpr = devicePixelRatioF();
    m_minimap = QImage(QSize(kMinimapWidth, height) * dpr, QImage::Format_ARGB32_Premultiplied);
    m_minimap.setDevicePixelRatio(dpr);
    m_minimap.fill(QColor(255, 255, 255, 230));
    QPainter p(&m_minimap);
    const double sx = kMinimapWidth / m_minimapSource.width();
    const double sy = height / m_minimapSource.height();
    const double s = std::min(sx, sy);
    const QPointF offset((kMinimapWidth - m_minimapSource.width() * s) / 2, (height - m_minimapSource.height() * s) / 2);
    const Models::TopologyModel *model = m_scene->model();
    const auto &graph = model->graph();
    p.setPen(QPen(QColor(0xb0, 0xb8, 0xc2), 0));
    QList<QLineF> lines;
    lines.reserve(graph.edges.size());
    const auto map = [&](const QPointF &pt) { return offset + (pt - m_minimapSource.topLeft()) * s; };
    for (const auto &e : graph.edges)
        lines << QLineF(map(m_scene->nodePosition(e.aDeviceId)), map(m_scene->nodePosition(e.bDeviceId)));
    p.drawLines(lines);
    for (const auto &n : graph.nodes) {
        const QColor c = n.roleColor.isEmpty() ? QColor(0x60, 0x7d, 0x8b) : QColor(u'#' + n.roleColor);
        p.fillRect(QRectF(map(m_scene->nodePosition(n.deviceId)) - QPointF(1.5, 1), QSizeF(3, 2)), c);
    }
    p.setPen(QColor(0x9a, 0xa5, 0xb1));
    p.drawRect(QRectF(0, 0, kMinimapWidth - 1, height - 1));
    viewport()->update();
}

void TopologyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (!isMinimapVisible())
        return;
    painter->save();
    painter->resetTransform();
    const QRect box = minimapRect();
    painter->drawImage(box.topLeft(), m_minimap);
    // The visible part of the graph.
    const QSize s = m_minimap.size() / m_minimap.devicePixelRatio();
    const double scale = std::min(s.width() / m_minimapSource.width(), s.height() / m_minimapSource.height());
    const QPointF offset((s.width() - m_minimapSource.width() * scale) / 2, (s.height() - m_minimapSource.height() * scale) / 2);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QRectF frame((visible.topLeft() - m_minimapSource.topLeft()) * scale + offset, visible.size() * scale);
    frame.translate(box.topLeft());
    painter->setClipRect(box);
    painter->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.5));
    painter->setBrush(QColor(0x1e, 0x88, 0xe5, 30));
    painter->drawRect(frame);
    painter->restore();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (isMinimapVisible() && minimapRect().contains(event->position().toPoint())) {
        const QRect box = minimapRect();
        const QSize s = m_minimap.size() / m_minimap.devicePixelRatio();
        const double scale = std::min(s.width() / m_minimapSource.width(), s.height() / m_minimapSource.height());
        const QPointF offset((s.width() - m_minimapSource.width() * scale) / 2,
                             (s.height() - m_minimapSource.height() * scale) / 2);
        const QPointF local = event->position() - QPointF(box.topLeft()) - offset;
        centerOn(m_minimapSource.topLeft() + local / scale);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

bool TopologyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (!itemAt(help->pos())) {
            const int edge = m_scene->edgeAt(mapToScene(help->pos()), 5 / std::max(zoom(), 0.05));
            if (edge >= 0) {
                QToolTip::showText(help->globalPos(), m_scene->edgeToolTip(edge), viewport());
                return true;
            }
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A graph laid out before the view had its size would stay a speck in a corner.
    if (m_fitted)
        fit();
    viewport()->update();
}

bool TopologyView::exportTo(const QString &path, QString *error)
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24);
    if (source.isEmpty()) {
        if (error)
            *error = tr("There is nothing to export.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    m_scene->clearSelection();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Topology"));
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        return p.end();
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Topology"));
        pdf.setPageSize(QPageSize(source.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter p;
        if (!p.begin(&pdf)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        m_scene->render(&p, QRectF(), source);
        return p.end();
    }
    if (suffix == QLatin1String("png")) {
        // Up to 2x, bounded to 8k pixels on the long side.
        const double scale = std::min(2.0, 8000.0 / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        m_scene->render(&p, QRectF(QPointF(0, 0), image.size()), source);
        p.end();
        if (!image.save(path, "PNG")) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    if (error)
        *error = tr("Unknown export format \"%1\": use PNG, SVG or PDF.").arg(suffix);
    return false;
}

} // namespace OpsDeck::Widgets
