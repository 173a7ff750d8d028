// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "backend/topology/topologylayouter.h"

using namespace OpsDeck;
using namespace OpsDeck::Topology;

using LayoutAnswer = Result<LayoutResult>;

namespace {

// Result has no default constructor, so read the stored argument in place.
const LayoutAnswer &answer(const QSignalSpy &spy, int i)
{
    return *static_cast<const LayoutAnswer *>(spy.at(i).at(1).constData());
}

} // namespace

class TestTopologyLayouter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hierarchicalRanksByRole();
    void meshOffTheGuiThread();
    void cancelDropsTheResult();
    void pinnedNodesStay();

private:
    QTemporaryDir m_dir;
    TopologySourceData m_data;
};

void TestTopologyLayouter::initTestCase()
{
    auto store = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.db")));
    QVERIFY(store.ok());
    QVERIFY(Demo::importDemoEstate(*store.value()).ok());
    auto data = TopologyBuilder::load(*store.value());
    QVERIFY(data.ok());
    m_data = std::move(data).value();
}

void TestTopologyLayouter::hierarchicalRanksByRole()
{
    TopologyScope scope;
    scope.kind = TopologyScope::Kind::Neighbourhood;
    scope.deviceId = [&] {
        for (const auto &d : m_data.devices) {
            if (d.name == QLatin1String("ams1-r001-leaf1"))
                return d.id;
        }
        return qint64(0);
    }();
    scope.hops = 1;
    const TopologyGraph g = TopologyBuilder::build(m_data, scope);
    QVERIFY(g.nodes.size() > 5);
    LayoutOptions options;
    options.engine = LayoutEngine::Hierarchical;
    const auto result = GraphLayout::compute(g, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->engine, LayoutEngine::Hierarchical);
    QCOMPARE(result->positions.size(), g.nodes.size());
    // Layers by role: every core above every leaf above every host.
    QHash<int, std::pair<double, double>> yRange; // tier -> (min, max)
    for (const TopologyNode &n : g.nodes) {
        const double y = result->positions.value(n.deviceId).y();
        auto it = yRange.find(int(n.tier));
        if (it == yRange.end())
            yRange.insert(int(n.tier), {y, y});
        else
            *it = {std::min(it->first, y), std::max(it->second, y)};
    }
    QVERIFY(yRange.contains(int(Tier::Core)) && yRange.contains(int(Tier::Access)) && yRange.contains(int(Tier::Host)));
    QVERIFY(yRange.value(int(Tier::Core)).second < yRange.value(int(Tier::Access)).first);
    QVERIFY(yRange.value(int(Tier::Access)).second < yRange.value(int(Tier::Host)).first);
    // Nodes do not overlap within a rank.
    const QList<QPointF> points = result->positions.values();
    for (int i = 0; i < points.size(); ++i) {
        for (int j = i + 1; j < points.size(); ++j) {
            const QPointF d = points.at(i) - points.at(j);
            QVERIFY(std::abs(d.x()) >= GraphLayout::nodeWidth - 1 || std::abs(d.y()) >= GraphLayout::nodeHeight - 1);
        }
    }
}

void TestTopologyLayouter::meshOffTheGuiThread()
{
    const TopologyGraph g = TopologyBuilder::build(m_data, {});
    TopologyLayouter layouter;
    QSignalSpy spy(&layouter, &TopologyLayouter::finished);
    LayoutOptions options;
    QCOMPARE(GraphLayout::resolve(options.engine, g), LayoutEngine::Mesh);
    const quint64 ticket = layouter.requestLayout(g, options);
    QVERIFY(ticket != 0);
    QVERIFY(layouter.isBusy());
    QCOMPARE(spy.count(), 0); // nothing ran on this thread
    QVERIFY(spy.wait(120000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), ticket);
    const LayoutAnswer &result = answer(spy, 0);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->threadName, QStringLiteral("opsdeck-topology-layout"));
    QVERIFY(QThread::currentThread() != layouter.workerThread());
    QCOMPARE(result->positions.size(), g.nodes.size());
    QVERIFY(result->bounds.width() > GraphLayout::nodeWidth * 5);
    QVERIFY(!layouter.isBusy());
}

void TestTopologyLayouter::cancelDropsTheResult()
{
    const TopologyGraph big = TopologyBuilder::build(m_data, {});
    TopologyScope small;
    small.kind = TopologyScope::Kind::Role;
    small.role = QStringLiteral("Core Switch");
    const TopologyGraph cores = TopologyBuilder::build(m_data, small);

    TopologyLayouter layouter;
    QSignalSpy spy(&layouter, &TopologyLayouter::finished);
    const quint64 first = layouter.requestLayout(big, {});
    const quint64 second = layouter.requestLayout(big, {});
    const quint64 third = layouter.requestLayout(cores, {});
    layouter.cancel(first);
    layouter.cancel(second);
    // Cancel answers at once, whether the layout is running or queued.
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), first);
    QCOMPARE(answer(spy, 0).error().code, ErrorCode::Cancelled);
    QCOMPARE(spy.at(1).at(0).value<quint64>(), second);
    QVERIFY(layouter.isBusy());

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 120000);
    QCOMPARE(spy.at(2).at(0).value<quint64>(), third);
    const LayoutAnswer &result = answer(spy, 2);
    QVERIFY(result.ok());
    QCOMPARE(result->positions.size(), 2);
    // The cancelled layouts never answer again.
    QVERIFY(!spy.wait(200));
    QCOMPARE(spy.count(), 3);
    layouter.cancel(third); // already answered: no second answer
    QCOMPARE(spy.count(), 3);

    // A flag set before the call skips the work entirely.
    std::atomic_bool cancelled{true};
    const auto skipped = GraphLayout::compute(big, {}, &cancelled);
    QVERIFY(!skipped.ok());
    QCOMPARE(skipped.error().code, ErrorCode::Cancelled);
}

void TestTopologyLayouter::pinnedNodesStay()
{
    const TopologyGraph g = TopologyBuilder::build(m_data, {});
    QVERIFY(g.nodes.size() > 20);
    const qint64 pinnedId = g.nodes.at(3).deviceId;
    for (LayoutEngine engine : {LayoutEngine::Hierarchical, LayoutEngine::Mesh}) {
        LayoutOptions options;
        options.engine = engine;
        options.pinned.insert(pinnedId, QPointF(-5000, 7000));
        const auto result = GraphLayout::compute(g, options);
        QVERIFY(result.ok());
        QCOMPARE(result->positions.value(pinnedId), QPointF(-5000, 7000));
        QVERIFY(result->bounds.contains(QPointF(-5000, 7000)));
    }
}

QTEST_GUILESS_MAIN(TestTopologyLayouter)
#include "tst_topologylayouter.moc"
