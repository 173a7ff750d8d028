// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/patternmatcher.h"

#include <algorithm>
#include <mutex>

#include <QHash>

#include "backend/compliance/configindex.h"
#include "backend/compliance/devicefacts.h"

namespace OpsDeck::Compliance {

namespace {

// More than this many concrete patterns from one pattern is a mistake in
// the rule (a product of two long lists), not something to evaluate.
constexpr qsizetype kMaxExpansions = 10000;

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
}

// Placeholders "{name}" of @p pattern: (start, length, name).
struct Placeholder
{
    qsizetype start;
    qsizetype length;
    QString name;
};

std::vector<Placeholder> placeholders(const QString &pattern)
{
    std::vector<Placeholder> out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (pattern[i] != QLatin1Char('{') || i + 1 >= pattern.size() || !isNameStart(pattern[i + 1]))
            continue;
        qsizetype j = i + 1;
        while (j < pattern.size() && isNameChar(pattern[j]))
            ++j;
        if (j < pattern.size() && pattern[j] == QLatin1Char('}')) {
            out.push_back({i, j + 1 - i, pattern.mid(i + 1, j - i - 1)});
            i = j;
        }
    }
    return out;
}

QString substitute(const QString &pattern, const std::vector<Placeholder> &holes, const QStringList &values)
{
    QString out;
    qsizetype at = 0;
    for (size_t k = 0; k < holes.size(); ++k) {
        out += QStringView(pattern).sliced(at, holes[k].start - at);
        out += values[qsizetype(k)];
        at = holes[k].start + holes[k].length;
    }
    out += QStringView(pattern).sliced(at);
    return out;
}

// Compiled expressions kept per pattern at most; past it the cache starts over.
constexpr qsizetype kMaxCached = 4096;

} // namespace

struct PatternMatcher::RegexCache
{
    std::mutex mutex;
    QHash<QString, QRegularExpression> compiled;

    QRegularExpression get(const QString &pattern)
    {
        const std::lock_guard lock(mutex);
        const auto it = compiled.constFind(pattern);
        if (it != compiled.constEnd())
            return *it;
        if (compiled.size() >= kMaxCached)
            compiled.clear();
        // Compiled on first match, by whichever thread needs it first.
        return *compiled.insert(pattern, QRegularExpression(pattern));
    }
};

PatternMatcher::PatternMatcher(const QString &concrete, Syntax syntax, RegexCache &cache)
    : m_pattern(concrete)
    , m_syntax(syntax)
{
    if (syntax == Syntax::Literal) {
        m_literal = concrete.trimmed();
        return;
    }
    m_prefilter = RegexPrefilter::analyze(concrete);
    if (m_prefilter.exact)
        m_literal = m_prefilter.literal;
    else if (!m_prefilter.sufficient)
        m_regex = cache.get(concrete);
}

PatternMatcher::PatternMatcher(const QString &pattern, Syntax syntax)
    : m_pattern(pattern)
    , m_syntax(syntax)
{
    const std::vector<Placeholder> holes = placeholders(pattern);
    for (const Placeholder &h : holes)
        m_variables << h.name;
    if (syntax == Syntax::Literal) {
        m_literal = pattern.trimmed();
        if (m_literal.isEmpty())
            m_error = QStringLiteral("empty pattern");
        return;
    }
    // Validate with a harmless value in each placeholder; a concrete
    // expression is compiled only when expanded.
    const QStringList probe(qsizetype(holes.size()), QStringLiteral("x"));
    const QString concrete = holes.empty() ? pattern : substitute(pattern, holes, probe);
    const QRegularExpression check(concrete);
    if (!check.isValid()) {
        m_error = QStringLiteral("invalid regular expression \"%1\": %2 at offset %3")
                      .arg(pattern, check.errorString())
                      .arg(check.patternErrorOffset());
        return;
    }
    if (!holes.empty()) {
        m_cache = std::make_shared<RegexCache>();
        return;
    }
    m_prefilter = RegexPrefilter::analyze(pattern);
    if (m_prefilter.exact) {
        m_literal = m_prefilter.literal;
    } else {
        m_regex = check;
        m_regex.optimize();
    }
}

std::vector<PatternMatcher> PatternMatcher::expand(const DeviceFacts &facts, QString *missing) const
{
    std::vector<PatternMatcher> out;
    if (m_variables.isEmpty() || !m_error.isEmpty()) {
        out.push_back(*this);
        return out;
    }
    std::vector<QStringList> lists;
    qsizetype combinations = 1;
    for (const QString &name : m_variables) {
        const std::optional<QStringList> values = facts.variable(name);
        if (!values) {
            if (missing)
                *missing = name;
            return out;
        }
        lists.push_back(*values);
        combinations = std::min(kMaxExpansions, combinations * values->size());
    }
    const std::vector<Placeholder> holes = placeholders(m_pattern);
    std::vector<qsizetype> pick(lists.size(), 0);
    out.reserve(size_t(combinations));
    for (qsizetype c = 0; c < combinations; ++c) {
        QStringList values;
        for (size_t k = 0; k < lists.size(); ++k) {
            const QString &v = lists[k][pick[k]];
            values << (m_syntax == Syntax::Regex ? QRegularExpression::escape(v) : v);
        }
        if (m_cache)
            out.push_back(PatternMatcher(substitute(m_pattern, holes, values), m_syntax, *m_cache));
        else
            out.emplace_back(substitute(m_pattern, holes, values), m_syntax);
        // The next combination, last variable fastest.
        for (size_t k = lists.size(); k-- > 0;) {
            if (++pick[k] < lists[k].size())
                break;
            pick[k] = 0;
        }
    }
    return out;
}

bool PatternMatcher::matches(QStringView trimmed) const
{
    if (!m_error.isEmpty() || !m_variables.isEmpty())
        return false;
    if (!m_literal.isEmpty())
        return trimmed == m_literal;
    return m_prefilter.mayMatch(trimmed) && (m_prefilter.sufficient || m_regex.match(trimmed).hasMatch());
}

void PatternMatcher::find(const ConfigIndex &index, int from, int to, std::vector<int> &out, bool firstOnly) const
{
    if (!m_error.isEmpty() || !m_variables.isEmpty())
        return;
    to = std::min(to, index.size());
    const auto fromList = [&](std::span<const int> candidates, bool check) {
        auto it = std::lower_bound(candidates.begin(), candidates.end(), from);
        for (; it != candidates.end() && *it < to; ++it) {
            if (check && !matches(index.trimmed(*it)))
                continue;
            out.push_back(*it);
            if (firstOnly)
                return;
        }
    };
    if (!m_literal.isEmpty()) {
        fromList(index.find(m_literal), false);
        return;
    }
    const QString word = m_prefilter.firstWord();
    if (!word.isEmpty()) {
        fromList(index.withFirstWord(word), true);
        return;
    }
    for (int i = from; i < to; ++i) {
        if (matches(index.trimmed(i))) {
            out.push_back(i);
            if (firstOnly)
                return;
        }
    }
}

} // namespace OpsDeck::Compliance
