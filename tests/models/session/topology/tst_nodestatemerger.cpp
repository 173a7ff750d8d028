// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "models/session/live/livesnapshot.h"
#include "models/session/topology/nodestatemerger.h"

using namespace OpsDeck;
using Topology::NodeState;
using Topology::Reachability;

// The topology's node colours come from two sources, Ciena MCP alarms and
// polled reachability, arriving independently: neither may wipe out what
// the other said.
class TestNodeStateMerger : public QObject
{
    Q_OBJECT

private slots:
    void alarmsKeepReachability();
    void reachabilityKeepsAlarms();
    void unknownReachabilityReplacesAKnownOne();
    void alarmStatesIgnoreTheirReachability();
    void devicesStaySeparate();
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

QTEST_GUILESS_MAIN(TestNodeStateMerger)
#include "tst_nodestatemerger.moc"
