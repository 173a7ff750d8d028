// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "backend/workspace/configissue.h"
#include "backend/workspace/configvalues.h"

namespace OpsDeck::Domain {
struct DeviceLabels;
}

namespace OpsDeck::Workspace {

/// How the service polls the devices a rule gives this profile: SNMP
/// version, the vault reference of the community or v3 user (same layout as
/// polling.credentials) and the agents' UDP port.
struct SnmpProfile
{
    QString name;
    SnmpVersion version = SnmpVersion::V2c;
    SecretRef credentials;
    int port = 161;

    bool operator==(const SnmpProfile &) const = default;
};

/// How SSH jobs log in to the devices a rule gives this profile, when the
/// job names no credential: the vault reference (R/key, R/passphrase,
/// R/password) and, optionally, the login user.
struct SshProfile
{
    QString name;
    SecretRef credentials;
    QString user; ///< empty: the job's own

    bool operator==(const SshProfile &) const = default;
};

/// Gives @p profile to the devices that match every non-empty field: the
/// site, the role (slug or name) and one of the tags (slug or name), compared
/// without regard to case. A rule matches nothing when every field is empty
/// (a configuration error).
struct ProfileRule
{
    QString site;
    QString role;
    QString tag;
    QString profile;

    [[nodiscard]] bool isEmpty() const { return site.isEmpty() && role.isEmpty() && tag.isEmpty(); }
    [[nodiscard]] bool matches(const Domain::DeviceLabels &device) const;
    /// "site dc1, tag lab" for messages and lists.
    [[nodiscard]] QString describe() const;

    bool operator==(const ProfileRule &) const = default;
};

struct SnmpProfilesConfig
{
    QList<SnmpProfile> profiles;
    QList<ProfileRule> rules; ///< in order; the first that matches wins

    [[nodiscard]] const SnmpProfile *profile(const QString &name) const;
    bool operator==(const SnmpProfilesConfig &) const = default;
};

struct SshProfilesConfig
{
    QList<SshProfile> profiles;
    QList<ProfileRule> rules; ///< in order; the first that matches wins

    [[nodiscard]] const SshProfile *profile(const QString &name) const;
    bool operator==(const SshProfilesConfig &) const = default;
};

/// Named credential profiles and the rules that choose them per device
/// (workspace.json "credentialProfiles"). A device no rule matches keeps the
/// workspace-wide setting (polling.snmpVersion, polling.credentials,
/// service.collection.snmpPort; for SSH: what the job names). Only vault
/// references are kept here, never a secret. Plain value type.
///
/// JSON: {"snmp": {"profiles": [{"name", "version", "credentials":
/// {"secret"}, "port"}], "rules": [{"site", "role", "tag", "profile"}]},
/// "ssh": {"profiles": [{"name", "credentials": {"secret"}, "user"}],
/// "rules": [...]}}. A layer's "profiles" and "rules" arrays replace the
/// lower layer's.
struct CredentialProfilesConfig
{
    SnmpProfilesConfig snmp;
    SshProfilesConfig ssh;

    /// The SNMP profile of the first rule matching @p device; nullptr: the workspace-wide setting.
    [[nodiscard]] const SnmpProfile *snmpProfileFor(const Domain::DeviceLabels &device) const;
    /// The SSH profile of the first rule matching @p device; nullptr: none.
    [[nodiscard]] const SshProfile *sshProfileFor(const Domain::DeviceLabels &device) const;

    [[nodiscard]] bool isEmpty() const { return *this == CredentialProfilesConfig(); }

    [[nodiscard]] QJsonObject toJson() const;
    /// Validates the JSON value of the key @p path and merges it into this
    /// configuration; every problem is appended to @p issues naming @p file.
    void readJson(const QJsonValue &json, const QString &path, const QString &file, QList<ConfigIssue> &issues);
    /// Rules across profiles and rules (Kind::Inconsistent): profile names
    /// unique per kind, every rule matching something and naming a profile
    /// of its kind.
    [[nodiscard]] QList<ConfigIssue> crossCheck(const QString &path, const QString &file) const;

    bool operator==(const CredentialProfilesConfig &) const = default;
};

/// Profile names: a letter or digit, then letters, digits, '.', '_', '-'; at most 64.
[[nodiscard]] bool isValidProfileName(const QString &name);

} // namespace OpsDeck::Workspace
