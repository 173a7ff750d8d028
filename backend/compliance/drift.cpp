// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/drift.h"

#include <vector>

#include "backend/compliance/configindex.h"
#include "backend/core/sequencediff.h"

namespace OpsDeck::Compliance {

namespace {

using Run = Core::LineDiff::Run;
using Op = Core::LineDiff::Op;

bool sameLine(const ConfigIndex &a, int i, const ConfigIndex &b, int j)
{
    return a.lineHash(i) == b.lineHash(j) && a.line(i) == b.line(j);
}

// Maps the lines [from, a.size() - suffix) of @p a and likewise of @p b to
// ids shared by equal lines, using the hashes the indexes already hold.
class Interner
{
public:
    Interner(const ConfigIndex &a, const ConfigIndex &b, int prefix, int suffix)
    {
        const int na = a.size() - prefix - suffix;
        const int nb = b.size() - prefix - suffix;
        size_t capacity = 16;
        while (capacity < size_t(na + nb) * 2)
            capacity *= 2;
        m_mask = capacity - 1;
        m_buckets.assign(capacity, 0);
        ids[0].reserve(size_t(na));
        ids[1].reserve(size_t(nb));
        for (int i = prefix; i < prefix + na; ++i)
            ids[0].push_back(intern(a, i));
        for (int j = prefix; j < prefix + nb; ++j)
            ids[1].push_back(intern(b, j));
    }

    std::vector<int> ids[2];
    [[nodiscard]] int distinct() const { return int(m_samples.size()); }

private:
    int intern(const ConfigIndex &index, int i)
    {
        const size_t hash = index.lineHash(i);
        size_t slot = hash & m_mask;
        while (m_buckets[slot] != 0) {
            const int id = m_buckets[slot] - 1;
            const auto &[owner, line] = m_samples[size_t(id)];
            if (owner->lineHash(line) == hash && owner->line(line) == index.line(i))
                return id;
            slot = (slot + 1) & m_mask;
        }
        m_samples.emplace_back(&index, i);
        m_buckets[slot] = int(m_samples.size());
        return int(m_samples.size()) - 1;
    }

    size_t m_mask = 0;
    std::vector<int> m_buckets;
    std::vector<std::pair<const ConfigIndex *, int>> m_samples;
};

std::vector<Run> lineRuns(const ConfigIndex &a, const ConfigIndex &b)
{
    const int n = a.size();
    const int m = b.size();
    int prefix = 0;
    while (prefix < n && prefix < m && sameLine(a, prefix, b, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && sameLine(a, n - 1 - suffix, b, m - 1 - suffix))
        ++suffix;
    std::vector<Run> runs;
    const auto append = [&runs](const Run &run) {
        if (run.count <= 0)
            return;
        if (!runs.empty() && runs.back().op == run.op)
            runs.back().count += run.count;
        else
            runs.push_back(run);
    };
    append({Op::Equal, 0, 0, prefix});
    if (prefix < n || prefix < m) {
        const Interner interned(a, b, prefix, suffix);
        for (Run run : Core::SequenceDiff::compute(interned.ids[0], interned.ids[1], interned.distinct())) {
            run.left += prefix;
            run.right += prefix;
            append(run);
        }
    }
    append({Op::Equal, n - suffix, m - suffix, suffix});
    return runs;
}

// True when @p b has line @p i of @p a at the same place: same trimmed text
// under parents with the same trimmed texts.
bool hasInSameSection(const ConfigIndex &a, int i, const ConfigIndex &b)
{
    for (const int j : b.find(a.trimmed(i))) {
        int pa = a.parent(i);
        int pb = b.parent(j);
        while (pa >= 0 && pb >= 0 && a.trimmed(pa) == b.trimmed(pb)) {
            pa = a.parent(pa);
            pb = b.parent(pb);
        }
        if (pa < 0 && pb < 0)
            return true;
    }
    return false;
}

const QLatin1String kMasked("<masked>");

} // namespace

DriftResult Drift::compare(const QString &intended, const QString &running, const VolatileRules &rules)
{
    return compare(ConfigIndex(intended, rules), ConfigIndex(running, rules));
}

DriftResult Drift::compare(const ConfigIndex &intended, const ConfigIndex &running)
{
    DriftResult result;
    const std::vector<Run> runs = lineRuns(intended, running);
    for (const Run &run : runs) {
        if (run.op == Op::Delete) {
            result.removed += run.count;
            for (int k = 0; k < run.count; ++k)
                result.missing.append({intended.lineNumber(run.left + k), intended.line(run.left + k).toString(), {}});
        } else if (run.op == Op::Insert) {
            result.added += run.count;
            for (int k = 0; k < run.count; ++k)
                result.extra.append({running.lineNumber(run.right + k), running.line(run.right + k).toString(), {}});
        }
    }
    if (result.added == 0 && result.removed == 0) {
        result.state = CheckState::Compliant;
        result.detail = QStringLiteral("running configuration matches the intended one");
        return result;
    }
    result.state = CheckState::NonCompliant;
    result.detail = QString::number(result.removed) + u" intended lines missing, " + QString::number(result.added) +
                    u" lines not intended";
    result.unifiedDiff = Core::SequenceDiff::unified(
        runs, [&intended](int i) { return intended.line(i); }, [&running](int i) { return running.line(i); },
        QStringLiteral("intended"), QStringLiteral("running"), 3);
    return result;
}

QStringList Drift::remediationLines(const ConfigIndex &intended, const ConfigIndex &running)
{
    QStringList out;
    for (int j = 0; j < running.size(); ++j) {
        if (running.parent(j) >= 0 || running.trimmed(j).startsWith(QLatin1String("no ")))
            continue;
        if (running.trimmed(j).contains(kMasked) || hasInSameSection(running, j, intended))
            continue;
        out << QStringLiteral("no ") + running.trimmed(j);
    }
    // The intended section lines already entered, outermost first.
    std::vector<int> entered;
    for (int i = 0; i < intended.size(); ++i) {
        if (intended.line(i).contains(kMasked) || hasInSameSection(intended, i, running))
            continue;
        std::vector<int> chain;
        for (int p = intended.parent(i); p >= 0; p = intended.parent(p))
            chain.insert(chain.begin(), p);
        size_t same = 0;
        while (same < chain.size() && same < entered.size() && chain[same] == entered[same])
            ++same;
        for (size_t k = same; k < chain.size(); ++k)
            out << intended.line(chain[k]).toString();
        entered = chain;
        entered.push_back(i);
        out << intended.line(i).toString();
    }
    return out;
}

QStringList Drift::remediationLines(const QString &intended, const QString &running, const VolatileRules &rules)
{
    return remediationLines(ConfigIndex(intended, rules), ConfigIndex(running, rules));
}

} // namespace OpsDeck::Compliance
