// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cmath>

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "alarmtesthelpers.h"
#include "backend/alarms/alarmengine.h"
#include "backend/alarms/alarmstore.h"

using namespace OpsDeck;
using namespace OpsDeck::Alarms;
using namespace OpsDeck::Alarms::Testing;

namespace {

constexpr qint64 kT0 = 1'740'000'000'000; // 2025-02-19, a fixed start for every clock
constexpr qint64 kSecond = 1000;

const Domain::SeriesKey kCpu{u"leaf01"_qs, QString(), u"cpu.util"_qs};

} // namespace

class TestAlarmEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Threshold above 90 for 60 s, clearing at or below 80: a generated
    // series that crosses, dips into the band, and recovers.
    void thresholdDurationAndHysteresis()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90, 10, 60)}));
        // value per 10 s step: 50 for a minute, 95 for 50 s (too short), a
        // dip to 85, 95 until raised, the band (85) holds it, 79 clears.
        QList<double> series;
        series << QList<double>(6, 50) << QList<double>(5, 95) << 85 << QList<double>(8, 95) << QList<double>(3, 85)
               << 79 << 50;
        qint64 raisedAt = 0;
        qint64 clearedAt = 0;
        for (qsizetype i = 0; i < series.size(); ++i) {
            const qint64 t = kT0 + i * 10 * kSecond;
            QVERIFY(engine.onSample(kCpu, t, series.at(i)).ok());
            if (!raisedAt && !log.of(TransitionKind::Raised).isEmpty())
                raisedAt = t;
            if (!clearedAt && !log.of(TransitionKind::Cleared).isEmpty())
                clearedAt = t;
        }
        // The first 95 run (steps 6-10) lasted 40 s: no raise. The second
        // run starts at step 12; 60 s later is step 18.
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QCOMPARE(raisedAt, kT0 + 18 * 10 * kSecond);
        QCOMPARE(clearedAt, kT0 + 23 * 10 * kSecond); // 85 kept it active; 79 cleared it
        const AlarmTransition raised = log.of(TransitionKind::Raised).constFirst();
        QVERIFY(raised.notify);
        QCOMPARE(raised.alarm.severity, Severity::Major);
        QCOMPARE(raised.alarm.device, u"leaf01"_qs);
        QCOMPARE(log.of(TransitionKind::Cleared).constFirst().alarm.id, raised.alarm.id);
        QVERIFY(log.of(TransitionKind::Cleared).constFirst().notify);
        QVERIFY(engine.activeAlarms().isEmpty());
    }

    void thresholdBelowAndCurrentValue()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        AlarmRule low = thresholdRule(u"fan-low"_qs, u"fan.rpm"_qs, 0, 200);
        low.above = AlarmRule::kUnset;
        low.below = 1000;
        engine.setRules(rulesWith({low}));
        const Domain::SeriesKey fan{u"sw1"_qs, u"fan:1"_qs, u"fan.rpm"_qs};
        QVERIFY(engine.onSample(fan, kT0, 3000).ok());
        QVERIFY(engine.onSample(fan, kT0 + kSecond, 900).ok());
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QVERIFY(engine.onSample(fan, kT0 + 2 * kSecond, 1100).ok()); // inside the band
        QCOMPARE(engine.activeAlarms().size(), 1);
        QCOMPARE(engine.activeAlarms().constFirst().value, 1100.0);
        QCOMPARE(engine.activeAlarms().constFirst().lastSeenMs, kT0 + 2 * kSecond);
        QVERIFY(engine.onSample(fan, kT0 + 3 * kSecond, 1200).ok());
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1);
    }

    void rateOfChange()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        AlarmRule rate = thresholdRule(u"errors-rising"_qs, u"if.in.errors"_qs, 10);
        rate.kind = RuleKind::RateOfChange;
        engine.setRules(rulesWith({rate}));
        const Domain::SeriesKey errors{u"sw1"_qs, u"ifIndex:3"_qs, u"if.in.errors"_qs};
        QVERIFY(engine.onSample(errors, kT0, 1e6).ok());                     // a first sample has no rate
        QVERIFY(engine.onSample(errors, kT0 + 10 * kSecond, 1e6 + 50).ok()); // 5/s
        QVERIFY(log.of(TransitionKind::Raised).isEmpty());
        QVERIFY(engine.onSample(errors, kT0 + 20 * kSecond, 1e6 + 300).ok()); // 25/s
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QCOMPARE(log.of(TransitionKind::Raised).constFirst().alarm.value, 1e6 + 300);
        QVERIFY(engine.onSample(errors, kT0 + 30 * kSecond, 1e6 + 320).ok()); // 2/s
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1);
    }

    void opticalPowerFromDeviceLevels()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setSeriesThresholds({{u"olt1"_qs, u"sensor:7"_qs, u"optical.dbm"_qs, u"lowAlarm"_qs, -20},
                                    {u"olt1"_qs, u"sensor:7"_qs, u"optical.dbm"_qs, u"highAlarm"_qs, 2}});
        const Domain::SeriesKey rx{u"olt1"_qs, u"sensor:7"_qs, u"optical.dbm"_qs};
        const Domain::SeriesKey other{u"olt1"_qs, u"sensor:8"_qs, u"optical.dbm"_qs}; // no levels: not watched
        QVERIFY(engine.onSample(other, kT0, -40).ok());
        QVERIFY(engine.onSample(rx, kT0, -5).ok());
        QVERIFY(log.all.isEmpty());
        QVERIFY(engine.onSample(rx, kT0 + kSecond, -21).ok());
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QVERIFY(engine.onSample(rx, kT0 + 2 * kSecond, -19.8).ok()); // within 0.5 dB of the level: held
        QVERIFY(log.of(TransitionKind::Cleared).isEmpty());
        QVERIFY(engine.onSample(rx, kT0 + 3 * kSecond, -19).ok());
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1);
    }

    void flapping()
    {
        AlarmEngine engine;
        qint64 clock = kT0;
        engine.setClock([&] { return clock; });
        TransitionLog log(engine);
        engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90)}, 4, 300));
        for (int i = 0; i < 10; ++i)
            QVERIFY(engine.onSample(kCpu, kT0 + i * 10 * kSecond, i % 2 ? 50 : 95).ok());
        // raise, clear, raise, clear: the fourth transition starts flapping.
        const auto flaps = log.of(TransitionKind::FlappingStarted);
        QCOMPARE(flaps.size(), 1);
        QVERIFY(flaps.constFirst().notify);
        const qint64 id = flaps.constFirst().alarm.id;
        int notifiedAfter = 0;
        bool after = false;
        for (const AlarmTransition &t : std::as_const(log.all)) {
            QCOMPARE(t.alarm.id, id); // reopened within the window: one alarm
            if (after && t.notify)
                ++notifiedAfter;
            after = after || t.kind == TransitionKind::FlappingStarted;
        }
        QCOMPARE(notifiedAfter, 0);
        QCOMPARE(engine.alarm(id)->count, 5);
        QVERIFY(engine.alarm(id)->flapping);
        // Quiet for a whole window: flapping ends.
        clock = kT0 + 90 * kSecond + 301 * kSecond;
        engine.checkDeadlines();
        QCOMPARE(log.of(TransitionKind::FlappingStopped).size(), 1);
        QVERIFY(!engine.alarm(id) || !engine.alarm(id)->flapping);
    }

    void maintenanceKeepsButDoesNotNotify()
    {
        AlarmEngine engine;
        qint64 clock = kT0;
        engine.setClock([&] { return clock; });
        TransitionLog log(engine);
        engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90)}));
        Domain::DeviceLabels leaf;
        leaf.deviceId = 17;
        leaf.device = u"leaf01"_qs;
        leaf.siteSlug = u"dc1"_qs;
        engine.setDevices({leaf});
        MaintenanceWindow w{
            u"upgrade"_qs, {QString(), u"DC1"_qs, {}, {}}, kT0, kT0 + 3600 * kSecond, u"core upgrade"_qs, u"alice"_qs};
        QVERIFY(engine.setMaintenanceWindow(w).ok());
        // The series names the device by NetBox id: the scope still applies.
        QVERIFY(engine.onSample({u"17"_qs, {}, u"cpu.util"_qs}, kT0 + 60 * kSecond, 99).ok());
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QVERIFY(!log.of(TransitionKind::Raised).constFirst().notify);
        QCOMPARE(engine.activeAlarms().size(), 1);
        QVERIFY(engine.activeAlarms().constFirst().inMaintenance);
        QCOMPARE(engine.activeAlarms().constFirst().device, u"leaf01"_qs);
        // A device outside the window notifies as usual.
        QVERIFY(engine.onSample({u"leaf02"_qs, {}, u"cpu.util"_qs}, kT0 + 60 * kSecond, 99).ok());
        QCOMPARE(log.notified().size(), 1);
        // The window ends with the alarm still active: now it is notified.
        clock = kT0 + 3601 * kSecond;
        engine.checkDeadlines();
        QCOMPARE(log.of(TransitionKind::MaintenanceEnded).size(), 1);
        const auto exposed = log.of(TransitionKind::Exposed);
        QCOMPARE(exposed.size(), 1);
        QVERIFY(exposed.constFirst().notify);
        QCOMPARE(exposed.constFirst().alarm.device, u"leaf01"_qs);
    }

    void shelveExpiry()
    {
        AlarmEngine engine;
        qint64 clock = kT0;
        engine.setClock([&] { return clock; });
        TransitionLog log(engine);
        engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90)}));
        QVERIFY(engine.onSample(kCpu, kT0, 95).ok());
        const qint64 id = engine.activeAlarms().constFirst().id;
        QCOMPARE(engine.shelve(id, kT0 - 1, u"bob"_qs, {}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(engine.shelve(id, kT0 + 1800 * kSecond, QString(), {}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(engine.shelve(4242, kT0 + 1800 * kSecond, u"bob"_qs, {}).error().code, ErrorCode::NotFound);
        QVERIFY(engine.shelve(id, kT0 + 1800 * kSecond, u"bob"_qs, u"known issue"_qs).ok());
        QVERIFY(engine.alarm(id)->isShelvedAt(kT0 + 1));
        const int before = int(log.notified().size());
        clock = kT0 + 1799 * kSecond;
        engine.checkDeadlines();
        QVERIFY(log.of(TransitionKind::Unshelved).isEmpty());
        clock = kT0 + 1800 * kSecond;
        engine.checkDeadlines();
        QCOMPARE(log.of(TransitionKind::Unshelved).size(), 1);
        QCOMPARE(log.notified().size(), before + 1);
        QCOMPARE(log.notified().constLast().kind, TransitionKind::Exposed);
        QCOMPARE(engine.alarm(id)->shelvedUntilMs, 0);
    }

    void trapRules()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        AlarmRule psu;
        psu.id = u"psu-failed"_qs;
        psu.kind = RuleKind::Trap;
        psu.severity = Severity::Critical;
        psu.trapOid = u"1.3.6.1.4.1.9999.0.1"_qs;
        psu.clearTrapOid = u".1.3.6.1.4.1.9999.0.2"_qs;
        psu.varBinds = {{u"1.3.6.1.4.1.9999.1"_qs, {}, u"^PSU"_qs}};
        engine.setRules(rulesWith({psu}));
        const auto trap = [](const QString &oid, const QString &varOid, const QString &value) {
            return TrapInput{u"pdu1"_qs, oid, {}, {{varOid, value}}, kT0};
        };
        QVERIFY(engine.onTrap(trap(u".1.3.6.1.4.1.9999.0.1"_qs, u"1.3.6.1.4.1.9999.1.0"_qs, u"FAN 2"_qs)).ok());
        QVERIFY(engine.onTrap(trap(u"1.3.6.1.4.1.9999.0.3"_qs, u"1.3.6.1.4.1.9999.1.0"_qs, u"PSU 1"_qs)).ok());
        QVERIFY(engine.onTrap(trap(u"1.3.6.1.4.1.9999.0.1"_qs, u"1.3.6.1.4.1.9999.10.0"_qs, u"PSU 1"_qs)).ok());
        QVERIFY(log.all.isEmpty());
        QVERIFY(engine.onTrap(trap(u".1.3.6.1.4.1.9999.0.1"_qs, u".1.3.6.1.4.1.9999.1.0"_qs, u"PSU 1"_qs)).ok());
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QCOMPARE(log.all.constFirst().alarm.severity, Severity::Critical);
        QVERIFY(engine.onTrap(trap(u"1.3.6.1.4.1.9999.0.1"_qs, u"1.3.6.1.4.1.9999.1.0"_qs, u"PSU 2"_qs)).ok());
        QCOMPARE(log.of(TransitionKind::Updated).size(), 1);
        QVERIFY(!log.of(TransitionKind::Updated).constFirst().notify);
        QCOMPARE(engine.activeAlarms().constFirst().count, 2);
        QVERIFY(engine.onTrap(trap(u"1.3.6.1.4.1.9999.0.2"_qs, u"1.3.6.1.4.1.9999.1.0"_qs, u"ok"_qs)).ok());
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1);

        // linkDown/linkUp drive the interface rule.
        TrapInput down{u"sw1"_qs, u"1.3.6.1.6.3.1.1.5.3"_qs, {}, {{u"1.3.6.1.2.1.2.2.1.1.12"_qs, u"12"_qs}}, kT0};
        QVERIFY(engine.onTrap(down).ok());
        QCOMPARE(engine.activeAlarms().size(), 1);
        QCOMPARE(engine.activeAlarms().constFirst().kind, RuleKind::InterfaceDown);
        QCOMPARE(engine.activeAlarms().constFirst().object, u"ifIndex:12"_qs);
        down.trapOid = u"1.3.6.1.6.3.1.1.5.4"_qs;
        QVERIFY(engine.onTrap(down).ok());
        QVERIFY(engine.activeAlarms().isEmpty());
    }

    void otherSources()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        QVERIFY(engine.onMcpAlarm({u"a-1"_qs, u"roadm1"_qs, u"OTS-1"_qs, u"LOS"_qs, Severity::Critical, true, {}, kT0})
                    .ok());
        QVERIFY(engine.onMcpAlarm({u"a-2"_qs, u"roadm1"_qs, u"OTS-2"_qs, u"X"_qs, Severity::Info, true, {}, kT0}).ok());
        QCOMPARE(engine.activeAlarms().size(), 1); // below the default minimum (warning)
        QCOMPARE(engine.activeAlarms().constFirst().severity, Severity::Critical);
        QVERIFY(engine.onMcpAlarm({u"a-1"_qs, u"roadm1"_qs, u"OTS-1"_qs, u"LOS"_qs, Severity::Critical, false, {}, kT0})
                    .ok());
        QVERIFY(engine.activeAlarms().isEmpty());

        QVERIFY(engine.onJobFailed({u"j-9"_qs, u"ssh.push"_qs, {u"sw1"_qs, u"sw2"_qs}, u"timeout"_qs, kT0, {}}).ok());
        QCOMPARE(engine.activeAlarms().size(), 2);
        const qint64 job = engine.activeAlarms().constFirst().id;
        QVERIFY(engine.clear(job, u"alice"_qs, u"re-run fine"_qs).ok());
        QCOMPARE(engine.activeAlarms().size(), 1);

        // Scores in [0, 1]: raised above 0.8, cleared under 0.5, the explanation as summary.
        QVERIFY(engine.onAnomaly({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs}, kT0, 0.6).ok());
        QCOMPARE(engine.activeAlarms().size(), 1);
        QVERIFY(engine
                    .onAnomaly({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs}, kT0 + kSecond, 0.95,
                               u"if.in.bps ifIndex:1 at 9e+09, expected 1e+09 to 3e+09"_qs)
                    .ok());
        QCOMPARE(engine.activeAlarms().size(), 2);
        const auto active = engine.activeAlarms();
        QVERIFY(std::any_of(active.cbegin(), active.cend(), [](const Alarm &a) {
            return a.summary.contains(u"expected 1e+09 to 3e+09"_qs) && a.summary.startsWith(u"sw1: unusual:"_qs);
        }));
        QVERIFY(engine.onAnomaly({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs}, kT0 + 2 * kSecond, 0.6).ok());
        QCOMPARE(engine.activeAlarms().size(), 2); // within the hysteresis
        QVERIFY(engine.onAnomaly({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs}, kT0 + 3 * kSecond, 0.4).ok());
        QCOMPARE(engine.activeAlarms().size(), 1);
    }

    void badInputIsRejectedAndLosesNothing()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90)}));
        QVERIFY(engine.onSample(kCpu, kT0, 95).ok());
        const Status nan = engine.onSample(kCpu, kT0 + kSecond, std::nan(""));
        QVERIFY(!nan.ok());
        QCOMPARE(nan.error().code, ErrorCode::InvalidInput);
        QCOMPARE(nan.error().context.value(u"metric"_qs).toString(), u"cpu.util"_qs);
        QCOMPARE(engine.onSample({QString(), {}, u"cpu.util"_qs}, kT0, 1).error().code, ErrorCode::InvalidInput);
        QCOMPARE(engine.onTrap({u"sw1"_qs, QString(), {}, {}, kT0}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(engine.onJobFailed({}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(engine.activeAlarms().size(), 1);
        QCOMPARE(engine.activeAlarms().constFirst().value, 95.0);
        // A batch with one bad report still applies the good one.
        ReachabilityReport good{ReachabilityReport::Probe::Icmp, u"sw9"_qs, kT0, 3, 0, qQNaN()};
        ReachabilityReport bad{ReachabilityReport::Probe::Icmp, u"sw8"_qs, kT0, 3, 5, qQNaN()};
        const Status batch = engine.onReachability(QList<ReachabilityReport>{bad, good});
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().context.value(u"devices"_qs).toStringList(), QStringList{u"sw8"_qs});
        QCOMPARE(engine.activeAlarms().size(), 2);
        // Later good samples are evaluated as before.
        QVERIFY(engine.onSample(kCpu, kT0 + 2 * kSecond, 10).ok());
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1);
    }

    // 20,000 rules, each on one device's series: a sample meets only its
    // own rule (the lookup is by series, not a scan of the rules).
    void manyRulesIndexedBySeries()
    {
        constexpr int kRules = 20000;
        AlarmRulesConfig config;
        for (int i = 0; i < kRules; ++i) {
            AlarmRule r = thresholdRule(QStringLiteral("bps-%1").arg(i), u"if.in.bps"_qs, 1000 + i);
            r.scope.device = QStringLiteral("dev%1").arg(i);
            config.rules << r;
        }
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setRules(config);
        QList<Domain::SeriesKey> keys;
        for (int i = 0; i < kRules; ++i)
            keys << Domain::SeriesKey{QStringLiteral("dev%1").arg(i), u"ifIndex:1"_qs, u"if.in.bps"_qs};
        QElapsedTimer timer;
        timer.start();
        constexpr int kRounds = 20;
        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kRules; ++i)
                QVERIFY(engine.onSample(keys.at(i), kT0 + round * kSecond, 1000 + i - 1).ok());
        }
        const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
        qInfo("%.0f samples/s over %d threshold rules", kRounds * kRules / seconds, kRules);
        QVERIFY(log.all.isEmpty());
        // Rule 123's level is 1123: 1124 on dev123 raises it, the same value elsewhere does not.
        QVERIFY(engine.onSample(keys.at(123), kT0 + 100 * kSecond, 1124).ok());
        QVERIFY(engine.onSample(keys.at(124), kT0 + 100 * kSecond, 1124).ok());
        QCOMPARE(log.of(TransitionKind::Raised).size(), 1);
        QCOMPARE(log.all.constFirst().alarm.ruleId, u"bps-123"_qs);
    }

    void acknowledgementSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.sqlite"_qs);
        qint64 id = 0;
        qint64 clock = kT0;
        {
            auto store = AlarmStore::openSqlite(path);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            AlarmEngine engine(store->get());
            engine.setClock([&] { return clock; });
            engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90)}));
            QVERIFY(engine.start().ok());
            QVERIFY(engine.onSample(kCpu, kT0, 95).ok());
            id = engine.activeAlarms().constFirst().id;
            clock = kT0 + 5 * kSecond;
            QVERIFY(engine.acknowledge(id, u"alice"_qs, u"looking into it"_qs).ok());
            QVERIFY(engine.shelve(id, kT0 + 3600 * kSecond, u"alice"_qs, u"until the change"_qs).ok());
            QVERIFY(engine.onSample(kCpu, kT0 + 10 * kSecond, 97).ok());
            QVERIFY(engine.flush().ok());
            MaintenanceWindow w{u"w1"_qs, {u"leaf02"_qs, {}, {}, {}}, kT0, kT0 + 7200 * kSecond, {}, u"alice"_qs};
            QVERIFY(engine.setMaintenanceWindow(w).ok());
        }
        auto store = AlarmStore::openSqlite(path);
        QVERIFY(store.ok());
        AlarmEngine engine(store->get());
        clock = kT0 + 20 * kSecond;
        engine.setClock([&] { return clock; });
        engine.setRules(rulesWith({thresholdRule(u"cpu-high"_qs, u"cpu.util"_qs, 90)}));
        TransitionLog log(engine);
        QVERIFY(engine.start().ok());
        const auto restored = engine.alarm(id);
        QVERIFY(restored);
        QVERIFY(restored->isActive());
        QVERIFY(restored->acknowledged);
        QCOMPARE(restored->ackBy, u"alice"_qs);
        QCOMPARE(restored->ackComment, u"looking into it"_qs);
        QCOMPARE(restored->ackMs, kT0 + 5 * kSecond);
        QCOMPARE(restored->shelvedUntilMs, kT0 + 3600 * kSecond);
        QCOMPARE(restored->value, 97.0);
        QCOMPARE(engine.maintenanceWindows().size(), 1);
        // Still above: the restored alarm continues, no second raise.
        QVERIFY(engine.onSample(kCpu, kT0 + 30 * kSecond, 96).ok());
        QVERIFY(log.of(TransitionKind::Raised).isEmpty());
        QVERIFY(engine.onSample(kCpu, kT0 + 40 * kSecond, 20).ok());
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1);
        QCOMPARE(log.of(TransitionKind::Cleared).constFirst().alarm.id, id);
        QVERIFY(!log.of(TransitionKind::Cleared).constFirst().notify); // shelved: not notified
        // The full history is in the store, in order.
        const auto history = (*store)->events(id);
        QVERIFY(history.ok());
        QList<TransitionKind> kinds;
        for (const AlarmEvent &e : std::as_const(*history))
            kinds << e.kind;
        QCOMPARE(kinds, (QList<TransitionKind>{TransitionKind::Raised, TransitionKind::Acknowledged,
                                               TransitionKind::Shelved, TransitionKind::Cleared}));
        QCOMPARE(history->at(1).actor, u"alice"_qs);
        QCOMPARE(history->at(1).detail, u"looking into it"_qs);
        // A new alarm after the restart gets a new id.
        QVERIFY(engine.onSample({u"leaf03"_qs, {}, u"cpu.util"_qs}, kT0 + 50 * kSecond, 99).ok());
        QVERIFY(engine.activeAlarms().constFirst().id > id);
    }
};

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "tst_alarmengine.moc"
