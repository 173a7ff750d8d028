// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "backend/core/result.h"

namespace OpsDeck::Mcp {

class McpClient;

/// What a Ciena MCP server said to a connection test. MCP's API names no
/// release of its own (tron, NSI, NSA and PM are versioned per service), so
/// the result names the network elements the user can read.
struct ProbeResult
{
    qint64 networkElements = 0;
};

/// Tests a Ciena MCP connection as a user means it: does the server answer
/// as MCP, do the user name and password log in (POST /tron/api/v1/tokens),
/// can they read the inventory (the count of network elements); then the
/// token is deleted again, so a test leaves no session behind. Each failure
/// becomes one sentence a person can act on (describeProbeFailure): not
/// MCP (a web page, other JSON, 404), credentials refused (MCP's own
/// message), TLS, timeout, unreachable. Asynchronous on the client's
/// thread; finished() is emitted exactly once per start().
class McpProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpProbe)

public:
    explicit McpProbe(McpClient *client, QObject *parent = nullptr);

    void start();
    /// Aborts; finished() follows with ErrorCode::Cancelled.
    void cancel();

signals:
    void finished(const OpsDeck::Result<OpsDeck::Mcp::ProbeResult> &result);

private:
    void end(const Result<ProbeResult> &result);

    QPointer<McpClient> m_client;
    bool m_running = false;
};

} // namespace OpsDeck::Mcp
