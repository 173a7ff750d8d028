// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace OpsDeck::Domain {

// Rows the store returns for the topology graph: flat value types, cheap to
// copy, any thread.

/// One cable between two interfaces, with both ends' devices.
struct LinkRecord
{
    qint64 cableId = 0;
    QString cableStatus;      ///< "connected", "planned", "decommissioning"
    QString cableType;        ///< "smf", "cat6", ...
    qint64 aInterfaceId = 0;
    qint64 aDeviceId = 0;
    QString aInterface;
    qint64 aLagId = 0;        ///< the LAG the A interface is a member of, 0 if none
    QString aLagName;
    qint64 aSpeedKbps = 0;
    qint64 bInterfaceId = 0;
    qint64 bDeviceId = 0;
    QString bInterface;
    qint64 bLagId = 0;
    QString bLagName;
    qint64 bSpeedKbps = 0;
};

/// One end of a circuit: its site and, where it is cabled to an interface,
/// that interface and its device.
struct CircuitEndRecord
{
    qint64 circuitId = 0;
    QString cid;
    QString status;
    QString termSide;         ///< "A" or "Z"
    qint64 siteId = 0;        ///< 0 when the end is not a site (provider network)
    qint64 interfaceId = 0;
    qint64 deviceId = 0;
    QString interfaceName;
    qint64 portSpeedKbps = 0;
};

/// The optical side of a drawn edge: set on the edges that stand for Ciena
/// MCP links (FREs at an optical layer rate) between two devices, empty on
/// NetBox cabling. One edge bundles the links of one layer rate between the
/// same two devices.
struct OpticalEdgeRecord
{
    QString layerRate;   ///< "OTS", "OMS", "OCH", "OTU4", ...; empty: not optical
    QStringList freIds;  ///< MCP FRE ids in the bundle
    QStringList labels;  ///< their names
    QStringList aPorts;  ///< MCP port names on the edge's aDeviceId, per FRE
    QStringList bPorts;  ///< on bDeviceId
    int activeAlarms = 0;  ///< active MCP alarms on the ends' ports
    QString worstSeverity; ///< of those alarms ("CRITICAL", ...); empty when none

    [[nodiscard]] bool isOptical() const { return !layerRate.isEmpty(); }
    [[nodiscard]] int linkCount() const { return int(freIds.size()); }
};

/// Tag slugs per device id.
using DeviceTags = QHash<qint64, QStringList>;

} // namespace OpsDeck::Domain
