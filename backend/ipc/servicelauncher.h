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
    /// The opsdeckd executable next to the running application, else the
    /// one on PATH.
    [[nodiscard]] static QString serviceExecutable();
    /// Starts opsdeckd --workspace @p workspaceFolder detached unless the
    /// workspace's service already runs. Returns whether it was started.
    [[nodiscard]] static Result<bool> ensureRunning(const QString &workspaceFolder, const QString &workspaceId,
                                                    const QStringList &extraArguments = {});
};

} // namespace OpsDeck::Ipc
