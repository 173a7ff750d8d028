// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/domain/objectkind.h"

#include <QHash>

namespace OpsDeck::Domain {

namespace {

Release parseRelease(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    return text.isEmpty() ? 0 : parts.value(0).toInt() * 100 + parts.value(1).toInt();
}

// "a.b@3.2|c@-3.1" -> paths [["a","b"],["c"]], releases [3.2-, -3.1]:
// "@since", "@-until" or "@since-until" after a path names the releases
// that serve it; no "@" means every release.
ColumnSpec column(const char *name, ColumnType type, Extract extract, const char *paths = nullptr, bool required = false)
{
    ColumnSpec spec{QString::fromLatin1(name), type, extract, {}, required, {}};
    for (const QString &alt : QString::fromLatin1(paths ? paths : name).split(QLatin1Char('|'))) {
        const QString path = alt.section(QLatin1Char('@'), 0, 0);
        const QString range = alt.section(QLatin1Char('@'), 1);
        spec.paths << path.split(QLatin1Char('.'));
        spec.releases << ReleaseRange{parseRelease(range.section(QLatin1Char('-'), 0, 0)),
                                      parseRelease(range.section(QLatin1Char('-'), 1))};
    }
    return spec;
}

// Small builders that keep the table below readable.
ColumnSpec text(const char *name, const char *paths = nullptr)
{
    return column(name, ColumnType::Text, Extract::Plain, paths);
}
ColumnSpec requiredText(const char *name, const char *paths = nullptr)
{
    return column(name, ColumnType::Text, Extract::Plain, paths, true);
}
ColumnSpec integer(const char *name, const char *paths = nullptr)
{
    return column(name, ColumnType::Integer, Extract::Plain, paths);
}
ColumnSpec real(const char *name, const char *paths = nullptr)
{
    return column(name, ColumnType::Real, Extract::Plain, paths);
}
ColumnSpec boolean(const char *name, const char *paths = nullptr)
{
    return column(name, ColumnType::Boolean, Extract::Plain, paths);
}
ColumnSpec choice(const char *name, const char *paths = nullptr, ColumnType type = ColumnType::Text)
{
    return column(name, type, Extract::Choice, paths);
}
ColumnSpec ref(const char *name, const char *paths, bool required = false)
{
    return column(name, ColumnType::Integer, Extract::Ref, paths, required);
}
ColumnSpec json(const char *name, const char *paths = nullptr)
{
    return column(name, ColumnType::Text, Extract::Json, paths);
}

// `lastUpdated` names the releases whose serializer shows last_updated
// (3.0 left it out on tags, reservations, power panels, circuit
// terminations and cables).
KindInfo kind(ObjectKind k, const char *key, const char *table, const char *endpoint, const char *contentType,
              QList<ColumnSpec> columns, const char *lastUpdated = "last_updated", ReleaseRange releases = {})
{
    QList<ColumnSpec> all;
    all << column("id", ColumnType::Integer, Extract::Plain, "id", true);
    all << columns;
    all << text("last_updated", lastUpdated);
    return KindInfo{k,
                    QString::fromLatin1(key),
                    QString::fromLatin1(table),
                    QString::fromLatin1(endpoint),
                    QString::fromLatin1(contentType),
                    all,
                    releases};
}

// Release numbers of the serializer changes the columns below follow
// (read in NetBox's serializers at each release's tag).
constexpr const char *kLastUpdatedFrom31 = "last_updated@3.1";
constexpr const char *kModuleFrom32 = "module@3.2";

// One table, one statement per kind: long because NetBox has many kinds,
// not because it does many things; splitting it would only scatter the table.
QList<KindInfo> buildKinds()
{
    using K = ObjectKind;
    QList<KindInfo> kinds;
    kinds << kind(K::Tag, "tag", "tags", "extras/tags", "extras.tag",
                  {requiredText("name"), text("slug"), text("color"), text("description")}, kLastUpdatedFrom31);
    kinds << kind(K::Tenant, "tenant", "tenants", "tenancy/tenants", "tenancy.tenant",
                  {requiredText("name"), text("slug"), ref("group_id", "group"), text("description"),
                   json("tags"), json("custom_fields")});
    kinds << kind(K::Region, "region", "regions", "dcim/regions", "dcim.region",
                  {requiredText("name"), text("slug"), ref("parent_id", "parent"), text("description")});
    kinds << kind(K::Site, "site", "sites", "dcim/sites", "dcim.site",
                  {requiredText("name"), text("slug"), choice("status"), ref("region_id", "region"),
                   ref("tenant_id", "tenant"), text("facility"), text("time_zone"), text("physical_address"),
                   real("latitude"), real("longitude"), text("description"), json("tags"), json("custom_fields")});
    kinds << kind(K::Location, "location", "locations", "dcim/locations", "dcim.location",
                  {requiredText("name"), text("slug"), ref("site_id", "site", true), ref("parent_id", "parent"),
                   choice("status", "status@3.3"), ref("tenant_id", "tenant@3.1"), text("description"),
                   json("tags", "tags@3.1")});
    kinds << kind(K::Manufacturer, "manufacturer", "manufacturers", "dcim/manufacturers", "dcim.manufacturer",
                  {requiredText("name"), text("slug"), text("description")});
    kinds << kind(K::DeviceType, "device-type", "device_types", "dcim/device-types", "dcim.devicetype",
                  {ref("manufacturer_id", "manufacturer", true), requiredText("model"), text("slug"),
                   text("part_number"), real("u_height"), boolean("is_full_depth"), choice("airflow", "airflow@3.1"),
                   real("weight", "weight@3.4"), choice("weight_unit", "weight_unit@3.4"), choice("subdevice_role"),
                   text("front_image"), text("rear_image"), text("description", "description@3.4"), json("tags")});
    kinds << kind(K::DeviceRole, "device-role", "device_roles", "dcim/device-roles", "dcim.devicerole",
                  {requiredText("name"), text("slug"), text("color"), boolean("vm_role"), text("description")});
    kinds << kind(K::Platform, "platform", "platforms", "dcim/platforms", "dcim.platform",
                  {requiredText("name"), text("slug"), ref("manufacturer_id", "manufacturer"), text("description")});
    kinds << kind(K::Rack, "rack", "racks", "dcim/racks", "dcim.rack",
                  {requiredText("name"), text("facility_id"), ref("site_id", "site", true),
                   ref("location_id", "location"), ref("tenant_id", "tenant"), choice("status"),
                   ref("role_id", "role"), text("serial"), text("asset_tag"), choice("form_factor", "form_factor@4.1|type@-4.0"),
                   choice("width", nullptr, ColumnType::Integer), integer("u_height"),
                   integer("starting_unit", "starting_unit@3.6"), boolean("desc_units"), integer("outer_width"),
                   integer("outer_depth"), choice("outer_unit"), integer("mounting_depth", "mounting_depth@3.4"),
                   real("max_weight", "max_weight@3.4"), choice("weight_unit", "weight_unit@3.4"),
                   choice("airflow", "airflow@4.1"), text("description", "description@3.4"), json("tags"),
                   json("custom_fields")});
    kinds << kind(K::RackReservation, "rack-reservation", "rack_reservations", "dcim/rack-reservations",
                  "dcim.rackreservation",
                  {ref("rack_id", "rack", true), json("units"), choice("status", "status@4.4"), ref("tenant_id", "tenant"),
                   text("user_name", "user.username|user.display"), text("description")},
                  kLastUpdatedFrom31);
    kinds << kind(K::Device, "device", "devices", "dcim/devices", "dcim.device",
                  {text("name"), ref("device_type_id", "device_type", true),
                   ref("role_id", "role@3.6|device_role@-3.7", true),
                   ref("tenant_id", "tenant"), ref("platform_id", "platform"), text("serial"), text("asset_tag"),
                   ref("site_id", "site", true), ref("location_id", "location"), ref("rack_id", "rack"),
                   real("position"), choice("face"), ref("parent_device_id", "parent_device"),
                   text("device_bay", "parent_device.device_bay.name"), choice("status"), choice("airflow", "airflow@3.1"),
                   ref("primary_ip4_id", "primary_ip4"), ref("primary_ip6_id", "primary_ip6"),
                   ref("oob_ip_id", "oob_ip@3.6"), ref("virtual_chassis_id", "virtual_chassis"),
                   text("description", "description@3.4"), json("tags"), json("custom_fields")});
    kinds << kind(K::Module, "module", "modules", "dcim/modules", "dcim.module",
                  {ref("device_id", "device", true), ref("module_bay_id", "module_bay"),
                   text("module_bay_name", "module_bay.name"), ref("module_type_id", "module_type"),
                   text("module_type_model", "module_type.model"), choice("status", "status@3.4"), text("serial"),
                   text("asset_tag"), text("description", "description@3.4")},
                  "last_updated", {302, 0});
    kinds << kind(K::Interface, "interface", "interfaces", "dcim/interfaces", "dcim.interface",
                  {ref("device_id", "device", true), ref("module_id", kModuleFrom32), requiredText("name"), text("label"),
                   choice("type"), boolean("enabled"), ref("parent_id", "parent"), ref("lag_id", "lag"),
                   integer("mtu"), text("mac_address"), integer("speed", "speed@3.2"), choice("duplex", "duplex@3.2"),
                   boolean("mgmt_only"), choice("mode"), ref("untagged_vlan_id", "untagged_vlan"),
                   ref("cable_id", "cable"), text("cable_end", "cable_end@3.3"), boolean("mark_connected"),
                   text("description")});
    kinds << kind(K::FrontPort, "front-port", "front_ports", "dcim/front-ports", "dcim.frontport",
                  {ref("device_id", "device", true), ref("module_id", kModuleFrom32), requiredText("name"), text("label"),
                   choice("type"), text("color"), ref("rear_port_id", "rear_port@-4.4|rear_ports.0.rear_port@4.5"),
                   integer("rear_port_position",
                           "rear_port_position@-4.4|rear_ports.0.rear_port_position@4.5"),
                   ref("cable_id", "cable"), text("description")});
    kinds << kind(K::RearPort, "rear-port", "rear_ports", "dcim/rear-ports", "dcim.rearport",
                  {ref("device_id", "device", true), ref("module_id", kModuleFrom32), requiredText("name"), text("label"),
                   choice("type"), text("color"), integer("positions"), ref("cable_id", "cable"),
                   text("description")});
    kinds << kind(K::ConsolePort, "console-port", "console_ports", "dcim/console-ports", "dcim.consoleport",
                  {ref("device_id", "device", true), ref("module_id", kModuleFrom32), requiredText("name"), text("label"),
                   choice("type"), choice("speed", nullptr, ColumnType::Integer), ref("cable_id", "cable"),
                   text("description")});
    kinds << kind(K::PowerPanel, "power-panel", "power_panels", "dcim/power-panels", "dcim.powerpanel",
                  {ref("site_id", "site", true), ref("location_id", "location"), requiredText("name"),
                   text("description", "description@3.4")},
                  kLastUpdatedFrom31);
    kinds << kind(K::PowerFeed, "power-feed", "power_feeds", "dcim/power-feeds", "dcim.powerfeed",
                  {ref("power_panel_id", "power_panel", true), ref("rack_id", "rack"), requiredText("name"),
                   choice("status"), choice("type"), choice("supply"), choice("phase"), real("voltage"),
                   real("amperage"), integer("max_utilization"), ref("cable_id", "cable"),
                   text("description", "description@3.4")});
    kinds << kind(K::PowerPort, "power-port", "power_ports", "dcim/power-ports", "dcim.powerport",
                  {ref("device_id", "device", true), ref("module_id", kModuleFrom32), requiredText("name"), text("label"),
                   choice("type"), integer("maximum_draw"), integer("allocated_draw"), ref("cable_id", "cable"),
                   text("description")});
    kinds << kind(K::PowerOutlet, "power-outlet", "power_outlets", "dcim/power-outlets", "dcim.poweroutlet",
                  {ref("device_id", "device", true), ref("module_id", kModuleFrom32), requiredText("name"), text("label"),
                   choice("type"), ref("power_port_id", "power_port"), choice("feed_leg"), ref("cable_id", "cable"),
                   text("description")});
    kinds << kind(K::Vlan, "vlan", "vlans", "ipam/vlans", "ipam.vlan",
                  {ref("site_id", "site"), ref("group_id", "group"), integer("vid"), requiredText("name"),
                   ref("tenant_id", "tenant"), choice("status"), ref("role_id", "role"), text("description"),
                   json("tags")});
    kinds << kind(K::Prefix, "prefix", "prefixes", "ipam/prefixes", "ipam.prefix",
                  {requiredText("prefix"), ref("vrf_id", "vrf"), text("scope_type"), integer("scope_id"),
                   ref("tenant_id", "tenant"), ref("vlan_id", "vlan"), choice("status"), ref("role_id", "role"),
                   boolean("is_pool"), text("description"), json("tags")});
    kinds << kind(K::IpAddress, "ip-address", "ip_addresses", "ipam/ip-addresses", "ipam.ipaddress",
                  {requiredText("address"), ref("vrf_id", "vrf"), ref("tenant_id", "tenant"), choice("status"),
                   choice("role"), text("assigned_object_type"), integer("assigned_object_id"), text("dns_name"),
                   text("description"), json("tags")});
    kinds << kind(K::Provider, "provider", "providers", "circuits/providers", "circuits.provider",
                  {requiredText("name"), text("slug"), text("description", "description@3.4")});
    kinds << kind(K::Circuit, "circuit", "circuits", "circuits/circuits", "circuits.circuit",
                  {requiredText("cid"), ref("provider_id", "provider", true), text("type_name", "type.name"),
                   choice("status"), ref("tenant_id", "tenant"), integer("commit_rate"), text("description"),
                   json("tags")});
    kinds << kind(K::CircuitTermination, "circuit-termination", "circuit_terminations",
                  "circuits/circuit-terminations", "circuits.circuittermination",
                  {ref("circuit_id", "circuit", true), text("term_side"),
                   text("termination_type"), integer("termination_id"),
                   integer("port_speed"), text("xconnect_id"), text("pp_info"), ref("cable_id", "cable"),
                   text("description")},
                  kLastUpdatedFrom31);
    kinds << kind(K::Cable, "cable", "cables", "dcim/cables", "dcim.cable",
                  {choice("type"), choice("status"), ref("tenant_id", "tenant@3.1"), text("label"), text("color"),
                   real("length"), choice("length_unit"), text("description", "description@3.4"), json("tags")},
                  kLastUpdatedFrom31);
    return kinds;
}

} // namespace

const QList<KindInfo> &allKinds()
{
    static const QList<KindInfo> kinds = buildKinds();
    return kinds;
}

const KindInfo &kindInfo(ObjectKind kind)
{
    // The list is built in enum order; a unit test checks it.
    return allKinds().at(static_cast<int>(kind));
}

const KindInfo *kindForContentType(const QString &contentType)
{
    static const QHash<QString, const KindInfo *> index = [] {
        QHash<QString, const KindInfo *> h;
        for (const KindInfo &k : allKinds())
            h.insert(k.contentType, &k);
        return h;
    }();
    return index.value(contentType, nullptr);
}

QList<QStringList> ColumnSpec::pathsIn(Release release) const
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (releases.value(i).contains(release))
            out << paths.at(i);
    }
    return out;
}

QList<const KindInfo *> kindsIn(Release release)
{
    QList<const KindInfo *> out;
    for (const KindInfo &k : allKinds()) {
        if (k.existsIn(release))
            out << &k;
    }
    return out;
}

const KindInfo *kindForKey(const QString &key)
{
    for (const KindInfo &k : allKinds()) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

} // namespace OpsDeck::Domain
