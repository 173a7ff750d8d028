// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>

#include "backend/domain/inventory.h"

namespace OpsDeck::Widgets {
class ConsoleShell;
class EditDialog;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

class WorkspaceFeatures;

/// Opens the NetBox edit dialogs of the console (device attributes,
/// interface description and state, a new cable, an IP address) on a device
/// or an interface, with the choices read from the store off the GUI
/// thread, and records what they produce in the workspace's change set.
/// Dialogs are window-modal on the shell's window and never block the
/// event loop.
class NetBoxEditLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxEditLauncher)

public:
    NetBoxEditLauncher(Widgets::ConsoleShell *shell, WorkspaceFeatures *features, QObject *parent = nullptr);

    void editDevice(const Domain::Device &device);
    void editInterface(const Domain::Interface &interface);
    void connectCable(const Domain::Device &device, const Domain::Interface &interface);
    void assignIpAddress(const Domain::Interface &interface);

    /// The dialog open now, if any (for tests).
    [[nodiscard]] Widgets::EditDialog *currentDialog() const;

private:
    void show(Widgets::EditDialog *dialog);

    Widgets::ConsoleShell *m_shell;
    QWidget *m_window;
    WorkspaceFeatures *m_features;
    Widgets::EditDialog *m_dialog = nullptr;
};

} // namespace OpsDeck::Console
