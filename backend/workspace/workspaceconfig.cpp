// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/workspaceconfig.h"

#include <array>
#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include "backend/workspace/configreader.h"

namespace OpsDeck::Workspace {

namespace {

// The schema is written once, as one describe() per struct. A visitor walks
// it: SchemaReader validates a layer and merges it into the struct, JsonWriter
// serialises the struct. Key names, types, ranges and allowed values
// therefore cannot drift apart between loading and saving.

constexpr std::array<EnumName<StoreDriver>, 2> kStoreDrivers{{
    {StoreDriver::Sqlite, "sqlite"},
    {StoreDriver::Postgres, "postgres"},
}};
constexpr std::array<EnumName<NetboxTokenVersion>, 3> kTokenVersions{{
    {NetboxTokenVersion::V1, "v1"},
    {NetboxTokenVersion::V2, "v2"},
    {NetboxTokenVersion::Auto, "auto"},
}};
constexpr int kMaxTimeoutMs = 600000;
constexpr int kMaxIntervalSeconds = 7 * 24 * 3600;
const QString kHidden = QStringLiteral("(hidden)");

std::optional<Verdict> checkCollectionGroup(const QString &text)
{
    if (!collectionGroupNames().contains(text))
        return Verdict{ConfigIssue::Kind::NotAllowed,
                       QStringLiteral("one of ") + collectionGroupNames().join(QStringLiteral(", "))};
    return std::nullopt;
}

constexpr int kMinCollectionSeconds = 5;

template<typename V> void describe(V &v, StoreConfig &c);
template<typename V> void describe(V &v, NetboxConfig &c);
template<typename V> void describe(V &v, McpConfig &c);
template<typename V> void describe(V &v, PrtgConfig &c);
template<typename V> void describe(V &v, ConnectionsConfig &c);
template<typename V> void describe(V &v, PollingConfig &c);
template<typename V> void describe(V &v, ApprovalRule &c);
template<typename V> void describe(V &v, ApprovalsConfig &c);
template<typename V> void describe(V &v, SyncConfig &c);
template<typename V> void describe(V &v, CollectionConfig &c);
template<typename V> void describe(V &v, TrapUserConfig &c);
template<typename V> void describe(V &v, TrapsConfig &c);
template<typename V> void describe(V &v, ServiceConfig &c);
template<typename V> void describe(V &v, WorkspaceConfig &c);

/// Validates one JSON object against the schema and merges the keys present
/// into the struct; absent keys keep what earlier layers set. Adds to the
/// shared reader what only this schema has: nested groups described by
/// describe(), collection intervals and sections that read themselves.
class SchemaReader : public ConfigReader
{
public:
    using ConfigReader::ConfigReader;

    /// Group name -> seconds, each 0 (off) or at least kMinCollectionSeconds.
    void secondsMap(const char *key, QMap<QString, int> &map)
    {
        entries(key, QStringLiteral("an object mapping metric groups to seconds"), checkCollectionGroup,
                [&map](ConfigReader &entry, const char *name) {
                    QJsonValue json;
                    entry.value(name, json);
                    const QString expected = QStringLiteral("0 (off) or an integer from %1 to %2")
                                                 .arg(kMinCollectionSeconds)
                                                 .arg(kMaxIntervalSeconds);
                    const double d = json.toDouble();
                    if (!json.isDouble() || !std::isfinite(d) || d != std::floor(d))
                        entry.report(ConfigIssue::Kind::WrongType, entry.pathOf(name), renderValue(json), expected);
                    else if (d != 0 && (d < kMinCollectionSeconds || d > kMaxIntervalSeconds))
                        entry.report(ConfigIssue::Kind::OutOfRange, entry.pathOf(name), renderValue(json), expected);
                    else
                        map.insert(QString::fromUtf8(name), static_cast<int>(d));
                });
    }

    /// Role slug -> secondsMap.
    void roleSecondsMap(const char *key, QMap<QString, QMap<QString, int>> &map)
    {
        entries<SchemaReader>(key, QStringLiteral("an object mapping role slugs to {group: seconds}"), checkSlug,
                              [&map](SchemaReader &entry, const char *name) {
                                  const QString role = QString::fromUtf8(name);
                                  QMap<QString, int> groups = map.value(role);
                                  entry.secondsMap(name, groups);
                                  map.insert(role, groups);
                              });
    }

    // Sections kept in files of their own validate and merge themselves.
    template<typename Section> void section(const char *key, Section &value)
    {
        QJsonValue json;
        if (this->value(key, json))
            value.readJson(json, pathOf(key), file(), issues());
    }

    /// A section its owner validates: kept as it is; a later layer's keys
    /// replace an earlier layer's.
    void ownedSection(const char *key, QJsonObject &value)
    {
        QJsonValue json;
        if (!this->value(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("an object"));
            return;
        }
        const QJsonObject layer = json.toObject();
        for (auto it = layer.constBegin(); it != layer.constEnd(); ++it)
            value.insert(it.key(), it.value());
    }

    template<typename T> void group(const char *key, T &sub)
    {
        object<SchemaReader>(key, [&sub](SchemaReader &child) { describe(child, sub); });
    }

    template<typename T> void objectList(const char *key, QList<T> &items)
    {
        objects<SchemaReader>(key, items, [](SchemaReader &child, T &item) { describe(child, item); });
    }
};

/// Serialises the struct; every key is written, unset secrets are left out.
class JsonWriter
{
public:
    void text(const char *key, QString &value, TextCheck) { m_object.insert(QLatin1String(key), value); }
    void integer(const char *key, int &value, int, int) { m_object.insert(QLatin1String(key), value); }
    void boolean(const char *key, bool &value) { m_object.insert(QLatin1String(key), value); }

    template<typename E, std::size_t N> void choice(const char *key, E &value, const std::array<EnumName<E>, N> &names)
    {
        m_object.insert(QLatin1String(key), enumName(names, value));
    }

    void secret(const char *key, SecretRef &ref)
    {
        if (ref.isSet())
            m_object.insert(QLatin1String(key), QJsonObject{{QStringLiteral("secret"), ref.path}});
    }

    void textList(const char *key, QStringList &list, TextCheck, TextNormalizer = nullptr)
    {
        m_object.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    }

    void intMap(const char *key, QMap<QString, int> &map, TextCheck, int, int)
    {
        QJsonObject object;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.insert(it.key(), it.value());
        m_object.insert(QLatin1String(key), object);
    }

    void secretList(const char *key, QList<SecretRef> &list)
    {
        QJsonArray array;
        for (const SecretRef &ref : std::as_const(list))
            array.append(QJsonObject{{QStringLiteral("secret"), ref.path}});
        m_object.insert(QLatin1String(key), array);
    }

    void secondsMap(const char *key, QMap<QString, int> &map)
    {
        QJsonObject object;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.insert(it.key(), it.value());
        m_object.insert(QLatin1String(key), object);
    }

    void roleSecondsMap(const char *key, QMap<QString, QMap<QString, int>> &map)
    {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it) {
            JsonWriter role;
            role.secondsMap("groups", it.value());
            object.insert(it.key(), role.m_object.value(QLatin1String("groups")));
        }
        m_object.insert(QLatin1String(key), object);
    }

    template<typename Section> void section(const char *key, Section &value)
    {
        m_object.insert(QLatin1String(key), value.toJson());
    }

    void ownedSection(const char *key, QJsonObject &value)
    {
        if (!value.isEmpty())
            m_object.insert(QLatin1String(key), value);
    }

    template<typename T> void group(const char *key, T &sub)
    {
        JsonWriter child;
        describe(child, sub);
        m_object.insert(QLatin1String(key), child.m_object);
    }

    template<typename T> void objectList(const char *key, QList<T> &items)
    {
        QJsonArray array;
        for (T &item : items) {
            JsonWriter child;
            describe(child, item);
            array.append(child.m_object);
        }
        m_object.insert(QLatin1String(key), array);
    }

    [[nodiscard]] QJsonObject object() const { return m_object; }

private:
    QJsonObject m_object;
};

template<typename V> void describe(V &v, StoreConfig &c)
{
    v.choice("driver", c.driver, kStoreDrivers);
    v.text("host", c.host, checkHost);
    v.integer("port", c.port, 1, 65535);
    v.text("database", c.database, checkPlain);
    v.text("user", c.user, checkPlain);
    v.secret("password", c.password);
}

template<typename V> void describe(V &v, NetboxConfig &c)
{
    v.text("url", c.url, checkUrl);
    v.secret("token", c.token);
    v.choice("tokenVersion", c.tokenVersion, kTokenVersions);
    v.boolean("verifyTls", c.verifyTls);
    v.text("caFile", c.caFile, checkPlain);
    v.textList("pinnedSha256", c.pinnedSha256, checkFingerprint, normalizeFingerprint);
    v.integer("timeoutMs", c.timeoutMs, 100, kMaxTimeoutMs);
    v.integer("pageSize", c.pageSize, 1, 1000);
    v.integer("concurrency", c.concurrency, 1, 16);
}

template<typename V> void describe(V &v, McpConfig &c)
{
    v.text("url", c.url, checkUrl);
    v.text("username", c.username, checkPlain);
    v.secret("password", c.password);
    v.boolean("verifyTls", c.verifyTls);
    v.integer("timeoutMs", c.timeoutMs, 100, kMaxTimeoutMs);
}

template<typename V> void describe(V &v, PrtgConfig &c)
{
    v.text("url", c.url, checkUrl);
    v.text("username", c.username, checkPlain);
    v.secret("passhash", c.passhash);
    v.secret("apiToken", c.apiToken);
    v.boolean("verifyTls", c.verifyTls);
    v.integer("timeoutMs", c.timeoutMs, 100, kMaxTimeoutMs);
}

template<typename V> void describe(V &v, ConnectionsConfig &c)
{
    v.group("netbox", c.netbox);
    v.group("mcp", c.mcp);
    v.group("prtg", c.prtg);
}

template<typename V> void describe(V &v, PollingConfig &c)
{
    v.choice("snmpVersion", c.snmpVersion, snmpVersionNames());
    v.integer("intervalSeconds", c.intervalSeconds, 5, kMaxIntervalSeconds);
    v.integer("timeoutMs", c.timeoutMs, 100, kMaxTimeoutMs);
    v.integer("retries", c.retries, 0, 10);
    v.integer("maxRepetitions", c.maxRepetitions, 1, 100);
    v.integer("icmpIntervalSeconds", c.icmpIntervalSeconds, 1, kMaxIntervalSeconds);
    v.secret("credentials", c.credentials);
    v.intMap("roleIntervalSeconds", c.roleIntervalSeconds, checkSlug, 5, kMaxIntervalSeconds);
}

template<typename V> void describe(V &v, ApprovalRule &c)
{
    v.text("kind", c.kind, checkChangeKind);
    v.text("site", c.site, checkSlugOrAny);
    v.text("role", c.role, checkSlugOrAny);
    v.text("window", c.window, checkWindow);
    v.integer("required", c.required, 0, 2);
}

template<typename V> void describe(V &v, ApprovalsConfig &c)
{
    v.objectList("rules", c.rules);
}

template<typename V> void describe(V &v, SyncConfig &c)
{
    v.integer("intervalMinutes", c.intervalMinutes, 0, 7 * 24 * 60);
}

template<typename V> void describe(V &v, CollectionConfig &c)
{
    v.boolean("enabled", c.enabled);
    v.secondsMap("groups", c.groups);
    v.roleSecondsMap("roles", c.roles);
    v.integer("snmpPort", c.snmpPort, 1, 65535);
}

template<typename V> void describe(V &v, TrapUserConfig &c)
{
    v.secret("credentials", c.credentials);
    v.text("engineId", c.engineId, checkEngineId);
}

template<typename V> void describe(V &v, TrapsConfig &c)
{
    v.boolean("enabled", c.enabled);
    v.text("address", c.address, checkListenAddress);
    v.integer("port", c.port, 1, 65535);
    v.secretList("communities", c.communities);
    v.objectList("users", c.users);
}

template<typename V> void describe(V &v, ServiceConfig &c)
{
    v.group("collection", c.collection);
    v.group("traps", c.traps);
    v.integer("mcpRefreshMinutes", c.mcpRefreshMinutes, 0, 7 * 24 * 60);
}

template<typename V> void describe(V &v, WorkspaceConfig &c)
{
    v.text("name", c.name, checkName);
    v.text("description", c.description, checkDescription);
    v.group("store", c.store);
    v.group("connections", c.connections);
    v.group("polling", c.polling);
    v.group("approvals", c.approvals);
    v.group("sync", c.sync);
    v.group("service", c.service);
    v.section("credentialProfiles", c.credentialProfiles);
    v.section("backups", c.backups);
    v.ownedSection("alarms", c.alarms);
    v.ownedSection("notifications", c.notifications);
    v.ownedSection("compliance", c.compliance);
}

// Keeps only what differs from the defaults; objects recurse, arrays and
// scalars compare whole.
QJsonObject changesOnly(const QJsonObject &value, const QJsonObject &defaults)
{
    QJsonObject out;
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        const QJsonValue fallback = defaults.value(it.key());
        if (it.value().isObject() && fallback.isObject()) {
            const QJsonObject sub = changesOnly(it.value().toObject(), fallback.toObject());
            if (!sub.isEmpty())
                out.insert(it.key(), sub);
        } else if (it.value() != fallback) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

QList<ConfigIssue> crossChecks(const WorkspaceConfig &c, const QString &file)
{
    QList<ConfigIssue> issues;
    auto add = [&](const QString &key, const QString &value, const QString &expected) {
        ConfigIssue issue;
        issue.kind = ConfigIssue::Kind::Inconsistent;
        issue.file = file;
        issue.keyPath = key;
        issue.value = value;
        issue.expected = expected;
        issues << issue;
    };
    const QString empty = QStringLiteral("\"\"");
    if (c.store.driver == StoreDriver::Postgres) {
        if (c.store.host.isEmpty())
            add(QStringLiteral("store.host"), empty, QStringLiteral("a host name when store.driver is \"postgres\""));
        if (c.store.database.isEmpty())
            add(QStringLiteral("store.database"), empty,
                QStringLiteral("a database name when store.driver is \"postgres\""));
    }
    const PrtgConfig &prtg = c.connections.prtg;
    if (prtg.passhash.isSet() && prtg.apiToken.isSet())
        add(QStringLiteral("connections.prtg.apiToken"), kHidden,
            QStringLiteral("either passhash (with username) or apiToken, not both"));
    if (prtg.passhash.isSet() && prtg.username.isEmpty())
        add(QStringLiteral("connections.prtg.username"), empty, QStringLiteral("a user name when passhash is set"));
    const McpConfig &mcp = c.connections.mcp;
    if (mcp.password.isSet() && mcp.username.isEmpty())
        add(QStringLiteral("connections.mcp.username"), empty, QStringLiteral("a user name when password is set"));
    const TrapsConfig &traps = c.service.traps;
    for (qsizetype i = 0; i < traps.users.size(); ++i) {
        if (!traps.users.at(i).credentials.isSet())
            add(QStringLiteral("service.traps.users[%1].credentials").arg(i), QStringLiteral("(none)"),
                QStringLiteral("a vault reference holding the user and its keys"));
    }
    if (traps.enabled && traps.communities.isEmpty() && traps.users.isEmpty())
        add(QStringLiteral("service.traps.enabled"), QStringLiteral("true"),
            QStringLiteral("at least one community or v3 user when the trap receiver is enabled"));
    issues += c.credentialProfiles.crossCheck(QStringLiteral("credentialProfiles"), file);
    issues += c.backups.crossCheck(QStringLiteral("backups"), file);
    return issues;
}

} // namespace

const QStringList &collectionGroupNames()
{
    static const QStringList names = {QStringLiteral("system"), QStringLiteral("interfaces"), QStringLiteral("sensors"),
                                      QStringLiteral("lldp"),   QStringLiteral("pdu"),        QStringLiteral("icmp")};
    return names;
}

int CollectionConfig::intervalFor(const QString &roleSlug, const QString &group) const
{
    const auto role = roles.constFind(roleSlug);
    if (role != roles.cend()) {
        const auto it = role->constFind(group);
        if (it != role->cend())
            return *it;
    }
    return groups.value(group, 0);
}

int PollingConfig::intervalFor(const QString &roleSlug) const
{
    return roleIntervalSeconds.value(roleSlug, intervalSeconds);
}

QJsonObject WorkspaceConfig::toJson(JsonMode mode) const
{
    WorkspaceConfig copy = *this;
    JsonWriter writer;
    describe(writer, copy);
    if (mode == JsonMode::Full)
        return writer.object();
    return changesOnly(writer.object(), WorkspaceConfig().toJson(JsonMode::Full));
}

QList<ConfigIssue> WorkspaceConfig::applyLayer(const QJsonObject &layer, const QString &file)
{
    QList<ConfigIssue> issues;
    SchemaReader reader(layer, {}, file, issues);
    describe(reader, *this);
    reader.finish();
    return issues;
}

QList<ConfigIssue> WorkspaceConfig::validate(const QString &file) const
{
    // Round-trip through the reader so values set in code meet the same
    // rules as values read from a file.
    WorkspaceConfig check;
    QList<ConfigIssue> issues = check.applyLayer(toJson(JsonMode::Full), file);
    issues += crossChecks(*this, file);
    return issues;
}

Result<WorkspaceConfig> WorkspaceConfig::fromJson(const QJsonObject &json, const QString &file)
{
    WorkspaceConfig config;
    QList<ConfigIssue> issues = config.applyLayer(json, file);
    if (issues.isEmpty())
        issues = crossChecks(config, file);
    if (!issues.isEmpty())
        return ConfigIssue::toError(issues);
    return config;
}

std::optional<QJsonObject> WorkspaceConfig::parseJson(const QByteArray &bytes, const QString &file,
                                                      QList<ConfigIssue> &issues)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    ConfigIssue issue;
    issue.kind = ConfigIssue::Kind::Syntax;
    issue.file = file;
    if (error.error != QJsonParseError::NoError) {
        const int offset = int(std::clamp<qsizetype>(error.offset, 0, bytes.size()));
        const QByteArray before = bytes.left(offset);
        issue.offset = offset;
        issue.line = int(before.count('\n')) + 1;
        issue.column = offset - int(before.lastIndexOf('\n'));
        issue.expected = QStringLiteral("valid JSON (%1 at line %2, column %3)")
                             .arg(error.errorString())
                             .arg(issue.line)
                             .arg(issue.column);
        issues << issue;
        return std::nullopt;
    }
    if (!document.isObject()) {
        issue.offset = 0;
        issue.line = 1;
        issue.column = 1;
        issue.expected = QStringLiteral("a JSON object at the top level");
        issues << issue;
        return std::nullopt;
    }
    return document.object();
}

QString toConfigString(StoreDriver driver)
{
    return enumName(kStoreDrivers, driver);
}

QString toConfigString(NetboxTokenVersion version)
{
    return enumName(kTokenVersions, version);
}

QString toConfigString(SnmpVersion version)
{
    return enumName(snmpVersionNames(), version);
}

} // namespace OpsDeck::Workspace
