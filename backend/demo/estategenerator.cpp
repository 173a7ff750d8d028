// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/estategenerator.h"

#include <optional>

#include <QJsonArray>
#include <QStringList>

namespace OpsDeck::Demo {

using Domain::ObjectKind;

namespace {

// Builds NetBox 4.x-shaped objects with nested brief references. Ids are
// allocated per kind in emission order, so the same options always give the
// same estate.
class Builder
{
public:
    Builder(const EstateOptions &options, const EstateGenerator::Sink &sink)
        : m_base(options.baseUrl)
        , m_sink(sink)
    {}

    qint64 nextId(ObjectKind kind) { return ++m_ids[kind]; }

    QJsonObject ref(ObjectKind kind, qint64 id, const QString &display, QJsonObject extra = {}) const
    {
        extra.insert(QStringLiteral("id"), id);
        extra.insert(QStringLiteral("url"), url(kind, id));
        extra.insert(QStringLiteral("display"), display);
        return extra;
    }

    QString url(ObjectKind kind, qint64 id) const
    {
        return m_base + QStringLiteral("/api/") + Domain::kindInfo(kind).endpoint + QLatin1Char('/') +
               QString::number(id) + QLatin1Char('/');
    }

    static QJsonObject choice(const QString &value, const QString &label)
    {
        return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
    }

    static QJsonObject choice(const QString &value)
    {
        QString label = value;
        label.replace(QLatin1Char('-'), QLatin1Char(' '));
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        return choice(value, label);
    }

    // Emits an object with the common fields filled in and returns its id.
    qint64 put(ObjectKind kind, qint64 id, const QString &display, QJsonObject o)
    {
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("url"), url(kind, id));
        o.insert(QStringLiteral("display"), display);
        // Deterministic timestamps, spread over a day.
        const qint64 seconds = (id * 37 + static_cast<int>(kind) * 101) % 86400;
        o.insert(QStringLiteral("created"), QStringLiteral("2026-01-15T00:00:00Z"));
        o.insert(QStringLiteral("last_updated"),
                 QStringLiteral("2026-01-15T%1:%2:%3.000000Z")
                     .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                     .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(seconds % 60, 2, 10, QLatin1Char('0')));
        m_sink(kind, o);
        return id;
    }

private:
    QString m_base;
    const EstateGenerator::Sink &m_sink;
    QHash<ObjectKind, qint64> m_ids;
};

struct Named
{
    qint64 id = 0;
    QString name;
};

struct DeviceTypeInfo
{
    qint64 id = 0;
    QString model;
    QString manufacturer;
    qint64 manufacturerId = 0;
    double uHeight = 1;
    bool fullDepth = true;
};

struct SiteInfo
{
    Named site;
    QString code;          // "AMS1"
    QList<Named> rooms;    // locations
    int racksPerRow = 0;   // racks per copy
    int subnet = 0;        // second octet of the site's 10.x.0.0/16
    Named vlanServers;
    Named vlanMgmt;
    QList<Named> cores;    // core switches or edge routers the ToRs uplink to
    QList<qint64> coreFreePorts; // next free core interface per core (index into its port list)
    QList<QList<Named>> corePorts;
};

class EstateBuilder
{
public:
    EstateBuilder(const EstateOptions &options, const EstateGenerator::Sink &sink)
        : m_options(options)
        , b(options, sink)
    {}

    void run()
    {
        catalogue();
        sitesAndRooms();
        backbone();
        for (int copy = 0; copy < std::max(1, m_options.scale); ++copy) {
            for (SiteInfo &site : m_sites)
                rackRow(site, copy);
        }
    }

private:
    using K = ObjectKind;

    Named simple(K kind, const QString &name, QJsonObject extra = {})
    {
        const qint64 id = b.nextId(kind);
        extra.insert(QStringLiteral("name"), name);
        if (!extra.contains(QStringLiteral("slug")))
            extra.insert(QStringLiteral("slug"), slug(name));
        if (!extra.contains(QStringLiteral("description")))
            extra.insert(QStringLiteral("description"), QString());
        b.put(kind, id, name, extra);
        return {id, name};
    }

    static QString slug(const QString &name)
    {
        QString s;
        for (const QChar c : name.toLower())
            s += c.isLetterOrNumber() ? c : QLatin1Char('-');
        return s;
    }

    QJsonObject nested(K kind, const Named &n) const
    {
        return b.ref(kind, n.id, n.name, {{QStringLiteral("name"), n.name}, {QStringLiteral("description"), QString()}});
    }

    QJsonArray tagList(std::initializer_list<int> which) const
    {
        QJsonArray tags;
        for (int i : which) {
            const Named &t = m_tags.at(i);
            tags.append(b.ref(K::Tag, t.id, t.name, {{QStringLiteral("name"), t.name}, {QStringLiteral("slug"), slug(t.name)}}));
        }
        return tags;
    }

    void catalogue()
    {
        m_tags << simple(K::Tag, QStringLiteral("production"), {{QStringLiteral("color"), QStringLiteral("4caf50")}});
        m_tags << simple(K::Tag, QStringLiteral("planned-work"), {{QStringLiteral("color"), QStringLiteral("ff9800")}});
        m_tags << simple(K::Tag, QStringLiteral("pci"), {{QStringLiteral("color"), QStringLiteral("9c27b0")}});

        for (const char *t : {"Acme Retail", "Globex Finance", "Initech"})
            m_tenants << simple(K::Tenant, QString::fromLatin1(t), {{QStringLiteral("group"), QJsonValue::Null}});
        m_region = simple(K::Region, QStringLiteral("Europe"), {{QStringLiteral("parent"), QJsonValue::Null}});

        const auto manufacturer = [&](const char *name) { return simple(K::Manufacturer, QString::fromLatin1(name)); };
        const Named arista = manufacturer("Arista");
        const Named cisco = manufacturer("Cisco");
        const Named juniper = manufacturer("Juniper");
        const Named dell = manufacturer("Dell");
        const Named netapp = manufacturer("NetApp");
        const Named apc = manufacturer("APC");
        const Named panduit = manufacturer("Panduit");
        const Named hpe = manufacturer("HPE");
        const Named opengear = manufacturer("Opengear");
        const Named paloalto = manufacturer("Palo Alto");

        const auto type = [&](const Named &m, const char *model, double u, bool full, const char *airflow,
                              const char *subdevice = nullptr) {
            DeviceTypeInfo t;
            t.id = b.nextId(K::DeviceType);
            t.model = QString::fromLatin1(model);
            t.manufacturer = m.name;
            t.manufacturerId = m.id;
            t.uHeight = u;
            t.fullDepth = full;
            QJsonObject o{{QStringLiteral("manufacturer"), nested(K::Manufacturer, m)},
                          {QStringLiteral("model"), t.model},
                          {QStringLiteral("slug"), slug(t.model)},
                          {QStringLiteral("part_number"), t.model},
                          {QStringLiteral("u_height"), u},
                          {QStringLiteral("is_full_depth"), full},
                          {QStringLiteral("airflow"), airflow ? QJsonValue(Builder::choice(QString::fromLatin1(airflow)))
                                                              : QJsonValue()},
                          {QStringLiteral("subdevice_role"),
                           subdevice ? QJsonValue(Builder::choice(QString::fromLatin1(subdevice))) : QJsonValue()},
                          {QStringLiteral("front_image"), QJsonValue::Null},
                          {QStringLiteral("rear_image"), QJsonValue::Null},
                          {QStringLiteral("weight"), u * 9.5},
                          {QStringLiteral("weight_unit"), Builder::choice(QStringLiteral("kg"), QStringLiteral("Kilograms"))},
                          {QStringLiteral("description"), QString()},
                          {QStringLiteral("tags"), QJsonArray()}};
            b.put(K::DeviceType, t.id, t.model, o);
            return t;
        };
        m_tTor = type(arista, "DCS-7050SX3-48YC8", 1, true, "front-to-rear");
        m_tMgmtSwitch = type(cisco, "C9300-48T", 1, true, "front-to-rear");
        m_tCore = type(arista, "DCS-7280CR3-32P4", 1, true, "front-to-rear");
        m_tEdge = type(juniper, "MX204", 1, true, "front-to-rear");
        m_tFirewall = type(paloalto, "PA-5220", 3, true, "front-to-rear");
        m_tServer1u = type(dell, "PowerEdge R650", 1, true, "front-to-rear");
        m_tServer2u = type(dell, "PowerEdge R750", 2, true, "front-to-rear");
        m_tStorage = type(netapp, "AFF A400", 4, true, "front-to-rear");
        m_tPatch = type(panduit, "CP24BLY 24-port", 1, false, "passive");
        m_tPdu = type(apc, "AP8941", 0, false, "passive");
        m_tConsole = type(opengear, "CM7116-2", 1, false, "side-to-rear");
        m_tFibreShelf = type(panduit, "FLEX-1U fibre shelf", 1, false, "passive");
        m_tChassis = type(hpe, "Synergy 12000 Frame", 10, true, "front-to-rear", "parent");
        m_tBlade = type(hpe, "Synergy 480 Gen10", 0, false, nullptr, "child");

        const auto role = [&](const char *name, const char *color) {
            return simple(K::DeviceRole, QString::fromLatin1(name),
                          {{QStringLiteral("color"), QString::fromLatin1(color)}, {QStringLiteral("vm_role"), false}});
        };
        m_rCore = role("Core Switch", "2196f3");
        m_rEdge = role("Edge Router", "3f51b5");
        m_rFirewall = role("Firewall", "f44336");
        m_rTor = role("Leaf Switch", "00bcd4");
        m_rMgmt = role("Management Switch", "607d8b");
        m_rServer = role("Server", "8bc34a");
        m_rStorage = role("Storage", "ff9800");
        m_rPatch = role("Patch Panel", "9e9e9e");
        m_rPdu = role("PDU", "795548");
        m_rConsole = role("Console Server", "673ab7");

        const auto platform = [&](const char *name, const Named &m) {
            return simple(K::Platform, QString::fromLatin1(name), {{QStringLiteral("manufacturer"), nested(K::Manufacturer, m)}});
        };
        m_pEos = platform("Arista EOS", arista);
        m_pIosXe = platform("Cisco IOS-XE", cisco);
        m_pJunos = platform("Juniper Junos", juniper);
        m_pLinux = platform("Linux", dell);
        m_pPanos = platform("PAN-OS", paloalto);

        m_providers << simple(K::Provider, QStringLiteral("Cogent"));
        m_providers << simple(K::Provider, QStringLiteral("Lumen"));
    }

    void sitesAndRooms()
    {
        struct Spec
        {
            const char *name;
            const char *code;
            const char *tz;
            QStringList rooms;
            int racks;
        };
        const Spec specs[] = {
            {"DC-AMS1", "AMS1", "Europe/Amsterdam", {QStringLiteral("Hall A"), QStringLiteral("Hall B")}, 10},
            {"DC-FRA1", "FRA1", "Europe/Berlin", {QStringLiteral("Suite 1")}, 3},
            {"DC-LON1", "LON1", "Europe/London", {QStringLiteral("Room 101")}, 2},
        };
        int subnet = 1;
        for (const Spec &s : specs) {
            SiteInfo site;
            site.code = QString::fromLatin1(s.code);
            site.racksPerRow = s.racks;
            site.subnet = subnet++;
            site.site = simple(K::Site, QString::fromLatin1(s.name),
                               {{QStringLiteral("status"), Builder::choice(QStringLiteral("active"))},
                                {QStringLiteral("region"), nested(K::Region, m_region)},
                                {QStringLiteral("tenant"), QJsonValue::Null},
                                {QStringLiteral("facility"), site.code},
                                {QStringLiteral("time_zone"), QString::fromLatin1(s.tz)},
                                {QStringLiteral("physical_address"), QString()},
                                {QStringLiteral("latitude"), QJsonValue::Null},
                                {QStringLiteral("longitude"), QJsonValue::Null},
                                {QStringLiteral("description"), QString(QStringLiteral("Data centre ") + site.code)},
                                {QStringLiteral("tags"), tagList({0})},
                                {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("noc_contact"), QStringLiteral("noc@example.net")}}}});
            for (const QString &room : s.rooms) {
                site.rooms << simple(K::Location, room,
                                     {{QStringLiteral("slug"), slug(site.code + QLatin1Char('-') + room)},
                                      {QStringLiteral("site"), nested(K::Site, site.site)},
                                      {QStringLiteral("parent"), QJsonValue::Null},
                                      {QStringLiteral("status"), Builder::choice(QStringLiteral("active"))},
                                      {QStringLiteral("tenant"), QJsonValue::Null},
                                      {QStringLiteral("tags"), QJsonArray()}});
            }
            site.vlanServers = vlan(site, 10, QStringLiteral("servers"));
            site.vlanMgmt = vlan(site, 99, QStringLiteral("mgmt"));
            prefix(QStringLiteral("10.%1.0.0/16").arg(site.subnet), site, QStringLiteral("container"), {});
            m_sites << site;
        }
    }

    Named vlan(const SiteInfo &site, int vid, const QString &what)
    {
        const QString name = site.code.toLower() + QLatin1Char('-') + what;
        const qint64 id = b.nextId(K::Vlan);
        b.put(K::Vlan, id, QStringLiteral("%1 (%2)").arg(name).arg(vid),
               {{QStringLiteral("site"), nested(K::Site, site.site)},
                {QStringLiteral("group"), QJsonValue::Null},
                {QStringLiteral("vid"), vid},
                {QStringLiteral("name"), name},
                {QStringLiteral("tenant"), QJsonValue::Null},
                {QStringLiteral("status"), Builder::choice(QStringLiteral("active"))},
                {QStringLiteral("role"), QJsonValue::Null},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("tags"), QJsonArray()}});
        return {id, name};
    }

    void prefix(const QString &cidr, const SiteInfo &site, const QString &status, const Named &vlanRef)
    {
        const qint64 id = b.nextId(K::Prefix);
        b.put(K::Prefix, id, cidr,
               {{QStringLiteral("family"), QJsonObject{{QStringLiteral("value"), 4}, {QStringLiteral("label"), QStringLiteral("IPv4")}}},
                {QStringLiteral("prefix"), cidr},
                {QStringLiteral("vrf"), QJsonValue::Null},
                {QStringLiteral("scope_type"), QStringLiteral("dcim.site")},
                {QStringLiteral("scope_id"), site.site.id},
                {QStringLiteral("scope"), nested(K::Site, site.site)},
                {QStringLiteral("tenant"), QJsonValue::Null},
                {QStringLiteral("vlan"), vlanRef.id ? QJsonValue(nested(K::Vlan, vlanRef)) : QJsonValue()},
                {QStringLiteral("status"), Builder::choice(status)},
                {QStringLiteral("role"), QJsonValue::Null},
                {QStringLiteral("is_pool"), false},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("tags"), QJsonArray()}});
    }

    struct DeviceSpec
    {
        QString name;
        const DeviceTypeInfo *type = nullptr;
        Named role;
        Named platform;
        const SiteInfo *site = nullptr;
        Named location;
        Named rack;
        double position = 0; // 0: not mounted
        QString face;
        Named tenant;
        QString status = QStringLiteral("active");
        Named parent;
        QString bay;
    };

    Named device(const DeviceSpec &s, qint64 preallocatedId = 0)
    {
        const qint64 id = preallocatedId ? preallocatedId : b.nextId(K::Device);
        ++m_serial;
        QJsonObject deviceType = b.ref(K::DeviceType, s.type->id, s.type->model,
                                       {{QStringLiteral("manufacturer"),
                                         b.ref(K::Manufacturer, s.type->manufacturerId, s.type->manufacturer,
                                               {{QStringLiteral("name"), s.type->manufacturer},
                                                {QStringLiteral("slug"), slug(s.type->manufacturer)}})},
                                        {QStringLiteral("model"), s.type->model},
                                        {QStringLiteral("slug"), slug(s.type->model)}});
        QJsonObject o{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("device_type"), deviceType},
            {QStringLiteral("role"), nested(K::DeviceRole, s.role)},
            {QStringLiteral("tenant"), s.tenant.id ? QJsonValue(nested(K::Tenant, s.tenant)) : QJsonValue()},
            {QStringLiteral("platform"), s.platform.id ? QJsonValue(nested(K::Platform, s.platform)) : QJsonValue()},
            {QStringLiteral("serial"), QStringLiteral("SN%1").arg(m_serial, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("asset_tag"), QStringLiteral("AT-%1").arg(m_serial, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("site"), nested(K::Site, s.site->site)},
            {QStringLiteral("location"), s.location.id ? QJsonValue(nested(K::Location, s.location)) : QJsonValue()},
            {QStringLiteral("rack"), s.rack.id ? QJsonValue(nested(K::Rack, s.rack)) : QJsonValue()},
            {QStringLiteral("position"), s.position > 0 ? QJsonValue(s.position) : QJsonValue()},
            {QStringLiteral("face"), s.face.isEmpty() ? QJsonValue() : QJsonValue(Builder::choice(s.face))},
            {QStringLiteral("parent_device"),
             s.parent.id ? QJsonValue(b.ref(K::Device, s.parent.id, s.parent.name,
                                            {{QStringLiteral("name"), s.parent.name},
                                             {QStringLiteral("device_bay"),
                                              QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), s.bay}}}}))
                         : QJsonValue()},
            {QStringLiteral("status"), Builder::choice(s.status)},
            {QStringLiteral("airflow"), QJsonValue::Null},
            {QStringLiteral("primary_ip4"), QJsonValue::Null},
            {QStringLiteral("primary_ip6"), QJsonValue::Null},
            {QStringLiteral("oob_ip"), QJsonValue::Null},
            {QStringLiteral("virtual_chassis"), QJsonValue::Null},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("tags"), s.status == QLatin1String("planned") ? tagList({1}) : tagList({0})},
            {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("warranty_years"), 3 + int(id % 3)}}}};
        if (m_pendingPrimaryIp) {
            o.insert(QStringLiteral("primary_ip4"), m_pendingPrimaryIp.value());
            o.insert(QStringLiteral("primary_ip"), m_pendingPrimaryIp.value());
            m_pendingPrimaryIp.reset();
        }
        b.put(K::Device, id, s.name, o);
        return {id, s.name};
    }

    QList<Named> interfaces(const Named &dev, const QStringList &names, const QString &type, qint64 speedKbps,
                            bool mgmtLast = false, const Named &lag = {}, qint64 preallocatedId = 0)
    {
        QList<Named> out;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const bool mgmt = mgmtLast && i == names.size() - 1;
            const qint64 id = preallocatedId ? preallocatedId : b.nextId(K::Interface);
            b.put(K::Interface, id, names.at(i),
                   {{QStringLiteral("device"), nested(K::Device, dev)},
                    {QStringLiteral("module"), QJsonValue::Null},
                    {QStringLiteral("name"), names.at(i)},
                    {QStringLiteral("label"), QString()},
                    {QStringLiteral("type"), Builder::choice(mgmt ? QStringLiteral("1000base-t") : type)},
                    {QStringLiteral("enabled"), true},
                    {QStringLiteral("parent"), QJsonValue::Null},
                    {QStringLiteral("lag"), lag.id ? QJsonValue(b.ref(K::Interface, lag.id, lag.name,
                                                                        {{QStringLiteral("name"), lag.name}}))
                                                   : QJsonValue()},
                    {QStringLiteral("mtu"), mgmt ? QJsonValue() : QJsonValue(9216)},
                    {QStringLiteral("mac_address"), QJsonValue::Null},
                    {QStringLiteral("speed"), mgmt ? 1000000 : speedKbps},
                    {QStringLiteral("duplex"), QJsonValue::Null},
                    {QStringLiteral("mgmt_only"), mgmt},
                    {QStringLiteral("mode"), QJsonValue::Null},
                    {QStringLiteral("untagged_vlan"), QJsonValue::Null},
                    {QStringLiteral("cable"), QJsonValue::Null},
                    {QStringLiteral("cable_end"), QJsonValue::Null},
                    {QStringLiteral("mark_connected"), false},
                    {QStringLiteral("description"), QString()},
                    {QStringLiteral("tags"), QJsonArray()}});
            out << Named{id, names.at(i)};
        }
        return out;
    }

    static QStringList portNames(const QString &pattern, int from, int to)
    {
        QStringList out;
        for (int i = from; i <= to; ++i)
            out << pattern.arg(i);
        return out;
    }

    // A cable between two terminations of any type ("dcim.interface", ...).
    void cable(const QString &aType, const Named &a, const Named &aDevice, const QString &bType, const Named &bEnd,
               const Named &bDevice, const QString &cableType, const QString &status = QStringLiteral("connected"),
               const QString &color = {})
    {
        const qint64 id = b.nextId(K::Cable);
        const auto term = [&](const QString &type, const Named &end, const Named &dev) {
            const K kind = Domain::kindForContentType(type)->kind;
            return QJsonArray{QJsonObject{
                {QStringLiteral("object_type"), type},
                {QStringLiteral("object_id"), end.id},
                {QStringLiteral("object"),
                 b.ref(kind, end.id, end.name,
                       {{QStringLiteral("name"), end.name},
                        {QStringLiteral("device"), dev.id ? QJsonValue(nested(K::Device, dev)) : QJsonValue()}})}}};
        };
        b.put(K::Cable, id, QStringLiteral("#%1").arg(id),
               {{QStringLiteral("type"), cableType},
                {QStringLiteral("a_terminations"), term(aType, a, aDevice)},
                {QStringLiteral("b_terminations"), term(bType, bEnd, bDevice)},
                {QStringLiteral("status"), Builder::choice(status)},
                {QStringLiteral("tenant"), QJsonValue::Null},
                {QStringLiteral("label"), QStringLiteral("C%1").arg(id, 6, 10, QLatin1Char('0'))},
                {QStringLiteral("color"), color},
                {QStringLiteral("length"), cableType == QLatin1String("power") ? 1.0 : 3.0},
                {QStringLiteral("length_unit"), Builder::choice(QStringLiteral("m"), QStringLiteral("Meters"))},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("tags"), QJsonArray()}});
    }

    void link(const Named &a, const Named &aDev, const Named &bEnd, const Named &bDev, const QString &type,
              const QString &status = QStringLiteral("connected"))
    {
        const QString iface = QStringLiteral("dcim.interface");
        cable(iface, a, aDev, iface, bEnd, bDev, type, status);
    }

    // Creates an IP address on an interface; returns its nested reference.
    QJsonObject address(const QString &cidr, const Named &iface, const Named &dev, const QString &dns = {})
    {
        const qint64 id = b.nextId(K::IpAddress);
        b.put(K::IpAddress, id, cidr,
               {{QStringLiteral("family"), QJsonObject{{QStringLiteral("value"), 4}, {QStringLiteral("label"), QStringLiteral("IPv4")}}},
                {QStringLiteral("address"), cidr},
                {QStringLiteral("vrf"), QJsonValue::Null},
                {QStringLiteral("tenant"), QJsonValue::Null},
                {QStringLiteral("status"), Builder::choice(QStringLiteral("active"))},
                {QStringLiteral("role"), QJsonValue::Null},
                {QStringLiteral("assigned_object_type"), QStringLiteral("dcim.interface")},
                {QStringLiteral("assigned_object_id"), iface.id},
                {QStringLiteral("assigned_object"),
                 b.ref(K::Interface, iface.id, iface.name,
                       {{QStringLiteral("name"), iface.name}, {QStringLiteral("device"), nested(K::Device, dev)}})},
                {QStringLiteral("dns_name"), dns},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("tags"), QJsonArray()}});
        return b.ref(K::IpAddress, id, cidr, {{QStringLiteral("address"), cidr}});
    }

    // Core switches (AMS1) or edge routers (FRA1, LON1), a firewall pair and
    // the two circuits. They live in the first rack row's first racks but are
    // generated once, before any copy.
    void backbone()
    {
        for (SiteInfo &site : m_sites) {
            const bool core = site.code == QLatin1String("AMS1");
            const Named rack = makeRack(site, site.rooms.first(), 0, QStringLiteral("%1-NET01").arg(site.code), 42,
                                        false, m_tenants.at(0));
            for (int n = 1; n <= 2; ++n) {
                DeviceSpec s;
                s.name = QStringLiteral("%1-%2-%3").arg(site.code.toLower(), core ? QStringLiteral("core")
                                                                                  : QStringLiteral("edge"))
                             .arg(n);
                s.type = core ? &m_tCore : &m_tEdge;
                s.role = core ? m_rCore : m_rEdge;
                s.platform = core ? m_pEos : m_pJunos;
                s.site = &site;
                s.location = site.rooms.first();
                s.rack = rack;
                s.position = 42 - n;
                s.face = QStringLiteral("front");
                const Named dev = device(s);
                QList<Named> ports = core ? interfaces(dev, portNames(QStringLiteral("Ethernet%1/1"), 1, 32),
                                                       QStringLiteral("100gbase-x-qsfp28"), 100000000)
                                          : interfaces(dev, portNames(QStringLiteral("et-0/0/%1"), 0, 3),
                                                       QStringLiteral("100gbase-x-qsfp28"), 100000000)
                                                + interfaces(dev, portNames(QStringLiteral("xe-0/1/%1"), 0, 7),
                                                             QStringLiteral("10gbase-x-sfpp"), 10000000);
                ports << interfaces(dev, {core ? QStringLiteral("Management1") : QStringLiteral("fxp0")},
                                    QStringLiteral("1000base-t"), 1000000, true);
                site.cores << dev;
                site.corePorts << ports;
                site.coreFreePorts << 0;
            }
            // Core pair interconnect on their last data port.
            const int last = int(site.corePorts[0].size()) - 2;
            link(site.corePorts[0][last], site.cores[0], site.corePorts[1][last], site.cores[1],
                 QStringLiteral("dac-passive"));
            if (core) {
                for (int n = 1; n <= 2; ++n) {
                    DeviceSpec s;
                    s.name = QStringLiteral("ams1-fw-%1").arg(n);
                    s.type = &m_tFirewall;
                    s.role = m_rFirewall;
                    s.platform = m_pPanos;
                    s.site = &site;
                    s.location = site.rooms.first();
                    s.rack = rack;
                    s.position = 30 - 4 * n;
                    s.face = QStringLiteral("front");
                    const Named fw = device(s);
                    const QList<Named> ports = interfaces(fw, portNames(QStringLiteral("ethernet1/%1"), 1, 16),
                                                          QStringLiteral("10gbase-x-sfpp"), 10000000);
                    link(ports[0], fw, site.corePorts[n - 1][site.coreFreePorts[n - 1]++], site.cores[n - 1],
                         QStringLiteral("smf"));
                }
            }
        }

        // Two circuits from AMS1 to the other sites, cabled to edge ports.
        const SiteInfo &ams = m_sites[0];
        for (int i = 1; i <= 2; ++i) {
            SiteInfo &far = m_sites[i];
            const Named &provider = m_providers.at(i - 1);
            const qint64 circuitId = b.nextId(K::Circuit);
            const QString cid = QStringLiteral("CKT-%1").arg(1000 + i);
            b.put(K::Circuit, circuitId, cid,
                   {{QStringLiteral("cid"), cid},
                    {QStringLiteral("provider"), nested(K::Provider, provider)},
                    {QStringLiteral("type"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Dark Fiber")}}},
                    {QStringLiteral("status"), Builder::choice(QStringLiteral("active"))},
                    {QStringLiteral("tenant"), QJsonValue::Null},
                    {QStringLiteral("commit_rate"), 10000000},
                    {QStringLiteral("description"), QStringLiteral("%1 to %2").arg(ams.code, far.code)},
                    {QStringLiteral("tags"), QJsonArray()}});
            const Named circuit{circuitId, cid};
            const std::pair<QString, SiteInfo *> ends[] = {{QStringLiteral("A"), &m_sites[0]}, {QStringLiteral("Z"), &far}};
            for (const auto &[side, site] : ends) {
                const qint64 termId = b.nextId(K::CircuitTermination);
                const QString display = QStringLiteral("%1: Termination %2").arg(cid, side);
                b.put(K::CircuitTermination, termId, display,
                       {{QStringLiteral("circuit"), b.ref(K::Circuit, circuitId, cid, {{QStringLiteral("cid"), cid}})},
                        {QStringLiteral("term_side"), side},
                        {QStringLiteral("termination_type"), QStringLiteral("dcim.site")},
                        {QStringLiteral("termination_id"), site->site.id},
                        {QStringLiteral("termination"), nested(K::Site, site->site)},
                        {QStringLiteral("port_speed"), 10000000},
                        {QStringLiteral("xconnect_id"), QStringLiteral("XC-%1%2").arg(cid, side)},
                        {QStringLiteral("pp_info"), QString()},
                        {QStringLiteral("cable"), QJsonValue::Null},
                        {QStringLiteral("description"), QString()}});
                SiteInfo &s = *site;
                // Terminate on the first edge/core's next free port.
                const Named &port = s.corePorts[0][s.coreFreePorts[0]++];
                cable(QStringLiteral("circuits.circuittermination"), Named{termId, display}, Named{},
                      QStringLiteral("dcim.interface"), port, s.cores[0], QStringLiteral("smf"));
            }
            Q_UNUSED(circuit)
        }
    }

    Named makeRack(SiteInfo &site, const Named &room, int copy, const QString &name, int height, bool descending,
                   const Named &tenant)
    {
        const qint64 id = b.nextId(K::Rack);
        Q_UNUSED(copy)
        b.put(K::Rack, id, name,
               {{QStringLiteral("name"), name},
                {QStringLiteral("facility_id"), QStringLiteral("%1.%2").arg(site.code).arg(id, 3, 10, QLatin1Char('0'))},
                {QStringLiteral("site"), nested(K::Site, site.site)},
                {QStringLiteral("location"), nested(K::Location, room)},
                {QStringLiteral("group"), QJsonValue::Null},
                {QStringLiteral("tenant"), tenant.id ? QJsonValue(nested(K::Tenant, tenant)) : QJsonValue()},
                {QStringLiteral("status"), Builder::choice(QStringLiteral("active"))},
                {QStringLiteral("role"), QJsonValue::Null},
                {QStringLiteral("serial"), QStringLiteral("RK%1").arg(id, 5, 10, QLatin1Char('0'))},
                {QStringLiteral("asset_tag"), QStringLiteral("RACK-%1").arg(id, 5, 10, QLatin1Char('0'))},
                {QStringLiteral("rack_type"), QJsonValue::Null},
                {QStringLiteral("form_factor"), Builder::choice(QStringLiteral("4-post-cabinet"), QStringLiteral("4-post cabinet"))},
                {QStringLiteral("width"), QJsonObject{{QStringLiteral("value"), 19}, {QStringLiteral("label"), QStringLiteral("19 inches")}}},
                {QStringLiteral("u_height"), height},
                {QStringLiteral("starting_unit"), 1},
                {QStringLiteral("desc_units"), descending},
                {QStringLiteral("outer_width"), 600},
                {QStringLiteral("outer_depth"), 1200},
                {QStringLiteral("outer_unit"), Builder::choice(QStringLiteral("mm"), QStringLiteral("Millimeters"))},
                {QStringLiteral("mounting_depth"), 1000},
                {QStringLiteral("max_weight"), 1000},
                {QStringLiteral("weight_unit"), Builder::choice(QStringLiteral("kg"), QStringLiteral("Kilograms"))},
                {QStringLiteral("airflow"), Builder::choice(QStringLiteral("front-to-rear"))},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("tags"), tagList({0})},
                {QStringLiteral("custom_fields"), QJsonObject()}});
        return {id, name};
    }

    // One row of racks at a site: every rack has a patch panel, two leaf
    // switches, a management switch, two 0U PDUs and servers; some racks
    // carry a storage array, a blade chassis or a half-depth pair.
    void rackRow(SiteInfo &site, int copy)
    {
        for (int r = 0; r < site.racksPerRow; ++r) {
            const int number = copy * site.racksPerRow + r + 1;
            const Named &room = site.rooms.at(r * site.rooms.size() / site.racksPerRow);
            const int height = r == 0 ? 48 : 42;
            const bool descending = r == site.racksPerRow - 1 && site.racksPerRow > 2;
            const QString rackName = QStringLiteral("%1-R%2").arg(site.code).arg(number, 3, 10, QLatin1Char('0'));
            const Named tenant = m_tenants.at(number % m_tenants.size());
            const Named rack = makeRack(site, room, copy, rackName, height, descending, tenant);
            const QString prefixName = rackName.toLower();
            const int subnet3 = number % 250 + 1;
            prefix(QStringLiteral("10.%1.%2.0/24").arg(site.subnet).arg(subnet3), site, QStringLiteral("active"),
                   site.vlanServers);

            DeviceSpec base;
            base.site = &site;
            base.location = room;
            base.rack = rack;
            base.face = QStringLiteral("front");
            base.tenant = tenant;

            // Patch panel at the top with front and rear ports.
            DeviceSpec pp = base;
            pp.name = prefixName + QStringLiteral("-pp1");
            pp.type = &m_tPatch;
            pp.role = m_rPatch;
            pp.position = height;
            const Named panel = device(pp);
            patchPorts(panel);

            // Leaf pair and management switch.
            QList<Named> leaves;
            QList<QList<Named>> leafPorts;
            for (int n = 0; n < 2; ++n) {
                DeviceSpec s = base;
                s.name = QStringLiteral("%1-leaf%2").arg(prefixName).arg(n + 1);
                s.type = &m_tTor;
                s.role = m_rTor;
                s.platform = m_pEos;
                s.position = height - 1 - n;
                const QString mgmtIp = QStringLiteral("10.%1.250.%2/24").arg(site.subnet).arg((number * 3 + n) % 250 + 1);
                const Named leaf = deviceWithMgmt(s, mgmtIp, [&](const Named &dev) {
                    QList<Named> ports = interfaces(dev, portNames(QStringLiteral("Ethernet%1"), 1, 48),
                                                    QStringLiteral("25gbase-x-sfp28"), 25000000);
                    ports << interfaces(dev, portNames(QStringLiteral("Ethernet%1/1"), 49, 56),
                                        QStringLiteral("100gbase-x-qsfp28"), 100000000);
                    ports << interfaces(dev, {QStringLiteral("Management1")}, QStringLiteral("1000base-t"), 1000000, true);
                    return ports;
                });
                leaves << leaf;
                leafPorts << m_lastPorts;
                // Uplink to each core/edge device.
                for (int c = 0; c < site.cores.size(); ++c) {
                    if (site.coreFreePorts[c] >= site.corePorts[c].size() - 2)
                        continue; // core full: the estate grows past its ports at large scales
                    link(m_lastPorts[48 + c], leaf, site.corePorts[c][site.coreFreePorts[c]++], site.cores[c],
                         QStringLiteral("smf"));
                }
            }
            DeviceSpec ms = base;
            ms.name = prefixName + QStringLiteral("-mgmt1");
            ms.type = &m_tMgmtSwitch;
            ms.role = m_rMgmt;
            ms.platform = m_pIosXe;
            ms.position = height - 3;
            const Named mgmtSwitch = deviceWithMgmt(
                ms, QStringLiteral("10.%1.250.%2/24").arg(site.subnet).arg((number * 3 + 2) % 250 + 1),
                [&](const Named &dev) {
                    QList<Named> ports = interfaces(dev, portNames(QStringLiteral("GigabitEthernet1/0/%1"), 1, 48),
                                                    QStringLiteral("1000base-t"), 1000000);
                    ports << interfaces(dev, {QStringLiteral("GigabitEthernet0/0")}, QStringLiteral("1000base-t"),
                                        1000000, true);
                    return ports;
                });
            const QList<Named> mgmtPorts = m_lastPorts;
            for (int n = 0; n < 2; ++n)
                link(leafPorts[n].last(), leaves[n], mgmtPorts[44 + n], mgmtSwitch, QStringLiteral("cat6"));

            // Two 0U PDUs on the side rails, with outlets.
            QList<QPair<Named, QList<Named>>> pdus;
            for (int n = 0; n < 2; ++n) {
                DeviceSpec s = base;
                s.name = QStringLiteral("%1-pdu-%2").arg(prefixName, n ? QStringLiteral("b") : QStringLiteral("a"));
                s.type = &m_tPdu;
                s.role = m_rPdu;
                s.position = 0;
                s.face.clear();
                const Named pdu = device(s);
                powerPort(pdu, QStringLiteral("INPUT"), 3680);
                QList<Named> outlets;
                for (int o = 1; o <= 24; ++o)
                    outlets << powerOutlet(pdu, QStringLiteral("Outlet %1").arg(o), n ? QStringLiteral("B") : QStringLiteral("A"));
                pdus << qMakePair(pdu, outlets);
            }

            // Servers from U(height-5) downwards; some racks hold a storage
            // array or a blade chassis, the last rack a planned server.
            double u = height - 5;
            int serverIndex = 0;
            int outletIndex = 0;
            const auto power = [&](const Named &dev) {
                for (int n = 0; n < 2; ++n) {
                    const Named psu = powerPort(dev, QStringLiteral("PSU%1").arg(n + 1), 800);
                    const auto &[pdu, outlets] = pdus[n];
                    if (outletIndex < outlets.size())
                        cable(QStringLiteral("dcim.powerport"), psu, dev, QStringLiteral("dcim.poweroutlet"),
                              outlets[outletIndex], pdu, QStringLiteral("power"), QStringLiteral("connected"),
                              n ? QStringLiteral("2196f3") : QStringLiteral("f44336"));
                }
                ++outletIndex;
            };
            if (r % 4 == 1) {
                DeviceSpec s = base;
                s.name = prefixName + QStringLiteral("-stor1");
                s.type = &m_tStorage;
                s.role = m_rStorage;
                s.position = u - 3;
                const Named dev = device(s);
                const QList<Named> ports = interfaces(dev, portNames(QStringLiteral("e0%1"), 1, 4),
                                                      QStringLiteral("25gbase-x-sfp28"), 25000000);
                link(ports[0], dev, leafPorts[0][40], leaves[0], QStringLiteral("mmf"));
                link(ports[1], dev, leafPorts[1][40], leaves[1], QStringLiteral("mmf"));
                power(dev);
                u -= 4;
            }
            if (r == 2 || (site.racksPerRow <= 3 && r == 1)) {
                blades(base, prefixName, u - 9, leaves, leafPorts);
                u -= 10;
            }
            while (u > 4 && serverIndex < 14) {
                const bool twoU = serverIndex % 4 == 3;
                DeviceSpec s = base;
                s.name = QStringLiteral("%1-srv%2").arg(prefixName).arg(serverIndex + 1, 2, 10, QLatin1Char('0'));
                s.type = twoU ? &m_tServer2u : &m_tServer1u;
                s.role = m_rServer;
                s.platform = m_pLinux;
                s.position = twoU ? u - 1 : u;
                if (r == site.racksPerRow - 1 && serverIndex == 0)
                    s.status = QStringLiteral("planned");
                const QString ip = QStringLiteral("10.%1.%2.%3/24").arg(site.subnet).arg(subnet3).arg(serverIndex + 11);
                const int n = serverIndex;
                const Named dev = deviceWithMgmt(s, ip, [&](const Named &d) {
                    // The first two ports are bonded towards the leaf pair.
                    const Named bond{b.nextId(K::Interface), QStringLiteral("bond0")};
                    QList<Named> ports = interfaces(d, {QStringLiteral("ens1f0"), QStringLiteral("ens1f1")},
                                                    QStringLiteral("25gbase-x-sfp28"), 25000000, false, bond);
                    ports << interfaces(d, {QStringLiteral("ens1f2"), QStringLiteral("ens1f3"),
                                            QStringLiteral("ens2f0"), QStringLiteral("ens2f1"),
                                            QStringLiteral("ens2f2"), QStringLiteral("ens2f3")},
                                        QStringLiteral("25gbase-x-sfp28"), 25000000);
                    ports << interfaces(d, {QStringLiteral("eno1"), QStringLiteral("eno2")}, QStringLiteral("10gbase-t"), 10000000);
                    ports << interfaces(d, {QStringLiteral("idrac")}, QStringLiteral("1000base-t"), 1000000, true);
                    interfaces(d, {bond.name}, QStringLiteral("lag"), 50000000, false, {}, bond.id);
                    return ports;
                }, 8);
                const QList<Named> ports = m_lastPorts;
                const QString status = s.status == QLatin1String("planned") ? QStringLiteral("planned")
                                                                            : QStringLiteral("connected");
                link(ports[0], dev, leafPorts[0][n], leaves[0], QStringLiteral("dac-passive"), status);
                link(ports[1], dev, leafPorts[1][n], leaves[1], QStringLiteral("dac-passive"), status);
                link(ports[10], dev, mgmtPorts[n], mgmtSwitch, QStringLiteral("cat6"), status);
                power(dev);
                u -= twoU ? 2 : 1;
                ++serverIndex;
            }

            // Half-depth pair sharing U2: console server at the front, fibre
            // shelf at the rear.
            DeviceSpec con = base;
            con.name = prefixName + QStringLiteral("-con1");
            con.type = &m_tConsole;
            con.role = m_rConsole;
            con.position = 2;
            const Named console = device(con);
            const QList<Named> conPorts = interfaces(console, {QStringLiteral("eth0")}, QStringLiteral("1000base-t"),
                                                     1000000, true);
            link(conPorts[0], console, mgmtPorts[47], mgmtSwitch, QStringLiteral("cat6"));
            for (int p = 1; p <= 16; ++p)
                consolePort(console, QStringLiteral("Port %1").arg(p));
            DeviceSpec shelf = base;
            shelf.name = prefixName + QStringLiteral("-fs1");
            shelf.type = &m_tFibreShelf;
            shelf.role = m_rPatch;
            shelf.position = 2;
            shelf.face = QStringLiteral("rear");
            patchPorts(device(shelf));
        }
    }

    void blades(const DeviceSpec &base, const QString &prefixName, double position, const QList<Named> &leaves,
                const QList<QList<Named>> &leafPorts)
    {
        DeviceSpec s = base;
        s.name = prefixName + QStringLiteral("-enc1");
        s.type = &m_tChassis;
        s.role = m_rServer;
        s.position = position;
        const Named chassis = device(s);
        const QList<Named> uplinks = interfaces(chassis, portNames(QStringLiteral("ic1-q%1"), 1, 2),
                                                QStringLiteral("100gbase-x-qsfp28"), 100000000);
        link(uplinks[0], chassis, leafPorts[0][54], leaves[0], QStringLiteral("mmf"));
        link(uplinks[1], chassis, leafPorts[1][54], leaves[1], QStringLiteral("mmf"));
        for (int bay = 1; bay <= 8; ++bay) {
            DeviceSpec c = base;
            c.name = QStringLiteral("%1-blade%2").arg(prefixName).arg(bay);
            c.type = &m_tBlade;
            c.role = m_rServer;
            c.platform = m_pLinux;
            c.position = 0;
            c.face.clear();
            c.parent = chassis;
            c.bay = QStringLiteral("Bay %1").arg(bay);
            const Named blade = device(c);
            interfaces(blade, {QStringLiteral("ens3f0"), QStringLiteral("ens3f1")}, QStringLiteral("25gbase-x-sfp28"), 25000000);
        }
    }

    // Creates a device's ports through `makePorts` and an address on port
    // `ipPort` (default: the last one), then the device itself with that
    // address as its primary IP. The device id is allocated first so the
    // ports can refer to it.
    template<typename MakePorts>
    Named deviceWithMgmt(const DeviceSpec &spec, const QString &ip, MakePorts makePorts, int ipPort = -1)
    {
        const Named dev{b.nextId(K::Device), spec.name};
        m_lastPorts = makePorts(dev);
        const Named &port = ipPort < 0 ? m_lastPorts.last() : m_lastPorts.at(ipPort);
        m_pendingPrimaryIp = address(ip, port, dev, spec.name + QStringLiteral(".example.net"));
        device(spec, dev.id);
        return dev;
    }

    void patchPorts(const Named &panel)
    {
        for (int p = 1; p <= 24; ++p) {
            const QString rearName = QStringLiteral("Rear %1").arg(p);
            const qint64 rearId = b.nextId(K::RearPort);
            b.put(K::RearPort, rearId, rearName,
                   {{QStringLiteral("device"), nested(K::Device, panel)},
                    {QStringLiteral("module"), QJsonValue::Null},
                    {QStringLiteral("name"), rearName},
                    {QStringLiteral("label"), QString()},
                    {QStringLiteral("type"), Builder::choice(QStringLiteral("lc"), QStringLiteral("LC"))},
                    {QStringLiteral("color"), QString()},
                    {QStringLiteral("positions"), 1},
                    {QStringLiteral("cable"), QJsonValue::Null},
                    {QStringLiteral("description"), QString()}});
            const QString frontName = QStringLiteral("Front %1").arg(p);
            const qint64 frontId = b.nextId(K::FrontPort);
            b.put(K::FrontPort, frontId, frontName,
                   {{QStringLiteral("device"), nested(K::Device, panel)},
                    {QStringLiteral("module"), QJsonValue::Null},
                    {QStringLiteral("name"), frontName},
                    {QStringLiteral("label"), QString()},
                    {QStringLiteral("type"), Builder::choice(QStringLiteral("lc"), QStringLiteral("LC"))},
                    {QStringLiteral("color"), QString()},
                    {QStringLiteral("rear_port"), b.ref(K::RearPort, rearId, rearName, {{QStringLiteral("name"), rearName}})},
                    {QStringLiteral("rear_port_position"), 1},
                    {QStringLiteral("cable"), QJsonValue::Null},
                    {QStringLiteral("description"), QString()}});
        }
    }

    Named powerPort(const Named &dev, const QString &name, int maxDraw)
    {
        const qint64 id = b.nextId(K::PowerPort);
        b.put(K::PowerPort, id, name,
               {{QStringLiteral("device"), nested(K::Device, dev)},
                {QStringLiteral("module"), QJsonValue::Null},
                {QStringLiteral("name"), name},
                {QStringLiteral("label"), QString()},
                {QStringLiteral("type"), Builder::choice(QStringLiteral("iec-60320-c14"), QStringLiteral("C14"))},
                {QStringLiteral("maximum_draw"), maxDraw},
                {QStringLiteral("allocated_draw"), maxDraw / 2},
                {QStringLiteral("cable"), QJsonValue::Null},
                {QStringLiteral("description"), QString()}});
        return {id, name};
    }

    Named powerOutlet(const Named &dev, const QString &name, const QString &leg)
    {
        const qint64 id = b.nextId(K::PowerOutlet);
        b.put(K::PowerOutlet, id, name,
               {{QStringLiteral("device"), nested(K::Device, dev)},
                {QStringLiteral("module"), QJsonValue::Null},
                {QStringLiteral("name"), name},
                {QStringLiteral("label"), QString()},
                {QStringLiteral("type"), Builder::choice(QStringLiteral("iec-60320-c13"), QStringLiteral("C13"))},
                {QStringLiteral("power_port"), QJsonValue::Null},
                {QStringLiteral("feed_leg"), Builder::choice(leg)},
                {QStringLiteral("cable"), QJsonValue::Null},
                {QStringLiteral("description"), QString()}});
        return {id, name};
    }

    void consolePort(const Named &dev, const QString &name)
    {
        const qint64 id = b.nextId(K::ConsolePort);
        b.put(K::ConsolePort, id, name,
               {{QStringLiteral("device"), nested(K::Device, dev)},
                {QStringLiteral("module"), QJsonValue::Null},
                {QStringLiteral("name"), name},
                {QStringLiteral("label"), QString()},
                {QStringLiteral("type"), Builder::choice(QStringLiteral("rj-45"), QStringLiteral("RJ-45"))},
                {QStringLiteral("speed"), QJsonValue::Null},
                {QStringLiteral("cable"), QJsonValue::Null},
                {QStringLiteral("description"), QString()}});
    }

    EstateOptions m_options;
    Builder b;
    QList<Named> m_tags;
    QList<Named> m_tenants;
    Named m_region;
    QList<Named> m_providers;
    QList<SiteInfo> m_sites;
    DeviceTypeInfo m_tTor, m_tMgmtSwitch, m_tCore, m_tEdge, m_tFirewall, m_tServer1u, m_tServer2u, m_tStorage,
        m_tPatch, m_tPdu, m_tConsole, m_tFibreShelf, m_tChassis, m_tBlade;
    Named m_rCore, m_rEdge, m_rFirewall, m_rTor, m_rMgmt, m_rServer, m_rStorage, m_rPatch, m_rPdu, m_rConsole;
    Named m_pEos, m_pIosXe, m_pJunos, m_pLinux, m_pPanos;
    QList<Named> m_lastPorts;
    std::optional<QJsonObject> m_pendingPrimaryIp;
    int m_serial = 0;
};

} // namespace

EstateGenerator::EstateGenerator(EstateOptions options)
    : m_options(std::move(options))
{}

void EstateGenerator::generate(const Sink &sink) const
{
    EstateBuilder(m_options, sink).run();
}

EstateCounts EstateGenerator::counts() const
{
    EstateCounts counts;
    generate([&](Domain::ObjectKind kind, const QJsonObject &) { ++counts[kind]; });
    return counts;
}

} // namespace OpsDeck::Demo
