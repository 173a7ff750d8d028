// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/connectiontests.h"

#include "backend/ipc/ipcframe.h"
#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcpprobe.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/netboxprobe.h"
#include "backend/prtg/prtgclient.h"
#include "backend/prtg/prtgprobe.h"

namespace OpsDeck::Service {

namespace {

/// The secret @p ref names, read now; empty when none is named.
Result<Vault::Secret> readSecret(const Workspace::SecretRef &ref, const QString &what, const SecretLookup &secrets)
{
    if (!ref.isSet())
        return Vault::Secret();
    auto secret = secrets(ref.path);
    if (!secret)
        return Error(secret.error().code,
                     QStringLiteral("cannot read the %1 %2: %3").arg(what, ref.path, secret.error().detail));
    return *secret;
}

/// The event fields of a failed or passed test; @p fill adds a passed one's.
template<typename T, typename F>
QJsonObject outcome(const Result<T> &result, F fill)
{
    QJsonObject fields{{QStringLiteral("ok"), result.ok()}};
    if (result) {
        fill(*result, fields);
    } else {
        fields.insert(QStringLiteral("error"), result.error().detail);
        fields.insert(QStringLiteral("code"), Ipc::errorCodeName(result.error().code));
    }
    return fields;
}

Status testNetbox(const Workspace::NetboxConfig &netbox, const SecretLookup &secrets, QObject *parent,
                  const ConnectionTestDone &done)
{
    if (netbox.url.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("NetBox is not configured in this workspace"));
    auto token = readSecret(netbox.token, QStringLiteral("NetBox token"), secrets);
    if (!token)
        return token.error();
    NetBox::ClientSettings settings = NetBox::ClientSettings::fromConfig(netbox, *token);
    settings.maxRetries = 1;
    auto *client = new NetBox::NetBoxClient(settings, parent);
    auto *probe = new NetBox::NetBoxProbe(client, client);
    QObject::connect(probe, &NetBox::NetBoxProbe::finished, parent,
                     [client, done](const Result<NetBox::ProbeResult> &r) {
                         done(outcome(r, [](const NetBox::ProbeResult &p, QJsonObject &f) {
                             f.insert(QStringLiteral("version"), p.versionText);
                             f.insert(QStringLiteral("sites"), p.sites);
                             f.insert(QStringLiteral("devices"), p.devices);
                         }));
                         client->deleteLater();
                     });
    probe->start();
    return {};
}

Status testMcp(const Workspace::McpConfig &mcp, const SecretLookup &secrets, QObject *parent,
               const ConnectionTestDone &done)
{
    if (mcp.url.isEmpty() || mcp.username.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("Ciena MCP is not configured in this workspace"));
    if (!mcp.password.isSet())
        return Error(ErrorCode::NotFound, QStringLiteral("the workspace names no Ciena MCP password"));
    auto password = readSecret(mcp.password, QStringLiteral("MCP password"), secrets);
    if (!password)
        return password.error();
    auto *client = new Mcp::McpClient(parent);
    client->applyConfig(mcp, *password);
    auto *probe = new Mcp::McpProbe(client, client);
    QObject::connect(probe, &Mcp::McpProbe::finished, parent, [client, done](const Result<Mcp::ProbeResult> &r) {
        done(outcome(r, [](const Mcp::ProbeResult &p, QJsonObject &f) {
            f.insert(QStringLiteral("version"), QString());
            f.insert(QStringLiteral("networkElements"), p.networkElements);
        }));
        client->deleteLater();
    });
    probe->start();
    return {};
}

Status testPrtg(const Workspace::PrtgConfig &prtg, const SecretLookup &secrets, QObject *parent,
                const ConnectionTestDone &done)
{
    if (prtg.url.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("PRTG is not configured in this workspace"));
    const bool token = prtg.apiToken.isSet();
    if (!token && (!prtg.passhash.isSet() || prtg.username.isEmpty()))
        return Error(ErrorCode::NotFound, QStringLiteral("the workspace names no PRTG API token, nor a user with a passhash"));
    auto secret = readSecret(token ? prtg.apiToken : prtg.passhash,
                             token ? QStringLiteral("PRTG API token") : QStringLiteral("PRTG passhash"), secrets);
    if (!secret)
        return secret.error();
    auto *client = new Prtg::PrtgClient(parent);
    client->applyConfig(prtg, *secret);
    auto *probe = new Prtg::PrtgProbe(client, client);
    QObject::connect(probe, &Prtg::PrtgProbe::finished, parent, [client, done](const Result<Prtg::ProbeResult> &r) {
        done(outcome(r, [](const Prtg::ProbeResult &p, QJsonObject &f) {
            f.insert(QStringLiteral("version"), p.version);
            f.insert(QStringLiteral("devices"), p.devices);
            f.insert(QStringLiteral("sensors"), p.sensors);
        }));
        client->deleteLater();
    });
    probe->start();
    return {};
}

} // namespace

Status startConnectionTest(const QString &source, const Workspace::ConnectionsConfig &connections,
                           const SecretLookup &secrets, QObject *parent, ConnectionTestDone done)
{
    if (source == u"netbox")
        return testNetbox(connections.netbox, secrets, parent, done);
    if (source == u"mcp")
        return testMcp(connections.mcp, secrets, parent, done);
    if (source == u"prtg")
        return testPrtg(connections.prtg, secrets, parent, done);
    return Error(ErrorCode::InvalidInput, QStringLiteral("source must be \"netbox\", \"mcp\" or \"prtg\""));
}

} // namespace OpsDeck::Service
