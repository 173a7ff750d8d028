// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// PRTG response parsing, data-driven from the documented and recorded
// shapes: table.json with display/_raw pairs and HTML, historicdata.json
// with locale dates, getsensordetails.json with OLE dates, property XML.

#include <QTest>

#include "backend/prtg/prtgparser.h"

using namespace OpsDeck;
using namespace OpsDeck::Prtg;
using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, for readability.
QByteArray json(const char *text)
{
    QByteArray s(text);
    s.replace('\'', '"');
    return s;
}

} // namespace

class TestPrtgParser final : public QObject
{
    Q_OBJECT

private slots:
    void sensors()
    {
        const QByteArray body = json(
            "{'prtg-version': '18.2.41.1636', 'treesize': 11, 'sensors': ["
            "{'objid': 9302, 'probe': 'Ireland (EC2)', 'group': 'Firewalls', 'device': 'Cisco ASA',"
            " 'sensor': 'Ping', 'type': 'Ping', 'type_raw': 'ping', 'status': 'Paused  (paused by parent)', 'status_raw': 7,"
            " 'message': '<div class=\\'status\\'>Paused by parent<div class=\\'moreicon\\'></div></div>',"
            " 'message_raw': 'Paused by parent', 'lastvalue': '-', 'lastvalue_raw': '', 'parentid': 9301,"
            " 'interval': '60 s', 'interval_raw': 60},"
            "{'objid': '9303', 'sensor': 'Disk &amp; Memory', 'message': '<b>OK</b> &lt;fine&gt;', 'status_raw': '3'}]}");
        const auto page = PrtgParser::parseSensors(body);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        QCOMPARE(page->treeSize, 11);
        QCOMPARE(page->items.size(), 2);
        const Sensor &ping = page->items.at(0);
        QCOMPARE(ping.id, 9302);
        QCOMPARE(ping.type, u"ping"_s);
        QCOMPARE(ping.status, 7);
        QCOMPARE(ping.message, u"Paused by parent"_s);
        QCOMPARE(ping.deviceId, 9301);
        QCOMPARE(ping.intervalSeconds, 60);
        const Sensor &other = page->items.at(1);
        QCOMPARE(other.id, 9303);
        QCOMPARE(other.name, u"Disk & Memory"_s);
        QCOMPARE(other.message, u"OK <fine>"_s); // HTML stripped when no _raw exists
        QCOMPARE(other.status, 3);
    }

    void devicesAndGroups()
    {
        const auto devices = PrtgParser::parseDevices(json(
            "{'prtg-version': '18.2.41.1636', 'treesize': 1, 'devices': [{'objid': 9217, 'probe': 'P', 'group': 'G',"
            " 'device': 'HP Procurve 24', 'host': '10.0.0.24', 'upsens': '<div>3</div>', 'upsens_raw': 3, 'parentid': 9216}]}"));
        QVERIFY(devices.ok());
        QCOMPARE(devices->items.first().host, u"10.0.0.24"_s);
        QCOMPARE(devices->items.first().name, u"HP Procurve 24"_s);
        QCOMPARE(devices->items.first().parentId, 9216);
        const auto groups = PrtgParser::parseGroups(json(
            "{'prtg-version': '1', 'treesize': 2, 'groups': [{'objid': 0, 'name': 'Root'}, {'objid': 53, 'name': 'Switches',"
            " 'probe': 'x', 'probe_raw': 'Local Probe', 'parentid': 1}]}"));
        // objid 0 (the root group) is not a usable row.
        QVERIFY(!groups.ok());
        const auto empty = PrtgParser::parseSensors(json("{'prtg-version': '18.2.41.1636', 'treesize': 0, 'sensors': []}"));
        QVERIFY(empty.ok());
        QCOMPARE(empty->items.size(), 0);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2018, 6, 1), QTime(0, 4, 36), Qt::UTC);
        QTest::newRow("US") << u"6/1/2018 12:04:36 AM"_s << t;
        QTest::newRow("US pm") << u"6/1/2018 1:04:36 PM"_s << QDateTime(QDate(2018, 6, 1), QTime(13, 4, 36), Qt::UTC);
        QTest::newRow("European") << u"01.06.2018 00:04:36"_s << t;
        QTest::newRow("ISO") << u"2018-06-01 00:04:36"_s << t;
        QTest::newRow("request form") << u"2018-06-01-00-04-36"_s << t;
        QTest::newRow("OLE with age") << u"43252.0031944444 [475 d ago]"_s << t;
        QTest::newRow("OLE epoch") << u"0"_s << QDateTime(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
        QTest::newRow("dash") << u"-"_s << QDateTime();
        QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = PrtgParser::parseDate(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed.toMSecsSinceEpoch() / 1000, expected.toMSecsSinceEpoch() / 1000);
    }

    void history_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<double>("value");
        QTest::newRow("captions") << json("{'prtg-version': '18.2.41.1636', 'treesize': 288, 'histdata': ["
                                          "{'datetime': '6/1/2018 12:04:36 AM', 'Loading time': 172, 'Bytes received': 26097,"
                                          " 'coverage': '100 %'}]}")
                                  << 1 << u"Bytes received"_s << 26097.0;
        QTest::newRow("value_ columns") << json("{'prtg-version': '1', 'histdata': [{'datetime': '01.06.2018 00:04:36',"
                                                " 'value_': 123.45}, {'datetime': '01.06.2018 01:04:36', 'value_': ''}]}")
                                        << 2 << u"value_"_s << 123.45;
        QTest::newRow("empty") << json("{'prtg-version': '1', 'treesize': 0, 'histdata': []}") << 0 << QString() << 0.0;
    }
    void history()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, rows);
        QFETCH(QString, channel);
        QFETCH(double, value);
        const auto result = PrtgParser::parseHistory(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->size(), rows);
        if (rows) {
            QCOMPARE(result->first().channels.value(channel), value);
            QVERIFY(!result->first().channels.contains(u"coverage"_s));
            QCOMPARE(result->first().time, QDateTime(QDate(2018, 6, 1), QTime(0, 4, 36), Qt::UTC));
        }
        if (rows == 2)
            QVERIFY(result->at(1).channels.isEmpty()); // a gap
    }

    void sensorDetails()
    {
        const auto d = PrtgParser::parseSensorDetails(json(
            "{'prtgversion': '18.2.41.1636', 'sensordata': {'name': 'Ping', 'sensortype': 'ping', 'interval': '60',"
            " 'parentdevicename': 'HP Procurve 24', 'parentdeviceid': '9321', 'statustext': 'Paused  (paused by parent)',"
            " 'statusid': '7', 'lastup': '42782.4447098380 [475 d ago]', 'lastdown': '-', 'lastcheck': '-'}}"));
        QVERIFY(d.ok());
        QCOMPARE(d->sensorType, u"ping"_s);
        QCOMPARE(d->intervalSeconds, 60);
        QCOMPARE(d->parentDeviceId, 9321);
        QCOMPARE(d->statusId, 7);
        QCOMPARE(d->lastUp.date(), QDate(2017, 2, 16));
        QVERIFY(!d->lastCheck.isValid());
    }

    void objectProperty()
    {
        const auto oid = PrtgParser::parseObjectProperty(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<prtg>\n<version>18.2</version>\n<result>1.3.6.1.2.1.1.3.0</result>\n</prtg>");
        QVERIFY(oid.ok());
        QCOMPARE(*oid, u"1.3.6.1.2.1.1.3.0"_s);
        const auto missing = PrtgParser::parseObjectProperty("<prtg><result>(Property not found)</result></prtg>");
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void malformed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << 0 << QByteArray("<html>login</html>") << u"not JSON"_s;
        QTest::newRow("wrong content key") << 0 << json("{'treesize': 1, 'devices': []}") << u"no \"sensors\" array"_s;
        QTest::newRow("row without objid") << 0 << json("{'treesize': 2, 'sensors': [{'objid': 1}, {'sensor': 'x'}]}")
                                           << u"row 1"_s;
        QTest::newRow("history date") << 1 << json("{'histdata': [{'datetime': 'sometime', 'v': 1}]}") << u"row 0"_s;
        QTest::newRow("no sensordata") << 2 << json("{'prtgversion': '1'}") << u"sensordata"_s;
    }
    void malformed()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        Error e;
        if (kind == 0)
            e = PrtgParser::parseSensors(body).error();
        else if (kind == 1)
            e = PrtgParser::parseHistory(body).error();
        else
            e = PrtgParser::parseSensorDetails(body).error();
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.detail.contains(detail), qPrintable(e.detail));
    }

    void errorMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><prtg><version>1</version><error>Sorry, the selected "
                                           "object cannot be used here.</error></prtg>")
                             << u"Sorry, the selected object cannot be used here."_s;
        QTest::newRow("html") << QByteArray("<div class=\"errormsg\"><p>Invalid id</p></div>") << u"Invalid id"_s;
        QTest::newRow("json") << json("{'prtg-version': '1', 'error': 'Unauthorized'}") << u"Unauthorized"_s;
    }
    void errorMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(PrtgParser::errorMessage(body), message);
    }
};

QTEST_GUILESS_MAIN(TestPrtgParser)
#include "tst_prtgparser.moc"
