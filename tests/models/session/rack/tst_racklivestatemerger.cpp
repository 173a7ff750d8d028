// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The rack faceplates' live state from polling and from the alarm engine,
// arriving independently: neither may wipe out what the other said.
#include <QTest>

#include "models/session/rack/racklivestatemerger.h"

using namespace OpsDeck;
using Alarms::Severity;
using Models::DeviceAlarmCount;
using Models::RackLiveState;

class TestRackLiveStateMerger final : public QObject
{
    Q_OBJECT

private slots:
    void alarmsKeepPolledFields();
    void pollsKeepAlarms();
    void unpolledDevicesShowTheirAlarms();
    void alarmsAddToAPolledCount();
    void clearedAlarmsLeave();
};

namespace {

RackLiveState polled(bool reachable, double temp, int linksUp, int linksTotal)
{
    RackLiveState s;
    s.polled = true;
    s.reachable = reachable;
    s.inletTempC = temp;
    s.linksUp = linksUp;
    s.linksTotal = linksTotal;
    return s;
}

DeviceAlarmCount count(int critical, int warning, Severity worst)
{
    DeviceAlarmCount c;
    c.critical = critical;
    c.warning = warning;
    c.worst = worst;
    return c;
}

} // namespace

void TestRackLiveStateMerger::alarmsKeepPolledFields()
{
    Models::RackLiveStateMerger merger;
    (void)merger.mergePolled({{7, polled(false, 31.0, 3, 4)}});
    const QHash<qint64, RackLiveState> merged = merger.mergeAlarms({{7, count(1, 1, Severity::Major)}});
    QCOMPARE(merged.size(), 1);
    const RackLiveState s = merged.value(7);
    QVERIFY(s.polled);
    QVERIFY(!s.reachable);
    QCOMPARE(s.inletTempC, 31.0);
    QCOMPARE(s.linksUp, 3);
    QCOMPARE(s.linksTotal, 4);
    QCOMPARE(s.alarms, 2);
    QVERIFY(s.alarmSeverity == Severity::Major);
}

void TestRackLiveStateMerger::pollsKeepAlarms()
{
    Models::RackLiveStateMerger merger;
    (void)merger.mergeAlarms({{7, count(0, 1, Severity::Minor)}});
    const QHash<qint64, RackLiveState> merged = merger.mergePolled({{7, polled(true, 25.0, 2, 2)}});
    QCOMPARE(merged.value(7).alarms, 1);
    QVERIFY(merged.value(7).alarmSeverity == Severity::Minor);
    QCOMPARE(merged.value(7).inletTempC, 25.0);
    // A later poll that no longer has the device keeps its alarms.
    const QHash<qint64, RackLiveState> later = merger.mergePolled({});
    QCOMPARE(later.size(), 1);
    QVERIFY(!later.value(7).polled);
    QCOMPARE(later.value(7).alarms, 1);
}

void TestRackLiveStateMerger::unpolledDevicesShowTheirAlarms()
{
    Models::RackLiveStateMerger merger;
    (void)merger.mergePolled({{7, polled(true, 25.0, 2, 2)}});
    const QHash<qint64, RackLiveState> merged =
        merger.mergeAlarms({{8, count(2, 0, Severity::Critical)}, {0, count(1, 0, Severity::Critical)}});
    QCOMPARE(merged.size(), 2); // id 0: not in the inventory
    QVERIFY(!merged.value(8).polled);
    QCOMPARE(merged.value(8).alarms, 2);
    QVERIFY(merged.value(8).alarmSeverity == Severity::Critical);
    QCOMPARE(merged.value(7).alarms, 0);
    QVERIFY(!merged.value(7).alarmSeverity);
}

// What polling counts itself stays; the engine's alarms are added.
void TestRackLiveStateMerger::alarmsAddToAPolledCount()
{
    Models::RackLiveStateMerger merger;
    RackLiveState withAlarms = polled(true, qQNaN(), -1, -1);
    withAlarms.alarms = 2;
    (void)merger.mergePolled({{7, withAlarms}});
    const QHash<qint64, RackLiveState> merged = merger.mergeAlarms({{7, count(1, 0, Severity::Critical)}});
    QCOMPARE(merged.value(7).alarms, 3);
    QVERIFY(merged.value(7).alarmSeverity == Severity::Critical);
    QCOMPARE(merger.mergeAlarms({}).value(7).alarms, 2);
}

void TestRackLiveStateMerger::clearedAlarmsLeave()
{
    Models::RackLiveStateMerger merger;
    (void)merger.mergePolled({{7, polled(true, 25.0, 2, 2)}});
    (void)merger.mergeAlarms({{7, count(1, 0, Severity::Critical)}, {8, count(0, 1, Severity::Warning)}});
    const QHash<qint64, RackLiveState> merged = merger.mergeAlarms({{8, DeviceAlarmCount{}}});
    QCOMPARE(merged.size(), 1); // device 8: an empty count is no alarm
    QCOMPARE(merged.value(7).alarms, 0);
    QVERIFY(!merged.value(7).alarmSeverity);
    QCOMPARE(merger.states().size(), 1);
}

QTEST_GUILESS_MAIN(TestRackLiveStateMerger)
#include "tst_racklivestatemerger.moc"
