// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QHash>
#include <QTest>

#include "backend/metrics/collectionscheduler.h"
#include "backend/domain/interfacename.h"
#include "backend/metrics/interfacematcher.h"
#include "backend/snmp/mibparsers.h"
#include "backend/snmp/snmppoller.h"
#include "tests/backend/metrics/interfacematchfixture.h"

using namespace OpsDeck;
using Metrics::InterfaceMatcher;

namespace {

// NetBox interfaces of one device, ids 1000, 1001, ... in list order.
QList<Domain::Interface> netboxInterfaces(const QStringList &names)
{
    QList<Domain::Interface> out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Domain::Interface itf;
        itf.id = 1000 + i;
        itf.deviceId = 7;
        itf.name = names.at(i);
        out << itf;
    }
    return out;
}

// Polled rows written "ifIndex|ifName|ifDescr|ifAlias".
QList<Snmp::InterfaceStats> polledRows(const QStringList &rows)
{
    QList<Snmp::InterfaceStats> out;
    for (const QString &row : rows) {
        const QStringList f = row.split(u'|');
        Snmp::InterfaceStats s;
        s.ifIndex = f.value(0).toInt();
        s.name = f.value(1);
        s.descr = f.value(2);
        s.alias = f.value(3);
        out << s;
    }
    return out;
}

// The result as "name|ifIndex|rule" per NetBox interface (ifIndex 0 and no
// rule when unmatched), in NetBox order.
QStringList describe(const QList<Domain::Interface> &netbox, const QList<Domain::InterfaceMatch> &matches)
{
    QHash<qint64, Domain::InterfaceMatch> byInterface;
    for (const Domain::InterfaceMatch &m : matches)
        byInterface.insert(m.interfaceId, m);
    QStringList out;
    for (const Domain::Interface &i : netbox) {
        const Domain::InterfaceMatch m = byInterface.value(i.id);
        out << (m.interfaceId ? QStringLiteral("%1|%2|%3").arg(i.name).arg(m.ifIndex).arg(m.matchedBy)
                              : QStringLiteral("%1|0|").arg(i.name));
    }
    return out;
}

// Sensors as "name|rx|tx" per matched NetBox interface that has any.
QStringList describeSensors(const QList<Domain::Interface> &netbox, const QList<Domain::InterfaceMatch> &matches)
{
    QHash<qint64, QString> names;
    for (const Domain::Interface &i : netbox)
        names.insert(i.id, i.name);
    QStringList out;
    for (const Domain::InterfaceMatch &m : matches) {
        if (m.rxSensor || m.txSensor)
            out << QStringLiteral("%1|%2|%3").arg(names.value(m.interfaceId)).arg(m.rxSensor).arg(m.txSensor);
    }
    out.sort();
    return out;
}

QStringList numbered(const QString &pattern, int from, int to)
{
    QStringList out;
    for (int k = from; k <= to; ++k)
        out << pattern.arg(k);
    return out;
}

#ifdef OPSDECK_HAVE_SHARED
// The ifTable, ifXTable, entPhysicalTable and entPhySensorTable of an
// snmprec recording (OID|TYPE|VALUE lines), parsed the way the collector
// parses a walk of them.
struct Recording
{
    QList<Snmp::InterfaceStats> interfaces;
    QList<Snmp::SensorReading> sensors;
};

Recording readRecording(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString ifTable = QStringLiteral("1.3.6.1.2.1.2.2");
    const QString ifXTable = QStringLiteral("1.3.6.1.2.1.31.1.1");
    const QString physical = QStringLiteral("1.3.6.1.2.1.47.1.1.1");
    const QString sensor = QStringLiteral("1.3.6.1.2.1.99.1.1");
    Snmp::VarBindList tables[4];
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const int first = line.indexOf('|');
        const int second = line.indexOf('|', first + 1);
        if (first < 0 || second < 0)
            continue;
        Snmp::VarBind vb;
        vb.oid = QString::fromLatin1(line.left(first));
        const QByteArray type = line.mid(first + 1, second - first - 1);
        const QByteArray value = line.mid(second + 1);
        if (type == "2") {
            vb.type = Snmp::ValueType::Integer;
            vb.value = value.toLongLong();
        } else if (type == "4" || type == "4x") {
            vb.type = Snmp::ValueType::OctetString;
            vb.value = type == "4x" ? QByteArray::fromHex(value) : value;
        } else if (type == "65" || type == "66" || type == "67" || type == "70") {
            vb.type = type == "70"   ? Snmp::ValueType::Counter64
                      : type == "67" ? Snmp::ValueType::TimeTicks
                      : type == "66" ? Snmp::ValueType::Gauge32
                                     : Snmp::ValueType::Counter32;
            vb.value = value.toULongLong();
        } else {
            continue;
        }
        const QString roots[] = {ifTable, ifXTable, physical, sensor};
        for (int t = 0; t < 4; ++t) {
            if (Snmp::oidIsUnder(vb.oid, roots[t]))
                tables[t] << vb;
        }
    }
    Recording r;
    r.interfaces = Snmp::MibParsers::parseInterfaces(tables[0], tables[1]);
    r.sensors = Snmp::MibParsers::parseSensors(tables[3], tables[2]);
    return r;
}
#endif

} // namespace

class TestInterfaceMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void normalisedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalised");
        const auto row = [](const char *name, const char *normalised) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(normalised);
        };
        row("GigabitEthernet0/1", "gigabitethernet0/1");
        row("Gi0/1", "gigabitethernet0/1");
        row("gig 0/1", "gigabitethernet0/1");
        row("Te1/1/1", "tengigabitethernet1/1/1");
        row("TenGigabitEthernet1/1/1", "tengigabitethernet1/1/1");
        row("Fo1/0/1", "fortygigabitethernet1/0/1");
        row("FortyGigE1/0/1", "fortygigabitethernet1/0/1");
        row("Hu0/0/0/0", "hundredgigabitethernet0/0/0/0");
        row("HundredGigE0/0/0/0", "hundredgigabitethernet0/0/0/0");
        row("Eth1/1", "ethernet1/1");
        row("Ethernet1/1", "ethernet1/1");
        row("Po10", "port-channel10");
        row("Port-Channel10", "port-channel10");
        row("Mgmt0", "management0");
        row("Management 0", "management0");
        row("Vl100", "vlan100");
        // Names the table does not know stay as they are, folded.
        row("xe-0/0/0", "xe-0/0/0");
        row("ge-0/0/1", "ge-0/0/1");
        row("eth0", "ethernet0");
        row("24", "24");
    }

    void normalisedNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalised);
        QCOMPARE(Domain::normalisedInterfaceName(name), normalised);
    }

    void rules_data()
    {
        QTest::addColumn<QStringList>("netbox");
        QTest::addColumn<QStringList>("polled");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("ifName exactly") << QStringList{u"Gi0/1"_qs, u"Gi0/2"_qs}
                                        << QStringList{u"2|Gi0/2|GigabitEthernet0/2|"_qs,
                                                       u"1|Gi0/1|GigabitEthernet0/1|"_qs}
                                        << QStringList{u"Gi0/1|1|ifName"_qs, u"Gi0/2|2|ifName"_qs};
        QTest::newRow("ifDescr before a looser ifName")
            << QStringList{u"GigabitEthernet0/1"_qs} << QStringList{u"1|gi0/1|GigabitEthernet0/1|uplink"_qs}
            << QStringList{u"GigabitEthernet0/1|1|ifDescr"_qs};
        QTest::newRow("ifAlias exactly") << QStringList{u"uplink-core"_qs}
                                         << QStringList{u"7|xe-0/0/0|xe-0/0/0|uplink-core"_qs}
                                         << QStringList{u"uplink-core|7|ifAlias"_qs};
        QTest::newRow("case and spaces ignored")
            << QStringList{u"ETHERNET 1"_qs, u"ge-0/0/1"_qs}
            << QStringList{u"3|Ethernet1|Ethernet1|"_qs, u"4|x|GE-0/0/1|"_qs}
            << QStringList{u"ETHERNET 1|3|ifName-nocase"_qs, u"ge-0/0/1|4|ifDescr-nocase"_qs};
        QTest::newRow("vendor abbreviations")
            << QStringList{u"Te1/1/1"_qs, u"HundredGigE0/0/0"_qs, u"Fo1/0/1"_qs, u"Eth1/2"_qs, u"Po10"_qs, u"Mgmt0"_qs}
            << QStringList{u"1|TenGigabitEthernet1/1/1||"_qs,
                           u"2|Hu0/0/0||"_qs,
                           u"3||FortyGigabitEthernet1/0/1|"_qs,
                           u"4|Ethernet1/2||"_qs,
                           u"5|Port-channel10||"_qs,
                           u"6|Management0||"_qs}
            << QStringList{u"Te1/1/1|1|ifName-normalised"_qs,  u"HundredGigE0/0/0|2|ifName-normalised"_qs,
                           u"Fo1/0/1|3|ifDescr-normalised"_qs, u"Eth1/2|4|ifName-normalised"_qs,
                           u"Po10|5|ifName-normalised"_qs,     u"Mgmt0|6|ifName-normalised"_qs};
        QTest::newRow("two polled rows with one name: no guess")
            << QStringList{u"eth0"_qs} << QStringList{u"1|eth0||"_qs, u"2|eth0||"_qs} << QStringList{u"eth0|0|"_qs};
        QTest::newRow("a tie broken by a later rule")
            << QStringList{u"eth0"_qs} << QStringList{u"1|eth0|eth0|"_qs, u"2|eth0|other|"_qs}
            << QStringList{u"eth0|1|ifDescr"_qs};
        QTest::newRow("two NetBox names normalising alike: no guess")
            << QStringList{u"Gi0/1"_qs, u"GigabitEthernet0/1"_qs} << QStringList{u"1|Gig0/1||"_qs}
            << QStringList{u"Gi0/1|0|"_qs, u"GigabitEthernet0/1|0|"_qs};
        QTest::newRow("one ifIndex per NetBox interface")
            << QStringList{u"Gi0/1"_qs} << QStringList{u"1|Gi0/1||"_qs, u"2||Gi0/1|"_qs}
            << QStringList{u"Gi0/1|1|ifName"_qs};
        QTest::newRow("one NetBox interface per ifIndex")
            << QStringList{u"Gi0/1"_qs, u"uplink"_qs} << QStringList{u"1|Gi0/1||uplink"_qs}
            << QStringList{u"Gi0/1|1|ifName"_qs, u"uplink|0|"_qs};
        QTest::newRow("empty names never match")
            << QStringList{u"x"_qs, u" "_qs} << QStringList{u"1|||"_qs, u"2| | |"_qs}
            << QStringList{u"x|0|"_qs, u" |0|"_qs};
        QTest::newRow("nothing polled") << QStringList{u"Gi0/1"_qs} << QStringList{} << QStringList{u"Gi0/1|0|"_qs};
    }

    void rules()
    {
        QFETCH(QStringList, netbox);
        QFETCH(QStringList, polled);
        QFETCH(QStringList, expected);
        const QList<Domain::Interface> interfaces = netboxInterfaces(netbox);
        const QList<Domain::InterfaceMatch> matches = InterfaceMatcher::match(interfaces, polledRows(polled));
        QCOMPARE(describe(interfaces, matches), expected);
        for (qsizetype i = 1; i < matches.size(); ++i)
            QVERIFY(matches.at(i - 1).ifIndex < matches.at(i).ifIndex);
    }

    void opticalSensors()
    {
        const QList<Domain::Interface> netbox = netboxInterfaces(
            {u"TenGigabitEthernet1/1/1"_qs, u"TenGigabitEthernet1/1/2"_qs, u"TenGigabitEthernet1/1/3"_qs});
        const QList<Snmp::InterfaceStats> polled =
            polledRows({u"1|Te1/1/1|TenGigabitEthernet1/1/1|"_qs, u"2|Te1/1/2|TenGigabitEthernet1/1/2|"_qs,
                        u"3|Te1/1/3|TenGigabitEthernet1/1/3|"_qs});
        const auto sensor = [](int index, const char *name, Snmp::SensorUnit unit) {
            Snmp::SensorReading s;
            s.entityIndex = index;
            s.name = QString::fromUtf8(name);
            s.unit = unit;
            return s;
        };
        using Unit = Snmp::SensorUnit;
        const QList<Snmp::SensorReading> sensors{
            sensor(11, "Te1/1/1 Receive Power Sensor", Unit::Dbm),
            sensor(12, "Te1/1/1 Transmit Power Sensor", Unit::Dbm),
            sensor(13, "Te1/1/1 Temperature Sensor", Unit::Celsius),
            sensor(14, "Te1/1/1 Bias Current Sensor", Unit::Amperes),
            // Two lanes claim the Rx of port 2: neither is taken.
            sensor(21, "Te1/1/2 Lane 1 Receive Power", Unit::Dbm),
            sensor(22, "Te1/1/2 Lane 2 Receive Power", Unit::Dbm),
            sensor(23, "TenGigabitEthernet1/1/2 Transmit Power", Unit::Dbm),
            // Watts with "power" in the name count; no direction, no port: not taken.
            sensor(31, "DOM RX Power Sensor for TenGigabitEthernet1/1/3", Unit::Watts),
            sensor(32, "DOM Power Sensor for Te1/1/3", Unit::Watts),
            sensor(33, "Transceiver Transmit Power", Unit::Dbm),
            sensor(34, "PowerSupply1 Input power sensor for Te1/1/3", Unit::Watts),
        };
        const QList<Domain::InterfaceMatch> matches = InterfaceMatcher::match(netbox, polled, sensors);
        QCOMPARE(matches.size(), 3);
        QCOMPARE(describeSensors(netbox, matches),
                 (QStringList{u"TenGigabitEthernet1/1/1|11|12"_qs, u"TenGigabitEthernet1/1/2|0|23"_qs,
                              u"TenGigabitEthernet1/1/3|31|0"_qs}));
        // Without sensors the interface match is the same, with none attached.
        const QList<Domain::InterfaceMatch> plain = InterfaceMatcher::match(netbox, polled);
        QCOMPARE(describe(netbox, plain), describe(netbox, matches));
        QVERIFY(describeSensors(netbox, plain).isEmpty());
        QVERIFY(!InterfaceMatcher::sameMatches(plain, matches));
    }

    // Optics that report watts also get an "optical.dbm" series, as the
    // charts of a matched Rx/Tx sensor read it; other power sensors do not.
    void wattOpticsInDbm()
    {
        Snmp::SnmpPoller poller;
        Metrics::CollectionScheduler scheduler(&poller, nullptr);
        Snmp::DeviceSnapshot snapshot;
        const auto sensor = [](int index, const char *name, double watts) {
            Snmp::SensorReading s;
            s.entityIndex = index;
            s.descr = QString::fromUtf8(name);
            s.unit = Snmp::SensorUnit::Watts;
            s.value = watts;
            return s;
        };
        snapshot.sensors = {sensor(1, "DOM RX Power Sensor for Ethernet5", 0.0005),
                            sensor(2, "DOM TX Power Sensor for Ethernet5", 0.001),
                            sensor(3, "Input power sensor", 300)};
        QHash<QString, double> dbm;
        QHash<QString, double> raw;
        for (const auto &s : scheduler.samplesFor(u"dev"_qs, snapshot)) {
            if (s.metric == QLatin1String("optical.dbm"))
                dbm.insert(s.object, s.value);
            else if (s.metric == QLatin1String("sensor.value"))
                raw.insert(s.object, s.value);
        }
        QCOMPARE(dbm.size(), 2);
        QVERIFY(qAbs(dbm.value(u"sensor:1"_qs) - -3.0103) < 1e-3);
        QVERIFY(qAbs(dbm.value(u"sensor:2"_qs)) < 1e-9);
        QCOMPARE(raw.size(), 3);
        QCOMPARE(raw.value(u"sensor:3"_qs), 300.0);
    }

    void sameMatches()
    {
        const QList<Domain::InterfaceMatch> a{Test::interfaceMatch(1, 10, u"ifName"_qs),
                                              Test::interfaceMatch(2, 11, u"ifDescr"_qs, 201, 202)};
        QList<Domain::InterfaceMatch> b{Test::interfaceMatch(2, 11, u"ifDescr"_qs, 201, 202),
                                        Test::interfaceMatch(1, 10, u"ifName"_qs)};
        b[0].matchedAt = u"2024-01-01T00:00:00Z"_qs;
        QVERIFY(InterfaceMatcher::sameMatches(a, b)); // order and time aside
        b[1].matchedBy = u"ifName-nocase"_qs;
        QVERIFY(!InterfaceMatcher::sameMatches(a, b));
        b[1].matchedBy = u"ifName"_qs;
        b[0].txSensor = 0;
        QVERIFY(!InterfaceMatcher::sameMatches(a, b));
        QVERIFY(!InterfaceMatcher::sameMatches(a, a.mid(1)));
        QVERIFY(InterfaceMatcher::sameMatches({}, {}));
    }

#ifdef OPSDECK_HAVE_SHARED
    // Recorded walks of real devices against interfaces named the way NetBox
    // (its device type library, or an operator) names that hardware.
    void recordedWalks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("netbox");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("sensors");

        const auto expect = [](const QStringList &names, int firstIfIndex, const QString &rule) {
            QStringList out;
            for (qsizetype i = 0; i < names.size(); ++i)
                out << QStringLiteral("%1|%2|%3").arg(names.at(i)).arg(firstIfIndex + i).arg(rule);
            return out;
        };
        const QString ifName = u"ifName"_qs;
        const QString ifDescr = u"ifDescr"_qs;

        {
            // IOS: ifName "Gi0/1", ifDescr "GigabitEthernet0/1".
            const QStringList ports = numbered(u"GigabitEthernet0/%1"_qs, 1, 52);
            QTest::newRow("cisco-c3560") << u"cisco-c3560"_qs << (ports + QStringList{u"Vlan1"_qs, u"Gi0/99"_qs})
                                         << (expect(ports, 10101, ifDescr) +
                                             QStringList{u"Vlan1|1|ifDescr"_qs, u"Gi0/99|0|"_qs})
                                         << QStringList{};
            const QStringList spelled = numbered(u"Gig 0/%1"_qs, 1, 52);
            QTest::newRow("cisco-c3560 abbreviated")
                << u"cisco-c3560"_qs << spelled << expect(spelled, 10101, u"ifName-normalised"_qs) << QStringList{};
        }
        {
            const QStringList ports = numbered(u"GigabitEthernet1/0/%1"_qs, 1, 12);
            QTest::newRow("cisco-c3750") << u"cisco-c3750"_qs << (ports + QStringList{u"StackPort1"_qs})
                                         << (expect(ports, 10101, ifDescr) + QStringList{u"StackPort1|5179|ifName"_qs})
                                         << QStringList{};
        }
        {
            // NX-OS: ifIndex values are large and not in port order.
            const QStringList ports = numbered(u"Ethernet1/%1"_qs, 1, 32);
            QStringList expected;
            for (int k = 1; k <= 32; ++k)
                expected << QStringLiteral("Ethernet1/%1|%2|ifName").arg(k).arg(436207616 + (k - 1) * 4096);
            QTest::newRow("cisco-n5000") << u"cisco-n5000"_qs
                                         << (ports + QStringList{u"mgmt0"_qs, u"port-channel11"_qs})
                                         << (expected + QStringList{u"mgmt0|83886080|ifName"_qs,
                                                                    u"port-channel11|369098762|ifName"_qs})
                                         << QStringList{};
            QTest::newRow("cisco-n5000 abbreviated")
                << u"cisco-n5000"_qs << QStringList{u"Eth1/1"_qs, u"Eth1/32"_qs, u"Po11"_qs, u"Mgmt0"_qs}
                << QStringList{u"Eth1/1|436207616|ifName-normalised"_qs, u"Eth1/32|436334592|ifName-normalised"_qs,
                               u"Po11|369098762|ifName-normalised"_qs, u"Mgmt0|83886080|ifName-nocase"_qs}
                << QStringList{};
        }
        {
            // FastIron: ifName "ethernet1/1/1", ifDescr "GigabitEthernet1/1/1".
            const QStringList ports = numbered(u"ethernet1/1/%1"_qs, 1, 24);
            const QStringList uplinks = numbered(u"Ethernet1/2/%1"_qs, 1, 4);
            QTest::newRow("brocade-icx6430-24")
                << u"brocade-icx6430-24"_qs << (ports + uplinks + QStringList{u"Management"_qs})
                << (expect(ports, 1, ifName) + expect(uplinks, 65, u"ifName-nocase"_qs) +
                    QStringList{u"Management|25|ifDescr"_qs})
                << QStringList{};
        }
        {
            const QStringList gig = numbered(u"GigabitEthernet0/0/%1"_qs, 1, 28);
            const QStringList xg = numbered(u"XGigabitEthernet0/0/%1"_qs, 1, 4);
            QTest::newRow("huawei-s5720")
                << u"huawei-s5720"_qs << (gig + xg + QStringList{u"MEth0/0/1"_qs})
                << (expect(gig, 6, ifName) + expect(xg, 34, ifName) + QStringList{u"MEth0/0/1|4|ifName"_qs})
                << QStringList{};
        }
        {
            const QStringList ports = numbered(u"ethernet1/%1"_qs, 1, 24);
            QTest::newRow("paloalto-pa-5000")
                << u"paloalto-pa-5000"_qs << (ports + QStringList{u"mgmt"_qs, u"ethernet1/13.4008"_qs})
                << (expect(ports, 6, ifName) +
                    QStringList{u"mgmt|5|ifName"_qs, u"ethernet1/13.4008|101134008|ifName"_qs})
                << QStringList{};
        }
        {
            // EOS, with DOM sensors ("DOM RX Power Sensor for Ethernet5", in watts).
            const QStringList ports = numbered(u"Ethernet%1"_qs, 1, 52);
            QStringList sensors;
            for (int port : {5, 7, 19, 23, 47, 48, 50, 51, 52})
                sensors << QStringLiteral("Ethernet%1|%2|%3")
                               .arg(port)
                               .arg(100300213 + port * 1000)
                               .arg(100300212 + port * 1000);
            sensors.sort();
            QTest::newRow("arista-dcs-7150s-52-cl")
                << u"arista-dcs-7150s-52-cl"_qs << (ports + QStringList{u"Management1"_qs, u"Port-Channel1"_qs})
                << (expect(ports, 1, ifName) +
                    QStringList{u"Management1|999001|ifName"_qs, u"Port-Channel1|1000001|ifName"_qs})
                << sensors;
        }
        {
            // ProCurve: ports named by number; two rows share ifName "lo0".
            const QStringList ports = numbered(u"%1"_qs, 1, 24);
            QTest::newRow("hpe-procurve-516733-b21")
                << u"hpe-procurve-516733-b21"_qs << (ports + QStringList{u"lo0"_qs, u"oobm0"_qs})
                << (expect(ports, 1, ifName) + QStringList{u"lo0|0|"_qs, u"oobm0|4178|ifName"_qs}) << QStringList{};
        }
        {
            const QStringList ports = numbered(u"eth%1"_qs, 0, 4);
            QTest::newRow("vyatta-unknown")
                << u"vyatta-unknown"_qs << (ports + QStringList{u"lo"_qs})
                << (expect(ports, 3, ifName) + QStringList{u"lo|1|ifName"_qs}) << QStringList{};
        }
    }

    void recordedWalks()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, netbox);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, sensors);
        const Recording recording =
            readRecording(QStringLiteral(OPSDECK_SHARED_DIR "/fixtures/snmprec/") + file + QStringLiteral(".snmprec"));
        QVERIFY2(!recording.interfaces.isEmpty(), qPrintable(file));
        const QList<Domain::Interface> interfaces = netboxInterfaces(netbox);
        const QList<Domain::InterfaceMatch> matches =
            InterfaceMatcher::match(interfaces, recording.interfaces, recording.sensors);
        QCOMPARE(describe(interfaces, matches), expected);
        QCOMPARE(describeSensors(interfaces, matches), sensors);
    }
#endif
};

QTEST_GUILESS_MAIN(TestInterfaceMatcher)
#include "tst_interfacematcher.moc"
