// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include "backend/core/result.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// Editing one section of a workspace's workspace.json from the console, the
/// way every editor of the console does it: the file is changed on the
/// caller's worker thread (never the GUI thread) only when the section still
/// is what the editor loaded, and the service is then asked to read the
/// workspace again (workspace.reload) and to say how its part took it.
namespace WorkspaceSection {

/// Opens the workspace in @p folder, checks with @p unchanged that its
/// section is still as loaded (Conflict naming @p what otherwise), applies
/// @p change and saves the file. Blocking: call it on a worker thread.
[[nodiscard]] Status update(const QString &folder, const QString &what,
                            const std::function<bool(const Workspace::WorkspaceConfig &)> &unchanged,
                            const std::function<void(Workspace::WorkspaceConfig &)> &change);

/// How the service took a reload, for one of its parts.
struct ReloadOutcome
{
    bool applied = false; ///< the part runs with the new file
    QString reason;       ///< why not, a translated sentence; empty when applied
};

/// Asks the service through @p connection (may be null or disconnected) to
/// read the workspace again and reports how the part @p part ("alarms",
/// "backups", ...) of its answer took it; @p partName names that part in
/// sentences ("alarm engine", "backup scheduler"). @p done runs on
/// @p context's thread, exactly once, unless @p context is destroyed first.
void reloadService(JobServiceConnection *connection, const QString &part, const QString &partName, QObject *context,
                   std::function<void(const ReloadOutcome &)> done);

/// Reads the workspace in @p folder on @p pool and hands its configuration
/// to @p loaded (or the error to @p failed) on @p context's thread.
void load(QThreadPool &pool, QObject *context, const QString &folder,
          std::function<void(const Workspace::WorkspaceConfig &)> loaded, std::function<void(const Error &)> failed);

/// update() on @p pool, then reloadService(); @p saved or @p failed on
/// @p context's thread. The caller's destructor must wait for @p pool.
struct SaveRequest
{
    QString folder;
    QString what; ///< "alarm rules", for the Conflict sentence
    std::function<bool(const Workspace::WorkspaceConfig &)> unchanged;
    std::function<void(Workspace::WorkspaceConfig &)> change;
    QString part;     ///< the service's part that reloads: "alarms", "backups"
    QString partName; ///< for sentences: "alarm engine"
};
void save(QThreadPool &pool, QObject *context, JobServiceConnection *connection, const SaveRequest &request,
          std::function<void(const ReloadOutcome &)> saved, std::function<void(const Error &)> failed);

} // namespace WorkspaceSection

} // namespace OpsDeck::Models
