// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Net::RestClient against a real HTTP(S) server on loopback: timeouts,
// retries with Retry-After and bounded backoff, paging, TLS verification
// and pinning, error mapping, cancelling, and logs without secrets.
#include <optional>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include "backend/net/restclient.h"
#include "backend/net/resterrors.h"
#include "backend/net/restpaging.h"
#include "backend/net/restreply.h"
#include "tests/fixtures/common/httpfixtureserver.h"
#include "tests/fixtures/common/testcertificate.h"

using namespace OpsDeck;
using namespace OpsDeck::Net;
using namespace Qt::StringLiterals;

namespace {

/// Every message logged while a test runs.
QStringList *s_messages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (s_messages)
        *s_messages << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

/// A client with a fast retry policy for tests.
std::unique_ptr<RestClient> fastClient(const QUrl &base, int maxRetries = 2)
{
    auto client = std::make_unique<RestClient>();
    client->setBaseUrl(base);
    client->setTimeoutMs(3000);
    RetryPolicy policy;
    policy.maxRetries = maxRetries;
    policy.baseMs = 10;
    policy.maxMs = 50;
    client->setRetryPolicy(policy);
    return client;
}

RestRequest getRequest(const QUrl &url)
{
    RestRequest request;
    request.url = url;
    return request;
}

/// Waits for the one answer of @p reply.
Result<RestResponse> waitFor(RestReply *reply, int timeoutMs = 15000)
{
    std::optional<Result<RestResponse>> out;
    int answers = 0;
    QObject::connect(reply, &RestReply::finished, reply, [&](const Result<RestResponse> &r) {
        out = r;
        ++answers;
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Error(ErrorCode::Unknown, u"no answer from the client"_s);
    QTest::qWait(20);
    if (answers != 1)
        return Error(ErrorCode::Unknown, u"%1 answers to one request"_s.arg(answers));
    return *out;
}

/// A server that answers each request with the next of @p script (the last
/// one repeats) and notes when each request arrived.
struct ScriptedServer
{
    explicit ScriptedServer(QList<Test::HttpResponse> script)
        : responses(std::move(script))
        , server([this](const Test::HttpRequest &request) {
            arrivals << clock.elapsed();
            requests << request;
            return responses.at(std::min(requests.size(), responses.size()) - 1);
        })
    {
        clock.start();
    }

    QList<Test::HttpResponse> responses;
    QList<qint64> arrivals;
    QList<Test::HttpRequest> requests;
    QElapsedTimer clock;
    Test::HttpFixtureServer server;
};

Test::HttpResponse answer(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    Test::HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

} // namespace

class TestRestClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void timeoutEndsTheRequest()
    {
        Test::HttpResponse slow = answer(200, "{}");
        slow.delayMs = 3000;
        ScriptedServer s({slow});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl(), 3);
        client->setTimeoutMs(200);
        RetryPolicy policy = client->retryPolicy();
        policy.retryTimeouts = false;
        client->setRetryPolicy(policy);
        QElapsedTimer timer;
        timer.start();
        const auto result = waitFor(client->send(getRequest(client->resolve(u"/slow"_s))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().detail.contains(u"no answer within 200 ms"), qPrintable(result.error().detail));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(s.requests.size(), 1);

        // With timeouts retried, every attempt times out and the error says so.
        policy.retryTimeouts = true;
        policy.maxRetries = 1;
        client->setRetryPolicy(policy);
        const auto retried = waitFor(client->send(getRequest(client->resolve(u"/slow"_s))));
        QVERIFY(!retried.ok());
        QCOMPARE(retried.error().code, ErrorCode::Timeout);
        QVERIFY2(retried.error().detail.contains(u"gave up after 2 attempts"), qPrintable(retried.error().detail));
        QTRY_COMPARE(s.requests.size(), 3);
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }
    void retryAfterIsHonoured()
    {
        QFETCH(int, status);
        Test::HttpResponse busy = answer(status, R"({"detail": "slow down"})");
        busy.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"));
        ScriptedServer s({busy, answer(200, R"({"ok": true})")});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl());
        const auto result = waitFor(client->send(getRequest(client->resolve(u"/api/"_s))));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->attempts, 2);
        QCOMPARE(s.arrivals.size(), 2);
        // The backoff alone would wait 5..10 ms; the server asked for a second.
        QVERIFY2(s.arrivals.at(1) - s.arrivals.at(0) >= 950, qPrintable(QString::number(s.arrivals.at(1))));
    }

    void retryAfterAloneIsBounded()
    {
        Test::HttpResponse busy = answer(429, R"({"detail": "come back in an hour"})");
        busy.headers << qMakePair(QByteArray("Retry-After"), QByteArray("3600"));
        ScriptedServer s({busy, answer(200, "{}")});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl());
        RetryPolicy policy = client->retryPolicy();
        policy.maxRetryAfterMs = 300;
        client->setRetryPolicy(policy);
        const auto result = waitFor(client->send(getRequest(client->resolve(u"/api/"_s))));
        QVERIFY(result.ok());
        const qint64 gap = s.arrivals.at(1) - s.arrivals.at(0);
        QVERIFY2(gap >= 280 && gap < 1500, qPrintable(QString::number(gap)));
    }

    void retryAfterHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("seconds") << QByteArray("3") << 3000 << 3000;
        QTest::newRow("padded") << QByteArray(" 2 ") << 2000 << 2000;
        QTest::newRow("none") << QByteArray() << 0 << 0;
        QTest::newRow("negative") << QByteArray("-5") << 0 << 0;
        QTest::newRow("junk") << QByteArray("soon") << 0 << 0;
        QTest::newRow("huge") << QByteArray("999999999") << 3600000 << 3600000;
        QTest::newRow("date") << QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1()
                              << 27000 << 30000;
        QTest::newRow("past date") << QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::RFC2822Date).toLatin1()
                                   << 0 << 0;
    }
    void retryAfterHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, low);
        QFETCH(int, high);
        const int ms = retryAfterMs(header);
        QVERIFY2(ms >= low && ms <= high, qPrintable(QString::number(ms)));
    }

    void backoffIsBounded()
    {
        RetryPolicy policy;
        policy.baseMs = 100;
        policy.maxMs = 1000;
        policy.maxRetryAfterMs = 5000;
        for (int attempt = 1; attempt <= 40; ++attempt) {
            const qint64 full = std::min<qint64>(1000, qint64(100) << std::min(attempt - 1, 16));
            for (int i = 0; i < 20; ++i) {
                const qint64 delay = retryDelayMs(policy, attempt, 0);
                QVERIFY2(delay >= full / 2 && delay <= full, qPrintable(u"attempt %1: %2"_s.arg(attempt).arg(delay)));
            }
        }
        QCOMPARE(retryDelayMs(policy, 1, 3000), 3000);
        QCOMPARE(retryDelayMs(policy, 1, 3600 * 1000), 5000);
    }

    void backoffOnTheWire()
    {
        ScriptedServer s({answer(503, "<html><title>busy</title></html>", "text/html")});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl(), 6);
        RetryPolicy policy = client->retryPolicy();
        policy.baseMs = 40;
        policy.maxMs = 100;
        client->setRetryPolicy(policy);
        const auto result = waitFor(client->send(getRequest(client->resolve(u"/busy"_s))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Network);
        QVERIFY2(result.error().detail.contains(u"gave up after 7 attempts"), qPrintable(result.error().detail));
        QCOMPARE(s.arrivals.size(), 7);
        for (qsizetype i = 1; i < s.arrivals.size(); ++i) {
            const qint64 gap = s.arrivals.at(i) - s.arrivals.at(i - 1);
            // Never longer than the bound (plus scheduling), never without a pause.
            QVERIFY2(gap >= 15 && gap <= 100 + 150, qPrintable(u"retry %1 after %2 ms"_s.arg(i).arg(gap)));
        }
    }

    void droppedConnectionIsRetried()
    {
        // Qt itself sends a GET again once when a kept-alive connection
        // closes under it; four drops in a row need the client's retries.
        Test::HttpResponse dropped;
        dropped.drop = true;
        ScriptedServer s({dropped, dropped, dropped, dropped, answer(200, R"({"id": 1})")});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl(), 4);
        RestRequest request = getRequest(client->resolve(u"/api/x"_s));
        request.expectJson = true;
        const auto result = waitFor(client->send(request));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->json.object().value(u"id"_s).toInt(), 1);
        QVERIFY2(result->attempts >= 2, qPrintable(QString::number(result->attempts)));
        QCOMPARE(s.requests.size(), 5);

        // Without retries left, the drop is the answer.
        ScriptedServer gone({dropped});
        QVERIFY(gone.server.listen().ok());
        auto once = fastClient(gone.server.baseUrl(), 0);
        const auto failed = waitFor(once->send(getRequest(once->resolve(u"/api/x"_s))));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Network);
        QVERIFY(!failed.error().context.contains(u"status"_s));
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        const QByteArray json = "application/json";
        const QByteArray html = "text/html";
        QTest::newRow("404 detail") << 404 << json << QByteArray(R"({"detail": "Not found."})")
                                    << int(ErrorCode::NotFound) << u"HTTP 404: Not found."_s;
        QTest::newRow("403 message") << 403 << json << QByteArray(R"({"message": "token expired"})")
                                     << int(ErrorCode::Auth) << u"HTTP 403: token expired"_s;
        QTest::newRow("400 fields") << 400 << json << QByteArray(R"({"name": ["This field is required."]})")
                                    << int(ErrorCode::InvalidInput)
                                    << u"HTTP 400: {\"name\":[\"This field is required.\"]}"_s;
        QTest::newRow("409 errors") << 409 << json << QByteArray(R"({"errors": [{"title": "already there"}]})")
                                    << int(ErrorCode::Conflict) << u"HTTP 409: already there"_s;
        QTest::newRow("412") << 412 << json << QByteArray(R"({"detail": "Precondition failed."})")
                             << int(ErrorCode::Conflict) << u"HTTP 412: Precondition failed."_s;
        QTest::newRow("401 html") << 401 << html
                                  << QByteArray("<!DOCTYPE html><html><head><title>Login required</title></head>"
                                                "<body><h1>Please log in</h1></body></html>")
                                  << int(ErrorCode::Auth) << u"HTTP 401: HTML page: Login required"_s;
        QTest::newRow("502 proxy page") << 502 << html
                                        << QByteArray("<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")
                                        << int(ErrorCode::Network) << u"HTTP 502: HTML page: 502 Bad Gateway nginx"_s;
        QTest::newRow("500 empty") << 500 << QByteArray("text/plain") << QByteArray() << int(ErrorCode::Network)
                                   << u"HTTP 500: (empty body)"_s;
        QTest::newRow("200 html for json") << 200 << html << QByteArray("<html><body>Welcome</body></html>")
                                           << int(ErrorCode::Network) << u"HTTP 200 with a body that is not JSON"_s;
    }
    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, detail);
        ScriptedServer s({answer(status, body, contentType)});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl(), 0);
        RestRequest request = getRequest(client->resolve(u"/api/thing/?limit=1"_s));
        request.expectJson = true;
        const auto result = waitFor(client->send(request));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QVERIFY2(result.error().detail.startsWith(detail), qPrintable(result.error().detail));
        QCOMPARE(result.error().context.value(u"url"_s).toString(), s.server.baseUrl().toString() + u"/api/thing/?limit=1");
        QCOMPARE(result.error().context.value(u"status"_s).toInt(), status);
        QCOMPARE(result.error().context.value(u"contentType"_s).toString(), QString::fromLatin1(contentType));
        if (contentType == "application/json")
            QCOMPARE(result.error().context.value(u"body"_s), QJsonDocument::fromJson(body).toVariant());
        // Client errors are answers, not accidents: never retried.
        QCOMPARE(s.requests.size(), 1);
    }

    void paging()
    {
        // 23 items, 5 a page; "next" alternates relative and absolute links.
        QUrl base;
        Test::HttpFixtureServer server([&base](const Test::HttpRequest &request) {
            const int page = request.queryValue(u"page"_s, u"0"_s).toInt();
            QJsonArray items;
            for (int i = page * 5; i < std::min(23, page * 5 + 5); ++i)
                items << i;
            QJsonObject body{{u"items"_s, items}};
            if (page * 5 + 5 < 23) {
                const QString next = u"/items?page=%1"_s.arg(page + 1);
                body.insert(u"next"_s, page % 2 ? base.toString() + next : next);
            } else {
                body.insert(u"next"_s, QJsonValue());
            }
            return Test::HttpResponse::json(request.path == u"/items" ? 200 : 404, QJsonDocument(body).toJson());
        });
        QVERIFY(server.listen().ok());
        base = server.baseUrl();
        auto client = fastClient(base);
        using Pages = PageCollector<QList<int>, QUrl>;
        const auto fetch = [&client](const QUrl &url, Pages::Reply reply) {
            client->send(getRequest(url), nullptr, [reply](const Result<RestResponse> &r) {
                reply(r ? Result<QByteArray>(r->body) : Result<QByteArray>(r.error()));
            });
        };
        const auto step = [&client](const QUrl &, const QByteArray &body,
                                    QList<int> &collected) -> Result<std::optional<QUrl>> {
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            if (!page.contains(u"items"_s))
                return Error(ErrorCode::InvalidInput, u"not a page"_s);
            for (const QJsonValue &v : page.value(u"items"_s).toArray())
                collected << v.toInt();
            if (!page.value(u"next"_s).isString())
                return std::optional<QUrl>();
            return std::optional<QUrl>(client->resolve(page.value(u"next"_s).toString()));
        };
        std::optional<Result<QList<int>>> all;
        Pages::run(client->resolve(u"/items?page=0"_s), fetch, step, [&all](Result<QList<int>> r) { all = r; });
        QTRY_VERIFY(all.has_value());
        QVERIFY2(all->ok(), qPrintable(all->ok() ? QString() : all->error().toString()));
        QList<int> expected;
        for (int i = 0; i < 23; ++i)
            expected << i;
        QCOMPARE(all->value(), expected);
        QCOMPARE(server.requestCount(), 5);

        // A page that fails ends the collection with its error.
        std::optional<Result<QList<int>>> broken;
        Pages::run(client->resolve(u"/missing"_s), fetch, step, [&broken](Result<QList<int>> r) { broken = r; });
        QTRY_VERIFY(broken.has_value());
        QVERIFY(!broken->ok());
        QCOMPARE(broken->error().code, ErrorCode::NotFound);
        QCOMPARE(server.requestCount(), 6);
    }

    void tlsRefusedAndPinned()
    {
        const auto certificate = Test::TestCertificate::make();
        QVERIFY2(certificate.ok(), qPrintable(certificate.ok() ? QString() : certificate.error().detail));
        const QString cert = certificate->certificatePath;
        ScriptedServer s({answer(200, R"({"ok": true})")});
        s.server.setTls(certificate->server);
        QVERIFY(s.server.listen().ok());
        const QString pin =
            QString::fromLatin1(certificate->certificate.digest(QCryptographicHash::Sha256).toHex());
        const auto run = [&](const TlsOptions &options) {
            auto client = fastClient(s.server.baseUrl());
            client->setTls(options);
            return waitFor(client->send(getRequest(client->resolve(u"/api/"_s))));
        };

        const auto refused = run(TlsOptions{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Network);
        QVERIFY2(refused.error().detail.startsWith(u"TLS handshake failed"), qPrintable(refused.error().detail));
        QCOMPARE(s.requests.size(), 0); // refused before any request, and not retried

        QVERIFY(run(TlsOptions{false, {}, {}}).ok());
        QVERIFY(run(TlsOptions{true, cert, {}}).ok());
        const auto pinned = run(TlsOptions{true, {}, {pin.toUpper()}});
        QVERIFY2(pinned.ok(), qPrintable(pinned.ok() ? QString() : pinned.error().toString()));

        // A certificate that is not the pinned one is refused, even unverified.
        const int before = int(s.requests.size());
        const auto wrongPin = run(TlsOptions{false, {}, {QString(64, u'a')}});
        QVERIFY(!wrongPin.ok());
        QCOMPARE(wrongPin.error().code, ErrorCode::Auth);
        QVERIFY2(wrongPin.error().detail.contains(u"matches no pinned fingerprint"), qPrintable(wrongPin.error().detail));
        QCOMPARE(s.requests.size(), before);
    }

    void cancelEndsEveryRequestOnce()
    {
        Test::HttpResponse slow = answer(200, "{}");
        slow.delayMs = 5000;
        ScriptedServer s({slow});
        QVERIFY(s.server.listen().ok());
        auto client = fastClient(s.server.baseUrl());
        int cancelled = 0;
        int answers = 0;
        for (int i = 0; i < 3; ++i) {
            client->send(getRequest(client->resolve(u"/slow/%1"_s.arg(i))), this, [&](const Result<RestResponse> &r) {
                ++answers;
                if (!r && r.error().code == ErrorCode::Cancelled)
                    ++cancelled;
            });
        }
        QCOMPARE(client->inFlightCount(), 3);
        QTRY_COMPARE(s.requests.size(), 3);
        client->abortAll();
        QTRY_COMPARE(cancelled, 3);
        QTest::qWait(50);
        QCOMPARE(answers, 3);
        QCOMPARE(client->inFlightCount(), 0);
    }

    void logsHoldNoSecrets()
    {
        const QByteArray token = "tok-9f8e7d6c5b4a";
        const QByteArray bearer = QByteArray("Bearer ") + token;
        const QByteArray pathToken = "path-secret-31337";
        const QString queryToken = u"query-secret-2718"_s;
        const QString passhash = u"8675309"_s;
        Test::HttpResponse busy = answer(503, R"({"detail": "token tok-9f8e7d6c5b4a is overloaded"})");
        ScriptedServer s({busy, answer(401, R"({"detail": "token tok-9f8e7d6c5b4a refused"})")});
        QVERIFY(s.server.listen().ok());

        QStringList messages;
        s_messages = &messages;
        QLoggingCategory::setFilterRules(u"opsdeck.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        auto client = fastClient(s.server.baseUrl(), 1);
        client->setAuthorization(Vault::Secret::fromBytes(bearer));
        client->redaction().add(pathToken);
        QUrl url = client->resolve(u"/api/tokens/"_s + QString::fromLatin1(pathToken));
        url.setQuery(u"limit=5&apitoken=%1&username=admin&passhash=%2"_s.arg(queryToken, passhash));
        const auto result = waitFor(client->send(getRequest(url)));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        s_messages = nullptr;

        // The secrets did travel...
        QCOMPARE(s.requests.size(), 2);
        QCOMPARE(s.requests.constFirst().headers.value("authorization"), bearer);
        QCOMPARE(s.requests.constFirst().queryValue(u"apitoken"_s), queryToken);
        // ...and the request was logged, every attempt and the failure...
        QVERIFY(!result.ok());
        const QString all = messages.join(u'\n');
        QVERIFY2(messages.size() >= 3, qPrintable(all));
        QVERIFY2(all.contains(u"/api/tokens/"_s) && all.contains(u"limit=5"_s), qPrintable(all));
        QVERIFY2(all.contains(u"apitoken=***"_s), qPrintable(all));
        // ...but neither the log nor the error shows them.
        const QString error = result.error().toString();
        for (const QString &secret : {QString::fromLatin1(token), QString::fromLatin1(pathToken), queryToken, passhash}) {
            QVERIFY2(!all.contains(secret), qPrintable(u"%1 in the log:\n%2"_s.arg(secret, all)));
            QVERIFY2(!error.contains(secret), qPrintable(u"%1 in the error: %2"_s.arg(secret, error)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
