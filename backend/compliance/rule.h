// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "backend/compliance/compliancetypes.h"
#include "backend/compliance/patternmatcher.h"
#include "backend/core/result.h"

namespace OpsDeck::Compliance {

struct DeviceFacts;

/// One configuration compliance rule, as an operator writes it:
/// - must-contain: some line matches @p pattern (per expanded value);
/// - must-not-contain: no line matches @p pattern;
/// - section-match: every section whose first line matches @p pattern (the
///   parent, e.g. "^interface Ethernet") has, among the lines nested below
///   it, a match for each of @p childrenMustContain and none for any of
///   @p childrenMustNotContain.
/// Patterns use @p syntax (the section parent uses @p sectionSyntax) and
/// may hold "{variable}" placeholders (see PatternMatcher). A plain value.
struct Rule
{
    enum class Kind { MustContain, MustNotContain, SectionMatch };

    /// Devices the rule concerns; an empty list matches everything. Names
    /// compare case-insensitively; a device must carry one of @p tags.
    struct Scope
    {
        QStringList sites;
        QStringList roles;
        QStringList platforms;
        QStringList tags;

        [[nodiscard]] bool contains(const DeviceFacts &facts) const;
        friend bool operator==(const Scope &, const Scope &) = default;
    };

    QString id;
    QString description;
    Kind kind = Kind::MustContain;
    Severity severity = Severity::Major;
    PatternMatcher::Syntax syntax = PatternMatcher::Syntax::Literal;
    PatternMatcher::Syntax sectionSyntax = PatternMatcher::Syntax::Regex;
    QString pattern;
    QStringList childrenMustContain;
    QStringList childrenMustNotContain;
    Scope scope;

    [[nodiscard]] static QString kindName(Kind kind);

    /// {"id", "description", "kind": "must-contain" | "must-not-contain" |
    /// "section-match", "severity": "critical" | "major" | "minor" |
    /// "info", "match": "literal" | "regex", "pattern", "section_match":
    /// "regex" | "literal", "children": {"must_contain": [...],
    /// "must_not_contain": [...]}, "scope": {"sites": [...], "roles": [...],
    /// "platforms": [...], "tags": [...]}}.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson()'s shape ("kind", "pattern" or, for section-match,
    /// "section" required; "id" defaults to "rule-<n>"). Errors (InvalidInput)
    /// name the field: `"severity": unknown value "urgent" (critical, major,
    /// minor or info)`; patterns are checked by RuleSet.
    [[nodiscard]] static Result<Rule> fromJson(const QJsonObject &json);

    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace OpsDeck::Compliance
