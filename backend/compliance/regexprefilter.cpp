// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/regexprefilter.h"

namespace OpsDeck::Compliance {

namespace {

bool isQuantifier(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('+') || c == QLatin1Char('{');
}

bool isMeta(QChar c)
{
    return QStringView(u".[]()*+?{}^$|\\").contains(c);
}

// Index just past the bracket expression or group starting at @p i.
qsizetype skipNested(QStringView p, qsizetype i)
{
    if (p[i] == QLatin1Char('[')) {
        ++i;
        if (i < p.size() && p[i] == QLatin1Char('^'))
            ++i;
        if (i < p.size() && p[i] == QLatin1Char(']'))
            ++i;
        while (i < p.size() && p[i] != QLatin1Char(']')) {
            if (p[i] == QLatin1Char('\\'))
                ++i;
            ++i;
        }
        return i + 1;
    }
    int depth = 0;
    for (; i < p.size(); ++i) {
        if (p[i] == QLatin1Char('\\')) {
            ++i;
        } else if (p[i] == QLatin1Char('[')) {
            i = skipNested(p, i) - 1;
        } else if (p[i] == QLatin1Char('(')) {
            ++depth;
        } else if (p[i] == QLatin1Char(')') && --depth == 0) {
            return i + 1;
        }
    }
    return i;
}

// Index just past a quantifier at @p i (with its lazy/possessive mark).
qsizetype skipQuantifier(QStringView p, qsizetype i)
{
    if (i >= p.size() || !isQuantifier(p[i]))
        return i;
    if (p[i] == QLatin1Char('{')) {
        const qsizetype close = p.indexOf(QLatin1Char('}'), i);
        i = close < 0 ? p.size() : close + 1;
    } else {
        ++i;
    }
    if (i < p.size() && (p[i] == QLatin1Char('?') || p[i] == QLatin1Char('+')))
        ++i;
    return i;
}

// True when the top level of @p p has an alternation.
bool hasTopLevelAlternation(QStringView p)
{
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] == QLatin1Char('\\'))
            ++i;
        else if (p[i] == QLatin1Char('[') || p[i] == QLatin1Char('('))
            i = skipNested(p, i) - 1;
        else if (p[i] == QLatin1Char('|'))
            return true;
    }
    return false;
}

} // namespace

RegexPrefilter RegexPrefilter::analyze(QStringView p, bool caseInsensitive)
{
    RegexPrefilter out;
    out.caseInsensitive = caseInsensitive;
    if (p.contains(u"(?") || p.contains(u"\\Q") || hasTopLevelAlternation(p))
        return out;
    qsizetype i = 0;
    bool anchored = false;
    if (p.startsWith(QLatin1Char('^'))) {
        anchored = true;
        ++i;
        // Patterns run on trimmed lines: leading blanks are no requirement.
        if (p.mid(i).startsWith(u"\\s*"))
            i += 3;
        else if (p.mid(i).startsWith(u" *"))
            i += 2;
    }
    QString run;
    QString best;
    QString prefix;
    bool prefixDone = !anchored;
    bool interrupted = false; // something other than a literal inside the pattern
    bool endAnchor = false;
    const auto flush = [&](bool atWordEnd) {
        if (!prefixDone) {
            prefix = run;
            prefixDone = true;
            out.wordComplete = atWordEnd;
        }
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    const auto breakRun = [&](bool atWordEnd) {
        flush(atWordEnd);
        interrupted = true;
    };
    while (i < p.size()) {
        const QChar c = p[i];
        QChar literal;
        qsizetype next = i + 1;
        if (c == QLatin1Char('\\') && i + 1 < p.size()) {
            const QChar e = p[i + 1];
            next = i + 2;
            if (e.isLetterOrNumber()) {
                // A class (\s, \d, \w), an assertion (\b) or a back reference.
                const bool blank = e == QLatin1Char('s');
                breakRun(blank && run.size() > 0);
                i = skipQuantifier(p, next);
                continue;
            }
            literal = e;
        } else if (c == QLatin1Char('$') && i + 1 == p.size()) {
            endAnchor = true;
            flush(true);
            i = p.size();
            break;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
            breakRun(false);
            i = skipQuantifier(p, skipNested(p, i));
            continue;
        } else if (isMeta(c)) {
            breakRun(false);
            i = skipQuantifier(p, next);
            continue;
        } else {
            literal = c;
        }
        if (next < p.size() && isQuantifier(p[next])) {
            // "x?" and "x*" may be absent; "x+" is there once, then more may follow.
            if (p[next] == QLatin1Char('+'))
                run += literal;
            breakRun(false);
            i = skipQuantifier(p, next);
            continue;
        }
        run += literal;
        i = next;
    }
    if (!endAnchor)
        flush(false); // "^host" also matches "hostname"

    if (anchored && !prefix.isEmpty()) {
        out.literal = prefix;
        out.anchored = true;
        // "^literal$" and nothing else: an exact line.
        out.exact = endAnchor && !interrupted;
        out.sufficient = !interrupted;
    } else {
        out.literal = best;
        out.wordComplete = false;
        if (!anchored && !interrupted && !best.isEmpty()) {
            out.anchoredEnd = endAnchor;
            out.sufficient = true;
        }
    }
    if (!caseInsensitive)
        out.letters = lettersOf(out.literal);
    return out;
}

QString RegexPrefilter::firstWord() const
{
    if (!anchored || literal.isEmpty())
        return QString();
    const qsizetype space = literal.indexOf(QLatin1Char(' '));
    if (space > 0)
        return literal.left(space);
    return wordComplete ? literal : QString();
}

} // namespace OpsDeck::Compliance
