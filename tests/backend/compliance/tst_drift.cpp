// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/compliance/configindex.h"
#include "backend/compliance/drift.h"
#include "backend/compliance/volatilerules.h"
#include "backend/ssh/configdiff.h"
#include "testdata.h"

using namespace OpsDeck::Compliance;

class TestDrift : public QObject
{
    Q_OBJECT

private slots:
    void volatileOnlyChangesAreNoDrift()
    {
        const QString intended = OpsDeck::Test::complianceData(u"ios-access.cfg"_qs);
        QString running = intended;
        running.replace(u"Current configuration : 2214 bytes"_qs, u"Current configuration : 2301 bytes"_qs);
        running.replace(u"09:12:44 UTC Tue Mar 5 2024"_qs, u"17:40:02 UTC Fri Mar 8 2024"_qs);
        running.replace(u"ntp clock-period 17179878"_qs, u"ntp clock-period 17179891"_qs);
        running.replace(u"$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"_qs, u"$1$zzzz$differentSaltSameSecret"_qs);
        running.replace(u"\n"_qs, u"\r\n"_qs);
        const DriftResult r = Drift::compare(intended, running, VolatileRules::defaults());
        QCOMPARE(r.state, CheckState::Compliant);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.removed, 0);
        QVERIFY(r.unifiedDiff.isEmpty());
        // Without volatile rules the same pair drifts.
        QCOMPARE(Drift::compare(intended, running, VolatileRules()).state, CheckState::NonCompliant);
    }

    void realDrift()
    {
        const QString intended = OpsDeck::Test::complianceData(u"ios-access.cfg"_qs);
        QString running = intended;
        running.replace(u"snmp-server location Paris DC1\n"_qs, u"snmp-server location Paris DC2\n"_qs);
        running.replace(u" description user desk 102\n"_qs, QString());
        running.replace(u"ip domain-name example.net\n"_qs,
                        u"ip domain-name example.net\nip http authentication local\n"_qs);
        const DriftResult r = Drift::compare(intended, running, VolatileRules::defaults());
        QCOMPARE(r.state, CheckState::NonCompliant);
        QCOMPARE(r.removed, 2);
        QCOMPARE(r.added, 2);
        QCOMPARE(r.detail, u"2 intended lines missing, 2 lines not intended"_qs);
        QCOMPARE(r.missing.size(), 2);
        QCOMPARE(r.missing[0].text, u" description user desk 102"_qs);
        QCOMPARE(r.missing[0].line, 44);
        QCOMPARE(r.missing[1].text, u"snmp-server location Paris DC1"_qs);
        QCOMPARE(r.extra[0].text, u"ip http authentication local"_qs);
        QCOMPARE(r.extra[0].line, 25);
        QCOMPARE(r.extra[1].text, u"snmp-server location Paris DC2"_qs);
        QVERIFY(r.unifiedDiff.startsWith(u"--- intended\n+++ running\n@@ "_qs));
        QVERIFY(r.unifiedDiff.contains(u"\n-snmp-server location Paris DC1\n+snmp-server location Paris DC2\n"_qs));
        QVERIFY(r.unifiedDiff.contains(u"\n+ip http authentication local\n"_qs));
        QCOMPARE(r.unifiedDiff.count(u"\n@@ "_qs), 3);

        const QStringList fix = Drift::remediationLines(intended, running, VolatileRules::defaults());
        const QStringList expected = {u"no ip http authentication local"_qs, u"no snmp-server location Paris DC2"_qs,
                                      u"interface GigabitEthernet1/0/2"_qs, u" description user desk 102"_qs,
                                      u"snmp-server location Paris DC1"_qs};
        QCOMPARE(fix, expected);
    }

    void remediationConverges()
    {
        // Applying the lines with the CLI simulation gives the intended lines back.
        const QString intended = u"hostname a\nntp server 1.1.1.1\nlogging host 2.2.2.2\n"_qs;
        const QString running = u"hostname a\nntp server 9.9.9.9\nno ip domain-lookup\n"_qs;
        const VolatileRules none;
        const QStringList fix = Drift::remediationLines(intended, running, none);
        QCOMPARE(fix, (QStringList{u"no ntp server 9.9.9.9"_qs, u"ntp server 1.1.1.1"_qs, u"logging host 2.2.2.2"_qs}));
        const QString applied = OpsDeck::Ssh::ConfigDiff::simulateApply(running, fix);
        const DriftResult after = Drift::compare(intended, applied, none);
        // Only the "no" line the remediation leaves alone remains.
        QCOMPARE(after.removed, 0);
        QCOMPARE(after.added, 1);
        QCOMPARE(after.extra[0].text, u"no ip domain-lookup"_qs);
    }

    void maskedLinesAreNotPushed()
    {
        const QString intended = u"enable secret 5 $1$abc$xyz\nhostname a\n"_qs;
        const QString running = u"hostname a\n"_qs;
        QCOMPARE(Drift::remediationLines(intended, running, VolatileRules::defaults()), QStringList());
        QCOMPARE(Drift::compare(intended, running, VolatileRules::defaults()).removed, 1);
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
