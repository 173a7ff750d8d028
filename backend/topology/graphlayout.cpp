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

// Graph attributes of the engine. Only node positions are used: the scene
// draws straight edges, so Graphviz's spline routing (the costliest phase of
// dot) is skipped.
void setEngineAttributes(Agraph_t *g, LayoutEngine engine, qsizetype nodeCount, int iterations)
{
    set(g, "splines", "");
    set(g, "outputorder", "edgesfirst");
    if (engine == LayoutEngine::Hierarchical) {
        set(g, "rankdir", "TB");
        set(g, "nodesep", "0.35");
        set(g, "ranksep", "1.1");
        set(g, "newrank", "true");
        set(g, "mclimit", "0.5");
        return;
    }
    // Prism overlap removal is most of sfdp's time on large graphs (about
    // 2 s of 2.6 s at 1,500 nodes), so above 600 nodes only its scaling
    // pass runs ("prism0"); the repulsion below keeps nodes apart.
    const bool large = nodeCount > 600;
    set(g, "overlap", engine == LayoutEngine::Mesh ? (large ? "prism0" : "prism") : "scalexy");
    set(g, "maxiter", QByteArray::number(iterations));
    set(g, "sep", "+12");
    if (engine == LayoutEngine::Mesh) {
        set(g, "K", "1.4");
        set(g, "repulsiveforce", "1.2");
        // Barnes-Hut with Graphviz's fast quadtree: about 40 % less time
        // at 1,500 nodes for a layout of the same shape and spread.
        if (large)
            set(g, "quadtree", "fast");
    } else {
        set(g, "mode", "major");
        set(g, "epsilon", "0.001");
    }
}

// Builds the Graphviz graph of a topology. For dot: clusters per group (drawn
// as boxes) and, inside each, one rank=same subgraph per tier so that roles
// stay in layers. A wide layer (dozens of leaves or servers under one parent)
// is staggered over up to three rows, as Graphviz's unflatten does: its nodes
// leave the rank=same subgraph and their edges get minlen 1..3.
class GraphBuilder
{
public:
    GraphBuilder(Agraph_t *g, const TopologyGraph &graph, const LayoutOptions &options, bool dot)
        : m_g(g)
        , m_graph(graph)
        , m_options(options)
        , m_dot(dot)
    {
        QHash<int, int> next;
        for (const TopologyNode &n : graph.nodes) {
            ++m_perTier[int(n.tier)];
            m_ordinal.insert(n.deviceId, next[int(n.tier)]++);
            m_tierOf.insert(n.deviceId, n.tier);
        }
    }

    void addNodes()
    {
        const QByteArray width = inches(GraphLayout::nodeWidth);
        const QByteArray height = inches(GraphLayout::nodeHeight);
        m_nodes.reserve(m_graph.nodes.size());
        for (const TopologyNode &n : m_graph.nodes) {
            const QByteArray name = QByteArray::number(n.deviceId);
            Agraph_t *parent = parentFor(n);
            Agnode_t *node = agnode(parent, mut(name.constData()), 1);
            if (parent != m_g)
                agsubnode(m_g, node, 1);
            set(node, "shape", "box");
            set(node, "fixedsize", "true");
            set(node, "width", width);
            set(node, "height", height);
            set(node, "label", "");
            const auto pin = m_options.pinned.constFind(n.deviceId);
            if (!m_dot && pin != m_options.pinned.constEnd()) {
                // Graphviz's y axis points up.
                set(node, "pos",
                    QByteArray::number(pin->x(), 'f', 1) + ',' + QByteArray::number(-pin->y(), 'f', 1) + '!');
                set(node, "pin", "true");
            }
            m_nodes.insert(n.deviceId, node);
        }
    }

    void addEdges()
    {
        for (const TopologyEdge &e : m_graph.edges) {
            Agnode_t *a = m_nodes.value(e.aDeviceId);
            Agnode_t *b = m_nodes.value(e.bDeviceId);
            if (!a || !b)
                continue;
            Agedge_t *edge = agedge(m_g, a, b, nullptr, 1);
            // Bundles of many cables pull harder and, in dot, stay short.
            if (e.count() > 1)
                set(edge, "weight", QByteArray::number(std::min(e.count(), 8)));
            const Tier lower = m_tierOf.value(e.bDeviceId);
            if (const int rows = rowsFor(lower); rows > 1 && m_tierOf.value(e.aDeviceId) != lower)
                set(edge, "minlen", QByteArray::number(1 + m_ordinal.value(e.bDeviceId) % rows));
        }
    }

    /// Positions after gvLayout, in scene coordinates (pinned nodes stay put).
    void readPositions(LayoutResult &result) const
    {
        QRectF bounds;
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            const pointf p = ND_coord(it.value());
            const QPointF pos = m_options.pinned.value(it.key(), QPointF(p.x, -p.y));
            result.positions.insert(it.key(), pos);
            bounds |= QRectF(pos.x() - GraphLayout::nodeWidth / 2, pos.y() - GraphLayout::nodeHeight / 2,
                             GraphLayout::nodeWidth, GraphLayout::nodeHeight);
        }
        result.bounds = bounds;
    }

private:
    int rowsFor(Tier tier) const
    {
        const int count = m_perTier.value(int(tier));
        return m_dot && tier != Tier::Core && count > 12 ? std::min(3, (count + 9) / 10) : 1;
    }

    Agraph_t *parentFor(const TopologyNode &n)
    {
        if (!m_dot)
            return m_g;
        Agraph_t *parent = m_g;
        if (m_options.clusters && !n.group.isEmpty()) {
            Agraph_t *&c = m_clusters[n.group];
            if (!c) {
                const QByteArray name = "cluster_" + QByteArray::number(m_clusters.size());
                c = agsubg(m_g, mut(name.constData()), 1);
                set(c, "label", n.group.toUtf8());
                set(c, "margin", "18");
            }
            parent = c;
        }
        if (rowsFor(n.tier) > 1)
            return parent;
        Agraph_t *&r = m_ranks[{n.group, int(n.tier)}];
        if (!r) {
            const QByteArray name = "rank_" + QByteArray::number(m_ranks.size());
            r = agsubg(parent, mut(name.constData()), 1);
            set(r, "rank", "same");
        }
        return r;
    }

    Agraph_t *m_g;
    const TopologyGraph &m_graph;
    const LayoutOptions &m_options;
    const bool m_dot;
    QHash<int, int> m_perTier;
    QHash<qint64, int> m_ordinal;
    QHash<qint64, Tier> m_tierOf;
    QMap<QString, Agraph_t *> m_clusters;
    QMap<std::pair<QString, int>, Agraph_t *> m_ranks;
    QHash<qint64, Agnode_t *> m_nodes;
};

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
    const int iterations =
        options.maxIterations > 0 ? options.maxIterations : defaultIterations(int(graph.nodes.size()));
    setEngineAttributes(g.get(), result.engine, graph.nodes.size(), iterations);
    GraphBuilder builder(g.get(), graph, options, dot);
    builder.addNodes();
    builder.addEdges();

    if (gvLayout(gvc.get(), g.get(), dot ? "dot" : result.engine == LayoutEngine::Mesh ? "sfdp" : "neato") != 0)
        return Error(ErrorCode::Unknown, QStringLiteral("Graphviz could not lay out the graph"));
    if (cancelled(cancel)) {
        gvFreeLayout(gvc.get(), g.get());
        return cancelledError();
    }
    builder.readPositions(result);
    gvFreeLayout(gvc.get(), g.get());
    qCDebug(lcTopologyLayout) << "laid out" << graph.nodes.size() << "nodes," << graph.edges.size() << "edges";
    return result;
}

} // namespace OpsDeck::Topology
