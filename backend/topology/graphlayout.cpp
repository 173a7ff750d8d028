// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/topology/graphlayout.h"

#include <algorithm>
#include <memory>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

Q_LOGGING_CATEGORY(lcTopologyLayout, "opsdeck.topology.layout", QtWarningMsg)

namespace OpsDeck::Topology {

namespace {

// Older Graphviz headers take char * for strings they never modify.
char *mut(const char *s)
{
    return const_cast<char *>(s);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, mut(name), mut(value.constData()), mut(""));
}

QMutex &layoutMutex()
{
    static QMutex mutex;
    return mutex;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, QStringLiteral("layout cancelled"));
}

struct GraphDeleter
{
    void operator()(Agraph_t *g) const { agclose(g); }
};

struct ContextDeleter
{
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 3);
}

} // namespace

int GraphLayout::defaultIterations(int nodeCount)
{
    if (nodeCount < 500)
        return 600;
    if (nodeCount >= 2000)
        return 150;
    return 600 - (nodeCount - 500) * 450 / 1500;
}

LayoutEngine GraphLayout::resolve(LayoutEngine engine, const TopologyGraph &graph)
{
    if (engine != LayoutEngine::Auto)
        return engine;
    return graph.nodes.size() <= 250 && graph.edges.size() <= 800 ? LayoutEngine::Hierarchical : LayoutEngine::Mesh;
}

Result<LayoutResult> GraphLayout::compute(const TopologyGraph &graph, const LayoutOptions &options,
                                          const std::atomic_bool *cancel)
{
    if (cancelled(cancel))
        return cancelledError();
    LayoutResult result;
    result.engine = resolve(options.engine, graph);
    result.threadName = QThread::currentThread()->objectName();
    if (graph.nodes.isEmpty())
        return result;

    QMutexLocker lock(&layoutMutex());
    if (cancelled(cancel))
        return cancelledError();

    std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
    if (!gvc)
        return Error(ErrorCode::Unsupported, QStringLiteral("cannot create a Graphviz context"));
    std::unique_ptr<Agraph_t, GraphDeleter> g(agopen(mut("topology"), Agundirected, nullptr));
    if (!g)
        return Error(ErrorCode::Unsupported, QStringLiteral("cannot create a Graphviz graph"));

    const bool dot = result.engine == LayoutEngine::Hierarchical;
    const int iterations = options.maxIterations > 0 ? options.maxIterations : defaultIterations(int(graph.nodes.size()));
    // Only node positions are used: the scene draws straight edges, so
    // Graphviz's spline routing (the costliest phase of dot) is skipped.
    set(g.get(), "splines", "");
    set(g.get(), "outputorder", "edgesfirst");
    if (dot) {
        set(g.get(), "rankdir", "TB");
        set(g.get(), "nodesep", "0.35");
        set(g.get(), "ranksep", "1.1");
        set(g.get(), "newrank", "true");
        set(g.get(), "mclimit", "0.5");
    } else {
        // Prism overlap removal is most of sfdp's time on large graphs (about
        // 2 s of 2.6 s at 1,500 nodes), so above 600 nodes only its scaling
        // pass runs ("prism0"); the repulsion below keeps nodes apart.
        const bool large = graph.nodes.size() > 600;
        set(g.get(), "overlap", result.engine == LayoutEngine::Mesh ? (large ? "prism0" : "prism") : "scalexy");
        set(g.get(), "maxiter", QByteArray::number(iterations));
        set(g.get(), "sep", "+12");
        if (result.engine == LayoutEngine::Mesh) {
            set(g.get(), "K", "1.4");
            set(g.get(), "repulsiveforce", "1.2");
            // Barnes-Hut with Graphviz's fast quadtree: about 40 % less time
            // at 1,500 nodes for a layout of the same shape and spread.
            if (large)
                set(g.get(), "quadtree", "fast");
        } else {
            set(g.get(), "mode", "major");
            set(g.get(), "epsilon", "0.001");
        }
    }
    const QByteArray width = inches(nodeWidth);
    const QByteArray height = inches(nodeHeight);

    // Subgraphs: clusters per group (dot draws them as boxes) and, inside
    // each, one rank=same subgraph per tier so that roles stay in layers.
    // A wide layer (dozens of leaves or servers under one parent) is
    // staggered over up to three rows, as Graphviz's unflatten does: its
    // nodes leave the rank=same subgraph and their edges get minlen 1..3.
    QHash<int, int> perTier;
    for (const TopologyNode &n : graph.nodes)
        ++perTier[int(n.tier)];
    const auto rowsFor = [&](Tier tier) {
        const int count = perTier.value(int(tier));
        return dot && tier != Tier::Core && count > 12 ? std::min(3, (count + 9) / 10) : 1;
    };
    QHash<qint64, int> ordinal;
    {
        QHash<int, int> next;
        for (const TopologyNode &n : graph.nodes)
            ordinal.insert(n.deviceId, next[int(n.tier)]++);
    }
    QHash<qint64, Tier> tierOf;
    for (const TopologyNode &n : graph.nodes)
        tierOf.insert(n.deviceId, n.tier);

    QMap<QString, Agraph_t *> clusters;
    QMap<std::pair<QString, int>, Agraph_t *> ranks;
    const auto parentFor = [&](const TopologyNode &n) -> Agraph_t * {
        if (!dot)
            return g.get();
        Agraph_t *parent = g.get();
        if (options.clusters && !n.group.isEmpty()) {
            Agraph_t *&c = clusters[n.group];
            if (!c) {
                const QByteArray name = "cluster_" + QByteArray::number(clusters.size());
                c = agsubg(g.get(), mut(name.constData()), 1);
                set(c, "label", n.group.toUtf8());
                set(c, "margin", "18");
            }
            parent = c;
        }
        if (rowsFor(n.tier) > 1)
            return parent;
        Agraph_t *&r = ranks[{n.group, int(n.tier)}];
        if (!r) {
            const QByteArray name = "rank_" + QByteArray::number(ranks.size());
            r = agsubg(parent, mut(name.constData()), 1);
            set(r, "rank", "same");
        }
        return r;
    };

    QHash<qint64, Agnode_t *> nodes;
    nodes.reserve(graph.nodes.size());
    for (const TopologyNode &n : graph.nodes) {
        const QByteArray name = QByteArray::number(n.deviceId);
        Agraph_t *parent = parentFor(n);
        Agnode_t *node = agnode(parent, mut(name.constData()), 1);
        if (parent != g.get())
            agsubnode(g.get(), node, 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "width", width);
        set(node, "height", height);
        set(node, "label", "");
        const auto pin = options.pinned.constFind(n.deviceId);
        if (!dot && pin != options.pinned.constEnd()) {
            // Graphviz's y axis points up.
            set(node, "pos", QByteArray::number(pin->x(), 'f', 1) + ',' + QByteArray::number(-pin->y(), 'f', 1) + '!');
            set(node, "pin", "true");
        }
        nodes.insert(n.deviceId, node);
    }
    for (const TopologyEdge &e : graph.edges) {
        Agnode_t *a = nodes.value(e.aDeviceId);
        Agnode_t *b = nodes.value(e.bDeviceId);
        if (!a || !b)
            continue;
        Agedge_t *edge = agedge(g.get(), a, b, nullptr, 1);
        // Bundles of many cables pull harder and, in dot, stay short.
        if (e.count() > 1)
            set(edge, "weight", QByteArray::number(std::min(e.count(), 8)));
        const Tier lower = tierOf.value(e.bDeviceId);
        if (const int rows = rowsFor(lower); rows > 1 && tierOf.value(e.aDeviceId) != lower)
            set(edge, "minlen", QByteArray::number(1 + ordinal.value(e.bDeviceId) % rows));
    }

    if (gvLayout(gvc.get(), g.get(), dot ? "dot" : result.engine == LayoutEngine::Mesh ? "sfdp" : "neato") != 0)
        return Error(ErrorCode::Unknown, QStringLiteral("Graphviz could not lay out the graph"));
    if (cancelled(cancel)) {
        gvFreeLayout(gvc.get(), g.get());
        return cancelledError();
    }

    QRectF bounds;
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const pointf p = ND_coord(it.value());
        const QPointF pos = options.pinned.value(it.key(), QPointF(p.x, -p.y));
        result.positions.insert(it.key(), pos);
        bounds |= QRectF(pos.x() - nodeWidth / 2, pos.y() - nodeHeight / 2, nodeWidth, nodeHeight);
    }
    result.bounds = bounds;
    gvFreeLayout(gvc.get(), g.get());
    qCDebug(lcTopologyLayout) << "laid out" << graph.nodes.size() << "nodes," << graph.edges.size() << "edges";
    return result;
}

} // namespace OpsDeck::Topology
