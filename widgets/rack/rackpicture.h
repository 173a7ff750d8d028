// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include "models/session/rack/racksitedata.h"

#include "models/rack/rackcolouring.h"
#include "models/rack/rackplanmodel.h"

class QPainter;

namespace OpsDeck::Widgets {

/// Geometry of a rack elevation in scene units (1 unit = 1 px at 100 %):
/// U numbers, the front face with its two side rails, a gap, the rear face
/// with its rails and U numbers again; a header above and a capacity line
/// below. Pure value type.
struct RackGeometry
{
    static constexpr double kUnit = 20;    ///< height of one rack unit
    static constexpr double kNumbers = 28; ///< width of a U-number column
    static constexpr double kRail = 16;    ///< width of a 0U side rail
    static constexpr double kGap = 26;     ///< between front and rear
    static constexpr double kHeader = 46;
    static constexpr double kFooter = 26;

    Domain::Rack rack;

    [[nodiscard]] double faceWidth() const { return 200.0 * rack.width / 19.0; }
    [[nodiscard]] double blockWidth() const { return faceWidth() + 2 * kRail; }
    [[nodiscard]] double blockX(bool rear) const { return kNumbers + (rear ? blockWidth() + kGap : 0); }
    [[nodiscard]] double faceX(bool rear) const { return blockX(rear) + kRail; }
    [[nodiscard]] double width() const { return 2 * kNumbers + 2 * blockWidth() + kGap; }
    [[nodiscard]] double unitsHeight() const { return rack.uHeight * kUnit; }
    [[nodiscard]] double height() const { return kHeader + unitsHeight() + kFooter; }
    [[nodiscard]] QRectF bounds() const { return {0, 0, width(), height()}; }
    /// The face area (without rails) of a face.
    [[nodiscard]] QRectF faceRect(bool rear) const { return {faceX(rear), kHeader, faceWidth(), unitsHeight()}; }
    /// A device's rectangle on a face, for its lowest unit and height.
    [[nodiscard]] QRectF deviceRect(bool rear, double position, double uHeight) const;
    /// Top of a unit's row.
    [[nodiscard]] double unitTop(int unit) const;
    /// The lowest unit a device of @p uHeight would take with its top half
    /// under @p y, snapped to whole units (half units for half-U devices).
    [[nodiscard]] double positionAt(double y, double uHeight) const;
    /// Which face x lies on (rails count with their face).
    [[nodiscard]] bool isRearAt(double x) const { return x >= blockX(true) - kGap / 2; }
    /// Rectangle of a 0U rail: @p index counts left-front, right-front,
    /// left-rear, right-rear.
    [[nodiscard]] QRectF railRect(int index) const;
};

/// A device as drawn: its record, fill colour and the children in its bays.
struct DevicePicture
{
    Domain::Device device;
    QColor fill;
    QList<Domain::Device> children;
};

/// Everything needed to draw one rack, copied out of the plan model so that
/// exports can paint it on another thread. Pure value type.
struct RackPicture
{
    RackGeometry geometry;
    QString siteName;
    QString locationName;
    QList<DevicePicture> devices; ///< racked and 0U devices (children inside their parents)
    QList<Domain::RackReservation> reservations;
    Models::RackCapacity capacity;
    Models::RackColouring colouring = Models::RackColouring::Role;
    QList<Models::LegendEntry> legend;

    /// Copies rack @p rackId out of @p model.
    [[nodiscard]] static RackPicture fromModel(const Models::RackPlanModel &model, qint64 rackId,
                                               Models::RackColouring colouring);
};

/// Drawing of rack elevations, shared by the scene items and the exporters
/// so that screen, PDF, SVG, PNG and print look the same. Paints with any
/// QPainter; safe on any thread (uses no widget state).
namespace RackPainter {

/// Detail levels: below kLabelDetail no text is drawn.
constexpr double kLabelDetail = 0.45;
/// Below kUnitDetail unit rows and free-unit marks are left out.
constexpr double kUnitDetail = 0.25;

/// The rack frame: header, U numbers, unit rows, free-unit marks,
/// reservations (hatched), rails. @p detail is the painter's level of detail.
void paintFrame(QPainter *painter, const RackPicture &rack, double detail);
/// One device on one face at @p rect (device coordinates of the rack).
/// @p mountedFace false draws the back of a full-depth device seen from the
/// other face. @p nonCompliant adds the configuration compliance tag
/// (complianceTagRect()) right of the live state.
void paintDevice(QPainter *painter, const QRectF &rect, const DevicePicture &device, bool mountedFace, double detail,
                 const Models::RackLiveState &live = {}, bool nonCompliant = false);
/// Where paintDevice() puts the compliance tag of a device drawn at @p rect:
/// at the right end of its first unit, the reachability dot and the alarm
/// badge to its left.
[[nodiscard]] QRectF complianceTagRect(const QRectF &rect);
/// A 0U device on a rail.
void paintZeroU(QPainter *painter, const QRectF &rect, const DevicePicture &device, double detail);
/// The whole rack (frame, devices on both faces, 0U rails), for exports.
void paintRack(QPainter *painter, const RackPicture &rack, double detail = 1.0);
/// Where each device of @p rack is drawn: (device index, rear face, rect);
/// 0U devices get their rail rect with rear = false.
struct Placement
{
    int index = 0;
    bool rear = false;
    bool mountedFace = true;
    bool zeroU = false;
    QRectF rect;
};
[[nodiscard]] QList<Placement> placements(const RackPicture &rack);
/// A legend box ("Role: ■ Server ■ Storage ...") of @p width; returns its height.
double paintLegend(QPainter *painter, const QPointF &topLeft, double width, Models::RackColouring colouring,
                   const QList<Models::LegendEntry> &legend);
[[nodiscard]] double legendHeight(double width, const QList<Models::LegendEntry> &legend);

} // namespace RackPainter

} // namespace OpsDeck::Widgets
