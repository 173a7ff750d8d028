// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/netboxmapper.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "models/session/live/livestateprovider.h"
#include "tests/backend/metrics/interfacematchfixture.h"

using namespace OpsDeck;
using namespace OpsDeck::Models;
using Topology::Reachability;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kMinute = 60'000;

Domain::MappedObject mapped(Domain::ObjectKind kind, const char *json)
{
    auto m = Domain::NetBoxMapper::map(kind, QJsonDocument::fromJson(QByteArray(json)).object());
    if (!m)
        qFatal("bad test object: %s", qPrintable(m.error().toString()));
    return *m;
}

} // namespace

class TestLiveStateProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_metricsPath = m_dir.filePath(QStringLiteral("metrics.sqlite"));
        auto store = Store::Store::openSqlite(m_storePath);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        // Device 10: interfaces 101 (10G, cabled), 102 (1G, cabled), 103 (not cabled).
        // Device 20: interface 201 (cabled, nothing polled). Device 30: nothing at all.
        QVERIFY((*store)->upsert({
            mapped(Domain::ObjectKind::Interface, R"({"id": 101, "device": {"id": 10}, "name": "xe-0/0/0",
                "type": {"value": "10gbase-x-sfpp"}, "speed": 10000000, "cable": {"id": 1}})"),
            mapped(Domain::ObjectKind::Interface, R"({"id": 102, "device": {"id": 10}, "name": "ge-0/0/1",
                "type": {"value": "1000base-t"}, "speed": 1000000, "cable": {"id": 2}})"),
            mapped(Domain::ObjectKind::Interface, R"({"id": 103, "device": {"id": 10}, "name": "ge-0/0/2",
                "type": {"value": "1000base-t"}, "speed": 1000000})"),
            mapped(Domain::ObjectKind::Interface, R"({"id": 201, "device": {"id": 20}, "name": "eth0",
                "type": {"value": "1000base-t"}, "speed": 1000000, "cable": {"id": 3}})"),
        }).ok());
        // The collector matched ifIndex 1 to 101 and 2 to 102; nothing matches 201.
        QVERIFY((*store)
                    ->replaceInterfaceMatches(10, {Test::interfaceMatch(1, 101, QStringLiteral("ifName")),
                                                   Test::interfaceMatch(2, 102, QStringLiteral("ifName"))})
                    .ok());

        auto metrics = Metrics::MetricStore::openSqlite(m_metricsPath);
        QVERIFY(metrics);
        auto write = [&](const char *device, const char *object, const char *metric, qint64 ts, double v) {
            auto id = (*metrics)->seriesId({QLatin1String(device), QLatin1String(object), QLatin1String(metric)});
            QVERIFY(id);
            QVERIFY((*metrics)->append(*id, ts, v).ok());
        };
        // Device 10: reachable with some loss (newest sample wins), 31.5 °C.
        write("10", "", "icmp.loss.pct", kNow - 3 * kMinute, 100);
        write("10", "", "icmp.loss.pct", kNow - kMinute, 20);
        write("10", "", "icmp.rtt.ms", kNow - kMinute, 1.5);
        write("10", "sensor:1", "temperature.celsius", kNow - kMinute, 31.5);
        // ifIndex:1 = interface 101: up, 2.5 Gbit/s in, 4 Gbit/s out.
        write("10", "ifIndex:1", "if.oper.status", kNow - kMinute, 1);
        write("10", "ifIndex:1", "if.in.bps", kNow - kMinute, 2.5e9);
        write("10", "ifIndex:1", "if.out.bps", kNow - kMinute, 4e9);
        // ifIndex:2 = interface 102: down (was up before), no rates.
        write("10", "ifIndex:2", "if.oper.status", kNow - 10 * kMinute, 1);
        write("10", "ifIndex:2", "if.oper.status", kNow - kMinute, 2);
        // Device 20: only stale samples (older than the window) and one from the future.
        write("20", "", "icmp.loss.percent", kNow - 60 * kMinute, 0);
        write("20", "sensor:1", "temperature.celsius", kNow - 60 * kMinute, 40);
        write("20", "ifIndex:1", "if.oper.status", kNow + kMinute, 1);
        // Fresh, but no polled interface matches 201: never read by position.
        write("20", "ifIndex:1", "if.in.bps", kNow - kMinute, 1e6);
        // Device 40: the collector says it is down.
        write("40", "", "icmp.up", kNow - kMinute, 0);
        write("40", "", "icmp.loss.pct", kNow - kMinute, 100);
        QVERIFY((*metrics)->flush().ok());
    }

    void judgesTheNewestFreshSamples()
    {
        auto provider = LiveStateProvider::forSqlite(m_storePath, m_metricsPath);
        provider->setClock([] { return kNow; });
        QSignalSpy ready(provider.get(), &LiveStateProvider::snapshotReady);
        QSignalSpy failed(provider.get(), &LiveStateProvider::errorOccurred);
        provider->setDevices({10, 20, 30, 40});
        QVERIFY(ready.wait(10000));
        QVERIFY(failed.isEmpty());
        const LiveSnapshot s = ready.first().first().value<LiveSnapshot>();
        QCOMPARE(s.atMs, kNow);
        QCOMPARE(s.devices.size(), 4);

        const LiveDeviceState d10 = s.devices.value(10);
        QCOMPARE(d10.reachability, Reachability::Degraded);
        QCOMPARE(d10.lossPercent, 20.0);
        QCOMPARE(d10.rttMs, 1.5);
        QCOMPARE(d10.inletTempC, 31.5);
        QCOMPARE(d10.linksUp, 1);
        QCOMPARE(d10.linksTotal, 2);

        // Cabled interfaces only; 103 is not.
        QCOMPARE(s.interfaces.size(), 3);
        QVERIFY(!s.interfaces.contains(103));
        const LiveInterfaceState i101 = s.interfaces.value(101);
        QCOMPARE(i101.oper, LiveOperState::Up);
        QCOMPARE(i101.speedBitsPerSecond, qint64(10'000'000'000));
        QCOMPARE(i101.utilisation, 0.4);
        const LiveInterfaceState i102 = s.interfaces.value(102);
        QCOMPARE(i102.oper, LiveOperState::Down);
        QVERIFY(qIsNaN(i102.inBitsPerSecond));
        QCOMPARE(i102.utilisation, -1.0);

        // Stale and future samples are not the current state: unknown.
        const LiveDeviceState d20 = s.devices.value(20);
        QCOMPARE(d20.reachability, Reachability::Unknown);
        QVERIFY(qIsNaN(d20.inletTempC));
        QVERIFY(qIsNaN(d20.lossPercent));
        QCOMPARE(d20.linksTotal, -1);
        QCOMPARE(s.interfaces.value(201).oper, LiveOperState::Unknown);
        QVERIFY(qIsNaN(s.interfaces.value(201).inBitsPerSecond));
        QVERIFY(!d20.isPolled());

        // No data at all: unknown.
        const LiveDeviceState d30 = s.devices.value(30);
        QCOMPARE(d30.reachability, Reachability::Unknown);
        QVERIFY(qIsNaN(d30.inletTempC));
        QVERIFY(!d30.isPolled());

        QCOMPARE(s.devices.value(40).reachability, Reachability::Down);

        // The views' shapes.
        const QHash<qint64, RackLiveState> rack = s.rackStates();
        QCOMPARE(rack.size(), 2); // 10 and 40; nothing is drawn for 20 and 30
        QVERIFY(rack.value(10).polled);
        QVERIFY(rack.value(10).reachable);
        QCOMPARE(rack.value(10).inletTempC, 31.5);
        QCOMPARE(rack.value(10).linksUp, 1);
        QCOMPARE(rack.value(10).linksTotal, 2);
        QVERIFY(!rack.value(40).reachable);

        QHash<qint64, Topology::NodeState> nodes;
        for (const Topology::NodeState &n : s.nodeStates())
            nodes.insert(n.deviceId, n);
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.value(10).reachability, Reachability::Degraded);
        QCOMPARE(nodes.value(40).reachability, Reachability::Down);

        QHash<qint64, Topology::LinkState> links;
        for (const Topology::LinkState &l : s.linkStates())
            links.insert(l.interfaceId, l);
        QCOMPARE(links.size(), 2); // 201 is unknown: no link state
        QVERIFY(links.value(101).operUp);
        QCOMPARE(links.value(101).utilisation(), 0.4);
        QVERIFY(!links.value(102).operUp);
    }

    void refreshesOnDemandWithANewClock()
    {
        auto provider = LiveStateProvider::forSqlite(m_storePath, m_metricsPath);
        qint64 now = kNow;
        provider->setClock([&now] { return now; });
        QSignalSpy ready(provider.get(), &LiveStateProvider::snapshotReady);
        provider->setDevices({10});
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.last().first().value<LiveSnapshot>().devices.value(10).reachability, Reachability::Degraded);
        // An hour later every sample is stale.
        now = kNow + 60 * kMinute;
        provider->refresh();
        QVERIFY(ready.wait(10000));
        const LiveSnapshot later = ready.last().first().value<LiveSnapshot>();
        QCOMPARE(later.devices.value(10).reachability, Reachability::Unknown);
        QVERIFY(qIsNaN(later.devices.value(10).inletTempC));
        QVERIFY(later.linkStates().isEmpty());
        QVERIFY(later.rackStates().isEmpty());
    }

    void reportsAStoreThatCannotOpen()
    {
        LiveStateProvider provider(
            [] { return Result<std::unique_ptr<Store::Store>>(Error(ErrorCode::Io, QStringLiteral("no store"))); },
            [] { return Result<std::unique_ptr<Metrics::MetricStore>>(Error(ErrorCode::Io, QStringLiteral("no metrics"))); });
        QSignalSpy failed(&provider, &LiveStateProvider::errorOccurred);
        QSignalSpy ready(&provider, &LiveStateProvider::snapshotReady);
        provider.setDevices({10});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().detail, QStringLiteral("no store"));
        QVERIFY(ready.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_metricsPath;
};

QTEST_GUILESS_MAIN(TestLiveStateProvider)
#include "tst_livestateprovider.moc"
