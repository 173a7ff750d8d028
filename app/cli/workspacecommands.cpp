// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// workspace list|create|use, connection set|test (credential profiles: profilecommands.cpp).
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include "app/cli/cli.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/servicelauncher.h"
#include "backend/workspace/workspaceregistry.h"

namespace OpsDeck::Cli {

namespace {

int listWorkspaces()
{
    const Workspace::WorkspaceRegistry registry;
    const QString current = registry.lastUsed();
    const QList<Workspace::WorkspaceEntry> entries = registry.list();
    if (entries.isEmpty()) {
        printLine(QStringLiteral("no workspaces in %1 (create one with: opsdeck-cli workspace create NAME)")
                      .arg(registry.root()));
        return 0;
    }
    for (const Workspace::WorkspaceEntry &e : entries) {
        printLine(QStringLiteral("%1 %2  %3  %4%5")
                      .arg(e.folder == current ? QLatin1Char('*') : QLatin1Char(' '))
                      .arg(e.name, -24)
                      .arg(e.id.left(8), e.folder,
                           e.error ? QStringLiteral("  (cannot open: %1)").arg(e.error->detail) : QString()));
    }
    if (!current.isEmpty() && std::none_of(entries.cbegin(), entries.cend(),
                                           [&](const Workspace::WorkspaceEntry &e) { return e.folder == current; }))
        printLine(QStringLiteral("* current: %1").arg(current));
    return 0;
}

int createWorkspace(const Invocation &cli)
{
    const Options &o = cli.options;
    const QString name = cli.word(2).trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("workspace create needs a name"));
    const Workspace::WorkspaceRegistry registry;
    auto ws = o.isSet(o.folder) ? Workspace::Workspace::create(QDir(o.value(o.folder)).absolutePath(), name)
                                : registry.create(name);
    if (!ws)
        return fail(QStringLiteral("cannot create workspace %1: %2").arg(name, ws.error().toString()));
    if (auto st = registry.setLastUsed(ws->folder()); !st)
        return fail(st.error().toString());
    printLine(QStringLiteral("created workspace %1 in %2; it is now the current workspace").arg(ws->name(), ws->folder()));
    return 0;
}

int useWorkspace(const Invocation &cli)
{
    const QString wanted = cli.word(2);
    if (wanted.isEmpty())
        return fail(QStringLiteral("workspace use needs a name, id or folder"));
    const Workspace::WorkspaceRegistry registry;
    auto ws = Workspace::Workspace::isWorkspace(wanted) ? Workspace::Workspace::open(wanted) : registry.find(wanted);
    if (!ws)
        return fail(QStringLiteral("%1: %2").arg(wanted, ws.error().toString()));
    if (auto st = registry.setLastUsed(ws->folder()); !st)
        return fail(st.error().toString());
    printLine(QStringLiteral("current workspace: %1 (%2)").arg(ws->name(), ws->folder()));
    return 0;
}

/// Applies the polling options to @p config; an error for a bad value.
Status applyPollingOptions(const Options &o, Workspace::WorkspaceConfig &config)
{
    if (o.isSet(o.snmpVersion)) {
        const QString v = o.value(o.snmpVersion).toLower();
        if (v != u"v1" && v != u"v2c" && v != u"v3")
            return Error(ErrorCode::InvalidInput, QStringLiteral("--snmp-version takes v1, v2c or v3"));
        config.polling.snmpVersion = v == u"v1"    ? Workspace::SnmpVersion::V1
                                     : v == u"v2c" ? Workspace::SnmpVersion::V2c
                                                   : Workspace::SnmpVersion::V3;
    }
    if (o.isSet(o.credentials))
        config.polling.credentials.path = o.value(o.credentials);
    if (o.isSet(o.snmpPort)) {
        bool ok = false;
        const int port = o.value(o.snmpPort).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error(ErrorCode::InvalidInput, QStringLiteral("--snmp-port takes a port number (1-65535)"));
        config.service.collection.snmpPort = port;
    }
    return {};
}

/// Applies the connection options to @p config; an error for a bad value.
Status applyConnectionOptions(const Options &o, const QString &source, Workspace::ConnectionsConfig &c)
{
    const auto ref = [&o](const QCommandLineOption &option, Workspace::SecretRef &into) {
        if (o.isSet(option))
            into.path = o.value(option);
    };
    if (source == u"netbox") {
        Workspace::NetboxConfig &nb = c.netbox;
        if (o.isSet(o.url))
            nb.url = o.value(o.url);
        ref(o.tokenSecret, nb.token);
        if (!nb.token.isSet())
            nb.token.path = QStringLiteral("netbox/token");
        if (o.isSet(o.tokenVersion)) {
            const QString v = o.value(o.tokenVersion).toLower();
            if (v != u"v1" && v != u"v2" && v != u"auto")
                return Error(ErrorCode::InvalidInput, QStringLiteral("--token-version takes v1, v2 or auto"));
            nb.tokenVersion = v == u"v1"   ? Workspace::NetboxTokenVersion::V1
                              : v == u"v2" ? Workspace::NetboxTokenVersion::V2
                                           : Workspace::NetboxTokenVersion::Auto;
        }
        nb.verifyTls = !o.isSet(o.noVerifyTls);
        if (o.isSet(o.caFile))
            nb.caFile = QDir(o.value(o.caFile)).absolutePath();
        if (o.isSet(o.pin))
            nb.pinnedSha256 = o.parser.values(o.pin);
    } else if (source == u"mcp") {
        if (o.isSet(o.url))
            c.mcp.url = o.value(o.url);
        if (o.isSet(o.user))
            c.mcp.username = o.value(o.user);
        ref(o.passwordSecret, c.mcp.password);
        if (!c.mcp.password.isSet())
            c.mcp.password.path = QStringLiteral("mcp/password");
        c.mcp.verifyTls = !o.isSet(o.noVerifyTls);
    } else if (source == u"prtg") {
        if (o.isSet(o.url))
            c.prtg.url = o.value(o.url);
        if (o.isSet(o.user))
            c.prtg.username = o.value(o.user);
        ref(o.passwordSecret, c.prtg.passhash);
        ref(o.tokenSecret, c.prtg.apiToken);
        c.prtg.verifyTls = !o.isSet(o.noVerifyTls);
    } else {
        return Error(ErrorCode::InvalidInput, QStringLiteral("connection set takes netbox, mcp, prtg or snmp"));
    }
    return {};
}

int setConnection(const Invocation &cli)
{
    const QString source = cli.word(2);
    auto ws = selectedWorkspace(cli.options);
    if (!ws)
        return fail(ws.error().toString());
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    const Status applied = source == u"snmp" ? applyPollingOptions(cli.options, config)
                                             : applyConnectionOptions(cli.options, source, config.connections);
    if (!applied)
        return fail(applied.error().detail);
    return saveConfig(
        cli.options, *ws, config,
        QStringLiteral("%1 connection of workspace %2 saved in %3").arg(source, ws->name(), ws->configFile()));
}

int testConnection(const Invocation &cli)
{
    const QString source = cli.word(2);
    if (source != u"netbox" && source != u"mcp" && source != u"prtg")
        return fail(QStringLiteral("connection test takes netbox, mcp or prtg"));
    auto session = openSession(cli.options);
    if (!session)
        return fail(session.error().detail);
    const Workspace::Workspace *ws = &session->workspace;
    Ipc::IpcClient &service = session->service();
    QEventLoop loop;
    QString testId;
    QJsonObject outcome;
    QObject::connect(&service, &Ipc::IpcClient::eventReceived, &loop, [&](const QString &topic, const QJsonObject &data) {
        if (topic == u"connection" && data.value(QStringLiteral("testId")).toString() == testId) {
            outcome = data;
            loop.quit();
        }
    });
    if (auto sub = service.callBlocking(QStringLiteral("subscribe"), {{QStringLiteral("topics"), QJsonArray{QStringLiteral("connection")}}}); !sub)
        return fail(sub.error().detail);
    auto started = service.callBlocking(QStringLiteral("connection.test"), {{QStringLiteral("source"), source}});
    if (!started)
        return fail(started.error().detail);
    testId = started->toObject().value(QStringLiteral("testId")).toString();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    if (outcome.isEmpty())
        return fail(QStringLiteral("the connection test did not finish in time"));
    if (!outcome.value(QStringLiteral("ok")).toBool())
        return fail(outcome.value(QStringLiteral("error")).toString());
    const Workspace::ConnectionsConfig &c = ws->config().connections;
    const auto count = [&outcome](const char *name) { return outcome.value(QLatin1String(name)).toInteger(); };
    const QString version = outcome.value(QStringLiteral("version")).toString();
    if (source == u"netbox")
        printLine(QStringLiteral("NetBox %1 at %2: %3 sites, %4 devices")
                      .arg(version, c.netbox.url)
                      .arg(count("sites"))
                      .arg(count("devices")));
    else if (source == u"mcp")
        printLine(QStringLiteral("Ciena MCP at %1: logged in as %2, %3 network elements")
                      .arg(c.mcp.url, c.mcp.username)
                      .arg(count("networkElements")));
    else
        printLine(QStringLiteral("PRTG %1 at %2: %3 devices, %4 sensors")
                      .arg(version, c.prtg.url)
                      .arg(count("devices"))
                      .arg(count("sensors")));
    return 0;
}

} // namespace

int saveConfig(const Options &options, Workspace::Workspace &ws, const Workspace::WorkspaceConfig &config,
               const QString &done)
{
    if (auto st = ws.setWorkspaceConfig(config); !st)
        return fail(st.error().detail);
    if (auto st = ws.save(); !st)
        return fail(st.error().detail);
    // A running service picks the change up now rather than at its next run;
    // one that is not running reads it when it starts.
    if (auto socket = Ipc::IpcPaths::socketName(ws.id()); socket && Ipc::ServiceLauncher::isRunning(*socket)) {
        if (auto client = connectService(options, ws); client)
            (void)(*client)->callBlocking(QStringLiteral("workspace.reload"), {}, 10000);
    }
    printLine(done);
    return 0;
}

int runWorkspaceCommand(const Invocation &cli)
{
    const QString verb = cli.word(1);
    if (verb == u"list" || verb.isEmpty())
        return listWorkspaces();
    if (verb == u"create")
        return createWorkspace(cli);
    if (verb == u"use")
        return useWorkspace(cli);
    return fail(QStringLiteral("workspace takes list, create or use"));
}

int runConnectionCommand(const Invocation &cli)
{
    const QString verb = cli.word(1);
    if (verb == u"set" && (cli.word(2) == u"ssh" || cli.options.isSet(cli.options.profile)))
        return setCredentialProfile(cli);
    if (verb == u"set")
        return setConnection(cli);
    if (verb == u"test")
        return testConnection(cli);
    if (verb == u"list")
        return listConnections(cli);
    if (verb == u"remove")
        return removeCredentialProfile(cli);
    if (verb == u"rule")
        return runProfileRuleCommand(cli);
    return fail(QStringLiteral("connection takes set, list, remove, rule or test"));
}

} // namespace OpsDeck::Cli
