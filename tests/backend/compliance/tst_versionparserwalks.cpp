// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QTest>

#include "backend/compliance/versionparser.h"

using OpsDeck::Compliance::VersionParser;

namespace {

// sysDescr and entPhysicalSoftwareRev of a recorded walk (OID|TYPE|VALUE
// lines; type 4x is a hex-encoded string).
struct Walk
{
    QString sysDescr;
    QMap<int, QString> softwareRevs;
    bool read = false;
};

Walk readWalk(const QString &name)
{
    Walk walk;
    QFile file(QStringLiteral(OPSDECK_SHARED_DIR "/fixtures/snmprec/") + name + QStringLiteral(".snmprec"));
    if (!file.open(QIODevice::ReadOnly))
        return walk;
    walk.read = true;
    const QByteArray sysDescr = "1.3.6.1.2.1.1.1.0";
    const QByteArray softwareRev = "1.3.6.1.2.1.47.1.1.1.1.10.";
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> parts = line.split('|');
        if (parts.size() < 3)
            continue;
        const QByteArray value = parts[1] == "4x" ? QByteArray::fromHex(parts[2]) : parts[2];
        if (parts[0] == sysDescr)
            walk.sysDescr = QString::fromUtf8(value);
        else if (parts[0].startsWith(softwareRev))
            walk.softwareRevs.insert(parts[0].mid(softwareRev.size()).toInt(), QString::fromUtf8(value));
    }
    return walk;
}

} // namespace

/// The versions read from every recorded walk of ../shared/fixtures/snmprec.
class TestVersionParserWalks : public QObject
{
    Q_OBJECT

private slots:
    void recordedWalks_data()
    {
        QTest::addColumn<QString>("walk");
        QTest::addColumn<QString>("fromSysDescr");
        QTest::addColumn<QString>("fromEntity");
        QTest::addColumn<QString>("running");
        QTest::newRow("apc-7902b") << u"apc-7902b"_qs << u"6.7.2"_qs << QString() << u"6.7.2"_qs;
        QTest::newRow("apc-8641") << u"apc-8641"_qs << u"6.7.2"_qs << QString() << u"6.7.2"_qs;
        QTest::newRow("arista") << u"arista-dcs-7150s-52-cl"_qs << u"4.20.5F"_qs << u"4.20.5F"_qs << u"4.20.5F"_qs;
        QTest::newRow("aruba") << u"aruba-7010"_qs << u"8.3.0.0"_qs << QString() << u"8.3.0.0"_qs;
        QTest::newRow("brocade") << u"brocade-icx6430-24"_qs << u"08.0.30tT311"_qs << QString() << u"08.0.30tT311"_qs;
        QTest::newRow("c3560") << u"cisco-c3560"_qs << u"12.2(55)SE3"_qs << u"12.2(55)SE3"_qs << u"12.2(55)SE3"_qs;
        QTest::newRow("c3750") << u"cisco-c3750"_qs << u"12.2(50)SE5"_qs << u"12.2(50)SE5"_qs << u"12.2(50)SE5"_qs;
        QTest::newRow("n5000") << u"cisco-n5000"_qs << u"6.0(2)N2(3)"_qs << u"6.0(2)N2(3)"_qs << u"6.0(2)N2(3)"_qs;
        QTest::newRow("geist") << u"geist-temperature-sensor"_qs << QString() << QString() << QString();
        QTest::newRow("procurve") << u"hpe-procurve-516733-b21"_qs << u"Z.14.31"_qs << u"Z.14.31"_qs << u"Z.14.31"_qs;
        QTest::newRow("huawei") << u"huawei-s5720"_qs << u"5.160"_qs << u"5.160 V200R007C00SPC500"_qs << u"5.160"_qs;
        QTest::newRow("paloalto") << u"paloalto-pa-5000"_qs << QString() << u"8.0.1"_qs << u"8.0.1"_qs;
        QTest::newRow("vyatta") << u"vyatta-unknown"_qs << QString() << QString() << QString();
    }
    void recordedWalks()
    {
        QFETCH(QString, walk);
        QFETCH(QString, fromSysDescr);
        QFETCH(QString, fromEntity);
        QFETCH(QString, running);
        const Walk w = readWalk(walk);
        QVERIFY2(w.read, qPrintable(walk));
        QVERIFY(!w.sysDescr.isEmpty());
        QCOMPARE(VersionParser::fromSysDescr(w.sysDescr), fromSysDescr);
        QCOMPARE(VersionParser::fromEntitySoftwareRevs(w.softwareRevs), fromEntity);
        QCOMPARE(VersionParser::running(w.sysDescr, w.softwareRevs), running);
    }
};

QTEST_GUILESS_MAIN(TestVersionParserWalks)
#include "tst_versionparserwalks.moc"
