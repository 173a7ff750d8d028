// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/featurewiring.h"

#include "app/console/alarmfeature.h"
#include "app/console/backupfeature.h"
#include "app/console/compliancefeature.h"
#include "app/console/netboxeditlauncher.h"
#include "app/console/operationlauncher.h"
#include "app/console/workspacefeatures.h"
#include <QTabWidget>
#include <QTreeView>

#include "models/alarms/alarmtablemodel.h"
#include "models/compliance/compliancemarks.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/session/backups/confighistorysession.h"
#include "models/session/compliance/compliancesession.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/alarms/alarmmark.h"
#include "widgets/backups/confighistoryview.h"
#include "widgets/console/mainwindow.h"
#include "widgets/inventory/itemmarkdelegate.h"

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

// The device of the inventory named @p name (id 0 when there is none).
Domain::Device deviceNamed(MainWindow *window, const QString &name)
{
    if (const Models::InventoryService *inventory = window->inventoryService()) {
        for (const Domain::Device &d : inventory->snapshot().devices) {
            if (d.name == name)
                return d;
        }
    }
    return {};
}

// The navigation tree marks devices, racks and sites with the worst alarm
// that needs attention there, at the right end of the row.
void addAlarmBadges(MainWindow *window, Models::AlarmTableModel *alarms)
{
    QTreeView *tree = window->navigationView();
    const QPointer<Models::AlarmTableModel> model = alarms;
    const auto lookup = [model](const QModelIndex &index) -> std::optional<Widgets::ItemMark> {
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
        return it == map->cend() ? std::nullopt : std::optional(Widgets::alarmMark(*it));
    };
    window->navigationMarks()->addSource(lookup, 0);
    QObject::connect(alarms, &Models::AlarmTableModel::badgesChanged, tree->viewport(), qOverload<>(&QWidget::update));
}

// The tree, the racks and the topology mark the devices the compliance
// checker found not compliant (and the racks and sites that hold them), from
// its latest report, again when the inventory reloads.
void showComplianceMarks(MainWindow *window, Models::ComplianceSession *session)
{
    const QPointer<Models::ComplianceSession> source = session;
    const auto apply = [window, source] {
        const Models::InventoryService *inventory = window->inventoryService();
        if (!source || !inventory)
            return;
        QHash<QString, qint64> ids;
        for (const Domain::Device &d : inventory->snapshot().devices)
            ids.insert(d.name, d.id);
        Models::ComplianceMarks marks;
        for (const Models::DeviceCompliance &d : source->report().devices) {
            const qint64 id = ids.value(d.device);
            if (id == 0 || d.state == Models::ComplianceState::Unknown)
                continue;
            marks.insert(id, {d.state == Models::ComplianceState::NonCompliant, d.failedChecks(), d.worstSeverity});
        }
        window->setComplianceMarks(marks);
    };
    QObject::connect(session, &Models::ComplianceSession::reportLoaded, window, apply);
    if (Models::InventoryService *inventory = window->inventoryService())
        QObject::connect(inventory, &Models::InventoryService::snapshotLoaded, window, apply);
    apply();
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
    connect(m_features->backups(), &BackupFeature::historyRequested, this, [this](const QString &name) {
        Domain::Device device = deviceNamed(m_window, name);
        device.name = name;
        showConfigHistory(device);
    });
    connect(m_features->compliance(), &ComplianceFeature::deviceRequested, this, [this](const QString &name) {
        if (const qint64 id = deviceNamed(m_window, name).id; id != 0)
            m_window->selectDevice(id);
    });
    if (window->settings())
        m_features->alarms()->setSettings(window->settings());
    addAlarmBadges(window, m_features->alarms()->model());
    showComplianceMarks(window, m_features->compliance()->session());
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
