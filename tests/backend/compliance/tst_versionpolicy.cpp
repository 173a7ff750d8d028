// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonDocument>
#include <QTest>

#include "backend/compliance/devicefacts.h"
#include "backend/compliance/versionpolicy.h"

using namespace OpsDeck::Compliance;

namespace {

const char kTargets[] = R"({"targets": [
            {"platform": "ios", "target": "15.2(7)E8", "minimum": "15.2(4)M3",
             "upgrade_path": ["15.2(2)E", "15.2(4)E10", "15.2(7)E2"]},
            {"platform": "ios", "role": "core", "target": "17.9.4"},
            {"platform": "eos", "target": "4.28.0F", "upgrade_path": ["4.24.2F"]},
            {"platform": "junos", "target": "20.4R3"},
            {"platform": "nxos"},
            {"platform": "panos", "target": "10.1.1", "minimum": "11.0"},
            {"target": "1.0"},
            {"platform": "x", "target": "1.0", "upgrade_path": "1.0"},
            [1, 2]
        ]})";

} // namespace

class TestVersionPolicy : public QObject
{
    Q_OBJECT

    static VersionPolicy policy(QStringList *errors = nullptr)
    {
        return VersionPolicy::fromJson(QJsonDocument::fromJson(kTargets).object(), errors);
    }

    static DeviceFacts device(const QString &platform, const QString &role = {})
    {
        DeviceFacts f;
        f.platform = platform;
        f.role = role;
        return f;
    }

private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("ios") << u"15.2(4)M3"_qs << u"15.2(7)E"_qs << -1;
        QTest::newRow("ios letters") << u"15.2(7)E2"_qs << u"15.2(7)E10"_qs << -1;
        QTest::newRow("eos") << u"4.20.5F"_qs << u"4.28.0F"_qs << -1;
        QTest::newRow("junos") << u"18.4R3-S2"_qs << u"20.4R3"_qs << -1;
        QTest::newRow("junos service release") << u"20.4R3"_qs << u"20.4R3-S2"_qs << -1;
        QTest::newRow("equal") << u"9.3(8)"_qs << u"9.3(8)"_qs << 0;
        QTest::newRow("leading zeros") << u"08.0.30"_qs << u"8.0.30"_qs << 0;
        QTest::newRow("numeric not text") << u"4.9.1"_qs << u"4.10.0"_qs << -1;
        QTest::newRow("case") << u"17.3.4a"_qs << u"17.3.4A"_qs << 0;
        QTest::newRow("newer") << u"17.9.4"_qs << u"17.3.4"_qs << 1;
        QTest::newRow("big numbers") << u"1.123456789012345678901"_qs << u"1.99"_qs << 1;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(VersionPolicy::compareVersions(a, b), expected);
        QCOMPARE(VersionPolicy::compareVersions(b, a), -expected);
    }

    void jsonErrorsNameTheEntry()
    {
        QStringList errors;
        const VersionPolicy p = policy(&errors);
        QCOMPARE(p.targets().size(), size_t(4));
        const QStringList expected = {
            u"targets[4]: \"target\": missing"_qs,
            u"targets[5]: \"minimum\": 11.0 is newer than the target 10.1.1"_qs,
            u"targets[6]: \"platform\": missing"_qs,
            u"targets[7]: \"upgrade_path\": must be an array of strings"_qs,
            u"targets[8]: must be an object"_qs,
        };
        QCOMPARE(errors, expected);
        QStringList none;
        QCOMPARE(VersionPolicy::fromJson(p.toJson(), &none).targets(), p.targets());
        QVERIFY(none.isEmpty());
    }

    void check()
    {
        const VersionPolicy p = policy();
        VersionCheck c = p.check(device(u"ios"_qs), u"15.2(4)M3"_qs);
        QCOMPARE(c.state, CheckState::NonCompliant);
        QCOMPARE(c.severity, Severity::Minor);
        QCOMPARE(c.target, u"15.2(7)E8"_qs);
        // Segments compare in order: 15.2(4)E10 is older than 15.2(4)M3 (E < M).
        QCOMPARE(c.path, (QStringList{u"15.2(7)E2"_qs, u"15.2(7)E8"_qs}));

        c = p.check(device(u"IOS"_qs), u"12.2(55)SE3"_qs);
        QCOMPARE(c.state, CheckState::NonCompliant);
        QCOMPARE(c.severity, Severity::Critical);
        QCOMPARE(c.path.size(), 4);
        QVERIFY(c.detail.contains(u"below the minimum"_qs));

        c = p.check(device(u"ios"_qs, u"core"_qs), u"17.9.4"_qs);
        QCOMPARE(c.state, CheckState::Compliant);
        QCOMPARE(c.target, u"17.9.4"_qs);
        QVERIFY(c.path.isEmpty());

        c = p.check(device(u"eos"_qs), u"4.30.1F"_qs);
        QCOMPARE(c.state, CheckState::Compliant);
        QVERIFY(c.detail.contains(u"newer"_qs));

        c = p.check(device(u"junos"_qs), u"18.4R3-S2"_qs);
        QCOMPARE(c.state, CheckState::NonCompliant);
        QCOMPARE(c.path, QStringList{u"20.4R3"_qs});

        QCOMPARE(p.check(device(u"eos"_qs), QString()).state, CheckState::Unknown);
        QCOMPARE(p.check(device(u"apc"_qs), u"6.7.2"_qs).state, CheckState::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(TestVersionPolicy)
#include "tst_versionpolicy.moc"
