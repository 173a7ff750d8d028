// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/mcp/mcpprobe.h"
#include "backend/netbox/netboxprobe.h"
#include "backend/prtg/prtgprobe.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Models {

/// Tests a NetBox, Ciena MCP or PRTG connection typed into a form, before
/// anything is saved: the token or password is the one in the form, held
/// only for the test. Asynchronous on the GUI thread (the clients never
/// block); a new test cancels the one running. Emits the finished signal of
/// its source once per test.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void testNetbox(const Workspace::NetboxConfig &config, const Vault::Secret &token);
    void testMcp(const Workspace::McpConfig &config, const Vault::Secret &password);
    /// @p secret is the API token when @p config names one, else the passhash of its user.
    void testPrtg(const Workspace::PrtgConfig &config, const Vault::Secret &secret);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_probe != nullptr; }

    /// One line for people: "NetBox 3.1.11: 3 sites, 5,500 devices".
    [[nodiscard]] static QString describe(const NetBox::ProbeResult &result);
    /// "Ciena MCP: logged in, 50 network elements".
    [[nodiscard]] static QString describe(const Mcp::ProbeResult &result);
    /// "PRTG 18.2.41.1636: 200 devices, 2,000 sensors".
    [[nodiscard]] static QString describe(const Prtg::ProbeResult &result);

signals:
    void finished(const OpsDeck::Result<OpsDeck::NetBox::ProbeResult> &result);
    void mcpFinished(const OpsDeck::Result<OpsDeck::Mcp::ProbeResult> &result);
    void prtgFinished(const OpsDeck::Result<OpsDeck::Prtg::ProbeResult> &result);

private:
    /// Runs @p probe (a child of @p client) and hands its result to @p emitter.
    template<typename Probe, typename Value>
    void run(QObject *client, Probe *probe, void (ConnectionTester::*emitter)(const Result<Value> &));

    QPointer<QObject> m_client; ///< owns the probe
    QPointer<QObject> m_probe;
    std::function<void()> m_cancelProbe;
};

} // namespace OpsDeck::Models
