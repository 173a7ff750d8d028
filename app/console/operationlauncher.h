// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>

#include "models/session/jobs/operationplan.h"

namespace OpsDeck::Domain {
struct Device;
}

namespace OpsDeck::Widgets {
class MainWindow;
class OperationsDialog;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

class WorkspaceFeatures;

/// Opens the operations dialog (back up, run commands, launch a workflow)
/// for what the window's Operations menu and device context menus ask,
/// fills it with the workspace's devices and their labels (read from the
/// store off the GUI thread) and submits its job through the jobs dock's
/// model, that is, to the workspace's opsdeckd. The dialog is not modal;
/// once the service took the job it closes and the job is selected in the
/// jobs dock. A child of the window.
class OperationLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationLauncher)

public:
    OperationLauncher(Widgets::MainWindow *window, WorkspaceFeatures *features, QObject *parent = nullptr);

    /// Opens a dialog on @p devices, else on @p scope; returns it (deleted when closed).
    Widgets::OperationsDialog *open(Models::OperationKind kind, const QList<Domain::Device> &devices,
                                    const Models::OperationScope &scope = {});

private:
    void submit(Widgets::OperationsDialog *dialog, const Jobs::JobRequest &request);

    Widgets::MainWindow *m_window;
    WorkspaceFeatures *m_features;
};

} // namespace OpsDeck::Console
