// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QGraphicsItem>

#include "widgets/rack/rackpicture.h"

namespace OpsDeck::Widgets {

class RackScene;

/// One rack elevation in a RackScene: paints the frame and the devices
/// (cached per zoom) and owns a RackDeviceItem per device and face. Rebuilt from a RackPicture whenever
/// the model reports the rack changed. Owned by the scene; GUI thread.
class RackItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 701 };

    explicit RackItem(RackPicture picture);

    void setPicture(RackPicture picture);
    [[nodiscard]] const RackPicture &picture() const { return m_picture; }
    [[nodiscard]] qint64 rackId() const { return m_picture.geometry.rack.id; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuildDevices();

    RackPicture m_picture;
};

/// A device on one face of a rack (or a 0U device on a rail). Selectable on
/// the face it is mounted on; dragging it is handled by the RackScene. The
/// RackItem draws the device; this item draws the selection and search marks.
class RackDeviceItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 702 };

    RackDeviceItem(const DevicePicture &device, const RackPainter::Placement &placement, QGraphicsItem *parent);

    [[nodiscard]] qint64 deviceId() const { return m_device.device.id; }
    [[nodiscard]] const Domain::Device &device() const { return m_device.device; }
    [[nodiscard]] bool isMountedFace() const { return m_placement.mountedFace; }
    [[nodiscard]] bool isZeroU() const { return m_placement.zeroU; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Re-reads whether the device is selected or a search hit (the only
    /// states in which this item paints).
    void updateMarked();
    /// Re-reads the device's compliance from the scene into the tooltip.
    void updateToolTip();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DevicePicture m_device;
    RackPainter::Placement m_placement;
};

} // namespace OpsDeck::Widgets
