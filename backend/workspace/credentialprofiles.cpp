// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/credentialprofiles.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/configreader.h"
#include "backend/workspace/workspaceconfig.h" // toConfigString()

namespace OpsDeck::Workspace {

namespace {

std::optional<Verdict> checkProfileName(const QString &text)
{
    if (!isValidProfileName(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a profile name: a letter or digit, then letters, digits, '.', '_' or '-' (at "
                                      "most 64)")};
    return std::nullopt;
}

void readRule(ConfigReader &r, ProfileRule &rule)
{
    r.text("site", rule.site, checkName);
    r.text("role", rule.role, checkName);
    r.text("tag", rule.tag, checkName);
    r.text("profile", rule.profile, checkProfileName);
}

QJsonObject ruleJson(const ProfileRule &rule)
{
    QJsonObject out{{QStringLiteral("profile"), rule.profile}};
    if (!rule.site.isEmpty())
        out.insert(QStringLiteral("site"), rule.site);
    if (!rule.role.isEmpty())
        out.insert(QStringLiteral("role"), rule.role);
    if (!rule.tag.isEmpty())
        out.insert(QStringLiteral("tag"), rule.tag);
    return out;
}

QJsonObject secretJson(const SecretRef &ref)
{
    return {{QStringLiteral("secret"), ref.path}};
}

bool sameText(const QString &wanted, const QString &have)
{
    return !have.isEmpty() && wanted.compare(have, Qt::CaseInsensitive) == 0;
}

template<typename P> const P *findProfile(const QList<P> &profiles, const QString &name)
{
    for (const P &p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

template<typename P>
const P *profileFor(const QList<P> &profiles, const QList<ProfileRule> &rules, const Domain::DeviceLabels &device)
{
    for (const ProfileRule &rule : rules) {
        if (rule.matches(device))
            return findProfile(profiles, rule.profile);
    }
    return nullptr;
}

/// Duplicate names, empty rules and rules naming no profile of @p profiles.
template<typename P>
void checkKind(const QList<P> &profiles, const QList<ProfileRule> &rules, const QString &path, const QString &file,
               QList<ConfigIssue> &issues)
{
    const auto add = [&](const QString &key, const QString &value, const QString &expected) {
        ConfigIssue issue;
        issue.kind = ConfigIssue::Kind::Inconsistent;
        issue.file = file;
        issue.keyPath = key;
        issue.value = value;
        issue.expected = expected;
        issues << issue;
    };
    QSet<QString> names;
    QStringList known;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QString &name = profiles.at(i).name;
        const QString key = path + QStringLiteral(".profiles[%1]").arg(i);
        if (name.isEmpty())
            add(key + QStringLiteral(".name"), QStringLiteral("\"\""), QStringLiteral("a profile name"));
        else if (names.contains(name))
            add(key + QStringLiteral(".name"), QLatin1Char('"') + name + QLatin1Char('"'),
                QStringLiteral("a name no other profile of this kind has"));
        else
            known << name;
        names.insert(name);
        if (!profiles.at(i).credentials.isSet())
            add(key + QStringLiteral(".credentials"), QStringLiteral("(none)"),
                QStringLiteral("a vault reference such as {\"secret\": \"%1\"}")
                    .arg(path.section(QLatin1Char('.'), -1) + QStringLiteral("/core")));
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ProfileRule &rule = rules.at(i);
        const QString key = path + QStringLiteral(".rules[%1]").arg(i);
        if (rule.isEmpty())
            add(key, QStringLiteral("an empty match"),
                QStringLiteral("at least one of \"site\", \"role\" or \"tag\" (a rule matching every device is "
                               "the workspace-wide setting)"));
        if (!names.contains(rule.profile) || rule.profile.isEmpty())
            add(key + QStringLiteral(".profile"), QLatin1Char('"') + rule.profile + QLatin1Char('"'),
                known.isEmpty() ? QStringLiteral("the name of a profile in %1.profiles (there is none)").arg(path)
                                : QStringLiteral("the name of a profile in %1.profiles: %2")
                                      .arg(path, known.join(QStringLiteral(", "))));
    }
}

} // namespace

bool isValidProfileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool ProfileRule::matches(const Domain::DeviceLabels &device) const
{
    if (isEmpty())
        return false;
    if (!site.isEmpty() && !sameText(site, device.siteSlug) && !sameText(site, device.siteName))
        return false;
    if (!role.isEmpty() && !sameText(role, device.roleSlug) && !sameText(role, device.roleName))
        return false;
    if (!tag.isEmpty()) {
        const auto hit = [this](const QString &t) { return sameText(tag, t); };
        if (std::none_of(device.tagSlugs.cbegin(), device.tagSlugs.cend(), hit) &&
            std::none_of(device.tagNames.cbegin(), device.tagNames.cend(), hit))
            return false;
    }
    return true;
}

QString ProfileRule::describe() const
{
    QStringList parts;
    if (!site.isEmpty())
        parts << QStringLiteral("site %1").arg(site);
    if (!role.isEmpty())
        parts << QStringLiteral("role %1").arg(role);
    if (!tag.isEmpty())
        parts << QStringLiteral("tag %1").arg(tag);
    return parts.join(QStringLiteral(", "));
}

const SnmpProfile *SnmpProfilesConfig::profile(const QString &name) const
{
    return findProfile(profiles, name);
}

const SshProfile *SshProfilesConfig::profile(const QString &name) const
{
    return findProfile(profiles, name);
}

const SnmpProfile *CredentialProfilesConfig::snmpProfileFor(const Domain::DeviceLabels &device) const
{
    return profileFor(snmp.profiles, snmp.rules, device);
}

const SshProfile *CredentialProfilesConfig::sshProfileFor(const Domain::DeviceLabels &device) const
{
    return profileFor(ssh.profiles, ssh.rules, device);
}

QJsonObject CredentialProfilesConfig::toJson() const
{
    QJsonArray snmpProfiles;
    for (const SnmpProfile &p : snmp.profiles) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("version"), toConfigString(p.version)},
                      {QStringLiteral("port"), p.port}};
        if (p.credentials.isSet())
            o.insert(QStringLiteral("credentials"), secretJson(p.credentials));
        snmpProfiles.append(o);
    }
    QJsonArray sshProfiles;
    for (const SshProfile &p : ssh.profiles) {
        QJsonObject o{{QStringLiteral("name"), p.name}};
        if (p.credentials.isSet())
            o.insert(QStringLiteral("credentials"), secretJson(p.credentials));
        if (!p.user.isEmpty())
            o.insert(QStringLiteral("user"), p.user);
        sshProfiles.append(o);
    }
    const auto rules = [](const QList<ProfileRule> &list) {
        QJsonArray out;
        for (const ProfileRule &r : list)
            out.append(ruleJson(r));
        return out;
    };
    return {{QStringLiteral("snmp"),
             QJsonObject{{QStringLiteral("profiles"), snmpProfiles}, {QStringLiteral("rules"), rules(snmp.rules)}}},
            {QStringLiteral("ssh"),
             QJsonObject{{QStringLiteral("profiles"), sshProfiles}, {QStringLiteral("rules"), rules(ssh.rules)}}}};
}

void CredentialProfilesConfig::readJson(const QJsonValue &json, const QString &path, const QString &file,
                                        QList<ConfigIssue> &issues)
{
    // A reader holding just this section's key, so issues carry its full path.
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const QString key = path.mid(dot + 1);
    const QByteArray keyBytes = key.toUtf8();
    ConfigReader parent(QJsonObject{{key, json}}, path.left(dot + 1), file, issues);
    parent.object(keyBytes.constData(), [this](ConfigReader &section) {
        section.object("snmp", [this](ConfigReader &r) {
            r.objects("profiles", snmp.profiles, [](ConfigReader &p, SnmpProfile &profile) {
                p.text("name", profile.name, checkProfileName);
                p.choice("version", profile.version, snmpVersionNames());
                p.secret("credentials", profile.credentials, QStringLiteral("snmp/core"));
                p.integer("port", profile.port, 1, 65535);
            });
            r.objects("rules", snmp.rules, readRule);
        });
        section.object("ssh", [this](ConfigReader &r) {
            r.objects("profiles", ssh.profiles, [](ConfigReader &p, SshProfile &profile) {
                p.text("name", profile.name, checkProfileName);
                p.secret("credentials", profile.credentials, QStringLiteral("ssh/core"));
                p.text("user", profile.user, checkUserName);
            });
            r.objects("rules", ssh.rules, readRule);
        });
    });
}

QList<ConfigIssue> CredentialProfilesConfig::crossCheck(const QString &path, const QString &file) const
{
    QList<ConfigIssue> issues;
    checkKind(snmp.profiles, snmp.rules, path + QStringLiteral(".snmp"), file, issues);
    checkKind(ssh.profiles, ssh.rules, path + QStringLiteral(".ssh"), file, issues);
    return issues;
}

} // namespace OpsDeck::Workspace
