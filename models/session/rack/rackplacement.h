// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "backend/domain/inventory.h"
#include "backend/domain/rackplanning.h"

namespace OpsDeck::Models {

/// What a rack holds, as the placement rules see it.
struct RackContents
{
    Domain::Rack rack;
    QList<Domain::Device> devices;                 ///< every device with this rack id
    QList<Domain::RackReservation> reservations;
    Domain::RackLimits limits;
    QHash<qint64, Domain::DeviceLoad> loads;       ///< by device id
};

/// A device to place: an existing one moving (deviceId set) or a new one.
struct PlacementCandidate
{
    qint64 deviceId = 0;   ///< 0 for a new device
    double uHeight = 1;    ///< 0 for a 0U device
    bool fullDepth = true;
    QString face;          ///< "front" or "rear"; empty for a 0U device
    double position = 0;   ///< lowest unit taken; 0 for a 0U device
    int widthInches = 19;
    double weightKg = 0;   ///< 0 when unknown
    int drawW = 0;         ///< 0 when unknown
    QString tenantName;
    bool isChild = false;  ///< a device that lives in a parent's bay
};

enum class PlacementProblem {
    None,
    ChildDevice,    ///< child devices go into a parent's bay, not a rack unit
    NoFace,         ///< a racked device needs a front or rear face
    HalfUnit,       ///< position not on a whole or half unit
    OutsideRack,    ///< below the first or above the last unit
    Collision,      ///< the units are taken on that face
    Width,          ///< the rack is of another width
    Reserved,       ///< the units are reserved for another tenant
    Weight,         ///< the rack's weight limit would be exceeded
    Power,          ///< the rack's power budget would be exceeded
};

/// The outcome of a placement check, with a translated reason when refused.
struct PlacementVerdict
{
    PlacementProblem problem = PlacementProblem::None;
    QString reason;
    qint64 blockingDeviceId = 0; ///< for Collision

    [[nodiscard]] bool ok() const { return problem == PlacementProblem::None; }
};

/// Checks whether @p candidate fits in @p rack: space on its face (full-depth
/// devices take both faces, half-depth devices share a unit front and rear),
/// whole or half units inside the rack whatever its numbering, rack width,
/// reservations of other tenants, and the weight and power budgets where
/// they are known. 0U devices go on the side rails and only need the width.
/// Pure function; any thread.
[[nodiscard]] PlacementVerdict checkPlacement(const RackContents &rack, const PlacementCandidate &candidate);

/// Units (whole numbers) a device at @p position of @p uHeight touches.
[[nodiscard]] QList<int> unitsTouched(double position, double uHeight);

} // namespace OpsDeck::Models
