// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/workspace/credentialgroups.h"

#include <QMap>
#include <QSet>

namespace OpsDeck::Models {

namespace {

struct Parts
{
    QSet<QString> leaves;
    QList<const VaultEntry *> entries;
};

/// The layout a set of leaf names forms, if any.
std::optional<CredentialGroup::Kind> layoutOf(const QSet<QString> &leaves)
{
    static const QSet<QString> v3{QStringLiteral("user"), QStringLiteral("auth"), QStringLiteral("priv"),
                                  QStringLiteral("authProtocol"), QStringLiteral("privProtocol")};
    static const QSet<QString> key{QStringLiteral("key"), QStringLiteral("passphrase")};
    if (leaves == QSet<QString>{QStringLiteral("community")})
        return CredentialGroup::Kind::SnmpCommunity;
    if (leaves.contains(QStringLiteral("user")) && leaves.contains(QStringLiteral("auth")) && v3.contains(leaves))
        return CredentialGroup::Kind::SnmpV3User;
    if (leaves == QSet<QString>{QStringLiteral("password")})
        return CredentialGroup::Kind::SshPassword;
    if (leaves.contains(QStringLiteral("key")) && key.contains(leaves))
        return CredentialGroup::Kind::SshKey;
    return std::nullopt;
}

void addEntry(CredentialGroup &group, const VaultEntry &e)
{
    group.keys << e.key;
    for (const QString &use : e.usedBy) {
        if (!group.usedBy.contains(use))
            group.usedBy << use;
    }
    if (!group.modified.isValid() || e.modified > group.modified)
        group.modified = e.modified;
}

} // namespace

QList<CredentialGroup> groupCredentials(const QList<VaultEntry> &entries)
{
    QMap<QString, Parts> byParent;
    for (const VaultEntry &e : entries) {
        const qsizetype slash = e.key.lastIndexOf(QLatin1Char('/'));
        if (slash > 0) {
            Parts &parts = byParent[e.key.left(slash)];
            parts.leaves.insert(e.key.mid(slash + 1));
            parts.entries << &e;
        }
    }
    QMap<QString, CredentialGroup> groups;
    QSet<QString> grouped;
    for (auto it = byParent.cbegin(); it != byParent.cend(); ++it) {
        const auto kind = layoutOf(it->leaves);
        if (!kind)
            continue;
        CredentialGroup &group = groups[it.key()];
        group.name = it.key();
        group.kind = *kind;
        for (const VaultEntry *e : it->entries) {
            addEntry(group, *e);
            grouped.insert(e->key);
        }
    }
    for (const VaultEntry &e : entries) {
        if (grouped.contains(e.key))
            continue;
        CredentialGroup &group = groups[e.key];
        group.name = e.key;
        addEntry(group, e);
    }
    QList<CredentialGroup> out = groups.values();
    for (CredentialGroup &g : out) {
        g.keys.sort();
        g.usedBy.sort();
    }
    return out;
}

QString credentialKindText(CredentialGroup::Kind kind)
{
    switch (kind) {
    case CredentialGroup::Kind::Secret:
        return QCoreApplication::translate("OpsDeck::Models::CredentialGroup", "API token or password");
    case CredentialGroup::Kind::SnmpCommunity:
        return QCoreApplication::translate("OpsDeck::Models::CredentialGroup", "SNMP community");
    case CredentialGroup::Kind::SnmpV3User:
        return QCoreApplication::translate("OpsDeck::Models::CredentialGroup", "SNMPv3 user");
    case CredentialGroup::Kind::SshPassword:
        return QCoreApplication::translate("OpsDeck::Models::CredentialGroup", "SSH password");
    case CredentialGroup::Kind::SshKey:
        return QCoreApplication::translate("OpsDeck::Models::CredentialGroup", "SSH private key");
    }
    return {};
}

} // namespace OpsDeck::Models
