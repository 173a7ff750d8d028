// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Value types of the Ciena MCP optical domain as OpsDeck keeps them. They are
// plain, implicitly shared and safe to pass between threads.

namespace OpsDeck::Mcp {

/// An MCP network construct of type networkElement (an optical node).
struct NetworkElement
{
    QString id; ///< NC UUID
    QString name;
    QString ipAddress;
    QString macAddress;
    QString serialNumber;
    QString typeGroup;     ///< "Ciena6500"
    QString resourceType;  ///< "6500"
    QString deviceVersion; ///< "6500-T24 PACKET-OPTICAL"
    QString softwareVersion;
    QString constructType; ///< networkElement, shelf, osrpNode, manual

    bool operator==(const NetworkElement &) const = default;
};

/// A shelf, card, pluggable, fan or PSU of a network element.
struct Equipment
{
    QString id; ///< "<ncUUID>::EQPT_<n>"
    QString networkElementId;
    QString category; ///< shelf, card, pluggable, ...
    QString name;     ///< displayData.displayName
    QString nativeName;
    QString state; ///< IS / OOS
    QString cardType;
    QString serialNumber; ///< installedSpec, else provisionedSpec
    QString partNumber;
    QString manufacturer;
    QString shelf;
    QString slot;
    QString subslot;

    bool operator==(const Equipment &) const = default;
};

/// A termination point (port) of a network element.
struct Tpe
{
    QString id; ///< "<ncUUID>::TPE_..."
    QString networkElementId;
    QString nativeName;    ///< "PTP-1-3-1"; the facilityNameNative of PM queries
    QString structureType; ///< PTP, CTPServerToClient, ...
    QString state;
    QString shelf;
    QString slot;
    QString port;

    bool operator==(const Tpe &) const = default;
};

/// A forwarding resource: an infrastructure link or a service at a layer rate.
struct Fre
{
    QString id; ///< signed 64-bit integer as a string
    QString name; ///< userLabel, else mgmtName
    QString layerRate;    ///< OTS, OMS, OCH, OTU4, ETHERNET, ...
    QString serviceClass; ///< Fiber, ROADM Line, Photonic, EVC, ...
    QString freType;      ///< "link", "service", ... (attributes.type) [INFERRED]
    QString operationState;
    QStringList tpeIds; ///< end points in order (A then Z)

    /// True for the photonic and OTN layer rates that form the optical topology.
    [[nodiscard]] bool isOptical() const;
    bool operator==(const Fre &) const = default;
};

enum class AlarmSeverity { Critical, Major, Minor, Warning, Info, Indeterminate };

/// An active (or cleared) alarm, from the NSA v1 or v2_0 shape.
struct Alarm
{
    QString id;
    QString networkElementId; ///< v1 node-id; empty in v2_0 (matched by name or IP)
    QString deviceName;
    QString ipAddress;
    QString resource;
    QString condition;  ///< native-condition-type
    AlarmSeverity severity = AlarmSeverity::Indeterminate;
    QString state = QStringLiteral("ACTIVE");
    bool serviceAffecting = false;
    bool acknowledged = false;
    QDateTime firstRaised; ///< UTC
    QDateTime lastRaised;  ///< UTC
    QString additionalText;
    int occurrences = 1;

    bool operator==(const Alarm &) const = default;
};

[[nodiscard]] QString severityName(AlarmSeverity severity);
[[nodiscard]] AlarmSeverity severityFromName(const QString &name);

/// One PM value of one facility.
struct PmSample
{
    QString networkElementId;
    QString networkElementName;
    QString facility;  ///< facilityNameNative
    QString parameter; ///< e.g. RX_OPTICAL_POWER
    QString unit;      ///< e.g. dBm
    QString granularity; ///< 15_MINUTE or 1_HOUR
    qint64 timestampMs = 0;
    double value = 0;
};

/// A performance threshold MCP reports for one facility and parameter
/// [INFERRED shape: `attributes.thresholds` beside `tags` and `values`].
struct PmThreshold
{
    QString networkElementId;
    QString facility;  ///< facilityNameNative
    QString parameter; ///< e.g. RX_OPTICAL_POWER
    QString level;     ///< "lowAlarm", "lowWarning", "highWarning" or "highAlarm"
    double value = 0;

    bool operator==(const PmThreshold &) const = default;
};

/// Everything one PM query read: samples and the thresholds that came with them.
struct PmResult
{
    QList<PmSample> samples;
    QList<PmThreshold> thresholds; ///< once per series, level and facility
};

/// A JSON:API collection page.
template<typename T>
struct Page
{
    QList<T> items;
    QUrl next;        ///< links.next; empty on the last page
    qint64 total = -1; ///< meta.total (or query-total) when given
};

/// A page of a PM v3 query.
struct PmPage
{
    QList<PmSample> samples;
    QList<PmThreshold> thresholds;
    QUrl nextInterval; ///< links.nextInterval, relative or absolute
};

/// Everything a full inventory sync reads.
struct Inventory
{
    QList<NetworkElement> networkElements;
    QList<Equipment> equipment;
    QList<Tpe> tpes;
    QList<Fre> fres;
    QList<Alarm> alarms;
};

/// An optical link as an edge between two devices, for the topology graph.
/// Devices are NetBox device ids (0 when the network element is unmatched);
/// the MCP names and ports are always set.
struct OpticalEdge
{
    QString freId;
    QString label;
    QString layerRate;
    QString aNetworkElementId;
    QString aNetworkElementName;
    QString aPort;
    qint64 aDeviceId = 0;
    QString zNetworkElementId;
    QString zNetworkElementName;
    QString zPort;
    qint64 zDeviceId = 0;
    int activeAlarms = 0; ///< alarms on either end's ports

    bool operator==(const OpticalEdge &) const = default;
};

/// How a network element was matched to a NetBox device.
enum class MatchMethod { None, Name, IpAddress, Serial, Manual };

/// Store spelling of a match method ("name", "ip", "serial", "manual", "" for None).
[[nodiscard]] QString matchMethodName(MatchMethod method);
[[nodiscard]] MatchMethod matchMethodFromName(const QString &name);

struct NeMatch
{
    QString networkElementId;
    QString networkElementName;
    qint64 deviceId = 0; ///< 0: unmatched, in the review list
    QString deviceName;
    MatchMethod method = MatchMethod::None;
    QStringList candidates; ///< for the review: device names that nearly match
};

} // namespace OpsDeck::Mcp

Q_DECLARE_METATYPE(OpsDeck::Mcp::Inventory)
