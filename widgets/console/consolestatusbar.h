// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QStatusBar>

#include "models/session/inventory/inventorytypes.h"

class QLabel;
class QProgressBar;

namespace OpsDeck::Widgets {

/// The main window's status bar: the workspace, its store and inventory
/// counts, the background jobs and the NetBox connection; features add
/// their own permanent widgets (e.g. the sync status). GUI thread only.
class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStatusBar)

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void showWorkspace(const Models::WorkspaceInfo &info);
    void showInventory(const QString &storeDescription, const Models::InventorySnapshot &snapshot);
    void showJobs(int count, const QString &current);

private:
    QLabel *addLabel(const QString &accessibleName);

    QLabel *m_workspaceLabel;
    QLabel *m_storeLabel;
    QLabel *m_syncLabel;
    QLabel *m_jobLabel;
    QProgressBar *m_jobBar;
};

} // namespace OpsDeck::Widgets
