// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackitems.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "widgets/rack/rackscene.h"

namespace OpsDeck::Widgets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpsDeck::Widgets::RackItem", text);
}

QString deviceToolTip(const Domain::Device &d)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(d.name.toHtmlEscaped())};
    lines << tr("%1 %2").arg(d.manufacturer, d.model).toHtmlEscaped();
    if (d.uHeight > 0 && d.position > 0)
        lines << tr("U%1, %2U, %3 · %4").arg(d.position).arg(d.uHeight).arg(d.face, d.fullDepth ? tr("full depth") : tr("half depth"));
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
    if (detail >= RackPainter::kUnitDetail)
        return;
    // Zoomed out to a room: the devices as plain blocks, painted here in one
    // pass (the device items skip their own painting at this level).
    for (const RackPainter::Placement &p : RackPainter::placements(m_picture)) {
        const QColor fill = m_picture.devices.at(p.index).fill;
        painter->fillRect(p.rect.adjusted(1, 1, -1, -1), p.mountedFace ? fill : fill.lighter(150));
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
    setToolTip(deviceToolTip(device.device));
    setZValue(placement.mountedFace ? 2 : 1);
}

QRectF RackDeviceItem::boundingRect() const
{
    return m_placement.rect.adjusted(-2, -2, 2, 2);
}

void RackDeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const auto *rackScene = qobject_cast<const RackScene *>(scene());
    const bool marked = isSelected() || (rackScene && rackScene->isHighlighted(deviceId()));
    if (detail < RackPainter::kUnitDetail && !marked)
        return; // the rack item paints the block
    const Models::RackLiveState live = rackScene ? rackScene->liveState(deviceId()) : Models::RackLiveState{};
    if (m_placement.zeroU)
        RackPainter::paintZeroU(painter, m_placement.rect, m_device, detail);
    else
        RackPainter::paintDevice(painter, m_placement.rect, m_device, m_placement.mountedFace, detail, live);
    const bool highlighted = rackScene && rackScene->isHighlighted(deviceId());
    if (highlighted || isSelected()) {
        // Cosmetic pens: as visible in the room view as on a single rack.
        QPen pen(highlighted ? QColor(0xff, 0x8f, 0x00) : QColor(0x15, 0x65, 0xc0), highlighted ? 4 : 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(highlighted ? QColor(0xff, 0xc1, 0x07, 110) : QColor(Qt::transparent));
        painter->drawRect(m_placement.rect);
    }
}

} // namespace OpsDeck::Widgets
