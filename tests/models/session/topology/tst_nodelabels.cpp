// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/topology/topologygraph.h"
#include "models/session/topology/nodelabels.h"

using namespace OpsDeck;

// The part of a device name a topology card keeps when the whole name does
// not fit: real naming schemes (site suffix or prefix, FQDN, rack and unit
// positions) lose what they share, never what tells devices apart.
class TestNodeLabels : public QObject
{
    Q_OBJECT

private slots:
    void distinguishingNames_data();
    void distinguishingNames();
    void labelsPerGroup();
};

void TestNodeLabels::distinguishingNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromUtf8(i);
        return out;
    };
    QTest::newRow("site suffix") << list({"spine01-ams1", "spine02-ams1", "leaf01-ams1", "leaf02-ams1"})
                                 << list({"spine01", "spine02", "leaf01", "leaf02"});
    QTest::newRow("site prefix and domain")
        << list({"ams1-leaf-01.example.net", "ams1-leaf-02.example.net", "ams1-spine-01.example.net"})
        << list({"leaf-01", "leaf-02", "spine-01"});
    QTest::newRow("a part keeps a letter") << list({"ams1-leaf-01", "ams1-leaf-02"}) << list({"leaf-01", "leaf-02"});
    QTest::newRow("suffix keeps a letter") << list({"01-leaf-ams1", "02-leaf-ams1"}) << list({"01-leaf", "02-leaf"});
    QTest::newRow("rack and unit") << list({"dc1-r12-u34-pdu-a", "dc1-r12-u35-pdu-b"})
                                   << list({"u34-pdu-a", "u35-pdu-b"});
    QTest::newRow("rack most share") << list({"ams1-core-1", "ams1-r002-leaf1", "ams1-r002-srv01"})
                                     << list({"core-1", "leaf1", "srv01"});
    QTest::newRow("site most share") << list({"ams1-core-1", "ams1-core-2", "ams1-r002-leaf1", "ams1-r003-leaf1",
                                              "lon1-edge-1", "fra1-edge-1"})
                                     << list({"core-1", "core-2", "r002-leaf1", "r003-leaf1", "lon1-edge-1",
                                              "fra1-edge-1"});
    QTest::newRow("racks shared by half") << list({"ams1-r002-leaf1", "ams1-r002-leaf2", "ams1-r003-leaf1",
                                                   "ams1-r003-leaf2"})
                                          << list({"r002-leaf1", "r002-leaf2", "r003-leaf1", "r003-leaf2"});
    QTest::newRow("ends some share stay") << list({"ams1-leaf-01.example.net", "ams1-leaf-02.example.net",
                                                   "ams1-spine-01.example.net", "ams1-spine-02.example.net"})
                                          << list({"leaf-01", "leaf-02", "spine-01", "spine-02"});
    QTest::newRow("whole words only") << list({"leaf1", "leaf2"}) << list({"leaf1", "leaf2"});
    QTest::newRow("the site is what differs") << list({"ams1-core-1", "fra1-core-1"}) << list({"ams1", "fra1"});
    QTest::newRow("nothing shared") << list({"ams1-core-1", "fra1-leaf-2"}) << list({"ams1-core-1", "fra1-leaf-2"});
    QTest::newRow("one name stays whole") << list({"spine01-ams1.example.net"}) << list({"spine01-ams1.example.net"});
    QTest::newRow("same name twice") << list({"spine01-ams1", "spine01-ams1"}) << list({"spine01-ams1", "spine01-ams1"});
    QTest::newRow("addresses stay whole") << list({"10.0.0.1", "10.0.0.2"}) << list({"10.0.0.1", "10.0.0.2"});
    QTest::newRow("a name that is the shared part") << list({"ams1", "ams1-leaf1"}) << list({"ams1", "ams1-leaf1"});
    QTest::newRow("empty names kept") << list({"", "x-ams1", "y-ams1"}) << list({"", "x", "y"});
    QTest::newRow("none") << QStringList() << QStringList();
}

void TestNodeLabels::distinguishingNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(Models::distinguishingNames(names), expected);
}

void TestNodeLabels::labelsPerGroup()
{
    Topology::TopologyGraph g;
    const auto node = [&](qint64 id, const char *name, const char *group) {
        Topology::TopologyNode n;
        n.deviceId = id;
        n.name = QString::fromLatin1(name);
        n.group = QString::fromLatin1(group);
        g.nodeIndex.insert(id, int(g.nodes.size()));
        g.nodes << n;
    };
    node(1, "spine01-ams1", "ams1");
    node(2, "spine01-fra1", "fra1");
    node(3, "leaf01-ams1", "ams1");
    node(4, "leaf01-fra1", "fra1");
    node(5, "lonely-lon1", "lon1");
    // Within a site's frame its suffix goes; across sites it would not.
    QCOMPARE(Models::topologyNodeLabels(g),
             QStringList({QStringLiteral("spine01"), QStringLiteral("spine01"), QStringLiteral("leaf01"),
                          QStringLiteral("leaf01"), QStringLiteral("lonely-lon1")}));
    for (Topology::TopologyNode &n : g.nodes)
        n.group.clear();
    QCOMPARE(Models::topologyNodeLabels(g), QStringList({QStringLiteral("spine01-ams1"), QStringLiteral("spine01-fra1"),
                                                         QStringLiteral("leaf01-ams1"), QStringLiteral("leaf01-fra1"),
                                                         QStringLiteral("lonely-lon1")}));
}

QTEST_GUILESS_MAIN(TestNodeLabels)
#include "tst_nodelabels.moc"
