// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/topology/topologyauditmodel.h"
#include "models/topology/topologymodel.h"

using namespace OpsDeck;
using namespace OpsDeck::Models;
using namespace OpsDeck::Topology;

namespace {

TopologyGraph smallGraph()
{
    TopologySourceData data;
    const auto device = [&](qint64 id, const char *name, const char *role) {
        Domain::Device d;
        d.id = id;
        d.name = QString::fromLatin1(name);
        d.roleName = QString::fromLatin1(role);
        data.devices << d;
    };
    device(1, "core1", "Core Switch");
    device(2, "leaf1", "Leaf Switch");
    device(3, "leaf2", "Leaf Switch");
    qint64 iface = 10;
    qint64 cable = 100;
    const auto link = [&](qint64 a, const char *ap, qint64 b, const char *bp) {
        Domain::LinkRecord l;
        l.cableId = ++cable;
        l.cableStatus = QStringLiteral("connected");
        l.aDeviceId = a;
        l.aInterfaceId = ++iface;
        l.aInterface = QString::fromLatin1(ap);
        l.aSpeedKbps = 10000000;
        l.bDeviceId = b;
        l.bInterfaceId = ++iface;
        l.bInterface = QString::fromLatin1(bp);
        data.links << l;
    };
    link(1, "Ethernet1", 2, "Ethernet49"); // interfaces 11, 12
    link(1, "Ethernet2", 2, "Ethernet50"); // 13, 14: bundled with the first
    link(1, "Ethernet3", 3, "Ethernet49"); // 15, 16
    return TopologyBuilder::build(data, {});
}

} // namespace

class TestTopologyModel : public QObject
{
    Q_OBJECT

private slots:
    void layoutAndPins();
    void liveStateIsCoalesced();
    void auditModel();
};

void TestTopologyModel::layoutAndPins()
{
    TopologyModel model;
    QSignalSpy changed(&model, &TopologyModel::graphChanged);
    Domain::ViewState view;
    view.engine = QStringLiteral("spring");
    view.pinned.insert(3, QPointF(500, 500));
    view.pinned.insert(99, QPointF(1, 1)); // not in the graph: dropped
    model.setGraph(smallGraph(), view);
    QVERIFY(model.isLayingOut());
    QVERIFY(changed.wait(30000));
    QCOMPARE(model.usedEngine(), LayoutEngine::Spring);
    QCOMPARE(model.positions().size(), 3);
    QCOMPARE(model.position(3), QPointF(500, 500));
    QVERIFY(model.isPinned(3));
    QVERIFY(!model.isPinned(99));

    QSignalSpy moved(&model, &TopologyModel::nodeMoved);
    model.moveNode(1, QPointF(-100, 40));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.viewState().pinned.size(), 2);
    QCOMPARE(model.viewState().engine, QStringLiteral("spring"));

    // A relayout that is superseded never lands.
    model.setEngine(LayoutEngine::Hierarchical);
    model.setEngine(LayoutEngine::Mesh);
    QVERIFY(changed.wait(30000));
    QCOMPARE(model.usedEngine(), LayoutEngine::Mesh);
    QVERIFY(!changed.wait(300));
    QCOMPARE(changed.count(), 2);

    model.unpinAll();
    QVERIFY(changed.wait(30000));
    QVERIFY(model.viewState().pinned.isEmpty());
    QCOMPARE(model.find(QStringLiteral("LEAF")).size(), 2);
    QCOMPARE(model.find(QStringLiteral("leaf2")).first(), 3);
}

void TestTopologyModel::liveStateIsCoalesced()
{
    TopologyModel model;
    model.setGraph(smallGraph());
    QSignalSpy changed(&model, &TopologyModel::graphChanged);
    QVERIFY(changed.wait(30000));
    const int bundle = 0;
    QCOMPARE(model.graph().edges.at(bundle).count(), 2);
    const TopologyEdgeStyle idle = model.edgeStyle(bundle);
    QVERIFY(!idle.dashed);
    QCOMPARE(idle.utilisation, -1.0);

    QSignalSpy live(&model, &TopologyModel::liveStateChanged);
    model.applyNodeStates({NodeState{1, Reachability::Down, 0, 0}});
    model.applyNodeStates({NodeState{2, Reachability::Up, 1, 0}});
    model.applyLinkStates({LinkState{11, true, 6e9, 1e9, 0}, LinkState{13, false, 0, 0, 0}});
    QCOMPARE(live.count(), 0); // batched
    QVERIFY(live.wait(2000));
    QCOMPARE(live.count(), 1);
    QCOMPARE(model.nodeColor(model.graph().indexOf(1)), QColor(0xd3, 0x2f, 0x2f));
    QCOMPARE(model.nodeColor(model.graph().indexOf(2)), QColor(0xef, 0x8f, 0x00)); // up, with a warning
    QCOMPARE(model.nodeColor(model.graph().indexOf(3)), QColor(0x6b, 0x77, 0x85)); // unknown
    const TopologyEdgeStyle busy = model.edgeStyle(bundle);
    QCOMPARE(busy.downMembers, 1);
    QVERIFY(busy.dashed);
    QVERIFY(qFuzzyCompare(busy.utilisation, 0.6));
    QVERIFY(busy.width > idle.width);
    QVERIFY(busy.color != QColor(0xd3, 0x2f, 0x2f)); // one member still up
}

void TestTopologyModel::auditModel()
{
    TopologyModel topology;
    topology.setGraph(smallGraph());
    QSignalSpy changed(&topology, &TopologyModel::graphChanged);
    QVERIFY(changed.wait(30000));
    const AuditReport report = LldpAudit::run(topology.graph(), {
        {QStringLiteral("core1"), QStringLiteral("Ethernet1"), QStringLiteral("leaf1"), QStringLiteral("Ethernet49")},
        {QStringLiteral("core1"), QStringLiteral("Ethernet3"), QStringLiteral("leaf2"), QStringLiteral("Ethernet48")},
        {QStringLiteral("core1"), QStringLiteral("Ethernet4"), QStringLiteral("leaf2"), QStringLiteral("Ethernet47")},
    });
    QCOMPARE(report.findings.size(), 3); // missing, not seen (Ethernet2), mismatch
    topology.setAuditReport(report);
    QCOMPARE(topology.auditMarks().size(), 3);
    for (const TopologyAuditMark &m : topology.auditMarks()) {
        if (m.kind == AuditFinding::Kind::MissingInNetBox)
            QCOMPARE(m.edgeIndex, -1);
        else
            QVERIFY(m.edgeIndex >= 0);
    }

    TopologyAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Missing in NetBox"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("core1 Ethernet4"));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("nothing"));
    QVERIFY(model.changeSet().isEmpty());
    QSignalSpy checked(&model, &TopologyAuditModel::checkedChanged);
    QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.last().at(0).toInt(), 1);
    QCOMPARE(model.changeSet().creates(), 1);
    QVERIFY(!model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole));
    model.setAllChecked(true);
    const CableChangeSet all = model.changeSet();
    QCOMPARE(all.creates(), 2);
    QCOMPARE(all.deletes(), 2);
}

QTEST_MAIN(TestTopologyModel)
#include "tst_topologymodel.moc"
