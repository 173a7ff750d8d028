// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/dashboard/workspaceviewsources.h"

#include "backend/store/store.h"
#include "backend/topology/viewstore.h"
#include "models/session/charts/metricstorechartsource.h"
#include "models/session/dashboard/chartsourcehub.h"
#include "models/session/inventory/inventoryservice.h"
#include "models/session/rack/storerackdatasource.h"
#include "models/session/topology/storetopologysource.h"

namespace OpsDeck::Models {

WorkspaceViewSources::WorkspaceViewSources(InventoryService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (!m_service)
        return;
    connect(m_service, &InventoryService::workspaceOpened, this, &WorkspaceViewSources::handleWorkspaceOpened);
    if (m_service->isOpen())
        handleWorkspaceOpened(m_service->workspace());
}

WorkspaceViewSources::~WorkspaceViewSources() = default;

void WorkspaceViewSources::handleWorkspaceOpened(const WorkspaceInfo &info)
{
    if (m_rack || m_topology || m_charts) {
        emit sourcesAboutToChange();
        delete m_rack;
        delete m_topology;
        delete m_charts;
    }
    const QString storePath = info.storePath;
    auto opener = [storePath]() -> Result<std::unique_ptr<Store::Store>> { return Store::Store::openSqlite(storePath); };
    m_rack = new StoreRackDataSource(opener, info.plansDir, this);
    m_topology = new StoreTopologySource(opener, Topology::ViewStore::viewsDirFor(info.plansDir), this);
    const QString metricsPath = info.metricsPath;
    m_charts = new ChartSourceHub(
        new MetricStoreChartSource([metricsPath] { return Metrics::MetricStore::openSqlite(metricsPath); }), this);
    emit sourcesChanged();
}

ChartDataSource *WorkspaceViewSources::createChartClient(QObject *owner) const
{
    return m_charts ? m_charts->createClient(owner) : nullptr;
}

void WorkspaceViewSources::refresh()
{
    if (auto *topology = qobject_cast<StoreTopologySource *>(m_topology))
        topology->refresh();
}

} // namespace OpsDeck::Models
