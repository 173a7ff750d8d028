// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QTest>

#include "backend/compliance/volatilerules.h"

using namespace OpsDeck::Compliance;
using Verdict = VolatileRules::Verdict;

class TestVolatileRules : public QObject
{
    Q_OBJECT

    static Verdict check(const VolatileRules &rules, const QString &line, QString *masked = nullptr)
    {
        QString out;
        const Verdict v = rules.check(line, QStringView(line).trimmed(), &out);
        if (masked)
            *masked = out;
        return v;
    }

private slots:
    void defaults_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("masked");
        const int keep = int(Verdict::Keep);
        const int drop = int(Verdict::Drop);
        const int mask = int(Verdict::Masked);
        QTest::newRow("comment") << u"!"_qs << drop << QString();
        QTest::newRow("indented comment") << u"   ! some note"_qs << drop << QString();
        QTest::newRow("hash comment") << u"# generated"_qs << drop << QString();
        QTest::newRow("building") << u"Building configuration..."_qs << drop << QString();
        QTest::newRow("current") << u"Current configuration : 2214 bytes"_qs << drop << QString();
        QTest::newRow("current wrong") << u"Current configuration is fine"_qs << keep << QString();
        QTest::newRow("clock-period") << u"ntp clock-period 17179878"_qs << drop << QString();
        QTest::newRow("ntp server") << u"ntp server 10.0.0.1"_qs << keep << QString();
        QTest::newRow("enable secret") << u"enable secret 5 $1$mERr$hx5rVt7r"_qs << mask
                                       << u"enable secret 5 <masked>"_qs;
        QTest::newRow("user secret") << u"username a privilege 15 secret 5 $1$aB3d$Qq9"_qs << mask
                                     << u"username a privilege 15 secret 5 <masked>"_qs;
        QTest::newRow("line password keeps indent")
            << u" password 7 045802150C2E"_qs << mask << u" password 7 <masked>"_qs;
        QTest::newRow("password 0 stays") << u" password 0 plain"_qs << keep << QString();
        QTest::newRow("junos") << u"    encrypted-password \"$6$abc$x\";"_qs << mask
                               << u"    encrypted-password \"<masked>\";"_qs;
        QTest::newRow("description") << u" description secret room"_qs << keep << QString();
    }
    void defaults()
    {
        QFETCH(QString, line);
        QFETCH(int, verdict);
        QFETCH(QString, masked);
        QString out;
        QCOMPARE(int(check(VolatileRules::defaults(), line, &out)), verdict);
        if (verdict == int(Verdict::Masked))
            QCOMPARE(out, masked);
    }

    void emptyRulesKeepEverything()
    {
        const VolatileRules none;
        QCOMPARE(check(none, u"!"_qs), Verdict::Keep);
        QCOMPARE(check(none, u"enable secret 5 $1$x"_qs), Verdict::Keep);
    }

    void fromJsonReportsBadEntriesAndKeepsTheRest()
    {
        const QJsonObject json{{u"comments"_qs, false},
                               {u"drop"_qs, QJsonArray{u"^banner"_qs, u"(unclosed"_qs, 42, u"^uptime"_qs}},
                               {u"mask"_qs, QJsonArray{u"key 7 \\S+"_qs, u"key 7 (\\S+)"_qs}}};
        QStringList errors;
        const VolatileRules rules = VolatileRules::fromJson(json, &errors);
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors[0].startsWith(u"drop[1]: invalid regular expression \"(unclosed\""_qs), qPrintable(errors[0]));
        QVERIFY(errors[0].contains(u"offset"_qs));
        QCOMPARE(errors[1], u"drop[2]: must be a string"_qs);
        QVERIFY2(errors[2].startsWith(u"mask[0]: "_qs) && errors[2].contains(u"capture group"_qs),
                 qPrintable(errors[2]));
        QCOMPARE(rules.dropPatterns(), (QStringList{u"^banner"_qs, u"^uptime"_qs}));
        QCOMPARE(rules.maskPatterns(), QStringList{u"key 7 (\\S+)"_qs});
        QVERIFY(!rules.dropsComments());
        QCOMPARE(check(rules, u"!"_qs), Verdict::Keep);
        QCOMPARE(check(rules, u"uptime is 3 weeks"_qs), Verdict::Drop);

        // Round trip.
        QStringList none;
        const VolatileRules again = VolatileRules::fromJson(rules.toJson(), &none);
        QVERIFY(none.isEmpty());
        QCOMPARE(again.toJson(), rules.toJson());
        QCOMPARE(VolatileRules::fromJson(VolatileRules::defaults().toJson()).toJson(),
                 VolatileRules::defaults().toJson());
    }
};

QTEST_GUILESS_MAIN(TestVolatileRules)
#include "tst_volatilerules.moc"
