// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace OpsDeck::Domain {

// Value types the views read from the store: the mirrored objects with the
// names of what they refer to already resolved. Cheap to copy; any thread.

struct Region
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
};

struct Site
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString status;
    qint64 regionId = 0;
    QString regionName;
    QString facility;
    QString description;
    int rackCount = 0;
    int deviceCount = 0;
};

struct Location
{
    qint64 id = 0;
    QString name;
    qint64 siteId = 0;
    qint64 parentId = 0;
    int rackCount = 0;
};

struct Rack
{
    qint64 id = 0;
    QString name;
    QString facilityId;
    qint64 siteId = 0;
    qint64 locationId = 0;
    QString status;
    QString tenantName;
    QString formFactor;
    int width = 19;          ///< inches
    int uHeight = 42;
    int startingUnit = 1;
    bool descendingUnits = false;
    double usedUnits = 0;    ///< rack units taken by mounted devices, both faces counted once
    int deviceCount = 0;
};

struct Device
{
    qint64 id = 0;
    QString name;
    QString status;
    qint64 siteId = 0;
    QString siteName;
    qint64 locationId = 0;
    qint64 rackId = 0;
    QString rackName;
    double position = 0;     ///< lowest U occupied; 0 when not mounted
    QString face;            ///< "front", "rear" or empty
    double uHeight = 1;      ///< from the device type; 0 for 0U devices
    bool fullDepth = true;
    qint64 roleId = 0;
    QString roleName;
    QString roleColor;       ///< hex without '#'
    QString manufacturer;
    QString model;
    QString platform;
    QString tenantName;
    QString serial;
    QString assetTag;
    QString primaryIp;
    qint64 parentDeviceId = 0;
    QString deviceBay;
    QString airflow;
    QString description;
};

struct Interface
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QString name;
    QString type;
    bool enabled = true;
    bool mgmtOnly = false;
    qint64 speedKbps = 0;
    QString description;
    qint64 lagId = 0;
    qint64 cableId = 0;
    QString cableStatus;
    QString peerDevice;      ///< the device at the cable's far end, if any
    QString peerPort;        ///< the port at the cable's far end
    QStringList addresses;   ///< IP addresses assigned, "10.0.0.1/24"
    // The polled SNMP interface matched to it (Store interface_matches).
    qint64 polledIfIndex = 0; ///< IF-MIB ifIndex; 0 when no polled interface matches
    QString matchedBy;        ///< InterfaceMatch::matchedBy of that match
    qint64 rxSensorIndex = 0; ///< ENTITY-MIB index of its optical Rx power sensor; 0: none known
    qint64 txSensorIndex = 0; ///< ENTITY-MIB index of its optical Tx power sensor; 0: none known
};

/// A polled SNMP interface (ifIndex) of a device matched to one of the
/// device's NetBox interfaces, with the optical power sensors found for it.
struct InterfaceMatch
{
    qint64 ifIndex = 0;
    qint64 interfaceId = 0;
    /// The rule that matched: "ifName", "ifDescr", "ifAlias" (exact),
    /// "ifName-nocase", ... (case and spaces ignored), "ifName-normalised", ...
    /// (vendor abbreviations too), or "demo".
    QString matchedBy;
    qint64 rxSensor = 0; ///< entity index of the Rx power sensor, 0: none
    qint64 txSensor = 0; ///< entity index of the Tx power sensor, 0: none
    QString matchedAt;   ///< when it was stored (ISO 8601 UTC), read back only

    /// Equal as a match (matchedAt aside).
    [[nodiscard]] bool sameAs(const InterfaceMatch &o) const
    {
        return ifIndex == o.ifIndex && interfaceId == o.interfaceId && matchedBy == o.matchedBy
            && rxSensor == o.rxSensor && txSensor == o.txSensor;
    }
};

/// A hit of the global search.
struct SearchHit
{
    enum class Kind { Device, Rack, Interface, IpAddress, Site };
    Kind kind = Kind::Device;
    qint64 id = 0;           ///< id of the object hit
    qint64 deviceId = 0;     ///< the device it belongs to, where there is one
    QString label;           ///< what matched, e.g. the device name
    QString detail;          ///< context, e.g. "serial SN001 · DC-AMS1"
};

} // namespace OpsDeck::Domain

Q_DECLARE_METATYPE(OpsDeck::Domain::Device)
