// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The recorded NetBox 3.1.11 exchanges (../shared/fixtures/netbox-3.1),
// replayed by the fixture server and read through the client and the mapper.
#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "backend/netbox/netboxclient.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::NetBox;
using OpsDeck::Test::NetBoxFixtureOptions;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

const QString kDir = QStringLiteral(OPSDECK_SHARED_DIR "/fixtures/netbox-3.1");

QJsonObject exchange(const QString &file)
{
    QFile f(QDir(kDir).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

Result<Response> fetch(NetBoxClient &client, const QUrl &url)
{
    std::optional<Result<Response>> out;
    NetBoxReply *reply = client.getUrl(url);
    QObject::connect(reply, &NetBoxReply::finished, reply, [&out](const Result<Response> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return Error(ErrorCode::Timeout, QStringLiteral("test: no answer"));
    return *out;
}

} // namespace

class TestNetBoxRecorded : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        NetBoxFixtureOptions options;
        options.version = QStringLiteral("3.1");
        options.scale = 0;
        options.recordedDir = kDir;
        m_server = std::make_unique<NetBoxFixtureServer>(options);
        const Status st = m_server->start();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
        ClientSettings s;
        s.baseUrl = m_server->baseUrl();
        s.token = Vault::Secret::fromString(options.v1Token);
        s.maxRetries = 0;
        m_client = std::make_unique<NetBoxClient>(s);
    }

    void pagesParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        const QDir dir(kDir);
        QVERIFY2(dir.exists(), qPrintable(kDir));
        int rows = 0;
        for (const Domain::KindInfo &info : Domain::allKinds()) {
            QString base = info.endpoint;
            base.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
            for (const QString &file : dir.entryList({base + QStringLiteral("_page*.json")}, QDir::Files)) {
                QTest::newRow(qPrintable(file)) << file << info.key;
                ++rows;
            }
        }
        QVERIFY(rows >= 15);
    }
    void pagesParse()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        const QJsonObject recorded = exchange(file);
        const QString url = recorded.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString();
        auto response = fetch(*m_client, QUrl(m_server->baseUrl().toString() + url));
        QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toString()));
        QCOMPARE(response->apiVersion, QStringLiteral("3.1"));
        const QJsonObject page = response->json.object();
        const QJsonArray results = page.value(QStringLiteral("results")).toArray();
        QVERIFY(!results.isEmpty());
        QVERIFY(page.value(QStringLiteral("count")).toInt() >= results.size());
        auto mapped = Domain::NetBoxMapper::mapAll(Domain::kindForKey(kind)->kind, results);
        QVERIFY2(mapped.ok(), qPrintable(mapped.ok() ? QString() : mapped.error().toString()));
        QCOMPARE(mapped->size(), results.size());
        QCOMPARE(mapped->first().id, results.first().toObject().value(QStringLiteral("id")).toInteger());
        if (kind == QLatin1String("cable")) // pre-3.3 termination_a/b
            QCOMPARE(mapped->first().terminations.size(), 2);
        if (kind == QLatin1String("device")) // device_role read as role
            QVERIFY(mapped->first().values.at(3).toLongLong() > 0);
        if (!page.value(QStringLiteral("next")).isNull())
            QVERIFY(page.value(QStringLiteral("next")).toString().startsWith(m_server->baseUrl().toString()));
    }

    void recordedErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::newRow("404") << QStringLiteral("error_404_device.json") << int(ErrorCode::NotFound);
        QTest::newRow("400") << QStringLiteral("error_400_bad_filter_value.json") << int(ErrorCode::InvalidInput);
    }
    void recordedErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        const QJsonObject recorded = exchange(file);
        const QString url = recorded.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString();
        auto response = fetch(*m_client, QUrl(m_server->baseUrl().toString() + url));
        QVERIFY(!response.ok());
        QCOMPARE(int(response.error().code), code);
        const QJsonObject body = recorded.value(QStringLiteral("body")).toObject();
        const QString detail = body.contains(QStringLiteral("detail"))
                                   ? body.value(QStringLiteral("detail")).toString()
                                   : body.constBegin().key();
        QVERIFY2(response.error().detail.contains(detail), qPrintable(response.error().detail));
    }

    void status()
    {
        auto response = fetch(*m_client, QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/status/")));
        QVERIFY(response.ok());
        QCOMPARE(NetBoxClient::versionFromStatus(*response)->toString(), QStringLiteral("3.1"));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<NetBoxFixtureServer> m_server;
    std::unique_ptr<NetBoxClient> m_client;
};

QTEST_GUILESS_MAIN(TestNetBoxRecorded)
#include "tst_netboxrecorded.moc"
