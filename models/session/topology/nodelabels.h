// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OpsDeck::Topology {
struct TopologyGraph;
}

namespace OpsDeck::Models {

/// The part of each name that tells it apart from the others: the name
/// without what it shares with them, cut at separators ('-', '.', '_', '/',
/// ':' or a space) so that whole words go. A suffix goes when every name has
/// it, a prefix when at least half of them (and two) start with it:
/// "spine01-ams1" and "leaf01-ams1" give "spine01" and "leaf01";
/// "ams1-leaf-01.example.net" and "ams1-spine-01.example.net" give
/// "leaf-01" and "spine-01"; in a graph of ams1 devices and two edge routers
/// elsewhere "ams1-r002-leaf1" gives "r002-leaf1" and "lon1-edge-1" stays.
/// A part never lacks a letter ("ams1-leaf-01" and "ams1-leaf-02" give
/// "leaf-01" and "leaf-02", not "01" and "02"), is never empty, and distinct
/// names keep distinct parts (they lose less where they would not); fewer
/// than two distinct names stay whole. Same order as @p names. Pure; any
/// thread.
[[nodiscard]] QStringList distinguishingNames(const QStringList &names);

/// The distinguishing part of every node name of @p graph (by node index),
/// computed among the nodes of the same group (the frame drawn around them,
/// which names what they share), or among all nodes when ungrouped.
[[nodiscard]] QStringList topologyNodeLabels(const Topology::TopologyGraph &graph);

} // namespace OpsDeck::Models
