// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>
#include <QStringList>

#include "backend/core/result.h"

namespace OpsDeck::Ipc {

/// Starts opsdeckd for a workspace when no service answers on its socket
/// (console side). The service keeps running after the console exits.
class ServiceLauncher final
{
public:
    ServiceLauncher() = delete;

    /// True when something accepts connections on @p socketName (blocks for
    /// at most @p timeoutMs; use from a worker thread in the console).
    [[nodiscard]] static bool isRunning(const QString &socketName, int timeoutMs = 300);
    /// Where opsdeckd may be, in the order tried, for a program running from
    /// @p applicationDir: beside it (installed layouts, Windows, a macOS
    /// bundle's Contents/MacOS), the build tree's sibling folder
    /// (app/console -> app/service, as scripts/run leaves it), the package's
    /// libexec folders, then PATH.
    [[nodiscard]] static QStringList serviceCandidates(const QString &applicationDir);
    /// The first executable of serviceCandidates() for the running program;
    /// empty when there is none.
    [[nodiscard]] static QString serviceExecutable();
    /// The service's log in the workspace folder, when this launcher started it.
    [[nodiscard]] static QString logFileName() { return QStringLiteral("opsdeckd.log"); }
    /// Starts opsdeckd --workspace @p workspaceFolder detached, its output
    /// appended to logFileName() in the workspace, unless the workspace's
    /// service already runs. Returns whether it was started.
    [[nodiscard]] static Result<bool> ensureRunning(const QString &workspaceFolder, const QString &workspaceId,
                                                    const QStringList &extraArguments = {});
};

} // namespace OpsDeck::Ipc
