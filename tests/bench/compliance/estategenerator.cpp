// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "estategenerator.h"

#include <random>

namespace OpsDeck::Bench {

namespace {

QString ip(int a, int b, int c, int d)
{
    return QString::number(a) + QLatin1Char('.') + QString::number(b) + QLatin1Char('.') + QString::number(c) +
           QLatin1Char('.') + QString::number(d);
}

void line(QString &out, QLatin1String text)
{
    out += text;
    out += QLatin1Char('\n');
}

void line(QString &out, const QString &text)
{
    out += text;
    out += QLatin1Char('\n');
}

// Access ports with the odd missing description, VLAN 1 or shutdown.
void appendAccessPorts(QString &out, std::mt19937_64 &rng, int ports, int index)
{
    for (int p = 1; p <= ports; ++p) {
        line(out, QLatin1String("interface GigabitEthernet1/0/") + QString::number(p));
        if (rng() % 40)
            line(out, QLatin1String(" description user port ") + QString::number(p));
        line(out, QLatin1String(" switchport access vlan ") +
                      QString::number(rng() % 20 == 0 ? 1 : 100 + int(rng() % 40) * 7 + index % 5));
        line(out, QLatin1String(" switchport mode access"));
        line(out, QLatin1String(" spanning-tree portfast"));
        line(out, QLatin1String(" spanning-tree bpduguard enable"));
        line(out, QLatin1String(" storm-control broadcast level 1.00"));
        if (rng() % 30 == 0)
            line(out, QLatin1String(" shutdown"));
        line(out, QLatin1String("!"));
    }
}

// SNMP, logging, NTP and the console and VTY lines that end a configuration.
void appendTail(QString &out, std::mt19937_64 &rng, const Compliance::DeviceFacts &f, int index)
{
    line(out, QLatin1String("snmp-server community opsdeck RO"));
    if (index % 11 == 0)
        line(out, QLatin1String("snmp-server community public RO"));
    line(out, QLatin1String("snmp-server location ") + f.site);
    line(out, QLatin1String("logging trap informational"));
    line(out, QLatin1String("logging host ") + f.values.value(QStringLiteral("syslog")).constFirst());
    line(out, QLatin1String("ntp clock-period ") + QString::number(17179000 + rng() % 1000));
    for (const QString &s : f.values.value(QStringLiteral("ntp")))
        line(out, QLatin1String("ntp server ") + s);
    line(out, QLatin1String("!"));
    line(out, QLatin1String("line con 0"));
    line(out, QLatin1String(" logging synchronous"));
    line(out, QLatin1String("line vty 0 4"));
    line(out, QLatin1String(" login local"));
    line(out, index % 13 == 0 ? QLatin1String(" transport input telnet ssh") : QLatin1String(" transport input ssh"));
    line(out, QLatin1String("line vty 5 15"));
    line(out, QLatin1String(" login local"));
    line(out, QLatin1String(" transport input ssh"));
    line(out, QLatin1String("!"));
    line(out, QLatin1String("end"));
}

// Rule set: literal must-contain (12), literal must-not-contain (10),
// regex must/must-not (14), section matches (14).
const char kRules[] = R"([
 {"id": "hostname", "kind": "must-contain", "pattern": "hostname {device.name}", "severity": "critical"},
 {"id": "ntp", "kind": "must-contain", "pattern": "ntp server {ntp}"},
 {"id": "syslog", "kind": "must-contain", "pattern": "logging host {syslog}"},
 {"id": "vlans", "kind": "must-contain", "pattern": "vlan {vlans}"},
 {"id": "pwd-enc", "kind": "must-contain", "pattern": "service password-encryption"},
 {"id": "ts-log", "kind": "must-contain", "pattern": "service timestamps log datetime msec"},
 {"id": "ssh-v2", "kind": "must-contain", "pattern": "ip ssh version 2"},
 {"id": "no-http", "kind": "must-contain", "pattern": "no ip http server"},
 {"id": "no-https", "kind": "must-contain", "pattern": "no ip http secure-server"},
 {"id": "domain", "kind": "must-contain", "pattern": "ip domain-name example.net"},
 {"id": "aaa", "kind": "must-contain", "pattern": "aaa new-model", "scope": {"roles": ["core", "distribution"]}},
 {"id": "location", "kind": "must-contain", "pattern": "snmp-server location {device.site}"},
 {"id": "x-http", "kind": "must-not-contain", "pattern": "ip http server"},
 {"id": "x-pad", "kind": "must-not-contain", "pattern": "service pad"},
 {"id": "x-public", "kind": "must-not-contain", "pattern": "snmp-server community public RO"},
 {"id": "x-private", "kind": "must-not-contain", "pattern": "snmp-server community private RW"},
 {"id": "x-finger", "kind": "must-not-contain", "pattern": "ip finger"},
 {"id": "x-bootp", "kind": "must-not-contain", "pattern": "ip bootp server"},
 {"id": "x-source-route", "kind": "must-not-contain", "pattern": "ip source-route"},
 {"id": "x-telnet", "kind": "must-not-contain", "pattern": "transport input telnet"},
 {"id": "x-enable-pwd", "kind": "must-not-contain", "pattern": "enable password cisco"},
 {"id": "x-cdp", "kind": "must-not-contain", "pattern": "cdp run", "scope": {"roles": ["access"]}},
 {"id": "r-gateway", "kind": "must-contain", "match": "regex", "pattern": "^ip route 0\\.0\\.0\\.0 0\\.0\\.0\\.0 {gateway}$"},
 {"id": "r-mgmt-ip", "kind": "must-contain", "match": "regex", "pattern": "^ip address {device.primary_ip} 255\\.255\\.255\\.0$"},
 {"id": "r-enable", "kind": "must-contain", "match": "regex", "pattern": "^enable secret \\d+ \\S+$", "severity": "critical"},
 {"id": "r-user", "kind": "must-contain", "match": "regex", "pattern": "^username \\S+ privilege 15 secret"},
 {"id": "r-banner", "kind": "must-contain", "match": "regex", "pattern": "^banner (motd|login) "},
 {"id": "r-acl-mgmt", "kind": "must-contain", "match": "regex", "pattern": "^ip access-list extended ACL-MGMT$"},
 {"id": "r-logging-level", "kind": "must-contain", "match": "regex", "pattern": "^logging trap (informational|notifications)$"},
 {"id": "r-syslog-any", "kind": "must-contain", "match": "regex", "pattern": "^logging (host )?{syslog}$"},
 {"id": "r-x-rw", "kind": "must-not-contain", "match": "regex", "pattern": "^snmp-server community \\S+ RW"},
 {"id": "r-x-any-any", "kind": "must-not-contain", "match": "regex", "pattern": "permit ip any any$"},
 {"id": "r-x-telnet", "kind": "must-not-contain", "match": "regex", "pattern": "transport input .*telnet"},
 {"id": "r-x-debug", "kind": "must-not-contain", "match": "regex", "pattern": "^logging buffered \\d+ debugging$"},
 {"id": "r-x-weak-ssh", "kind": "must-not-contain", "match": "regex", "pattern": "^ip ssh version 1$"},
 {"id": "r-x-dhcp-snoop-off", "kind": "must-not-contain", "match": "regex", "pattern": "^no ip dhcp snooping vlan \\d+"},
 {"id": "s-access", "kind": "section-match", "section": "^interface GigabitEthernet1/0/", "match": "regex",
  "children": {"must_contain": ["^switchport mode (access|trunk)$", "^description "], "must_not_contain": ["^switchport trunk allowed vlan all$"]}},
 {"id": "s-portfast", "kind": "section-match", "section": "^interface GigabitEthernet1/0/", "match": "literal",
  "section_match": "regex", "children": {"must_contain": ["spanning-tree portfast"]}, "scope": {"roles": ["access"]}},
 {"id": "s-bpdu", "kind": "section-match", "section": "^interface GigabitEthernet1/0/", "match": "literal",
  "section_match": "regex", "children": {"must_not_contain": ["spanning-tree bpdufilter enable"]}},
 {"id": "s-uplink", "kind": "section-match", "section": "^interface TenGigabitEthernet", "match": "regex",
  "children": {"must_contain": ["^description uplink ", "^switchport mode trunk$"]}},
 {"id": "s-svi", "kind": "section-match", "section": "^interface Vlan\\d+$", "match": "regex",
  "children": {"must_contain": ["^ip address \\S+ \\S+$"], "must_not_contain": ["^ip redirects$"]}},
 {"id": "s-vlan-name", "kind": "section-match", "section": "^vlan {vlans}$", "match": "regex",
  "children": {"must_contain": ["^name \\S+$"]}},
 {"id": "s-vty", "kind": "section-match", "section": "^line vty ", "match": "literal",
  "children": {"must_contain": ["transport input ssh", "login local"], "must_not_contain": ["transport input all"]}},
 {"id": "s-con", "kind": "section-match", "section": "line con 0", "section_match": "literal", "match": "literal",
  "children": {"must_contain": ["logging synchronous"]}},
 {"id": "s-acl-mgmt", "kind": "section-match", "section": "ip access-list extended ACL-MGMT", "section_match": "literal",
  "match": "regex", "children": {"must_contain": ["^permit tcp {mgmt_net} any eq 22$"], "must_not_contain": ["^permit ip any any$"]}},
 {"id": "s-acl-remark", "kind": "section-match", "section": "^ip access-list extended ", "match": "regex",
  "children": {"must_contain": ["^remark "]}},
 {"id": "s-stp-guard", "kind": "section-match", "section": "^interface TenGigabitEthernet", "match": "literal",
  "children": {"must_not_contain": ["spanning-tree guard none"]}},
 {"id": "s-storm", "kind": "section-match", "section": "^interface GigabitEthernet1/0/", "match": "regex",
  "children": {"must_contain": ["^storm-control broadcast level \\d+(\\.\\d+)?$"]}, "scope": {"roles": ["access"]}},
 {"id": "s-desc-site", "kind": "section-match", "section": "^interface Vlan99$", "match": "regex",
  "children": {"must_contain": ["^description mgmt {device.site}$"]}},
 {"id": "s-shut-unused", "kind": "section-match", "section": "^interface GigabitEthernet1/0/", "match": "regex",
  "children": {"must_not_contain": ["^switchport access vlan 1$"]}}
])";

} // namespace

Compliance::DeviceFacts EstateGenerator::facts(int index) const
{
    static const char *const roles[] = {"access", "access", "access", "distribution", "core"};
    Compliance::DeviceFacts f;
    f.site = QStringLiteral("site-%1").arg(index % 50, 2, 10, QLatin1Char('0'));
    f.role = QLatin1String(roles[index % 5]);
    f.name = QStringLiteral("%1-%2-%3").arg(f.role.left(3), f.site).arg(index, 5, 10, QLatin1Char('0'));
    f.platform = QStringLiteral("ios");
    f.primaryIp = ip(10, 100 + index % 50, index / 250 % 250, 1 + index % 250);
    QStringList vlans;
    for (int v = 0; v < 40; ++v)
        vlans << QString::number(100 + v * 7 + index % 5);
    f.values.insert(QStringLiteral("vlans"), vlans);
    f.values.insert(QStringLiteral("ntp"), {ip(10, 0, 0, 1), ip(10, 0, 0, 2)});
    f.values.insert(QStringLiteral("syslog"), {ip(10, 0, 1, 10 + index % 50)});
    f.values.insert(QStringLiteral("gateway"), {ip(10, 100 + index % 50, index / 250 % 250, 254)});
    f.values.insert(QStringLiteral("mgmt_net"), {QStringLiteral("10.0.0.0 0.0.255.255")});
    return f;
}

QString EstateGenerator::running(int index, int lines) const
{
    std::mt19937_64 rng(m_seed * 1000003u + quint64(index));
    const Compliance::DeviceFacts f = facts(index);
    QString out;
    out.reserve(lines * 34);
    line(out, QLatin1String("Building configuration..."));
    line(out, QLatin1String(""));
    line(out, QStringLiteral("Current configuration : %1 bytes").arg(30000 + rng() % 40000));
    line(out, QLatin1String("!"));
    line(out, QStringLiteral("! Last configuration change at 10:%1:07 UTC Mon Dec 7 2026").arg(rng() % 60));
    line(out, QLatin1String("version 15.2"));
    line(out, QLatin1String("service timestamps debug datetime msec"));
    line(out, QLatin1String("service timestamps log datetime msec"));
    line(out, QLatin1String("service password-encryption"));
    line(out, QLatin1String("!"));
    line(out, QLatin1String("hostname ") + f.name);
    line(out, QLatin1String("!"));
    line(out, QStringLiteral("enable secret 5 $1$%1$hx5rVt7rPNoS4wqbXKX7m0").arg(rng() % 10000));
    line(out, QLatin1String("username netops privilege 15 secret 5 $1$aB3d$Qq9WcY1pZ0sVx2LmN8rT4."));
    if (f.role != QLatin1String("access"))
        line(out, QLatin1String("aaa new-model"));
    line(out, QLatin1String("ip domain-name example.net"));
    line(out, QLatin1String("no ip http server"));
    line(out, QLatin1String("no ip http secure-server"));
    line(out, QLatin1String("ip ssh version 2"));
    if (index % 17 == 0)
        line(out, QLatin1String("service pad"));
    line(out, QLatin1String("banner motd ^C Authorised access only ^C"));
    line(out, QLatin1String("!"));
    for (const QString &v : f.values.value(QStringLiteral("vlans"))) {
        if (index % 23 == 0 && v.endsWith(QLatin1Char('7')))
            continue; // a VLAN missing now and then
        line(out, QLatin1String("vlan ") + v);
        line(out, QLatin1String(" name vlan-") + v);
        line(out, QLatin1String("!"));
    }
    int written = out.count(QLatin1Char('\n'));
    // Access ports: 9 lines each, about 40% of the configuration.
    appendAccessPorts(out, rng, std::max(8, (lines * 2 / 5) / 9), index);
    for (int u = 1; u <= 4; ++u) {
        line(out, QLatin1String("interface TenGigabitEthernet1/1/") + QString::number(u));
        line(out, QLatin1String(" description uplink core-") + QString::number(u));
        line(out, QLatin1String(" switchport mode trunk"));
        line(out, QLatin1String("!"));
    }
    line(out, QLatin1String("interface Vlan99"));
    line(out, QLatin1String(" description mgmt ") + f.site);
    line(out, QLatin1String(" ip address ") + f.primaryIp + QLatin1String(" 255.255.255.0"));
    line(out, QLatin1String("!"));
    line(out, QLatin1String("ip route 0.0.0.0 0.0.0.0 ") + f.values.value(QStringLiteral("gateway")).constFirst());
    line(out, QLatin1String("ip access-list extended ACL-MGMT"));
    line(out, QLatin1String(" remark management access"));
    line(out, QLatin1String(" permit tcp 10.0.0.0 0.0.255.255 any eq 22"));
    line(out, QLatin1String(" deny ip any any log"));
    written = out.count(QLatin1Char('\n'));
    // ACLs and static routes fill the rest, leaving room for the tail.
    int acl = 0;
    while (written < lines - 40) {
        line(out, QLatin1String("ip access-list extended ACL-SRV-") + QString::number(++acl));
        line(out, QLatin1String(" remark servers ") + QString::number(acl));
        for (int k = 0; k < 24 && written < lines - 40; ++k, ++written)
            line(out, QLatin1String(" permit tcp host ") + ip(172, 16 + acl % 16, int(rng() % 250), int(rng() % 250)) +
                          QLatin1String(" any eq ") + QString::number(1024 + rng() % 20000));
        written += 2;
        for (int k = 0; k < 8 && written < lines - 40; ++k, ++written)
            line(out, QLatin1String("ip route ") + ip(192, 168, acl % 250, k * 16) +
                          QLatin1String(" 255.255.255.240 ") + ip(10, 1, 1, 1 + int(rng() % 250)));
    }
    appendTail(out, rng, f, index);
    return out;
}

QString EstateGenerator::intended(const QString &running, int index, int edits) const
{
    std::mt19937_64 rng(m_seed * 7919u + quint64(index));
    QStringList lines = running.split(QLatin1Char('\n'));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = 20 + qsizetype(rng() % quint64(lines.size() - 40));
        switch (rng() % 3) {
        case 0:
            lines[at] += QLatin1String(" ! changed");
            if (!lines[at].startsWith(QLatin1Char(' ')))
                lines[at] = QLatin1String("ip name-server 10.0.9.") + QString::number(e);
            break;
        case 1:
            lines.removeAt(at);
            break;
        default:
            lines.insert(at, QLatin1String("logging host 10.9.9.") + QString::number(e));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray EstateGenerator::rulesJson()
{
    return QByteArray(kRules);
}

QStringList EstateGenerator::literalPatterns()
{
    return {QStringLiteral("service password-encryption"),
            QStringLiteral("service timestamps log datetime msec"),
            QStringLiteral("ip ssh version 2"),
            QStringLiteral("no ip http server"),
            QStringLiteral("no ip http secure-server"),
            QStringLiteral("ip domain-name example.net"),
            QStringLiteral("aaa new-model"),
            QStringLiteral("ip http server"),
            QStringLiteral("service pad"),
            QStringLiteral("snmp-server community public RO"),
            QStringLiteral("snmp-server community private RW"),
            QStringLiteral("ip finger"),
            QStringLiteral("ip bootp server"),
            QStringLiteral("ip source-route"),
            QStringLiteral("enable password cisco"),
            QStringLiteral("cdp run")};
}

} // namespace OpsDeck::Bench
