// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/workspace/connectiontester.h"

#include <QLocale>

namespace OpsDeck::Models {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::~ConnectionTester()
{
    if (m_probe)
        m_probe->disconnect(this);
}

void ConnectionTester::testNetbox(const Workspace::NetboxConfig &config, const Vault::Secret &token)
{
    cancel();
    NetBox::ClientSettings settings = NetBox::ClientSettings::fromConfig(config, token);
    settings.maxRetries = 1;
    m_client = new NetBox::NetBoxClient(settings, this);
    m_probe = new NetBox::NetBoxProbe(m_client, m_client);
    NetBox::NetBoxClient *client = m_client;
    connect(m_probe, &NetBox::NetBoxProbe::finished, this,
            [this, client](const Result<NetBox::ProbeResult> &result) {
                m_probe = nullptr;
                m_client = nullptr;
                client->deleteLater();
                emit finished(result);
            });
    m_probe->start();
}

void ConnectionTester::cancel()
{
    if (!m_probe)
        return;
    m_probe->disconnect(this);
    m_probe->cancel();
    m_client->deleteLater();
    m_probe = nullptr;
    m_client = nullptr;
}

QString ConnectionTester::describe(const NetBox::ProbeResult &result)
{
    const QLocale locale;
    return tr("NetBox %1: %2 sites, %3 devices")
        .arg(result.versionText, locale.toString(result.sites), locale.toString(result.devices));
}

} // namespace OpsDeck::Models
