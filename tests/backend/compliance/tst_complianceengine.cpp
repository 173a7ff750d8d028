// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "backend/compliance/complianceengine.h"
#include "backend/compliance/compliancereport.h"
#include "testdata.h"

using namespace OpsDeck::Compliance;

namespace {

RuleSet rules()
{
    return RuleSet::fromJson(QJsonDocument::fromJson(R"([
        {"id": "hostname", "kind": "must-contain", "pattern": "hostname {device.name}", "severity": "critical"},
        {"id": "no-public", "kind": "must-not-contain", "match": "regex", "pattern": "^snmp-server community public\\b"},
        {"id": "ports", "kind": "section-match", "section": "^interface GigabitEthernet", "match": "regex",
         "children": {"must_not_contain": ["^shutdown$"]}, "scope": {"platforms": ["ios"]}}
    ])")
                                 .array());
}

VersionPolicy versions()
{
    VersionPolicy p;
    p.addTarget({u"ios"_qs, QString(), u"15.2(7)E8"_qs, QString(), {}});
    return p;
}

std::vector<DeviceInput> estate(int count)
{
    const QString ios = OpsDeck::Test::complianceData(u"ios-access.cfg"_qs);
    std::vector<DeviceInput> devices;
    for (int i = 0; i < count; ++i) {
        DeviceInput d;
        d.facts.name = QStringLiteral("acc-par-%1").arg(i, 2, 10, QLatin1Char('0'));
        d.facts.site = i % 2 ? u"par1"_qs : u"par2, annex"_qs;
        d.facts.platform = u"ios"_qs;
        d.softwareVersion = i % 3 ? u"15.2(7)E8"_qs : u"15.2(4)M3"_qs;
        QString config = ios;
        config.replace(u"hostname acc-par-01"_qs, u"hostname "_qs + d.facts.name);
        if (i % 4 == 0)
            config.replace(u"snmp-server community public RO\n"_qs, QString());
        if (i % 5 != 4)
            d.running = config;
        if (i % 2 == 0)
            d.intended = i % 4 == 0 ? config : ios;
        devices.push_back(d);
    }
    return devices;
}

} // namespace

class TestComplianceEngine : public QObject
{
    Q_OBJECT

private slots:
    void oneDevice()
    {
        const ComplianceEngine engine(rules(), VolatileRules::defaults(), versions());
        const auto devices = estate(5);
        DeviceReport r = engine.evaluate(devices[0]);
        QCOMPARE(r.rules.size(), size_t(3));
        QCOMPARE(r.rules[0].state, CheckState::Compliant);
        QCOMPARE(r.rules[1].state, CheckState::Compliant); // community removed on device 0
        QCOMPARE(r.rules[2].state, CheckState::NonCompliant);
        QCOMPARE(r.drift.state, CheckState::Compliant);
        QCOMPARE(r.version.state, CheckState::NonCompliant);
        QCOMPARE(r.overall, CheckState::NonCompliant);

        // No backup yet: everything Unknown, the version check still runs.
        r = engine.evaluate(devices[4]);
        QCOMPARE(r.overall, CheckState::Unknown);
        QCOMPARE(r.detail, u"no backup yet"_qs);
        QCOMPARE(r.rules[0].state, CheckState::Unknown);
        QCOMPARE(r.drift.state, CheckState::Unknown);
        QCOMPARE(r.version.state, CheckState::Compliant);

        // No intended configuration: drift does not apply.
        QCOMPARE(engine.evaluate(devices[1]).drift.state, CheckState::NotApplicable);
        // Intended differs (hostname, community): drift.
        const DeviceReport drifted = engine.evaluate(devices[2]);
        QCOMPARE(drifted.drift.state, CheckState::NonCompliant);
        QCOMPARE(drifted.drift.added, 1);
        QCOMPARE(drifted.drift.removed, 1);
    }

    void parallelEqualsSequential()
    {
        const ComplianceEngine engine(rules(), VolatileRules::defaults(), versions());
        const auto devices = estate(60);
        QList<int> seen;
        const auto parallel = engine.run(
            devices,
            [&seen](int done, int total) {
                QCOMPARE(total, 60);
                seen << done;
            },
            nullptr, 4);
        QCOMPARE(seen.size(), 60);
        QCOMPARE(seen.last(), 60);
        QCOMPARE(parallel.size(), size_t(60));
        for (size_t i = 0; i < devices.size(); ++i) {
            const DeviceReport one = engine.evaluate(devices[i]);
            QCOMPARE(parallel[i].facts.name, devices[i].facts.name);
            QCOMPARE(parallel[i].overall, one.overall);
            QCOMPARE(parallel[i].drift.unifiedDiff, one.drift.unifiedDiff);
            for (size_t k = 0; k < one.rules.size(); ++k) {
                QCOMPARE(parallel[i].rules[k].state, one.rules[k].state);
                QCOMPARE(parallel[i].rules[k].evidence, one.rules[k].evidence);
            }
        }
    }

    void cancel()
    {
        const ComplianceEngine engine(rules(), VolatileRules::defaults(), versions());
        std::atomic_bool stop{false};
        const auto reports = engine.run(
            estate(40),
            [&stop](int done, int) {
                if (done == 5)
                    stop = true;
            },
            &stop, 1);
        QCOMPARE(reports.size(), size_t(40));
        QCOMPARE(reports[4].detail.contains(u"cancelled"_qs), false);
        QCOMPARE(reports[5].detail, u"cancelled"_qs);
        QCOMPARE(reports[39].detail, u"cancelled"_qs);
        QCOMPARE(reports[39].facts.name, u"acc-par-39"_qs);
    }

    void report()
    {
        const ComplianceEngine engine(rules(), VolatileRules::defaults(), versions());
        const auto reports = engine.run(estate(10));
        const QString csv = ComplianceReport::csv(reports);
        const QStringList rows = csv.split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 10 * 5);
        QCOMPARE(rows[0], u"device,site,role,check,state,severity,detail"_qs);
        QCOMPARE(rows[1], u"acc-par-00,\"par2, annex\",,hostname,compliant,critical,1 required lines present"_qs);
        QVERIFY(rows.contains(u"acc-par-04,\"par2, annex\",,drift,unknown,major,no backup yet"_qs));
        QCOMPARE(ComplianceReport::csvField(u"say \"hi\"\nnow"_qs), u"\"say \"\"hi\"\"\nnow\""_qs);
        QCOMPARE(ComplianceReport::csvField(u"plain"_qs), u"plain"_qs);

        const ComplianceReport::Summary s = ComplianceReport::summarize(reports);
        QCOMPARE(s.devices.total(), 10);
        QCOMPARE(s.devices.unknown, 2); // devices 4 and 9 have no backup
        QCOMPARE(s.devices.nonCompliant, 8);
        QCOMPARE(s.bySite.size(), 2);
        QCOMPARE(s.bySite.value(u"par1"_qs).total(), 5);
        // The community is gone on devices 0 and 8 (4 has no backup).
        QCOMPARE(s.byCheck.value(u"no-public"_qs).compliant, 2);
        QCOMPARE(s.byCheck.value(u"no-public"_qs).nonCompliant, 6);
        QCOMPARE(s.byCheck.value(u"no-public"_qs).unknown, 2);
        QCOMPARE(s.byCheck.value(u"drift"_qs).notApplicable, 4);
        QCOMPARE(s.byCheck.value(u"version"_qs).nonCompliant, 4);
    }
};

QTEST_GUILESS_MAIN(TestComplianceEngine)
#include "tst_complianceengine.moc"
