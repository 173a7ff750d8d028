// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/snmp/countertracker.h"

using namespace OpsDeck::Snmp;

class TestCounterTracker : public QObject
{
    Q_OBJECT

private slots:
    void delta_data()
    {
        QTest::addColumn<quint64>("previous");
        QTest::addColumn<quint64>("current");
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("32 increase") << quint64(100) << quint64(250) << 32 << true << quint64(150);
        QTest::newRow("32 unchanged") << quint64(7) << quint64(7) << 32 << true << quint64(0);
        QTest::newRow("32 wrap") << quint64(4294967000ULL) << quint64(100) << 32 << true << quint64(396);
        QTest::newRow("32 wrap at top") << quint64(4294967295ULL) << quint64(0) << 32 << true << quint64(1);
        QTest::newRow("32 out of range") << quint64(5000000000ULL) << quint64(1) << 32 << false << quint64(0);
        QTest::newRow("64 increase") << quint64(1ULL << 40) << quint64((1ULL << 40) + 9) << 64 << true << quint64(9);
        QTest::newRow("64 wrap") << quint64(0xfffffffffffffff0ULL) << quint64(0x10) << 64 << true << quint64(0x20);
        QTest::newRow("64 reset") << quint64(123456789) << quint64(5) << 64 << false << quint64(0);
    }
    void delta()
    {
        QFETCH(quint64, previous);
        QFETCH(quint64, current);
        QFETCH(int, bits);
        QFETCH(bool, valid);
        QFETCH(quint64, expected);
        const auto d = CounterTracker::delta(previous, current, bits);
        QCOMPARE(d.has_value(), valid);
        if (valid)
            QCOMPARE(*d, expected);
    }

    void rateFromUpTime()
    {
        CounterTracker t;
        QVERIFY(!t.update(u"d|1|in"_qs, {1000, 64, 10000, 0, 0}).has_value());
        const auto r = t.update(u"d|1|in"_qs, {3000, 64, 11000, 0, 0}); // 10 s later
        QVERIFY(r.has_value());
        QCOMPARE(*r, 200.0);
    }

    void rateAcross32BitWrap()
    {
        CounterTracker t;
        QVERIFY(!t.update(u"k"_qs, {4294966296ULL, 32, 100, 0, 0}).has_value());
        const auto r = t.update(u"k"_qs, {1000, 32, 200, 0, 0}); // 1 s, 2000 octets through the wrap
        QVERIFY(r.has_value());
        QCOMPARE(*r, 2000.0);
        QCOMPARE(t.discontinuities(), 0);
    }

    void agentRestartIsADiscontinuity()
    {
        CounterTracker t;
        QVERIFY(!t.update(u"k"_qs, {900000, 32, 500000, 0, 0}).has_value());
        QVERIFY(!t.update(u"k"_qs, {50, 32, 300, 0, 0}).has_value()); // sysUpTime went back
        QCOMPARE(t.discontinuities(), 1);
        const auto r = t.update(u"k"_qs, {150, 32, 400, 0, 0});
        QVERIFY(r.has_value());
        QCOMPARE(*r, 100.0);
    }

    void discontinuityTimeChange()
    {
        CounterTracker t;
        QVERIFY(!t.update(u"k"_qs, {100, 64, 100, 0, 5}).has_value());
        QVERIFY(!t.update(u"k"_qs, {200, 64, 200, 0, 150}).has_value());
        QCOMPARE(t.discontinuities(), 1);
    }

    void wallClockWhenNoUpTime()
    {
        CounterTracker t;
        QVERIFY(!t.update(u"k"_qs, {0, 64, 0, 1000, 0}).has_value());
        const auto r = t.update(u"k"_qs, {500, 64, 0, 3000, 0});
        QVERIFY(r.has_value());
        QCOMPARE(*r, 250.0);
    }
};

QTEST_GUILESS_MAIN(TestCounterTracker)
#include "tst_countertracker.moc"
