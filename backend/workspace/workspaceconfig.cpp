// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/workspaceconfig.h"

#include <array>
#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace OpsDeck::Workspace {

namespace {

// The schema is written once, as one describe() per struct. A visitor walks
// it: JsonReader validates a layer and merges it into the struct, JsonWriter
// serialises the struct. Key names, types, ranges and allowed values
// therefore cannot drift apart between loading and saving.

template<typename E> struct EnumName
{
    E value;
    const char *name;
};

constexpr std::array<EnumName<StoreDriver>, 2> kStoreDrivers{{
    {StoreDriver::Sqlite, "sqlite"},
    {StoreDriver::Postgres, "postgres"},
}};
constexpr std::array<EnumName<NetboxTokenVersion>, 3> kTokenVersions{{
    {NetboxTokenVersion::V1, "v1"},
    {NetboxTokenVersion::V2, "v2"},
    {NetboxTokenVersion::Auto, "auto"},
}};
constexpr std::array<EnumName<SnmpVersion>, 3> kSnmpVersions{{
    {SnmpVersion::V1, "v1"},
    {SnmpVersion::V2c, "v2c"},
    {SnmpVersion::V3, "v3"},
}};

template<typename E, std::size_t N> QString enumName(const std::array<EnumName<E>, N> &names, E value)
{
    for (const auto &entry : names) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return {};
}

constexpr int kMaxTimeoutMs = 600000;
constexpr int kMaxIntervalSeconds = 7 * 24 * 3600;
const QString kHidden = QStringLiteral("(hidden)");

// A text check returns nothing when the value is fine, else what went wrong.
struct Verdict
{
    ConfigIssue::Kind kind;
    QString expected;
};
using TextCheck = std::optional<Verdict> (*)(const QString &);
using TextNormalizer = QString (*)(const QString &);

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

std::optional<Verdict> checkName(const QString &text)
{
    if (text.size() > 200 || hasControlCharacters(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("at most 200 characters without control characters")};
    return std::nullopt;
}

std::optional<Verdict> checkDescription(const QString &text)
{
    if (text.size() > 4000)
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("at most 4000 characters")};
    return std::nullopt;
}

std::optional<Verdict> checkPlain(const QString &text)
{
    if (text.size() > 1024 || hasControlCharacters(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("at most 1024 characters without control characters")};
    return std::nullopt;
}

std::optional<Verdict> checkUrl(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt; // not configured
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Verdict{ConfigIssue::Kind::BadUrl,
                       QStringLiteral("an http:// or https:// URL with a host (or an empty string)")};
    return std::nullopt;
}

std::optional<Verdict> checkHost(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]*$"));
    if (text.size() > 255 || !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a host name or IP address (no scheme, no path)")};
    return std::nullopt;
}

std::optional<Verdict> checkSlugOrAny(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\*|[-A-Za-z0-9_]+)$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a slug (letters, digits, '-', '_') or \"*\"")};
    return std::nullopt;
}

std::optional<Verdict> checkSlug(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[-A-Za-z0-9_]+$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a role slug (letters, digits, '-', '_')")};
    return std::nullopt;
}

std::optional<Verdict> checkKind(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\*|[a-z][a-z0-9_.-]*)$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a change kind (lower-case letters, digits, '.', '_', '-') or \"*\"")};
    return std::nullopt;
}

std::optional<Verdict> checkWindow(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch() || text.left(5) == text.mid(6))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a local time window \"HH:MM-HH:MM\" with different start and end")};
    return std::nullopt;
}

std::optional<Verdict> checkListenAddress(const QString &text)
{
    if (QHostAddress(text).isNull())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("an IPv4 or IPv6 address such as \"0.0.0.0\"")};
    return std::nullopt;
}

std::optional<Verdict> checkEngineId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0x)?([0-9A-Fa-f]{2}){5,32}$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("an SNMP engine ID of 5 to 32 bytes in hex, or \"\" for informs")};
    return std::nullopt;
}

std::optional<Verdict> checkCollectionGroup(const QString &text)
{
    if (!collectionGroupNames().contains(text))
        return Verdict{ConfigIssue::Kind::NotAllowed,
                       QStringLiteral("one of ") + collectionGroupNames().join(QStringLiteral(", "))};
    return std::nullopt;
}

constexpr int kMinCollectionSeconds = 5;

QString normalizeFingerprint(const QString &text)
{
    QString out = text.toLower();
    out.remove(QLatin1Char(':'));
    return out;
}

std::optional<Verdict> checkFingerprint(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-Fa-f]{64}|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){31})$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a SHA-256 fingerprint: 64 hex digits, optionally colon-separated pairs")};
    return std::nullopt;
}

bool isValidSecretPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    if (path.size() > 200 || !pattern.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".")) && !parts.contains(QStringLiteral(".."));
}

QString renderValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

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
/// into the struct; absent keys keep what earlier layers set.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString prefix, const QString &file, QList<ConfigIssue> &issues)
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
        , m_file(file)
        , m_issues(issues)
    {}

    void text(const char *key, QString &value, TextCheck check)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isString()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("a string"));
            return;
        }
        if (const auto verdict = check(json.toString())) {
            report(verdict->kind, pathOf(key), renderValue(json), verdict->expected);
            return;
        }
        value = json.toString();
    }

    void integer(const char *key, int &value, int min, int max)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        const QString expected = max == std::numeric_limits<int>::max()
                                     ? QStringLiteral("an integer of at least %1").arg(min)
                                     : QStringLiteral("an integer from %1 to %2").arg(min).arg(max);
        const double d = json.toDouble();
        if (!json.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), expected);
            return;
        }
        if (d < min || d > max) {
            report(ConfigIssue::Kind::OutOfRange, pathOf(key), renderValue(json), expected);
            return;
        }
        value = static_cast<int>(d);
    }

    void boolean(const char *key, bool &value)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isBool()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("true or false"));
            return;
        }
        value = json.toBool();
    }

    template<typename E, std::size_t N> void choice(const char *key, E &value, const std::array<EnumName<E>, N> &names)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        QStringList allowed;
        for (const auto &entry : names) {
            if (json.isString() && json.toString() == QLatin1String(entry.name)) {
                value = entry.value;
                return;
            }
            allowed << QLatin1Char('"') + QLatin1String(entry.name) + QLatin1Char('"');
        }
        report(json.isString() ? ConfigIssue::Kind::NotAllowed : ConfigIssue::Kind::WrongType, pathOf(key),
               renderValue(json), QStringLiteral("one of ") + allowed.join(QStringLiteral(", ")));
    }

    // Nothing under a secret key is ever echoed: a mistyped reference may
    // well hold the secret itself.
    void secret(const char *key, SecretRef &ref)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        const QString path = pathOf(key);
        const QString expected =
            QStringLiteral("a vault reference such as {\"secret\": \"%1\"}")
                .arg(path.section(QLatin1Char('.'), -2).replace(QLatin1Char('.'), QLatin1Char('/')));
        if (json.isString()) {
            report(ConfigIssue::Kind::PlainSecret, path, kHidden,
                   expected + QStringLiteral("; secrets are never written in clear text in a configuration file, "
                                             "store it in the vault and reference it here"));
            return;
        }
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, path, kHidden, expected);
            return;
        }
        const QJsonObject object = json.toObject();
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

    void textList(const char *key, QStringList &list, TextCheck check, TextNormalizer normalize = nullptr)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isArray()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("an array of strings"));
            return;
        }
        const QJsonArray array = json.toArray();
        QStringList result;
        bool fine = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!item.isString()) {
                report(ConfigIssue::Kind::WrongType, itemPath, renderValue(item), QStringLiteral("a string"));
                fine = false;
            } else if (const auto verdict = check(item.toString())) {
                report(verdict->kind, itemPath, renderValue(item), verdict->expected);
                fine = false;
            } else {
                result << (normalize ? normalize(item.toString()) : item.toString());
            }
        }
        if (fine)
            list = result;
    }

    void intMap(const char *key, QMap<QString, int> &map, TextCheck keyCheck, int min, int max)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json),
                   QStringLiteral("an object mapping names to integers"));
            return;
        }
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (const auto verdict = keyCheck(it.key())) {
                report(verdict->kind, pathOf(key) + QLatin1Char('.') + it.key(),
                       QLatin1Char('"') + it.key() + QLatin1Char('"'), verdict->expected);
                continue;
            }
            int value = 0;
            JsonReader entry(QJsonObject{{it.key(), it.value()}}, pathOf(key) + QLatin1Char('.'), m_file, m_issues);
            const QByteArray entryKey = it.key().toUtf8();
            const qsizetype before = m_issues.size();
            entry.integer(entryKey.constData(), value, min, max);
            if (m_issues.size() == before)
                map.insert(it.key(), value);
        }
    }

    void secretList(const char *key, QList<SecretRef> &list)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isArray()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), kHidden,
                   QStringLiteral("an array of vault references such as {\"secret\": \"snmp/traps\"}"));
            return;
        }
        const QJsonArray array = json.toArray();
        QList<SecretRef> result;
        const qsizetype before = m_issues.size();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QByteArray itemKey = QByteArray::number(i);
            JsonReader item(QJsonObject{{QString::fromLatin1(itemKey), array.at(i)}}, pathOf(key) + QLatin1Char('.'),
                            m_file, m_issues);
            SecretRef ref;
            item.secret(itemKey.constData(), ref);
            result << ref;
        }
        if (m_issues.size() == before)
            list = result;
    }

    /// Group name -> seconds, each 0 (off) or at least kMinCollectionSeconds.
    void secondsMap(const char *key, QMap<QString, int> &map)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json),
                   QStringLiteral("an object mapping metric groups to seconds"));
            return;
        }
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString path = pathOf(key) + QLatin1Char('.') + it.key();
            if (const auto verdict = checkCollectionGroup(it.key())) {
                report(verdict->kind, path, QLatin1Char('"') + it.key() + QLatin1Char('"'), verdict->expected);
                continue;
            }
            const QString expected = QStringLiteral("0 (off) or an integer from %1 to %2")
                                         .arg(kMinCollectionSeconds)
                                         .arg(kMaxIntervalSeconds);
            const double d = it.value().toDouble();
            if (!it.value().isDouble() || !std::isfinite(d) || d != std::floor(d)) {
                report(ConfigIssue::Kind::WrongType, path, renderValue(it.value()), expected);
                continue;
            }
            if (d != 0 && (d < kMinCollectionSeconds || d > kMaxIntervalSeconds)) {
                report(ConfigIssue::Kind::OutOfRange, path, renderValue(it.value()), expected);
                continue;
            }
            map.insert(it.key(), static_cast<int>(d));
        }
    }

    /// Role slug -> secondsMap.
    void roleSecondsMap(const char *key, QMap<QString, QMap<QString, int>> &map)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json),
                   QStringLiteral("an object mapping role slugs to {group: seconds}"));
            return;
        }
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (const auto verdict = checkSlug(it.key())) {
                report(verdict->kind, pathOf(key) + QLatin1Char('.') + it.key(),
                       QLatin1Char('"') + it.key() + QLatin1Char('"'), verdict->expected);
                continue;
            }
            const QByteArray roleKey = it.key().toUtf8();
            JsonReader role(QJsonObject{{it.key(), it.value()}}, pathOf(key) + QLatin1Char('.'), m_file, m_issues);
            QMap<QString, int> groups = map.value(it.key());
            role.secondsMap(roleKey.constData(), groups);
            map.insert(it.key(), groups);
        }
    }

    // Sections kept in files of their own validate and merge themselves.
    void section(const char *key, CredentialProfilesConfig &value)
    {
        QJsonValue json;
        if (take(key, json))
            value.readJson(json, pathOf(key), m_file, m_issues);
    }

    template<typename T> void group(const char *key, T &sub)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("an object"));
            return;
        }
        JsonReader child(json.toObject(), pathOf(key) + QLatin1Char('.'), m_file, m_issues);
        describe(child, sub);
        child.finish();
    }

    template<typename T> void objectList(const char *key, QList<T> &items)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isArray()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("an array of objects"));
            return;
        }
        const QJsonArray array = json.toArray();
        QList<T> result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                report(ConfigIssue::Kind::WrongType, itemPath, renderValue(array.at(i)), QStringLiteral("an object"));
                continue;
            }
            T item{};
            JsonReader child(array.at(i).toObject(), itemPath + QLatin1Char('.'), m_file, m_issues);
            describe(child, item);
            child.finish();
            result << item;
        }
        items = result;
    }

    /// Reports every key of this object the schema did not ask for.
    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            QString expected = QStringLiteral("one of the known keys: ") + m_known.join(QStringLiteral(", "));
            QString closest;
            int best = 3;
            for (const QString &known : std::as_const(m_known)) {
                const int distance = editDistance(it.key(), known);
                if (distance < best) {
                    best = distance;
                    closest = known;
                }
            }
            if (!closest.isEmpty())
                expected += QStringLiteral(" (did you mean \"%1\"?)").arg(closest);
            // The value of an unknown key is not echoed: it may be a
            // misspelt secret.
            report(ConfigIssue::Kind::UnknownKey, m_prefix + it.key(), {}, expected);
        }
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

    QJsonObject m_object;
    QString m_prefix;
    const QString &m_file;
    QList<ConfigIssue> &m_issues;
    QStringList m_known;
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

    void section(const char *key, CredentialProfilesConfig &value)
    {
        m_object.insert(QLatin1String(key), value.toJson());
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
    v.choice("snmpVersion", c.snmpVersion, kSnmpVersions);
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
    v.text("kind", c.kind, checkKind);
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
    return issues;
}

} // namespace

const QStringList &collectionGroupNames()
{
    static const QStringList names = {QStringLiteral("system"), QStringLiteral("interfaces"),
                                      QStringLiteral("sensors"), QStringLiteral("lldp"),
                                      QStringLiteral("pdu"),    QStringLiteral("icmp")};
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
    JsonReader reader(layer, {}, file, issues);
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
    return enumName(kSnmpVersions, version);
}

} // namespace OpsDeck::Workspace
