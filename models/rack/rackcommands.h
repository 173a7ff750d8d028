// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QUndoCommand>

#include "backend/domain/inventory.h"
#include "backend/domain/rackplanning.h"

namespace OpsDeck::Models {

class RackPlanModel;

/// Where a device sits: rack, lowest unit and face (all empty when unracked).
struct RackSlot
{
    qint64 rackId = 0;
    double position = 0;
    QString face;
};

/// Moves a device between racks, faces and positions. The model outlives
/// the command (it owns the undo stack).
class MoveDeviceCommand final : public QUndoCommand
{
public:
    MoveDeviceCommand(RackPlanModel *model, qint64 deviceId, RackSlot from, RackSlot to, const QString &text);
    void undo() override;
    void redo() override;

private:
    RackPlanModel *m_model;
    qint64 m_deviceId;
    RackSlot m_from;
    RackSlot m_to;
};

/// Adds a planned device.
class AddDeviceCommand final : public QUndoCommand
{
public:
    AddDeviceCommand(RackPlanModel *model, Domain::Device device, Domain::DeviceLoad load, const QString &text);
    void undo() override;
    void redo() override;

private:
    RackPlanModel *m_model;
    Domain::Device m_device;
    Domain::DeviceLoad m_load;
};

/// Adds a planned rack reservation.
class ReserveUnitsCommand final : public QUndoCommand
{
public:
    ReserveUnitsCommand(RackPlanModel *model, Domain::RackReservation reservation, const QString &text);
    void undo() override;
    void redo() override;

private:
    RackPlanModel *m_model;
    Domain::RackReservation m_reservation;
};

} // namespace OpsDeck::Models
