// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The rule editor's list: defaults and workspace rules from the "alarms"
// section, and the "rules" array it gives back after edits.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "models/alarms/alarmrulelistmodel.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::AlarmRuleListModel;

namespace {

const QJsonObject kCpu{{u"id"_s, u"cpu-high"_s},
                       {u"kind"_s, u"threshold"_s},
                       {u"metric"_s, u"cpu.util"_s},
                       {u"above"_s, 95},
                       {u"comment-for-people"_s, u"kept as written"_s}};
const QJsonObject kIcmp{{u"id"_s, u"icmp-down"_s}, {u"probes"_s, 5}};

} // namespace

class TestAlarmRuleListModel final : public QObject
{
    Q_OBJECT

private slots:
    void readsDefaultsAndWorkspaceRules()
    {
        AlarmRuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int defaults = int(Alarms::AlarmRulesConfig::defaults().rules.size());
        model.setSection(QJsonObject{{u"rules"_s, QJsonArray{kCpu, kIcmp}}});
        QCOMPARE(model.rowCount(), defaults + 1);
        QVERIFY(!model.isModified());

        const int icmp = model.rowOf(u"icmp-down"_s);
        QVERIFY(model.isBuiltIn(icmp));
        QCOMPARE(model.rule(icmp).probes, 5);
        QCOMPARE(model.index(icmp, AlarmRuleListModel::SourceColumn).data().toString(), u"Built-in, changed"_s);
        const int optical = model.rowOf(u"optical-power"_s);
        QCOMPARE(model.index(optical, AlarmRuleListModel::SourceColumn).data().toString(), u"Built-in"_s);
        QVERIFY(!model.isChangedDefault(optical));

        // The workspace's rule is there, with its problem (an unknown key).
        const int cpu = model.rowOf(u"cpu-high"_s);
        QCOMPARE(cpu, defaults);
        QVERIFY(!model.isBuiltIn(cpu));
        QCOMPARE(model.rule(cpu).above, 95.0);
        QVERIFY(model.index(cpu, 0).data(AlarmRuleListModel::ProblemRole).toString().contains(u"comment-for-people"_s));

        // Nothing edited: the array is the file's, object for object.
        QCOMPARE(model.rulesJson(), QJsonArray({kIcmp, kCpu}));
    }

    void editsGiveTheSmallestArray()
    {
        AlarmRuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSection({});
        QSignalSpy modified(&model, &AlarmRuleListModel::modifiedChanged);

        // Turning a default off through its check box writes only that.
        const int icmp = model.rowOf(u"icmp-down"_s);
        QVERIFY(model.setData(model.index(icmp, AlarmRuleListModel::IdColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(modified.count(), 1);
        QVERIFY(model.isModified());
        QCOMPARE(model.rulesJson(), QJsonArray({QJsonObject{{u"enabled"_s, false}, {u"id"_s, u"icmp-down"_s}}}));

        // A default's hysteresis back to 0 is written, as 0.
        const int optical = model.rowOf(u"optical-power"_s);
        Alarms::AlarmRule rule = model.rule(optical);
        rule.hysteresis = 0;
        rule.kind = Alarms::RuleKind::Threshold; // ignored: a default keeps its kind
        model.setRule(optical, rule);
        QCOMPARE(model.rule(optical).kind, Alarms::RuleKind::OpticalPower);
        QCOMPARE(model.rulesJson().at(1).toObject(),
                 QJsonObject({{u"hysteresis"_s, 0}, {u"id"_s, u"optical-power"_s}}));

        // Restoring the default drops its object.
        QVERIFY(model.removeRule(optical));
        QCOMPARE(model.rulesJson().size(), 1);
        QVERIFY(!model.removeRule(model.rowOf(u"cold-start"_s))); // nothing to restore

        // A duplicate is a workspace rule with an id of its own.
        const int copy = model.duplicateRule(model.rowOf(u"anomaly"_s));
        QCOMPARE(model.rule(copy).id, u"anomaly-copy"_s);
        QVERIFY(!model.isBuiltIn(copy));
        QCOMPARE(model.duplicateRule(copy), copy + 1);
        QCOMPARE(model.rule(copy + 1).id, u"anomaly-copy-copy"_s);
        QCOMPARE(model.uniqueId(u"anomaly-copy"_s), u"anomaly-copy-2"_s);
        QCOMPARE(model.rulesJson().size(), 3);
        QVERIFY(model.removeRule(copy + 1));
        QCOMPARE(model.rowCount(), copy + 1);

        model.setSaved();
        QVERIFY(!model.isModified());
        QCOMPARE(model.rulesJson().size(), 2);
        QCOMPARE(model.index(icmp, AlarmRuleListModel::IdColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
    }

    void describesConditions()
    {
        Alarms::AlarmRule rule;
        rule.kind = Alarms::RuleKind::Threshold;
        rule.metric = u"if.in.util"_s;
        rule.above = 90;
        rule.forSeconds = 300;
        QCOMPARE(AlarmRuleListModel::conditionText(rule), u"if.in.util above 90 for 300 s"_s);
        rule.above = Alarms::AlarmRule::kUnset;
        rule.below = 5;
        rule.forSeconds = 0;
        rule.object = u"Ethernet*"_s;
        QCOMPARE(AlarmRuleListModel::conditionText(rule), u"if.in.util of Ethernet* below 5"_s);
    }
};

QTEST_MAIN(TestAlarmRuleListModel)
#include "tst_alarmrulelistmodel.moc"
