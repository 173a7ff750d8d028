// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QGraphicsView>
#include <QImage>

namespace OpsDeck::Widgets {

class TopologyScene;

/// Pans (drag the background) and zooms (wheel, around the cursor) a
/// TopologyScene, shows a minimap in the corner when the graph is larger
/// than the view (click it to jump), edge tooltips, and exports the whole
/// graph as PNG, SVG or PDF. Lives on the GUI thread.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    [[nodiscard]] TopologyScene *topologyScene() const { return m_scene; }
    void fitAll();
    /// Centres on a device, zooms in enough to read it and selects it.
    void focusDevice(qint64 deviceId);
    void zoomBy(double factor);
    [[nodiscard]] double zoom() const { return transform().m11(); }
    /// Writes the whole graph to @p path; the format follows the suffix
    /// (png, svg, pdf). Returns false and sets @p error on failure.
    bool exportTo(const QString &path, QString *error = nullptr);
    [[nodiscard]] bool isMinimapVisible() const;
    [[nodiscard]] QRect minimapRect() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderMinimap();

    TopologyScene *m_scene;
    QImage m_minimap;
    QRectF m_minimapSource;
};

} // namespace OpsDeck::Widgets
