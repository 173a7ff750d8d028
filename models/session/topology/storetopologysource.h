// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QThread>

#include "backend/topology/livestate.h"
#include "models/session/topology/topologydatasource.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Models {

/// A TopologyDataSource over a workspace's store and views folder
/// (Topology::ViewStore::viewsDirFor(workspace.plansDir())). A worker on a
/// thread this object owns ("opsdeck-topology") opens its own Store with
/// @p opener on that thread, reads the estate once (refresh() drops that
/// cache after a sync), builds graphs and reads and writes the view files.
///
/// The optical domain joins the graph: the Ciena MCP links the last MCP
/// sync left in the store (mcp_* tables) become edges with
/// TopologyEdge::optical set (layer rate, FREs, ports, alarms) between the
/// NetBox devices their network elements are matched to, and devices with
/// only optical links are kept in the scope. The active MCP alarms per
/// device arrive with every graph as alarmStatesLoaded(), in the shape
/// TopologyModel::applyNodeStates() takes.
///
/// Lives on the GUI thread. The destructor stops the thread and waits.
class StoreTopologySource final : public TopologyDataSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreTopologySource)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<Store::Store>>()>;

    StoreTopologySource(StoreOpener opener, QString viewsDir, QObject *parent = nullptr);
    ~StoreTopologySource() override;

    quint64 requestGraph(const Topology::TopologyScope &scope) override;
    quint64 loadView(const QString &key) override;
    quint64 saveView(const QString &key, const Domain::ViewState &state) override;
    /// Forgets the cached estate (NetBox and MCP): the next graph is read
    /// from the store again.
    void refresh();

signals:
    /// MCP alarm counts of the devices of the graph answering `request`
    /// (emitted just before its graphLoaded()).
    void alarmStatesLoaded(quint64 request, const QList<OpsDeck::Topology::NodeState> &states);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread
    struct Shared;
    std::shared_ptr<Shared> m_shared; ///< touched only on m_thread
    quint64 m_nextRequest = 1;
};

} // namespace OpsDeck::Models
