// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "backend/metrics/collectionscheduler.h"
#include "backend/metrics/metricstore.h"
#include "backend/snmp/snmppoller.h"
#include "backend/workspace/workspaceconfig.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Metrics;

class TestCollectionScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void intervalsFromConfig()
    {
        Workspace::PollingConfig config;
        config.intervalSeconds = 60;
        config.roleIntervalSeconds.insert(QStringLiteral("core"), 10);
        config.roleIntervalSeconds.insert(QStringLiteral("pdu"), 2); // below the floor of 5 s
        const ScheduleIntervals s = ScheduleIntervals::fromConfig(config);
        QCOMPARE(s.intervalFor(QStringLiteral("core")), 10000);
        QCOMPARE(s.intervalFor(QStringLiteral("pdu")), 5000);
        QCOMPARE(s.intervalFor(QStringLiteral("access")), 60000);
    }

    // 1,000 agents that never answer beside one that does: every cycle starts
    // every device, the live one is collected in each cycle, and the dead ones
    // end by their (capped) timeout instead of piling up.
    void unreachableDevicesDoNotDelayCycles()
    {
        QString error;
        const auto env = Test::readRigEnv(QStringLiteral("snmpd"), &error);
        QVERIFY2(!env.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        auto store = MetricStore::openSqlite(dir.filePath(QStringLiteral("metrics.db")));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().detail));

        QUdpSocket blackHole; // receives and never answers
        QVERIFY(blackHole.bind(QHostAddress::AnyIPv4, 0));

        QList<ScheduledDevice> devices;
        ScheduledDevice live;
        live.device = QStringLiteral("live-01");
        live.role = QStringLiteral("core");
        live.target.host = env.value(QStringLiteral("SNMPD_HOST"));
        live.target.port = quint16(env.value(QStringLiteral("SNMPD_PORT")).toUInt());
        live.target.community = Vault::Secret::fromString(env.value(QStringLiteral("SNMPD_COMMUNITY")));
        live.target.timeoutMs = 2000;
        devices.append(live);
        constexpr int kDead = 1000;
        for (int i = 0; i < kDead; ++i) {
            ScheduledDevice dead;
            dead.device = QStringLiteral("dead-%1").arg(i);
            dead.role = QStringLiteral("core");
            dead.target.host = QStringLiteral("127.0.%1.%2").arg(10 + i / 250).arg(i % 250 + 1);
            dead.target.port = blackHole.localPort();
            dead.target.community = Vault::Secret::fromString(u"public");
            dead.target.timeoutMs = 5000; // capped below the interval by the scheduler
            dead.target.retries = 1;
            devices.append(dead);
        }

        Snmp::SnmpPoller poller;
        CollectionScheduler scheduler(&poller, store->get());
        ScheduleIntervals intervals;
        intervals.roleMs.insert(QStringLiteral("core"), 1500);
        scheduler.setIntervals(intervals);
        scheduler.setDevices(devices);

        QList<CycleReport> reports;
        int liveOk = 0;
        int deadFailed = 0;
        connect(&scheduler, &CollectionScheduler::cycleStarted, this,
                [&](const CycleReport &r) { reports.append(r); });
        connect(&scheduler, &CollectionScheduler::deviceCollected, this,
                [&](const QString &device, bool ok, const QString &) {
                    if (device == QLatin1String("live-01"))
                        liveOk += ok ? 1 : 0;
                    else if (!ok)
                        ++deadFailed;
                });
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(reports.size() >= 4, 60000);
        scheduler.stop();

        for (qsizetype i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports.at(i).cycle, quint64(i + 1));
            QCOMPARE(reports.at(i).started + reports.at(i).skipped, kDead + 1);
        }
        QCOMPARE(reports.first().started, kDead + 1);
        // The live device answered in each of the first three cycles.
        QVERIFY2(liveOk >= 3, qPrintable(QString::number(liveOk)));
        // The first cycle's dead devices all ended before the fourth cycle began.
        QVERIFY2(deadFailed >= kDead, qPrintable(QString::number(deadFailed)));

        // Samples reached the store: reachability and interface rates of the live device.
        const auto up = store.value()->seriesId(SeriesKey{QStringLiteral("live-01"), QString(), QStringLiteral("snmp.up")});
        QVERIFY(up.ok());
        const auto upPoints = store.value()->query(up.value(), 0, QDateTime::currentMSecsSinceEpoch() + 1000,
                                                   Resolution::Raw);
        QVERIFY(upPoints.ok());
        QVERIFY(upPoints->size() >= 3);
        for (const MetricPoint &p : upPoints.value())
            QCOMPARE(p.avg, 1.0);
        const auto down = store.value()->seriesId(SeriesKey{QStringLiteral("dead-7"), QString(), QStringLiteral("snmp.up")});
        QVERIFY(down.ok());
        const auto downPoints = store.value()->query(down.value(), 0, QDateTime::currentMSecsSinceEpoch() + 1000,
                                                     Resolution::Raw);
        QVERIFY(downPoints.ok() && !downPoints->isEmpty());
        QCOMPARE(downPoints->first().avg, 0.0);
        const auto bps = store.value()->seriesId(
            SeriesKey{QStringLiteral("live-01"), QStringLiteral("ifIndex:1"), QStringLiteral("if.in.bps")});
        QVERIFY(bps.ok());
        const auto bpsPoints = store.value()->query(bps.value(), 0, QDateTime::currentMSecsSinceEpoch() + 1000,
                                                    Resolution::Raw);
        QVERIFY(bpsPoints.ok());
        QVERIFY(bpsPoints->size() >= 2); // a rate from the second reading on
        for (const MetricPoint &p : bpsPoints.value())
            QVERIFY(p.avg >= 0);
    }

    void liveRateCollectsAtOnce()
    {
        QString error;
        const auto env = Test::readRigEnv(QStringLiteral("snmpd"), &error);
        QVERIFY2(!env.isEmpty(), qPrintable(error));
        Snmp::SnmpPoller poller;
        CollectionScheduler scheduler(&poller, nullptr);
        ScheduledDevice live;
        live.device = QStringLiteral("live-01");
        live.target.host = env.value(QStringLiteral("SNMPD_HOST"));
        live.target.port = quint16(env.value(QStringLiteral("SNMPD_PORT")).toUInt());
        live.target.community = Vault::Secret::fromString(env.value(QStringLiteral("SNMPD_COMMUNITY")));
        ScheduleIntervals intervals;
        intervals.defaultMs = 3600 * 1000;
        scheduler.setIntervals(intervals);
        scheduler.setDevices({live});
        // Not started: only the live rate polls.
        QSignalSpy spy(&scheduler, &CollectionScheduler::snapshotCollected);
        scheduler.requestLiveRate({QStringLiteral("live-01"), QStringLiteral("unknown")}, 1000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 20000);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("live-01"));
        const auto snapshot = spy.first().at(1).value<Snmp::DeviceSnapshot>();
        QVERIFY(!snapshot.interfaces.isEmpty());
        scheduler.requestLiveRate({}, 1000, 0);
    }
};

QTEST_GUILESS_MAIN(TestCollectionScheduler)
#include "tst_collectionscheduler.moc"
