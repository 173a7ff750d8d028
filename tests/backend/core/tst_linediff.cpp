// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>
#include <random>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include "backend/core/linediff.h"

using OpsDeck::Core::LineDiff;
using Op = LineDiff::Op;
using Kind = LineDiff::Row::Kind;

namespace {

QStringList lines(const char *text)
{
    return LineDiff::splitLines(QString::fromUtf8(text));
}

// Applies the runs to @p before, checking on the way that they tile both
// sides in order without gaps.
QStringList apply(const QStringList &before, const QStringList &after, const std::vector<LineDiff::Run> &runs)
{
    QStringList out;
    int left = 0;
    int right = 0;
    for (const LineDiff::Run &run : runs) {
        if (run.count <= 0 || run.left != left || run.right != right)
            return {QStringLiteral("<bad run>")};
        switch (run.op) {
        case Op::Equal:
            for (int i = 0; i < run.count; ++i) {
                if (before[run.left + i] != after[run.right + i])
                    return {QStringLiteral("<equal run with different lines>")};
                out << before[run.left + i];
            }
            left += run.count;
            right += run.count;
            break;
        case Op::Delete:
            left += run.count;
            break;
        case Op::Insert:
            for (int i = 0; i < run.count; ++i)
                out << after[run.right + i];
            right += run.count;
            break;
        }
    }
    if (left != before.size() || right != after.size())
        return {QStringLiteral("<runs do not cover both sides>")};
    return out;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<int> row(size_t(b.size() + 1), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(up, row[size_t(j - 1)]);
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

QStringList randomLines(std::mt19937 &rng, int count, int alphabet)
{
    QStringList out;
    std::uniform_int_distribution<int> pick(0, alphabet - 1);
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("line %1").arg(pick(rng));
    return out;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void splitLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one without newline") << u"a"_qs << QStringList{u"a"_qs};
        QTest::newRow("trailing newline") << u"a\nb\n"_qs << QStringList{u"a"_qs, u"b"_qs};
        QTest::newRow("crlf") << u"a\r\nb\r\n"_qs << QStringList{u"a"_qs, u"b"_qs};
        QTest::newRow("blank last line") << u"a\n\n"_qs << QStringList{u"a"_qs, QString()};
        QTest::newRow("only newline") << u"\n"_qs << QStringList{QString()};
        QTest::newRow("lone cr stays") << u"a\rb\n"_qs << QStringList{u"a\rb"_qs};
    }
    void splitLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(LineDiff::splitLines(text), expected);
    }

    void edgeCases()
    {
        QVERIFY(LineDiff::compute({}, {}).empty());
        QVERIFY(!LineDiff::differs({}, {}));

        const QStringList abc = lines("a\nb\nc\n");
        auto runs = LineDiff::compute({}, abc);
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs[0].op, Op::Insert);
        QCOMPARE(runs[0].count, 3);

        runs = LineDiff::compute(abc, {});
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs[0].op, Op::Delete);
        QCOMPARE(runs[0].count, 3);

        runs = LineDiff::compute(abc, abc);
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs[0].op, Op::Equal);
        QVERIFY(!LineDiff::differs(abc, abc));
        QVERIFY(LineDiff::unified(abc, abc, u"a"_qs, u"b"_qs).isEmpty());

        // Everything changed: one deletion, then one insertion.
        const QStringList xyz = lines("x\ny\nz\nw\n");
        runs = LineDiff::compute(abc, xyz);
        QCOMPARE(runs.size(), size_t(2));
        QCOMPARE(runs[0].op, Op::Delete);
        QCOMPARE(runs[0].count, 3);
        QCOMPARE(runs[1].op, Op::Insert);
        QCOMPARE(runs[1].count, 4);
        QCOMPARE(runs[1].left, 3);
        const LineDiff::Stats s = LineDiff::stats(runs);
        QCOMPARE(s.deleted, 3);
        QCOMPARE(s.inserted, 4);
    }

    void crlfAndTrailingNewline()
    {
        // The line ending and a missing final newline are not differences.
        QVERIFY(!LineDiff::differs(lines("a\r\nb\r\n"), lines("a\nb\n")));
        QVERIFY(!LineDiff::differs(lines("a\nb"), lines("a\nb\n")));
        // A blank last line is one.
        const auto runs = LineDiff::compute(lines("a\nb\n"), lines("a\nb\n\n"));
        QCOMPARE(runs.size(), size_t(2));
        QCOMPARE(runs[1].op, Op::Insert);
        QCOMPARE(runs[1].right, 2);
    }

    void randomizedApply_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("alphabet");
        for (int seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %d", seed) << seed << (seed % 4 == 0 ? 3 : seed % 4 == 1 ? 8 : 40);
    }
    void randomizedApply()
    {
        QFETCH(int, seed);
        QFETCH(int, alphabet);
        std::mt19937 rng{quint32(seed)};
        std::uniform_int_distribution<int> size(0, 120);
        const QStringList before = randomLines(rng, size(rng), alphabet);
        QStringList after = before;
        // Scattered edits on a copy, or an unrelated text now and then.
        if (seed % 7 == 0) {
            after = randomLines(rng, size(rng), alphabet);
        } else {
            std::uniform_int_distribution<int> edits(0, 12);
            for (int e = edits(rng); e > 0; --e) {
                const int at = after.isEmpty() ? 0 : int(rng() % quint32(after.size()));
                switch (rng() % 3) {
                case 0:
                    after.insert(at, QStringLiteral("new %1").arg(e));
                    break;
                case 1:
                    if (!after.isEmpty())
                        after.removeAt(at);
                    break;
                default:
                    if (!after.isEmpty())
                        after[at] = QStringLiteral("line %1").arg(rng() % quint32(alphabet));
                }
            }
        }
        const auto runs = LineDiff::compute(before, after);
        QCOMPARE(apply(before, after, runs), after);
        // The script is minimal: the equal lines are a longest common subsequence.
        const LineDiff::Stats s = LineDiff::stats(runs);
        const int lcs = lcsLength(before, after);
        QCOMPARE(s.deleted, int(before.size()) - lcs);
        QCOMPARE(s.inserted, int(after.size()) - lcs);
        // Runs alternate: no two neighbours share an operation.
        for (size_t i = 1; i < runs.size(); ++i)
            QVERIFY(runs[i].op != runs[i - 1].op);
    }

    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("insert middle, no context")
            << u"a\nb\nc\n"_qs << u"a\nb\nX\nc\n"_qs << 0 << u"--- l\n+++ r\n@@ -2,0 +3 @@\n+X\n"_qs;
        QTest::newRow("delete first, no context")
            << u"a\nb\nc\n"_qs << u"b\nc\n"_qs << 0 << u"--- l\n+++ r\n@@ -1 +0,0 @@\n-a\n"_qs;
        QTest::newRow("to empty") << u"a\nb\n"_qs << QString() << 3 << u"--- l\n+++ r\n@@ -1,2 +0,0 @@\n-a\n-b\n"_qs;
        QTest::newRow("change with one context") << u"1\n2\n3\n4\n5\n"_qs << u"1\n2\nthree\n4\n5\n"_qs << 1
                                                 << u"--- l\n+++ r\n@@ -2,3 +2,3 @@\n 2\n-3\n+three\n 4\n"_qs;
        // Gap of exactly 2 * context equal lines: one hunk.
        QTest::newRow("merged hunks") << u"a\n1\n2\nb\n"_qs << u"A\n1\n2\nB\n"_qs << 1
                                      << u"--- l\n+++ r\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n-b\n+B\n"_qs;
        // One more equal line: two hunks.
        QTest::newRow("split hunks") << u"a\n1\n2\n3\nb\n"_qs << u"A\n1\n2\n3\nB\n"_qs << 1
                                     << u"--- l\n+++ r\n@@ -1,2 +1,2 @@\n-a\n+A\n 1\n@@ -4,2 +4,2 @@\n 3\n-b\n+B\n"_qs;
        QTest::newRow("crlf ignored") << u"a\r\nb\r\n"_qs << u"a\nb\nc\n"_qs << 3
                                      << u"--- l\n+++ r\n@@ -1,2 +1,3 @@\n a\n b\n+c\n"_qs;
    }
    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(
            LineDiff::unified(LineDiff::splitLines(before), LineDiff::splitLines(after), u"l"_qs, u"r"_qs, context),
            expected);
    }

    void sideBySidePairing()
    {
        const auto rows = LineDiff::sideBySide(lines("a\nb\nc\nd\n"), lines("a\nB\nC\nX\nd\n"));
        QCOMPARE(rows.size(), size_t(5));
        QCOMPARE(rows[0].kind, Kind::Same);
        QCOMPARE(rows[1].kind, Kind::Changed);
        QCOMPARE(rows[1].leftLine, 2);
        QCOMPARE(rows[1].rightLine, 2);
        QCOMPARE(rows[1].leftText, u"b"_qs);
        QCOMPARE(rows[1].rightText, u"B"_qs);
        QCOMPARE(rows[2].kind, Kind::Changed);
        QCOMPARE(rows[3].kind, Kind::Added);
        QCOMPARE(rows[3].leftLine, 0);
        QCOMPARE(rows[3].rightLine, 4);
        QCOMPARE(rows[3].rightText, u"X"_qs);
        QCOMPARE(rows[4].kind, Kind::Same);
        QCOMPARE(rows[4].leftLine, 4);
        QCOMPARE(rows[4].rightLine, 5);

        // More deleted than inserted: the surplus shows as Removed.
        const auto removed = LineDiff::sideBySide(lines("a\nb\nc\n"), lines("A\n"));
        QCOMPARE(removed.size(), size_t(3));
        QCOMPARE(removed[0].kind, Kind::Changed);
        QCOMPARE(removed[1].kind, Kind::Removed);
        QCOMPARE(removed[1].leftLine, 2);
        QCOMPARE(removed[1].rightLine, 0);
        QCOMPARE(removed[2].kind, Kind::Removed);
    }

    void sideBySideContext()
    {
        QStringList before;
        for (int i = 1; i <= 20; ++i)
            before << QString::number(i);
        QStringList after = before;
        after[9] = u"ten"_qs;       // line 10
        after[17] = u"eighteen"_qs; // line 18

        const auto all = LineDiff::sideBySide(before, after);
        QCOMPARE(all.size(), size_t(20));

        const auto rows = LineDiff::sideBySide(before, after, 2);
        // gap, 8 9 [10] 11 12, gap, 16 17 [18] 19 20 (no gap at the end).
        QCOMPARE(rows.size(), size_t(12));
        const auto isGap = [](const LineDiff::Row &r) {
            return r.kind == Kind::Same && r.leftLine == 0 && r.rightLine == 0;
        };
        QVERIFY(isGap(rows[0]));
        QCOMPARE(rows[1].leftLine, 8);
        QCOMPARE(rows[3].kind, Kind::Changed);
        QCOMPARE(rows[3].leftLine, 10);
        QCOMPARE(rows[5].leftLine, 12);
        QVERIFY(isGap(rows[6]));
        QCOMPARE(rows[7].leftLine, 16);
        QCOMPARE(rows[11].leftLine, 20);
        QVERIFY(!isGap(rows.back()));

        // Changes closer than twice the context share their rows: no gap.
        after = before;
        after[4] = u"five"_qs;
        after[8] = u"nine"_qs;
        const auto close = LineDiff::sideBySide(before, after, 2);
        // gap, 3 4 [5] 6 7 8 [9] 10 11, gap.
        QCOMPARE(close.size(), size_t(11));
        QVERIFY(isGap(close.front()));
        QVERIFY(isGap(close.back()));
        QCOMPARE(std::count_if(close.cbegin(), close.cend(), isGap), 2);

        QVERIFY(LineDiff::sideBySide(before, before, 2).empty());
    }

    void littleInCommonStaysCorrectAndBounded()
    {
        // Shuffled lines from a small vocabulary: a huge edit distance with
        // many repeated lines, where an exact search would be quadratic.
        std::mt19937 rng(11);
        const QStringList before = randomLines(rng, 30000, 50);
        const QStringList after = randomLines(rng, 30000, 50);
        QElapsedTimer timer;
        timer.start();
        const auto runs = LineDiff::compute(before, after);
        QCOMPARE(apply(before, after, runs), after);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void largeInputIsFast()
    {
        // Two 20,000-line texts with a few hundred scattered changes.
        std::mt19937 rng(7);
        QStringList before;
        for (int i = 0; i < 20000; ++i)
            before << QStringLiteral(" description port %1 uplink").arg(i % 5000);
        QStringList after = before;
        for (int e = 0; e < 300; ++e)
            after[int(rng() % 20000)] = QStringLiteral("changed %1").arg(e);
        QElapsedTimer timer;
        timer.start();
        const auto runs = LineDiff::compute(before, after);
        QCOMPARE(apply(before, after, runs), after);
        // Generous for a Debug build on a busy machine; the benchmark measures Release.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
