// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include "backend/workspace/configchecks.h"
#include "backend/workspace/configvalues.h"

namespace OpsDeck::Workspace {

/// Reads one JSON object of a configuration file. Each accessor validates
/// its key and stores the value only when it is fine, so keys that are
/// absent or wrong keep what earlier layers set; every problem becomes a
/// ConfigIssue naming the key's full path. finish() reports the keys that no
/// accessor asked for, with the closest known key as a hint. Values under
/// secret keys, and of unknown keys, are never echoed: they may be secrets.
///
/// Sections with their own schema nest readers through object() and
/// objects(); a reader with more accessors derives from this one and
/// passes its own type as @c Child so nested objects use it too.
class ConfigReader
{
public:
    ConfigReader(QJsonObject object, QString prefix, const QString &file, QList<ConfigIssue> &issues);

    void text(const char *key, QString &value, TextCheck check);
    void integer(const char *key, int &value, int min, int max);
    void boolean(const char *key, bool &value);
    /// A vault reference {"secret": "a/b"}; @p example names a typical entry
    /// for the message (default: the key's last two path parts).
    void secret(const char *key, SecretRef &ref, const QString &example = {});
    void textList(const char *key, QStringList &list, TextCheck check, TextNormalizer normalize = nullptr);
    void secretList(const char *key, QList<SecretRef> &list);
    /// An object of name → integer in [min, max], names checked by @p keyCheck.
    void intMap(const char *key, QMap<QString, int> &map, TextCheck keyCheck, int min, int max);

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

    /// The object under @p key, read by @p read(Child &).
    template<typename Child = ConfigReader, typename F> void object(const char *key, F read)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), QStringLiteral("an object"));
            return;
        }
        Child child(json.toObject(), pathOf(key) + QLatin1Char('.'), m_file, m_issues);
        read(child);
        child.finish();
    }

    /// An array of objects, each read by @p read(Child &, T &); replaces
    /// @p items when present (items that are not objects are reported and left out).
    template<typename Child = ConfigReader, typename T, typename F>
    void objects(const char *key, QList<T> &items, F read)
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
            Child child(array.at(i).toObject(), itemPath + QLatin1Char('.'), m_file, m_issues);
            read(child, item);
            child.finish();
            result << item;
        }
        items = result;
    }

    /// An object whose keys are names: each name checked by @p keyCheck, each
    /// entry read by @p read(Child &entry, const char *name) from a reader
    /// holding just that entry. @p what says what the object maps.
    template<typename Child = ConfigReader, typename F> void entries(const char *key, const QString &what, TextCheck keyCheck, F read)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        if (!json.isObject()) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), renderValue(json), what);
            return;
        }
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (const auto verdict = keyCheck(it.key())) {
                report(verdict->kind, pathOf(key) + QLatin1Char('.') + it.key(),
                       QLatin1Char('"') + it.key() + QLatin1Char('"'), verdict->expected);
                continue;
            }
            Child entry(QJsonObject{{it.key(), it.value()}}, pathOf(key) + QLatin1Char('.'), m_file, m_issues);
            const QByteArray name = it.key().toUtf8();
            read(entry, name.constData());
        }
    }

    /// The raw value under @p key, for sections that read themselves.
    bool value(const char *key, QJsonValue &out) { return take(key, out); }

    /// Reports every key of this object that no accessor asked for.
    void finish();

    void report(ConfigIssue::Kind kind, const QString &path, const QString &value, const QString &expected);
    [[nodiscard]] QString pathOf(const char *key) const { return m_prefix + QLatin1String(key); }
    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] QList<ConfigIssue> &issues() { return m_issues; }

protected:
    bool take(const char *key, QJsonValue &out);

private:
    QJsonObject m_object;
    QString m_prefix;
    const QString &m_file;
    QList<ConfigIssue> &m_issues;
    QStringList m_known;
};

} // namespace OpsDeck::Workspace
