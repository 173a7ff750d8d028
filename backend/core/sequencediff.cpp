// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/sequencediff.h"

#include <algorithm>
#include <climits>

namespace OpsDeck::Core {

namespace {

// Edit steps one middle-snake search may take before it settles for a good
// split (see middleSnake()).
constexpr int kMaxCost = 4096;

// Myers' linear-space algorithm ("An O(ND) Difference Algorithm and Its
// Variations", section 4b) over two sequences of interned line ids. It
// marks, per side, which elements are not part of the longest common
// subsequence; the caller turns the marks into runs.
class MiddleSnakeDiff
{
public:
    MiddleSnakeDiff(const std::vector<int> &a, const std::vector<int> &b, std::vector<char> &deletedA,
                    std::vector<char> &insertedB)
        : m_a(a)
        , m_b(b)
        , m_deleted(deletedA)
        , m_inserted(insertedB)
        , m_forward(a.size() + b.size() + 3)
        , m_backward(a.size() + b.size() + 3)
    {}

    void run() { compare(0, int(m_a.size()), 0, int(m_b.size())); }

private:
    struct Split
    {
        int x;
        int y;
    };

    void compare(int xoff, int xlim, int yoff, int ylim)
    {
        // Iterative on the right half, recursive on the left: the recursion
        // depth stays logarithmic in practice.
        for (;;) {
            while (xoff < xlim && yoff < ylim && m_a[size_t(xoff)] == m_b[size_t(yoff)]) {
                ++xoff;
                ++yoff;
            }
            while (xlim > xoff && ylim > yoff && m_a[size_t(xlim - 1)] == m_b[size_t(ylim - 1)]) {
                --xlim;
                --ylim;
            }
            if (xoff == xlim) {
                for (int y = yoff; y < ylim; ++y)
                    m_inserted[size_t(y)] = 1;
                return;
            }
            if (yoff == ylim) {
                for (int x = xoff; x < xlim; ++x)
                    m_deleted[size_t(x)] = 1;
                return;
            }
            const Split s = middleSnake(xoff, xlim, yoff, ylim);
            compare(xoff, s.x, yoff, s.y);
            xoff = s.x;
            yoff = s.y;
        }
    }

    // A point on an optimal edit path strictly inside the box (both ends
    // are trimmed, so the edit distance is at least two and the point
    // differs from both corners).
    Split middleSnake(int xoff, int xlim, int yoff, int ylim)
    {
        const int dmin = xoff - ylim;
        const int dmax = xlim - yoff;
        const int fmid = xoff - yoff;
        const int bmid = xlim - ylim;
        const bool odd = ((fmid - bmid) & 1) != 0;
        // Diagonal k lives at index k - dmin + 1 (one sentinel each side).
        const auto fd = [this, dmin](int k) -> int & { return m_forward[size_t(k - dmin + 1)]; };
        const auto bd = [this, dmin](int k) -> int & { return m_backward[size_t(k - dmin + 1)]; };
        fd(fmid) = xoff;
        bd(bmid) = xlim;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        for (int cost = 1;; ++cost) {
            // Past this many edit steps the exact answer costs too much
            // (every step scans all diagonals): split at the forward point
            // that got furthest instead. The script stays correct, merely
            // not minimal, for inputs that have little in common.
            if (cost > kMaxCost) {
                int best = -1;
                Split split{xoff, yoff};
                for (int d = fmin; d <= fmax; d += 2) {
                    const int x = std::min(fd(d), xlim);
                    const int y = x - d;
                    if (y >= yoff && y <= ylim && x + y > best && (x < xlim || y < ylim)) {
                        best = x + y;
                        split = {x, y};
                    }
                }
                if (best > xoff + yoff)
                    return split;
            }
            if (fmin > dmin)
                fd(--fmin - 1) = -1;
            else
                ++fmin;
            if (fmax < dmax)
                fd(++fmax + 1) = -1;
            else
                --fmax;
            for (int d = fmax; d >= fmin; d -= 2) {
                const int lo = fd(d - 1);
                const int hi = fd(d + 1);
                int x = lo >= hi ? lo + 1 : hi;
                int y = x - d;
                while (x < xlim && y < ylim && m_a[size_t(x)] == m_b[size_t(y)]) {
                    ++x;
                    ++y;
                }
                fd(d) = x;
                if (odd && bmin <= d && d <= bmax && bd(d) <= x)
                    return {x, y};
            }
            if (bmin > dmin)
                bd(--bmin - 1) = INT_MAX;
            else
                ++bmin;
            if (bmax < dmax)
                bd(++bmax + 1) = INT_MAX;
            else
                --bmax;
            for (int d = bmax; d >= bmin; d -= 2) {
                const int lo = bd(d - 1);
                const int hi = bd(d + 1);
                int x = lo < hi ? lo : hi - 1;
                int y = x - d;
                while (x > xoff && y > yoff && m_a[size_t(x - 1)] == m_b[size_t(y - 1)]) {
                    --x;
                    --y;
                }
                bd(d) = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd(d))
                    return {x, y};
            }
        }
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<char> &m_deleted;
    std::vector<char> &m_inserted;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
};

void appendRun(std::vector<LineDiff::Run> &runs, LineDiff::Op op, int left, int right, int count)
{
    if (count <= 0)
        return;
    if (!runs.empty() && runs.back().op == op) {
        runs.back().count += count;
        return;
    }
    runs.push_back({op, left, right, count});
}

QString hunkRange(int start, int count)
{
    // Unified diff convention: an empty range names the line before it.
    if (count == 0)
        return QStringLiteral("%1,0").arg(start);
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(start + 1).arg(count);
}

// Marks the ids of before[0, n) and after[0, m) (both ends already
// trimmed, both sides non-empty) that are not in the common subsequence.
void markChanges(std::span<const int> before, std::span<const int> after, int distinct, std::vector<char> &deleted,
                 std::vector<char> &inserted)
{
    // An id absent from the other side can never be matched: mark it now
    // and leave it out of the search. Wholesale rewrites stay cheap and the
    // common subsequence is the same.
    std::vector<int> inA(size_t(distinct), 0);
    std::vector<int> inB(size_t(distinct), 0);
    for (const int id : before)
        ++inA[size_t(id)];
    for (const int id : after)
        ++inB[size_t(id)];
    std::vector<int> ra;
    std::vector<int> rb;
    std::vector<int> mapA;
    std::vector<int> mapB;
    ra.reserve(before.size());
    mapA.reserve(before.size());
    rb.reserve(after.size());
    mapB.reserve(after.size());
    for (size_t i = 0; i < before.size(); ++i) {
        if (inB[size_t(before[i])] == 0) {
            deleted[i] = 1;
        } else {
            ra.push_back(before[i]);
            mapA.push_back(int(i));
        }
    }
    for (size_t j = 0; j < after.size(); ++j) {
        if (inA[size_t(after[j])] == 0) {
            inserted[j] = 1;
        } else {
            rb.push_back(after[j]);
            mapB.push_back(int(j));
        }
    }
    std::vector<char> rdel(ra.size(), 0);
    std::vector<char> rins(rb.size(), 0);
    MiddleSnakeDiff(ra, rb, rdel, rins).run();
    for (size_t k = 0; k < rdel.size(); ++k)
        deleted[size_t(mapA[k])] = rdel[k];
    for (size_t k = 0; k < rins.size(); ++k)
        inserted[size_t(mapB[k])] = rins[k];
}

} // namespace

std::vector<LineDiff::Run> SequenceDiff::compute(std::span<const int> before, std::span<const int> after, int distinct)
{
    using Op = LineDiff::Op;
    const int n = int(before.size());
    const int m = int(after.size());
    int prefix = 0;
    while (prefix < n && prefix < m && before[size_t(prefix)] == after[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           before[size_t(n - 1 - suffix)] == after[size_t(m - 1 - suffix)])
        ++suffix;
    const int midA = n - prefix - suffix;
    const int midB = m - prefix - suffix;
    std::vector<char> deleted(size_t(midA), 0);
    std::vector<char> inserted(size_t(midB), 0);
    if (midA == 0 || midB == 0) {
        std::fill(deleted.begin(), deleted.end(), 1);
        std::fill(inserted.begin(), inserted.end(), 1);
    } else {
        markChanges(before.subspan(size_t(prefix), size_t(midA)), after.subspan(size_t(prefix), size_t(midB)), distinct,
                    deleted, inserted);
    }

    std::vector<LineDiff::Run> runs;
    appendRun(runs, Op::Equal, 0, 0, prefix);
    int i = 0;
    int j = 0;
    while (i < midA || j < midB) {
        int k = 0;
        while (i + k < midA && j + k < midB && !deleted[size_t(i + k)] && !inserted[size_t(j + k)])
            ++k;
        appendRun(runs, Op::Equal, prefix + i, prefix + j, k);
        i += k;
        j += k;
        // Deletions before insertions, as diff(1) prints them.
        int del = 0;
        while (i + del < midA && deleted[size_t(i + del)])
            ++del;
        appendRun(runs, Op::Delete, prefix + i, prefix + j, del);
        i += del;
        int ins = 0;
        while (j + ins < midB && inserted[size_t(j + ins)])
            ++ins;
        appendRun(runs, Op::Insert, prefix + i, prefix + j, ins);
        j += ins;
    }
    appendRun(runs, Op::Equal, n - suffix, m - suffix, suffix);
    return runs;
}

std::vector<SequenceDiff::Hunk> SequenceDiff::hunks(const std::vector<LineDiff::Run> &runs, int context)
{
    using Op = LineDiff::Op;
    std::vector<Hunk> out;
    size_t k = 0;
    while (k < runs.size()) {
        while (k < runs.size() && runs[k].op == Op::Equal)
            ++k;
        if (k == runs.size())
            break;
        Hunk h;
        h.first = k;
        if (k > 0 && context > 0) {
            h.first = k - 1;
            h.headSkip = std::max(0, runs[k - 1].count - context);
        }
        size_t end = k;
        for (;;) {
            while (end < runs.size() && runs[end].op != Op::Equal)
                ++end;
            // runs[end] is Equal; a short one between two changes joins them.
            if (end + 1 < runs.size() && runs[end].count <= 2 * context) {
                ++end;
                continue;
            }
            break;
        }
        if (end < runs.size() && context > 0) {
            h.last = end;
            h.tailKeep = std::min(context, runs[end].count);
        } else {
            h.last = end - 1;
            h.tailKeep = runs[end - 1].count;
        }
        out.push_back(h);
        k = end + 1;
    }
    return out;
}

std::pair<int, int> SequenceDiff::shownPart(const Hunk &hunk, size_t r, const std::vector<LineDiff::Run> &runs)
{
    const LineDiff::Run &run = runs[r];
    int begin = 0;
    int end = run.count;
    if (r == hunk.first)
        begin = hunk.headSkip;
    if (r == hunk.last && r != hunk.first && run.op == LineDiff::Op::Equal)
        end = hunk.tailKeep;
    return {begin, end};
}

QString SequenceDiff::unified(const std::vector<LineDiff::Run> &runs, const LineAt &before, const LineAt &after,
                              const QString &beforeLabel, const QString &afterLabel, int context)
{
    using Op = LineDiff::Op;
    context = std::max(0, context);
    QString out;
    for (const Hunk &h : hunks(runs, context)) {
        int leftStart = -1;
        int rightStart = -1;
        int leftCount = 0;
        int rightCount = 0;
        QString body;
        for (size_t r = h.first; r <= h.last; ++r) {
            const LineDiff::Run &run = runs[r];
            const auto [begin, end] = shownPart(h, r, runs);
            if (leftStart < 0) {
                leftStart = run.left + (run.op == Op::Insert ? 0 : begin);
                rightStart = run.right + (run.op == Op::Delete ? 0 : begin);
            }
            for (int i = begin; i < end; ++i) {
                switch (run.op) {
                case Op::Equal:
                    body += QLatin1Char(' ') + before(run.left + i) + QLatin1Char('\n');
                    ++leftCount;
                    ++rightCount;
                    break;
                case Op::Delete:
                    body += QLatin1Char('-') + before(run.left + i) + QLatin1Char('\n');
                    ++leftCount;
                    break;
                case Op::Insert:
                    body += QLatin1Char('+') + after(run.right + i) + QLatin1Char('\n');
                    ++rightCount;
                    break;
                }
            }
        }
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
        out +=
            QStringLiteral("@@ -%1 +%2 @@\n").arg(hunkRange(leftStart, leftCount), hunkRange(rightStart, rightCount)) +
            body;
    }
    return out;
}

} // namespace OpsDeck::Core
