// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/estateobjects.h"

namespace OpsDeck::Demo::Detail {

EstateObjects::EstateObjects(const EstateOptions &options, const EstateGenerator::Sink &sink)
    : b(options, sink)
{}

Named EstateObjects::simple(K kind, const QString &name, QJsonObject extra)
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

QString EstateObjects::slug(const QString &name)
{
    QString s;
    for (const QChar c : name.toLower())
        s += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return s;
}

QJsonObject EstateObjects::nested(K kind, const Named &n) const
{
    return b.ref(kind, n.id, n.name, {{QStringLiteral("name"), n.name}, {QStringLiteral("description"), QString()}});
}

QJsonArray EstateObjects::tagList(std::initializer_list<int> which) const
{
    QJsonArray tags;
    for (int i : which) {
        const Named &t = m_tags.at(i);
        tags.append(b.ref(K::Tag, t.id, t.name, {{QStringLiteral("name"), t.name}, {QStringLiteral("slug"), slug(t.name)}}));
    }
    return tags;
}

Named EstateObjects::vlan(const SiteInfo &site, int vid, const QString &what)
{
    const QString name = site.code.toLower() + QLatin1Char('-') + what;
    const qint64 id = b.nextId(K::Vlan);
    b.put(K::Vlan, id, QStringLiteral("%1 (%2)").arg(name).arg(vid),
           {{QStringLiteral("site"), nested(K::Site, site.site)},
            {QStringLiteral("group"), QJsonValue::Null},
            {QStringLiteral("vid"), vid},
            {QStringLiteral("name"), name},
            {QStringLiteral("tenant"), QJsonValue::Null},
            {QStringLiteral("status"), ObjectWriter::choice(QStringLiteral("active"))},
            {QStringLiteral("role"), QJsonValue::Null},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("tags"), QJsonArray()}});
    return {id, name};
}

void EstateObjects::prefix(const QString &cidr, const SiteInfo &site, const QString &status, const Named &vlanRef)
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
            {QStringLiteral("status"), ObjectWriter::choice(status)},
            {QStringLiteral("role"), QJsonValue::Null},
            {QStringLiteral("is_pool"), false},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("tags"), QJsonArray()}});
}

Named EstateObjects::device(const DeviceSpec &s, qint64 preallocatedId)
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
        {QStringLiteral("face"), s.face.isEmpty() ? QJsonValue() : QJsonValue(ObjectWriter::choice(s.face))},
        {QStringLiteral("parent_device"),
         s.parent.id ? QJsonValue(b.ref(K::Device, s.parent.id, s.parent.name,
                                        {{QStringLiteral("name"), s.parent.name},
                                         {QStringLiteral("device_bay"),
                                          QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), s.bay}}}}))
                     : QJsonValue()},
        {QStringLiteral("status"), ObjectWriter::choice(s.status)},
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

QList<Named> EstateObjects::interfaces(const Named &dev, const QStringList &names, const QString &type, qint64 speedKbps,
                        bool mgmtLast, const Named &lag, qint64 preallocatedId)
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
                {QStringLiteral("type"), ObjectWriter::choice(mgmt ? QStringLiteral("1000base-t") : type)},
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

QStringList EstateObjects::portNames(const QString &pattern, int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out << pattern.arg(i);
    return out;
}

// A cable between two terminations of any type ("dcim.interface", ...).
void EstateObjects::cable(const QString &aType, const Named &a, const Named &aDevice, const QString &bType, const Named &bEnd,
           const Named &bDevice, const QString &cableType, const QString &status,
           const QString &color)
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
            {QStringLiteral("status"), ObjectWriter::choice(status)},
            {QStringLiteral("tenant"), QJsonValue::Null},
            {QStringLiteral("label"), QStringLiteral("C%1").arg(id, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("color"), color},
            {QStringLiteral("length"), cableType == QLatin1String("power") ? 1.0 : 3.0},
            {QStringLiteral("length_unit"), ObjectWriter::choice(QStringLiteral("m"), QStringLiteral("Meters"))},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("tags"), QJsonArray()}});
}

void EstateObjects::link(const Named &a, const Named &aDev, const Named &bEnd, const Named &bDev, const QString &type,
          const QString &status)
{
    const QString iface = QStringLiteral("dcim.interface");
    cable(iface, a, aDev, iface, bEnd, bDev, type, status);
}

// Creates an IP address on an interface; returns its nested reference.
QJsonObject EstateObjects::address(const QString &cidr, const Named &iface, const Named &dev, const QString &dns)
{
    const qint64 id = b.nextId(K::IpAddress);
    b.put(K::IpAddress, id, cidr,
           {{QStringLiteral("family"), QJsonObject{{QStringLiteral("value"), 4}, {QStringLiteral("label"), QStringLiteral("IPv4")}}},
            {QStringLiteral("address"), cidr},
            {QStringLiteral("vrf"), QJsonValue::Null},
            {QStringLiteral("tenant"), QJsonValue::Null},
            {QStringLiteral("status"), ObjectWriter::choice(QStringLiteral("active"))},
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

Named EstateObjects::makeRack(SiteInfo &site, const Named &room, int copy, const QString &name, int height, bool descending,
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
            {QStringLiteral("status"), ObjectWriter::choice(QStringLiteral("active"))},
            {QStringLiteral("role"), QJsonValue::Null},
            {QStringLiteral("serial"), QStringLiteral("RK%1").arg(id, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("asset_tag"), QStringLiteral("RACK-%1").arg(id, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("rack_type"), QJsonValue::Null},
            {QStringLiteral("form_factor"), ObjectWriter::choice(QStringLiteral("4-post-cabinet"), QStringLiteral("4-post cabinet"))},
            {QStringLiteral("width"), QJsonObject{{QStringLiteral("value"), 19}, {QStringLiteral("label"), QStringLiteral("19 inches")}}},
            {QStringLiteral("u_height"), height},
            {QStringLiteral("starting_unit"), 1},
            {QStringLiteral("desc_units"), descending},
            {QStringLiteral("outer_width"), 600},
            {QStringLiteral("outer_depth"), 1200},
            {QStringLiteral("outer_unit"), ObjectWriter::choice(QStringLiteral("mm"), QStringLiteral("Millimeters"))},
            {QStringLiteral("mounting_depth"), 1000},
            {QStringLiteral("max_weight"), 1000},
            {QStringLiteral("weight_unit"), ObjectWriter::choice(QStringLiteral("kg"), QStringLiteral("Kilograms"))},
            {QStringLiteral("airflow"), ObjectWriter::choice(QStringLiteral("front-to-rear"))},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("tags"), tagList({0})},
            {QStringLiteral("custom_fields"), QJsonObject()}});
    return {id, name};
}

void EstateObjects::patchPorts(const Named &panel)
{
    for (int p = 1; p <= 24; ++p) {
        const QString rearName = QStringLiteral("Rear %1").arg(p);
        const qint64 rearId = b.nextId(K::RearPort);
        b.put(K::RearPort, rearId, rearName,
               {{QStringLiteral("device"), nested(K::Device, panel)},
                {QStringLiteral("module"), QJsonValue::Null},
                {QStringLiteral("name"), rearName},
                {QStringLiteral("label"), QString()},
                {QStringLiteral("type"), ObjectWriter::choice(QStringLiteral("lc"), QStringLiteral("LC"))},
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
                {QStringLiteral("type"), ObjectWriter::choice(QStringLiteral("lc"), QStringLiteral("LC"))},
                {QStringLiteral("color"), QString()},
                {QStringLiteral("rear_port"), b.ref(K::RearPort, rearId, rearName, {{QStringLiteral("name"), rearName}})},
                {QStringLiteral("rear_port_position"), 1},
                {QStringLiteral("cable"), QJsonValue::Null},
                {QStringLiteral("description"), QString()}});
    }
}

Named EstateObjects::powerPort(const Named &dev, const QString &name, int maxDraw)
{
    const qint64 id = b.nextId(K::PowerPort);
    b.put(K::PowerPort, id, name,
           {{QStringLiteral("device"), nested(K::Device, dev)},
            {QStringLiteral("module"), QJsonValue::Null},
            {QStringLiteral("name"), name},
            {QStringLiteral("label"), QString()},
            {QStringLiteral("type"), ObjectWriter::choice(QStringLiteral("iec-60320-c14"), QStringLiteral("C14"))},
            {QStringLiteral("maximum_draw"), maxDraw},
            {QStringLiteral("allocated_draw"), maxDraw / 2},
            {QStringLiteral("cable"), QJsonValue::Null},
            {QStringLiteral("description"), QString()}});
    return {id, name};
}

Named EstateObjects::powerOutlet(const Named &dev, const QString &name, const QString &leg)
{
    const qint64 id = b.nextId(K::PowerOutlet);
    b.put(K::PowerOutlet, id, name,
           {{QStringLiteral("device"), nested(K::Device, dev)},
            {QStringLiteral("module"), QJsonValue::Null},
            {QStringLiteral("name"), name},
            {QStringLiteral("label"), QString()},
            {QStringLiteral("type"), ObjectWriter::choice(QStringLiteral("iec-60320-c13"), QStringLiteral("C13"))},
            {QStringLiteral("power_port"), QJsonValue::Null},
            {QStringLiteral("feed_leg"), ObjectWriter::choice(leg)},
            {QStringLiteral("cable"), QJsonValue::Null},
            {QStringLiteral("description"), QString()}});
    return {id, name};
}

void EstateObjects::consolePort(const Named &dev, const QString &name)
{
    const qint64 id = b.nextId(K::ConsolePort);
    b.put(K::ConsolePort, id, name,
           {{QStringLiteral("device"), nested(K::Device, dev)},
            {QStringLiteral("module"), QJsonValue::Null},
            {QStringLiteral("name"), name},
            {QStringLiteral("label"), QString()},
            {QStringLiteral("type"), ObjectWriter::choice(QStringLiteral("rj-45"), QStringLiteral("RJ-45"))},
            {QStringLiteral("speed"), QJsonValue::Null},
            {QStringLiteral("cable"), QJsonValue::Null},
            {QStringLiteral("description"), QString()}});
}

DeviceTypeInfo EstateObjects::deviceType(const Named &m, const char *model, double u, bool full, const char *airflow,
                                         const char *subdevice)
{
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
                  {QStringLiteral("airflow"), airflow ? QJsonValue(ObjectWriter::choice(QString::fromLatin1(airflow)))
                                                      : QJsonValue()},
                  {QStringLiteral("subdevice_role"),
                   subdevice ? QJsonValue(ObjectWriter::choice(QString::fromLatin1(subdevice))) : QJsonValue()},
                  {QStringLiteral("front_image"), QJsonValue::Null},
                  {QStringLiteral("rear_image"), QJsonValue::Null},
                  {QStringLiteral("weight"), u * 9.5},
                  {QStringLiteral("weight_unit"), ObjectWriter::choice(QStringLiteral("kg"), QStringLiteral("Kilograms"))},
                  {QStringLiteral("description"), QString()},
                  {QStringLiteral("tags"), QJsonArray()}};
    b.put(K::DeviceType, t.id, t.model, o);
    return t;
}

} // namespace OpsDeck::Demo::Detail
