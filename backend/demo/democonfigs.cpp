// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/democonfigs.h"

#include <QJsonArray>
#include <QJsonObject>

#include "backend/jobs/jobstore.h"
#include "backend/store/store.h"
#include "backend/workspace/workspace.h"

namespace OpsDeck::Demo {

namespace {

bool isNetworkDevice(const Domain::Device &d)
{
    const QString role = d.roleName.toLower();
    return !d.platform.isEmpty() && (role.contains(u"leaf") || role.contains(u"spine") || role.contains(u"router") ||
                                     role.contains(u"switch") || role.contains(u"core") || role.contains(u"border"));
}

QJsonObject rule(const QString &id, const QString &description, const QString &kind, const QString &pattern,
                 const QString &severity, bool regex = false)
{
    QJsonObject r{{QStringLiteral("id"), id},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("pattern"), pattern},
                  {QStringLiteral("severity"), severity}};
    if (regex)
        r.insert(QStringLiteral("match"), QStringLiteral("regex"));
    return r;
}

QJsonObject demoCompliance()
{
    return {{QStringLiteral("intended"), QStringLiteral("none")},
            {QStringLiteral("rules"),
             QJsonArray{rule(QStringLiteral("hostname"), QStringLiteral("Hostname is the NetBox name"),
                             QStringLiteral("must-contain"), QStringLiteral("hostname {device.name}"),
                             QStringLiteral("major")),
                        rule(QStringLiteral("ntp"), QStringLiteral("Both NTP servers"), QStringLiteral("must-contain"),
                             QStringLiteral("ntp server 10.255.0.1"), QStringLiteral("minor")),
                        rule(QStringLiteral("no-public-snmp"), QStringLiteral("No public SNMP community"),
                             QStringLiteral("must-not-contain"), QStringLiteral("^snmp-server community public"),
                             QStringLiteral("critical"), true),
                        rule(QStringLiteral("no-telnet"), QStringLiteral("No telnet on the VTY lines"),
                             QStringLiteral("must-not-contain"), QStringLiteral("transport input .*telnet"),
                             QStringLiteral("critical"), true)}}};
}

} // namespace

QString demoConfiguration(const Domain::Device &device, const QList<Domain::Interface> &interfaces, int version)
{
    QStringList out{QStringLiteral("! Last configuration change at 02:%1:00 UTC").arg(10 + version),
                    QStringLiteral("hostname %1").arg(device.name), QStringLiteral("!")};
    const QString address = device.primaryIp.section(QLatin1Char('/'), 0, 0);
    int shown = 0;
    for (const Domain::Interface &i : interfaces) {
        if (++shown > 12)
            break;
        out << QStringLiteral("interface %1").arg(i.name);
        QString description = i.description;
        if (version >= 2 && shown == 1)
            description = QStringLiteral("uplink (checked %1)").arg(device.siteName);
        if (!description.isEmpty())
            out << QStringLiteral(" description %1").arg(description);
        for (const QString &a : i.addresses)
            out << QStringLiteral(" ip address %1").arg(a);
        out << (i.enabled ? QStringLiteral(" no shutdown") : QStringLiteral(" shutdown")) << QStringLiteral("!");
    }
    if (!address.isEmpty())
        out << QStringLiteral("ip route 0.0.0.0/0 %1")
                   .arg(address.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".1"));
    // One device in five misses an NTP server; one in seven keeps a public community.
    out << QStringLiteral("ntp server 10.255.0.1");
    if (device.id % 5 != 0)
        out << QStringLiteral("ntp server 10.255.0.2");
    if (device.id % 7 == 0)
        out << QStringLiteral("snmp-server community public RO");
    out << QStringLiteral("snmp-server community %1-ro RO").arg(device.siteName.toLower().replace(u' ', u'-'));
    out << QStringLiteral("logging host 10.255.1.10");
    if (version >= 2)
        out << QStringLiteral("logging host 10.255.1.11");
    out << QStringLiteral("line vty 0 4") << QStringLiteral(" transport input ssh") << QStringLiteral("!")
        << QStringLiteral("end");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status seedDemoConfigurations(Workspace::Workspace &workspace, int maxDevices)
{
    if (workspace.workspaceConfig().compliance.isEmpty()) {
        Workspace::WorkspaceConfig config = workspace.workspaceConfig();
        config.compliance = demoCompliance();
        if (auto st = workspace.setWorkspaceConfig(config); !st)
            return st;
        if (auto st = workspace.save(); !st)
            return st;
    }
    auto jobs = Jobs::JobStore::open(workspace.storePath());
    if (!jobs)
        return jobs.error();
    auto existing = (*jobs)->latestBackups();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    auto store = Store::Store::openSqlite(workspace.storePath(), false);
    if (!store)
        return store.error();
    auto devices = (*store)->devices();
    if (!devices)
        return devices.error();
    int seeded = 0;
    for (const Domain::Device &d : std::as_const(*devices)) {
        if (seeded >= maxDevices)
            break;
        if (!isNetworkDevice(d))
            continue;
        auto interfaces = (*store)->interfaces(d.id);
        if (!interfaces)
            return interfaces.error();
        for (int version = 1; version <= 2; ++version) {
            if (auto b = (*jobs)->addBackup(d.name, demoConfiguration(d, *interfaces, version), QStringLiteral("demo"));
                !b)
                return b.error();
        }
        ++seeded;
    }
    return {};
}

} // namespace OpsDeck::Demo
