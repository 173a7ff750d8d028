// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "models/session/inventory/inventorytypes.h"

namespace OpsDeck::Models {

class ChartDataSource;
class ChartSourceHub;
class InventoryService;
class RackDataSource;
class TopologyDataSource;

/// The data sources of the console's views for the open workspace: racks
/// (StoreRackDataSource), topology (StoreTopologySource) and charts (a
/// MetricStoreChartSource on the workspace's metric store, shared through a
/// ChartSourceHub). Each source opens its own store connection on its own
/// thread. Recreated when another workspace opens (sourcesChanged()); the
/// views holding the old ones must drop them then. Null until a workspace is
/// open. Lives on the GUI thread; does not own the service.
class WorkspaceViewSources final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceViewSources)

public:
    explicit WorkspaceViewSources(InventoryService *service, QObject *parent = nullptr);
    ~WorkspaceViewSources() override;

    [[nodiscard]] RackDataSource *rackSource() const { return m_rack; }
    [[nodiscard]] TopologyDataSource *topologySource() const { return m_topology; }
    [[nodiscard]] ChartSourceHub *chartHub() const { return m_charts; }
    /// A chart source for one view, owned by @p owner; null without a workspace.
    [[nodiscard]] ChartDataSource *createChartClient(QObject *owner) const;
    /// Drops cached estate data after the store changed (a sync, a reload).
    void refresh();

signals:
    /// About to replace the sources: views must let go of them now.
    void sourcesAboutToChange();
    /// New sources for a newly opened workspace.
    void sourcesChanged();

private:
    void handleWorkspaceOpened(const WorkspaceInfo &info);

    QPointer<InventoryService> m_service;
    RackDataSource *m_rack = nullptr;
    TopologyDataSource *m_topology = nullptr;
    ChartSourceHub *m_charts = nullptr;
};

} // namespace OpsDeck::Models
