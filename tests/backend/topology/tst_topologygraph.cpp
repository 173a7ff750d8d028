// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "backend/topology/topologygraph.h"
#include "backend/topology/viewstore.h"

using namespace OpsDeck;
using namespace OpsDeck::Topology;

class TestTopologyGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeEstate();
    void lagsAndCircuits();
    void siteAndRoleScope();
    void neighbourhood_data();
    void neighbourhood();
    void bundlesParallelCables();
    void groups();
    void viewStoreRoundTrip();

private:
    qint64 deviceId(const QString &name) const;
    qint64 scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;
    TopologySourceData m_data;
};

void TestTopologyGraph::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.db")));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(store).value();
    const Status imported = Demo::importDemoEstate(*m_store);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    auto data = TopologyBuilder::load(*m_store);
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    m_data = std::move(data).value();

    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(m_dir.filePath(QStringLiteral("store.db")));
    QVERIFY(check.open());
}

void TestTopologyGraph::cleanupTestCase()
{
    QSqlDatabase::database(QStringLiteral("check")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

qint64 TestTopologyGraph::scalar(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestTopologyGraph::deviceId(const QString &name) const
{
    for (const Domain::Device &d : m_data.devices) {
        if (d.name == name)
            return d.id;
    }
    return 0;
}

void TestTopologyGraph::wholeEstate()
{
    const TopologyGraph g = TopologyBuilder::build(m_data, {});

    // Every interface-to-interface cable is drawn exactly once, plus one edge
    // per circuit cabled at both ends.
    const qint64 interfaceCables = scalar(QStringLiteral(
        "SELECT COUNT(*) FROM cable_terminations a JOIN cable_terminations b ON a.cable_id = b.cable_id"
        " AND a.cable_end = 'A' AND b.cable_end = 'B' WHERE a.object_type = 'dcim.interface'"
        " AND b.object_type = 'dcim.interface'"));
    QVERIFY(interfaceCables > 100);
    QCOMPARE(qint64(g.cableCount()), interfaceCables + 2);

    // Nodes: exactly the devices with such a cable (or a circuit).
    const qint64 linkedDevices = scalar(QStringLiteral(
        "SELECT COUNT(DISTINCT i.device_id) FROM cable_terminations t JOIN interfaces i ON i.id = t.object_id"
        " JOIN cable_terminations o ON o.cable_id = t.cable_id AND o.cable_end <> t.cable_end"
        " WHERE t.object_type = 'dcim.interface' AND o.object_type = 'dcim.interface'"));
    QCOMPARE(qint64(g.nodes.size()), linkedDevices);
    QCOMPARE(g.nodeIndex.size(), g.nodes.size());

    // The demo estate has no parallel cables: one edge per cable.
    QCOMPARE(g.edges.size(), g.cableCount());

    // Every edge starts at the higher tier, and nodes are sorted core first.
    for (const TopologyEdge &e : g.edges) {
        QVERIFY(g.indexOf(e.aDeviceId) >= 0);
        QVERIFY(g.indexOf(e.bDeviceId) >= 0);
        QVERIFY(int(g.nodes.at(g.indexOf(e.aDeviceId)).tier) <= int(g.nodes.at(g.indexOf(e.bDeviceId)).tier));
    }
    QCOMPARE(g.nodes.first().tier, Tier::Core);
    QCOMPARE(g.nodes.last().tier, Tier::Host);

    // With unlinked devices every device is a node.
    TopologyScope all;
    all.includeUnlinked = true;
    QCOMPARE(qint64(TopologyBuilder::build(m_data, all).nodes.size()), scalar(QStringLiteral("SELECT COUNT(*) FROM devices")));
}

void TestTopologyGraph::lagsAndCircuits()
{
    const TopologyGraph g = TopologyBuilder::build(m_data, {});
    int lags = 0;
    int circuits = 0;
    QStringList circuitIds;
    for (const TopologyEdge &e : g.edges) {
        if (e.kind == TopologyEdge::Kind::Lag) {
            ++lags;
            QCOMPARE(e.label, QStringLiteral("bond0"));
        } else if (e.kind == TopologyEdge::Kind::Circuit) {
            ++circuits;
            circuitIds << e.label;
            QCOMPARE(e.aDeviceId, deviceId(QStringLiteral("ams1-core-1")));
        }
    }
    // Each server's two bonded ports go one to each leaf.
    const qint64 bondedCables = scalar(QStringLiteral(
        "SELECT COUNT(*) FROM interfaces i JOIN cable_terminations t ON t.object_type = 'dcim.interface'"
        " AND t.object_id = i.id WHERE i.lag_id IS NOT NULL AND i.lag_id <> 0"));
    QVERIFY(bondedCables > 0);
    QCOMPARE(qint64(lags), bondedCables);
    circuitIds.sort();
    QCOMPARE(circuitIds, (QStringList{QStringLiteral("CKT-1001"), QStringLiteral("CKT-1002")}));

    TopologyScope noCircuits;
    noCircuits.includeCircuits = false;
    QCOMPARE(TopologyBuilder::build(m_data, noCircuits).cableCount(), g.cableCount() - 2);
}

void TestTopologyGraph::siteAndRoleScope()
{
    const qint64 siteId = [&] {
        for (const Domain::Device &d : m_data.devices) {
            if (d.name == QLatin1String("fra1-edge-1"))
                return d.siteId;
        }
        return qint64(0);
    }();
    QVERIFY(siteId);
    TopologyScope scope;
    scope.kind = TopologyScope::Kind::Site;
    scope.siteId = siteId;
    const TopologyGraph site = TopologyBuilder::build(m_data, scope);
    QVERIFY(site.nodes.size() > 10);
    for (const TopologyNode &n : site.nodes)
        QCOMPARE(n.siteId, siteId);
    // The circuit leaves the site: its far end is not in scope.
    for (const TopologyEdge &e : site.edges)
        QVERIFY(e.kind != TopologyEdge::Kind::Circuit);
    QCOMPARE(scope.key(), QStringLiteral("site-%1").arg(siteId));

    TopologyScope role;
    role.kind = TopologyScope::Kind::Role;
    role.role = QStringLiteral("core-switch");
    const TopologyGraph cores = TopologyBuilder::build(m_data, role);
    QCOMPARE(cores.nodes.size(), 2); // the AMS1 pair and their interconnect
    QCOMPARE(cores.edges.size(), 1);

    TopologyScope tag;
    tag.kind = TopologyScope::Kind::Tag;
    tag.tag = QStringLiteral("planned-work");
    tag.includeUnlinked = true;
    const TopologyGraph planned = TopologyBuilder::build(m_data, tag);
    QVERIFY(!planned.nodes.isEmpty());
    for (const TopologyNode &n : planned.nodes)
        QCOMPARE(n.status, QStringLiteral("planned"));
}

void TestTopologyGraph::neighbourhood_data()
{
    QTest::addColumn<int>("hops");
    QTest::newRow("0 hops") << 0;
    QTest::newRow("1 hop") << 1;
    QTest::newRow("2 hops") << 2;
    QTest::newRow("3 hops") << 3;
}

void TestTopologyGraph::neighbourhood()
{
    QFETCH(int, hops);
    const qint64 centre = deviceId(QStringLiteral("ams1-core-1"));
    QVERIFY(centre);

    // Expected: a breadth-first search over the full graph's edges.
    const TopologyGraph full = TopologyBuilder::build(m_data, {});
    QHash<qint64, QList<qint64>> adjacency;
    for (const TopologyEdge &e : full.edges) {
        adjacency[e.aDeviceId] << e.bDeviceId;
        adjacency[e.bDeviceId] << e.aDeviceId;
    }
    QSet<qint64> expected{centre};
    QList<qint64> frontier{centre};
    for (int h = 0; h < hops; ++h) {
        QList<qint64> next;
        for (qint64 id : frontier) {
            for (qint64 p : adjacency.value(id)) {
                if (!expected.contains(p)) {
                    expected.insert(p);
                    next << p;
                }
            }
        }
        frontier = next;
    }

    TopologyScope scope;
    scope.kind = TopologyScope::Kind::Neighbourhood;
    scope.deviceId = centre;
    scope.hops = hops;
    const TopologyGraph g = TopologyBuilder::build(m_data, scope);
    QSet<qint64> got;
    for (const TopologyNode &n : g.nodes)
        got.insert(n.deviceId);
    QCOMPARE(got, expected);
    if (hops == 1) {
        // The core pair, both firewalls, the circuit far ends and the leaves of
        // the AMS1 rack rows that found a free core port.
        QVERIFY(got.contains(deviceId(QStringLiteral("ams1-core-2"))));
        QVERIFY(got.contains(deviceId(QStringLiteral("ams1-fw-1"))));
        QVERIFY(got.contains(deviceId(QStringLiteral("fra1-edge-1"))));
        QVERIFY(got.contains(deviceId(QStringLiteral("lon1-edge-1"))));
        QVERIFY(!got.contains(deviceId(QStringLiteral("ams1-fw-2"))));
    }
    if (hops >= 1)
        QVERIFY(g.nodes.size() > 1);
}

void TestTopologyGraph::bundlesParallelCables()
{
    TopologySourceData data;
    const auto device = [&](qint64 id, const char *name, const char *role) {
        Domain::Device d;
        d.id = id;
        d.name = QString::fromLatin1(name);
        d.roleName = QString::fromLatin1(role);
        d.siteId = 1;
        d.siteName = QStringLiteral("S1");
        data.devices << d;
    };
    device(1, "core", "Core Switch");
    device(2, "leaf", "Leaf Switch");
    device(3, "srv", "Server");
    qint64 cable = 100;
    qint64 iface = 1000;
    const auto link = [&](qint64 a, qint64 b, qint64 lagA = 0, qint64 lagB = 0, const char *status = "connected") {
        Domain::LinkRecord l;
        l.cableId = ++cable;
        l.cableStatus = QString::fromLatin1(status);
        l.aDeviceId = a;
        l.aInterfaceId = ++iface;
        l.aInterface = QStringLiteral("p%1").arg(iface);
        l.aLagId = lagA;
        l.aLagName = lagA ? QStringLiteral("Po%1").arg(lagA) : QString();
        l.aSpeedKbps = 10000000;
        l.bDeviceId = b;
        l.bInterfaceId = ++iface;
        l.bInterface = QStringLiteral("p%1").arg(iface);
        l.bLagId = lagB;
        l.bLagName = lagB ? QStringLiteral("Po%1").arg(lagB) : QString();
        data.links << l;
    };
    // Leaf to core: 4 cables in LAG Po1/Po2 plus 2 plain parallel cables;
    // written leaf first to check the edge is turned core first.
    for (int i = 0; i < 4; ++i)
        link(2, 1, 1, 2);
    link(2, 1);
    link(2, 1, 0, 0, "planned");
    // Server to leaf: 3 parallel planned cables.
    for (int i = 0; i < 3; ++i)
        link(3, 2, 0, 0, "planned");

    const TopologyGraph g = TopologyBuilder::build(data, {});
    QCOMPARE(g.nodes.size(), 3);
    QCOMPARE(g.edges.size(), 3);
    QCOMPARE(g.cableCount(), 9);
    const TopologyEdge &lag = g.edges.at(0);
    QCOMPARE(lag.kind, TopologyEdge::Kind::Lag);
    QCOMPARE(lag.count(), 4);
    QCOMPARE(lag.aDeviceId, 1);
    QCOMPARE(lag.bDeviceId, 2);
    QCOMPARE(lag.label, QStringLiteral("Po2 / Po1"));
    QCOMPARE(lag.capacityKbps(), 40000000);
    QCOMPARE(lag.members.first().aInterface, QStringLiteral("p1002")); // the core's port
    const TopologyEdge &plain = g.edges.at(1);
    QCOMPARE(plain.kind, TopologyEdge::Kind::Cable);
    QCOMPARE(plain.count(), 2);
    QVERIFY(!plain.isPlanned());
    QCOMPARE(g.edges.at(2).count(), 3);
    QVERIFY(g.edges.at(2).isPlanned());
}

void TestTopologyGraph::groups()
{
    TopologyScope scope;
    scope.groupBy = GroupBy::Rack;
    const TopologyGraph g = TopologyBuilder::build(m_data, scope);
    for (const TopologyNode &n : g.nodes) {
        QVERIFY(!n.group.isEmpty());
        if (!n.rackName.isEmpty())
            QVERIFY(n.group.endsWith(n.rackName));
    }
    scope.groupBy = GroupBy::Location;
    for (const TopologyNode &n : TopologyBuilder::build(m_data, scope).nodes)
        QVERIFY2(n.group.startsWith(n.siteName + QStringLiteral(" / ")), qPrintable(n.group));
    QCOMPARE(scope.key(), QStringLiteral("all-by-location"));
}

void TestTopologyGraph::viewStoreRoundTrip()
{
    const ViewStore views(ViewStore::viewsDirFor(m_dir.filePath(QStringLiteral("ws/plans"))));
    QCOMPARE(views.dir(), QDir::cleanPath(m_dir.filePath(QStringLiteral("ws/views"))));
    auto empty = views.load(QStringLiteral("site-1"));
    QVERIFY(empty.ok());
    QVERIFY(empty->pinned.isEmpty());

    Domain::ViewState state;
    state.engine = QStringLiteral("hierarchical");
    state.pinned.insert(7, QPointF(10.5, -20.25));
    state.pinned.insert(3, QPointF(0, 400));
    QVERIFY(views.save(QStringLiteral("site-1"), state).ok());
    auto loaded = views.load(QStringLiteral("site-1"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->engine, QStringLiteral("hierarchical"));
    QCOMPARE(loaded->pinned.size(), 2);
    QCOMPARE(loaded->pinned.value(7), QPointF(10.5, -20.3));
    QCOMPARE(loaded->pinned.value(3), QPointF(0, 400));
    QVERIFY(views.load(QStringLiteral("site-2"))->pinned.isEmpty());

    QFile broken(views.fileFor(QStringLiteral("broken")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("[1, 2");
    broken.close();
    const auto bad = views.load(QStringLiteral("broken"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestTopologyGraph)
#include "tst_topologygraph.moc"
