// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/credentialprofiles.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/workspaceconfig.h" // toConfigString()

namespace OpsDeck::Workspace {

namespace {

const QString kHidden = QStringLiteral("(hidden)");

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isValidSecretPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    if (path.size() > 200 || !pattern.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".")) && !parts.contains(QStringLiteral(".."));
}

QString renderText(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(60) + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("an array");
    if (value.isObject())
        return QStringLiteral("an object");
    return QStringLiteral("null");
}

/// Reads one JSON object of this section: each accessor validates its key and
/// stores the value when it is fine; finish() reports the keys nobody asked
/// for. Mirrors the workspace configuration's own reader (same issue kinds
/// and wording), which is private to workspaceconfig.cpp.
class ObjectReader
{
public:
    ObjectReader(QJsonObject object, QString prefix, const QString &file, QList<ConfigIssue> &issues)
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
        , m_file(file)
        , m_issues(issues)
    {}

    /// A string of at most @p maxLength characters without control characters.
    void text(const char *key, QString &value, int maxLength = 200)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isString()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderText(json), QStringLiteral("a string"));
            return;
        }
        if (json.toString().size() > maxLength || hasControlCharacters(json.toString())) {
            report(ConfigIssue::Kind::BadFormat, pathOf(key), renderText(json),
                   QStringLiteral("at most %1 characters without control characters").arg(maxLength));
            return;
        }
        value = json.toString();
    }

    void profileName(const char *key, QString &value)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isString() || !isValidProfileName(json.toString())) {
            report(json.isString() ? ConfigIssue::Kind::BadFormat : ConfigIssue::Kind::WrongType, pathOf(key),
                   renderText(json),
                   QStringLiteral("a profile name: a letter or digit, then letters, digits, '.', '_' or '-' (at most "
                                  "64)"));
            return;
        }
        value = json.toString();
    }

    void port(const char *key, int &value)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        const double d = json.toDouble();
        if (!json.isDouble() || d != std::floor(d) || d < 1 || d > 65535) {
            report(json.isDouble() ? ConfigIssue::Kind::OutOfRange : ConfigIssue::Kind::WrongType, pathOf(key),
                   renderText(json), QStringLiteral("an integer from 1 to 65535"));
            return;
        }
        value = int(d);
    }

    void version(const char *key, SnmpVersion &value)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        static const QList<std::pair<QString, SnmpVersion>> names{{QStringLiteral("v1"), SnmpVersion::V1},
                                                                  {QStringLiteral("v2c"), SnmpVersion::V2c},
                                                                  {QStringLiteral("v3"), SnmpVersion::V3}};
        for (const auto &[text, v] : names) {
            if (json.toString() == text) {
                value = v;
                return;
            }
        }
        report(json.isString() ? ConfigIssue::Kind::NotAllowed : ConfigIssue::Kind::WrongType, pathOf(key),
               renderText(json), QStringLiteral("one of \"v1\", \"v2c\", \"v3\""));
    }

    // Nothing under a secret key is echoed: a mistyped reference may hold the secret itself.
    void secret(const char *key, SecretRef &ref)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        const QString path = pathOf(key);
        const QString expected = QStringLiteral("a vault reference such as {\"secret\": \"snmp/core\"}");
        if (json.isString()) {
            report(ConfigIssue::Kind::PlainSecret, path, kHidden,
                   expected + QStringLiteral("; secrets are never written in clear text in a configuration file, "
                                             "store it in the vault and reference it here"));
            return;
        }
        const QJsonObject object = json.toObject();
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, path, kHidden, expected);
            return;
        }
        bool fine = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"secret") {
                report(ConfigIssue::Kind::UnknownKey, path + QLatin1Char('.') + it.key(), {},
                       QStringLiteral("only the key \"secret\" in a vault reference"));
                fine = false;
            }
        }
        const QJsonValue target = object.value(QLatin1String("secret"));
        if (!target.isString() || !isValidSecretPath(target.toString())) {
            report(target.isString() ? ConfigIssue::Kind::BadFormat : ConfigIssue::Kind::WrongType,
                   path + QStringLiteral(".secret"), kHidden,
                   QStringLiteral("a vault entry name: parts of letters, digits, '.', '_', '-' separated by '/'"));
            fine = false;
        }
        if (fine)
            ref.path = target.toString();
    }

    /// An array of objects, each read by @p read; replaces @p items when present.
    template<typename T, typename F> void objects(const char *key, QList<T> &items, F read)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isArray()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderText(json), QStringLiteral("an array of objects"));
            return;
        }
        const QJsonArray array = json.toArray();
        QList<T> result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                report(ConfigIssue::Kind::WrongType, itemPath, renderText(array.at(i)), QStringLiteral("an object"));
                continue;
            }
            T item{};
            ObjectReader child(array.at(i).toObject(), itemPath + QLatin1Char('.'), m_file, m_issues);
            read(child, item);
            child.finish();
            result << item;
        }
        items = result;
    }

    /// The object under @p key, read by @p read.
    template<typename F> void object(const char *key, F read)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderText(json), QStringLiteral("an object"));
            return;
        }
        ObjectReader child(json.toObject(), pathOf(key) + QLatin1Char('.'), m_file, m_issues);
        read(child);
        child.finish();
    }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                report(ConfigIssue::Kind::UnknownKey, m_prefix + it.key(), {},
                       QStringLiteral("one of the known keys: ") + m_known.join(QStringLiteral(", ")));
        }
    }

    void report(ConfigIssue::Kind kind, const QString &path, const QString &value, const QString &expected)
    {
        ConfigIssue issue;
        issue.kind = kind;
        issue.file = m_file;
        issue.keyPath = path;
        issue.value = value;
        issue.expected = expected;
        m_issues << issue;
    }

private:
    bool take(const char *key, QJsonValue &out)
    {
        const QString name = QLatin1String(key);
        m_known << name;
        const auto it = m_object.constFind(name);
        if (it == m_object.constEnd())
            return false;
        out = it.value();
        return true;
    }

    QString pathOf(const char *key) const { return m_prefix + QLatin1String(key); }

    QJsonObject m_object;
    QString m_prefix;
    const QString &m_file;
    QList<ConfigIssue> &m_issues;
    QStringList m_known;
};

void readRule(ObjectReader &r, ProfileRule &rule)
{
    r.text("site", rule.site);
    r.text("role", rule.role);
    r.text("tag", rule.tag);
    r.profileName("profile", rule.profile);
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
    if (!json.isObject()) {
        ObjectReader({}, {}, file, issues)
            .report(ConfigIssue::Kind::WrongType, path, renderText(json), QStringLiteral("an object"));
        return;
    }
    ObjectReader section(json.toObject(), path + QLatin1Char('.'), file, issues);
    section.object("snmp", [this](ObjectReader &r) {
        r.objects("profiles", snmp.profiles, [](ObjectReader &p, SnmpProfile &profile) {
            p.profileName("name", profile.name);
            p.version("version", profile.version);
            p.secret("credentials", profile.credentials);
            p.port("port", profile.port);
        });
        r.objects("rules", snmp.rules, readRule);
    });
    section.object("ssh", [this](ObjectReader &r) {
        r.objects("profiles", ssh.profiles, [](ObjectReader &p, SshProfile &profile) {
            p.profileName("name", profile.name);
            p.secret("credentials", profile.credentials);
            p.text("user", profile.user, 128);
        });
        r.objects("rules", ssh.rules, readRule);
    });
    section.finish();
}

QList<ConfigIssue> CredentialProfilesConfig::crossCheck(const QString &path, const QString &file) const
{
    QList<ConfigIssue> issues;
    checkKind(snmp.profiles, snmp.rules, path + QStringLiteral(".snmp"), file, issues);
    checkKind(ssh.profiles, ssh.rules, path + QStringLiteral(".ssh"), file, issues);
    return issues;
}

} // namespace OpsDeck::Workspace
