// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "backend/compliance/configindex.h"
#include "backend/compliance/devicefacts.h"
#include "backend/compliance/evaluator.h"
#include "backend/compliance/ruleset.h"
#include "backend/compliance/volatilerules.h"
#include "testdata.h"

using namespace OpsDeck::Compliance;

Q_DECLARE_METATYPE(OpsDeck::Compliance::CheckState)

namespace {

DeviceFacts accessSwitch()
{
    DeviceFacts f;
    f.name = u"acc-par-01"_qs;
    f.site = u"par1"_qs;
    f.role = u"access"_qs;
    f.platform = u"ios"_qs;
    f.tags = {u"campus"_qs};
    f.primaryIp = u"10.99.0.11"_qs;
    f.values.insert(u"vlans"_qs, {u"10"_qs, u"20"_qs, u"30"_qs, u"99"_qs});
    f.values.insert(u"ntp"_qs, {u"10.99.0.1"_qs});
    f.values.insert(u"syslog"_qs, {u"10.99.0.50"_qs, u"10.99.0.51"_qs});
    return f;
}

const char *kRules = R"([
    {"id": "hostname", "kind": "must-contain", "pattern": "hostname {device.name}", "severity": "critical"},
    {"id": "ntp", "kind": "must-contain", "pattern": "ntp server {ntp}"},
    {"id": "vlans", "kind": "must-contain", "pattern": "vlan {vlans}"},
    {"id": "syslog", "kind": "must-contain", "match": "regex", "pattern": "^logging (host )?{syslog}$"},
    {"id": "mgmt-ip", "kind": "must-contain", "match": "regex",
     "pattern": "^ip address {device.primary_ip} 255\\.255\\.255\\.0$"},
    {"id": "no-public", "kind": "must-not-contain", "match": "regex", "pattern": "^snmp-server community public\\b"},
    {"id": "no-http", "kind": "must-not-contain", "pattern": "ip http server"},
    {"id": "no-telnet", "kind": "must-not-contain", "match": "regex", "pattern": "transport input .*telnet"},
    {"id": "access-ports", "kind": "section-match", "section": "^interface GigabitEthernet",
     "match": "regex", "children": {"must_contain": ["^switchport mode (access|trunk)$", "^description "],
                                    "must_not_contain": ["^shutdown$"]}},
    {"id": "vty-ssh", "kind": "section-match", "section": "line vty 0 4", "section_match": "literal",
     "children": {"must_contain": ["transport input ssh", "login"]}},
    {"id": "vlan-names", "kind": "section-match", "section": "^vlan {vlans}$", "match": "regex",
     "children": {"must_contain": ["^name \\S+$"]}},
    {"id": "tacacs", "kind": "must-contain", "pattern": "tacacs server {tacacs}"},
    {"id": "eos-only", "kind": "must-contain", "pattern": "ip routing", "scope": {"platforms": ["eos"]}},
    {"id": "no-loopback-section", "kind": "section-match", "section": "^interface Loopback",
     "match": "regex", "children": {"must_contain": ["^ip address"]}},
    {"id": "masked", "kind": "must-not-contain", "match": "regex", "pattern": "\\$1\\$"}
])";

const char kEosRules[] = R"([
            {"id": "eth-desc", "kind": "section-match", "section": "^interface Ethernet", "match": "regex",
             "children": {"must_contain": ["^description "]}},
            {"id": "routing", "kind": "must-contain", "pattern": "ip routing"},
            {"id": "ntp", "kind": "must-contain", "match": "regex", "pattern": "^ntp server (vrf \\S+ )?{ntp}$"}
        ])";

const RuleResult *find(const std::vector<RuleResult> &results, const QString &id)
{
    for (const RuleResult &r : results) {
        if (r.ruleId == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

    std::vector<RuleResult> m_results;

private slots:
    void initTestCase()
    {
        QStringList errors;
        const RuleSet rules = RuleSet::fromJson(QJsonDocument::fromJson(kRules).array(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(rules.size(), 15);
        const ConfigIndex config(OpsDeck::Test::complianceData(u"ios-access.cfg"_qs), VolatileRules::defaults());
        m_results = Evaluator::evaluate(config, accessSwitch(), rules);
        QCOMPARE(m_results.size(), size_t(15));
        for (size_t i = 0; i < m_results.size(); ++i)
            QCOMPARE(m_results[i].ruleId, rules.at(int(i)).rule.id);
    }

    void results_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<CheckState>("state");
        QTest::addColumn<QString>("detail");
        QTest::newRow("hostname") << u"hostname"_qs << CheckState::Compliant << u"1 required lines present"_qs;
        QTest::newRow("ntp") << u"ntp"_qs << CheckState::Compliant << QString();
        QTest::newRow("vlans") << u"vlans"_qs << CheckState::NonCompliant << u"1 of 4 required lines missing"_qs;
        QTest::newRow("syslog") << u"syslog"_qs << CheckState::NonCompliant << u"1 of 2 required lines missing"_qs;
        QTest::newRow("mgmt-ip") << u"mgmt-ip"_qs << CheckState::Compliant << QString();
        QTest::newRow("no-public") << u"no-public"_qs << CheckState::NonCompliant << u"1 forbidden lines present"_qs;
        QTest::newRow("no-http") << u"no-http"_qs << CheckState::Compliant << QString();
        QTest::newRow("no-telnet") << u"no-telnet"_qs << CheckState::Compliant << QString();
        QTest::newRow("access-ports") << u"access-ports"_qs << CheckState::NonCompliant << u"1 of 4 sections fail"_qs;
        QTest::newRow("vty-ssh") << u"vty-ssh"_qs << CheckState::Compliant << u"1 sections conform"_qs;
        QTest::newRow("vlan-names") << u"vlan-names"_qs << CheckState::Compliant << u"3 sections conform"_qs;
        QTest::newRow("tacacs") << u"tacacs"_qs << CheckState::NotApplicable << u"no value for {tacacs}"_qs;
        QTest::newRow("scope") << u"eos-only"_qs << CheckState::NotApplicable << u"device outside the rule's scope"_qs;
        QTest::newRow("no section") << u"no-loopback-section"_qs << CheckState::NotApplicable
                                    << u"no section matches ^interface Loopback"_qs;
        QTest::newRow("secrets masked") << u"masked"_qs << CheckState::Compliant << QString();
    }
    void results()
    {
        QFETCH(QString, id);
        QFETCH(CheckState, state);
        QFETCH(QString, detail);
        const RuleResult *r = find(m_results, id);
        QVERIFY(r);
        QCOMPARE(r->state, state);
        if (!detail.isEmpty())
            QCOMPARE(r->detail, detail);
        QCOMPARE(r->evidence.isEmpty(), state != CheckState::NonCompliant);
    }

    void evidence()
    {
        // The missing VLAN, expanded, with no line number.
        const RuleResult *vlans = find(m_results, u"vlans"_qs);
        QCOMPARE(vlans->evidence.size(), 1);
        QCOMPARE(vlans->evidence[0].line, 0);
        QCOMPARE(vlans->evidence[0].text, u"vlan 30"_qs);
        // The regex placeholder value is escaped: the dots match only dots.
        QCOMPARE(find(m_results, u"syslog"_qs)->evidence[0].text, u"^logging (host )?10\\.99\\.0\\.51$"_qs);
        // The offending line with its number in the original text.
        const RuleResult *pub = find(m_results, u"no-public"_qs);
        QCOMPARE(pub->evidence[0].line, 64);
        QCOMPARE(pub->evidence[0].text, u"snmp-server community public RO"_qs);
        // GigabitEthernet1/0/3: no description and shut down.
        const RuleResult *ports = find(m_results, u"access-ports"_qs);
        QCOMPARE(ports->evidence.size(), 2);
        QCOMPARE(ports->evidence[0].section, u"interface GigabitEthernet1/0/3"_qs);
        QCOMPARE(ports->evidence[0].line, 49);
        QCOMPARE(ports->evidence[0].text, u"^description "_qs);
        QCOMPARE(ports->evidence[1].line, 52);
        QCOMPARE(ports->evidence[1].text, u" shutdown"_qs);
    }

    void sameResultsFromEos()
    {
        const RuleSet rules = RuleSet::fromJson(QJsonDocument::fromJson(kEosRules).array());
        QCOMPARE(rules.size(), 3);
        DeviceFacts leaf;
        leaf.platform = u"eos"_qs;
        leaf.values.insert(u"ntp"_qs, {u"10.20.0.1"_qs});
        const ConfigIndex config(OpsDeck::Test::complianceData(u"eos-leaf.cfg"_qs), VolatileRules::defaults());
        const auto results = Evaluator::evaluate(config, leaf, rules);
        QCOMPARE(results[0].state, CheckState::NonCompliant);
        QCOMPARE(results[0].detail, u"1 of 4 sections fail"_qs);
        QCOMPARE(results[0].evidence[0].section, u"interface Ethernet3"_qs);
        QCOMPARE(results[1].state, CheckState::Compliant);
        QCOMPARE(results[2].state, CheckState::Compliant);
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
