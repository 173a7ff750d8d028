// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// MainWindow: the context menus of the navigation tree, the device table
// and the topology.
#include "widgets/console/mainwindow.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QTreeView>
#include <QUrl>

#include "models/inventory/devicetablemodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/topology/topologymodel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"
#include "widgets/topology/topologywidget.h"

namespace OpsDeck::Widgets {

using Models::NavigationTreeModel;
using Models::NodeKind;

void MainWindow::addDeviceViewActions(QMenu *menu, qint64 deviceId)
{
    const Domain::Device d = device(deviceId);
    menu->addAction(tr("Open Dashboard"), this, [this, deviceId] { openDashboard(deviceId); });
    menu->addAction(tr("Configuration History"), this, [this, deviceId] { requestConfigHistory(deviceId); });
    menu->addAction(tr("Edit Device…"), this, [this, d] { emit deviceEditRequested(d); });
    QAction *rack = menu->addAction(tr("Show in Rack"), this, [this, d] { showRack(d.rackId, d.id); });
    rack->setEnabled(d.rackId != 0);
    QMenu *around = menu->addMenu(tr("Show Topology Around"));
    for (int hops = 1; hops <= 3; ++hops)
        around->addAction(tr("%n hop(s)", nullptr, hops), this,
                          [this, deviceId, hops] { showTopologyAround(deviceId, hops); });
}

void MainWindow::addOperationActions(QMenu *menu, const QList<Domain::Device> &devices,
                                     const Models::OperationScope &scope)
{
    QMenu *operations = menu->addMenu(tr("Operations"));
    const auto add = [&](Models::OperationKind kind, const QString &text) {
        operations->addAction(text, this,
                              [this, kind, devices, scope] { emit operationRequested(kind, devices, scope); });
    };
    add(Models::OperationKind::Backup, tr("Back Up Now…"));
    add(Models::OperationKind::Commands, tr("Run Commands…"));
    add(Models::OperationKind::Workflow, tr("Launch Workflow…"));
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    const NodeKind kind = NodeKind(index.data(NavigationTreeModel::KindRole).toInt());
    const qint64 id = index.data(NavigationTreeModel::IdRole).toLongLong();
    const QString name = index.sibling(index.row(), 0).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Copy Name"), this, [name] { QGuiApplication::clipboard()->setText(name); });
    if (kind == NodeKind::Device) {
        const Domain::Device d = device(id);
        QAction *ip = menu.addAction(tr("Copy IP Address"), this,
                                     [d] { QGuiApplication::clipboard()->setText(d.primaryIp.section(u'/', 0, 0)); });
        ip->setEnabled(!d.primaryIp.isEmpty());
        menu.addAction(tr("Show Details"), this, [this, id] {
            selectDevice(id);
            showDetailsDock();
        });
        addDeviceViewActions(&menu, id);
        addOperationActions(&menu, {d});
    }
    if (kind == NodeKind::Site) {
        menu.addAction(tr("Open Site Overview"), this, [this, id] { openSiteOverview(id); });
        menu.addAction(tr("Open Racks"), this, [this, id] { showSite(id); });
        menu.addAction(tr("Open Topology"), this, [this, id] { showTopology(id); });
        addOperationActions(&menu, {}, Models::OperationScope{siteName(id), {}, {}});
    }
    if (kind == NodeKind::Location) {
        const qint64 site = index.data(NavigationTreeModel::SiteIdRole).toLongLong();
        menu.addAction(tr("Open Racks"), this, [this, site, id] { showSite(site, id); });
    }
    if (kind == NodeKind::Rack)
        menu.addAction(tr("Open Rack Elevation"), this, [this, id] { showRack(id); });
    if (kind != NodeKind::Device && kind != NodeKind::Region) {
        menu.addAction(tr("Show Devices Here"), this, [this] {
            m_devicesDock->show();
            m_devicesDock->raise();
        });
    }
    menu.addSeparator();
    const QUrl url = netboxUrlFor(int(kind), id);
    QAction *netbox = menu.addAction(tr("Open in NetBox"), this, [url] { QDesktopServices::openUrl(url); });
    netbox->setEnabled(!url.isEmpty());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showTableContextMenu(const QPoint &globalPos)
{
    const QList<qint64> ids = m_table->selectedDeviceIds();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy Name"), this, &MainWindow::copyNames);
    menu.addAction(tr("Copy IP Address"), this, &MainWindow::copyAddresses);
    menu.addAction(tr("Show Details"), this, &MainWindow::showDetailsDock);
    if (const qint64 current = m_table->currentDeviceId())
        addDeviceViewActions(&menu, current);
    QList<Domain::Device> selected;
    for (qint64 id : ids)
        selected << device(id);
    addOperationActions(&menu, selected);
    menu.addSeparator();
    const QUrl url = netboxUrlFor(int(NodeKind::Device), m_table->currentDeviceId());
    QAction *netbox = menu.addAction(tr("Open in NetBox"), this, [url] { QDesktopServices::openUrl(url); });
    netbox->setEnabled(!url.isEmpty());
    menu.exec(globalPos);
}

void MainWindow::showTopologyContextMenu(const QPoint &pos)
{
    if (!m_topologyView)
        return;
    TopologyView *view = m_topologyView->view();
    TopologyScene *scene = m_topologyView->scene();
    const QPointF scenePos = view->mapToScene(pos);
    // The node under the pointer: the nearest centre within a node's reach.
    const double reach = view->mapToScene(QRect(0, 0, 28, 28)).boundingRect().width();
    qint64 device = 0;
    double best = reach * reach;
    for (const Topology::TopologyNode &n : m_topologyView->model()->graph().nodes) {
        const QPointF d = scene->nodePosition(n.deviceId) - scenePos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (scene->hasNode(n.deviceId) && dist < best) {
            best = dist;
            device = n.deviceId;
        }
    }
    QMenu menu(this);
    if (device) {
        selectDevice(device);
        menu.addAction(tr("Show Details"), this, [this, device] {
            selectDevice(device);
            showDetailsDock();
        });
        addDeviceViewActions(&menu, device);
        addOperationActions(&menu, {this->device(device)});
    } else if (const int edge = scene->edgeAt(scenePos, reach / 2); edge >= 0) {
        const Topology::TopologyGraph &graph = m_topologyView->model()->graph();
        const Topology::TopologyEdge e = graph.edges.at(edge);
        const auto nameOf = [&graph](qint64 deviceId) {
            const int index = graph.nodeIndex.value(deviceId, -1);
            return index >= 0 ? graph.nodes.at(index).name : QString::number(deviceId);
        };
        for (const Topology::TopologyMember &m : e.members) {
            if (m.aInterfaceId) {
                menu.addAction(tr("Show Chart of %1 %2").arg(nameOf(e.aDeviceId), m.aInterface), this,
                               [this, e, m] { openInterfaceChart(e.aDeviceId, m.aInterfaceId); });
            }
            if (m.bInterfaceId) {
                menu.addAction(tr("Show Chart of %1 %2").arg(nameOf(e.bDeviceId), m.bInterface), this,
                               [this, e, m] { openInterfaceChart(e.bDeviceId, m.bInterfaceId); });
            }
        }
    }
    if (menu.isEmpty())
        return;
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace OpsDeck::Widgets
