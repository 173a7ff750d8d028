// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackitems.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "models/compliance/compliancemarks.h"
#include "widgets/rack/rackscene.h"

namespace OpsDeck::Widgets {

namespace {

// The context is the namespace: that is where lupdate files the strings of
// this free function.
QString tr(const char *text)
{
    return QCoreApplication::translate("OpsDeck::Widgets", text);
}

QString deviceToolTip(const Domain::Device &d)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(d.name.toHtmlEscaped())};
    lines << tr("%1 %2").arg(d.manufacturer, d.model).toHtmlEscaped();
    if (d.uHeight > 0 && d.position > 0)
        lines << tr("U%1, %2U, %3 · %4")
                     .arg(d.position)
                     .arg(d.uHeight)
                     .arg(d.face, d.fullDepth ? tr("full depth") : tr("half depth"));
    else
        lines << tr("0U, side rail");
    if (!d.roleName.isEmpty())
        lines << tr("Role: %1").arg(d.roleName).toHtmlEscaped();
    lines << tr("Status: %1").arg(d.status).toHtmlEscaped();
    if (!d.tenantName.isEmpty())
        lines << tr("Tenant: %1").arg(d.tenantName).toHtmlEscaped();
    if (!d.primaryIp.isEmpty())
        lines << tr("Address: %1").arg(d.primaryIp).toHtmlEscaped();
    if (!d.serial.isEmpty())
        lines << tr("Serial: %1").arg(d.serial).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

RackItem::RackItem(RackPicture picture)
    : m_picture(std::move(picture))
{
    setFlag(ItemUsesExtendedStyleOption, false);
    // The elevation is drawn once per zoom and copied while panning; a
    // change of the rack, its live state or its colouring repaints it.
    setCacheMode(DeviceCoordinateCache);
    rebuildDevices();
}

void RackItem::setPicture(RackPicture picture)
{
    prepareGeometryChange();
    m_picture = std::move(picture);
    rebuildDevices();
    update();
}

void RackItem::rebuildDevices()
{
    const QList<QGraphicsItem *> old = childItems();
    for (QGraphicsItem *child : old)
        delete child;
    for (const RackPainter::Placement &p : RackPainter::placements(m_picture))
        new RackDeviceItem(m_picture.devices.at(p.index), p, this);
}

QRectF RackItem::boundingRect() const
{
    return m_picture.geometry.bounds();
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    RackPainter::paintFrame(painter, m_picture, detail);
    const QList<RackPainter::Placement> placements = RackPainter::placements(m_picture);
    if (detail < RackPainter::kUnitDetail) {
        // Zoomed out to a room: the devices as plain blocks.
        for (const RackPainter::Placement &p : placements) {
            const QColor fill = m_picture.devices.at(p.index).fill;
            painter->fillRect(p.rect.adjusted(1, 1, -1, -1), p.mountedFace ? fill : fill.lighter(150));
        }
        return;
    }
    // The devices, with their live state, here rather than by the device
    // items so that they are part of this item's cached picture; the backs
    // of full-depth devices first, as the device items stack them.
    const auto *rackScene = qobject_cast<const RackScene *>(scene());
    for (const bool mounted : {false, true}) {
        for (const RackPainter::Placement &p : placements) {
            if (p.mountedFace != mounted)
                continue;
            const DevicePicture &device = m_picture.devices.at(p.index);
            if (p.zeroU) {
                RackPainter::paintZeroU(painter, p.rect, device, detail);
                continue;
            }
            const Models::RackLiveState live =
                rackScene ? rackScene->liveState(device.device.id) : Models::RackLiveState{};
            const bool nonCompliant = rackScene && rackScene->complianceMark(device.device.id);
            RackPainter::paintDevice(painter, p.rect, device, p.mountedFace, detail, live, nonCompliant);
        }
    }
}

RackDeviceItem::RackDeviceItem(const DevicePicture &device, const RackPainter::Placement &placement,
                               QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_device(device)
    , m_placement(placement)
{
    setFlag(ItemIsSelectable, placement.mountedFace);
    setAcceptHoverEvents(false);
    updateToolTip();
    setZValue(placement.mountedFace ? 2 : 1);
    updateMarked();
}

void RackDeviceItem::updateMarked()
{
    // Unmarked devices paint nothing (the rack item draws them): flagged so,
    // the view skips them outright, which counts with thousands in a room.
    const auto *rackScene = qobject_cast<const RackScene *>(scene());
    const bool marked = isSelected() || (rackScene && rackScene->isHighlighted(deviceId()));
    setFlag(ItemHasNoContents, !marked);
}

void RackDeviceItem::updateToolTip()
{
    QString tip = deviceToolTip(m_device.device);
    const auto *rackScene = qobject_cast<const RackScene *>(scene());
    if (const auto mark = rackScene ? rackScene->complianceMark(deviceId()) : std::nullopt) {
        tip += QStringLiteral("<br><span style='color:%1'>%2</span>")
                   .arg(Models::complianceMarkColor().name(), Models::complianceToolTip(*mark).toHtmlEscaped());
    }
    setToolTip(tip);
}

QVariant RackDeviceItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSceneHasChanged)
        updateToolTip();
    if (change == ItemSelectedHasChanged || change == ItemSceneHasChanged)
        updateMarked();
    return QGraphicsItem::itemChange(change, value);
}

QRectF RackDeviceItem::boundingRect() const
{
    return m_placement.rect.adjusted(-2, -2, 2, 2);
}

void RackDeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The rack item paints the device itself; this item marks it when it
    // is selected or a search hit.
    const auto *rackScene = qobject_cast<const RackScene *>(scene());
    const bool highlighted = rackScene && rackScene->isHighlighted(deviceId());
    if (!highlighted && !isSelected())
        return;
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < RackPainter::kUnitDetail) {
        // Too small for the rack item's device faces: a block to mark.
        painter->fillRect(m_placement.rect.adjusted(1, 1, -1, -1), m_device.fill);
    }
    // Cosmetic pens: as visible in the room view as on a single rack.
    QPen pen(highlighted ? QColor(0xff, 0x8f, 0x00) : QColor(0x15, 0x65, 0xc0), highlighted ? 4 : 3);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(highlighted ? QColor(0xff, 0xc1, 0x07, 110) : QColor(Qt::transparent));
    painter->drawRect(m_placement.rect);
}

} // namespace OpsDeck::Widgets
