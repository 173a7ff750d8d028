// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonDocument>
#include <QTest>

#include "backend/alarms/alarmrules.h"

using namespace OpsDeck;
using namespace OpsDeck::Alarms;
using Workspace::ConfigIssue;

namespace {

QByteArray workspaceWith(const QByteArray &rules)
{
    return QByteArray(R"({"name": "lab", "alarms": {"rules": [)") + rules + "]}}";
}

} // namespace

class TestAlarmRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWithoutAlarmsSection()
    {
        const auto config = AlarmRulesConfig::fromWorkspaceFile(R"({"name": "lab"})", u"workspace.json"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->rules.size(), AlarmRulesConfig::defaults().rules.size());
        const AlarmRule *down = config->rule(u"icmp-down"_qs);
        QVERIFY(down);
        QCOMPARE(down->kind, RuleKind::IcmpDown);
        QCOMPARE(down->severity, Severity::Critical);
        QCOMPARE(down->probes, 3);
        QVERIFY(config->rule(u"optical-power"_qs));
        QCOMPARE(config->rule(u"optical-power"_qs)->metric, u"optical.dbm"_qs);
        // Every kind with a default is valid as it stands.
        QVERIFY(AlarmRulesConfig::defaults().crossCheck(u"alarms"_qs, u"x"_qs).isEmpty());
    }

    void layerMergesById()
    {
        const auto config = AlarmRulesConfig::fromWorkspaceFile(
            workspaceWith(R"({"id": "icmp-down", "probes": 5},
                            {"id": "snmp-unreachable", "enabled": false},
                            {"id": "cpu", "kind": "threshold", "metric": "cpu.util", "above": 90,
                             "hysteresis": 5, "forSeconds": 60, "severity": "minor",
                             "scope": {"site": "dc1", "role": "leaf"}})"),
            u"workspace.json"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        const AlarmRule *down = config->rule(u"icmp-down"_qs);
        QCOMPARE(down->probes, 5);
        QCOMPARE(down->severity, Severity::Critical); // kept from the defaults
        QVERIFY(!config->rule(u"snmp-unreachable"_qs)->enabled);
        const AlarmRule *cpu = config->rule(u"cpu"_qs);
        QVERIFY(cpu);
        QCOMPARE(cpu->kind, RuleKind::Threshold);
        QCOMPARE(cpu->above, 90.0);
        QVERIFY(!cpu->hasBelow());
        QCOMPARE(cpu->hysteresis, 5.0);
        QCOMPARE(cpu->forSeconds, 60);
        QCOMPARE(cpu->severity, Severity::Minor);
        QCOMPARE(cpu->scope.site, u"dc1"_qs);
        QCOMPARE(cpu->scope.role, u"leaf"_qs);
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::newRow("number as text") << QByteArray(R"({"id": "x", "kind": "threshold", "metric": "m", "above": "90"})")
                                        << u"alarms.rules[0].above"_qs << u"wrong-type"_qs;
        QTest::newRow("unknown kind") << QByteArray(R"({"id": "x", "kind": "thresold"})") << u"alarms.rules[0].kind"_qs
                                      << u"not-allowed"_qs;
        QTest::newRow("no level") << QByteArray(R"({"id": "x", "kind": "threshold", "metric": "m"})")
                                  << u"alarms.rules[0].above"_qs << u"inconsistent"_qs;
        QTest::newRow("both levels")
            << QByteArray(R"({"id": "x", "kind": "rateOfChange", "metric": "m", "above": 1, "below": 0})")
            << u"alarms.rules[0].above"_qs << u"inconsistent"_qs;
        QTest::newRow("key of another kind")
            << QByteArray(R"({"id": "x", "kind": "trap", "trapOid": "1.3.6.1.4.1.9", "probes": 3})")
            << u"alarms.rules[0].probes"_qs << u"unknown-key"_qs;
        QTest::newRow("out of range") << QByteArray(R"({"id": "x", "kind": "icmpDown", "probes": 0})")
                                      << u"alarms.rules[0].probes"_qs << u"out-of-range"_qs;
        QTest::newRow("kind changed") << QByteArray(R"({"id": "icmp-down", "kind": "threshold"})")
                                      << u"alarms.rules[0].kind"_qs << u"inconsistent"_qs;
        QTest::newRow("no id") << QByteArray(R"({"kind": "anomaly", "above": 0.7})") << u"alarms.rules[0].id"_qs
                               << u"inconsistent"_qs;
        QTest::newRow("new rule without kind") << QByteArray(R"({"id": "x", "metric": "m"})")
                                               << u"alarms.rules[0].kind"_qs << u"inconsistent"_qs;
        QTest::newRow("range reversed") << QByteArray(R"({"id": "x", "kind": "opticalPower", "low": -2, "high": -10})")
                                        << u"alarms.rules[0].low"_qs << u"inconsistent"_qs;
        QTest::newRow("bad oid") << QByteArray(R"({"id": "x", "kind": "trap", "trapOid": "linkDown"})")
                                 << u"alarms.rules[0].trapOid"_qs << u"bad-format"_qs;
        QTest::newRow("bad severity")
            << QByteArray(R"({"id": "x", "kind": "threshold", "metric": "m", "above": 1, "severity": "urgent"})")
            << u"alarms.rules[0].severity"_qs << u"not-allowed"_qs;
        QTest::newRow("bad regex")
            << QByteArray("{\"id\": \"x\", \"kind\": \"trap\", \"trapOid\": \"1.3.6.1\", \"varBinds\": [{\"oid\": \"1.3\", "
                          "\"matches\": \"(\"}]}")
            << u"alarms.rules[0].varBinds[0].matches"_qs << u"bad-format"_qs;
        QTest::newRow("typo in scope")
            << QByteArray(R"({"id": "x", "kind": "interfaceDown", "scope": {"sites": "dc1"}})")
            << u"alarms.rules[0].scope.sites"_qs << u"unknown-key"_qs;
        QTest::newRow("duplicate id") << QByteArray(R"({"id": "a", "kind": "jobFailed"}, {"id": "b", "kind": "jobFailed"},
                                                       {"id": "a", "kind": "jobFailed", "jobKind": "ssh.*"})")
                                      << QString() << QString();
    }

    void errorsNameTheKey()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        const auto config = AlarmRulesConfig::fromWorkspaceFile(workspaceWith(rules), u"/ws/workspace.json"_qs);
        if (key.isEmpty()) {
            QVERIFY(config.ok()); // a later entry with the same id merges into the earlier one
            QCOMPARE(config->rule(u"a"_qs)->jobKind, u"ssh.*"_qs);
            return;
        }
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
        QCOMPARE(config.error().context.value(u"key"_qs).toString(), key);
        QCOMPARE(config.error().context.value(u"file"_qs).toString(), u"/ws/workspace.json"_qs);
        const QVariantMap first = config.error().context.value(u"issues"_qs).toList().value(0).toMap();
        QCOMPARE(first.value(u"kind"_qs).toString(), kind);
        QVERIFY2(config.error().toString().contains(key), qPrintable(config.error().toString()));
    }

    void badRuleLosesNothingElse()
    {
        AlarmRulesConfig config = AlarmRulesConfig::defaults();
        QList<ConfigIssue> issues;
        const QJsonDocument doc = QJsonDocument::fromJson(R"({"rules": [
            {"id": "bad", "kind": "threshold", "metric": "m", "above": "high"},
            {"id": "good", "kind": "threshold", "metric": "m", "below": 3},
            {"id": "icmp-degraded", "lossPercent": 250}],
            "flap": {"transitions": 3, "windowSeconds": 120}})");
        config.readJson(doc.object(), u"alarms"_qs, u"w.json"_qs, issues);
        QCOMPARE(issues.size(), 1 + 1);
        QCOMPARE(issues.at(0).keyPath, u"alarms.rules[0].above"_qs);
        QCOMPARE(issues.at(1).keyPath, u"alarms.rules[2].lossPercent"_qs);
        QVERIFY(config.rule(u"good"_qs));
        QCOMPARE(config.rule(u"good"_qs)->below, 3.0);
        QCOMPARE(config.rule(u"icmp-degraded"_qs)->lossPercent, 20.0); // the bad value left the default
        QCOMPARE(config.flap.transitions, 3);
        QCOMPARE(config.flap.windowSeconds, 120);
    }

    void syntaxError()
    {
        const auto config = AlarmRulesConfig::fromWorkspaceFile(R"({"alarms": {"rules": [}})", u"w.json"_qs);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().context.value(u"file"_qs).toString(), u"w.json"_qs);
    }

    void maintenanceWindows()
    {
        const auto ok = AlarmRulesConfig::fromWorkspaceFile(
            R"({"alarms": {"maintenance": [{"id": "m1", "scope": {"site": "dc1"}, "start": "2025-03-01T22:00:00Z",
                "end": "2025-03-02T02:00:00Z", "comment": "core upgrade"}]}})",
            u"w.json"_qs);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
        QCOMPARE(ok->maintenance.size(), 1);
        QCOMPARE(ok->maintenance.at(0).endMs - ok->maintenance.at(0).startMs, 4 * 3600 * 1000LL);
        const auto reversed = AlarmRulesConfig::fromWorkspaceFile(
            R"({"alarms": {"maintenance": [{"id": "m1", "start": "2025-03-02T22:00:00Z",
                "end": "2025-03-02T02:00:00Z"}]}})",
            u"w.json"_qs);
        QVERIFY(!reversed.ok());
        QCOMPARE(reversed.error().context.value(u"key"_qs).toString(), u"alarms.maintenance[0].end"_qs);
    }

    void jsonRoundTrip()
    {
        const AlarmRulesConfig defaults = AlarmRulesConfig::defaults();
        AlarmRulesConfig back = AlarmRulesConfig::defaults();
        QList<ConfigIssue> issues;
        back.readJson(defaults.toJson(), u"alarms"_qs, u"w.json"_qs, issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(back.rules.size(), defaults.rules.size());
        QCOMPARE(back.rule(u"anomaly"_qs)->above, 0.8);
    }
};

QTEST_GUILESS_MAIN(TestAlarmRules)
#include "tst_alarmrules.moc"
