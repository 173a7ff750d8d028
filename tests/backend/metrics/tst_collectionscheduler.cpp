// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "backend/icmp/icmpprober.h"
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
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(QStringLiteral("snmpd"), &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
    }

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

    void intervalsPerGroup()
    {
        Workspace::CollectionConfig config;
        config.groups.insert(QStringLiteral("lldp"), 0);
        config.roles[QStringLiteral("core")].insert(QStringLiteral("interfaces"), 10);
        config.roles[QStringLiteral("core")].insert(QStringLiteral("icmp"), 0);
        const ScheduleIntervals s = ScheduleIntervals::fromConfig(config);
        QCOMPARE(s.intervalFor(QStringLiteral("core"), QStringLiteral("interfaces")), 10000);
        QCOMPARE(s.intervalFor(QStringLiteral("edge"), QStringLiteral("interfaces")), 60000);
        QCOMPARE(s.intervalFor(QStringLiteral("core"), QStringLiteral("sensors")), 300000);
        QCOMPARE(s.intervalFor(QStringLiteral("core"), QStringLiteral("lldp")), 0);
        QCOMPARE(s.intervalFor(QStringLiteral("core"), QStringLiteral("icmp")), 0);
        QCOMPARE(s.intervalFor(QStringLiteral("edge"), QStringLiteral("icmp")), 60000);
        // Without group settings every SNMP group but LLDP follows the role.
        ScheduleIntervals plain;
        plain.roleMs.insert(QStringLiteral("core"), 2000);
        QCOMPARE(plain.intervalFor(QStringLiteral("core"), QStringLiteral("pdu")), 2000);
        QCOMPARE(plain.intervalFor(QStringLiteral("core"), QStringLiteral("lldp")), 0);
        QCOMPARE(plain.intervalFor(QStringLiteral("core"), QStringLiteral("icmp")), 0);
    }

    // 1,000 targets that never answer (500 on a loopback port that drops
    // everything, 500 in the TEST-NET ranges) beside one that does: every
    // cycle starts every device and has ended all of them, the live one
    // collected, before the next cycle starts.
    void unreachableDevicesDoNotDelayCycles()
    {
        QTemporaryDir dir;
        auto store = MetricStore::openSqlite(dir.filePath(QStringLiteral("metrics.db")));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().detail));

        QUdpSocket blackHole; // receives and never answers
        QVERIFY(blackHole.bind(QHostAddress::AnyIPv4, 0));

        QList<ScheduledDevice> devices;
        ScheduledDevice live = liveDevice(m_env);
        live.role = QStringLiteral("core");
        live.target.timeoutMs = 2000;
        devices.append(live);
        constexpr int kDead = 1000;
        const QStringList testNets{QStringLiteral("192.0.2.%1"), QStringLiteral("198.51.100.%1"),
                                   QStringLiteral("203.0.113.%1")};
        for (int i = 0; i < kDead; ++i) {
            ScheduledDevice dead;
            dead.device = QStringLiteral("dead-%1").arg(i);
            dead.role = QStringLiteral("core");
            if (i < kDead / 2) {
                dead.target.host = QStringLiteral("127.0.%1.%2").arg(10 + i / 250).arg(i % 250 + 1);
                dead.target.port = blackHole.localPort();
            } else {
                const int n = i - kDead / 2;
                dead.target.host = testNets.at(n % 3).arg(n / 3 % 254 + 1);
                dead.target.port = quint16(161 + n / (3 * 254)); // a second port when addresses run out
            }
            dead.target.community = Vault::Secret::fromString(u"public");
            dead.target.timeoutMs = 300;
            dead.target.retries = 1;
            devices.append(dead);
        }

        Snmp::SnmpPoller poller;
        CollectionScheduler scheduler(&poller, store->get());
        ScheduleIntervals intervals;
        intervals.roleMs.insert(QStringLiteral("core"), 2000);
        scheduler.setIntervals(intervals);
        scheduler.setDevices(devices);

        struct Mark
        {
            bool started;
            CycleReport report;
        };
        QList<Mark> marks;
        int liveOk = 0;
        connect(&scheduler, &CollectionScheduler::cycleStarted, this, [&](const CycleReport &r) {
            marks.append({true, r});
        });
        connect(&scheduler, &CollectionScheduler::cycleFinished, this, [&](const CycleReport &r) {
            marks.append({false, r});
        });
        connect(&scheduler, &CollectionScheduler::deviceCollected, this,
                [&](const QString &device, bool ok, const QString &) {
                    if (device == QLatin1String("live-01") && ok)
                        ++liveOk;
                });
        scheduler.start();
        // Three full cycles and the start of the fourth.
        QTRY_VERIFY_WITH_TIMEOUT(marks.size() >= 7, 25000);
        scheduler.stop();

        // Started 1, finished 1, started 2, finished 2, ...: no cycle began
        // while the previous one still had work out.
        for (qsizetype i = 0; i < 7; ++i) {
            const Mark &m = marks.at(i);
            QCOMPARE(m.started, i % 2 == 0);
            QCOMPARE(m.report.cycle, quint64(i / 2 + 1));
            QCOMPARE(m.report.intervalMs, 2000);
            QCOMPARE(m.report.started, kDead + 1);
            QCOMPARE(m.report.skipped, 0);
            if (!m.started) {
                QCOMPARE(m.report.ok, 1);
                QCOMPARE(m.report.failed, kDead);
            }
        }
        QVERIFY2(liveOk >= 3, qPrintable(QString::number(liveOk)));

        // Samples reached the store: reachability and interface rates of the live device.
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + 1000;
        const auto up =
            store.value()->seriesId(Domain::SeriesKey{QStringLiteral("live-01"), QString(), QStringLiteral("snmp.up")});
        QVERIFY(up.ok());
        const auto upPoints = store.value()->query(up.value(), 0, until, Resolution::Raw);
        QVERIFY(upPoints.ok());
        QVERIFY(upPoints->size() >= 3);
        for (const MetricPoint &p : upPoints.value())
            QCOMPARE(p.avg, 1.0);
        for (const QString &deadDevice : {QStringLiteral("dead-7"), QStringLiteral("dead-777")}) {
            const auto down =
                store.value()->seriesId(Domain::SeriesKey{deadDevice, QString(), QStringLiteral("snmp.up")});
            QVERIFY(down.ok());
            const auto downPoints = store.value()->query(down.value(), 0, until, Resolution::Raw);
            QVERIFY(downPoints.ok() && downPoints->size() >= 3);
            QCOMPARE(downPoints->first().avg, 0.0);
        }
        const auto bps = store.value()->seriesId(
            Domain::SeriesKey{QStringLiteral("live-01"), QStringLiteral("ifIndex:1"), QStringLiteral("if.in.bps")});
        QVERIFY(bps.ok());
        const auto bpsPoints = store.value()->query(bps.value(), 0, until, Resolution::Raw);
        QVERIFY(bpsPoints.ok());
        QVERIFY(bpsPoints->size() >= 2); // a rate from the second reading on
        for (const MetricPoint &p : bpsPoints.value())
            QVERIFY(p.avg >= 0);
    }

    // The "icmp" group probes the devices' addresses in one run per cycle:
    // samples where ICMP sockets are available, else one clear error and
    // cycles that still end.
    void icmpGroup()
    {
        QTemporaryDir dir;
        auto store = MetricStore::openSqlite(dir.filePath(QStringLiteral("metrics.db")));
        QVERIFY(store.ok());
        Snmp::SnmpPoller poller;
        Icmp::IcmpProber prober;
        CollectionScheduler scheduler(&poller, store->get());
        scheduler.setIcmpProber(&prober);
        ScheduleIntervals intervals;
        for (const QString &group : Workspace::collectionGroupNames())
            intervals.groupMs.insert(group, group == u"icmp" ? 1000 : 0);
        scheduler.setIntervals(intervals);
        ScheduledDevice loopback = liveDevice(m_env);
        ScheduledDevice named = loopback; // not an address: no ICMP
        named.device = QStringLiteral("by-name");
        named.target.host = QStringLiteral("localhost");
        scheduler.setDevices({loopback, named});
        QSignalSpy finished(&scheduler, &CollectionScheduler::cycleFinished);
        QSignalSpy errors(&scheduler, &CollectionScheduler::errorOccurred);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 15000);
        scheduler.stop();
        const auto report = finished.first().at(0).value<CycleReport>();
        QCOMPARE(report.started, 1);
        QCOMPARE(report.ok + report.failed, 1);
        const auto up =
            store.value()->seriesId(Domain::SeriesKey{QStringLiteral("live-01"), QString(), QStringLiteral("icmp.up")});
        QVERIFY(up.ok());
        const auto points =
            store.value()->query(up.value(), 0, QDateTime::currentMSecsSinceEpoch() + 1000, Resolution::Raw);
        QVERIFY(points.ok());
        if (Icmp::IcmpProber::checkAvailability().ok()) {
            QCOMPARE(report.ok, 1);
            QVERIFY(points->size() >= 2);
            QCOMPARE(points->first().avg, 1.0);
            QCOMPARE(errors.size(), 0);
        } else {
            QCOMPARE(report.failed, 1);
            QVERIFY(points->isEmpty());
            QCOMPARE(errors.size(), 1); // reported once, not every cycle
            QCOMPARE(errors.first().at(0).value<Error>().code, ErrorCode::Unsupported);
        }
    }

    // Groups with different intervals run as separate cycles, each reading its own parts.
    void groupsRunOnTheirOwnIntervals()
    {
        Snmp::SnmpPoller poller;
        CollectionScheduler scheduler(&poller, nullptr);
        ScheduledDevice live = liveDevice(m_env);
        ScheduleIntervals intervals;
        intervals.groupMs = {{QStringLiteral("system"), 2000}, {QStringLiteral("interfaces"), 2000},
                             {QStringLiteral("sensors"), 0},   {QStringLiteral("pdu"), 0},
                             {QStringLiteral("lldp"), 0},      {QStringLiteral("icmp"), 0}};
        intervals.roleGroupMs[QStringLiteral("slow")].insert(QStringLiteral("interfaces"), 3600 * 1000);
        scheduler.setIntervals(intervals);
        ScheduledDevice slow = live;
        slow.device = QStringLiteral("slow-01");
        slow.role = QStringLiteral("slow");
        scheduler.setDevices({live, slow});

        QList<CycleReport> finished;
        QHash<QString, int> withInterfaces;
        QHash<QString, int> withoutInterfaces;
        connect(&scheduler, &CollectionScheduler::cycleFinished, this,
                [&](const CycleReport &r) { finished.append(r); });
        connect(&scheduler, &CollectionScheduler::snapshotCollected, this,
                [&](const QString &device, const Snmp::DeviceSnapshot &snapshot) {
                    ++(snapshot.interfaces.isEmpty() ? withoutInterfaces : withInterfaces)[device];
                });
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(finished.cbegin(), finished.cend(),
                                               [](const CycleReport &r) { return r.intervalMs == 2000; }) >= 3,
                                 20000);
        scheduler.stop();
        // The 2 s group: both devices (the slow one for its system group only).
        for (const CycleReport &r : std::as_const(finished)) {
            if (r.intervalMs == 2000) {
                QCOMPARE(r.started, 2);
                QCOMPARE(r.ok, 2);
            }
        }
        QVERIFY(withInterfaces.value(QStringLiteral("live-01")) >= 3);
        QCOMPARE(withoutInterfaces.value(QStringLiteral("live-01")), 0);
        // The slow device's interfaces ran once (its first hourly cycle); every other collection had none.
        QCOMPARE(withInterfaces.value(QStringLiteral("slow-01")), 1);
        QVERIFY(withoutInterfaces.value(QStringLiteral("slow-01")) >= 2);
    }

    // A lease polls at its rate, emits results, ends on time and emits
    // nothing afterwards.
    void liveLeaseExpires()
    {
        Snmp::SnmpPoller poller;
        CollectionScheduler scheduler(&poller, nullptr);
        makeIdle(scheduler);
        QCOMPARE(scheduler.startLiveLease({QStringLiteral("unknown")}, {}, 1000, 5000), quint64(0));

        struct Result
        {
            quint64 lease;
            bool end;
            int interfaceSamples;
            QSet<QString> objects;
        };
        QList<Result> results;
        connect(&scheduler, &CollectionScheduler::liveSamples, this,
                [&](quint64 lease, const QString &device, qint64, const QList<CollectionScheduler::Sample> &samples) {
                    QCOMPARE(device, QStringLiteral("live-01"));
                    Result r{lease, false, 0, {}};
                    for (const auto &sample : samples) {
                        if (sample.object.startsWith(QLatin1String("ifIndex:"))) {
                            ++r.interfaceSamples;
                            r.objects.insert(sample.object);
                        }
                    }
                    results.append(r);
                });
        connect(&scheduler, &CollectionScheduler::liveLeaseEnded, this, [&](quint64 lease) {
            results.append({lease, true, 0, {}});
        });
        const auto count = [&](quint64 lease, bool end) {
            return std::count_if(results.cbegin(), results.cend(),
                                 [&](const Result &r) { return r.lease == lease && r.end == end; });
        };

        // Only interface "1" (ifIndex or name): other interfaces are filtered out.
        const quint64 first = scheduler.startLiveLease({QStringLiteral("live-01")}, {QStringLiteral("1")}, 1000, 2500);
        QVERIFY(first > 0);
        QCOMPARE(scheduler.liveLeaseCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(count(first, true) == 1, 15000);
        QCOMPARE(scheduler.liveLeaseCount(), 0);
        const quint64 second = scheduler.startLiveLease({QStringLiteral("live-01")}, {}, 1000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(count(second, false) >= 2, 15000);
        QVERIFY(scheduler.endLiveLease(second));
        QVERIFY(!scheduler.endLiveLease(second));
        QCOMPARE(count(second, true), 1);

        bool firstEnded = false;
        for (const Result &r : std::as_const(results)) {
            if (r.lease != first)
                continue;
            QVERIFY2(!firstEnded, "a result of the first lease came after it ended");
            firstEnded = r.end;
            if (!r.end)
                QCOMPARE(r.objects, QSet<QString>{QStringLiteral("ifIndex:1")});
        }
        QVERIFY(count(first, false) >= 2);
        // The unfiltered lease sees every interface, with rates from the primed counters.
        const Result &last = *std::find_if(results.crbegin(), results.crend(),
                                           [&](const Result &r) { return r.lease == second && !r.end; });
        QVERIFY(last.objects.contains(QStringLiteral("ifIndex:1")));
        QCOMPARE(last.interfaceSamples, 7 * int(last.objects.size()));
    }

    void legacyLiveRateCollectsAtOnce()
    {
        Snmp::SnmpPoller poller;
        CollectionScheduler scheduler(&poller, nullptr);
        makeIdle(scheduler);
        QSignalSpy spy(&scheduler, &CollectionScheduler::snapshotCollected);
        scheduler.requestLiveRate({QStringLiteral("live-01"), QStringLiteral("unknown")}, 1000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 20000);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("live-01"));
        const auto snapshot = spy.first().at(1).value<Snmp::DeviceSnapshot>();
        QVERIFY(!snapshot.interfaces.isEmpty());
        QCOMPARE(scheduler.liveLeaseCount(), 1);
        scheduler.requestLiveRate({}, 1000, 0);
        QCOMPARE(scheduler.liveLeaseCount(), 0);
    }

private:
    QHash<QString, QString> m_env;

    /// Only the live device, on an hourly schedule that is not started: only leases poll.
    void makeIdle(CollectionScheduler &scheduler) const
    {
        ScheduleIntervals intervals;
        intervals.defaultMs = 3600 * 1000;
        scheduler.setIntervals(intervals);
        scheduler.setDevices({liveDevice(m_env)});
    }

    static ScheduledDevice liveDevice(const QHash<QString, QString> &env)
    {
        ScheduledDevice live;
        live.device = QStringLiteral("live-01");
        live.target.host = env.value(QStringLiteral("SNMPD_HOST"));
        live.target.port = quint16(env.value(QStringLiteral("SNMPD_PORT")).toUInt());
        live.target.community = Vault::Secret::fromString(env.value(QStringLiteral("SNMPD_COMMUNITY")));
        return live;
    }
};

QTEST_GUILESS_MAIN(TestCollectionScheduler)
#include "tst_collectionscheduler.moc"
