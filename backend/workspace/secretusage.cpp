// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/secretusage.h"

namespace OpsDeck::Workspace {

QList<SecretUsage> secretUsages(const WorkspaceConfig &config)
{
    QList<SecretUsage> out;
    const auto add = [&out](const SecretRef &ref, const QString &use, bool prefix = false) {
        if (ref.isSet())
            out.append({ref.path, use, prefix});
    };
    add(config.store.password, QStringLiteral("PostgreSQL store password"));
    add(config.connections.netbox.token, QStringLiteral("NetBox token"));
    add(config.connections.mcp.password, QStringLiteral("Ciena MCP password"));
    add(config.connections.prtg.passhash, QStringLiteral("PRTG passhash"));
    add(config.connections.prtg.apiToken, QStringLiteral("PRTG API token"));
    add(config.polling.credentials, QStringLiteral("SNMP polling"), true);
    for (const SecretRef &community : config.service.traps.communities)
        add(community, QStringLiteral("SNMP trap community"));
    for (const TrapUserConfig &user : config.service.traps.users)
        add(user.credentials, QStringLiteral("SNMPv3 trap user"), true);
    for (const SnmpProfile &profile : config.credentialProfiles.snmp.profiles)
        add(profile.credentials, QStringLiteral("SNMP profile %1").arg(profile.name), true);
    for (const SshProfile &profile : config.credentialProfiles.ssh.profiles)
        add(profile.credentials, QStringLiteral("SSH profile %1").arg(profile.name), true);
    return out;
}

QStringList usesOf(const QString &key, const QList<SecretUsage> &usages)
{
    QStringList uses;
    for (const SecretUsage &usage : usages) {
        const bool inGroup = usage.prefix && key.startsWith(usage.path + QLatin1Char('/'));
        if ((key == usage.path || inGroup) && !uses.contains(usage.use))
            uses << usage.use;
    }
    uses.sort();
    return uses;
}

} // namespace OpsDeck::Workspace
