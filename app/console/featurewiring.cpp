// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/featurewiring.h"

#include "app/console/alarmfeature.h"
#include "app/console/netboxeditlauncher.h"
#include "app/console/workspacefeatures.h"
#include "models/session/inventory/inventoryservice.h"
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

} // namespace

FeatureWiring::FeatureWiring(MainWindow *window)
    : QObject(window)
    , m_features(new WorkspaceFeatures(window))
    , m_edits(new NetBoxEditLauncher(window, m_features, this))
{
    connect(window, &MainWindow::deviceEditRequested, m_edits, &NetBoxEditLauncher::editDevice);
    connect(window, &MainWindow::interfaceEditRequested, m_edits, &NetBoxEditLauncher::editInterface);
    connect(window, &MainWindow::cableRequested, m_edits, &NetBoxEditLauncher::connectCable);
    connect(window, &MainWindow::ipAddressRequested, m_edits, &NetBoxEditLauncher::assignIpAddress);
    connect(window, &MainWindow::editsProposed, m_features, &WorkspaceFeatures::recordEdits);
    if (window->settings())
        m_features->alarms()->setSettings(window->settings());
    connect(m_features->alarms(), &AlarmFeature::deviceRequested, window,
            [window](qint64 deviceId, Widgets::AlarmsView::Target target) { showDevice(window, deviceId, target); });
}

} // namespace OpsDeck::Console
