// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/configindex.h"

#include <algorithm>

#include <QHashFunctions>

#include "backend/compliance/volatilerules.h"

namespace OpsDeck::Compliance {

namespace {

inline bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\r' || u == u'\f' || u == u'\v';
}

QStringView trimView(QStringView s)
{
    qsizetype l = 0;
    while (l < s.size() && isBlank(s[l]))
        ++l;
    return s.sliced(l);
}

QStringView firstWordOf(QStringView trimmed)
{
    qsizetype i = 0;
    while (i < trimmed.size() && !isBlank(trimmed[i]))
        ++i;
    return trimmed.first(i);
}

size_t lineHashOf(QStringView line, QStringView trimmed, size_t trimmedHash)
{
    const qsizetype indent = line.size() - trimmed.size();
    for (qsizetype i = 0; i < indent; ++i) {
        if (line[i] != QLatin1Char(' '))
            return qHash(line, 1);
    }
    // Indentation by spaces (the usual case): no second pass over the text.
    return trimmedHash ^ (size_t(indent + 1) * size_t(0x9E3779B97F4A7C15ull));
}

} // namespace

ConfigIndex::ConfigIndex(const QString &text, const VolatileRules &rules, Detail detail)
    : m_text(text)
{
    const QStringView all(m_text);
    m_lines.reserve(size_t(all.size() / 24 + 1));
    qsizetype start = 0;
    int number = 0;
    QString masked;
    while (start < all.size()) {
        const qsizetype nl = all.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = nl < 0 ? all.size() : nl;
        ++number;
        QStringView line = all.sliced(start, end - start);
        start = end + 1;
        qsizetype right = line.size();
        while (right > 0 && isBlank(line[right - 1]))
            --right;
        line = line.first(right);
        QStringView trimmed = trimView(line);
        if (trimmed.isEmpty())
            continue;
        switch (rules.check(line, trimmed, &masked)) {
        case VolatileRules::Verdict::Drop:
            ++m_dropped;
            continue;
        case VolatileRules::Verdict::Masked:
            // The QString's characters do not move when the vector grows.
            m_owned.push_back(masked);
            line = QStringView(m_owned.back());
            trimmed = trimView(line);
            ++m_masked;
            break;
        case VolatileRules::Verdict::Keep:
            break;
        }
        Line l;
        l.line = line;
        l.trimmed = trimmed;
        l.trimmedHash = qHash(trimmed, 0);
        l.lineHash = lineHashOf(line, trimmed, l.trimmedHash);
        l.number = number;
        l.end = int(m_lines.size()) + 1;
        m_lines.push_back(l);
    }
    if (detail == Detail::LinesOnly)
        return;
    buildSections();
    buildTable(m_byLine, false);
    buildTable(m_byWord, true);
}

void ConfigIndex::buildSections()
{
    // Nesting key: brace depth first, indentation second.
    std::vector<std::pair<qsizetype, int>> open;
    qsizetype braces = 0;
    const int n = size();
    for (int i = 0; i < n; ++i) {
        Line &l = m_lines[size_t(i)];
        if (l.trimmed.front() == QLatin1Char('}'))
            braces = std::max<qsizetype>(0, braces - 1);
        const qsizetype key = braces * 0x10000 + std::min<qsizetype>(l.line.size() - l.trimmed.size(), 0xffff);
        while (!open.empty() && open.back().first >= key) {
            m_lines[size_t(open.back().second)].end = i;
            open.pop_back();
        }
        l.parent = open.empty() ? -1 : open.back().second;
        open.emplace_back(key, i);
        if (l.trimmed.back() == QLatin1Char('{'))
            ++braces;
    }
    for (const auto &entry : open)
        m_lines[size_t(entry.second)].end = n;
}

void ConfigIndex::buildTable(Table &table, bool firstWord)
{
    const int n = size();
    size_t capacity = 16;
    while (capacity < size_t(n) * 2)
        capacity *= 2;
    const size_t mask = capacity - 1;
    table.buckets.assign(capacity, 0);
    std::vector<int> keyOf(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Line &l = m_lines[size_t(i)];
        const QStringView key = firstWord ? firstWordOf(l.trimmed) : l.trimmed;
        const size_t hash = firstWord ? qHash(key, 0) : l.trimmedHash;
        size_t slot = hash & mask;
        int found = -1;
        while (table.buckets[slot] != 0) {
            const int k = table.buckets[slot] - 1;
            if (table.hashes[size_t(k)] == hash) {
                const QStringView other = m_lines[size_t(table.sample[size_t(k)])].trimmed;
                if ((firstWord ? firstWordOf(other) : other) == key) {
                    found = k;
                    break;
                }
            }
            slot = (slot + 1) & mask;
        }
        if (found < 0) {
            found = int(table.hashes.size());
            table.hashes.push_back(hash);
            table.sample.push_back(i);
            table.buckets[slot] = found + 1;
        }
        keyOf[size_t(i)] = found;
    }
    // Group the lines per key, ascending (a counting sort).
    table.start.assign(table.hashes.size() + 1, 0);
    for (const int k : keyOf)
        ++table.start[size_t(k) + 1];
    for (size_t k = 1; k < table.start.size(); ++k)
        table.start[k] += table.start[k - 1];
    std::vector<int> fill(table.start.begin(), table.start.end() - 1);
    table.lines.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        table.lines[size_t(fill[size_t(keyOf[size_t(i)])]++)] = i;
}

std::span<const int> ConfigIndex::lookup(const Table &table, QStringView key, bool firstWord) const
{
    if (table.buckets.empty())
        return {};
    const size_t mask = table.buckets.size() - 1;
    const size_t hash = qHash(key, 0);
    for (size_t slot = hash & mask; table.buckets[slot] != 0; slot = (slot + 1) & mask) {
        const int k = table.buckets[slot] - 1;
        if (table.hashes[size_t(k)] != hash)
            continue;
        const QStringView other = m_lines[size_t(table.sample[size_t(k)])].trimmed;
        if ((firstWord ? firstWordOf(other) : other) == key) {
            const int from = table.start[size_t(k)];
            return std::span<const int>(table.lines.data() + from, size_t(table.start[size_t(k) + 1] - from));
        }
    }
    return {};
}

std::span<const int> ConfigIndex::find(QStringView trimmed) const
{
    return lookup(m_byLine, trimmed, false);
}

std::span<const int> ConfigIndex::withFirstWord(QStringView word) const
{
    return lookup(m_byWord, word, true);
}

} // namespace OpsDeck::Compliance
