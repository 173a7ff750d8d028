// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/domain/inventory.h"
#include "models/session/edit/editchoices.h"

namespace OpsDeck::Test {

// A small, fixed estate for the edit dialog tests: three roles, two
// platforms, two tenants, and a site with three devices whose interfaces
// are free, cabled or virtual.

inline Models::EditChoices editChoices()
{
    Models::EditChoices c;
    c.roles = {{11, QStringLiteral("Access Switch")}, {12, QStringLiteral("Leaf")}, {13, QStringLiteral("Spine")}};
    c.platforms = {{21, QStringLiteral("Arista EOS")}, {22, QStringLiteral("Cisco NX-OS")}};
    c.tenants = {{31, QStringLiteral("Contoso")}, {32, QStringLiteral("Fabrikam")}};
    c.siteId = 5;
    const auto port = [](qint64 id, const char *name, const char *type, qint64 cable = 0, const char *peer = "",
                         const char *peerPort = "") {
        return Models::CableEndpoint{id,        QString::fromLatin1(name), QString::fromLatin1(type),
                                     cable,     QString::fromLatin1(peer), QString::fromLatin1(peerPort)};
    };
    c.siteDevices = {
        {101, QStringLiteral("ams1-leaf-01"),
         {port(1001, "Ethernet1", "25gbase-x-sfp28"), port(1002, "Ethernet2", "25gbase-x-sfp28"),
          port(1003, "Ethernet3", "25gbase-x-sfp28", 7001, "ams1-spine-01", "Ethernet9"),
          port(1004, "Port-Channel1", "lag")}},
        {102, QStringLiteral("ams1-spine-01"),
         {port(2001, "Ethernet1", "100gbase-x-qsfp28"),
          port(2009, "Ethernet9", "100gbase-x-qsfp28", 7001, "ams1-leaf-01", "Ethernet3"),
          port(2010, "Ethernet10", "100gbase-x-qsfp28")}},
        {103, QStringLiteral("ams1-spine-02"),
         {port(3001, "Ethernet1", "100gbase-x-qsfp28", 7002), port(3002, "Ethernet2", "100gbase-x-qsfp28")}},
    };
    return c;
}

inline Domain::Device editDevice()
{
    Domain::Device d;
    d.id = 101;
    d.name = QStringLiteral("ams1-leaf-01");
    d.status = QStringLiteral("active");
    d.siteId = 5;
    d.siteName = QStringLiteral("AMS1");
    d.roleId = 12;
    d.roleName = QStringLiteral("Leaf");
    d.manufacturer = QStringLiteral("Arista");
    d.model = QStringLiteral("DCS-7280SR3-48YC8");
    d.platform = QStringLiteral("Arista EOS");
    d.tenantName = QStringLiteral("Contoso");
    d.serial = QStringLiteral("JPE12345678");
    d.assetTag = QStringLiteral("AT-0101");
    d.description = QStringLiteral("Row A leaf");
    return d;
}

/// Ethernet1 of ams1-leaf-01: free, one address.
inline Domain::Interface editInterface()
{
    Domain::Interface i;
    i.id = 1001;
    i.deviceId = 101;
    i.name = QStringLiteral("Ethernet1");
    i.type = QStringLiteral("25gbase-x-sfp28");
    i.enabled = true;
    i.description = QStringLiteral("to server rack A3");
    i.addresses = {QStringLiteral("10.20.0.1/31")};
    return i;
}

} // namespace OpsDeck::Test
