// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/workspace/connectiontester.h"

#include <QLocale>

#include "backend/mcp/mcpclient.h"
#include "backend/prtg/prtgclient.h"

namespace OpsDeck::Models {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::~ConnectionTester()
{
    if (m_probe)
        m_probe->disconnect(this);
}

template<typename Probe, typename Value>
void ConnectionTester::run(QObject *client, Probe *probe, void (ConnectionTester::*emitter)(const Result<Value> &))
{
    m_client = client;
    m_probe = probe;
    m_cancelProbe = [probe] { probe->cancel(); };
    connect(probe, &Probe::finished, this, [this, client, emitter](const Result<Value> &result) {
        m_probe = nullptr;
        m_client = nullptr;
        m_cancelProbe = nullptr;
        client->deleteLater();
        emit(this->*emitter)(result);
    });
    probe->start();
}

void ConnectionTester::testNetbox(const Workspace::NetboxConfig &config, const Vault::Secret &token)
{
    cancel();
    NetBox::ClientSettings settings = NetBox::ClientSettings::fromConfig(config, token);
    settings.maxRetries = 1;
    auto *client = new NetBox::NetBoxClient(settings, this);
    run(client, new NetBox::NetBoxProbe(client, client), &ConnectionTester::finished);
}

void ConnectionTester::testMcp(const Workspace::McpConfig &config, const Vault::Secret &password)
{
    cancel();
    auto *client = new Mcp::McpClient(this);
    client->applyConfig(config, password);
    run(client, new Mcp::McpProbe(client, client), &ConnectionTester::mcpFinished);
}

void ConnectionTester::testPrtg(const Workspace::PrtgConfig &config, const Vault::Secret &secret)
{
    cancel();
    auto *client = new Prtg::PrtgClient(this);
    client->applyConfig(config, secret);
    run(client, new Prtg::PrtgProbe(client, client), &ConnectionTester::prtgFinished);
}

void ConnectionTester::cancel()
{
    if (!m_probe)
        return;
    m_probe->disconnect(this);
    if (m_cancelProbe)
        m_cancelProbe();
    if (m_client)
        m_client->deleteLater();
    m_probe = nullptr;
    m_client = nullptr;
    m_cancelProbe = nullptr;
}

QString ConnectionTester::describe(const NetBox::ProbeResult &result)
{
    const QLocale locale;
    return tr("NetBox %1: %2 sites, %3 devices")
        .arg(result.versionText, locale.toString(result.sites), locale.toString(result.devices));
}

QString ConnectionTester::describe(const Mcp::ProbeResult &result)
{
    return tr("Ciena MCP: logged in, %1 network elements").arg(QLocale().toString(result.networkElements));
}

QString ConnectionTester::describe(const Prtg::ProbeResult &result)
{
    const QLocale locale;
    return tr("PRTG %1: %2 devices, %3 sensors")
        .arg(result.version, locale.toString(result.devices), locale.toString(result.sensors));
}

} // namespace OpsDeck::Models
