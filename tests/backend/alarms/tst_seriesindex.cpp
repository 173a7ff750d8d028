// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/alarms/seriesindex.h"

using namespace OpsDeck;
using namespace OpsDeck::Alarms;

class TestSeriesIndex final : public QObject
{
    Q_OBJECT

private slots:
    void numbersInInsertionOrder()
    {
        SeriesIndex index;
        const Domain::SeriesKey a{QStringLiteral("sw1"), QStringLiteral("ifIndex:1"), QStringLiteral("if.in.bps")};
        const Domain::SeriesKey b{QStringLiteral("sw1"), QStringLiteral("ifIndex:1"), QStringLiteral("if.out.bps")};
        QCOMPARE(index.find(a, SeriesIndex::hash(a)), SeriesIndex::npos);
        QCOMPARE(index.insert(a, SeriesIndex::hash(a)), 0);
        QCOMPARE(index.insert(b, SeriesIndex::hash(b)), 1);
        QCOMPARE(index.find(a, SeriesIndex::hash(a)), 0);
        QCOMPARE(index.find(b, SeriesIndex::hash(b)), 1);
        QCOMPARE(index.size(), 2);
    }

    void equalHashesTellKeysApart()
    {
        // Keys whose hashes collide entirely are still told apart by comparison.
        SeriesIndex index;
        const Domain::SeriesKey a{QStringLiteral("a"), QString(), QStringLiteral("m")};
        const Domain::SeriesKey b{QStringLiteral("b"), QString(), QStringLiteral("m")};
        const Domain::SeriesKey c{QStringLiteral("c"), QString(), QStringLiteral("m")};
        QCOMPARE(index.insert(a, 42), 0);
        QCOMPARE(index.insert(b, 42), 1);
        QCOMPARE(index.find(b, 42), 1);
        QCOMPARE(index.find(a, 42), 0);
        QCOMPARE(index.find(c, 42), SeriesIndex::npos);
    }

    void growsAndClears()
    {
        SeriesIndex index;
        const auto key = [](int i) {
            return Domain::SeriesKey{QStringLiteral("dev%1").arg(i / 48), QStringLiteral("ifIndex:%1").arg(i % 48),
                                     QStringLiteral("if.in.bps")};
        };
        constexpr int n = 20000; // several times the initial table
        for (int i = 0; i < n; ++i)
            QCOMPARE(index.insert(key(i), SeriesIndex::hash(key(i))), i);
        for (int i = 0; i < n; ++i)
            QCOMPARE(index.find(key(i), SeriesIndex::hash(key(i))), i);
        const Domain::SeriesKey other{QStringLiteral("dev0"), QStringLiteral("ifIndex:0"), QStringLiteral("if.out.bps")};
        QCOMPARE(index.find(other, SeriesIndex::hash(other)), SeriesIndex::npos);
        index.clear();
        QCOMPARE(index.size(), 0);
        QCOMPARE(index.find(key(0), SeriesIndex::hash(key(0))), SeriesIndex::npos);
        QCOMPARE(index.insert(key(7), SeriesIndex::hash(key(7))), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesIndex)
#include "tst_seriesindex.moc"
