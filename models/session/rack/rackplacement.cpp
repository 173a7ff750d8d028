// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/rack/rackplacement.h"

#include <cmath>

#include <QCoreApplication>

namespace OpsDeck::Models {

namespace {

// The context is the namespace: that is where lupdate files the strings of
// this free function.
QString tr(const char *text)
{
    return QCoreApplication::translate("OpsDeck::Models", text);
}

// Positions are compared in half units so half-U devices need no floats.
int halves(double units)
{
    return int(std::lround(units * 2));
}

QString unitText(double u)
{
    return std::fmod(u, 1.0) == 0 ? QString::number(int(u)) : QString::number(u, 'f', 1);
}

bool facesOverlap(const Domain::Device &other, const PlacementCandidate &c)
{
    return other.fullDepth || c.fullDepth || other.face == c.face;
}

} // namespace

QList<int> unitsTouched(double position, double uHeight)
{
    QList<int> out;
    const int first = int(std::floor(position));
    const int last = int(std::ceil(position + uHeight)) - 1;
    for (int u = first; u <= last; ++u)
        out << u;
    return out;
}

PlacementVerdict checkPlacement(const RackContents &contents, const PlacementCandidate &c)
{
    const Domain::Rack &rack = contents.rack;
    if (c.isChild)
        return {PlacementProblem::ChildDevice, tr("A child device is installed in a bay of its parent, not in a rack unit.")};
    if (c.widthInches != rack.width) {
        return {PlacementProblem::Width,
                tr("The device is %1-inch equipment; rack %2 is %3 inches wide.")
                    .arg(c.widthInches)
                    .arg(rack.name)
                    .arg(rack.width)};
    }

    const bool zeroU = c.uHeight <= 0;
    if (!zeroU) {
        if (c.face != QLatin1String("front") && c.face != QLatin1String("rear"))
            return {PlacementProblem::NoFace, tr("Choose the front or the rear face for a racked device.")};
        if (halves(c.position) != c.position * 2 || halves(c.uHeight) != c.uHeight * 2)
            return {PlacementProblem::HalfUnit, tr("Devices sit on whole or half units.")};
        const int first = halves(rack.startingUnit);
        const int end = halves(rack.startingUnit + rack.uHeight);
        const int lo = halves(c.position);
        const int hi = lo + halves(c.uHeight);
        if (lo < first || hi > end) {
            const double top = c.position + c.uHeight - 0.5;
            return {PlacementProblem::OutsideRack,
                    tr("A %1U device at U%2 would reach U%3; rack %4 has units %5 to %6.")
                        .arg(unitText(c.uHeight), unitText(c.position), unitText(std::floor(top)), rack.name)
                        .arg(rack.startingUnit)
                        .arg(rack.startingUnit + rack.uHeight - 1)};
        }
        for (const Domain::Device &other : contents.devices) {
            if (other.id == c.deviceId || other.parentDeviceId || other.uHeight <= 0 || other.position <= 0)
                continue;
            const int olo = halves(other.position);
            const int ohi = olo + halves(other.uHeight);
            if (olo < hi && lo < ohi && facesOverlap(other, c)) {
                PlacementVerdict v{PlacementProblem::Collision,
                                   tr("U%1 is taken by %2 (%3).")
                                       .arg(unitText(std::max(c.position, other.position)),
                                            other.name.isEmpty() ? tr("an unnamed device") : other.name,
                                            other.fullDepth ? tr("full depth") : other.face)};
                v.blockingDeviceId = other.id;
                return v;
            }
        }
        const QList<int> units = unitsTouched(c.position, c.uHeight);
        for (const Domain::RackReservation &r : contents.reservations) {
            if (!r.tenantName.isEmpty() && r.tenantName == c.tenantName)
                continue;
            for (int u : units) {
                if (r.units.contains(u)) {
                    return {PlacementProblem::Reserved,
                            tr("U%1 is reserved for %2.")
                                .arg(u)
                                .arg(r.tenantName.isEmpty() ? (r.description.isEmpty() ? tr("another purpose") : r.description)
                                                            : r.tenantName)};
                }
            }
        }
    }

    double weight = 0;
    int draw = 0;
    for (const Domain::Device &other : contents.devices) {
        if (other.id == c.deviceId)
            continue;
        const Domain::DeviceLoad load = contents.loads.value(other.id);
        weight += load.weightKg;
        if (other.uHeight > 0 || other.parentDeviceId)
            draw += load.allocatedDrawW; // the 0U units' own draw is the budget, not a load
    }
    if (contents.limits.maxWeightKg > 0 && c.weightKg > 0 && weight + c.weightKg > contents.limits.maxWeightKg) {
        return {PlacementProblem::Weight,
                tr("Rack %1 would carry %2 kg of its %3 kg limit.")
                    .arg(rack.name)
                    .arg(weight + c.weightKg, 0, 'f', 0)
                    .arg(contents.limits.maxWeightKg, 0, 'f', 0)};
    }
    if (contents.limits.powerBudgetW > 0 && c.drawW > 0 && draw + c.drawW > contents.limits.powerBudgetW) {
        return {PlacementProblem::Power,
                tr("Rack %1 would draw %2 W of its %3 W power budget.")
                    .arg(rack.name)
                    .arg(draw + c.drawW)
                    .arg(contents.limits.powerBudgetW)};
    }
    return {};
}

} // namespace OpsDeck::Models
