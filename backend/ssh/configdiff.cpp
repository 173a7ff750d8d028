// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ssh/configdiff.h"

#include <vector>

namespace OpsDeck::Ssh {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

enum class Op { Keep, Remove, Add };
struct Edit
{
    Op op;
    int a; ///< index in before (Keep/Remove)
    int b; ///< index in after (Keep/Add)
};

// Longest common subsequence over the part between the common prefix and
// suffix; configurations are at most a few thousand lines.
std::vector<Edit> editScript(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    const int rows = n - prefix - suffix;
    const int cols = m - prefix - suffix;
    std::vector<int> lcs(size_t(rows + 1) * size_t(cols + 1), 0);
    const auto at = [cols, &lcs](int i, int j) -> int & { return lcs[size_t(i) * size_t(cols + 1) + size_t(j)]; };
    for (int i = rows - 1; i >= 0; --i) {
        for (int j = cols - 1; j >= 0; --j) {
            at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    std::vector<Edit> script;
    for (int i = 0; i < prefix; ++i)
        script.push_back({Op::Keep, i, i});
    int i = 0;
    int j = 0;
    while (i < rows || j < cols) {
        if (i < rows && j < cols && a[prefix + i] == b[prefix + j]) {
            script.push_back({Op::Keep, prefix + i, prefix + j});
            ++i;
            ++j;
        } else if (i < rows && (j == cols || at(i + 1, j) >= at(i, j + 1))) {
            // Removals first, as diff(1) prints them.
            script.push_back({Op::Remove, prefix + i, prefix + j});
            ++i;
        } else {
            script.push_back({Op::Add, prefix + i, prefix + j});
            ++j;
        }
    }
    for (int k = 0; k < suffix; ++k)
        script.push_back({Op::Keep, n - suffix + k, m - suffix + k});
    return script;
}

QString range(int start, int count)
{
    // Unified diff convention: an empty range names the line before it.
    if (count == 0)
        return QStringLiteral("%1,0").arg(start);
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(start + 1).arg(count);
}

} // namespace

QString ConfigDiff::normalize(const QString &captured)
{
    QString text = captured;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (out.isEmpty() && line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("Building configuration"))
            || line.startsWith(QLatin1String("Current configuration")))
            continue;
        out << line;
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ConfigDiff::unified(const QString &before, const QString &after, const QString &beforeLabel,
                            const QString &afterLabel, int context)
{
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    const std::vector<Edit> script = editScript(a, b);
    QString out;
    const int total = int(script.size());
    int k = 0;
    while (k < total) {
        // Next change.
        while (k < total && script[size_t(k)].op == Op::Keep)
            ++k;
        if (k == total)
            break;
        int start = std::max(0, k - context);
        // Extend the hunk while changes are closer than 2 * context.
        int end = k;
        for (;;) {
            while (end < total && script[size_t(end)].op != Op::Keep)
                ++end;
            int keep = end;
            while (keep < total && script[size_t(keep)].op == Op::Keep)
                ++keep;
            if (keep < total && keep - end <= 2 * context) {
                end = keep;
                continue;
            }
            end = std::min(total, end + context);
            break;
        }
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        QString body;
        for (int e = start; e < end; ++e) {
            const Edit &ed = script[size_t(e)];
            if (aStart < 0) {
                aStart = ed.a;
                bStart = ed.b;
            }
            switch (ed.op) {
            case Op::Keep:
                body += QLatin1Char(' ') + a[ed.a] + QLatin1Char('\n');
                ++aCount;
                ++bCount;
                break;
            case Op::Remove:
                body += QLatin1Char('-') + a[ed.a] + QLatin1Char('\n');
                ++aCount;
                break;
            case Op::Add:
                body += QLatin1Char('+') + b[ed.b] + QLatin1Char('\n');
                ++bCount;
                break;
            }
        }
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) + body;
        k = end;
    }
    return out;
}

QString ConfigDiff::simulateApply(const QString &config, const QStringList &lines)
{
    QStringList out = splitLines(config);
    // A trailing "end" printed by the device stays last.
    const bool hadEnd = !out.isEmpty() && out.constLast() == QLatin1String("end");
    if (hadEnd)
        out.removeLast();
    for (const QString &raw : lines) {
        const QString line = QString(raw).remove(QLatin1Char('\r'));
        if (line.isEmpty() || line.startsWith(QLatin1Char('!')) || line == QLatin1String("configure")
            || line == QLatin1String("configure terminal") || line == QLatin1String("exit"))
            continue;
        if (line == QLatin1String("end"))
            break;
        if (line.startsWith(QLatin1String("hostname "))) {
            for (QString &l : out) {
                if (l.startsWith(QLatin1String("hostname ")))
                    l = line;
            }
        } else if (line.startsWith(QLatin1String("no "))) {
            out.removeAll(line.mid(3));
        } else {
            out << line;
        }
    }
    if (hadEnd)
        out << QStringLiteral("end");
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList ConfigDiff::undoLines(const QString &config, const QStringList &lines)
{
    const QStringList current = splitLines(config);
    QStringList undo;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("hostname "))) {
            for (const QString &l : current) {
                if (l.startsWith(QLatin1String("hostname "))) {
                    undo.prepend(l);
                    break;
                }
            }
        } else if (line.startsWith(QLatin1String("no "))) {
            if (current.contains(line.mid(3)))
                undo.prepend(line.mid(3));
        } else if (!line.isEmpty() && !line.startsWith(QLatin1Char('!'))) {
            undo.prepend(QStringLiteral("no ") + line);
        }
    }
    return undo;
}

} // namespace OpsDeck::Ssh
