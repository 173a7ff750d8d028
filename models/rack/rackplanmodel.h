// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUndoStack>

#include "backend/core/result.h"
#include "models/session/rack/rackplacement.h"
#include "models/session/rack/racksitedata.h"

namespace OpsDeck::Models {

/// Free and used capacity of a rack or a whole site.
struct RackCapacity
{
    double totalUnits = 0;
    double usedUnits = 0;   ///< each half-unit slot counted once, whichever face holds it
    double weightKg = 0;
    double maxWeightKg = 0; ///< 0 when unknown
    int drawW = 0;
    int powerBudgetW = 0;   ///< 0 when unknown

    [[nodiscard]] double freeUnits() const { return totalUnits - usedUnits; }
};

/// One difference between a plan and the inventory it started from.
struct PlanChange
{
    enum class Kind { Add, Move, Unmount, Reserve };
    Kind kind = Kind::Move;
    qint64 deviceId = 0;      ///< negative for a device the plan adds
    QString name;
    qint64 deviceTypeId = 0;  ///< for Add
    qint64 fromRackId = 0;
    double fromPosition = 0;
    QString fromFace;
    qint64 toRackId = 0;
    double toPosition = 0;
    QString toFace;
    QList<int> units;         ///< for Reserve
    QString description;      ///< for Reserve
};

/// The rack planning document of one site: the racks and devices as the
/// inventory has them (the baseline), the edits of the current plan on top,
/// and the undo stack that records every edit. Views read racks and devices
/// from here and send every change back through moveDevice(), addDevice(),
/// unmountDevice() and reserveUnits(), which validate the placement, push a
/// QUndoCommand and emit rackChanged() for each rack touched.
///
/// A plan is saved as a JSON document (planDocument()) that holds the
/// changes with the inventory state they started from, so it can be
/// compared with the inventory later and turned into a NetBox change set.
///
/// Lives on the GUI thread; no I/O.
class RackPlanModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackPlanModel)

public:
    explicit RackPlanModel(QObject *parent = nullptr);
    ~RackPlanModel() override;

    /// Replaces everything with a fresh inventory read; clears the undo stack.
    void setSiteData(const RackSiteData &data);
    [[nodiscard]] const RackSiteData &baseline() const { return m_baseline; }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undoStack; }

    [[nodiscard]] QList<Domain::Rack> racks() const { return m_baseline.racks; }
    [[nodiscard]] bool hasRack(qint64 rackId) const { return m_rackIndex.contains(rackId); }
    [[nodiscard]] Domain::Rack rack(qint64 rackId) const;
    /// Racks of a location (0: all), in name order.
    [[nodiscard]] QList<qint64> rackIds(qint64 locationId = 0) const;
    [[nodiscard]] bool hasDevice(qint64 deviceId) const { return m_devices.contains(deviceId); }
    [[nodiscard]] Domain::Device device(qint64 deviceId) const { return m_devices.value(deviceId); }
    /// Devices with this rack id: racked, 0U and children in bays.
    [[nodiscard]] QList<Domain::Device> devicesInRack(qint64 rackId) const;
    [[nodiscard]] QList<Domain::Device> childDevices(qint64 parentId) const;
    [[nodiscard]] QList<Domain::DeviceType> deviceTypes() const { return m_baseline.deviceTypes; }
    [[nodiscard]] Domain::DeviceType deviceType(qint64 typeId) const;
    [[nodiscard]] QList<Domain::RackReservation> reservations(qint64 rackId) const;
    [[nodiscard]] Domain::DeviceLoad load(qint64 deviceId) const { return m_loads.value(deviceId); }
    [[nodiscard]] RackContents contents(qint64 rackId) const;
    [[nodiscard]] RackCapacity capacity(qint64 rackId) const;
    [[nodiscard]] RackCapacity siteCapacity() const;
    /// Devices whose name, serial, asset tag or address contains @p text.
    [[nodiscard]] QList<qint64> findDevices(const QString &text) const;

    [[nodiscard]] PlacementVerdict checkMove(qint64 deviceId, qint64 rackId, double position, const QString &face) const;
    [[nodiscard]] PlacementVerdict checkNewDevice(qint64 typeId, qint64 rackId, double position, const QString &face) const;

    /// Moves a device to another rack, face or position (its children follow).
    PlacementVerdict moveDevice(qint64 deviceId, qint64 rackId, double position, const QString &face);
    /// Places a new planned device of a type; its (negative) id is in
    /// lastAddedDeviceId() when accepted.
    PlacementVerdict addDevice(qint64 typeId, qint64 rackId, double position, const QString &face,
                               const QString &name = {});
    [[nodiscard]] qint64 lastAddedDeviceId() const { return m_lastAddedId; }
    /// Takes a device out of its rack (it stays at the site, unracked).
    bool unmountDevice(qint64 deviceId);
    /// Reserves whole units of a rack; refused when one holds a device.
    PlacementVerdict reserveUnits(qint64 rackId, const QList<int> &units, const QString &description);

    /// The differences between the plan and its baseline.
    [[nodiscard]] QList<PlanChange> changes() const;
    /// The plan as a JSON document.
    [[nodiscard]] QByteArray planDocument(const QString &name) const;
    /// Replays a plan document as one undoable step on top of the current
    /// state. Returns the changes that could not be applied, with why (the
    /// inventory moved on, the space is taken), as translated lines.
    [[nodiscard]] Result<QStringList> applyPlanDocument(const QByteArray &document);

    // For the undo commands: raw edits, no validation, no undo.
    void setPlacement(qint64 deviceId, qint64 rackId, double position, const QString &face);
    void insertDevice(const Domain::Device &device, const Domain::DeviceLoad &load);
    void eraseDevice(qint64 deviceId);
    void insertReservation(const Domain::RackReservation &reservation);
    void eraseReservation(qint64 reservationId);

signals:
    /// Everything was replaced (setSiteData()).
    void siteReset();
    /// The devices or reservations of a rack changed.
    void rackChanged(qint64 rackId);

private:
    [[nodiscard]] int deviceWidth(const Domain::Device &device) const;

    RackSiteData m_baseline;
    QHash<qint64, int> m_rackIndex;                   ///< rack id -> index in m_baseline.racks
    QHash<qint64, Domain::Device> m_devices;          ///< current state, plan applied
    QHash<qint64, QList<qint64>> m_byRack;            ///< rack id -> device ids
    QHash<qint64, Domain::DeviceLoad> m_loads;
    QHash<qint64, Domain::RackLimits> m_limits;
    QList<Domain::RackReservation> m_reservations;
    QUndoStack m_undoStack;
    qint64 m_nextNewId = -1;
    qint64 m_lastAddedId = 0;
};

} // namespace OpsDeck::Models
