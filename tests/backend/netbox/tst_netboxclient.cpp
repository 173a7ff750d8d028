// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "backend/netbox/netboxclient.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::NetBox;
using OpsDeck::Test::NetBoxFixtureOptions;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

Result<Response> wait(NetBoxReply *reply)
{
    std::optional<Result<Response>> out;
    QObject::connect(reply, &NetBoxReply::finished, reply, [&out](const Result<Response> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return Error(ErrorCode::Timeout, QStringLiteral("test: no terminal signal"));
    return *out;
}

ClientSettings settingsFor(const NetBoxFixtureServer &server, const QString &token)
{
    ClientSettings s;
    s.baseUrl = server.baseUrl();
    s.token = Vault::Secret::fromString(token);
    s.timeoutMs = 2000;
    s.retryBaseMs = 10;
    s.retryMaxMs = 50;
    return s;
}

} // namespace

class TestNetBoxClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::newRow("full") << QStringLiteral("4.6.8") << 4 << 6;
        QTest::newRow("header") << QStringLiteral("4.2") << 4 << 2;
        QTest::newRow("tag") << QStringLiteral("v3.1.11") << 3 << 1;
        QTest::newRow("garbage") << QStringLiteral("latest") << 0 << 0;
    }
    void versionParsing()
    {
        QFETCH(QString, text);
        QFETCH(int, major);
        QFETCH(int, minor);
        const ApiVersion v = ApiVersion::parse(text);
        QCOMPARE(v.major, major);
        QCOMPARE(v.minor, minor);
    }

    void versionDifferences()
    {
        QCOMPARE(ApiVersion::parse(QStringLiteral("4.0")).objectChangesPath(), QStringLiteral("extras/object-changes/"));
        QCOMPARE(ApiVersion::parse(QStringLiteral("4.1")).objectChangesPath(), QStringLiteral("core/object-changes/"));
        QVERIFY(!ApiVersion::parse(QStringLiteral("4.5")).hasCursorPaging());
        QVERIFY(ApiVersion::parse(QStringLiteral("4.6")).hasCursorPaging());
    }

    void statusAndVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.1") << QStringLiteral("3.1");
        QTest::newRow("4.0") << QStringLiteral("4.0");
        QTest::newRow("4.6") << QStringLiteral("4.6");
    }
    void statusAndVersion()
    {
        QFETCH(QString, version);
        NetBoxFixtureOptions options;
        options.version = version;
        options.scale = 0;
        NetBoxFixtureServer server(options);
        QVERIFY(server.start().ok());
        NetBoxClient client(settingsFor(server, server.options().v1Token));
        QSignalSpy changed(&client, &NetBoxClient::versionChanged);
        auto result = wait(client.fetchStatus());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->apiVersion, version);
        auto v = NetBoxClient::versionFromStatus(*result);
        QVERIFY(v.ok());
        QCOMPARE(v->toString(), version);
        QCOMPARE(client.version().toString(), version);
        QCOMPARE(changed.count(), 1);
    }

    void auth_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("tokenVersion");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("detail");
        const NetBoxFixtureOptions o;
        const QString v2 = QStringLiteral("nbt_") + o.v2Key + QLatin1Char('.') + o.v2Token;
        const int autoVersion = int(Workspace::NetboxTokenVersion::Auto);
        QTest::newRow("v1") << QStringLiteral("4.6") << o.v1Token << autoVersion << true << QString();
        QTest::newRow("v2 bearer") << QStringLiteral("4.6") << v2 << autoVersion << true << QString();
        QTest::newRow("v2 without prefix") << QStringLiteral("4.6") << (o.v2Key + QLatin1Char('.') + o.v2Token)
                                           << int(Workspace::NetboxTokenVersion::V2) << true << QString();
        QTest::newRow("missing") << QStringLiteral("4.6") << QString() << autoVersion << false
                                 << QStringLiteral("Authentication credentials were not provided.");
        QTest::newRow("bad v1") << QStringLiteral("4.6") << QStringLiteral("feedfacefeedfacefeedface") << autoVersion
                                << false << QStringLiteral("Invalid v1 token");
        QTest::newRow("bad v2") << QStringLiteral("4.6") << (QStringLiteral("nbt_") + o.v2Key + QStringLiteral(".wrongwrong"))
                                << autoVersion << false << QStringLiteral("Invalid v2 token");
        QTest::newRow("bad 3.x") << QStringLiteral("3.1") << QStringLiteral("feedfacefeedfacefeedface") << autoVersion
                                 << false << QStringLiteral("Invalid token");
    }
    void auth()
    {
        QFETCH(QString, version);
        QFETCH(QString, token);
        QFETCH(int, tokenVersion);
        QFETCH(bool, ok);
        QFETCH(QString, detail);
        NetBoxFixtureServer &server = m_estates.server(version);
        ClientSettings s = settingsFor(server, token);
        s.tokenVersion = Workspace::NetboxTokenVersion(tokenVersion);
        NetBoxClient client(s);
        Test::LogCapture logs;
        auto result = wait(client.get(QStringLiteral("dcim/sites/")));
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QVERIFY(result->json.object().value(QStringLiteral("count")).toInt() > 0);
            return;
        }
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QVERIFY2(result.error().detail.contains(detail), qPrintable(result.error().detail));
        QVERIFY(result.error().detail.contains(QStringLiteral("HTTP 403")));
        QVERIFY(result.error().detail.contains(server.baseUrl().toString() + QStringLiteral("/api/dcim/sites/")));
        for (const QString &line : Test::LogCapture::lines())
            QVERIFY2(token.isEmpty() || !line.contains(token), qPrintable(line));
        QVERIFY(token.isEmpty() || !result.error().toString().contains(token));
    }

    void readOnlyTokenCannotWrite()
    {
        NetBoxFixtureServer &server = m_estates.server();
        NetBoxClient client(settingsFor(server, server.options().readOnlyToken));
        auto result = wait(client.send("PATCH", QStringLiteral("dcim/devices/1/"), R"({"serial":"X"})"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QVERIFY(result.error().detail.contains(QStringLiteral("You do not have permission")));
        QVERIFY(server.object(Domain::ObjectKind::Device, 1).value(QStringLiteral("serial")).toString() != QLatin1String("X"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("404 4.x") << QStringLiteral("4.6") << QByteArray("GET") << QStringLiteral("dcim/devices/99999999/")
                                 << QByteArray() << int(ErrorCode::NotFound)
                                 << QStringLiteral("HTTP 404: No Device matches the given query.");
        QTest::newRow("404 3.x") << QStringLiteral("3.1") << QByteArray("GET") << QStringLiteral("dcim/devices/99999999/")
                                 << QByteArray() << int(ErrorCode::NotFound) << QStringLiteral("HTTP 404: Not found.");
        QTest::newRow("400 field") << QStringLiteral("4.6") << QByteArray("POST") << QStringLiteral("dcim/sites/")
                                   << QByteArray(R"({"slug":"x"})") << int(ErrorCode::InvalidInput)
                                   << QStringLiteral("HTTP 400: {\"name\":[\"This field is required.\"]}");
        QTest::newRow("400 cursor") << QStringLiteral("4.6") << QByteArray("GET")
                                    << QStringLiteral("dcim/devices/?start=0&offset=5") << QByteArray()
                                    << int(ErrorCode::InvalidInput)
                                    << QStringLiteral("'start' and 'offset' are mutually exclusive.");
        QTest::newRow("412") << QStringLiteral("4.6") << QByteArray("PATCH") << QStringLiteral("dcim/devices/1/")
                             << QByteArray(R"({"serial":"X"})") << int(ErrorCode::Conflict)
                             << QStringLiteral("HTTP 412: Precondition failed.");
    }
    void errors()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, detail);
        NetBoxFixtureServer &server = m_estates.server(version);
        NetBoxClient client(settingsFor(server, server.options().v1Token));
        NetBoxReply *reply = nullptr;
        if (method == "GET") {
            reply = client.getUrl(QUrl(server.baseUrl().toString() + QStringLiteral("/api/") + path));
        } else {
            reply = client.send(method, path, body, method == "PATCH" ? QByteArray("W/\"1999-01-01T00:00:00+00:00\"")
                                                                      : QByteArray());
        }
        auto result = wait(reply);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QVERIFY2(result.error().detail.contains(detail), qPrintable(result.error().detail));
        QVERIFY(result.error().detail.startsWith(QString::fromLatin1(method) + QLatin1Char(' ') +
                                                 server.baseUrl().toString()));
        // Client errors are not retried.
        QCOMPARE(server.requestCount(), 1);
    }

    void retriesServerErrorsAndThrottling()
    {
        NetBoxFixtureServer &server = m_estates.server();
        Test::NetBoxFixtureFaults faults;
        faults.serverErrorRate = 0.4;
        faults.throttleRate = 0.2;
        faults.retryAfterSeconds = 0;
        faults.seed = 7;
        server.setFaults(faults);
        ClientSettings s = settingsFor(server, server.options().v1Token);
        s.maxRetries = 30;
        NetBoxClient client(s);
        int attempts = 0;
        for (int i = 0; i < 10; ++i) {
            auto result = wait(client.get(QStringLiteral("dcim/devices/"), QUrlQuery(QStringLiteral("limit=5"))));
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            QCOMPARE(result->json.object().value(QStringLiteral("results")).toArray().size(), 5);
            attempts += result->attempts;
        }
        QVERIFY(attempts > 10);
        QCOMPARE(server.requestCount(), attempts);
    }

    void honoursRetryAfter()
    {
        NetBoxFixtureServer &server = m_estates.server();
        Test::NetBoxFixtureFaults faults;
        faults.throttleRate = 1.0;
        faults.retryAfterSeconds = 1;
        server.setFaults(faults);
        ClientSettings s = settingsFor(server, server.options().v1Token);
        s.maxRetries = 1;
        NetBoxClient client(s);
        NetBoxReply *reply = client.get(QStringLiteral("dcim/sites/"));
        std::optional<Result<Response>> out;
        connect(reply, &NetBoxReply::finished, this, [&out](const Result<Response> &r) { out = r; });
        // The retry waits for Retry-After (1 s), far beyond the 50 ms backoff cap.
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(!out.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY(!out->ok());
        QVERIFY2(out->error().detail.contains(QStringLiteral("HTTP 429")), qPrintable(out->error().detail));
    }

    void stallTimesOut()
    {
        NetBoxFixtureServer &server = m_estates.server();
        Test::NetBoxFixtureFaults faults;
        faults.stallRate = 1.0;
        server.setFaults(faults);
        ClientSettings s = settingsFor(server, server.options().v1Token);
        s.timeoutMs = 200;
        s.maxRetries = 2;
        NetBoxClient client(s);
        auto result = wait(client.get(QStringLiteral("dcim/sites/")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().detail.contains(QStringLiteral("gave up after 3 attempts")), qPrintable(result.error().detail));
        QCOMPARE(server.requestCount(), 3);
    }

    void truncatedBodyIsRetried()
    {
        NetBoxFixtureServer &server = m_estates.server();
        Test::NetBoxFixtureFaults faults;
        faults.truncateRate = 0.5;
        faults.seed = 3;
        server.setFaults(faults);
        ClientSettings s = settingsFor(server, server.options().v1Token);
        s.maxRetries = 20;
        NetBoxClient client(s);
        int attempts = 0;
        for (int i = 0; i < 6; ++i) {
            auto result = wait(client.get(QStringLiteral("dcim/interfaces/"), QUrlQuery(QStringLiteral("limit=200"))));
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            QCOMPARE(result->json.object().value(QStringLiteral("results")).toArray().size(), 200);
            attempts += result->attempts;
        }
        QVERIFY(attempts > 6);
    }

    void cancel()
    {
        NetBoxFixtureServer &server = m_estates.server();
        Test::NetBoxFixtureFaults faults;
        faults.stallRate = 1.0;
        server.setFaults(faults);
        NetBoxClient client(settingsFor(server, server.options().v1Token));
        NetBoxReply *reply = client.get(QStringLiteral("dcim/sites/"));
        std::optional<Result<Response>> out;
        int terminalCount = 0;
        connect(reply, &NetBoxReply::finished, this, [&](const Result<Response> &r) {
            out = r;
            ++terminalCount;
        });
        QTRY_COMPARE(server.requestCount(), 1);
        reply->abort();
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->error().code, ErrorCode::Cancelled);
        QTest::qWait(50);
        QCOMPARE(terminalCount, 1);
    }

    void pagingQuirks()
    {
        NetBoxFixtureServer &server = m_estates.server();
        NetBoxClient client(settingsFor(server, server.options().v1Token));
        const auto page = [&](const QString &query) {
            auto r = wait(client.get(QStringLiteral("dcim/interfaces/"), QUrlQuery(query)));
            return r.ok() ? r->json.object() : QJsonObject();
        };
        QCOMPARE(page(QStringLiteral("limit=5000")).value(QStringLiteral("results")).toArray().size(), 1000);
        QCOMPARE(page(QStringLiteral("limit=0")).value(QStringLiteral("results")).toArray().size(), 1000);
        QCOMPARE(page(QStringLiteral("limit=abc")).value(QStringLiteral("results")).toArray().size(), 50);
        const QJsonObject second = page(QStringLiteral("limit=10&offset=10"));
        QVERIFY(second.value(QStringLiteral("next")).toString().startsWith(server.baseUrl().toString()));
        QVERIFY(second.value(QStringLiteral("previous")).toString().startsWith(server.baseUrl().toString()));
        const QJsonObject cursor = page(QStringLiteral("start=0&limit=10"));
        QVERIFY(cursor.value(QStringLiteral("count")).isNull());
        QVERIFY(cursor.value(QStringLiteral("next")).toString().contains(QStringLiteral("start=11")));
    }

private:
    Test::SharedEstates m_estates;
};

QTEST_GUILESS_MAIN(TestNetBoxClient)
#include "tst_netboxclient.moc"
