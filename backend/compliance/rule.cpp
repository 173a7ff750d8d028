// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/rule.h"

#include <QJsonArray>

#include "backend/compliance/devicefacts.h"

namespace OpsDeck::Compliance {

namespace {

bool inList(const QStringList &list, const QString &value)
{
    return list.isEmpty() || list.contains(value, Qt::CaseInsensitive);
}

Error fieldError(const QString &field, const QString &problem)
{
    return Error(ErrorCode::InvalidInput, QStringLiteral("\"%1\": %2").arg(field, problem));
}

// An optional array of strings at @p key of @p object.
std::optional<Error> readList(const QJsonObject &object, const QString &key, const QString &path, QStringList &out)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) {
        out = QStringList{v.toString()};
        return std::nullopt;
    }
    if (!v.isArray())
        return fieldError(path, QStringLiteral("must be an array of strings"));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            return fieldError(QStringLiteral("%1[%2]").arg(path).arg(i), QStringLiteral("must be a string"));
        out << array[i].toString();
    }
    return std::nullopt;
}

std::optional<PatternMatcher::Syntax> syntaxFromName(const QString &name)
{
    if (name == QLatin1String("literal"))
        return PatternMatcher::Syntax::Literal;
    if (name == QLatin1String("regex"))
        return PatternMatcher::Syntax::Regex;
    return std::nullopt;
}

QString syntaxName(PatternMatcher::Syntax syntax)
{
    return syntax == PatternMatcher::Syntax::Literal ? QStringLiteral("literal") : QStringLiteral("regex");
}

} // namespace

bool Rule::Scope::contains(const DeviceFacts &facts) const
{
    if (!inList(sites, facts.site) || !inList(roles, facts.role) || !inList(platforms, facts.platform))
        return false;
    if (tags.isEmpty())
        return true;
    for (const QString &tag : facts.tags) {
        if (tags.contains(tag, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString Rule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MustContain:
        return QStringLiteral("must-contain");
    case Kind::MustNotContain:
        return QStringLiteral("must-not-contain");
    case Kind::SectionMatch:
        return QStringLiteral("section-match");
    }
    return QString();
}

QJsonObject Rule::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("severity"), severityName(severity)},
                     {QStringLiteral("match"), syntaxName(syntax)}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (kind == Kind::SectionMatch) {
        json.insert(QStringLiteral("section"), pattern);
        json.insert(QStringLiteral("section_match"), syntaxName(sectionSyntax));
        json.insert(
            QStringLiteral("children"),
            QJsonObject{{QStringLiteral("must_contain"), QJsonArray::fromStringList(childrenMustContain)},
                        {QStringLiteral("must_not_contain"), QJsonArray::fromStringList(childrenMustNotContain)}});
    } else {
        json.insert(QStringLiteral("pattern"), pattern);
    }
    QJsonObject s;
    const std::pair<const char *, const QStringList *> lists[] = {
        {"sites", &scope.sites}, {"roles", &scope.roles}, {"platforms", &scope.platforms}, {"tags", &scope.tags}};
    for (const auto &[key, list] : lists) {
        if (!list->isEmpty())
            s.insert(QLatin1String(key), QJsonArray::fromStringList(*list));
    }
    if (!s.isEmpty())
        json.insert(QStringLiteral("scope"), s);
    return json;
}

Result<Rule> Rule::fromJson(const QJsonObject &json)
{
    Rule rule;
    const auto string = [&json](const char *key, QString &out) -> std::optional<Error> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return fieldError(QLatin1String(key), QStringLiteral("must be a string"));
        out = v.toString();
        return std::nullopt;
    };
    QString kind;
    QString severity;
    QString match = QStringLiteral("literal");
    QString sectionMatch = QStringLiteral("regex");
    QString section;
    const std::pair<const char *, QString *> fields[] = {{"id", &rule.id},
                                                         {"description", &rule.description},
                                                         {"kind", &kind},
                                                         {"severity", &severity},
                                                         {"match", &match},
                                                         {"section_match", &sectionMatch},
                                                         {"pattern", &rule.pattern},
                                                         {"section", &section}};
    for (const auto &[key, out] : fields) {
        if (auto error = string(key, *out))
            return *error;
    }
    if (kind == QLatin1String("must-contain"))
        rule.kind = Kind::MustContain;
    else if (kind == QLatin1String("must-not-contain"))
        rule.kind = Kind::MustNotContain;
    else if (kind == QLatin1String("section-match"))
        rule.kind = Kind::SectionMatch;
    else if (kind.isEmpty())
        return fieldError(QStringLiteral("kind"),
                          QStringLiteral("missing (must-contain, must-not-contain or section-match)"));
    else
        return fieldError(
            QStringLiteral("kind"),
            QStringLiteral("unknown value \"%1\" (must-contain, must-not-contain or section-match)").arg(kind));
    if (!severity.isEmpty()) {
        const auto s = severityFromName(severity);
        if (!s)
            return fieldError(QStringLiteral("severity"),
                              QStringLiteral("unknown value \"%1\" (critical, major, minor or info)").arg(severity));
        rule.severity = *s;
    }
    const auto syntax = syntaxFromName(match);
    if (!syntax)
        return fieldError(QStringLiteral("match"),
                          QStringLiteral("unknown value \"%1\" (literal or regex)").arg(match));
    rule.syntax = *syntax;
    const auto sectionSyntax = syntaxFromName(sectionMatch);
    if (!sectionSyntax)
        return fieldError(QStringLiteral("section_match"),
                          QStringLiteral("unknown value \"%1\" (literal or regex)").arg(sectionMatch));
    rule.sectionSyntax = *sectionSyntax;
    if (rule.kind == Kind::SectionMatch) {
        if (section.isEmpty())
            section = rule.pattern;
        if (section.isEmpty())
            return fieldError(QStringLiteral("section"), QStringLiteral("missing (the parent line pattern)"));
        rule.pattern = section;
        const QJsonValue children = json.value(QLatin1String("children"));
        if (!children.isUndefined() && !children.isObject())
            return fieldError(QStringLiteral("children"), QStringLiteral("must be an object"));
        const QJsonObject c = children.toObject();
        if (auto e = readList(c, QStringLiteral("must_contain"), QStringLiteral("children.must_contain"),
                              rule.childrenMustContain))
            return *e;
        if (auto e = readList(c, QStringLiteral("must_not_contain"), QStringLiteral("children.must_not_contain"),
                              rule.childrenMustNotContain))
            return *e;
        if (rule.childrenMustContain.isEmpty() && rule.childrenMustNotContain.isEmpty())
            return fieldError(QStringLiteral("children"), QStringLiteral("needs must_contain or must_not_contain"));
    } else if (rule.pattern.isEmpty()) {
        return fieldError(QStringLiteral("pattern"), QStringLiteral("missing"));
    }
    const QJsonValue scope = json.value(QLatin1String("scope"));
    if (!scope.isUndefined() && !scope.isNull()) {
        if (!scope.isObject())
            return fieldError(QStringLiteral("scope"), QStringLiteral("must be an object"));
        const QJsonObject s = scope.toObject();
        const std::pair<const char *, QStringList *> lists[] = {{"sites", &rule.scope.sites},
                                                                {"roles", &rule.scope.roles},
                                                                {"platforms", &rule.scope.platforms},
                                                                {"tags", &rule.scope.tags}};
        for (const auto &[key, list] : lists) {
            if (auto e = readList(s, QLatin1String(key), QStringLiteral("scope.") + QLatin1String(key), *list))
                return *e;
        }
    }
    return rule;
}

} // namespace OpsDeck::Compliance
