// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QGraphicsView>

namespace OpsDeck::Models {
class RackPlanModel;
}

namespace OpsDeck::Widgets {

class RackScene;

/// Shows one rack, front and rear side by side, scaled to fit the view
/// (Ctrl+wheel zooms). Owns its RackScene. GUI thread.
class RackElevationView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackElevationView)

public:
    explicit RackElevationView(Models::RackPlanModel *model, QWidget *parent = nullptr);

    [[nodiscard]] RackScene *rackScene() const { return m_scene; }
    void setRack(qint64 rackId);
    [[nodiscard]] qint64 rackId() const { return m_rackId; }
    /// Scales the rack to fit again (after Ctrl+wheel zooming).
    void fitRack();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    RackScene *m_scene;
    qint64 m_rackId = 0;
    bool m_fitted = true;
};

/// Many racks side by side in rows by location: zoom with the wheel from
/// the whole room down to a single unit, pan by dragging the background,
/// search results highlighted. Shows the whole room, also as the view
/// changes size, until the user zooms. Owns its RackScene. GUI thread.
class RoomView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomView)

public:
    explicit RoomView(Models::RackPlanModel *model, QWidget *parent = nullptr);

    [[nodiscard]] RackScene *rackScene() const { return m_scene; }
    void setRacks(const QList<qint64> &rackIds, int perRow = 12);
    /// Whole room in view (and kept so when the view changes size).
    void zoomToFit();
    /// Whether the whole room is kept in view (until the user zooms).
    [[nodiscard]] bool isFitted() const { return m_fitted; }
    /// Zoom factor relative to 100 %.
    void setZoom(double factor);
    [[nodiscard]] double zoom() const;
    /// Centres a device at a zoom where its unit fills a good part of the view.
    void zoomToDevice(qint64 deviceId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void fit();

    RackScene *m_scene;
    bool m_fitted = true;
};

} // namespace OpsDeck::Widgets
