// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/configreader.h"

#include <cmath>
#include <limits>

namespace OpsDeck::Workspace {

namespace {
const QString kHidden = QStringLiteral("(hidden)");
} // namespace

ConfigReader::ConfigReader(QJsonObject object, QString prefix, const QString &file, QList<ConfigIssue> &issues)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
    , m_file(file)
    , m_issues(issues)
{}

void ConfigReader::text(const char *key, QString &value, TextCheck check)
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

void ConfigReader::integer(const char *key, int &value, int min, int max)
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

void ConfigReader::boolean(const char *key, bool &value)
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

void ConfigReader::secret(const char *key, SecretRef &ref, const QString &example)
{
    QJsonValue json;
    if (!take(key, json))
        return;
    const QString path = pathOf(key);
    const QString entry =
        example.isEmpty() ? path.section(QLatin1Char('.'), -2).replace(QLatin1Char('.'), QLatin1Char('/')) : example;
    const QString expected = QStringLiteral("a vault reference such as {\"secret\": \"%1\"}").arg(entry);
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

void ConfigReader::textList(const char *key, QStringList &list, TextCheck check, TextNormalizer normalize)
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

void ConfigReader::secretList(const char *key, QList<SecretRef> &list)
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
        ConfigReader item(QJsonObject{{QString::fromLatin1(itemKey), array.at(i)}}, pathOf(key) + QLatin1Char('.'),
                          m_file, m_issues);
        SecretRef ref;
        item.secret(itemKey.constData(), ref);
        result << ref;
    }
    if (m_issues.size() == before)
        list = result;
}

void ConfigReader::intMap(const char *key, QMap<QString, int> &map, TextCheck keyCheck, int min, int max)
{
    entries(key, QStringLiteral("an object mapping names to integers"), keyCheck,
            [&](ConfigReader &entry, const char *name) {
                int value = 0;
                const qsizetype before = m_issues.size();
                entry.integer(name, value, min, max);
                if (m_issues.size() == before)
                    map.insert(QString::fromUtf8(name), value);
            });
}

void ConfigReader::finish()
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
        report(ConfigIssue::Kind::UnknownKey, m_prefix + it.key(), {}, expected);
    }
}

void ConfigReader::report(ConfigIssue::Kind kind, const QString &path, const QString &value, const QString &expected)
{
    ConfigIssue issue;
    issue.kind = kind;
    issue.file = m_file;
    issue.keyPath = path;
    issue.value = value;
    issue.expected = expected;
    m_issues << issue;
}

bool ConfigReader::take(const char *key, QJsonValue &out)
{
    const QString name = QLatin1String(key);
    m_known << name;
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd())
        return false;
    out = it.value();
    return true;
}

} // namespace OpsDeck::Workspace
