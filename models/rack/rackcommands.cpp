// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/rack/rackcommands.h"

#include "models/rack/rackplanmodel.h"

namespace OpsDeck::Models {

MoveDeviceCommand::MoveDeviceCommand(RackPlanModel *model, qint64 deviceId, RackSlot from, RackSlot to,
                                     const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_deviceId(deviceId)
    , m_from(std::move(from))
    , m_to(std::move(to))
{}

void MoveDeviceCommand::undo()
{
    m_model->setPlacement(m_deviceId, m_from.rackId, m_from.position, m_from.face);
}

void MoveDeviceCommand::redo()
{
    m_model->setPlacement(m_deviceId, m_to.rackId, m_to.position, m_to.face);
}

AddDeviceCommand::AddDeviceCommand(RackPlanModel *model, Domain::Device device, Domain::DeviceLoad load,
                                   const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_device(std::move(device))
    , m_load(load)
{}

void AddDeviceCommand::undo()
{
    m_model->eraseDevice(m_device.id);
}

void AddDeviceCommand::redo()
{
    m_model->insertDevice(m_device, m_load);
}

ReserveUnitsCommand::ReserveUnitsCommand(RackPlanModel *model, Domain::RackReservation reservation,
                                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_reservation(std::move(reservation))
{}

void ReserveUnitsCommand::undo()
{
    m_model->eraseReservation(m_reservation.id);
}

void ReserveUnitsCommand::redo()
{
    m_model->insertReservation(m_reservation);
}

} // namespace OpsDeck::Models
