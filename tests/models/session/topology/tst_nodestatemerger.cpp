// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "models/session/live/livesnapshot.h"
#include "models/session/topology/nodestatemerger.h"

using namespace OpsDeck;
using Topology::NodeState;
using Topology::Reachability;

// The topology's node colours come from three sources, Ciena MCP alarms,
// the alarm engine's active alarms and polled reachability, arriving
// independently: none may wipe out what the others said.
class TestNodeStateMerger : public QObject
{
    Q_OBJECT

private slots:
    void alarmsKeepReachability();
    void reachabilityKeepsAlarms();
    void unknownReachabilityReplacesAKnownOne();
    void alarmStatesIgnoreTheirReachability();
    void devicesStaySeparate();
    void engineAlarmsAddToMcpAlarms();
    void engineAlarmsLeaveMcpAndReachability();
    void engineLeavesOutMcpPassThrough();
    void engineReportsOnlyChanges();
};

namespace {

NodeState alarms(qint64 deviceId, int warning, int critical)
{
    NodeState s;
    s.deviceId = deviceId;
    s.warningAlarms = warning;
    s.criticalAlarms = critical;
    return s;
}

Models::LiveSnapshot live(std::initializer_list<std::pair<qint64, Reachability>> devices)
{
    Models::LiveSnapshot s;
    for (const auto &[id, reachability] : devices) {
        Models::LiveDeviceState d;
        d.deviceId = id;
        d.reachability = reachability;
        s.devices.insert(id, d);
    }
    return s;
}

Models::DeviceAlarmCount engine(int warning, int critical, int mcpWarning = 0, int mcpCritical = 0)
{
    Models::DeviceAlarmCount c;
    c.warning = warning;
    c.critical = critical;
    c.mcpWarning = mcpWarning;
    c.mcpCritical = mcpCritical;
    return c;
}

} // namespace

void TestNodeStateMerger::alarmsKeepReachability()
{
    Models::NodeStateMerger merger;
    const QList<NodeState> first = merger.mergeLive(live({{7, Reachability::Down}}));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).reachability, Reachability::Down);
    QCOMPARE(first.at(0).criticalAlarms, 0);

    const QList<NodeState> merged = merger.mergeAlarms({alarms(7, 2, 1)});
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.at(0).deviceId, 7);
    QCOMPARE(merged.at(0).reachability, Reachability::Down);
    QCOMPARE(merged.at(0).warningAlarms, 2);
    QCOMPARE(merged.at(0).criticalAlarms, 1);
}

void TestNodeStateMerger::reachabilityKeepsAlarms()
{
    Models::NodeStateMerger merger;
    (void)merger.mergeAlarms({alarms(7, 0, 3), alarms(8, 1, 0)});
    const QList<NodeState> merged = merger.mergeLive(live({{7, Reachability::Degraded}}));
    QCOMPARE(merged.size(), 1); // only the devices the snapshot names
    QCOMPARE(merged.at(0).deviceId, 7);
    QCOMPARE(merged.at(0).reachability, Reachability::Degraded);
    QCOMPARE(merged.at(0).criticalAlarms, 3);
    // The other device is untouched.
    QCOMPARE(merger.state(8).warningAlarms, 1);
    QCOMPARE(merger.state(8).reachability, Reachability::Unknown);
}

// A device that is no longer polled loses its colour rather than keeping a stale one.
void TestNodeStateMerger::unknownReachabilityReplacesAKnownOne()
{
    Models::NodeStateMerger merger;
    (void)merger.mergeLive(live({{7, Reachability::Up}}));
    const QList<NodeState> merged = merger.mergeLive(live({{7, Reachability::Unknown}}));
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.at(0).reachability, Reachability::Unknown);
    QCOMPARE(merger.state(7).reachability, Reachability::Unknown);
}

// Alarm states carry a reachability field too; the alarm source does not own it.
void TestNodeStateMerger::alarmStatesIgnoreTheirReachability()
{
    Models::NodeStateMerger merger;
    (void)merger.mergeLive(live({{7, Reachability::Up}}));
    NodeState fromAlarms = alarms(7, 1, 0);
    fromAlarms.reachability = Reachability::Down;
    const QList<NodeState> merged = merger.mergeAlarms({fromAlarms});
    QCOMPARE(merged.at(0).reachability, Reachability::Up);
    QCOMPARE(merged.at(0).warningAlarms, 1);
}

void TestNodeStateMerger::devicesStaySeparate()
{
    Models::NodeStateMerger merger;
    QCOMPARE(merger.size(), 0);
    QCOMPARE(merger.state(42).deviceId, 0);
    (void)merger.mergeAlarms({alarms(1, 1, 0), alarms(2, 0, 1)});
    (void)merger.mergeLive(live({{2, Reachability::Down}, {3, Reachability::Up}}));
    QCOMPARE(merger.size(), 3);
    QCOMPARE(merger.state(1).warningAlarms, 1);
    QCOMPARE(merger.state(1).reachability, Reachability::Unknown);
    QCOMPARE(merger.state(2).criticalAlarms, 1);
    QCOMPARE(merger.state(2).reachability, Reachability::Down);
    QCOMPARE(merger.state(3).reachability, Reachability::Up);
    QCOMPARE(merger.state(3).criticalAlarms, 0);
}

// The node counts both: one source's update keeps the other's counts.
void TestNodeStateMerger::engineAlarmsAddToMcpAlarms()
{
    Models::NodeStateMerger merger;
    (void)merger.mergeAlarms({alarms(7, 1, 2)});
    const QList<NodeState> merged = merger.mergeEngineAlarms({{7, engine(3, 1)}});
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.at(0).deviceId, 7);
    QCOMPARE(merged.at(0).warningAlarms, 4);
    QCOMPARE(merged.at(0).criticalAlarms, 3);

    // A new MCP sync replaces the MCP counts only.
    const QList<NodeState> again = merger.mergeAlarms({alarms(7, 0, 0)});
    QCOMPARE(again.at(0).warningAlarms, 3);
    QCOMPARE(again.at(0).criticalAlarms, 1);
}

// The engine's set is complete: a device it leaves out loses the engine's
// counts, and only those.
void TestNodeStateMerger::engineAlarmsLeaveMcpAndReachability()
{
    Models::NodeStateMerger merger;
    (void)merger.mergeLive(live({{7, Reachability::Degraded}}));
    (void)merger.mergeAlarms({alarms(7, 1, 0)});
    (void)merger.mergeEngineAlarms({{7, engine(0, 2)}, {8, engine(1, 0)}});
    QCOMPARE(merger.state(7).criticalAlarms, 2);
    QCOMPARE(merger.state(8).warningAlarms, 1);

    const QList<NodeState> cleared = merger.mergeEngineAlarms({{8, engine(1, 0)}});
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.at(0).deviceId, 7);
    QCOMPARE(cleared.at(0).criticalAlarms, 0);
    QCOMPARE(cleared.at(0).warningAlarms, 1); // the MCP alarm stays
    QCOMPARE(cleared.at(0).reachability, Reachability::Degraded);

    const QList<NodeState> none = merger.mergeEngineAlarms({});
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.at(0).deviceId, 8);
    QCOMPARE(merger.state(8).warningAlarms, 0);
    QCOMPARE(merger.state(7).warningAlarms, 1);
}

// Ciena MCP alarms come from the MCP sync and through the engine: counted once.
void TestNodeStateMerger::engineLeavesOutMcpPassThrough()
{
    Models::NodeStateMerger merger;
    (void)merger.mergeAlarms({alarms(7, 1, 1)});
    const QList<NodeState> merged = merger.mergeEngineAlarms({{7, engine(2, 3, 1, 1)}});
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.at(0).warningAlarms, 2);
    QCOMPARE(merged.at(0).criticalAlarms, 3);

    // Only passed-through MCP alarms: nothing of the engine's own.
    Models::NodeStateMerger other;
    QVERIFY(other.mergeEngineAlarms({{9, engine(1, 1, 1, 1)}}).isEmpty());
    QCOMPARE(other.state(9).deviceId, 0);
}

void TestNodeStateMerger::engineReportsOnlyChanges()
{
    Models::NodeStateMerger merger;
    QCOMPARE(merger.mergeEngineAlarms({{7, engine(1, 0)}, {8, engine(0, 1)}}).size(), 2);
    QVERIFY(merger.mergeEngineAlarms({{7, engine(1, 0)}, {8, engine(0, 1)}}).isEmpty());
    const QList<NodeState> changed =
        merger.mergeEngineAlarms({{7, engine(1, 0)}, {8, engine(0, 2)}, {0, engine(5, 5)}});
    QCOMPARE(changed.size(), 1); // device 0 is outside the inventory
    QCOMPARE(changed.at(0).deviceId, 8);
    QCOMPARE(changed.at(0).criticalAlarms, 2);
    QCOMPARE(merger.size(), 2);
}

QTEST_GUILESS_MAIN(TestNodeStateMerger)
#include "tst_nodestatemerger.moc"
