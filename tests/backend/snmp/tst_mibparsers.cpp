// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/snmp/mibparsers.h"
#include "backend/snmp/oidtable.h"

using namespace OpsDeck;
using namespace OpsDeck::Snmp;

namespace {
VarBind integer(const QString &oid, qint64 v)
{
    return {oid, ValueType::Integer, v};
}
VarBind octets(const QString &oid, const QByteArray &v)
{
    return {oid, ValueType::OctetString, v};
}
VarBind counter(const QString &oid, quint64 v, ValueType t = ValueType::Counter32)
{
    return {oid, t, v};
}
} // namespace

class TestMibParsers : public QObject
{
    Q_OBJECT

private slots:
    void sensorScale_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("precision");
        QTest::addColumn<double>("expected");
        QTest::newRow("celsius units p1") << qint64(282) << 9 << 1 << 28.2;
        QTest::newRow("dBm units p2 negative") << qint64(-245) << 9 << 2 << -2.45;
        QTest::newRow("milli volts p0") << qint64(3300) << 8 << 0 << 3.3;
        QTest::newRow("micro watts p1 (optical)") << qint64(5012) << 7 << 1 << 0.0005012;
        QTest::newRow("kilo watts p0") << qint64(2) << 10 << 0 << 2000.0;
        QTest::newRow("negative precision") << qint64(5) << 9 << -2 << 500.0;
    }
    void sensorScale()
    {
        QFETCH(qint64, value);
        QFETCH(int, scale);
        QFETCH(int, precision);
        QFETCH(double, expected);
        QVERIFY(qAbs(MibParsers::scaledSensorValue(value, scale, precision) - expected) < 1e-9);
    }

    void sensorsJoinPhysicalNames()
    {
        const QString s = Oids::entPhySensorEntry;
        const VarBindList sensors = {
            integer(s + u".1.10", 14), integer(s + u".2.10", 9), integer(s + u".3.10", 2),
            integer(s + u".4.10", -312), integer(s + u".5.10", 1),
            integer(s + u".1.11", 8), integer(s + u".2.11", 9), integer(s + u".3.11", 1),
            integer(s + u".4.11", 415), integer(s + u".5.11", 2),
        };
        const VarBindList physical = {
            octets(Oids::entPhysicalDescr + u".10", "Ethernet1 Rx Power Sensor"),
            octets(Oids::entPhysicalName + u".10", "Et1 Rx"),
            octets(Oids::entPhysicalDescr + u".11", "Board temp"),
        };
        const auto readings = MibParsers::parseSensors(sensors, physical);
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings[0].unit, SensorUnit::Dbm);
        QCOMPARE(readings[0].value, -3.12);
        QCOMPARE(readings[0].name, u"Et1 Rx"_qs);
        QVERIFY(readings[0].ok);
        QCOMPARE(readings[1].unit, SensorUnit::Celsius);
        QCOMPARE(readings[1].value, 41.5);
        QCOMPARE(readings[1].name, u"Board temp"_qs);
        QVERIFY(!readings[1].ok);
    }

    void interfacesPreferHighCapacity()
    {
        const QString e = Oids::ifEntry, x = Oids::ifXEntry;
        const VarBindList ifTable = {
            octets(e + u".2.1", "lo"), octets(e + u".2.2", "eth0"), integer(e + u".8.2", 1),
            counter(e + u".5.2", 4294967295ULL, ValueType::Gauge32), counter(e + u".10.2", 17),
            counter(e + u".16.2", 18), counter(e + u".14.2", 3), counter(e + u".10.1", 99),
        };
        const VarBindList ifXTable = {
            octets(x + u".1.2", "eth0"), counter(x + u".6.2", 1ULL << 40, ValueType::Counter64),
            counter(x + u".10.2", 5, ValueType::Counter64), counter(x + u".15.2", 10000, ValueType::Gauge32),
            octets(x + u".18.2", "uplink to core"),
        };
        const auto rows = MibParsers::parseInterfaces(ifTable, ifXTable);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].ifIndex, 1);
        QCOMPARE(rows[0].counterBits, 32);
        QCOMPARE(rows[0].inOctets, quint64(99));
        QCOMPARE(rows[1].name, u"eth0"_qs);
        QCOMPARE(rows[1].alias, u"uplink to core"_qs);
        QCOMPARE(rows[1].counterBits, 64);
        QCOMPARE(rows[1].inOctets, 1ULL << 40);
        QCOMPARE(rows[1].outOctets, quint64(5));
        QCOMPARE(rows[1].speedBps, quint64(10000000000ULL));
        QCOMPARE(rows[1].inErrors, quint64(3));
        QCOMPARE(rows[1].operStatus, 1);
    }

    void lldpIds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("subtype");
        QTest::addColumn<bool>("chassis");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chassis mac") << QByteArray::fromHex("444ca8313edf") << 4 << true << u"44:4c:a8:31:3e:df"_qs;
        QTest::newRow("port name") << QByteArray("Ethernet23") << 5 << false << u"Ethernet23"_qs;
        QTest::newRow("port mac") << QByteArray::fromHex("0011223344ff") << 3 << false << u"00:11:22:33:44:ff"_qs;
        QTest::newRow("binary other") << QByteArray::fromHex("01ff") << 7 << false << u"01:ff"_qs;
    }
    void lldpIds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, subtype);
        QFETCH(bool, chassis);
        QFETCH(QString, expected);
        QCOMPARE(MibParsers::lldpIdText(bytes, subtype, chassis), expected);
    }

    void lldpJoinsLocalPorts()
    {
        const QString r = Oids::lldpRemEntry, l = Oids::lldpLocPortEntry;
        const VarBindList remote = {
            integer(r + u".4.0.47.2", 4), octets(r + u".5.0.47.2", QByteArray::fromHex("444ca8313edf")),
            integer(r + u".6.0.47.2", 5), octets(r + u".7.0.47.2", "Ethernet23"),
            octets(r + u".9.0.47.2", "spine-1"),
        };
        const VarBindList local = {octets(l + u".3.47", "Ethernet47")};
        const auto n = MibParsers::parseLldp(remote, local);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n[0].localPortNum, 47);
        QCOMPARE(n[0].localPortId, u"Ethernet47"_qs);
        QCOMPARE(n[0].chassisId, u"44:4c:a8:31:3e:df"_qs);
        QCOMPARE(n[0].portId, u"Ethernet23"_qs);
        QCOMPARE(n[0].systemName, u"spine-1"_qs);
    }

    void pduLoads()
    {
        const auto loads = MibParsers::parsePduLoads({counter(Oids::apcLoadStatusLoad + u".1", 16, ValueType::Gauge32),
                                                      counter(Oids::apcLoadStatusLoad + u".3", 11, ValueType::Gauge32)});
        QCOMPARE(loads.size(), 2);
        QCOMPARE(loads[0].amperes, 1.6);
        QCOMPARE(loads[1].index, 3);
    }

    void oidNames_data()
    {
        QTest::addColumn<QString>("oid");
        QTest::addColumn<QString>("name");
        QTest::newRow("column instance") << u"1.3.6.1.2.1.31.1.1.1.6.7"_qs << u"ifHCInOctets.7"_qs;
        QTest::newRow("scalar") << u"1.3.6.1.2.1.1.5.0"_qs << u"sysName.0"_qs;
        QTest::newRow("trap") << u"1.3.6.1.6.3.1.1.5.3"_qs << u"linkDown"_qs;
        QTest::newRow("unknown") << u"1.3.6.1.4.1.99999.1"_qs << u"1.3.6.1.4.1.99999.1"_qs;
    }
    void oidNames()
    {
        QFETCH(QString, oid);
        QFETCH(QString, name);
        QCOMPARE(oidDisplayName(oid), name);
    }
};

QTEST_GUILESS_MAIN(TestMibParsers)
#include "tst_mibparsers.moc"
