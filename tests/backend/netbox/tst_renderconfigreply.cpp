// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// RenderConfigReply against the NetBox fixture server over real HTTP: 4.2
// renders, 3.1 has no render-config (its HTML 404), and each refusal NetBox
// gives becomes its own typed error.
#include <optional>

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "backend/netbox/renderconfigreply.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::NetBox;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

Result<RenderedConfig> render(NetBoxClient &client, qint64 deviceId, const QJsonObject &context = {})
{
    std::optional<Result<RenderedConfig>> out;
    int terminal = 0;
    RenderConfigReply *reply = RenderConfigReply::start(&client, deviceId, context);
    QObject::connect(reply, &RenderConfigReply::finished, &client, [&](const Result<RenderedConfig> &r) {
        out = r;
        ++terminal;
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return Error(ErrorCode::Timeout, QStringLiteral("test: no terminal signal"));
    QTest::qWait(20);
    if (terminal != 1)
        return Error(ErrorCode::Unknown, QStringLiteral("test: %1 terminal signals").arg(terminal));
    return *out;
}

// The id of the first device whose name ends with @p suffix.
qint64 deviceNamed(const NetBoxFixtureServer &server, const QString &suffix)
{
    for (const qint64 id : server.ids(ObjectKind::Device)) {
        if (server.object(ObjectKind::Device, id).value(QStringLiteral("name")).toString().endsWith(suffix))
            return id;
    }
    return 0;
}

ClientSettings settingsWith(const NetBoxFixtureServer &server, const QString &token)
{
    ClientSettings s = Test::fixtureClientSettings(server);
    s.token = Vault::Secret::fromString(token);
    return s;
}

} // namespace

class TestRenderConfigReply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersTheDevicesConfiguration()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        const qint64 leaf = deviceNamed(server, QStringLiteral("-leaf1"));
        QVERIFY(leaf > 0);
        const QJsonObject device = server.object(ObjectKind::Device, leaf);
        NetBoxClient client(Test::fixtureClientSettings(server));
        auto result = render(client, leaf);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->deviceId, leaf);
        QCOMPARE(result->templateName, QStringLiteral("Arista EOS base"));
        QVERIFY(result->templateId > 0);
        QCOMPARE(result->content, server.renderedConfig(leaf));
        // The text is this device's: its name, its ports, its address.
        const QString name = device.value(QStringLiteral("name")).toString();
        const QString address =
            device.value(QStringLiteral("primary_ip4")).toObject().value(QStringLiteral("address")).toString();
        QVERIFY(!address.isEmpty());
        QVERIFY2(result->content.contains(QStringLiteral("hostname %1\n").arg(name)), qPrintable(result->content));
        QVERIFY(result->content.contains(QStringLiteral("interface Ethernet48\n")));
        QVERIFY(result->content.contains(QStringLiteral("ip address %1\n").arg(address)));
        QVERIFY(result->content.contains(QStringLiteral("vlan 10\n")));
        // Only one request: a render is no retried thing.
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requestLog().constFirst(),
                 QStringLiteral("POST /api/dcim/devices/%1/render-config/").arg(leaf));
    }

    void contentFollowsTheDeviceAndTheContext()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        const qint64 mgmt = deviceNamed(server, QStringLiteral("-mgmt1"));
        NetBoxClient client(Test::fixtureClientSettings(server));
        auto result = render(client, mgmt,
                             QJsonObject{{QStringLiteral("ntp-servers"), QJsonArray{QStringLiteral("192.0.2.123")}}});
        QVERIFY(result.ok());
        QVERIFY(result->content.startsWith(QStringLiteral("! Cisco IOS-XE base configuration")));
        QVERIFY(result->content.contains(QStringLiteral("ntp server 192.0.2.123\n")));
        QVERIFY(!result->content.contains(QStringLiteral("ntp server 10.255.0.1\n")));
        // A test may set what NetBox renders.
        server.setRenderedConfig(mgmt, QStringLiteral("hostname intended\n"));
        result = render(client, mgmt);
        QVERIFY(result.ok());
        QCOMPARE(result->content, QStringLiteral("hostname intended\n"));
    }

    void olderThan35HasNoRenderConfig()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("3.1"));
        NetBoxClient client(Test::fixtureClientSettings(server));
        QVERIFY(!client.version().isKnown());
        auto result = render(client, 1);
        QVERIFY(!result.ok());
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::NotSupported);
        QCOMPARE(result.error().code, ErrorCode::Unsupported);
        QVERIFY2(result.error().detail.contains(QStringLiteral("needs NetBox 3.5 or newer")),
                 qPrintable(result.error().detail));
        QVERIFY(result.error().detail.contains(QStringLiteral("NetBox 3.1")));
        // The server was asked, and answered with its HTML page.
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(result.error()
                    .context.value(QStringLiteral("cause"))
                    .toString()
                    .contains(QStringLiteral("Page Not Found")));
        // Now that the client knows the release, it does not ask again.
        result = render(client, 2);
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::NotSupported);
        QCOMPARE(server.requestCount(), 1);
    }

    void readOnlyTokenNeedsWriteAccess()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        NetBoxClient client(settingsWith(server, server.options().readOnlyToken));
        Test::LogCapture logs;
        auto result = render(client, deviceNamed(server, QStringLiteral("-leaf1")));
        QVERIFY(!result.ok());
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::TokenNotWriteEnabled);
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QVERIFY(result.error().detail.contains(QStringLiteral("write-enabled API token")));
        QVERIFY(result.error().detail.contains(QStringLiteral("You do not have permission to perform this action.")));
        QVERIFY(!result.error().toString().contains(server.options().readOnlyToken));
        for (const QString &line : Test::LogCapture::lines())
            QVERIFY2(!line.contains(server.options().readOnlyToken), qPrintable(line));
    }

    void deviceWithoutTemplate()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        const qint64 panel = deviceNamed(server, QStringLiteral("-pp1"));
        QVERIFY(server.renderedConfig(panel).isEmpty());
        NetBoxClient client(Test::fixtureClientSettings(server));
        auto result = render(client, panel);
        QVERIFY(!result.ok());
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::NoConfigTemplate);
        QVERIFY2(result.error().detail.contains(QStringLiteral("No config template found for this device.")),
                 qPrintable(result.error().detail));
    }

    void templateErrorIsNotRetried_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("detail");
        QTest::newRow("4.2") << QStringLiteral("4.2")
                             << QStringLiteral(
                                    "An error occurred while rendering the template (line 3): unexpected '}'");
        QTest::newRow("4.6") << QStringLiteral("4.6") << QStringLiteral("TemplateSyntaxError: unexpected '}'\nLine: 3");
    }
    void templateErrorIsNotRetried()
    {
        QFETCH(QString, version);
        QFETCH(QString, detail);
        NetBoxFixtureServer &server = m_estates.server(version);
        const qint64 leaf = deviceNamed(server, QStringLiteral("-leaf2"));
        server.setRenderError(leaf, 3, QStringLiteral("unexpected '}'"));
        NetBoxClient client(Test::fixtureClientSettings(server));
        auto result = render(client, leaf);
        QVERIFY(!result.ok());
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::RenderFailed);
        QVERIFY2(result.error().detail.endsWith(detail), qPrintable(result.error().detail));
        QCOMPARE(server.requestCount(), 1);
    }

    void unknownDevice()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        NetBoxClient client(Test::fixtureClientSettings(server));
        auto result = render(client, 99999999);
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::DeviceNotFound);
        QVERIFY(result.error().detail.contains(QStringLiteral("No Device matches the given query.")));
    }

    void refusedTokenIsTransport()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        NetBoxClient client(settingsWith(server, QStringLiteral("feedfacefeedfacefeedface")));
        auto result = render(client, 1);
        QCOMPARE(renderConfigFailure(result.error()), RenderConfigFailure::Transport);
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QVERIFY(result.error().detail.contains(QStringLiteral("Invalid token")));
    }

    void abortEndsOnce()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        Test::NetBoxFixtureFaults faults;
        faults.latencyMs = 2000;
        server.setFaults(faults);
        NetBoxClient client(Test::fixtureClientSettings(server));
        RenderConfigReply *reply = RenderConfigReply::start(&client, 1);
        std::optional<Result<RenderedConfig>> out;
        int terminal = 0;
        connect(reply, &RenderConfigReply::finished, this, [&](const Result<RenderedConfig> &r) {
            out = r;
            ++terminal;
        });
        QTRY_COMPARE(server.requestCount(), 1);
        reply->abort();
        QTRY_VERIFY(out.has_value());
        QCOMPARE(renderConfigFailure(out->error()), RenderConfigFailure::Cancelled);
        QTest::qWait(50);
        QCOMPARE(terminal, 1);
    }

private:
    Test::SharedEstates m_estates;
};

QTEST_GUILESS_MAIN(TestRenderConfigReply)
#include "tst_renderconfigreply.moc"
