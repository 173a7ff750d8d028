// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtNumeric>

#include "backend/alarms/alarmtypes.h"
#include "backend/domain/inventory.h"
#include "backend/domain/rackplanning.h"

namespace OpsDeck::Models {

/// A device role a device the plan adds can take.
struct RackRole
{
    qint64 id = 0;
    QString name;
    QString color; ///< hex without '#'
};

/// Everything the rack views and the planner need about one site, read in
/// one go by a RackDataSource. Implicitly shared lists: cheap to copy, safe
/// to hand across threads.
struct RackSiteData
{
    Domain::Site site;
    QList<Domain::Location> locations;
    QList<Domain::Rack> racks;             ///< ordered by name
    QList<Domain::Device> devices;         ///< every device of the site, racked or not
    QList<Domain::DeviceType> deviceTypes; ///< the whole catalogue
    QList<Domain::RackReservation> reservations;
    QList<Domain::RackLimits> limits;
    QList<Domain::DeviceLoad> loads;
    QList<RackRole> roles;                 ///< roles of the site's devices, by name
};

/// Live state of one device drawn over its faceplate: what polling found
/// and the alarms it has (see RackLiveStateMerger).
struct RackLiveState
{
    bool polled = false; ///< false: no polled state, none drawn
    bool reachable = true;
    int alarms = 0;                                ///< active alarms, drawn whether polled or not
    std::optional<Alarms::Severity> alarmSeverity; ///< the worst of them, when known
    double inletTempC = qQNaN();                   ///< NaN when not polled
    int linksUp = -1;                              ///< -1 when not polled
    int linksTotal = -1;
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::RackSiteData)
