// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/estategenerator.h"

#include <QPair>

#include "backend/demo/estateobjects.h"

namespace OpsDeck::Demo {

using Domain::ObjectKind;
using namespace Detail;

namespace {

// The estate's plan: the catalogue, the sites and their rooms, the backbone
// once, then a row of racks per site and copy. The objects come from
// EstateObjects; the order of the calls fixes every id.
class EstateBuilder : private EstateObjects
{
public:
    EstateBuilder(const EstateOptions &options, const EstateGenerator::Sink &sink)
        : EstateObjects(options, sink)
        , m_options(options)
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
    /// One rack being filled, and what its devices connect to.
    struct RackFill
    {
        SiteInfo *site = nullptr;
        int index = 0;  // in its row
        int number = 0; // in its site
        int height = 42;
        int subnet3 = 0;
        QString prefixName;
        DeviceSpec base;
        QList<Named> leaves;
        QList<QList<Named>> leafPorts;
        Named mgmtSwitch;
        QList<Named> mgmtPorts;
        QList<QPair<Named, QList<Named>>> pdus;
        int outletIndex = 0;
        double u = 0; // next free unit from the top, for servers
    };

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

        m_tTor = deviceType(arista, "DCS-7050SX3-48YC8", 1, true, "front-to-rear");
        m_tMgmtSwitch = deviceType(cisco, "C9300-48T", 1, true, "front-to-rear");
        m_tCore = deviceType(arista, "DCS-7280CR3-32P4", 1, true, "front-to-rear");
        m_tEdge = deviceType(juniper, "MX204", 1, true, "front-to-rear");
        m_tFirewall = deviceType(paloalto, "PA-5220", 3, true, "front-to-rear");
        m_tServer1u = deviceType(dell, "PowerEdge R650", 1, true, "front-to-rear");
        m_tServer2u = deviceType(dell, "PowerEdge R750", 2, true, "front-to-rear");
        m_tStorage = deviceType(netapp, "AFF A400", 4, true, "front-to-rear");
        m_tPatch = deviceType(panduit, "CP24BLY 24-port", 1, false, "passive");
        m_tPdu = deviceType(apc, "AP8941", 0, false, "passive");
        m_tConsole = deviceType(opengear, "CM7116-2", 1, false, "side-to-rear");
        m_tFibreShelf = deviceType(panduit, "FLEX-1U fibre shelf", 1, false, "passive");
        m_tChassis = deviceType(hpe, "Synergy 12000 Frame", 10, true, "front-to-rear", "parent");
        m_tBlade = deviceType(hpe, "Synergy 480 Gen10", 0, false, nullptr, "child");

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
                               {{QStringLiteral("status"), ObjectWriter::choice(QStringLiteral("active"))},
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
                                      {QStringLiteral("status"), ObjectWriter::choice(QStringLiteral("active"))},
                                      {QStringLiteral("tenant"), QJsonValue::Null},
                                      {QStringLiteral("tags"), QJsonArray()}});
            }
            site.vlanServers = vlan(site, 10, QStringLiteral("servers"));
            site.vlanMgmt = vlan(site, 99, QStringLiteral("mgmt"));
            prefix(QStringLiteral("10.%1.0.0/16").arg(site.subnet), site, QStringLiteral("container"), {});
            m_sites << site;
        }
    }
    // Core switches (AMS1) or edge routers (FRA1, LON1), a firewall pair and
    // the two circuits. They live in the first rack row's first racks but are
    // generated once, before any copy.
    void backbone()
    {
        for (SiteInfo &site : m_sites)
            coreDevices(site);
        circuits();
    }

    void coreDevices(SiteInfo &site)
    {
        const bool core = site.code == QLatin1String("AMS1");
        const Named rack = makeRack(site, site.rooms.first(), 0, QStringLiteral("%1-NET01").arg(site.code), 42, false,
                                    m_tenants.at(0));
        for (int n = 1; n <= 2; ++n) {
            DeviceSpec s;
            s.name = QStringLiteral("%1-%2-%3")
                         .arg(site.code.toLower(), core ? QStringLiteral("core") : QStringLiteral("edge"))
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
        if (core)
            firewalls(site, rack);
    }

    void firewalls(SiteInfo &site, const Named &rack)
    {
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

    // Two circuits from AMS1 to the other sites, cabled to edge ports.
    void circuits()
    {
        const SiteInfo &ams = m_sites[0];
        for (int i = 1; i <= 2; ++i) {
            SiteInfo &far = m_sites[i];
            const Named &provider = m_providers.at(i - 1);
            const qint64 circuitId = b.nextId(K::Circuit);
            const QString cid = QStringLiteral("CKT-%1").arg(1000 + i);
            b.put(K::Circuit, circuitId, cid,
                  {{QStringLiteral("cid"), cid},
                   {QStringLiteral("provider"), nested(K::Provider, provider)},
                   {QStringLiteral("type"),
                    QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Dark Fiber")}}},
                   {QStringLiteral("status"), ObjectWriter::choice(QStringLiteral("active"))},
                   {QStringLiteral("tenant"), QJsonValue::Null},
                   {QStringLiteral("commit_rate"), 10000000},
                   {QStringLiteral("description"), QStringLiteral("%1 to %2").arg(ams.code, far.code)},
                   {QStringLiteral("tags"), QJsonArray()}});
            terminate(circuitId, cid, QStringLiteral("A"), m_sites[0]);
            terminate(circuitId, cid, QStringLiteral("Z"), far);
        }
    }

    // A circuit's end at a site, cabled to the first edge/core's next free port.
    void terminate(qint64 circuitId, const QString &cid, const QString &side, SiteInfo &site)
    {
        const qint64 termId = b.nextId(K::CircuitTermination);
        const QString display = QStringLiteral("%1: Termination %2").arg(cid, side);
        b.put(K::CircuitTermination, termId, display,
              {{QStringLiteral("circuit"), b.ref(K::Circuit, circuitId, cid, {{QStringLiteral("cid"), cid}})},
               {QStringLiteral("term_side"), side},
               {QStringLiteral("termination_type"), QStringLiteral("dcim.site")},
               {QStringLiteral("termination_id"), site.site.id},
               {QStringLiteral("termination"), nested(K::Site, site.site)},
               {QStringLiteral("port_speed"), 10000000},
               {QStringLiteral("xconnect_id"), QStringLiteral("XC-%1%2").arg(cid, side)},
               {QStringLiteral("pp_info"), QString()},
               {QStringLiteral("cable"), QJsonValue::Null},
               {QStringLiteral("description"), QString()}});
        const Named &port = site.corePorts[0][site.coreFreePorts[0]++];
        cable(QStringLiteral("circuits.circuittermination"), Named{termId, display}, Named{},
              QStringLiteral("dcim.interface"), port, site.cores[0], QStringLiteral("smf"));
    }

    // One row of racks at a site: every rack has a patch panel, two leaf
    // switches, a management switch, two 0U PDUs and servers; some racks
    // carry a storage array, a blade chassis or a half-depth pair.
    void rackRow(SiteInfo &site, int copy)
    {
        for (int r = 0; r < site.racksPerRow; ++r) {
            RackFill rack = newRack(site, copy, r);
            patchPanel(rack);
            leafPair(rack);
            managementSwitch(rack);
            powerStrips(rack);
            // Servers from U(height-5) downwards; some racks hold a storage
            // array or a blade chassis, the last rack a planned server.
            rack.u = rack.height - 5;
            if (r % 4 == 1)
                storage(rack);
            if (r == 2 || (site.racksPerRow <= 3 && r == 1)) {
                blades(rack.base, rack.prefixName, rack.u - 9, rack.leaves, rack.leafPorts);
                rack.u -= 10;
            }
            servers(rack);
            consoleAndShelf(rack);
        }
    }

    // The rack itself, its server prefix, and what its devices share.
    RackFill newRack(SiteInfo &site, int copy, int r)
    {
        RackFill rack;
        rack.site = &site;
        rack.index = r;
        rack.number = copy * site.racksPerRow + r + 1;
        const Named &room = site.rooms.at(r * site.rooms.size() / site.racksPerRow);
        rack.height = r == 0 ? 48 : 42;
        const bool descending = r == site.racksPerRow - 1 && site.racksPerRow > 2;
        const QString rackName = QStringLiteral("%1-R%2").arg(site.code).arg(rack.number, 3, 10, QLatin1Char('0'));
        const Named tenant = m_tenants.at(rack.number % m_tenants.size());
        const Named rackRef = makeRack(site, room, copy, rackName, rack.height, descending, tenant);
        rack.prefixName = rackName.toLower();
        rack.subnet3 = rack.number % 250 + 1;
        prefix(QStringLiteral("10.%1.%2.0/24").arg(site.subnet).arg(rack.subnet3), site, QStringLiteral("active"),
               site.vlanServers);
        rack.base.site = &site;
        rack.base.location = room;
        rack.base.rack = rackRef;
        rack.base.face = QStringLiteral("front");
        rack.base.tenant = tenant;
        return rack;
    }

    // Patch panel at the top with front and rear ports.
    void patchPanel(const RackFill &rack)
    {
        DeviceSpec pp = rack.base;
        pp.name = rack.prefixName + QStringLiteral("-pp1");
        pp.type = &m_tPatch;
        pp.role = m_rPatch;
        pp.position = rack.height;
        patchPorts(device(pp));
    }

    // Two leaf switches, each uplinked to every core/edge device with a free port.
    void leafPair(RackFill &rack)
    {
        SiteInfo &site = *rack.site;
        for (int n = 0; n < 2; ++n) {
            DeviceSpec s = rack.base;
            s.name = QStringLiteral("%1-leaf%2").arg(rack.prefixName).arg(n + 1);
            s.type = &m_tTor;
            s.role = m_rTor;
            s.platform = m_pEos;
            s.position = rack.height - 1 - n;
            const QString mgmtIp =
                QStringLiteral("10.%1.250.%2/24").arg(site.subnet).arg((rack.number * 3 + n) % 250 + 1);
            const Named leaf = deviceWithMgmt(s, mgmtIp, [&](const Named &dev) {
                QList<Named> ports = interfaces(dev, portNames(QStringLiteral("Ethernet%1"), 1, 48),
                                                QStringLiteral("25gbase-x-sfp28"), 25000000);
                ports << interfaces(dev, portNames(QStringLiteral("Ethernet%1/1"), 49, 56),
                                    QStringLiteral("100gbase-x-qsfp28"), 100000000);
                ports << interfaces(dev, {QStringLiteral("Management1")}, QStringLiteral("1000base-t"), 1000000, true);
                return ports;
            });
            rack.leaves << leaf;
            rack.leafPorts << m_lastPorts;
            for (int c = 0; c < site.cores.size(); ++c) {
                if (site.coreFreePorts[c] >= site.corePorts[c].size() - 2)
                    continue; // core full: the estate grows past its ports at large scales
                link(m_lastPorts[48 + c], leaf, site.corePorts[c][site.coreFreePorts[c]++], site.cores[c],
                     QStringLiteral("smf"));
            }
        }
    }

    // The management switch, cabled to both leaves' management ports.
    void managementSwitch(RackFill &rack)
    {
        DeviceSpec ms = rack.base;
        ms.name = rack.prefixName + QStringLiteral("-mgmt1");
        ms.type = &m_tMgmtSwitch;
        ms.role = m_rMgmt;
        ms.platform = m_pIosXe;
        ms.position = rack.height - 3;
        rack.mgmtSwitch = deviceWithMgmt(
            ms, QStringLiteral("10.%1.250.%2/24").arg(rack.site->subnet).arg((rack.number * 3 + 2) % 250 + 1),
            [&](const Named &dev) {
                QList<Named> ports = interfaces(dev, portNames(QStringLiteral("GigabitEthernet1/0/%1"), 1, 48),
                                                QStringLiteral("1000base-t"), 1000000);
                ports << interfaces(dev, {QStringLiteral("GigabitEthernet0/0")}, QStringLiteral("1000base-t"),
                                    1000000, true);
                return ports;
            });
        rack.mgmtPorts = m_lastPorts;
        for (int n = 0; n < 2; ++n)
            link(rack.leafPorts[n].last(), rack.leaves[n], rack.mgmtPorts[44 + n], rack.mgmtSwitch,
                 QStringLiteral("cat6"));
    }

    // Two 0U PDUs on the side rails, with outlets.
    void powerStrips(RackFill &rack)
    {
        for (int n = 0; n < 2; ++n) {
            DeviceSpec s = rack.base;
            s.name = QStringLiteral("%1-pdu-%2").arg(rack.prefixName, n ? QStringLiteral("b") : QStringLiteral("a"));
            s.type = &m_tPdu;
            s.role = m_rPdu;
            s.position = 0;
            s.face.clear();
            const Named pdu = device(s);
            powerPort(pdu, QStringLiteral("INPUT"), 3680);
            QList<Named> outlets;
            for (int o = 1; o <= 24; ++o)
                outlets << powerOutlet(pdu, QStringLiteral("Outlet %1").arg(o),
                                       n ? QStringLiteral("B") : QStringLiteral("A"));
            rack.pdus << qMakePair(pdu, outlets);
        }
    }

    // Two power supplies cabled to the next free outlet of each PDU.
    void power(RackFill &rack, const Named &dev)
    {
        for (int n = 0; n < 2; ++n) {
            const Named psu = powerPort(dev, QStringLiteral("PSU%1").arg(n + 1), 800);
            const auto &[pdu, outlets] = rack.pdus[n];
            if (rack.outletIndex < outlets.size())
                cable(QStringLiteral("dcim.powerport"), psu, dev, QStringLiteral("dcim.poweroutlet"),
                      outlets[rack.outletIndex], pdu, QStringLiteral("power"), QStringLiteral("connected"),
                      n ? QStringLiteral("2196f3") : QStringLiteral("f44336"));
        }
        ++rack.outletIndex;
    }

    void storage(RackFill &rack)
    {
        DeviceSpec s = rack.base;
        s.name = rack.prefixName + QStringLiteral("-stor1");
        s.type = &m_tStorage;
        s.role = m_rStorage;
        s.position = rack.u - 3;
        const Named dev = device(s);
        const QList<Named> ports =
            interfaces(dev, portNames(QStringLiteral("e0%1"), 1, 4), QStringLiteral("25gbase-x-sfp28"), 25000000);
        link(ports[0], dev, rack.leafPorts[0][40], rack.leaves[0], QStringLiteral("mmf"));
        link(ports[1], dev, rack.leafPorts[1][40], rack.leaves[1], QStringLiteral("mmf"));
        power(rack, dev);
        rack.u -= 4;
    }

    // Up to 14 servers of 1U and 2U, bonded to the leaf pair, managed from
    // the management switch, powered from both PDUs.
    void servers(RackFill &rack)
    {
        const SiteInfo &site = *rack.site;
        for (int serverIndex = 0; rack.u > 4 && serverIndex < 14; ++serverIndex) {
            const bool twoU = serverIndex % 4 == 3;
            DeviceSpec s = rack.base;
            s.name = QStringLiteral("%1-srv%2").arg(rack.prefixName).arg(serverIndex + 1, 2, 10, QLatin1Char('0'));
            s.type = twoU ? &m_tServer2u : &m_tServer1u;
            s.role = m_rServer;
            s.platform = m_pLinux;
            s.position = twoU ? rack.u - 1 : rack.u;
            if (rack.index == site.racksPerRow - 1 && serverIndex == 0)
                s.status = QStringLiteral("planned");
            const QString ip =
                QStringLiteral("10.%1.%2.%3/24").arg(site.subnet).arg(rack.subnet3).arg(serverIndex + 11);
            const Named dev = deviceWithMgmt(s, ip, [&](const Named &d) { return serverPorts(d); }, 8);
            const QList<Named> ports = m_lastPorts;
            const QString status =
                s.status == QLatin1String("planned") ? QStringLiteral("planned") : QStringLiteral("connected");
            const int n = serverIndex;
            link(ports[0], dev, rack.leafPorts[0][n], rack.leaves[0], QStringLiteral("dac-passive"), status);
            link(ports[1], dev, rack.leafPorts[1][n], rack.leaves[1], QStringLiteral("dac-passive"), status);
            link(ports[10], dev, rack.mgmtPorts[n], rack.mgmtSwitch, QStringLiteral("cat6"), status);
            power(rack, dev);
            rack.u -= twoU ? 2 : 1;
        }
    }

    // A server's ports; the first two are bonded towards the leaf pair.
    QList<Named> serverPorts(const Named &d)
    {
        const Named bond{b.nextId(K::Interface), QStringLiteral("bond0")};
        QList<Named> ports = interfaces(d, {QStringLiteral("ens1f0"), QStringLiteral("ens1f1")},
                                        QStringLiteral("25gbase-x-sfp28"), 25000000, false, bond);
        ports << interfaces(d,
                            {QStringLiteral("ens1f2"), QStringLiteral("ens1f3"), QStringLiteral("ens2f0"),
                             QStringLiteral("ens2f1"), QStringLiteral("ens2f2"), QStringLiteral("ens2f3")},
                            QStringLiteral("25gbase-x-sfp28"), 25000000);
        ports << interfaces(d, {QStringLiteral("eno1"), QStringLiteral("eno2")}, QStringLiteral("10gbase-t"), 10000000);
        ports << interfaces(d, {QStringLiteral("idrac")}, QStringLiteral("1000base-t"), 1000000, true);
        interfaces(d, {bond.name}, QStringLiteral("lag"), 50000000, false, {}, bond.id);
        return ports;
    }

    // Half-depth pair sharing U2: console server at the front, fibre shelf
    // at the rear.
    void consoleAndShelf(const RackFill &rack)
    {
        DeviceSpec con = rack.base;
        con.name = rack.prefixName + QStringLiteral("-con1");
        con.type = &m_tConsole;
        con.role = m_rConsole;
        con.position = 2;
        const Named console = device(con);
        const QList<Named> conPorts =
            interfaces(console, {QStringLiteral("eth0")}, QStringLiteral("1000base-t"), 1000000, true);
        link(conPorts[0], console, rack.mgmtPorts[47], rack.mgmtSwitch, QStringLiteral("cat6"));
        for (int p = 1; p <= 16; ++p)
            consolePort(console, QStringLiteral("Port %1").arg(p));
        DeviceSpec shelf = rack.base;
        shelf.name = rack.prefixName + QStringLiteral("-fs1");
        shelf.type = &m_tFibreShelf;
        shelf.role = m_rPatch;
        shelf.position = 2;
        shelf.face = QStringLiteral("rear");
        patchPorts(device(shelf));
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

    EstateOptions m_options;
    QList<Named> m_tenants;
    Named m_region;
    QList<Named> m_providers;
    QList<SiteInfo> m_sites;
    DeviceTypeInfo m_tTor, m_tMgmtSwitch, m_tCore, m_tEdge, m_tFirewall, m_tServer1u, m_tServer2u, m_tStorage,
        m_tPatch, m_tPdu, m_tConsole, m_tFibreShelf, m_tChassis, m_tBlade;
    Named m_rCore, m_rEdge, m_rFirewall, m_rTor, m_rMgmt, m_rServer, m_rStorage, m_rPatch, m_rPdu, m_rConsole;
    Named m_pEos, m_pIosXe, m_pJunos, m_pLinux, m_pPanos;
    QList<Named> m_lastPorts;
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
