// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>

namespace OpsDeck::Domain {
struct Device;
}

namespace OpsDeck::Widgets {
class ConfigHistoryView;
class MainWindow;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

class NetBoxEditLauncher;
class OperationLauncher;
class WorkspaceFeatures;

/// The console's features on its main window: the workspace features
/// (jobs, events, syncs, imports, the change set) and the NetBox edit
/// dialogs, connected to the edits the window's views ask for, the
/// operations on many devices (OperationLauncher), and the
/// configuration history tabs of devices over the workspace's service. Built once,
/// after the window and before it is shown (so the features' docks take
/// their saved place); a child of the window.
class FeatureWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureWiring)

public:
    explicit FeatureWiring(Widgets::MainWindow *window);

    [[nodiscard]] WorkspaceFeatures *features() const { return m_features; }
    [[nodiscard]] NetBoxEditLauncher *editLauncher() const { return m_edits; }
    [[nodiscard]] OperationLauncher *operations() const { return m_operations; }

    /// Opens (or raises) the configuration history tab of @p device.
    Widgets::ConfigHistoryView *showConfigHistory(const Domain::Device &device);

private:
    Widgets::MainWindow *m_window;
    WorkspaceFeatures *m_features;
    NetBoxEditLauncher *m_edits;
    OperationLauncher *m_operations;
};

} // namespace OpsDeck::Console
