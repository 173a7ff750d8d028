// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace OpsDeck::Domain {

// Value types for rack planning, read from the store beside the inventory
// views: the device-type catalogue, rack reservations and the weight and
// power figures placement rules check. Cheap to copy; any thread.

/// A device type of the catalogue (the planning palette).
struct DeviceType
{
    qint64 id = 0;
    QString manufacturer;
    QString model;
    QString partNumber;
    double uHeight = 1;      ///< 0 for 0U devices; may be a half unit
    bool fullDepth = true;
    QString airflow;
    double weightKg = 0;     ///< 0 when unknown
    QString subdeviceRole;   ///< "parent", "child" or empty
    QString frontImage;      ///< URL or path, empty when none
    QString rearImage;
};

/// Units of a rack reserved for a tenant or purpose.
struct RackReservation
{
    qint64 id = 0;
    qint64 rackId = 0;
    QList<int> units;
    QString tenantName;
    QString user;
    QString description;
};

/// What a rack can carry, where known.
struct RackLimits
{
    qint64 rackId = 0;
    double maxWeightKg = 0;  ///< 0 when unknown
    int powerBudgetW = 0;    ///< what the rack's power feeds supply; 0 when unknown
};

/// What one device weighs and draws, where known.
struct DeviceLoad
{
    qint64 deviceId = 0;
    qint64 deviceTypeId = 0;
    double weightKg = 0;
    int allocatedDrawW = 0;
};

} // namespace OpsDeck::Domain
