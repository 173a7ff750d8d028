// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/featurewiring.h"

#include "app/console/alarmfeature.h"
#include "app/console/netboxeditlauncher.h"
#include "app/console/operationlauncher.h"
#include "app/console/workspacefeatures.h"
#include <QTabWidget>
#include <QTreeView>

#include "models/alarms/alarmtablemodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/session/backups/confighistorysession.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/alarms/alarmbadgedelegate.h"
#include "widgets/backups/confighistoryview.h"
#include "widgets/console/mainwindow.h"

namespace OpsDeck::Console {

using Widgets::MainWindow;

namespace {

// Where the alarms view sends the operator: the device made current
// everywhere, and its dashboard, rack or neighbourhood when asked.
void showDevice(MainWindow *window, qint64 deviceId, Widgets::AlarmsView::Target target)
{
    if (!window->selectDevice(deviceId))
        return;
    switch (target) {
    case Widgets::AlarmsView::Target::Select:
        break;
    case Widgets::AlarmsView::Target::Dashboard:
        window->openDashboard(deviceId);
        break;
    case Widgets::AlarmsView::Target::Rack:
        for (const Domain::Device &d : window->inventoryService()->snapshot().devices) {
            if (d.id == deviceId && d.rackId != 0)
                window->showRack(d.rackId, deviceId);
        }
        break;
    case Widgets::AlarmsView::Target::Topology:
        window->showTopologyAround(deviceId, 1);
        break;
    }
}

// The navigation tree marks devices, racks and sites with the worst alarm
// that needs attention there.
void addAlarmBadges(MainWindow *window, Models::AlarmTableModel *alarms)
{
    QTreeView *tree = window->navigationView();
    const QPointer<Models::AlarmTableModel> model = alarms;
    const auto lookup = [model](const QModelIndex &index) -> std::optional<Alarms::Severity> {
        if (!model)
            return std::nullopt;
        const Models::AlarmBadges &badges = model->badges();
        const QHash<qint64, Alarms::Severity> *map = nullptr;
        switch (Models::NodeKind(index.data(Models::NavigationTreeModel::KindRole).toInt())) {
        case Models::NodeKind::Device:
            map = &badges.devices;
            break;
        case Models::NodeKind::Rack:
            map = &badges.racks;
            break;
        case Models::NodeKind::Site:
            map = &badges.sites;
            break;
        default:
            return std::nullopt;
        }
        const auto it = map->constFind(index.data(Models::NavigationTreeModel::IdRole).toLongLong());
        return it == map->cend() ? std::nullopt : std::optional(*it);
    };
    tree->setItemDelegate(new Widgets::AlarmBadgeDelegate(tree->itemDelegate(), lookup, tree));
    QObject::connect(alarms, &Models::AlarmTableModel::badgesChanged, tree->viewport(),
                     qOverload<>(&QWidget::update));
}

} // namespace

FeatureWiring::FeatureWiring(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_features(new WorkspaceFeatures(window))
    , m_edits(new NetBoxEditLauncher(window, m_features, this))
    , m_operations(new OperationLauncher(window, m_features, this))
{
    connect(window, &MainWindow::deviceEditRequested, m_edits, &NetBoxEditLauncher::editDevice);
    connect(window, &MainWindow::interfaceEditRequested, m_edits, &NetBoxEditLauncher::editInterface);
    connect(window, &MainWindow::cableRequested, m_edits, &NetBoxEditLauncher::connectCable);
    connect(window, &MainWindow::ipAddressRequested, m_edits, &NetBoxEditLauncher::assignIpAddress);
    connect(window, &MainWindow::editsProposed, m_features, &WorkspaceFeatures::recordEdits);
    connect(window, &MainWindow::configHistoryRequested, this, &FeatureWiring::showConfigHistory);
    if (window->settings())
        m_features->alarms()->setSettings(window->settings());
    addAlarmBadges(window, m_features->alarms()->model());
    // The topology, the racks and the device dashboards show the alarms too.
    window->setAlarmModel(m_features->alarms()->model());
    // The charts draw expected bands; dashboards and site overviews list what is unusual now.
    window->setAnomalySession(m_features->anomalies());
    connect(m_features->alarms(), &AlarmFeature::deviceRequested, window,
            [window](qint64 deviceId, Widgets::AlarmsView::Target target) { showDevice(window, deviceId, target); });
}

Widgets::ConfigHistoryView *FeatureWiring::showConfigHistory(const Domain::Device &device)
{
    const QString key = QStringLiteral("configHistory:%1").arg(device.id);
    if (auto *open = qobject_cast<Widgets::ConfigHistoryView *>(m_window->viewTab(key))) {
        m_window->viewTabs()->setCurrentWidget(open);
        return open;
    }
    // One session per tab, so its answers go to the tab that asked and end with it.
    auto *session = new Models::ConfigHistorySession(m_features->serviceConnection());
    auto *view = new Widgets::ConfigHistoryView(session, device.name);
    session->setParent(view);
    m_window->addViewTab(view, key, tr("History: %1").arg(device.name));
    return view;
}

} // namespace OpsDeck::Console
