// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>
#include <QStringView>

namespace OpsDeck::Compliance {

/// What a regular expression needs a line to contain before it is worth
/// running: the longest literal stretch every match must include, found by a
/// conservative reading of the pattern (alternation or inline options give
/// up; no literal means every line is a candidate). Lets the evaluator run
/// a regular expression only on candidate lines. A plain value, any thread.
struct RegexPrefilter
{
    /// Text every match contains; empty when nothing is known.
    QString literal;
    /// @p literal starts the line (the pattern begins with "^").
    bool anchored = false;
    /// The pattern is "^literal$": the line equals @p literal.
    bool exact = false;
    /// An anchored @p literal is followed by a blank or the line end, so
    /// its part before the first blank (or all of it) is the first word.
    bool wordComplete = false;
    /// @p literal ends the line (an unanchored "literal$").
    bool anchoredEnd = false;
    /// The pattern is nothing but @p literal and its anchors: mayMatch() is
    /// the whole answer and the expression need not run.
    bool sufficient = false;
    bool caseInsensitive = false;

    [[nodiscard]] static RegexPrefilter analyze(QStringView pattern, bool caseInsensitive = false);

    /// False only when the pattern cannot match @p line (a trimmed line).
    [[nodiscard]] bool mayMatch(QStringView line) const
    {
        if (literal.isEmpty())
            return true;
        const Qt::CaseSensitivity cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (exact)
            return line.compare(literal, cs) == 0;
        if (anchored)
            return line.startsWith(literal, cs);
        if (anchoredEnd)
            return line.endsWith(literal, cs);
        return line.contains(literal, cs);
    }

    /// The first word an anchored literal fixes ("interface" for
    /// "^interface Ethernet"), or empty.
    [[nodiscard]] QString firstWord() const;
};

} // namespace OpsDeck::Compliance
