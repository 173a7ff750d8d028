// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/snmp/devicedata.h"
#include "backend/snmp/snmptypes.h"

/// Pure functions turning walked varbinds into device data. Thread-safe.
namespace OpsDeck::Snmp::MibParsers {

[[nodiscard]] SystemInfo parseSystem(const VarBindList &varBinds);
/// ifTable and ifXTable walks (either may be empty), rows ordered by ifIndex.
[[nodiscard]] QList<InterfaceStats> parseInterfaces(const VarBindList &ifTable, const VarBindList &ifXTable);
/// entPhySensorTable joined with entPhysicalTable names.
[[nodiscard]] QList<SensorReading> parseSensors(const VarBindList &sensorTable, const VarBindList &physicalTable);
/// lldpRemTable joined with lldpLocPortTable.
[[nodiscard]] QList<LldpNeighbour> parseLldp(const VarBindList &remoteTable, const VarBindList &localPortTable);
/// APC rPDULoadStatusLoad / rPDU2PhaseStatusCurrent columns.
[[nodiscard]] QList<PduLoad> parsePduLoads(const VarBindList &varBinds);
/// An entPhysicalSoftwareRev walk: the non-empty revisions by entity index.
[[nodiscard]] QMap<int, QString> parseSoftwareRevisions(const VarBindList &varBinds);

/// entPhySensorScale enumeration to its power of ten (units(9) -> 0, milli(8) -> -3).
[[nodiscard]] int sensorScaleExponent(int scale);
/// value * 10^exponent / 10^precision.
[[nodiscard]] double scaledSensorValue(qint64 value, int scale, int precision);
/// An LLDP id as text: MAC addresses (subtype 4 for chassis, 3 for port)
/// as aa:bb:.., printable strings as they are, other bytes as hex.
[[nodiscard]] QString lldpIdText(const QByteArray &bytes, int subtype, bool chassis);

} // namespace OpsDeck::Snmp::MibParsers
