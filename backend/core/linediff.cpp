// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/linediff.h"

#include <algorithm>

#include <QHash>

#include "backend/core/sequencediff.h"

namespace OpsDeck::Core {

namespace {

void appendRows(std::vector<LineDiff::Row> &rows, const QStringList &before, const QStringList &after,
                const std::vector<LineDiff::Run> &runs, size_t r, int begin, int end)
{
    using Kind = LineDiff::Row::Kind;
    const LineDiff::Run &run = runs[r];
    switch (run.op) {
    case LineDiff::Op::Equal:
        for (int i = begin; i < end; ++i)
            rows.push_back(
                {Kind::Same, run.left + i + 1, run.right + i + 1, before[run.left + i], after[run.right + i]});
        break;
    case LineDiff::Op::Insert:
        // Paired with the deletion before it, when there is one.
        if (r > 0 && runs[r - 1].op == LineDiff::Op::Delete) {
            const LineDiff::Run &del = runs[r - 1];
            const int paired = std::min(del.count, run.count);
            for (int i = 0; i < paired; ++i)
                rows.push_back(
                    {Kind::Changed, del.left + i + 1, run.right + i + 1, before[del.left + i], after[run.right + i]});
            for (int i = paired; i < del.count; ++i)
                rows.push_back({Kind::Removed, del.left + i + 1, 0, before[del.left + i], QString()});
            for (int i = paired; i < run.count; ++i)
                rows.push_back({Kind::Added, 0, run.right + i + 1, QString(), after[run.right + i]});
        } else {
            for (int i = begin; i < end; ++i)
                rows.push_back({Kind::Added, 0, run.right + i + 1, QString(), after[run.right + i]});
        }
        break;
    case LineDiff::Op::Delete:
        if (r + 1 < runs.size() && runs[r + 1].op == LineDiff::Op::Insert)
            break; // emitted with the insertion
        for (int i = begin; i < end; ++i)
            rows.push_back({Kind::Removed, run.left + i + 1, 0, before[run.left + i], QString()});
        break;
    }
}

} // namespace

QStringList LineDiff::splitLines(const QString &text)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    const QStringView view(text);
    qsizetype start = 0;
    while (start < view.size()) {
        qsizetype end = view.indexOf(QLatin1Char('\n'), start);
        const qsizetype next = end < 0 ? view.size() : end + 1;
        if (end < 0)
            end = view.size();
        qsizetype stop = end;
        if (stop > start && view[stop - 1] == QLatin1Char('\r'))
            --stop;
        lines.append(text.mid(start, stop - start));
        start = next;
    }
    return lines;
}

std::vector<LineDiff::Run> LineDiff::compute(const QStringList &before, const QStringList &after)
{
    // Trim the common ends on the strings, so only the middle is hashed.
    const int n = int(before.size());
    const int m = int(after.size());
    int prefix = 0;
    while (prefix < n && prefix < m && before[prefix] == after[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && before[n - 1 - suffix] == after[m - 1 - suffix])
        ++suffix;
    QHash<QStringView, int> ids;
    ids.reserve(n + m - 2 * (prefix + suffix));
    const auto intern = [&ids](const QString &line) {
        const auto it = ids.constFind(QStringView(line));
        if (it != ids.constEnd())
            return it.value();
        const int id = int(ids.size());
        ids.insert(QStringView(line), id);
        return id;
    };
    std::vector<int> a;
    std::vector<int> b;
    a.reserve(size_t(n - prefix - suffix));
    b.reserve(size_t(m - prefix - suffix));
    for (int i = prefix; i < n - suffix; ++i)
        a.push_back(intern(before[i]));
    for (int j = prefix; j < m - suffix; ++j)
        b.push_back(intern(after[j]));
    std::vector<Run> runs;
    const auto append = [&runs](const Run &run) {
        if (!runs.empty() && runs.back().op == run.op)
            runs.back().count += run.count;
        else
            runs.push_back(run);
    };
    if (prefix > 0)
        append({Op::Equal, 0, 0, prefix});
    for (Run run : SequenceDiff::compute(a, b, int(ids.size()))) {
        run.left += prefix;
        run.right += prefix;
        append(run);
    }
    if (suffix > 0)
        append({Op::Equal, n - suffix, m - suffix, suffix});
    return runs;
}

bool LineDiff::differs(const QStringList &before, const QStringList &after)
{
    return before != after;
}

QString LineDiff::unified(const QStringList &before, const QStringList &after, const QString &beforeLabel,
                          const QString &afterLabel, int context)
{
    return SequenceDiff::unified(
        compute(before, after), [&before](int i) { return QStringView(before[i]); },
        [&after](int i) { return QStringView(after[i]); }, beforeLabel, afterLabel, context);
}

std::vector<LineDiff::Row> LineDiff::sideBySide(const QStringList &before, const QStringList &after, int context)
{
    const std::vector<Run> runs = compute(before, after);
    std::vector<Row> rows;
    if (context < 0) {
        rows.reserve(size_t(std::max(before.size(), after.size())));
        for (size_t r = 0; r < runs.size(); ++r)
            appendRows(rows, before, after, runs, r, 0, runs[r].count);
        return rows;
    }
    const std::vector<SequenceDiff::Hunk> list = SequenceDiff::hunks(runs, context);
    const Row gap{};
    for (size_t k = 0; k < list.size(); ++k) {
        const SequenceDiff::Hunk &h = list[k];
        // Lines were left out before this hunk: at the start, or between hunks.
        if (k > 0 || h.first > 0 || h.headSkip > 0)
            rows.push_back(gap);
        for (size_t r = h.first; r <= h.last; ++r) {
            const auto [begin, end] = SequenceDiff::shownPart(h, r, runs);
            appendRows(rows, before, after, runs, r, begin, end);
        }
    }
    if (!list.empty()) {
        const SequenceDiff::Hunk &h = list.back();
        if (h.last + 1 < runs.size() || (runs[h.last].op == Op::Equal && h.tailKeep < runs[h.last].count))
            rows.push_back(gap);
    }
    return rows;
}

LineDiff::Stats LineDiff::stats(const std::vector<Run> &runs)
{
    Stats s;
    for (const Run &run : runs) {
        if (run.op == Op::Delete)
            s.deleted += run.count;
        else if (run.op == Op::Insert)
            s.inserted += run.count;
    }
    return s;
}

} // namespace OpsDeck::Core
