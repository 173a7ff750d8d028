// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackpicture.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "models/alarms/alarmstyle.h"
#include "widgets/compliance/compliancemark.h"

namespace OpsDeck::Widgets {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OpsDeck::Widgets::RackPainter", text, disambiguation, n);
}

const QColor kCabinet(0x37, 0x47, 0x4f);
const QColor kRail(0xb0, 0xbe, 0xc5);
const QColor kFace(0xfa, 0xfa, 0xfa);
const QColor kUnitLine(0xe3, 0xe7, 0xea);
const QColor kNumber(0x54, 0x6e, 0x7a);
const QColor kFree(0xee, 0xf7, 0xe6);
const QColor kText(0x21, 0x21, 0x21);
const QColor kSubtle(0x61, 0x61, 0x61);
const QColor kReserved(0xd3, 0x2f, 0x2f);

QFont font(double pixelSize, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QColor tint(const QColor &c, double amount)
{
    return QColor::fromRgbF(float(c.redF() * amount + (1 - amount)), float(c.greenF() * amount + (1 - amount)),
                            float(c.blueF() * amount + (1 - amount)));
}

QString unitText(double u)
{
    return std::fmod(u, 1.0) == 0 ? QString::number(int(u)) : QString::number(u, 'f', 1);
}

bool isRacked(const Domain::Device &d)
{
    return !d.parentDeviceId && d.uHeight > 0 && d.position > 0;
}

} // namespace

QRectF RackGeometry::deviceRect(bool rear, double position, double uHeight) const
{
    const double top = rack.descendingUnits ? kHeader + (position - rack.startingUnit) * kUnit
                                            : kHeader + (rack.startingUnit + rack.uHeight - position - uHeight) * kUnit;
    return {faceX(rear), top, faceWidth(), uHeight * kUnit};
}

double RackGeometry::unitTop(int unit) const
{
    return deviceRect(false, unit, 1).top();
}

double RackGeometry::positionAt(double y, double uHeight) const
{
    const double step = std::fmod(uHeight, 1.0) == 0 ? 1.0 : 0.5;
    const double rows = (y - kHeader) / kUnit; // from the top, in units
    double position = rack.descendingUnits ? rack.startingUnit + rows - uHeight / 2
                                           : rack.startingUnit + rack.uHeight - rows - uHeight / 2;
    return std::round(position / step) * step;
}

QRectF RackGeometry::railRect(int index) const
{
    const bool rear = index >= 2;
    const double x = (index % 2 == 0) ? blockX(rear) : blockX(rear) + kRail + faceWidth();
    return {x, kHeader, kRail, unitsHeight()};
}

RackPicture RackPicture::fromModel(const Models::RackPlanModel &model, qint64 rackId, Models::RackColouring colouring)
{
    RackPicture p;
    p.geometry.rack = model.rack(rackId);
    p.siteName = model.baseline().site.name;
    for (const Domain::Location &l : model.baseline().locations) {
        if (l.id == p.geometry.rack.locationId)
            p.locationName = l.name;
    }
    QList<Domain::Device> all = model.devicesInRack(rackId);
    std::sort(all.begin(), all.end(), [](const Domain::Device &a, const Domain::Device &b) {
        return a.position != b.position ? a.position > b.position : a.name < b.name;
    });
    QList<Domain::Device> shown;
    for (const Domain::Device &d : std::as_const(all)) {
        if (d.parentDeviceId)
            continue;
        DevicePicture dp;
        dp.device = d;
        dp.fill = Models::rackDeviceColour(d, colouring);
        for (const Domain::Device &c : model.childDevices(d.id))
            dp.children << c;
        p.devices << dp;
        shown << d;
    }
    p.reservations = model.reservations(rackId);
    p.capacity = model.capacity(rackId);
    p.colouring = colouring;
    p.legend = Models::rackLegend(shown, colouring);
    return p;
}

namespace RackPainter {

QList<Placement> placements(const RackPicture &rack)
{
    QList<Placement> out;
    const RackGeometry &g = rack.geometry;
    int zeroU = 0;
    for (int i = 0; i < rack.devices.size(); ++i) {
        const Domain::Device &d = rack.devices.at(i).device;
        if (d.uHeight <= 0) {
            // 0U devices alternate between the rear rails, then the front ones.
            static const int order[] = {2, 3, 0, 1};
            out << Placement{i, false, true, true, g.railRect(order[zeroU++ % 4])};
            continue;
        }
        if (!isRacked(d))
            continue;
        const bool rear = d.face == QLatin1String("rear");
        out << Placement{i, rear, true, false, g.deviceRect(rear, d.position, d.uHeight)};
        if (d.fullDepth)
            out << Placement{i, !rear, false, false, g.deviceRect(!rear, d.position, d.uHeight)};
    }
    return out;
}

namespace {

// The rack's name, then where it is and how it is built; zoomed out (room
// view) the name alone, large enough to read.
void paintHeader(QPainter *painter, const RackPicture &rack, bool labels)
{
    const RackGeometry &g = rack.geometry;
    const Domain::Rack &r = g.rack;
    if (!labels) {
        painter->setPen(kText);
        painter->setFont(font(40, true));
        painter->drawText(QRectF(0, -8, g.width(), 52), Qt::AlignLeft | Qt::AlignVCenter, r.name);
        return;
    }
    painter->setPen(kText);
    painter->setFont(font(15, true));
    painter->drawText(QRectF(0, 0, g.width(), 22), Qt::AlignLeft | Qt::AlignVCenter, r.name);
    painter->setFont(font(10));
    painter->setPen(kSubtle);
    QStringList facts;
    if (!rack.siteName.isEmpty())
        facts << rack.siteName;
    if (!rack.locationName.isEmpty())
        facts << rack.locationName;
    facts << tr("%1U").arg(r.uHeight) << tr("%1-inch").arg(r.width);
    if (r.descendingUnits)
        facts << tr("descending units");
    if (!r.tenantName.isEmpty())
        facts << r.tenantName;
    painter->drawText(QRectF(0, 21, g.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                      facts.join(QStringLiteral(" · ")));
    painter->setFont(font(10, true));
    painter->setPen(kCabinet);
    painter->drawText(QRectF(g.faceX(false), 33, g.faceWidth(), 13), Qt::AlignCenter, tr("FRONT"));
    painter->drawText(QRectF(g.faceX(true), 33, g.faceWidth(), 13), Qt::AlignCenter, tr("REAR"));
}

// Which half-unit slots are taken on the front (0) and rear (1) face, for
// the free-unit marks.
std::array<QSet<int>, 2> takenSlots(const RackPicture &rack)
{
    std::array<QSet<int>, 2> taken;
    for (const DevicePicture &dp : rack.devices) {
        const Domain::Device &d = dp.device;
        if (!isRacked(d))
            continue;
        const bool rear = d.face == QLatin1String("rear");
        const int first = int(std::lround(d.position * 2));
        for (int s = 0; s < int(std::lround(d.uHeight * 2)); ++s) {
            taken[rear ? 1 : 0].insert(first + s);
            if (d.fullDepth)
                taken[rear ? 0 : 1].insert(first + s);
        }
    }
    return taken;
}

// One face: cabinet, rails and face, then (close enough) its unit rows with
// their numbers, free-unit marks and rail holes.
void paintFace(QPainter *painter, const RackGeometry &g, bool rear, const QSet<int> &taken, double detail)
{
    const Domain::Rack &r = g.rack;
    const bool labels = detail >= kLabelDetail;
    const QRectF block(g.blockX(rear) - 3, RackGeometry::kHeader - 3, g.blockWidth() + 6, g.unitsHeight() + 6);
    painter->fillRect(block, kCabinet);
    painter->fillRect(g.railRect(rear ? 2 : 0), kRail);
    painter->fillRect(g.railRect(rear ? 3 : 1), kRail);
    const QRectF faceRect = g.faceRect(rear);
    painter->fillRect(faceRect, kFace);
    // Far out (a whole room) single units are not visible: skip them.
    if (detail < kUnitDetail)
        return;
    // Rail holes, three per unit as on a real rail, in one call per face.
    QList<QRectF> holes;
    for (int u = r.startingUnit; u < r.startingUnit + r.uHeight; ++u) {
        const QRectF row(faceRect.left(), g.unitTop(u), faceRect.width(), RackGeometry::kUnit);
        const bool free = !taken.contains(u * 2) && !taken.contains(u * 2 + 1);
        if (free)
            painter->fillRect(row.adjusted(0, 0.5, 0, -0.5), kFree);
        if (labels) {
            for (int rail = 0; rail < 2; ++rail) {
                const QRectF rr = g.railRect((rear ? 2 : 0) + rail);
                for (int h = 0; h < 3; ++h)
                    holes << QRectF(rr.center().x() - 2, row.top() + 3 + h * 6, 4, 2.5);
            }
        }
        painter->setPen(QPen(kUnitLine, 0));
        painter->drawLine(QLineF(faceRect.left(), row.top(), faceRect.right(), row.top()));
        if (labels) {
            painter->setFont(font(10, u % 5 == 0));
            painter->setPen(kNumber);
            const double x = rear ? g.blockX(true) + g.blockWidth() + 3 : 0;
            painter->drawText(QRectF(x, row.top(), RackGeometry::kNumbers - 5, RackGeometry::kUnit),
                              (rear ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, QString::number(u));
        }
    }
    if (!holes.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(kCabinet.lighter(160));
        painter->drawRects(holes);
    }
}

// Reservations: hatched over the units on both faces, one area per run of
// consecutive units.
void paintReservations(QPainter *painter, const RackPicture &rack, bool labels)
{
    const RackGeometry &g = rack.geometry;
    for (const Domain::RackReservation &res : rack.reservations) {
        QList<int> units = res.units;
        std::sort(units.begin(), units.end());
        for (int face = 0; face < 2; ++face) {
            for (int i = 0; i < units.size();) {
                int j = i;
                while (j + 1 < units.size() && units[j + 1] == units[j] + 1)
                    ++j;
                const QRectF area = g.deviceRect(face == 1, units[i], units[j] - units[i] + 1).adjusted(1, 1, -1, -1);
                painter->setPen(QPen(kReserved, 1, Qt::DashLine));
                painter->setBrush(QBrush(tint(kReserved, 0.6), Qt::BDiagPattern));
                painter->drawRect(area);
                if (labels) {
                    painter->setPen(kReserved.darker(130));
                    painter->setFont(font(10, true));
                    const QString who = res.tenantName.isEmpty() ? res.description : res.tenantName;
                    painter->drawText(area.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                      QFontMetricsF(painter->font())
                                          .elidedText(tr("Reserved: %1").arg(who), Qt::ElideRight, area.width() - 12));
                }
                i = j + 1;
            }
        }
    }
}

// The capacity line under the rack: units, weight and power.
void paintFooter(QPainter *painter, const RackPicture &rack)
{
    const RackGeometry &g = rack.geometry;
    const Models::RackCapacity &c = rack.capacity;
    QStringList parts{
        tr("%1 of %2U used · %3U free").arg(unitText(c.usedUnits), unitText(c.totalUnits), unitText(c.freeUnits()))};
    if (c.maxWeightKg > 0)
        parts << tr("%1 / %2 kg").arg(c.weightKg, 0, 'f', 0).arg(c.maxWeightKg, 0, 'f', 0);
    if (c.powerBudgetW > 0)
        parts << tr("%1 / %2 W").arg(c.drawW).arg(c.powerBudgetW);
    painter->setFont(font(10));
    painter->setPen(kSubtle);
    painter->drawText(QRectF(0, RackGeometry::kHeader + g.unitsHeight() + 6, g.width(), 16),
                      Qt::AlignLeft | Qt::AlignVCenter, parts.join(QStringLiteral("   ")));
}

// The back of a full-depth device seen from its other face: present, but
// not its faceplate.
void paintDeviceBack(QPainter *painter, const QRectF &r, const DevicePicture &dp, double detail)
{
    painter->setPen(QPen(dp.fill.darker(140), 0));
    painter->setBrush(tint(dp.fill, 0.18));
    painter->drawRect(r);
    painter->setBrush(QBrush(tint(dp.fill, 0.45), Qt::Dense6Pattern));
    painter->drawRect(r);
    if (detail >= RackPainter::kLabelDetail) {
        painter->setPen(kSubtle);
        painter->setFont(font(std::min(10.0, r.height() - 4), false, true));
        painter->drawText(r.adjusted(8, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(painter->font())
                              .elidedText(tr("%1 (rear)").arg(dp.device.name), Qt::ElideRight, r.width() - 14));
    }
}

// The number of alarms as a badge coloured by the worst of them, at the
// right of @p text on the device's first unit. Narrows @p text.
void paintAlarmBadge(QPainter *painter, const QRectF &r, const Models::RackLiveState &live, QRectF &text)
{
    const Alarms::Severity severity = live.alarmSeverity.value_or(Alarms::Severity::Major);
    painter->setFont(font(9, true));
    const QString count = live.alarms > 99 ? QStringLiteral("99+") : QString::number(live.alarms);
    const double line = std::min(r.height(), RackGeometry::kUnit);
    const double h = std::min(13.0, line - 4);
    const double w = std::max(h, QFontMetricsF(painter->font()).horizontalAdvance(count) + 7);
    const QRectF badge(text.right() - w, r.top() + (line - h) / 2, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Models::alarmSeverityColor(severity));
    painter->drawRoundedRect(badge, h / 2, h / 2);
    painter->setPen(Models::alarmSeverityTextColor(severity));
    painter->drawText(badge, Qt::AlignCenter, count);
    text.setRight(badge.left() - 4);
}

// Live state at the right of device rectangle @p r: a reachability dot when
// polled, alarms, inlet temperature and links up. Narrows @p text to what is left.
void paintLiveState(QPainter *painter, const QRectF &r, const Models::RackLiveState &live, QRectF &text)
{
    if (live.polled) {
        const QRectF dot(text.right() - 9, r.top() + std::min(r.height(), RackGeometry::kUnit) / 2 - 4.5, 9, 9);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(live.reachable ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        painter->drawEllipse(dot);
        text.setRight(dot.left() - 4);
    }
    if (live.alarms > 0)
        paintAlarmBadge(painter, r, live, text);
    QStringList extra;
    if (!qIsNaN(live.inletTempC))
        extra << tr("%1 °C").arg(live.inletTempC, 0, 'f', 0);
    if (live.linksTotal > 0)
        extra << tr("%1/%2 up").arg(live.linksUp).arg(live.linksTotal);
    if (!extra.isEmpty()) {
        painter->setFont(font(9, true));
        painter->setPen(kSubtle);
        const QString s = extra.join(QStringLiteral(" "));
        const double w = QFontMetricsF(painter->font()).horizontalAdvance(s) + 4;
        painter->drawText(QRectF(text.right() - w, r.top(), w, std::min(r.height(), RackGeometry::kUnit)),
                          Qt::AlignRight | Qt::AlignVCenter, s);
        text.setRight(text.right() - w - 2);
    }
}

// The device's name and model in @p text: on two lines when the device is
// tall enough (or has bays), else the model beside the name where it fits.
void paintNameAndModel(QPainter *painter, const QRectF &r, const QRectF &text, const DevicePicture &dp, bool planned)
{
    const Domain::Device &d = dp.device;
    const double line = std::min(r.height(), RackGeometry::kUnit - 2);
    painter->setPen(kText);
    painter->setFont(font(std::min(11.0, line - 5), true));
    const QFontMetricsF nameMetrics(painter->font());
    const QString name = d.name.isEmpty() ? d.model : d.name;
    QString model = d.model;
    if (planned)
        model = tr("PLANNED · %1").arg(model);
    if (r.height() >= 2 * RackGeometry::kUnit - 4 || !dp.children.isEmpty()) {
        painter->drawText(QRectF(text.left(), r.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
        painter->setFont(font(9));
        painter->setPen(kSubtle);
        painter->drawText(QRectF(text.left(), r.top() + line - 2, text.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(painter->font()).elidedText(model, Qt::ElideRight, text.width()));
    } else {
        const double nameWidth = std::min(nameMetrics.horizontalAdvance(name), text.width());
        painter->drawText(QRectF(text.left(), r.top(), text.width(), r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
        // The model only where it fits whole: a clipped model reads wrong.
        const double rest = text.width() - nameWidth - 8;
        painter->setFont(font(9));
        if (QFontMetricsF(painter->font()).horizontalAdvance(model) <= rest) {
            painter->setPen(kSubtle);
            painter->drawText(QRectF(text.right() - rest, r.top(), rest, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                              model);
        }
    }
}

// Children in bays: one slot per child, labelled upright.
void paintBays(QPainter *painter, const QRectF &r, const QRectF &text, const DevicePicture &dp)
{
    const QRectF bays(text.left() - 2, r.top() + 30, r.right() - text.left() - 2, r.height() - 34);
    const double w = bays.width() / dp.children.size();
    for (int i = 0; i < dp.children.size(); ++i) {
        const Domain::Device &c = dp.children.at(i);
        const QRectF bay(bays.left() + i * w + 1, bays.top(), w - 2, bays.height());
        painter->setPen(QPen(dp.fill.darker(160), 0));
        painter->setBrush(c.status == QLatin1String("active") ? QColor(0xff, 0xff, 0xff, 200)
                                                              : QColor(0xe0, 0xe0, 0xe0));
        painter->drawRect(bay);
        painter->save();
        painter->translate(bay.center());
        painter->rotate(-90);
        painter->setPen(kText);
        painter->setFont(font(std::min(9.0, w - 6)));
        const QRectF upright(-bay.height() / 2 + 3, -bay.width() / 2, bay.height() - 6, bay.width());
        painter->drawText(upright, Qt::AlignCenter,
                          QFontMetricsF(painter->font()).elidedText(c.name, Qt::ElideMiddle, upright.width()));
        painter->restore();
    }
}

} // namespace

void paintFrame(QPainter *painter, const RackPicture &rack, double detail)
{
    const bool labels = detail >= kLabelDetail;
    painter->save();
    paintHeader(painter, rack, labels);
    const std::array<QSet<int>, 2> taken = takenSlots(rack);
    for (int face = 0; face < 2; ++face)
        paintFace(painter, rack.geometry, face == 1, taken[face], detail);
    paintReservations(painter, rack, labels);
    if (labels)
        paintFooter(painter, rack);
    painter->restore();
}

QRectF complianceTagRect(const QRectF &rect)
{
    // As paintDevice() insets the face and the text, and as tall as an alarm badge.
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    const double line = std::min(r.height(), RackGeometry::kUnit);
    const double h = std::min(13.0, line - 4);
    return QRectF(r.right() - 6 - (h + 3), r.top() + (line - h) / 2, h + 3, h);
}

void paintDevice(QPainter *painter, const QRectF &rect, const DevicePicture &dp, bool mountedFace, double detail,
                 const Models::RackLiveState &live, bool nonCompliant)
{
    const Domain::Device &d = dp.device;
    const bool planned = d.status == QLatin1String("planned") || d.id < 0;
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    painter->save();
    if (!mountedFace) {
        paintDeviceBack(painter, r, dp, detail);
        painter->restore();
        return;
    }

    painter->setPen(planned ? QPen(dp.fill.darker(170), 1.2, Qt::DashLine) : QPen(dp.fill.darker(150), 1));
    painter->setBrush(tint(dp.fill, planned ? 0.25 : 0.4));
    painter->drawRoundedRect(r, 2, 2);
    painter->fillRect(QRectF(r.left(), r.top(), 6, r.height()), dp.fill);
    if (detail < RackPainter::kLabelDetail) {
        painter->restore();
        return;
    }

    QRectF text = r.adjusted(10, 0, -6, 0);
    if (nonCompliant) {
        const QRectF tag = complianceTagRect(rect);
        paintItemMark(painter, tag, complianceMark(), font(9, true));
        text.setRight(tag.left() - 4);
    }
    if (live.polled || live.alarms > 0)
        paintLiveState(painter, r, live, text);
    paintNameAndModel(painter, r, text, dp, planned);
    if (!dp.children.isEmpty())
        paintBays(painter, r, text, dp);
    painter->restore();
}

void paintZeroU(QPainter *painter, const QRectF &rect, const DevicePicture &dp, double detail)
{
    const QRectF r = rect.adjusted(2, 4, -2, -4);
    painter->save();
    painter->setPen(QPen(dp.fill.darker(160), 1));
    painter->setBrush(tint(dp.fill, 0.85));
    painter->drawRoundedRect(r, 2, 2);
    if (detail >= kLabelDetail) {
        painter->translate(r.center());
        painter->rotate(-90);
        painter->setPen(Qt::white);
        painter->setFont(font(10, true));
        const QRectF upright(-r.height() / 2 + 4, -r.width() / 2, r.height() - 8, r.width());
        painter->drawText(upright, Qt::AlignCenter,
                          QFontMetricsF(painter->font()).elidedText(dp.device.name, Qt::ElideMiddle, upright.width()));
    }
    painter->restore();
}

void paintRack(QPainter *painter, const RackPicture &rack, double detail)
{
    paintFrame(painter, rack, detail);
    for (const Placement &p : placements(rack)) {
        const DevicePicture &dp = rack.devices.at(p.index);
        if (p.zeroU)
            paintZeroU(painter, p.rect, dp, detail);
        else
            paintDevice(painter, p.rect, dp, p.mountedFace, detail);
    }
}

double legendHeight(double width, const QList<Models::LegendEntry> &legend)
{
    const QFontMetricsF fm(font(10));
    double x = fm.horizontalAdvance(tr("Colour by role:")) + 10;
    int rows = 1;
    for (const Models::LegendEntry &e : legend) {
        const double w = 16 + fm.horizontalAdvance(e.label) + 14;
        if (x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * 18.0;
}

double paintLegend(QPainter *painter, const QPointF &topLeft, double width, Models::RackColouring colouring,
                   const QList<Models::LegendEntry> &legend)
{
    painter->save();
    painter->setFont(font(10, true));
    const QFontMetricsF bold(painter->font());
    const QString title = tr("Colour by %1:").arg(Models::rackColouringName(colouring).toLower());
    painter->setPen(kText);
    painter->drawText(QRectF(topLeft.x(), topLeft.y(), width, 18), Qt::AlignLeft | Qt::AlignVCenter, title);
    double x = bold.horizontalAdvance(title) + 10;
    double y = topLeft.y();
    painter->setFont(font(10));
    const QFontMetricsF fm(painter->font());
    for (const Models::LegendEntry &e : legend) {
        const double w = 16 + fm.horizontalAdvance(e.label) + 14;
        if (x + w > width) {
            x = 0;
            y += 18;
        }
        painter->setPen(QPen(e.colour.darker(150), 0));
        painter->setBrush(e.colour);
        painter->drawRect(QRectF(topLeft.x() + x, y + 4, 11, 11));
        painter->setPen(kText);
        painter->drawText(QRectF(topLeft.x() + x + 16, y, w - 16, 18), Qt::AlignLeft | Qt::AlignVCenter, e.label);
        x += w;
    }
    painter->restore();
    return y + 18 - topLeft.y();
}

} // namespace RackPainter

} // namespace OpsDeck::Widgets
