// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace OpsDeck::Snmp {

/// SNMPv2-MIB system group of one agent.
struct SystemInfo
{
    QString descr;
    QString objectId;
    quint64 upTimeTicks = 0; ///< hundredths of a second since the agent (re)started
    QString contact;
    QString name;
    QString location;
};

/// One row of IF-MIB ifTable + ifXTable. Counters prefer the 64-bit HC
/// columns; `counterBits` says which width was read.
struct InterfaceStats
{
    int ifIndex = 0;
    QString descr; ///< ifDescr
    QString name;  ///< ifName
    QString alias; ///< ifAlias
    int type = 0;
    int mtu = 0;
    quint64 speedBps = 0; ///< ifHighSpeed * 1e6 when present, else ifSpeed
    int adminStatus = 0;  ///< 1 up, 2 down, 3 testing
    int operStatus = 0;   ///< 1 up, 2 down, ... 7 lowerLayerDown
    quint64 inOctets = 0;
    quint64 outOctets = 0;
    quint64 inUcastPkts = 0;
    quint64 outUcastPkts = 0;
    quint64 inErrors = 0;
    quint64 outErrors = 0;
    quint64 inDiscards = 0;
    quint64 outDiscards = 0;
    int counterBits = 32;           ///< 64 when the HC octet counters were read
    quint64 discontinuityTicks = 0; ///< ifCounterDiscontinuityTime
};

/// Unit of an ENTITY-SENSOR-MIB sensor (entPhySensorType).
enum class SensorUnit {
    Other,
    Unknown,
    VoltsAc,
    VoltsDc,
    Amperes,
    Watts,
    Hertz,
    Celsius,
    PercentRh,
    Rpm,
    Cmm,
    TruthValue,
    SpecialEnum,
    Dbm
};

/// One sensor reading with scale and precision applied.
struct SensorReading
{
    int entityIndex = 0;
    QString name; ///< entPhysicalName, else entPhysicalDescr
    QString descr;
    SensorUnit unit = SensorUnit::Unknown;
    double value = 0; ///< in `unit` (degrees Celsius, dBm, volts, ...)
    qint64 rawValue = 0;
    int scaleExponent = 0; ///< power of ten of entPhySensorScale
    int precision = 0;
    bool ok = true; ///< entPhySensorOperStatus ok(1)
};

/// One LLDP-MIB remote system seen on a local port.
struct LldpNeighbour
{
    int localPortNum = 0;
    QString localPortId; ///< lldpLocPortId (usually the interface name)
    QString localPortDesc;
    QString chassisId; ///< MAC addresses as aa:bb:cc:dd:ee:ff
    int chassisIdSubtype = 0;
    QString portId;
    int portIdSubtype = 0;
    QString portDesc;
    QString systemName;
    QString systemDescr;
};

/// Load of one PDU phase/bank.
struct PduLoad
{
    int index = 0;
    double amperes = 0;
};

/// Everything one collection read from a device.
struct DeviceSnapshot
{
    QString device; ///< peer name of the target
    QDateTime collectedAt;
    SystemInfo system;
    QList<InterfaceStats> interfaces;
    QList<SensorReading> sensors;
    QList<LldpNeighbour> neighbours;
    QList<PduLoad> pduLoads;
    /// ENTITY-MIB entPhysicalSoftwareRev by entity index, the non-empty
    /// ones (read with the sensors).
    QMap<int, QString> softwareRevisions;
    QStringList warnings; ///< parts that failed (e.g. "lldp: timeout") while the rest succeeded
};

} // namespace OpsDeck::Snmp

Q_DECLARE_METATYPE(OpsDeck::Snmp::DeviceSnapshot)
