// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/workspace/workspacesetup.h"

#include <QDir>

namespace OpsDeck::Models {

Result<Workspace::Workspace> createWorkspace(const WorkspacePlan &plan, const Workspace::WorkspaceRegistry &registry)
{
    Workspace::WorkspaceConfig config = plan.config;
    config.name = plan.name.trimmed();
    // Check the configuration before a single file exists.
    if (const QList<Workspace::ConfigIssue> issues = config.validate(); !issues.isEmpty())
        return Workspace::ConfigIssue::toError(issues);

    const QString folder = plan.folder.isEmpty() ? QString() : QDir(plan.folder).absolutePath();
    const bool existed = !folder.isEmpty() && QDir(folder).exists();
    auto ws = folder.isEmpty() ? registry.create(config.name)
                               : Workspace::Workspace::create(folder, config.name, registry.userConfigDir());
    if (!ws)
        return ws.error();
    const auto undo = [&](const Error &error) -> Result<Workspace::Workspace> {
        QDir created(ws->folder());
        if (existed) {
            // Only what create() put into the user's (empty) folder.
            for (const QString &entry : created.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                QFileInfo info(created.filePath(entry));
                if (info.isDir())
                    QDir(info.filePath()).removeRecursively();
                else
                    QFile::remove(info.filePath());
            }
        } else {
            created.removeRecursively();
        }
        return error;
    };
    if (auto st = ws->setWorkspaceConfig(config); !st)
        return undo(st.error());
    if (auto st = ws->save(); !st)
        return undo(st.error());
    return ws;
}

} // namespace OpsDeck::Models
