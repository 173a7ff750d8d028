// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpprobe.h"

#include "backend/core/probeerror.h"
#include "backend/mcp/mcpclient.h"

namespace OpsDeck::Mcp {

namespace {

Error describe(const Error &error, const QString &request)
{
    return describeProbeFailure(error, {QStringLiteral("Ciena MCP"), QStringLiteral("the user name or password"), request});
}

} // namespace

McpProbe::McpProbe(McpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void McpProbe::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_client->login(this, [this](Status login) {
        if (!login) {
            end(describe(login.error(), QStringLiteral("/tron/api/v1/tokens")));
            return;
        }
        m_client->countNetworkElements(this, [this](Result<qint64> count) {
            if (!count) {
                end(describe(count.error(), QStringLiteral("/nsi/api/v7/networkConstructs")));
                return;
            }
            ProbeResult result;
            result.networkElements = *count;
            end(result);
        });
    });
}

void McpProbe::cancel()
{
    if (m_running && m_client)
        m_client->cancel();
}

void McpProbe::end(const Result<ProbeResult> &result)
{
    // Logged in: the token goes again (MCP limits the sessions of a user);
    // whether that worked does not change the verdict.
    if (m_client && m_client->isLoggedIn() && !(!result && result.error().code == ErrorCode::Cancelled)) {
        m_client->logout(this, [this, result](Status) {
            m_running = false;
            emit finished(result);
        });
        return;
    }
    m_running = false;
    emit finished(result);
}

} // namespace OpsDeck::Mcp
