// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// MCP response parsing, data-driven from the shapes in the API reference:
// tron TokenSerializer [SRC], equipment and v1 alarms [REC], PM v3 [REC],
// v2_0 alarms and FREs/TPEs [CLIENT], network constructs [INFERRED].

#include <QTest>

#include "backend/mcp/mcpparser.h"

using namespace OpsDeck;
using namespace OpsDeck::Mcp;
using namespace Qt::StringLiterals;

class TestMcpParser final : public QObject
{
    Q_OBJECT

private slots:
    void token_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("timeout");
        QTest::newRow("TokenSerializer") << QByteArray("{\"token\":\"cad7ae0c3a37\",\"timeout\":3600,\"user\":\"5f0c\", \"createdTime\":\"2024-10-24T08:00:00Z\",\"failedLoginAttempts\":0,\"isSuccessful\":true}")
                                         << true << u"cad7ae0c3a37"_s << 3600;
        QTest::newRow("timeout as string") << QByteArray("{\"token\":\"abc\",\"timeout\":\"600\"}") << true << u"abc"_s
                                           << 600;
        QTest::newRow("oauth2") << QByteArray("{\"accessToken\":\"a-random-sessionid\",\"expiresIn\":7200}") << true
                                << u"a-random-sessionid"_s << 7200;
        QTest::newRow("no token") << QByteArray("{\"isSuccessful\":false}") << false << QString() << 0;
        QTest::newRow("html") << QByteArray("<html>login</html>") << false << QString() << 0;
    }
    void token()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, token);
        QFETCH(int, timeout);
        int seconds = -1;
        const auto result = McpParser::parseToken(body, &seconds);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(*result, token);
            QCOMPARE(seconds, timeout);
        }
    }

    void networkConstructs_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("next");
        QTest::addColumn<qint64>("total");
        // [INFERRED] composite attribute set.
        QTest::newRow("full") << QByteArray("{\"data\":[{\"id\":\"8086be7a-b781-3cc6-b19c-020e2cf37511\", \"type\":\"networkConstructs\",\"attributes\":{\"name\":\"MUDF-C5142-0001\",\"displayData\":{\"displayName\":\"x\"}, \"ipAddress\":\"10.20.1.5\",\"serialNumber\":\"NNTM123456\",\"typeGroup\":\"Ciena6500\", \"deviceVersion\":\"6500-T24 PACKET-OPTICAL\",\"networkConstructType\":\"networkElement\"}}], \"links\":{\"next\":\"https://mcp/nsi/api/v7/networkConstructs?offset=30&limit=30\"},\"meta\":{\"total\":31}}")
                              << u"MUDF-C5142-0001"_s << u"10.20.1.5"_s << u"NNTM123456"_s
                              << u"https://mcp/nsi/api/v7/networkConstructs?offset=30&limit=30"_s << qint64(31);
        QTest::newRow("display data only, link object")
            << QByteArray("{\"data\":[{\"id\":\"n1\",\"attributes\":{\"displayData\":{\"displayName\":\"NODE-B\", \"displayIpAddress\":\"10.0.0.2\"}}}],\"links\":{\"next\":{\"href\":\"/next\"}}}")
            << u"NODE-B"_s << u"10.0.0.2"_s << QString() << u"/next"_s << qint64(-1);
        QTest::newRow("last page") << QByteArray("{\"data\":[{\"id\":\"n2\",\"attributes\":{\"name\":\"N2\",\"serialNumber\":123}}], \"links\":{\"self\":\"x\"},\"meta\":{\"total\":\"1\"}}")
                                   << u"N2"_s << QString() << u"123"_s << QString() << qint64(1);
    }
    void networkConstructs()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, name);
        QFETCH(QString, ip);
        QFETCH(QString, serial);
        QFETCH(QString, next);
        QFETCH(qint64, total);
        const auto page = McpParser::parseNetworkConstructs(body);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().name, name);
        QCOMPARE(page->items.first().ipAddress, ip);
        QCOMPARE(page->items.first().serialNumber, serial);
        QCOMPARE(page->next.toString(), next);
        QCOMPARE(page->total, total);
    }

    void equipment()
    {
        // The recorded LIMPID equipment item's structure.
        const QByteArray body = "{\"data\":[{\"id\":\"874480ab-6625-3cfa-ac06-07a7d6df640c::EQPT_1\",\"type\":\"equipment\", \"attributes\":{\"displayData\":{\"displayName\":\"sfp-1\",\"displayNameFormat\":\"type-ssl\"},\"state\":\"IS\", \"locations\":[{\"managementType\":\"saos\",\"subslot\":\"1\"}],\"category\":\"pluggable\",\"nativeName\":\"1.1\", \"provisionedSpec\":{\"serialNumber\":\"PROV\",\"partNumber\":\"P0\"}, \"installedSpec\":{\"serialNumber\":\"AGL0001\",\"manufacturer\":\"AGILENT\",\"type\":\"sfp\",\"partNumber\":\"HFBR-1\"}, \"cardType\":\"sfp\"}, \"relationships\":{\"networkConstruct\":{\"data\":{\"type\":\"networkConstructs\",\"id\":\"874480ab-6625-3cfa-ac06-07a7d6df640c\"}, \"meta\":{\"partiallyPopulated\":true}}}}, {\"id\":\"aaaaaaaa-0000-0000-0000-000000000001::EQPT_2\",\"attributes\":{\"category\":\"shelf\", \"provisionedSpec\":{\"serialNumber\":\"ONLYPROV\"},\"locations\":[{\"shelf\":\"1\"}]}}]}";
        const auto page = McpParser::parseEquipment(body);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 2);
        const Equipment &sfp = page->items.at(0);
        QCOMPARE(sfp.networkElementId, u"874480ab-6625-3cfa-ac06-07a7d6df640c"_s);
        QCOMPARE(sfp.serialNumber, u"AGL0001"_s); // installed wins over provisioned
        QCOMPARE(sfp.partNumber, u"HFBR-1"_s);
        QCOMPARE(sfp.category, u"pluggable"_s);
        QCOMPARE(sfp.subslot, u"1"_s);
        QCOMPARE(sfp.name, u"sfp-1"_s);
        const Equipment &shelf = page->items.at(1);
        QCOMPARE(shelf.networkElementId, u"aaaaaaaa-0000-0000-0000-000000000001"_s); // from the id prefix
        QCOMPARE(shelf.serialNumber, u"ONLYPROV"_s);
        QCOMPARE(shelf.shelf, u"1"_s);
    }

    void fres_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("tpes");
        QTest::addColumn<bool>("optical");
        QTest::newRow("included endPoints")
            << QByteArray("{\"data\":[{\"id\":\"-1157069420368330373\",\"type\":\"fres\",\"attributes\":{\"userLabel\":\"L1\", \"layerRate\":\"OTS\",\"serviceClass\":\"Fiber\"},\"relationships\":{\"endPoints\":{\"data\":[ {\"type\":\"endPoints\",\"id\":\"-1157069420368330373:1\"},{\"type\":\"endPoints\",\"id\":\"-1157069420368330373:2\"}]}}}], \"included\":[{\"type\":\"endPoints\",\"id\":\"-1157069420368330373:2\",\"relationships\":{\"tpes\":{\"data\":[{\"type\":\"tpes\",\"id\":\"B::TPE_2\"}]}}}, {\"type\":\"endPoints\",\"id\":\"-1157069420368330373:1\",\"relationships\":{\"tpes\":{\"data\":[{\"type\":\"tpes\",\"id\":\"A::TPE_1\"}]}}}]}")
            << QStringList{u"A::TPE_1"_s, u"B::TPE_2"_s} << true;
        QTest::newRow("inline tpes, ethernet")
            << QByteArray("{\"data\":[{\"id\":\"42\",\"attributes\":{\"mgmtName\":\"E1\",\"layerRate\":\"ETHERNET\", \"note\":{\"noteMsg\":\"x\"}},\"relationships\":{\"tpes\":{\"data\":[{\"type\":\"tpes\",\"id\":\"A::TPE_9\"}]}}}]}")
            << QStringList{u"A::TPE_9"_s} << false;
    }
    void fres()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, tpes);
        QFETCH(bool, optical);
        const auto page = McpParser::parseFres(body);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().tpeIds, tpes);
        QCOMPARE(page->items.first().isOptical(), optical);
    }

    void alarms_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("serviceAffecting");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<QDateTime>("firstRaised");
        // v1: the recorded ActiveAlarm shape, epoch milliseconds.
        QTest::newRow("v1") << QByteArray("{\"data\":[{\"id\":\"-4526177892879585115\",\"type\":\"ActiveAlarm\", \"attributes\":{\"id\":\"-4526177892879585115\",\"node-id\":\"b956ff37-206e-4858-84b6-60eb02710de5\", \"node-type\":\"5150\",\"resource\":\"SLOT_1\",\"native-condition-type\":\"Blade POST Failure\", \"condition-severity\":\"MAJOR\",\"first-raise-time\":1532658715000,\"last-raise-time\":1532658715000, \"number-of-occurrences\":1,\"acknowledge-state\":\"NOT_ACKNOWLEDGED\",\"device-name\":\"5150-SiteD\", \"ip-address\":\"10.176.64.175\"}}]}")
                            << u"-4526177892879585115"_s << u"b956ff37-206e-4858-84b6-60eb02710de5"_s
                            << int(AlarmSeverity::Major) << false << false
                            << QDateTime::fromMSecsSinceEpoch(1532658715000, Qt::UTC);
        // v2_0: kebab-case, ISO times without a zone, meta query-total.
        QTest::newRow("v2_0") << QByteArray("{\"data\":[{\"id\":\"7\",\"type\":\"alarms\",\"attributes\":{\"alarm-id\":\"A-7\", \"device-name\":\"TEB4\",\"ip-address\":\"10.0.0.9\",\"condition-severity\":\"CRITICAL\",\"state\":\"ACTIVE\", \"service-affecting\":\"SERVICE_AFFECTING\",\"acknowledge-state\":\"ACKNOWLEDGED\", \"first-raise-time\":\"2024-10-14T01:02:03.000\",\"last-raise-time\":\"2024-10-14T02:00:00.000Z\"}}], \"meta\":{\"query-total\":1}}")
                              << u"A-7"_s << QString() << int(AlarmSeverity::Critical) << true << true
                              << QDateTime(QDate(2024, 10, 14), QTime(1, 2, 3), Qt::UTC);
    }
    void alarms()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        QFETCH(QString, node);
        QFETCH(int, severity);
        QFETCH(bool, serviceAffecting);
        QFETCH(bool, acknowledged);
        QFETCH(QDateTime, firstRaised);
        const auto page = McpParser::parseAlarms(body);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        const Alarm &a = page->items.first();
        QCOMPARE(a.id, id);
        QCOMPARE(a.networkElementId, node);
        QCOMPARE(int(a.severity), severity);
        QCOMPARE(a.serviceAffecting, serviceAffecting);
        QCOMPARE(a.acknowledged, acknowledged);
        QCOMPARE(a.firstRaised, firstRaised);
        QCOMPARE(a.state, u"ACTIVE"_s);
    }

    void pm()
    {
        // The recorded PM v3 response structure.
        const QByteArray body = "{\"data\":[{\"attributes\":{\"metaTags\":{\"eqptGrp\":\"9\"}, \"tags\":{\"direction\":\"RECEIVE\",\"facilityNameNative\":\"12/1\",\"granularity\":\"15_MINUTE\", \"networkElementID\":\"d96476d6-ae82-3e96-956f-0f6675cd8ff3\",\"networkElementName\":\"TEB4-C6500-0001\", \"parameter\":\"PMP_PAUSEFR\",\"unit\":\"dBm\"}, \"values\":{\"2021-04-28T23:30:02Z\":{\"value\":0},\"2021-04-28T23:45:01Z\":{\"value\":-2.5,\"condition\":\"OK\"}}}}], \"links\":{\"nextInterval\":\"/pm/api/v3/query/metrics?start=1619656140000&end=1619659680000&cursor=0\", \"self\":\"/pm/api/v3/query/metrics?start=1619652600000&end=1619656140000&cursor=0\"}}";
        const auto page = McpParser::parsePm(body);
        QVERIFY(page.ok());
        QCOMPARE(page->samples.size(), 2);
        QCOMPARE(page->samples.at(1).value, -2.5);
        QCOMPARE(page->samples.at(1).timestampMs,
                 QDateTime(QDate(2021, 4, 28), QTime(23, 45, 1), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(page->samples.at(0).facility, u"12/1"_s);
        QCOMPARE(page->samples.at(0).networkElementName, u"TEB4-C6500-0001"_s);
        QCOMPARE(page->nextInterval.toString(),
                 u"/pm/api/v3/query/metrics?start=1619656140000&end=1619659680000&cursor=0"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << 0 << QByteArray("{\"data\": [") << u"not JSON"_s;
        QTest::newRow("array body") << 0 << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no data") << 1 << QByteArray("{\"errors\":[{\"code\":\"INV-201\"}]}") << u"no \"data\" array"_s;
        QTest::newRow("item without id") << 1 << QByteArray("{\"data\":[{\"attributes\":{}}]}") << u"item 0"_s;
        QTest::newRow("attributes not object") << 2 << QByteArray("{\"data\":[{\"id\":\"x::TPE_1\"},{\"id\":\"y\",\"attributes\":\"s\"}]}")
                                               << u"item 0"_s;
        QTest::newRow("pm bad value") << 3 << QByteArray("{\"data\":[{\"attributes\":{\"tags\":{\"parameter\":\"P\"}, \"values\":{\"2021-04-28T23:30:02Z\":{\"value\":\"n/a\"}}}}]}") << u"bad point"_s;
        QTest::newRow("pm bad time") << 3 << QByteArray("{\"data\":[{\"attributes\":{\"tags\":{\"parameter\":\"P\"}, \"values\":{\"yesterday\":{\"value\":1}}}}]}") << u"bad point"_s;
    }
    void malformed()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        Error e;
        switch (kind) {
        case 0: e = McpParser::parseEquipment(body).error(); break;
        case 1: e = McpParser::parseNetworkConstructs(body).error(); break;
        case 2: e = McpParser::parseTpes(body).error(); break;
        default: e = McpParser::parsePm(body).error(); break;
        }
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.detail.contains(detail), qPrintable(e.detail));
    }

    void errorMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("errors list") << QByteArray("{\"errors\":[{\"code\":\"INV-201\",\"detail\":\"bad param\"}]}")
                                     << u"INV-201: bad param"_s;
        QTest::newRow("errorMessage") << QByteArray("{\"errorMessage\":\"Maximum number of active sessions reached\"}")
                                      << u"Maximum number of active sessions reached"_s;
        QTest::newRow("text") << QByteArray("Bad Gateway\n") << u"Bad Gateway"_s;
    }
    void errorMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(McpParser::errorMessage(body), message);
    }
};

QTEST_GUILESS_MAIN(TestMcpParser)
#include "tst_mcpparser.moc"
