// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "models/session/sync/syncsource.h"


namespace OpsDeck::Mcp {
class McpRunner;
}

namespace OpsDeck::Models {

/// The Ciena MCP mirror of one workspace as a SyncSource: runs go through
/// an McpRunner (its worker thread does the network and store work), one
/// step per phase of the run (network elements, equipment, TPEs, FREs,
/// alarms, the store write, PM when collected), and the server is probed
/// now and then so the console can say it is offline. MCP has no
/// incremental sync: startIncremental() runs a full one. Does not own the
/// runner. GUI thread.
class McpSyncSource final : public SyncSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpSyncSource)

public:
    McpSyncSource(Mcp::McpRunner *runner, const QString &workspaceName, QObject *parent = nullptr);
    ~McpSyncSource() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QStringList endpoints() const override;

public slots:
    void startFull() override;
    void startIncremental() override;
    void cancel() override;
    void checkReachability() override;

private:
    Mcp::McpRunner *m_runner;
};

} // namespace OpsDeck::Models
