// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/compliance/versionparser.h"

using OpsDeck::Compliance::VersionParser;

class TestVersionParser : public QObject
{
    Q_OBJECT

private slots:
    void sysDescr_data()
    {
        QTest::addColumn<QString>("sysDescr");
        QTest::addColumn<QString>("version");
        QTest::newRow("ios")
            << u"Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(4)M3, RELEASE SOFTWARE (fc1)"_qs
            << u"15.2(4)M3"_qs;
        QTest::newRow("ios-xe")
            << u"Cisco IOS Software [Amsterdam], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.3.4, RELEASE SOFTWARE (fc3)"_qs
            << u"17.3.4"_qs;
        QTest::newRow("nx-os")
            << u"Cisco NX-OS(tm) nxos.9.3.8.bin, Software (nxos), Version 9.3(8), RELEASE SOFTWARE Copyright (c) 2002-2021"_qs
            << u"9.3(8)"_qs;
        QTest::newRow("junos")
            << u"Juniper Networks, Inc. ex4300-48t Ethernet Switch, kernel JUNOS 18.4R3-S2, Build date: 2020-01-14"_qs
            << u"18.4R3-S2"_qs;
        QTest::newRow("eos") << u"Arista Networks EOS version 4.20.5F running on an Arista Networks DCS-7150S-52-CL"_qs
                             << u"4.20.5F"_qs;
        QTest::newRow("linux") << u"Linux core-mon-01 5.10.0-21-amd64 #1 SMP Debian 5.10.162-1 (2023-01-21) x86_64"_qs
                               << u"5.10.0-21-amd64"_qs;
        QTest::newRow("apc aos") << u"APC Embedded PowerNet SNMP Agent (SW v2.2 AOS v6.7.2)"_qs << u"6.7.2"_qs;
        QTest::newRow("unknown") << u"Data Center 01 Temp Sensor"_qs << QString();
        QTest::newRow("word only") << u"Vyatta unknown-version"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void sysDescr()
    {
        QFETCH(QString, sysDescr);
        QFETCH(QString, version);
        QCOMPARE(VersionParser::fromSysDescr(sysDescr), version);
    }

    void entity()
    {
        QMap<int, QString> revs{{1, QString()}, {1001, u" 12.2(55)SE3 "_qs}, {1002, u"other"_qs}};
        QCOMPARE(VersionParser::fromEntitySoftwareRevs(revs), u"12.2(55)SE3"_qs);
        QCOMPARE(VersionParser::fromEntitySoftwareRevs({{5, u"Version 5.160 V200R007C00SPC500"_qs}}),
                 u"5.160 V200R007C00SPC500"_qs);
        QCOMPARE(VersionParser::fromEntitySoftwareRevs({}), QString());
        QCOMPARE(VersionParser::running(u"Palo Alto Networks PA-5000 series firewall"_qs, {{1, u"8.0.1"_qs}}),
                 u"8.0.1"_qs);
    }
};

QTEST_GUILESS_MAIN(TestVersionParser)
#include "tst_versionparser.moc"
