// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "alarmtesthelpers.h"
#include "backend/alarms/rulepreview.h"

using namespace OpsDeck;
using namespace OpsDeck::Alarms;
using namespace OpsDeck::Alarms::Testing;

namespace {

constexpr qint64 kT0 = 1'740'000'000'000;
constexpr qint64 kMinute = 60'000;

/// One point a minute for @p minutes, @p high from minute @p from to minute @p to (exclusive), else @p low.
PreviewSeries series(const QString &device, const QString &object, int minutes, int from, int to, double low,
                     double high)
{
    PreviewSeries s{Domain::SeriesKey{device, object, u"if.in.util"_qs}, {}};
    for (int m = 0; m < minutes; ++m)
        s.points.append({kT0 + m * kMinute, m >= from && m < to ? high : low});
    return s;
}

} // namespace

/// The preview runs the service's engine over stored history: what a rule
/// would have raised, when, and when it would have cleared.
class TestRulePreview : public QObject
{
    Q_OBJECT

private slots:
    void thresholdWithDurationOverHistory()
    {
        // Above 80 for 5 minutes, clearing at or below 70.
        const AlarmRule rule = thresholdRule(u"util-high"_qs, u"if.in.util"_qs, 80, 10, 300);
        const QList<PreviewSeries> data{
            series(u"leaf01"_qs, u"Ethernet1"_qs, 120, 30, 50, 20, 95),    // 20 minutes high: raised, then cleared
            series(u"leaf02"_qs, u"Ethernet1"_qs, 120, 60, 63, 20, 95),    // 3 minutes: too short to raise
            series(u"leaf03"_qs, u"Ethernet7"_qs, 120, 100, 120, 20, 95)}; // still high at the end
        auto hits = RulePreview::run(rule, data, {});
        QVERIFY2(hits.ok(), qPrintable(hits ? QString() : hits.error().toString()));
        QCOMPARE(hits->size(), 2);
        const PreviewHit first = hits->at(0);
        QCOMPARE(first.device, u"leaf01"_qs);
        QCOMPARE(first.object, u"Ethernet1"_qs);
        QCOMPARE(first.raisedMs, kT0 + 35 * kMinute); // 5 minutes after it went above
        QCOMPARE(first.clearedMs, kT0 + 50 * kMinute);
        QCOMPARE(hits->at(1).device, u"leaf03"_qs);
        QCOMPARE(hits->at(1).raisedMs, kT0 + 105 * kMinute);
        QCOMPARE(hits->at(1).clearedMs, qint64(0));
    }

    void scopeLimitsTheDevices()
    {
        AlarmRule rule = thresholdRule(u"util-high"_qs, u"if.in.util"_qs, 80);
        rule.scope.site = u"dc2"_qs;
        Domain::DeviceLabels a;
        a.device = u"leaf01"_qs;
        a.siteSlug = u"dc1"_qs;
        Domain::DeviceLabels b;
        b.device = u"leaf02"_qs;
        b.siteSlug = u"dc2"_qs;
        auto hits = RulePreview::run(rule,
                                     {series(u"leaf01"_qs, u"Ethernet1"_qs, 10, 2, 8, 20, 95),
                                      series(u"leaf02"_qs, u"Ethernet1"_qs, 10, 2, 8, 20, 95)},
                                     {a, b});
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().device, u"leaf02"_qs);
    }

    void onlySeriesRulesCanBePreviewed()
    {
        AlarmRule rule;
        rule.id = u"down"_qs;
        rule.kind = RuleKind::IcmpDown;
        auto hits = RulePreview::run(rule, {series(u"leaf01"_qs, {}, 5, 0, 5, 0, 1)}, {});
        QVERIFY(!hits.ok());
        QCOMPARE(hits.error().code, ErrorCode::InvalidInput);
        QVERIFY2(hits.error().detail.contains(u"only threshold"_qs), qPrintable(hits.error().detail));
    }

    void nothingInHistoryNothingRaised()
    {
        auto hits = RulePreview::run(thresholdRule(u"util-high"_qs, u"if.in.util"_qs, 80), {}, {});
        QVERIFY(hits.ok());
        QVERIFY(hits->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRulePreview)
#include "tst_rulepreview.moc"
