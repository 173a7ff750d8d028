// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>
#include <vector>

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "backend/compliance/regexprefilter.h"

namespace OpsDeck::Compliance {

class ConfigIndex;
struct DeviceFacts;

/// One line pattern of a rule, compiled once: a literal (the whole line,
/// blanks at both ends ignored) or a regular expression run on the trimmed
/// line. Placeholders "{variable}" expand from DeviceFacts (escaped inside a
/// regular expression); a variable with several values gives one concrete
/// pattern per value (per combination when there are several variables).
/// Lookups use the index's hash tables whenever the pattern allows: a
/// literal, or "^literal$", is one hash lookup; "^word ..." scans only the
/// lines starting with that word; other expressions run only on lines
/// holding their longest literal part. Immutable; const use from any thread.
class PatternMatcher final
{
public:
    enum class Syntax { Literal, Regex };

    PatternMatcher() = default;
    PatternMatcher(const QString &pattern, Syntax syntax);

    [[nodiscard]] const QString &pattern() const { return m_pattern; }
    [[nodiscard]] Syntax syntax() const { return m_syntax; }
    /// Empty, or why the pattern does not compile.
    [[nodiscard]] const QString &error() const { return m_error; }
    /// Variable names of the placeholders, in order of appearance.
    [[nodiscard]] const QStringList &variables() const { return m_variables; }

    /// The concrete patterns for a device. When a variable has no value,
    /// returns nothing and sets @p missing to its name.
    [[nodiscard]] std::vector<PatternMatcher> expand(const DeviceFacts &facts, QString *missing) const;

    /// True when the trimmed line @p trimmed matches (no placeholders left).
    [[nodiscard]] bool matches(QStringView trimmed) const;

    /// Appends the lines of @p index in [@p from, @p to) that match,
    /// ascending; stops after the first when @p firstOnly.
    void find(const ConfigIndex &index, int from, int to, std::vector<int> &out, bool firstOnly = false) const;

    /// Text for evidence: the literal, or the expression.
    [[nodiscard]] QString display() const { return m_pattern; }

private:
    struct RegexCache;
    // A concrete expansion of a valid pattern: no validation, regular
    // expression from @p cache.
    PatternMatcher(const QString &concrete, Syntax syntax, RegexCache &cache);

    QString m_pattern;
    Syntax m_syntax = Syntax::Literal;
    QString m_error;
    QStringList m_variables;
    QString m_literal; // Literal syntax, or a Regex that is an exact line
    QRegularExpression m_regex;
    RegexPrefilter m_prefilter;
    // Compiled expansions by text, shared by copies and threads: devices
    // often share values (a site's syslog server), and compiling is the
    // expensive part of a regular expression.
    std::shared_ptr<RegexCache> m_cache;
};

} // namespace OpsDeck::Compliance
