// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Holds the fixture server's NetBox 3.1 and 4.2 emulations against the
// exchanges recorded from real 3.1.11 and 4.2.9 servers
// (../shared/fixtures/netbox-<version>): the same keys per object of every
// recorded kind, the same status codes, the same error bodies.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "tests/fixtures/netbox/netboxfixtureserver.h"
#include "tests/fixtures/netbox/netboxreleaseshape.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureOptions;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

QString recordedDir(const QString &version)
{
    return QStringLiteral(OPSDECK_SHARED_DIR "/fixtures/netbox-") + version;
}

QJsonObject readRecording(const QString &version, const QString &name)
{
    QFile f(QDir(recordedDir(version)).filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recording %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QString describeKeys(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList onlyA(a.begin(), a.end());
    QStringList onlyB(b.begin(), b.end());
    onlyA.erase(std::remove_if(onlyA.begin(), onlyA.end(), [&](const QString &k) { return b.contains(k); }), onlyA.end());
    onlyB.erase(std::remove_if(onlyB.begin(), onlyB.end(), [&](const QString &k) { return a.contains(k); }), onlyB.end());
    onlyA.sort();
    onlyB.sort();
    return QStringLiteral("fixture only: %1; recorded only: %2").arg(onlyA.join(QLatin1Char(',')), onlyB.join(QLatin1Char(',')));
}

} // namespace

class TestNetBoxReleaseShapes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &version : {QStringLiteral("3.1"), QStringLiteral("4.2")}) {
            NetBoxFixtureOptions options;
            options.version = version;
            auto server = std::make_unique<NetBoxFixtureServer>(options);
            QVERIFY(server->start().ok());
            m_servers[version] = std::move(server);
        }
    }

    // Every recorded 200 list page and object: the fixture's objects of that
    // kind carry exactly the recorded keys.
    void objectKeys_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("file");
        for (const QString &version : {QStringLiteral("3.1"), QStringLiteral("4.2")}) {
            const QDir dir(recordedDir(version));
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                const QJsonObject rec = readRecording(version, name);
                const QString url = rec.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString();
                if (rec.value(QStringLiteral("status")).toInt() == 200 && kindOf(url) &&
                    rec.value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString() == QLatin1String("GET"))
                    QTest::newRow(qPrintable(version + QLatin1Char(' ') + name)) << version << name;
            }
        }
    }
    void objectKeys()
    {
        QFETCH(QString, version);
        QFETCH(QString, file);
        const QJsonObject rec = readRecording(version, file);
        const QString url = rec.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString();
        const QJsonObject body = rec.value(QStringLiteral("body")).toObject();
        const bool list = body.contains(QStringLiteral("results"));
        const QJsonObject recorded = list ? body.value(QStringLiteral("results")).toArray().first().toObject() : body;
        const Answer answer = get(version, url);
        QCOMPARE(answer.status, 200);
        const QJsonObject page = answer.json().object();
        const QJsonArray results = page.value(QStringLiteral("results")).toArray();
        if (list && results.isEmpty()) {
            // The estate has none of these (modules): the release's field
            // table must still be the recorded one.
            const Domain::KindInfo *kind = kindOf(url);
            QCOMPARE(server(version).count(kind->kind), 0);
            const QStringList fields = Test::releaseFields(kind->kind, version == QLatin1String("3.1") ? 301 : 402);
            QCOMPARE(QSet<QString>(fields.begin(), fields.end()), keysOf(recorded));
            return;
        }
        for (const QJsonValue &v : list ? results : QJsonArray{page}) {
            const QSet<QString> ours = keysOf(v.toObject());
            QVERIFY2(ours == keysOf(recorded), qPrintable(url + QStringLiteral(": ") + describeKeys(ours, keysOf(recorded))));
        }
        if (list)
            QCOMPARE(keysOf(page), keysOf(body));
    }

    // Recorded error exchanges are answered with the same status and body.
    void errors_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("file");
        for (const QString &version : {QStringLiteral("3.1"), QStringLiteral("4.2")}) {
            for (const char *name : {"error_400_bad_filter_value.json", "error_403_bad_token.json",
                                     "error_403_no_token.json", "error_403_readonly_token_write.json",
                                     "error_404_device.json", "error_bad_post_device.json",
                                     "error_bad_post_missing_fields.json", "error_bad_post_duplicate_site.json"})
                QTest::newRow(qPrintable(version + QLatin1Char(' ') + QString::fromLatin1(name)))
                    << version << QString::fromLatin1(name);
        }
        QTest::newRow("4.2 status without token") << QStringLiteral("4.2") << QStringLiteral("status_no_token.json");
        QTest::newRow("4.2 406") << QStringLiteral("4.2") << QStringLiteral("error_406_accept_version.json");
    }
    void errors()
    {
        QFETCH(QString, version);
        QFETCH(QString, file);
        QJsonObject rec = readRecording(version, file);
        QJsonObject request = rec.value(QStringLiteral("request")).toObject();
        if (file.contains(QLatin1String("duplicate_site"))) {
            // The fixture's estate has its own first site: the same names
            // of it, the same answer.
            const QJsonObject site = server(version).object(ObjectKind::Site, 1);
            request.insert(QStringLiteral("json"), QJsonObject{{QStringLiteral("name"), site.value(QStringLiteral("name"))},
                                                               {QStringLiteral("slug"), site.value(QStringLiteral("slug"))}});
        }
        const Answer answer = send(version, request);
        QCOMPARE(answer.status, rec.value(QStringLiteral("status")).toInt());
        QCOMPARE(answer.json().object(), rec.value(QStringLiteral("body")).toObject());
    }

    // A path the release does not have: NetBox's HTML 404 page.
    void unknownPaths_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("path");
        QTest::newRow("4.2 unknown") << QStringLiteral("4.2") << QStringLiteral("/api/dcim/nonexistent/");
        QTest::newRow("4.2 old change log") << QStringLiteral("4.2") << QStringLiteral("/api/extras/object-changes/?limit=1");
        QTest::newRow("3.1 modules") << QStringLiteral("3.1") << QStringLiteral("/api/dcim/modules/?limit=50");
        QTest::newRow("3.1 new change log") << QStringLiteral("3.1") << QStringLiteral("/api/core/object-changes/");
    }
    void unknownPaths()
    {
        QFETCH(QString, version);
        QFETCH(QString, path);
        QFile page(QDir(recordedDir(QStringLiteral("4.2"))).filePath(QStringLiteral("error_404_unknown_path.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray recorded = page.readAll();
        const Answer answer = get(version, path);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.contentType, QByteArray("text/html; charset=utf-8"));
        for (const QByteArray &mark : {QByteArray("<title>Page Not Found | NetBox</title>"),
                                       QByteArray("The requested page does not exist."), QByteArray("<!DOCTYPE html>")}) {
            QVERIFY(recorded.contains(mark));
            QVERIFY2(answer.body.contains(mark), mark.constData());
        }
        QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
    }

    // 4.2's recorded write round trip on a tag, and the protected delete.
    void writes()
    {
        const QString v = QStringLiteral("4.2");
        const QJsonObject post = readRecording(v, QStringLiteral("write_post_tag.json"));
        Answer a = send(v, post.value(QStringLiteral("request")).toObject());
        QCOMPARE(a.status, post.value(QStringLiteral("status")).toInt());
        // The create answer has no tagged_items (a count the list and
        // detail views annotate); the fixture sends it everywhere.
        QCOMPARE(keysOf(a.json().object()) - QSet<QString>{QStringLiteral("tagged_items")},
                 keysOf(post.value(QStringLiteral("body")).toObject()));
        const qint64 id = a.json().object().value(QStringLiteral("id")).toInteger();
        const auto onTag = [&](const QString &file) {
            QJsonObject request = readRecording(v, file).value(QStringLiteral("request")).toObject();
            request.insert(QStringLiteral("url"), request.value(QStringLiteral("url")).toString().replace(
                                                      QStringLiteral("/6/"), QStringLiteral("/%1/").arg(id)));
            QJsonValue json = request.value(QStringLiteral("json"));
            if (json.isArray())
                request.insert(QStringLiteral("json"), QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                                               {QStringLiteral("color"), QStringLiteral("ff0000")}}});
            return send(v, request);
        };
        for (const char *file : {"write_patch_tag.json", "write_bulk_patch_tags.json", "write_put_tag_missing_fields.json",
                                 "write_delete_tag.json"}) {
            const QJsonObject rec = readRecording(v, QString::fromLatin1(file));
            a = onTag(QString::fromLatin1(file));
            QCOMPARE(a.status, rec.value(QStringLiteral("status")).toInt());
            const QJsonValue body = rec.value(QStringLiteral("body"));
            if (body.isObject() && rec.value(QStringLiteral("status")).toInt() == 400)
                QCOMPARE(a.json().object(), body.toObject());
            else if (body.isObject())
                QCOMPARE(keysOf(a.json().object()), keysOf(body.toObject()));
            else if (body.isArray())
                QCOMPARE(keysOf(a.json().array().first().toObject()), keysOf(body.toArray().first().toObject()));
        }
        QCOMPARE(get(v, QStringLiteral("/api/extras/tags/%1/").arg(id)).status, 404);

        // A site with devices and racks is protected: 409, nothing deleted.
        const QJsonObject rec = readRecording(v, QStringLiteral("error_delete_protected_site.json"));
        for (const QString &version : {QStringLiteral("3.1"), QStringLiteral("4.2")}) {
            const qint64 devices = server(version).count(ObjectKind::Device);
            a = send(version, rec.value(QStringLiteral("request")).toObject());
            QCOMPARE(a.status, 409);
            const QString detail = a.json().object().value(QStringLiteral("detail")).toString();
            const QRegularExpression shape(QStringLiteral("^Unable to delete object\\. (\\d+) dependent objects were found: .+ \\(\\d+\\)$"));
            QVERIFY(shape.match(rec.value(QStringLiteral("body")).toObject().value(QStringLiteral("detail")).toString()).hasMatch());
            const auto match = shape.match(detail);
            QVERIFY2(match.hasMatch(), qPrintable(detail.left(200)));
            QVERIFY(match.captured(1).toInt() > 0);
            QCOMPARE(server(version).count(ObjectKind::Device), devices);
        }
    }

    // Deleting a device takes its interfaces with it; PUT without the
    // required fields is refused on 3.1 too.
    void cascadeAndPut()
    {
        const QString v = QStringLiteral("3.1");
        NetBoxFixtureServer &s = server(v);
        qint64 device = 0;
        for (qint64 id : s.ids(ObjectKind::Interface)) {
            device = s.object(ObjectKind::Interface, id).value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toInteger();
            break;
        }
        const qint64 before = s.count(ObjectKind::Interface);
        Answer a = send(v, QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                       {QStringLiteral("url"), QStringLiteral("/api/dcim/devices/%1/").arg(device)},
                                       {QStringLiteral("json"), QJsonObject{{QStringLiteral("serial"), QStringLiteral("x")}}}});
        QCOMPARE(a.status, 400);
        QCOMPARE(keysOf(a.json().object()), (QSet<QString>{QStringLiteral("device_type"), QStringLiteral("device_role"),
                                                            QStringLiteral("site")}));
        a = send(v, QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                {QStringLiteral("url"), QStringLiteral("/api/dcim/devices/%1/").arg(device)}});
        QCOMPARE(a.status, 204);
        QVERIFY(s.count(ObjectKind::Interface) < before);
        for (qint64 id : s.ids(ObjectKind::Interface))
            QVERIFY(s.object(ObjectKind::Interface, id).value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toInteger() != device);
    }

private:
    static const Domain::KindInfo *kindOf(const QString &url)
    {
        const QString path = QUrl(url).path();
        for (const Domain::KindInfo &k : Domain::allKinds()) {
            const QString base = QStringLiteral("/api/") + k.endpoint + QLatin1Char('/');
            if (path == base || (path.startsWith(base) && path.mid(base.size()).chopped(1).toLongLong() > 0))
                return &k;
        }
        return nullptr;
    }

    NetBoxFixtureServer &server(const QString &version) { return *m_servers.at(version); }

    Answer get(const QString &version, const QString &url)
    {
        return send(version, QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("url"), url}});
    }

    // Sends a recorded request (method, url, headers, json) to the
    // fixture; the recorded tokens are replaced by the fixture's.
    Answer send(const QString &version, const QJsonObject &request)
    {
        NetBoxFixtureServer &s = server(version);
        QNetworkRequest r(QUrl(s.baseUrl().toString() + request.value(QStringLiteral("url")).toString()));
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        QString auth = headers.contains(QStringLiteral("Authorization"))
                           ? headers.value(QStringLiteral("Authorization")).toString()
                           : (request.contains(QStringLiteral("headers")) ? QString() : QStringLiteral("Token <redacted>"));
        if (auth.contains(QLatin1String("<redacted-readonly>")))
            auth = QStringLiteral("Token ") + s.options().readOnlyToken;
        else if (auth.contains(QLatin1String("<redacted")))
            auth = QStringLiteral("Token ") + s.options().v1Token;
        if (!auth.isEmpty())
            r.setRawHeader("Authorization", auth.toUtf8());
        r.setRawHeader("Accept", headers.value(QStringLiteral("Accept")).toString(QStringLiteral("application/json")).toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QJsonValue json = request.value(QStringLiteral("json"));
        const QByteArray body = json.isObject() ? QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)
                                : json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                                 : QByteArray();
        QNetworkReply *reply = m_network.sendCustomRequest(r, request.value(QStringLiteral("method")).toString().toLatin1(), body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("the fixture did not answer %s", qPrintable(r.url().toString()));
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->rawHeader("Content-Type");
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }

    QNetworkAccessManager m_network;
    std::map<QString, std::unique_ptr<NetBoxFixtureServer>> m_servers;
};

QTEST_GUILESS_MAIN(TestNetBoxReleaseShapes)
#include "tst_netboxreleaseshapes.moc"
