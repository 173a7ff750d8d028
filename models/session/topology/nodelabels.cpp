// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/topology/nodelabels.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "backend/topology/topologygraph.h"

namespace OpsDeck::Models {

namespace {

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'.' || c == u'_' || c == u'/' || c == u':' || c == u' ';
}

bool hasLetter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

// The lengths of @p name's prefixes that end with a separator (or, with
// @p fromEnd, of its suffixes that start with one), longest first.
QList<qsizetype> affixLengths(const QString &name, bool fromEnd)
{
    QList<qsizetype> out;
    for (qsizetype n = name.size() - 1; n > 0; --n) {
        if (isSeparator(fromEnd ? name.at(name.size() - n) : name.at(n - 1)))
            out << n;
    }
    return out;
}

QString affix(const QString &name, qsizetype length, bool fromEnd)
{
    return fromEnd ? name.right(length) : name.left(length);
}

// How one name is cut: the prefixes and suffixes it may lose (shared by
// enough names, longest first, then none) and which of them it loses now.
struct Cut
{
    QList<qsizetype> prefixes;
    QList<qsizetype> suffixes;
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};

// The widest prefix and suffix among the candidates left that keep a part
// with a letter; none when no pair does.
void chooseCut(const QString &name, Cut &cut)
{
    cut.prefix = 0;
    cut.suffix = 0;
    for (qsizetype p : std::as_const(cut.prefixes)) {
        for (qsizetype s : std::as_const(cut.suffixes)) {
            if (p + s <= cut.prefix + cut.suffix || name.size() <= p + s)
                continue;
            if (hasLetter(QStringView(name).mid(p, name.size() - p - s))) {
                cut.prefix = p;
                cut.suffix = s;
            }
        }
    }
}

} // namespace

QStringList distinguishingNames(const QStringList &names)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &n : names) {
        if (!n.isEmpty() && !seen.contains(n)) {
            seen.insert(n);
            distinct << n;
        }
    }
    if (distinct.size() < 2)
        return names;

    // What names share says little about any one of them: a domain or site
    // suffix all of them have, a site or rack prefix at least half (and two)
    // of them start with. Names are read from the left, so a shared start
    // is context even when not all share it; a shared end only when all do
    // (ends that some share are mostly numbers: "-01.example.net").
    const qsizetype enoughPrefix = std::max<qsizetype>(2, (distinct.size() + 1) / 2);
    const qsizetype enoughSuffix = distinct.size();
    QHash<QString, qsizetype> prefixCount;
    QHash<QString, qsizetype> suffixCount;
    for (const QString &n : std::as_const(distinct)) {
        for (qsizetype length : affixLengths(n, false))
            ++prefixCount[affix(n, length, false)];
        for (qsizetype length : affixLengths(n, true))
            ++suffixCount[affix(n, length, true)];
    }
    QHash<QString, Cut> cuts;
    for (const QString &n : std::as_const(distinct)) {
        Cut cut;
        for (qsizetype length : affixLengths(n, false)) {
            if (prefixCount.value(affix(n, length, false)) >= enoughPrefix)
                cut.prefixes << length;
        }
        for (qsizetype length : affixLengths(n, true)) {
            if (suffixCount.value(affix(n, length, true)) >= enoughSuffix)
                cut.suffixes << length;
        }
        cut.prefixes << 0;
        cut.suffixes << 0;
        chooseCut(n, cut);
        cuts.insert(n, cut);
    }

    // Names cut down to the same part lose less, until every part is unique.
    const auto part = [&](const QString &n) {
        const Cut &c = cuts[n];
        return n.mid(c.prefix, n.size() - c.prefix - c.suffix);
    };
    for (bool clash = true; clash;) {
        clash = false;
        QHash<QString, QStringList> byPart;
        for (const QString &n : std::as_const(distinct))
            byPart[part(n)] << n;
        for (const QStringList &same : std::as_const(byPart)) {
            if (same.size() < 2)
                continue;
            for (const QString &n : same) {
                Cut &c = cuts[n];
                if (c.prefix == 0 && c.suffix == 0)
                    continue;
                clash = true;
                // Give back the wider of the two cuts.
                if (c.prefix >= c.suffix)
                    c.prefixes.removeAll(c.prefix);
                else
                    c.suffixes.removeAll(c.suffix);
                chooseCut(n, c);
            }
        }
    }

    QStringList out;
    out.reserve(names.size());
    for (const QString &n : names)
        out << (n.isEmpty() ? n : part(n));
    return out;
}

QStringList topologyNodeLabels(const Topology::TopologyGraph &graph)
{
    // Node indexes by group, in node order.
    QHash<QString, QList<int>> groups;
    for (int i = 0; i < graph.nodes.size(); ++i)
        groups[graph.nodes.at(i).group] << i;
    QStringList labels(graph.nodes.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QStringList names;
        names.reserve(it.value().size());
        for (int i : it.value())
            names << graph.nodes.at(i).name;
        const QStringList parts = distinguishingNames(names);
        for (qsizetype k = 0; k < parts.size(); ++k)
            labels[it.value().at(k)] = parts.at(k);
    }
    return labels;
}

} // namespace OpsDeck::Models
