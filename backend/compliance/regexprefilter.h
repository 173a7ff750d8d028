// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <string>

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
    /// Bit n set: the letter 'a' + n is in @p literal (case-sensitive
    /// filters only). A line lacking one of them cannot match.
    quint32 letters = 0;

    /// The letters()-style bits of @p text.
    [[nodiscard]] static quint32 lettersOf(QStringView text)
    {
        quint32 bits = 0;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= u'a' && u <= u'z')
                bits |= 1u << (u - u'a');
        }
        return bits;
    }

    [[nodiscard]] static RegexPrefilter analyze(QStringView pattern, bool caseInsensitive = false);

    /// False only when the pattern cannot match @p line (a trimmed line).
    [[nodiscard]] bool mayMatch(QStringView line) const
    {
        if (literal.isEmpty())
            return true;
        if (caseInsensitive) {
            if (exact)
                return line.compare(literal, Qt::CaseInsensitive) == 0;
            if (anchored)
                return line.startsWith(literal, Qt::CaseInsensitive);
            if (anchoredEnd)
                return line.endsWith(literal, Qt::CaseInsensitive);
            return line.contains(literal, Qt::CaseInsensitive);
        }
        // Inline comparisons: this runs for every line of every configuration.
        const QStringView lit(literal);
        const qsizetype n = lit.size();
        if (exact)
            return line.size() == n && same(line.utf16(), lit.utf16(), n);
        if (anchored)
            return line.size() >= n && same(line.utf16(), lit.utf16(), n);
        if (anchoredEnd)
            return line.size() >= n && same(line.utf16() + line.size() - n, lit.utf16(), n);
        return contains(line, lit);
    }

    /// A plain search, much faster than QStringView::contains() on the
    /// short lines of a configuration.
    [[nodiscard]] static bool contains(QStringView haystack, QStringView needle)
    {
        const qsizetype n = needle.size();
        if (n == 0)
            return true;
        if (haystack.size() < n)
            return false;
        const char16_t first = needle.front().unicode();
        const char16_t *h = haystack.utf16();
        const char16_t *last = h + (haystack.size() - n);
        const char16_t *rest = needle.utf16() + 1;
        for (const char16_t *p = h; p <= last; ++p) {
            if (*p == first && std::char_traits<char16_t>::compare(p + 1, rest, size_t(n - 1)) == 0)
                return true;
        }
        return false;
    }

    [[nodiscard]] static bool same(const char16_t *a, const char16_t *b, qsizetype n)
    {
        return n == 0 || (*a == *b && std::char_traits<char16_t>::compare(a, b, size_t(n)) == 0);
    }

    /// The first word an anchored literal fixes ("interface" for
    /// "^interface Ethernet"), or empty.
    [[nodiscard]] QString firstWord() const;
};

} // namespace OpsDeck::Compliance
