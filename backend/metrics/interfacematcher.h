// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

#include "backend/domain/inventory.h"
#include "backend/snmp/devicedata.h"

namespace OpsDeck::Metrics {

/// Matches the interfaces an SNMP poll found on a device (IF-MIB ifTable +
/// ifXTable rows) to the device's NetBox interfaces, and its optical power
/// sensors (ENTITY-SENSOR-MIB) to those interfaces.
///
/// Interface rules, in order of trust; each pass only sees what the earlier
/// ones left unmatched:
///  1. NetBox name == ifName, 2. == ifDescr, 3. == ifAlias (exactly);
///  4.-6. the same ignoring case and white space ("-nocase");
///  7.-9. the same with vendor abbreviations expanded as well
///     ("Gi0/1" = "GigabitEthernet0/1", "Eth1/1" = "Ethernet1/1",
///     "Po10" = "Port-channel10", "mgmt0" = "Management0"; "-normalised").
/// A NetBox interface matches at most one ifIndex and an ifIndex at most one
/// NetBox interface. When a key of a pass is shared by several NetBox
/// interfaces or several polled rows, none of them matches in that pass:
/// ties are never guessed.
///
/// Sensors: an optical power sensor (isOpticalPowerSensor()) whose name
/// names exactly one polled interface (ifName or ifDescr, normalised) as a
/// word ("DOM RX Power Sensor for Ethernet5", "Te1/1/1 Receive Power
/// Sensor") is that interface's Rx or Tx sensor, unless several sensors
/// claim the same place (lanes of a QSFP): then none of them.
///
/// Pure functions of their arguments; any thread.
class InterfaceMatcher final
{
public:
    /// Matches sorted by ifIndex; matchedBy names the rule (see InterfaceMatch).
    [[nodiscard]] static QList<Domain::InterfaceMatch> match(const QList<Domain::Interface> &netbox,
                                                             const QList<Snmp::InterfaceStats> &polled,
                                                             const QList<Snmp::SensorReading> &sensors = {});
    /// A sensor whose name (entPhysicalName, else entPhysicalDescr) says Rx
    /// or Tx ("rx", "receive", "tx", "transmit") and whose unit is dBm, or
    /// watts with "power" in the name.
    [[nodiscard]] static bool isOpticalPowerSensor(const Snmp::SensorReading &sensor);
    /// Whether two match lists are the same (order and matchedAt aside).
    [[nodiscard]] static bool sameMatches(QList<Domain::InterfaceMatch> a, QList<Domain::InterfaceMatch> b);
};

} // namespace OpsDeck::Metrics
