// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/featurewiring.h"

#include "app/console/netboxeditlauncher.h"
#include "app/console/workspacefeatures.h"
#include "widgets/console/mainwindow.h"

namespace OpsDeck::Console {

using Widgets::MainWindow;

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
}

} // namespace OpsDeck::Console
