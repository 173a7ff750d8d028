// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Credential profiles: connection set snmp|ssh --profile, connection remove,
// connection rule add|remove, connection list.
#include "app/cli/cli.h"

namespace OpsDeck::Cli {

namespace {

/// "snmp" or "ssh" from the command's words, else an error line.
Result<QString> profileKind(const Invocation &cli, int word, const QString &usage)
{
    const QString kind = cli.word(word);
    if (kind != u"snmp" && kind != u"ssh")
        return Error(ErrorCode::InvalidInput, usage);
    return kind;
}

Result<QString> profileName(const Options &o)
{
    const QString name = o.value(o.profile);
    if (!o.isSet(o.profile) || name.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("--profile NAME is needed"));
    if (!Workspace::isValidProfileName(name))
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("--profile takes a letter or digit, then letters, digits, '.', '_' or '-' "
                                    "(at most 64), not \"%1\"")
                         .arg(name));
    return name;
}

Status applySnmpProfileOptions(const Options &o, Workspace::SnmpProfile &p)
{
    if (o.isSet(o.snmpVersion)) {
        const QString v = o.value(o.snmpVersion).toLower();
        if (v != u"v1" && v != u"v2c" && v != u"v3")
            return Error(ErrorCode::InvalidInput, QStringLiteral("--snmp-version takes v1, v2c or v3"));
        p.version = v == u"v1"    ? Workspace::SnmpVersion::V1
                    : v == u"v2c" ? Workspace::SnmpVersion::V2c
                                  : Workspace::SnmpVersion::V3;
    }
    if (o.isSet(o.credentials))
        p.credentials.path = o.value(o.credentials);
    if (o.isSet(o.snmpPort)) {
        bool ok = false;
        const int port = o.value(o.snmpPort).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error(ErrorCode::InvalidInput, QStringLiteral("--snmp-port takes a port number (1-65535)"));
        p.port = port;
    }
    return {};
}

/// The profile named @p name in @p profiles, appended when there is none;
/// @p created says which.
template<typename P> P &profileNamed(QList<P> &profiles, const QString &name, bool &created)
{
    for (P &p : profiles) {
        if (p.name == name) {
            created = false;
            return p;
        }
    }
    created = true;
    P fresh;
    fresh.name = name;
    profiles.append(fresh);
    return profiles.last();
}

QString ruleLine(const QString &kind, int number, const Workspace::ProfileRule &rule)
{
    return QStringLiteral("  %1 rule %2: %3 -> profile %4").arg(kind).arg(number).arg(rule.describe(), rule.profile);
}

} // namespace

int setCredentialProfile(const Invocation &cli)
{
    const Options &o = cli.options;
    auto kind = profileKind(cli, 2, QStringLiteral("connection set takes netbox, mcp, prtg, snmp or ssh"));
    if (!kind)
        return fail(kind.error().detail);
    auto name = profileName(o);
    if (!name)
        return fail(name.error().detail);
    auto ws = selectedWorkspace(o);
    if (!ws)
        return fail(ws.error().detail);
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    bool created = false;
    if (*kind == u"snmp") {
        Workspace::SnmpProfile &p = profileNamed(config.credentialProfiles.snmp.profiles, *name, created);
        if (created) // a new profile starts from the workspace-wide setting
            p = Workspace::SnmpProfile{*name, config.polling.snmpVersion, {}, config.service.collection.snmpPort};
        if (auto st = applySnmpProfileOptions(o, p); !st)
            return fail(st.error().detail);
    } else {
        if (o.isSet(o.snmpVersion) || o.isSet(o.snmpPort))
            return fail(QStringLiteral("--snmp-version and --snmp-port are for SNMP profiles"));
        Workspace::SshProfile &p = profileNamed(config.credentialProfiles.ssh.profiles, *name, created);
        if (o.isSet(o.credentials))
            p.credentials.path = o.value(o.credentials);
        if (o.isSet(o.user))
            p.user = o.value(o.user);
    }
    return saveConfig(o, *ws, config,
                      QStringLiteral("%1 profile %2 %3 in %4")
                          .arg(kind->toUpper(), *name, created ? QStringLiteral("added") : QStringLiteral("changed"),
                               ws->configFile()));
}

int removeCredentialProfile(const Invocation &cli)
{
    const Options &o = cli.options;
    auto kind = profileKind(cli, 2, QStringLiteral("connection remove takes snmp or ssh, and --profile NAME"));
    if (!kind)
        return fail(kind.error().detail);
    auto name = profileName(o);
    if (!name)
        return fail(name.error().detail);
    auto ws = selectedWorkspace(o);
    if (!ws)
        return fail(ws.error().detail);
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    Workspace::CredentialProfilesConfig &profiles = config.credentialProfiles;
    const QList<Workspace::ProfileRule> &rules = *kind == u"snmp" ? profiles.snmp.rules : profiles.ssh.rules;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).profile == *name)
            return fail(QStringLiteral("%1 profile %2 is used by rule %3; remove the rule first (connection rule "
                                       "remove %4 %3)")
                            .arg(kind->toUpper(), *name)
                            .arg(i + 1)
                            .arg(*kind));
    }
    const auto named = [&](const auto &p) { return p.name == *name; };
    const qsizetype removed =
        *kind == u"snmp" ? profiles.snmp.profiles.removeIf(named) : profiles.ssh.profiles.removeIf(named);
    if (removed == 0)
        return fail(QStringLiteral("there is no %1 profile %2 (see connection list)").arg(kind->toUpper(), *name));
    return saveConfig(o, *ws, config,
                      QStringLiteral("%1 profile %2 removed from %3").arg(kind->toUpper(), *name, ws->configFile()));
}

int runProfileRuleCommand(const Invocation &cli)
{
    const Options &o = cli.options;
    const QString verb = cli.word(2);
    auto kind = profileKind(cli, 3, QStringLiteral("connection rule takes add or remove, then snmp or ssh"));
    if ((verb != u"add" && verb != u"remove") || !kind)
        return fail(QStringLiteral("connection rule takes add or remove, then snmp or ssh"));
    auto ws = selectedWorkspace(o);
    if (!ws)
        return fail(ws.error().detail);
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    QList<Workspace::ProfileRule> &rules =
        *kind == u"snmp" ? config.credentialProfiles.snmp.rules : config.credentialProfiles.ssh.rules;
    if (verb == u"remove") {
        bool ok = false;
        const int number = cli.word(4).toInt(&ok);
        if (!ok || number < 1 || number > rules.size())
            return fail(QStringLiteral("connection rule remove %1 takes a rule number from 1 to %2 (see connection "
                                       "list)")
                            .arg(*kind)
                            .arg(rules.size()));
        const Workspace::ProfileRule gone = rules.takeAt(number - 1);
        return saveConfig(o, *ws, config,
                          QStringLiteral("%1 rule %2 (%3 -> %4) removed")
                              .arg(kind->toUpper())
                              .arg(number)
                              .arg(gone.describe(), gone.profile));
    }
    auto name = profileName(o);
    if (!name)
        return fail(name.error().detail);
    Workspace::ProfileRule rule{o.value(o.site).trimmed(), o.value(o.role).trimmed(), o.value(o.tag).trimmed(), *name};
    if (rule.isEmpty())
        return fail(QStringLiteral("a rule needs --site, --role or --tag (devices no rule matches keep the "
                                   "workspace-wide setting)"));
    rules.append(rule);
    return saveConfig(o, *ws, config,
                      QStringLiteral("%1 rule %2 added: %3 -> %4")
                          .arg(kind->toUpper())
                          .arg(rules.size())
                          .arg(rule.describe(), rule.profile));
}

int listConnections(const Invocation &cli)
{
    auto ws = selectedWorkspace(cli.options);
    if (!ws)
        return fail(ws.error().detail);
    const Workspace::WorkspaceConfig &config = ws->config();
    const Workspace::ConnectionsConfig &c = config.connections;
    printLine(
        QStringLiteral("netbox      %1").arg(c.netbox.url.isEmpty() ? QStringLiteral("not configured") : c.netbox.url));
    printLine(QStringLiteral("ciena mcp   %1").arg(c.mcp.url.isEmpty() ? QStringLiteral("not configured") : c.mcp.url));
    printLine(
        QStringLiteral("prtg        %1").arg(c.prtg.url.isEmpty() ? QStringLiteral("not configured") : c.prtg.url));
    const QString none = QStringLiteral("(no credentials)");
    printLine(QStringLiteral("snmp        %1, credentials %2, port %3 (devices no rule matches)")
                  .arg(Workspace::toConfigString(config.polling.snmpVersion),
                       config.polling.credentials.isSet() ? config.polling.credentials.path : none)
                  .arg(config.service.collection.snmpPort));
    const Workspace::CredentialProfilesConfig &profiles = config.credentialProfiles;
    for (const Workspace::SnmpProfile &p : profiles.snmp.profiles)
        printLine(
            QStringLiteral("  snmp profile %1: %2, credentials %3, port %4")
                .arg(p.name, Workspace::toConfigString(p.version), p.credentials.isSet() ? p.credentials.path : none)
                .arg(p.port));
    for (int i = 0; i < profiles.snmp.rules.size(); ++i)
        printLine(ruleLine(QStringLiteral("snmp"), i + 1, profiles.snmp.rules.at(i)));
    printLine(QStringLiteral("ssh         %1 profile(s); used by SSH jobs that name no credential")
                  .arg(profiles.ssh.profiles.size()));
    for (const Workspace::SshProfile &p : profiles.ssh.profiles)
        printLine(QStringLiteral("  ssh profile %1: credentials %2, user %3")
                      .arg(p.name, p.credentials.isSet() ? p.credentials.path : none,
                           p.user.isEmpty() ? QStringLiteral("(the job's)") : p.user));
    for (int i = 0; i < profiles.ssh.rules.size(); ++i)
        printLine(ruleLine(QStringLiteral("ssh"), i + 1, profiles.ssh.rules.at(i)));
    return 0;
}

} // namespace OpsDeck::Cli
