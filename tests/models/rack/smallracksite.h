// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "models/session/rack/racksitedata.h"

namespace OpsDeck::Test {

/// A small site for plan tests, ids fixed:
/// site 1 DC-TEST; locations 10 Hall A, 11 Hall B;
/// racks 100 R11 and 101 R12 in Hall A, 102 R21 in Hall B (42U each);
/// types 500 1U switch, 501 2U server, 502 0U PDU (half depth), 503 chassis
/// (parent, 2U), 504 blade (child, 0U);
/// devices 1 core-sw-01 (R11 U10 front), 2 srv-01 (R11 U20 front, 2U),
/// 3 pdu-01 (R11, 0U), 4 spare-01 (unracked), 5 chassis-01 (R12 U30 front)
/// with 6 blade-01 in its bay 1;
/// roles 7 Switch, 8 Server, 9 Power.
inline Models::RackSiteData smallRackSite()
{
    Models::RackSiteData data;
    data.site.id = 1;
    data.site.name = QStringLiteral("DC-TEST");
    data.locations = {Domain::Location{10, QStringLiteral("Hall A"), 1, 0, 2},
                      Domain::Location{11, QStringLiteral("Hall B"), 1, 0, 1}};
    auto rack = [](qint64 id, const QString &name, qint64 location) {
        Domain::Rack r;
        r.id = id;
        r.name = name;
        r.siteId = 1;
        r.locationId = location;
        r.status = QStringLiteral("active");
        return r;
    };
    data.racks = {rack(100, QStringLiteral("R11"), 10), rack(101, QStringLiteral("R12"), 10),
                  rack(102, QStringLiteral("R21"), 11)};
    auto type = [](qint64 id, const QString &model, double height, bool fullDepth, const QString &subdevice = {}) {
        Domain::DeviceType t;
        t.id = id;
        t.manufacturer = QStringLiteral("Acme");
        t.model = model;
        t.uHeight = height;
        t.fullDepth = fullDepth;
        t.subdeviceRole = subdevice;
        return t;
    };
    data.deviceTypes = {type(500, QStringLiteral("SW-1U"), 1, true), type(501, QStringLiteral("SRV-2U"), 2, true),
                        type(502, QStringLiteral("PDU-0U"), 0, false),
                        type(503, QStringLiteral("CHASSIS-2U"), 2, true, QStringLiteral("parent")),
                        type(504, QStringLiteral("BLADE"), 0, false, QStringLiteral("child"))};
    auto device = [&data](qint64 id, const QString &name, qint64 typeId, qint64 rackId, double position,
                          const QString &face, qint64 roleId) {
        Domain::Device d;
        d.id = id;
        d.name = name;
        d.status = QStringLiteral("active");
        d.siteId = 1;
        d.siteName = data.site.name;
        for (const Domain::Rack &r : std::as_const(data.racks)) {
            if (r.id == rackId) {
                d.rackName = r.name;
                d.locationId = r.locationId;
            }
        }
        d.rackId = rackId;
        d.position = position;
        d.face = face;
        for (const Domain::DeviceType &t : std::as_const(data.deviceTypes)) {
            if (t.id == typeId) {
                d.uHeight = t.uHeight;
                d.fullDepth = t.fullDepth;
                d.model = t.model;
                d.manufacturer = t.manufacturer;
            }
        }
        d.roleId = roleId;
        d.roleName = roleId == 7 ? QStringLiteral("Switch") : roleId == 8 ? QStringLiteral("Server") : QStringLiteral("Power");
        d.roleColor = QStringLiteral("2196f3");
        data.loads << Domain::DeviceLoad{id, typeId, 0, 0};
        return d;
    };
    const QString front = QStringLiteral("front");
    data.devices = {device(1, QStringLiteral("core-sw-01"), 500, 100, 10, front, 7),
                    device(2, QStringLiteral("srv-01"), 501, 100, 20, front, 8),
                    device(3, QStringLiteral("pdu-01"), 502, 100, 0, QString(), 9),
                    device(4, QStringLiteral("spare-01"), 500, 0, 0, QString(), 7),
                    device(5, QStringLiteral("chassis-01"), 503, 101, 30, front, 8),
                    device(6, QStringLiteral("blade-01"), 504, 101, 0, QString(), 8)};
    data.devices[3].locationId = 10;
    data.devices[5].parentDeviceId = 5;
    data.devices[5].deviceBay = QStringLiteral("1");
    data.roles = {Models::RackRole{9, QStringLiteral("Power"), QStringLiteral("ff9800")},
                  Models::RackRole{8, QStringLiteral("Server"), QStringLiteral("4caf50")},
                  Models::RackRole{7, QStringLiteral("Switch"), QStringLiteral("2196f3")}};
    return data;
}

} // namespace OpsDeck::Test
