// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

class QListWidget;

namespace OpsDeck::Widgets {

/// What the console shows before any workspace was opened: explore the
/// demo, connect to NetBox (the New Workspace wizard), open a workspace
/// folder, or one of the workspaces that exist.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// The workspaces to offer: display name and folder.
    void setWorkspaces(const QList<std::pair<QString, QString>> &workspaces);

signals:
    void demoRequested();
    void newWorkspaceRequested();
    void openFolderRequested();
    void workspaceRequested(const QString &folder);

private:
    QListWidget *m_workspaces;
};

} // namespace OpsDeck::Widgets
