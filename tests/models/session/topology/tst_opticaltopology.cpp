// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// StoreTopologySource with an MCP sync in the store: optical links join the
// graph as optical edges between the matched NetBox devices, next to the
// cabling, and MCP alarms arrive as node alarm states.

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/session/topology/storetopologysource.h"
#include "tests/fixtures/mcp/mcpsyncedstore.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;

class TestOpticalTopology final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::SyncedStore m_synced;

    /// Optical links the fixture has between two distinct matched devices,
    /// per device pair (smaller id first).
    QHash<QPair<qint64, qint64>, int> expectedLinks() const
    {
        QHash<QString, qint64> deviceOfNe;
        for (const Mcp::NeMatch &m : m_synced.sync->matches())
            deviceOfNe.insert(m.networkElementId, m.deviceId);
        QHash<QString, QString> neOfTpe;
        for (const Mcp::Tpe &t : m_synced.server->inventory().tpes)
            neOfTpe.insert(t.id, t.networkElementId);
        QHash<QPair<qint64, qint64>, int> out;
        for (const Mcp::Fre &f : m_synced.server->inventory().fres) {
            if (!f.isOptical() || f.tpeIds.size() < 2)
                continue;
            const qint64 a = deviceOfNe.value(neOfTpe.value(f.tpeIds.constFirst()));
            const qint64 z = deviceOfNe.value(neOfTpe.value(f.tpeIds.constLast()));
            if (a && z && a != z)
                out[qMakePair(qMin(a, z), qMax(a, z))] += 1;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Status st = m_synced.open(m_dir.filePath(u"store.db"_s), 30, 5, 5);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    }

    void opticalLinksJoinTheGraph()
    {
        const QHash<QPair<qint64, qint64>, int> expected = expectedLinks();
        QVERIFY(!expected.isEmpty());
        const QString path = m_dir.filePath(u"store.db"_s);
        Models::StoreTopologySource source([path] { return Store::Store::openSqlite(path); },
                                           m_dir.filePath(u"views"_s));
        QSignalSpy graphs(&source, &Models::TopologyDataSource::graphLoaded);
        QSignalSpy alarms(&source, &Models::StoreTopologySource::alarmStatesLoaded);
        QSignalSpy errors(&source, &Models::TopologyDataSource::errorOccurred);
        const quint64 request = source.requestGraph(Topology::TopologyScope{});
        QTRY_VERIFY_WITH_TIMEOUT(!graphs.isEmpty() || !errors.isEmpty(), 30000);
        QVERIFY(errors.isEmpty());
        QCOMPARE(graphs.first().at(0).toULongLong(), request);
        const auto graph = graphs.first().at(1).value<Topology::TopologyGraph>();

        QHash<QPair<qint64, qint64>, int> got;
        QSet<QString> layers;
        int cableEdges = 0;
        for (const Topology::TopologyEdge &e : graph.edges) {
            if (!e.optical.isOptical()) {
                cableEdges += e.count() > 0;
                continue;
            }
            // Both ends are nodes of the graph, with the links' ports.
            QVERIFY(graph.indexOf(e.aDeviceId) >= 0);
            QVERIFY(graph.indexOf(e.bDeviceId) >= 0);
            QVERIFY(e.members.isEmpty());
            QCOMPARE(e.optical.aPorts.size(), e.optical.linkCount());
            QCOMPARE(e.optical.bPorts.size(), e.optical.linkCount());
            QVERIFY(e.optical.aPorts.constFirst().startsWith(u"PTP-"_s));
            layers.insert(e.optical.layerRate);
            got[qMakePair(qMin(e.aDeviceId, e.bDeviceId), qMax(e.aDeviceId, e.bDeviceId))] += e.optical.linkCount();
        }
        QCOMPARE(got, expected);
        QVERIFY(cableEdges > 0); // the NetBox cabling is still there
        QVERIFY(!layers.isEmpty());

        // Alarm states: active MCP alarms of each matched device.
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.first().at(0).toULongLong(), request);
        const auto states = alarms.first().at(1).value<QList<Topology::NodeState>>();
        QHash<QString, qint64> deviceOfNe;
        for (const Mcp::NeMatch &m : m_synced.sync->matches())
            deviceOfNe.insert(m.networkElementId, m.deviceId);
        QHash<qint64, int> critical;
        QHash<qint64, int> warning;
        for (const Mcp::Alarm &a : m_synced.server->inventory().alarms) {
            const qint64 device = deviceOfNe.value(a.networkElementId);
            if (!device || a.state != u"ACTIVE"_s || graph.indexOf(device) < 0)
                continue;
            if (a.severity == Mcp::AlarmSeverity::Critical || a.severity == Mcp::AlarmSeverity::Major)
                ++critical[device];
            else if (a.severity == Mcp::AlarmSeverity::Minor || a.severity == Mcp::AlarmSeverity::Warning)
                ++warning[device];
        }
        QVERIFY(!critical.isEmpty());
        QHash<qint64, int> gotCritical;
        QHash<qint64, int> gotWarning;
        for (const Topology::NodeState &s : states) {
            if (s.criticalAlarms)
                gotCritical.insert(s.deviceId, s.criticalAlarms);
            if (s.warningAlarms)
                gotWarning.insert(s.deviceId, s.warningAlarms);
        }
        QCOMPARE(gotCritical, critical);
        QCOMPARE(gotWarning, warning);
    }

    void scopeWithoutMcpKeepsPlainGraph()
    {
        // A store without an MCP sync: the graph has no optical edges.
        const QString path = m_dir.filePath(u"plain.db"_s);
        {
            auto store = Store::Store::openSqlite(path);
            QVERIFY(store.ok());
            QVERIFY(Demo::importDemoEstate(**store).ok());
        }
        Models::StoreTopologySource source([path] { return Store::Store::openSqlite(path); },
                                           m_dir.filePath(u"views2"_s));
        QSignalSpy graphs(&source, &Models::TopologyDataSource::graphLoaded);
        QSignalSpy alarms(&source, &Models::StoreTopologySource::alarmStatesLoaded);
        source.requestGraph(Topology::TopologyScope{});
        QTRY_VERIFY_WITH_TIMEOUT(!graphs.isEmpty(), 30000);
        const auto graph = graphs.first().at(1).value<Topology::TopologyGraph>();
        QVERIFY(!graph.edges.isEmpty());
        for (const Topology::TopologyEdge &e : graph.edges)
            QVERIFY(!e.optical.isOptical());
        QCOMPARE(alarms.size(), 1);
        QVERIFY(alarms.first().at(1).value<QList<Topology::NodeState>>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpticalTopology)
#include "tst_opticaltopology.moc"
