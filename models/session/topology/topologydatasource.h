// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>

#include "backend/core/result.h"
#include "backend/domain/viewstate.h"
#include "backend/topology/topologygraph.h"

namespace OpsDeck::Models {

/// Where topology views get their graphs and keep their per-view state: an
/// asynchronous interface the console implements over its session (or uses
/// StoreTopologySource). Every request returns a request number and ends in
/// exactly one answer signal carrying it, or errorOccurred() with it.
///
/// Lives on the GUI thread; implementations never block it.
class TopologyDataSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyDataSource)

public:
    using QObject::QObject;
    ~TopologyDataSource() override = default;

    /// Builds the graph of @p scope. Answered by graphLoaded().
    virtual quint64 requestGraph(const Topology::TopologyScope &scope) = 0;
    /// Reads the saved state of view @p key. Answered by viewLoaded().
    virtual quint64 loadView(const QString &key) = 0;
    /// Saves the state of view @p key. Answered by viewSaved().
    virtual quint64 saveView(const QString &key, const Domain::ViewState &state) = 0;

signals:
    void graphLoaded(quint64 request, const OpsDeck::Topology::TopologyGraph &graph);
    void viewLoaded(quint64 request, const QString &key, const OpsDeck::Domain::ViewState &state);
    void viewSaved(quint64 request, const QString &key);
    void errorOccurred(quint64 request, const OpsDeck::Error &error);
};

} // namespace OpsDeck::Models
