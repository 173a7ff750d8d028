// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <optional>

#include <QElapsedTimer>
#include <QTest>

#include "backend/prtg/prtgclient.h"
#include "backend/prtg/prtgprobe.h"
#include "backend/workspace/workspaceconfig.h"
#include "tests/fixtures/common/httpfixtureserver.h"
#include "tests/fixtures/prtg/prtgfixtureserver.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;

namespace {

/// Runs a probe of @p config with @p secret to its end.
Result<Prtg::ProbeResult> probe(const Workspace::PrtgConfig &config, const QString &secret)
{
    Prtg::PrtgClient client;
    client.applyConfig(config, Vault::Secret::fromString(secret));
    Prtg::PrtgProbe probe(&client);
    std::optional<Result<Prtg::ProbeResult>> outcome;
    int count = 0;
    QObject::connect(&probe, &Prtg::PrtgProbe::finished, &probe, [&](const Result<Prtg::ProbeResult> &r) {
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

Workspace::PrtgConfig tokenConfig(const QUrl &url, int timeoutMs = 5000)
{
    Workspace::PrtgConfig c;
    c.url = url.toString();
    c.apiToken.path = u"prtg/token"_s;
    c.timeoutMs = timeoutMs;
    return c;
}

} // namespace

/// Prtg::PrtgProbe against the PRTG fixture server on loopback and against
/// servers that are not PRTG: the verdict a user reads in the connection test.
class TestPrtgProbe final : public QObject
{
    Q_OBJECT

private slots:
    void readsReleaseAndCounts_data()
    {
        QTest::addColumn<bool>("token");
        QTest::newRow("API token") << true;
        QTest::newRow("user and passhash") << false;
    }

    void readsReleaseAndCounts()
    {
        QFETCH(bool, token);
        Test::PrtgFixtureOptions options;
        options.devices = 12;
        Test::PrtgFixtureServer server(options);
        QVERIFY(server.start().ok());
        Workspace::PrtgConfig config = tokenConfig(server.baseUrl());
        if (!token) {
            config.apiToken = {};
            config.username = options.username;
            config.passhash.path = u"prtg/passhash"_s;
        }
        const auto result = probe(config, token ? options.apiToken : options.passhash);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->version, u"18.2.41.1636"_s);
        QCOMPARE(result->devices, qint64(server.devices().size()));
        QCOMPARE(result->devices, 12);
        QCOMPARE(result->sensors, qint64(server.sensors().size()));
        QCOMPARE(result->sensors, 120);
    }

    void wrongCredentialsAreNamed()
    {
        Test::PrtgFixtureServer server;
        QVERIFY(server.start().ok());
        const auto result = probe(tokenConfig(server.baseUrl()), u"NOT-THE-TOKEN"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QVERIFY2(result.error().detail.contains(u"PRTG refused the API token or passhash"),
                 qPrintable(result.error().detail));
        // The credentials never show in what the user reads.
        QVERIFY(!result.error().detail.contains(u"NOT-THE-TOKEN"));
        QVERIFY(!result.error().toString().contains(u"NOT-THE-TOKEN"));
    }

    void serverThatIsNotPrtg_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html page") << 200 << QByteArray("text/html")
                                   << QByteArray("<!DOCTYPE html><html><body>Welcome to nginx!</body></html>")
                                   << u"not a PRTG server: /api/table.json?content=devices answered with a web page"_s;
        QTest::newRow("other json") << 200 << QByteArray("application/json") << QByteArray(R"({"status": "ok"})")
                                    << u"names no PRTG version"_s;
        QTest::newRow("no api here") << 404 << QByteArray("application/json") << QByteArray(R"({"detail": "Not found."})")
                                     << u"no PRTG API at this address"_s;
    }

    void serverThatIsNotPrtg()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        Test::HttpFixtureServer server([&](const Test::HttpRequest &) {
            Test::HttpResponse r;
            r.status = status;
            r.contentType = contentType;
            r.body = body;
            return r;
        });
        QVERIFY(server.listen().ok());
        const auto result = probe(tokenConfig(server.baseUrl()), u"token"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().detail.contains(expected), qPrintable(result.error().detail));
    }

    void silentServerTimesOut()
    {
        Test::PrtgFixtureServer server;
        QVERIFY(server.start().ok());
        Test::PrtgFixtureFaults faults;
        faults.slowMs = 5000;
        server.setFaults(faults);
        QElapsedTimer timer;
        timer.start();
        const auto result = probe(tokenConfig(server.baseUrl(), 300), server.options().apiToken);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().detail.contains(u"PRTG did not answer in time"), qPrintable(result.error().detail));
        QVERIFY(timer.elapsed() < 4000);
    }
};

QTEST_GUILESS_MAIN(TestPrtgProbe)
#include "tst_prtgprobe.moc"
