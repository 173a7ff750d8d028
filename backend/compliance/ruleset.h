// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "backend/compliance/patternmatcher.h"
#include "backend/compliance/rule.h"

namespace OpsDeck::Compliance {

/// An ordered set of rules with their patterns compiled once (regular
/// expressions included), shared by every evaluation. A value; copies share
/// the compiled patterns; const use from any thread.
class RuleSet final
{
public:
    /// A rule with its compiled patterns.
    struct Compiled
    {
        Rule rule;
        PatternMatcher pattern; ///< must-(not-)contain pattern, or section parent
        std::vector<PatternMatcher> childrenMustContain;
        std::vector<PatternMatcher> childrenMustNotContain;
    };

    /// Adds @p rule. Returns an error text naming the field (for example
    /// `"pattern": invalid regular expression "(": ... at offset 1`), empty
    /// on success; a rule with an error is not added. Ids must be unique.
    QString add(const Rule &rule);

    [[nodiscard]] int size() const { return int(m_rules.size()); }
    [[nodiscard]] const Compiled &at(int i) const { return m_rules[size_t(i)]; }
    [[nodiscard]] const std::vector<Compiled> &compiled() const { return m_rules; }

    /// {"rules": [Rule::toJson(), ...]}.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson()'s shape (or a bare array of rules). Every rule that
    /// fails is skipped and reported in @p errors as `rules[3] (id
    /// "ntp"): "severity": unknown value ...`; the others load.
    [[nodiscard]] static RuleSet fromJson(const QJsonValue &json, QStringList *errors = nullptr);

private:
    std::vector<Compiled> m_rules;
};

} // namespace OpsDeck::Compliance
