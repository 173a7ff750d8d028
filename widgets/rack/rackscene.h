// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

#include "models/compliance/compliancemarks.h"
#include "models/rack/rackcolouring.h"
#include "models/session/rack/racksitedata.h"

class QGraphicsRectItem;
class QMimeData;
class QGraphicsSimpleTextItem;

namespace OpsDeck::Models {
class RackPlanModel;
}

namespace OpsDeck::Widgets {

class RackItem;

/// Where a drop or drag would put a device.
struct RackDropTarget
{
    qint64 rackId = 0;
    QString face;        ///< "front"/"rear"
    double position = 0; ///< lowest unit
    [[nodiscard]] bool isValid() const { return rackId != 0; }
};

/// The scene of rack elevations: builds a RackItem per rack shown from the
/// RackPlanModel, lays several out in rows by location, and sends every
/// change back through the model: dragging a device moves it, dropping a
/// device type (DeviceTypeListModel::kMimeType) adds a planned device,
/// dropping a device id (kDeviceMimeType, e.g. from the inventory tree)
/// moves that device. Refused placements are reported with the reason.
/// Rebuilds a rack's items when the model says it changed. GUI thread.
class RackScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackScene)

public:
    /// MIME type of a dragged existing device; the data is its id in decimal.
    static constexpr const char *kDeviceMimeType = "application/x-opsdeck-device";

    explicit RackScene(Models::RackPlanModel *model, QObject *parent = nullptr);
    ~RackScene() override;

    [[nodiscard]] Models::RackPlanModel *model() const { return m_model; }

    /// Shows these racks: one rack alone, or rows of up to @p perRow racks
    /// grouped by location with a title per location.
    void setRacks(const QList<qint64> &rackIds, int perRow = 12);
    [[nodiscard]] QList<qint64> racks() const { return m_rackIds; }

    void setColouring(Models::RackColouring colouring);
    [[nodiscard]] Models::RackColouring colouring() const { return m_colouring; }

    /// Polled state per device id, drawn on the faceplates.
    void setLiveState(const QHash<qint64, Models::RackLiveState> &state);
    [[nodiscard]] Models::RackLiveState liveState(qint64 deviceId) const { return m_live.value(deviceId); }

    /// Configuration compliance per device id: a tag on the faceplates of
    /// the non-compliant devices and a line in their tooltips. Replaces the
    /// previous marks.
    void setComplianceMarks(const Models::ComplianceMarks &marks);
    /// The mark of a device that is not compliant, else none.
    [[nodiscard]] std::optional<Models::DeviceComplianceMark> complianceMark(qint64 deviceId) const;

    /// Devices to mark (search results).
    void setHighlighted(const QList<qint64> &deviceIds);
    [[nodiscard]] bool isHighlighted(qint64 deviceId) const { return m_highlighted.contains(deviceId); }

    /// Selects the device's item on the face it is mounted on (clears the
    /// selection for 0 or a device not shown). Emits nothing.
    bool selectDevice(qint64 deviceId);
    /// Scene rectangle of a device on its mounted face (null if not shown).
    [[nodiscard]] QRectF deviceRect(qint64 deviceId) const;
    /// Scene rectangle of a rack (null if not shown).
    [[nodiscard]] QRectF rackRect(qint64 rackId) const;
    /// Scene position of the middle of unit @p unit on a face of a rack.
    [[nodiscard]] QPointF unitCenter(qint64 rackId, int unit, bool rear) const;
    /// Where a device of @p uHeight would go if dropped at @p scenePos.
    [[nodiscard]] RackDropTarget targetAt(const QPointF &scenePos, double uHeight) const;

signals:
    void deviceSelected(qint64 deviceId);
    /// A drop or drag was refused; @p reason says why (translated).
    void placementRefused(const QString &reason);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    struct DragPayload
    {
        qint64 typeId = 0;
        qint64 deviceId = 0;
        double uHeight = 0;
    };
    void handleRackChanged(qint64 rackId);
    void handleSiteReset();
    void handleSelectionChanged();
    void layoutRacks();
    [[nodiscard]] RackItem *rackItemAt(const QPointF &scenePos) const;
    [[nodiscard]] DragPayload payload(const QMimeData *mime) const;
    void showGhost(const RackDropTarget &target, double uHeight, bool ok, const QString &why);
    void hideGhost();

    Models::RackPlanModel *m_model;
    QList<qint64> m_rackIds;
    int m_perRow = 12;
    QHash<qint64, RackItem *> m_rackItems;
    QList<QGraphicsItem *> m_titles;
    Models::RackColouring m_colouring = Models::RackColouring::Role;
    QHash<qint64, Models::RackLiveState> m_live;
    Models::ComplianceMarks m_compliance;
    QSet<qint64> m_highlighted;
    QGraphicsRectItem *m_ghost = nullptr;
    QGraphicsSimpleTextItem *m_ghostText = nullptr;
    qint64 m_pressedDevice = 0;
    QPointF m_pressPos;
    bool m_dragging = false;
    bool m_selecting = false;
};

} // namespace OpsDeck::Widgets
