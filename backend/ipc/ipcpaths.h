// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QString>

#include "backend/core/result.h"

namespace OpsDeck::Ipc {

/// Where the service's socket and token live, shared by the service, the
/// console and opsdeck-cli: <runtime dir>/opsdeck (mode 0700), where the
/// runtime dir is $OPSDECK_RUNTIME_DIR if set, else the user's runtime
/// location (XDG_RUNTIME_DIR on Linux). Any thread.
class IpcPaths final
{
public:
    IpcPaths() = delete;

    /// The folder, created with mode 0700 when missing.
    [[nodiscard]] static Result<QString> runtimeDir();
    /// The local socket path of the service for one workspace.
    [[nodiscard]] static Result<QString> socketName(const QString &workspaceId);
    /// The per-user token file (mode 0600).
    [[nodiscard]] static Result<QString> tokenFile();
    /// Reads the token, creating a random one first when @p create and none exists.
    [[nodiscard]] static Result<QByteArray> token(bool create);
};

} // namespace OpsDeck::Ipc
