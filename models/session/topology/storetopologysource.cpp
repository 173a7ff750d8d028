// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/topology/storetopologysource.h"

#include <optional>

#include "backend/mcp/mcpinventorystore.h"
#include "backend/mcp/mcptopology.h"
#include "backend/store/store.h"
#include "backend/topology/viewstore.h"

namespace OpsDeck::Models {

struct StoreTopologySource::Shared
{
    StoreOpener opener;
    Topology::ViewStore views;
    std::unique_ptr<Store::Store> store;
    std::optional<Topology::TopologySourceData> data;
    std::optional<Mcp::StoredInventory> optical;

    Result<const Topology::TopologySourceData *> estate()
    {
        if (!store) {
            auto opened = opener();
            if (!opened)
                return opened.error();
            store = std::move(opened).value();
        }
        if (!data) {
            auto loaded = Topology::TopologyBuilder::load(*store);
            if (!loaded)
                return loaded.error();
            data = std::move(loaded).value();
        }
        if (!optical) {
            auto loaded = Mcp::McpInventoryStore::load(*store);
            if (!loaded)
                return loaded.error();
            optical = std::move(loaded).value();
        }
        return &*data;
    }
};

StoreTopologySource::StoreTopologySource(StoreOpener opener, QString viewsDir, QObject *parent)
    : TopologyDataSource(parent)
    , m_worker(new QObject)
    , m_shared(std::make_shared<Shared>(Shared{std::move(opener), Topology::ViewStore(std::move(viewsDir)), {}, {}, {}}))
{
    m_thread.setObjectName(QStringLiteral("opsdeck-topology"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The store is opened and closed on the worker thread.
    connect(&m_thread, &QThread::finished, m_worker, [shared = m_shared] { shared->store.reset(); },
            Qt::DirectConnection);
    m_thread.start();
}

StoreTopologySource::~StoreTopologySource()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 StoreTopologySource::requestGraph(const Topology::TopologyScope &scope)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, shared = m_shared, request, scope] {
        auto estate = shared->estate();
        if (!estate) {
            QMetaObject::invokeMethod(this, [this, request, error = estate.error()] { emit errorOccurred(request, error); },
                                      Qt::QueuedConnection);
            return;
        }
        const Mcp::StoredInventory &mcp = *shared->optical;
        Topology::TopologyGraph graph;
        if (mcp.inventory.fres.isEmpty()) {
            graph = Topology::TopologyBuilder::build(*estate.value(), scope);
        } else {
            // Devices with only optical links must survive the scope's
            // unlinked filter: build with them, then drop the ones still unlinked.
            Topology::TopologyScope wide = scope;
            wide.includeUnlinked = true;
            graph = Topology::TopologyBuilder::build(*estate.value(), wide);
            Mcp::McpTopology::addOpticalEdges(graph, mcp.inventory, mcp.matches, !scope.includeUnlinked);
            graph.scope = scope;
        }
        QList<Topology::NodeState> states;
        for (const Topology::NodeState &s : Mcp::McpTopology::alarmStates(mcp.inventory, mcp.matches)) {
            if (graph.indexOf(s.deviceId) >= 0)
                states.append(s);
        }
        QMetaObject::invokeMethod(this, [this, request, graph = std::move(graph), states = std::move(states)] {
            emit alarmStatesLoaded(request, states);
            emit graphLoaded(request, graph);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

quint64 StoreTopologySource::loadView(const QString &key)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, shared = m_shared, request, key] {
        auto state = shared->views.load(key);
        QMetaObject::invokeMethod(this, [this, request, key, state = std::move(state)] {
            if (state)
                emit viewLoaded(request, key, state.value());
            else
                emit errorOccurred(request, state.error());
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

quint64 StoreTopologySource::saveView(const QString &key, const Domain::ViewState &state)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, shared = m_shared, request, key, state] {
        const Status saved = shared->views.save(key, state);
        QMetaObject::invokeMethod(this, [this, request, key, saved] {
            if (saved)
                emit viewSaved(request, key);
            else
                emit errorOccurred(request, saved.error());
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

void StoreTopologySource::refresh()
{
    QMetaObject::invokeMethod(m_worker, [shared = m_shared] {
        shared->data.reset();
        shared->optical.reset();
    }, Qt::QueuedConnection);
}

} // namespace OpsDeck::Models
