// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// RenderConfigBatch against the NetBox fixture server: per-device outcomes,
// bounded concurrency, progress, cancellation, and a release without
// render-config.
#include <optional>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "backend/netbox/renderconfigbatch.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::NetBox;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

// Devices whose names end with one of @p suffixes, first match each.
QList<RenderConfigTarget> targets(const NetBoxFixtureServer &server, const QStringList &suffixes)
{
    QList<RenderConfigTarget> out;
    for (const QString &suffix : suffixes) {
        for (const qint64 id : server.ids(ObjectKind::Device)) {
            const QString name = server.object(ObjectKind::Device, id).value(QStringLiteral("name")).toString();
            if (name.endsWith(suffix)) {
                out << RenderConfigTarget{name, id};
                break;
            }
        }
    }
    return out;
}

std::optional<QList<RenderConfigOutcome>> run(RenderConfigBatch &batch, const QList<RenderConfigTarget> &list)
{
    std::optional<QList<RenderConfigOutcome>> out;
    QObject context;
    QObject::connect(&batch, &RenderConfigBatch::finished, &context,
                     [&](const QList<RenderConfigOutcome> &outcomes) { out = outcomes; });
    batch.start(list);
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

} // namespace

class TestRenderConfigBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneFailingDeviceDoesNotStopTheRest()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        const QList<RenderConfigTarget> list =
            targets(server, {QStringLiteral("-leaf1"), QStringLiteral("-pp1"), QStringLiteral("-mgmt1"),
                             QStringLiteral("-core-1"), QStringLiteral("-edge-1"), QStringLiteral("-fw-1"),
                             QStringLiteral("-srv01")});
        QCOMPARE(list.size(), 7);
        NetBoxClient client(Test::fixtureClientSettings(server));
        RenderConfigBatch batch(&client);
        QSignalSpy progress(&batch, &RenderConfigBatch::progress);
        QSignalSpy perDevice(&batch, &RenderConfigBatch::deviceFinished);
        QSignalSpy finished(&batch, &RenderConfigBatch::finished);
        auto outcomes = run(batch, list);
        QVERIFY(outcomes.has_value());
        QCOMPARE(outcomes->size(), 7);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const RenderConfigOutcome &o = outcomes->at(i);
            QCOMPARE(o.target.deviceName, list.at(i).deviceName);
            if (i == 1) {
                QVERIFY(!o.result.ok());
                QCOMPARE(renderConfigFailure(o.result.error()), RenderConfigFailure::NoConfigTemplate);
                QCOMPARE(o.result.error().context.value(QStringLiteral("device")).toString(), list.at(i).deviceName);
                continue;
            }
            QVERIFY2(o.result.ok(), qPrintable(o.result.ok() ? QString() : o.result.error().toString()));
            QCOMPARE(o.result->content, server.renderedConfig(list.at(i).netboxId));
            QVERIFY(o.result->content.contains(list.at(i).deviceName));
        }
        QCOMPARE(perDevice.count(), 7);
        QCOMPARE(progress.count(), 7);
        QCOMPARE(progress.last().at(0).toInt(), 7);
        QCOMPARE(progress.last().at(1).toInt(), 7);
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!batch.isRunning());
    }

    void concurrencyIsBounded()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        Test::NetBoxFixtureFaults faults;
        faults.latencyMs = 300;
        server.setFaults(faults);
        const QList<RenderConfigTarget> list =
            targets(server, {QStringLiteral("-leaf1"), QStringLiteral("-leaf2"), QStringLiteral("-mgmt1"),
                             QStringLiteral("-srv01"), QStringLiteral("-srv02"), QStringLiteral("-srv03")});
        NetBoxClient client(Test::fixtureClientSettings(server));
        RenderConfigBatch batch(&client);
        batch.setMaxConcurrent(2);
        std::optional<QList<RenderConfigOutcome>> out;
        connect(&batch, &RenderConfigBatch::finished, this, [&](const QList<RenderConfigOutcome> &o) { out = o; });
        QElapsedTimer clock;
        clock.start();
        batch.start(list);
        // Two in flight: the server sees two requests, then waits.
        QTRY_COMPARE(server.requestCount(), 2);
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        // Six devices two at a time: three rounds of 300 ms at least.
        QVERIFY(clock.elapsed() >= 850);
        QCOMPARE(server.requestCount(), 6);
        for (const RenderConfigOutcome &o : *out)
            QVERIFY(o.result.ok());
    }

    void cancelEndsEveryDevice()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("4.2"));
        Test::NetBoxFixtureFaults faults;
        faults.latencyMs = 3000;
        server.setFaults(faults);
        const QList<RenderConfigTarget> list =
            targets(server, {QStringLiteral("-leaf1"), QStringLiteral("-leaf2"), QStringLiteral("-mgmt1"),
                             QStringLiteral("-srv01"), QStringLiteral("-srv02"), QStringLiteral("-srv03")});
        NetBoxClient client(Test::fixtureClientSettings(server));
        RenderConfigBatch batch(&client);
        QSignalSpy finished(&batch, &RenderConfigBatch::finished);
        batch.start(list);
        QTRY_COMPARE(server.requestCount(), 4);
        batch.cancel();
        QTRY_COMPARE(finished.count(), 1);
        const auto outcomes = finished.first().first().value<QList<RenderConfigOutcome>>();
        QCOMPARE(outcomes.size(), 6);
        for (const RenderConfigOutcome &o : outcomes)
            QCOMPARE(renderConfigFailure(o.result.error()), RenderConfigFailure::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(server.requestCount(), 4);
    }

    void olderReleaseEndsTheBatchAtOnce()
    {
        NetBoxFixtureServer &server = m_estates.server(QStringLiteral("3.1"));
        QList<RenderConfigTarget> list;
        for (const qint64 id : server.ids(ObjectKind::Device).mid(0, 12))
            list << RenderConfigTarget{server.object(ObjectKind::Device, id).value(QStringLiteral("name")).toString(),
                                       id};
        NetBoxClient client(Test::fixtureClientSettings(server));
        RenderConfigBatch batch(&client);
        auto outcomes = run(batch, list);
        QVERIFY(outcomes.has_value());
        QCOMPARE(outcomes->size(), 12);
        for (const RenderConfigOutcome &o : *outcomes) {
            QCOMPARE(renderConfigFailure(o.result.error()), RenderConfigFailure::NotSupported);
            QVERIFY(o.result.error().detail.contains(QStringLiteral("needs NetBox 3.5 or newer")));
        }
        // At most the first round was sent.
        QVERIFY(server.requestCount() <= batch.maxConcurrent());
    }

private:
    Test::SharedEstates m_estates;
};

QTEST_GUILESS_MAIN(TestRenderConfigBatch)
#include "tst_renderconfigbatch.moc"
