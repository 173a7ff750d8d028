// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>

#include <QHash>
#include <QMetaType>
#include <QPointF>
#include <QRectF>

#include "backend/core/result.h"
#include "backend/topology/topologygraph.h"

namespace OpsDeck::Topology {

/// Graphviz engines the views offer as presets.
enum class LayoutEngine {
    Auto,         ///< Hierarchical for small graphs, Mesh for large ones
    Hierarchical, ///< dot, ranked by role tier: core > distribution > access > hosts
    Mesh,         ///< sfdp (multilevel force-directed), for large meshes
    Spring,       ///< neato (stress majorisation), for small meshes
};

struct LayoutOptions
{
    LayoutEngine engine = LayoutEngine::Auto;
    /// Positions (scene units, y down) the user pinned; they are kept as is,
    /// and force-directed engines lay the others out around them.
    QHash<qint64, QPointF> pinned;
    /// Upper bound on sfdp/neato iterations; 0 picks one from the graph size
    /// (sfdp: 600 below 500 nodes, falling to 150 at 2,000 and above).
    int maxIterations = 0;
    /// Draw clusters for the scope's grouping (dot only).
    bool clusters = true;
};

/// Node positions (centres, scene units = points, y down) of one layout.
struct LayoutResult
{
    QHash<qint64, QPointF> positions;
    QRectF bounds;
    LayoutEngine engine = LayoutEngine::Auto; ///< the engine actually used
    QString threadName;                       ///< the thread that ran it (diagnostics)
};

/// Graphviz (libgvc/libcgraph) layouts of topology graphs. gvLayout is not
/// safe to run concurrently in every Graphviz release, so every call holds
/// one process-wide mutex for the duration of the layout. Blocking: call it
/// from a worker thread (TopologyLayouter does).
class GraphLayout final
{
public:
    /// Node size the layout reserves, in points; the scene draws nodes this size.
    static constexpr double nodeWidth = 132;
    static constexpr double nodeHeight = 40;

    /// Lays out @p graph. @p cancel, when set before or while waiting for the
    /// mutex, skips the work; once gvLayout runs it cannot be interrupted, so
    /// a cancel arriving then drops its result. Returns Cancelled in both cases.
    [[nodiscard]] static Result<LayoutResult> compute(const TopologyGraph &graph, const LayoutOptions &options,
                                                      const std::atomic_bool *cancel = nullptr);
    [[nodiscard]] static LayoutEngine resolve(LayoutEngine engine, const TopologyGraph &graph);
    /// The sfdp/neato iteration bound used when options.maxIterations is 0.
    [[nodiscard]] static int defaultIterations(int nodeCount);
};

} // namespace OpsDeck::Topology

Q_DECLARE_METATYPE(OpsDeck::Topology::LayoutResult)
