// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OpsDeck::Domain {

/// The NetBox DCIM/IPAM object types OpsDeck mirrors, in dependency order:
/// an object only refers to kinds listed before it (except self references
/// such as a LAG parent, and circular ones NetBox itself allows such as a
/// device's primary IP).
enum class ObjectKind {
    Tag,
    Tenant,
    Region,
    Site,
    Location,
    Manufacturer,
    DeviceType,
    DeviceRole,
    Platform,
    Rack,
    RackReservation,
    Device,
    Module,
    Interface,
    FrontPort,
    RearPort,
    ConsolePort,
    PowerPanel,
    PowerFeed,
    PowerPort,
    PowerOutlet,
    Vlan,
    Prefix,
    IpAddress,
    Provider,
    Circuit,
    CircuitTermination,
    Cable,
};

/// How a column's value is read from a NetBox JSON object.
enum class Extract {
    Plain,  ///< the JSON scalar as it is
    Choice, ///< a choice field: {"value": v, "label": l} or a bare scalar
    Ref,    ///< a related object: its "id" (nested object) or a bare integer id
    Json,   ///< any JSON value kept as compact JSON text
};

/// The SQL type of a mirrored column.
enum class ColumnType { Integer, Real, Text, Boolean };

/// A NetBox release as major * 100 + minor: 3.1 is 301, 4.6 is 406. 0 is
/// "unknown": every field and endpoint is assumed to exist.
using Release = int;

/// [major.minor, major.minor] in Release form: the releases that have a
/// field or an endpoint. 0 leaves a side open.
struct ReleaseRange
{
    Release since = 0;
    Release until = 0;
    [[nodiscard]] bool contains(Release release) const
    {
        return release == 0 || ((since == 0 || release >= since) && (until == 0 || release <= until));
    }
};

/// One mirrored column: its SQL name and type and where it is read from.
/// `paths` are alternatives tried in order, each a dotted path; the first one
/// present in the object is used (this is how renamed fields of older NetBox
/// versions are read: "role|device_role"). `releases` (same length) says
/// which NetBox releases serve each path: device_role until 3.7, role from
/// 3.6, an interface's speed from 3.2.
struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    Extract extract = Extract::Plain;
    QList<QStringList> paths;
    bool required = false;
    QList<ReleaseRange> releases;

    /// The paths the release serves, in order of preference.
    [[nodiscard]] QList<QStringList> pathsIn(Release release) const;
};

/// Static facts about a kind: its table, API endpoint and content type.
struct KindInfo
{
    ObjectKind kind;
    QString key;         ///< stable identifier, e.g. "device"
    QString table;       ///< store table, e.g. "devices"
    QString endpoint;    ///< API path below /api/, e.g. "dcim/devices"
    QString contentType; ///< NetBox object type, e.g. "dcim.device"
    QList<ColumnSpec> columns; ///< mirrored columns; "id" first, "last_updated" last
    ReleaseRange releases;     ///< the releases with this endpoint (modules: from 3.2)

    [[nodiscard]] bool existsIn(Release release) const { return releases.contains(release); }
};

/// Every kind, in dependency order.
[[nodiscard]] const QList<KindInfo> &allKinds();
[[nodiscard]] const KindInfo &kindInfo(ObjectKind kind);
/// The kind with a content type such as "dcim.interface"; nullptr if none.
[[nodiscard]] const KindInfo *kindForContentType(const QString &contentType);
/// The kind with a key such as "device"; nullptr if none.
[[nodiscard]] const KindInfo *kindForKey(const QString &key);
/// The kinds the release has, in dependency order.
[[nodiscard]] QList<const KindInfo *> kindsIn(Release release);

} // namespace OpsDeck::Domain
