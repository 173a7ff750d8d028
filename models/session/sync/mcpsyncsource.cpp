// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/sync/mcpsyncsource.h"

#include "backend/mcp/mcprunner.h"

namespace OpsDeck::Models {

McpSyncSource::McpSyncSource(Mcp::McpRunner *runner, const QString &workspaceName, QObject *parent)
    : SyncSource(workspaceName, parent)
    , m_runner(runner)
{
    using Mcp::McpRunner;
    connect(m_runner, &McpRunner::started, this, [this] { reportStarted(true); });
    connect(m_runner, &McpRunner::progress, this, [this](const Mcp::McpRunProgress &p) {
        SyncStep step;
        step.endpoint = p.phase;
        step.index = p.index;
        step.objects = p.done;
        step.total = p.total;
        step.committing = p.committing;
        reportStep(step);
    });
    connect(m_runner, &McpRunner::finished, this, [this](const Result<Mcp::McpRunSummary> &result) {
        if (reportRunEnd(result ? Status() : Status(result.error())))
            m_runner->readLastSync();
    });
    connect(m_runner, &McpRunner::probed, this, [this](const Status &status) { reportProbe(status); });
    connect(m_runner, &McpRunner::lastSyncRead, this, [this](const QDateTime &utc) { reportLastSync(utc); });
    m_runner->readLastSync();
    checkReachability();
}

McpSyncSource::~McpSyncSource() = default;

QString McpSyncSource::title() const
{
    return tr("Ciena MCP");
}

QStringList McpSyncSource::endpoints() const
{
    return m_runner->phases();
}

void McpSyncSource::startFull()
{
    m_runner->start();
}

void McpSyncSource::startIncremental()
{
    m_runner->start();
}

void McpSyncSource::cancel()
{
    if (beginCancel())
        m_runner->cancel();
}

void McpSyncSource::checkReachability()
{
    m_runner->probe();
}

} // namespace OpsDeck::Models
