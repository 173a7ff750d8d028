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
/// graph as PNG, SVG or PDF. A new graph is shown whole, and kept so as the
/// view changes size until the user zooms or focuses a device. Lives on the
/// GUI thread.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    [[nodiscard]] TopologyScene *topologyScene() const { return m_scene; }
    /// The whole graph in view (and kept so when the view changes size).
    void fitAll();
    [[nodiscard]] bool isFitted() const { return m_fitted; }
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
    void fit();

    QImage m_minimap;
    QRectF m_minimapSource;
    bool m_fitted = true;
};

} // namespace OpsDeck::Widgets
