// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The NetBox fixture server's config templates and render-config on the
// wire: status, content type and body as each release answers them (read
// in NetBox's DeviceViewSet/RenderConfigMixin, ConfigTemplateSerializer and
// TokenPermissions at v3.5.0 to v4.6.0), and the HTML 404 of 3.1.
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> words(const char *text)
{
    const QStringList list = QString::fromLatin1(text).split(QLatin1Char(' '));
    return QSet<QString>(list.begin(), list.end());
}

qint64 deviceNamed(const NetBoxFixtureServer &server, const QString &suffix)
{
    for (const qint64 id : server.ids(ObjectKind::Device)) {
        if (server.object(ObjectKind::Device, id).value(QStringLiteral("name")).toString().endsWith(suffix))
            return id;
    }
    return 0;
}

} // namespace

class TestNetBoxConfigTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void renderJson_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("nestedKeys");
        QTest::newRow("3.5") << QStringLiteral("3.5") << QStringLiteral("id url display name");
        QTest::newRow("4.2") << QStringLiteral("4.2") << QStringLiteral("id url display name description");
        QTest::newRow("4.6") << QStringLiteral("4.6") << QStringLiteral("id url display name description");
    }
    void renderJson()
    {
        QFETCH(QString, version);
        QFETCH(QString, nestedKeys);
        NetBoxFixtureServer &server = m_estates.server(version);
        const qint64 leaf = deviceNamed(server, QStringLiteral("-leaf1"));
        const Answer a = post(server, QStringLiteral("/api/dcim/devices/%1/render-config/").arg(leaf));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        const QJsonObject body = a.json();
        QCOMPARE(keysOf(body), words("configtemplate content"));
        const QJsonObject configTemplate = body.value(QStringLiteral("configtemplate")).toObject();
        QCOMPARE(keysOf(configTemplate), words(qPrintable(nestedKeys)));
        QCOMPARE(configTemplate.value(QStringLiteral("name")).toString(), QStringLiteral("Arista EOS base"));
        QCOMPARE(body.value(QStringLiteral("content")).toString(), server.renderedConfig(leaf));
        // The platform carries the template the device inherits.
        const qint64 platform = server.object(ObjectKind::Device, leaf)
                                    .value(QStringLiteral("platform"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
        QCOMPARE(server.object(ObjectKind::Platform, platform).value(QStringLiteral("config_template")).toObject(),
                 configTemplate);
    }

    void renderText()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        const qint64 srv = deviceNamed(server, QStringLiteral("-srv01"));
        Answer a = post(server, QStringLiteral("/api/dcim/devices/%1/render-config/").arg(srv), "text/plain");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(QString::fromUtf8(a.body), server.renderedConfig(srv));
        QVERIFY(a.body.contains("bonds:\n    bond0:\n      interfaces: [ens1f0, ens1f1]"));
        // Errors through the text renderer: str() of the answer's dict.
        const qint64 panel = deviceNamed(server, QStringLiteral("-pp1"));
        a = post(server, QStringLiteral("/api/dcim/devices/%1/render-config/").arg(panel), "text/plain");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body, QByteArray("{'error': 'No config template found for this device.'}"));
        a = post(server, QStringLiteral("/api/dcim/devices/%1/render-config/").arg(srv), "text/plain",
                 server.options().readOnlyToken);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.body, QByteArray("{'detail': ErrorDetail(string='You do not have permission to perform this "
                                    "action.', code='permission_denied')}"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("device");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no template 3.5") << QStringLiteral("3.5") << QStringLiteral("-pp1") << false << 400
                                         << QByteArray("{\"error\":\"No config template found for this device.\"}");
        QTest::newRow("no template 4.2") << QStringLiteral("4.2") << QStringLiteral("-pdu-a") << false << 400
                                         << QByteArray("{\"error\":\"No config template found for this device.\"}");
        QTest::newRow("read-only 4.2") << QStringLiteral("4.2") << QStringLiteral("-leaf1") << true << 403
                                       << QByteArray(
                                              "{\"detail\":\"You do not have permission to perform this action.\"}");
        QTest::newRow("read-only, no template")
            << QStringLiteral("4.2") << QStringLiteral("-pp1") << true << 403
            << QByteArray("{\"detail\":\"You do not have permission to perform this action.\"}");
        QTest::newRow("no device 3.5") << QStringLiteral("3.5") << QString() << false << 404
                                       << QByteArray("{\"detail\":\"Not found.\"}");
        QTest::newRow("no device 4.2") << QStringLiteral("4.2") << QString() << false << 404
                                       << QByteArray("{\"detail\":\"No Device matches the given query.\"}");
    }
    void errors()
    {
        QFETCH(QString, version);
        QFETCH(QString, device);
        QFETCH(bool, readOnly);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        NetBoxFixtureServer &server = m_estates.server(version);
        const qint64 id = device.isEmpty() ? 99999999 : deviceNamed(server, device);
        const Answer a = post(server, QStringLiteral("/api/dcim/devices/%1/render-config/").arg(id), "application/json",
                              readOnly ? server.options().readOnlyToken : QString());
        QCOMPARE(a.status, status);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QCOMPARE(a.body, body);
    }

    void renderError_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("3.5") << QStringLiteral("3.5")
                             << QByteArray("{\"detail\":\"An error occurred while rendering the template (line 7): "
                                           "expected token 'end of print statement', got 'x'\"}");
        QTest::newRow("4.6") << QStringLiteral("4.6")
                             << QByteArray(
                                    "{\"detail\":\"TemplateSyntaxError: expected token 'end of print statement', "
                                    "got 'x'\\nLine: 7\"}");
    }
    void renderError()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, body);
        NetBoxFixtureServer &server = m_estates.server(version);
        const qint64 leaf = deviceNamed(server, QStringLiteral("-leaf1"));
        server.setRenderError(leaf, 7, QStringLiteral("expected token 'end of print statement', got 'x'"));
        const Answer a = post(server, QStringLiteral("/api/dcim/devices/%1/render-config/").arg(leaf));
        QCOMPARE(a.status, 500);
        QCOMPARE(a.body, body);
    }

    void olderReleaseAnswersHtml404()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("3.1"));
        // Django resolves the URL before DRF authenticates: any token, or none.
        for (const QString &token : {server.options().v1Token, server.options().readOnlyToken, QStringLiteral("-")}) {
            for (const QString &path : {QStringLiteral("/api/dcim/devices/1/render-config/"),
                                        QStringLiteral("/api/extras/config-templates/")}) {
                const Answer a = path.contains(QLatin1String("render")) ? post(server, path, "application/json", token)
                                                                        : get(server, path, token);
                QCOMPARE(a.status, 404);
                QCOMPARE(a.contentType, QByteArray("text/html; charset=utf-8"));
                QVERIFY(a.body.contains("<title>Page Not Found | NetBox</title>"));
                QVERIFY(a.body.contains("NetBox Community v3.1.11"));
            }
        }
        // Platforms of 3.1 have no config_template field at all.
        QVERIFY(!server.object(ObjectKind::Platform, 1).contains(QStringLiteral("config_template")));
    }

    void methodNotAllowed()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        const Answer a = get(server, QStringLiteral("/api/dcim/devices/1/render-config/"), server.options().v1Token);
        QCOMPARE(a.status, 405);
        QCOMPARE(a.body, QByteArray("{\"detail\":\"Method \\\"GET\\\" not allowed.\"}"));
    }

    void templateList_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("fields");
        const QString tail = QStringLiteral("data_source data_path data_file data_synced tags created last_updated");
        QTest::newRow("3.5") << QStringLiteral("3.5")
                             << QStringLiteral("id url display name description environment_params template_code ") +
                                    tail;
        QTest::newRow("4.2") << QStringLiteral("4.2")
                             << QStringLiteral("id url display_url display name description environment_params "
                                               "template_code ") +
                                    tail;
        QTest::newRow("4.6") << QStringLiteral("4.6")
                             << QStringLiteral("id url display_url display name description environment_params "
                                               "template_code mime_type file_name file_extension as_attachment debug "
                                               "auto_sync_enabled owner ") +
                                    tail;
    }
    void templateList()
    {
        QFETCH(QString, version);
        QFETCH(QString, fields);
        NetBoxFixtureServer &server = m_estates.server(version);
        const Answer a = get(server, QStringLiteral("/api/extras/config-templates/"), server.options().v1Token);
        QCOMPARE(a.status, 200);
        const QJsonObject page = a.json();
        QCOMPARE(keysOf(page), words("count next previous results"));
        QCOMPARE(page.value(QStringLiteral("count")).toInt(), 5);
        const QJsonObject first = page.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(keysOf(first), words(qPrintable(fields)));
        const Answer one = get(server, QStringLiteral("/api/extras/config-templates/1/"), server.options().v1Token);
        QCOMPARE(one.json(), first);
        QCOMPARE(get(server, QStringLiteral("/api/extras/config-templates/1/"), QStringLiteral("nope")).status, 403);
    }

    void mostDevicesRender()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        int rendered = 0;
        int none = 0;
        for (const qint64 id : server.ids(ObjectKind::Device))
            (server.renderedConfig(id).isEmpty() ? none : rendered)++;
        QVERIFY2(rendered > none && none > 0, qPrintable(QStringLiteral("%1 / %2").arg(rendered).arg(none)));
    }

private:
    Answer exchange(NetBoxFixtureServer &server, const QByteArray &method, const QString &path,
                    const QByteArray &accept, const QString &token)
    {
        QNetworkRequest r(QUrl(server.baseUrl().toString() + path));
        const QString auth = token.isEmpty() ? server.options().v1Token : token;
        if (auth != QLatin1String("-"))
            r.setRawHeader("Authorization", "Token " + auth.toUtf8());
        r.setRawHeader("Accept", accept);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            m_network.sendCustomRequest(r, method, method == "POST" ? QByteArray("{}") : QByteArray());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qFatal("the fixture did not answer %s", qPrintable(r.url().toString()));
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->rawHeader("Content-Type");
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }
    Answer post(NetBoxFixtureServer &server, const QString &path, const QByteArray &accept = "application/json",
                const QString &token = {})
    {
        return exchange(server, "POST", path, accept, token);
    }
    Answer get(NetBoxFixtureServer &server, const QString &path, const QString &token)
    {
        return exchange(server, "GET", path, "application/json", token);
    }

    QNetworkAccessManager m_network;
    Test::SharedEstates m_estates;
};

QTEST_GUILESS_MAIN(TestNetBoxConfigTemplates)
#include "tst_netboxconfigtemplates.moc"
