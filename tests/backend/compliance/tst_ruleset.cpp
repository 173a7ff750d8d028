// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "backend/compliance/devicefacts.h"
#include "backend/compliance/regexprefilter.h"
#include "backend/compliance/ruleset.h"

using namespace OpsDeck::Compliance;

namespace {

const char kRules[] = R"({"rules": [
            {"id": "ntp", "kind": "must-contain", "pattern": "ntp server {ntp}", "severity": "critical"},
            {"id": "bad-severity", "kind": "must-contain", "pattern": "x", "severity": "urgent"},
            {"id": "bad-regex", "kind": "must-not-contain", "match": "regex", "pattern": "snmp-server community (public"},
            {"kind": "must-not-contain", "pattern": "ip http server", "scope": {"roles": ["access"]}},
            "not an object",
            {"id": "ports", "kind": "section-match", "section": "^interface GigabitEthernet",
             "children": {"must_contain": ["switchport mode access"], "must_not_contain": ["^shutdown$"]},
             "match": "regex"},
            {"id": "no-children", "kind": "section-match", "section": "^interface"},
            {"id": "ntp", "kind": "must-contain", "pattern": "duplicate id"},
            {"id": "bad-child", "kind": "section-match", "section": "^vlan", "match": "regex",
             "children": {"must_contain": ["name [a-z"]}},
            {"id": "bad-scope", "kind": "must-contain", "pattern": "x", "scope": {"sites": "par1", "tags": [1]}},
            {"id": "no-kind", "pattern": "x"}
        ]})";

} // namespace

class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void loadsGoodRulesAndNamesBadOnes()
    {
        const QByteArray text = kRules;
        QStringList errors;
        const RuleSet set = RuleSet::fromJson(QJsonDocument::fromJson(text).object(), &errors);
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.at(0).rule.id, u"ntp"_qs);
        QCOMPARE(set.at(0).rule.severity, Severity::Critical);
        QCOMPARE(set.at(0).pattern.variables(), QStringList{u"ntp"_qs});
        QCOMPARE(set.at(1).rule.id, u"rule-4"_qs);
        QCOMPARE(set.at(1).rule.scope.roles, QStringList{u"access"_qs});
        QCOMPARE(set.at(2).rule.id, u"ports"_qs);
        QCOMPARE(set.at(2).childrenMustNotContain.size(), size_t(1));

        const QStringList expected = {
            u"rules[1] (id \"bad-severity\"): \"severity\": unknown value \"urgent\" (critical, major, minor or info)"_qs,
            u"rules[2] (id \"bad-regex\"): \"pattern\": invalid regular expression"_qs,
            u"rules[4]: must be an object"_qs,
            u"rules[6] (id \"no-children\"): \"children\": needs must_contain or must_not_contain"_qs,
            u"rules[7] (id \"ntp\"): \"id\": \"ntp\" is already used by another rule"_qs,
            u"rules[8] (id \"bad-child\"): \"children.must_contain[0]\": invalid regular expression"_qs,
            u"rules[9] (id \"bad-scope\"): \"scope.tags[0]\": must be a string"_qs,
            u"rules[10] (id \"no-kind\"): \"kind\": missing"_qs,
        };
        QCOMPARE(errors.size(), expected.size());
        for (qsizetype i = 0; i < errors.size(); ++i)
            QVERIFY2(errors[i].startsWith(expected[i]), qPrintable(errors[i]));
    }

    void notJsonRules()
    {
        QStringList errors;
        QCOMPARE(RuleSet::fromJson(QJsonValue(u"rules"_qs), &errors).size(), 0);
        QCOMPARE(errors.size(), 1);
    }

    void roundTrip()
    {
        Rule section;
        section.id = u"access-ports"_qs;
        section.kind = Rule::Kind::SectionMatch;
        section.syntax = PatternMatcher::Syntax::Regex;
        section.pattern = u"^interface GigabitEthernet"_qs;
        section.childrenMustContain = {u"^switchport mode (access|trunk)$"_qs};
        section.childrenMustNotContain = {u"^shutdown$"_qs};
        section.scope.platforms = {u"ios"_qs};
        section.scope.tags = {u"campus"_qs};
        section.severity = Severity::Minor;
        section.description = u"every port has a mode"_qs;
        Rule literal;
        literal.id = u"vlans"_qs;
        literal.pattern = u"vlan {vlans}"_qs;
        RuleSet set;
        QVERIFY(set.add(section).isEmpty());
        QVERIFY(set.add(literal).isEmpty());
        QStringList errors;
        const RuleSet again = RuleSet::fromJson(set.toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(again.size(), 2);
        QVERIFY(again.at(0).rule == section);
        QVERIFY(again.at(1).rule == literal);
    }

    void deviceFactsJson()
    {
        DeviceFacts facts;
        facts.name = u"acc-par-01"_qs;
        facts.site = u"par1"_qs;
        facts.role = u"access"_qs;
        facts.platform = u"ios"_qs;
        facts.tags = {u"campus"_qs};
        facts.primaryIp = u"10.99.0.11"_qs;
        facts.values.insert(u"vlans"_qs, {u"10"_qs, u"20"_qs});
        const auto again = DeviceFacts::fromJson(facts.toJson());
        QVERIFY(again.ok());
        QVERIFY(*again == facts);
        QCOMPARE(facts.variable(u"device.primary_ip"_qs), QStringList{u"10.99.0.11"_qs});
        QCOMPARE(facts.variable(u"vlans"_qs), (QStringList{u"10"_qs, u"20"_qs}));
        QVERIFY(!facts.variable(u"interfaces"_qs));

        const auto single = DeviceFacts::fromJson(
            QJsonObject{{u"name"_qs, u"x"_qs}, {u"values"_qs, QJsonObject{{u"vlans"_qs, 10}, {u"loc"_qs, u"r1"_qs}}}});
        QVERIFY(single.ok());
        QCOMPARE(single->values.value(u"vlans"_qs), QStringList{u"10"_qs});
        const auto bad = DeviceFacts::fromJson(QJsonObject{{u"site"_qs, 3}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.contains(u"\"site\""_qs));
        const auto badValue =
            DeviceFacts::fromJson(QJsonObject{{u"values"_qs, QJsonObject{{u"vlans"_qs, QJsonObject()}}}});
        QVERIFY(!badValue.ok());
        QVERIFY(badValue.error().detail.contains(u"vlans"_qs));
    }

    void prefilter_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("literal");
        QTest::addColumn<bool>("anchored");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("firstWord");
        QTest::newRow("exact") << u"^ntp server 10\\.0\\.0\\.1$"_qs << u"ntp server 10.0.0.1"_qs << true << true
                               << u"ntp"_qs;
        QTest::newRow("prefix") << u"^interface Ethernet"_qs << u"interface Ethernet"_qs << true << false
                                << u"interface"_qs;
        QTest::newRow("word then class") << u"^hostname\\s+\\S+$"_qs << u"hostname"_qs << true << false
                                         << u"hostname"_qs;
        QTest::newRow("partial word") << u"^host"_qs << u"host"_qs << true << false << QString();
        QTest::newRow("optional char") << u"^vlans?"_qs << u"vlan"_qs << true << false << QString();
        QTest::newRow("unanchored longest")
            << u"ip (access|prefix)-list standard"_qs << u"-list standard"_qs << false << false << QString();
        QTest::newRow("alternation") << u"^a|b"_qs << QString() << false << false << QString();
        QTest::newRow("inline option") << u"(?i)^hostname"_qs << QString() << false << false << QString();
        QTest::newRow("group then literal") << u"^(no )?shutdown$"_qs << u"shutdown"_qs << false << false << QString();
    }
    void prefilter()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, literal);
        QFETCH(bool, anchored);
        QFETCH(bool, exact);
        QFETCH(QString, firstWord);
        const RegexPrefilter p = RegexPrefilter::analyze(pattern);
        QCOMPARE(p.literal, literal);
        QCOMPARE(p.anchored, anchored);
        QCOMPARE(p.exact, exact);
        QCOMPARE(p.firstWord(), firstWord);
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
