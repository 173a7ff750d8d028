// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/icmp/icmptypes.h"

using OpsDeck::Icmp::EchoStatistics;

class TestEchoStatistics final : public QObject
{
    Q_OBJECT

private slots:
    void allAnswered()
    {
        const EchoStatistics s = EchoStatistics::compute(4, {10.0, 12.0, 11.0, 15.0});
        QCOMPARE(s.sent, 4);
        QCOMPARE(s.received, 4);
        QCOMPARE(s.lossPercent, 0.0);
        QCOMPARE(s.minMs, 10.0);
        QCOMPARE(s.maxMs, 15.0);
        QCOMPARE(s.avgMs, 12.0);
        // |12-10| + |11-12| + |15-11| = 7 over 3 differences
        QCOMPARE(s.jitterMs, 7.0 / 3.0);
        // deviations -2, 0, -1, 3: (4 + 0 + 1 + 9) / 4 = 3.5
        QCOMPARE(s.stddevMs, std::sqrt(3.5));
    }

    void partialLoss()
    {
        const EchoStatistics s = EchoStatistics::compute(5, {1.0, 3.0});
        QCOMPARE(s.received, 2);
        QCOMPARE(s.lossPercent, 60.0);
        QCOMPARE(s.jitterMs, 2.0);
        QCOMPARE(s.avgMs, 2.0);
    }

    void nothingAnswered()
    {
        const EchoStatistics s = EchoStatistics::compute(3, {});
        QCOMPARE(s.received, 0);
        QCOMPARE(s.lossPercent, 100.0);
        QCOMPARE(s.jitterMs, 0.0);
        QCOMPARE(s.maxMs, 0.0);
    }

    void singleReplyHasNoJitter()
    {
        const EchoStatistics s = EchoStatistics::compute(1, {4.5});
        QCOMPARE(s.lossPercent, 0.0);
        QCOMPARE(s.jitterMs, 0.0);
        QCOMPARE(s.stddevMs, 0.0);
        QCOMPARE(s.minMs, 4.5);
    }

    void nothingSentIsTotalLoss()
    {
        const EchoStatistics s = EchoStatistics::compute(0, {});
        QCOMPARE(s.lossPercent, 100.0);
    }
};

QTEST_GUILESS_MAIN(TestEchoStatistics)
#include "tst_echostatistics.moc"
