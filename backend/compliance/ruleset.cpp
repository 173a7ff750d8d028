// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/ruleset.h"

#include <QJsonArray>

namespace OpsDeck::Compliance {

namespace {

QString compileAll(const QStringList &patterns, PatternMatcher::Syntax syntax, const QString &field,
                   std::vector<PatternMatcher> &out)
{
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        PatternMatcher m(patterns[i], syntax);
        if (!m.error().isEmpty())
            return QStringLiteral("\"%1[%2]\": %3").arg(field).arg(i).arg(m.error());
        out.push_back(std::move(m));
    }
    return QString();
}

} // namespace

QString RuleSet::add(const Rule &rule)
{
    if (rule.id.isEmpty())
        return QStringLiteral("\"id\": missing");
    for (const Compiled &c : m_rules) {
        if (c.rule.id == rule.id)
            return QStringLiteral("\"id\": \"%1\" is already used by another rule").arg(rule.id);
    }
    Compiled c;
    c.rule = rule;
    const bool section = rule.kind == Rule::Kind::SectionMatch;
    c.pattern = PatternMatcher(rule.pattern, section ? rule.sectionSyntax : rule.syntax);
    if (!c.pattern.error().isEmpty())
        return QStringLiteral("\"%1\": %2")
            .arg(section ? QStringLiteral("section") : QStringLiteral("pattern"), c.pattern.error());
    if (section) {
        QString error = compileAll(rule.childrenMustContain, rule.syntax, QStringLiteral("children.must_contain"),
                                   c.childrenMustContain);
        if (error.isEmpty())
            error = compileAll(rule.childrenMustNotContain, rule.syntax, QStringLiteral("children.must_not_contain"),
                               c.childrenMustNotContain);
        if (!error.isEmpty())
            return error;
    }
    m_rules.push_back(std::move(c));
    return QString();
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray rules;
    for (const Compiled &c : m_rules)
        rules.append(c.rule.toJson());
    return {{QStringLiteral("rules"), rules}};
}

RuleSet RuleSet::fromJson(const QJsonValue &json, QStringList *errors)
{
    RuleSet set;
    const auto report = [errors](const QString &text) {
        if (errors)
            *errors << text;
    };
    QJsonArray array;
    if (json.isArray()) {
        array = json.toArray();
    } else if (json.isObject() && json.toObject().value(QLatin1String("rules")).isArray()) {
        array = json.toObject().value(QLatin1String("rules")).toArray();
    } else {
        report(QStringLiteral("rules: expected an array of rules or an object with a \"rules\" array"));
        return set;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            report(QStringLiteral("rules[%1]: must be an object").arg(i));
            continue;
        }
        const QJsonObject object = array[i].toObject();
        const QString where =
            object.value(QLatin1String("id")).isString()
                ? QStringLiteral("rules[%1] (id \"%2\")").arg(i).arg(object.value(QLatin1String("id")).toString())
                : QStringLiteral("rules[%1]").arg(i);
        Result<Rule> rule = Rule::fromJson(object);
        if (!rule) {
            report(QStringLiteral("%1: %2").arg(where, rule.error().detail));
            continue;
        }
        if (rule->id.isEmpty())
            rule->id = QStringLiteral("rule-%1").arg(i + 1);
        const QString error = set.add(*rule);
        if (!error.isEmpty())
            report(QStringLiteral("%1: %2").arg(where, error));
    }
    return set;
}

} // namespace OpsDeck::Compliance
