// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <optional>

#include <QElapsedTimer>
#include <QTest>

#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcpprobe.h"
#include "backend/workspace/workspaceconfig.h"
#include "tests/fixtures/common/httpfixtureserver.h"
#include "tests/fixtures/common/testcertificate.h"
#include "tests/fixtures/mcp/mcpfixtureserver.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;

namespace {

/// Runs a probe of @p url with @p user and @p password to its end.
Result<Mcp::ProbeResult> probe(const QUrl &url, const QString &user, const QString &password, int timeoutMs = 5000,
                               bool verifyTls = true)
{
    Mcp::McpClient client;
    Workspace::McpConfig config;
    config.url = url.toString();
    config.username = user;
    config.timeoutMs = timeoutMs;
    config.verifyTls = verifyTls;
    client.applyConfig(config, Vault::Secret::fromString(password));
    Mcp::McpProbe probe(&client);
    std::optional<Result<Mcp::ProbeResult>> outcome;
    int count = 0;
    QObject::connect(&probe, &Mcp::McpProbe::finished, &probe, [&](const Result<Mcp::ProbeResult> &r) {
        outcome = r;
        ++count;
    });
    probe.start();
    if (!QTest::qWaitFor([&] { return count > 0; }, 20000))
        return Error(ErrorCode::Unknown, u"the probe did not finish"_s);
    QTest::qWait(100); // exactly once
    if (count != 1)
        return Error(ErrorCode::Unknown, u"the probe finished %1 times"_s.arg(count));
    return *outcome;
}

/// A server that answers every request with @p status and @p body.
std::unique_ptr<Test::HttpFixtureServer> answering(int status, const QByteArray &contentType, const QByteArray &body,
                                                   int delayMs = 0)
{
    auto server = std::make_unique<Test::HttpFixtureServer>([=](const Test::HttpRequest &) {
        Test::HttpResponse r;
        r.status = status;
        r.contentType = contentType;
        r.body = body;
        r.delayMs = delayMs;
        return r;
    });
    return server->listen().ok() ? std::move(server) : nullptr;
}

} // namespace

/// Mcp::McpProbe against the MCP fixture server on loopback and against
/// servers that are not MCP: the verdict a user reads in the connection test.
class TestMcpProbe final : public QObject
{
    Q_OBJECT

private:
    static Test::McpFixtureOptions smallEstate()
    {
        Test::McpFixtureOptions o;
        o.networkElements = 7;
        o.opticalLinks = 6;
        o.ethernetServices = 2;
        o.alarms = 5;
        return o;
    }

private slots:
    void countsNetworkElementsAndLogsOut()
    {
        Test::McpFixtureServer server(smallEstate());
        QVERIFY(server.start().ok());
        const auto result = probe(server.baseUrl(), server.options().username, server.options().password);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->networkElements, qint64(server.inventory().networkElements.size()));
        QCOMPARE(result->networkElements, 7);
        // One login, and the token deleted again: a test leaves no session.
        QCOMPARE(server.loginCount(), 1);
        QCOMPARE(server.deletedTokenCount(), 1);
        QCOMPARE(server.activeTokenCount(), 0);
    }

    void wrongPasswordIsNamed()
    {
        Test::McpFixtureServer server(smallEstate());
        QVERIFY(server.start().ok());
        const auto result = probe(server.baseUrl(), server.options().username, u"not-the-password"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QVERIFY2(result.error().detail.contains(u"Ciena MCP refused the user name or password"),
                 qPrintable(result.error().detail));
        // MCP's own words are passed on.
        QVERIFY2(result.error().detail.contains(u"Invalid username or password"), qPrintable(result.error().detail));
        QCOMPARE(server.activeTokenCount(), 0);
    }

    void serverThatIsNotMcp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html page") << 200 << QByteArray("text/html")
                                   << QByteArray("<!DOCTYPE html><html><body>Welcome to nginx!</body></html>")
                                   << u"not a Ciena MCP server: /tron/api/v1/tokens answered with a web page"_s;
        QTest::newRow("html 405") << 405 << QByteArray("text/html") << QByteArray("<html>Method Not Allowed</html>")
                                  << u"answered with a web page"_s;
        QTest::newRow("no api here") << 404 << QByteArray("application/json") << QByteArray(R"({"detail": "Not found."})")
                                     << u"no Ciena MCP API at this address (404 for /tron/api/v1/tokens)"_s;
        QTest::newRow("json without token") << 201 << QByteArray("application/json") << QByteArray(R"({"id": 1})")
                                            << u"token response carries no token"_s;
    }

    void serverThatIsNotMcp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        auto server = answering(status, contentType, body);
        QVERIFY(server);
        const auto result = probe(server->baseUrl(), u"admin"_s, u"secret"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().detail.contains(expected), qPrintable(result.error().detail));
    }

    void silentServerTimesOut()
    {
        auto server = answering(201, "application/json", R"({"token": "t"})", 5000);
        QVERIFY(server);
        QElapsedTimer timer;
        timer.start();
        const auto result = probe(server->baseUrl(), u"admin"_s, u"secret"_s, 300);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().detail.contains(u"Ciena MCP did not answer in time"), qPrintable(result.error().detail));
        QVERIFY(timer.elapsed() < 4000);
    }

    void nobodyListening()
    {
        auto server = answering(200, "application/json", "{}");
        QVERIFY(server);
        const QUrl url = server->baseUrl();
        server.reset();
        const auto result = probe(url, u"admin"_s, u"secret"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().detail.startsWith(u"cannot reach Ciena MCP"), qPrintable(result.error().detail));
    }

    void untrustedCertificateIsNamed()
    {
        const auto certificate = Test::TestCertificate::make();
        QVERIFY2(certificate.ok(), qPrintable(certificate.ok() ? QString() : certificate.error().detail));
        // MCP's login and a list behind TLS.
        Test::HttpFixtureServer server([](const Test::HttpRequest &request) {
            Test::HttpResponse r;
            r.status = request.path == u"/tron/api/v1/tokens" ? 201 : 200;
            r.body = request.path == u"/tron/api/v1/tokens"
                         ? QByteArray(R"({"token": "tls-token", "timeout": 3600})")
                         : QByteArray(R"({"data": [], "meta": {"total": 42}, "links": {}})");
            if (request.method == "DELETE")
                r.status = 204;
            return r;
        });
        server.setTls(certificate->server);
        QVERIFY(server.listen().ok());

        const auto refused = probe(server.baseUrl(), u"admin"_s, u"secret"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"certificate is not trusted"), qPrintable(refused.error().detail));
        const auto accepted = probe(server.baseUrl(), u"admin"_s, u"secret"_s, 5000, false);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().toString()));
        QCOMPARE(accepted->networkElements, 42);
    }
};

QTEST_GUILESS_MAIN(TestMcpProbe)
#include "tst_mcpprobe.moc"
