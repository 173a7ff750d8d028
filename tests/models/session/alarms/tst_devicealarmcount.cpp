// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// How the engine's alarms fold into the two levels of a device badge on the
// topology and the rack faceplates.
#include <QTest>

#include "models/session/alarms/devicealarmcount.h"

using namespace OpsDeck;
using Alarms::Severity;
using Models::DeviceAlarmCount;

class TestDeviceAlarmCount final : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void worstAndMcp();
};

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

enum Flag {
    None = 0,
    Shelved = 0x1,
    ShelveExpired = 0x2,
    Maintenance = 0x4,
    Symptom = 0x8,
    Acked = 0x10,
    Cleared = 0x20
};

Alarms::Alarm make(Severity severity, int flags)
{
    Alarms::Alarm a;
    a.id = 1;
    a.device = QStringLiteral("leaf1");
    a.severity = severity;
    if (flags & Shelved)
        a.shelvedUntilMs = kNow + 60000;
    if (flags & ShelveExpired)
        a.shelvedUntilMs = kNow - 1;
    a.inMaintenance = flags & Maintenance;
    a.rootCauseId = (flags & Symptom) ? 99 : 0;
    a.acknowledged = flags & Acked;
    if (flags & Cleared)
        a.state = Alarms::AlarmState::Cleared;
    return a;
}

} // namespace

void TestDeviceAlarmCount::counts_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("critical");
    QTest::addColumn<int>("warning");
    QTest::addColumn<int>("worst"); // -1: nothing counted

    const auto row = [](const char *name, Severity s, int flags, int critical, int warning, int worst) {
        QTest::newRow(name) << int(s) << flags << critical << warning << worst;
    };
    row("critical", Severity::Critical, None, 1, 0, int(Severity::Critical));
    row("major is critical", Severity::Major, None, 1, 0, int(Severity::Major));
    row("minor is a warning", Severity::Minor, None, 0, 1, int(Severity::Minor));
    row("warning", Severity::Warning, None, 0, 1, int(Severity::Warning));
    row("info is not counted", Severity::Info, None, 0, 0, -1);
    row("acknowledged still counts", Severity::Major, Acked, 1, 0, int(Severity::Major));
    row("shelved is not counted", Severity::Critical, Shelved, 0, 0, -1);
    row("an expired shelve counts", Severity::Critical, ShelveExpired, 1, 0, int(Severity::Critical));
    row("maintenance is not counted", Severity::Critical, Maintenance, 0, 0, -1);
    row("a critical symptom is a minor warning", Severity::Critical, Symptom, 0, 1, int(Severity::Minor));
    row("a warning symptom keeps its colour", Severity::Warning, Symptom, 0, 1, int(Severity::Warning));
    row("cleared is not counted", Severity::Critical, Cleared, 0, 0, -1);
}

void TestDeviceAlarmCount::counts()
{
    QFETCH(int, severity);
    QFETCH(int, flags);
    QFETCH(int, critical);
    QFETCH(int, warning);
    QFETCH(int, worst);

    DeviceAlarmCount c;
    QCOMPARE(c.add(make(Severity(severity), flags), kNow), critical + warning > 0);
    QCOMPARE(c.critical, critical);
    QCOMPARE(c.warning, warning);
    QCOMPARE(c.total(), critical + warning);
    QCOMPARE(c.worst.has_value(), worst >= 0);
    if (worst >= 0)
        QCOMPARE(int(*c.worst), worst);
}

void TestDeviceAlarmCount::worstAndMcp()
{
    DeviceAlarmCount c;
    QVERIFY(c.isEmpty());
    Alarms::Alarm mcp = make(Severity::Critical, None);
    mcp.kind = Alarms::RuleKind::McpAlarm;
    QVERIFY(c.add(make(Severity::Minor, None), kNow));
    QVERIFY(c.add(mcp, kNow));
    mcp.severity = Severity::Warning;
    QVERIFY(c.add(mcp, kNow));
    QVERIFY(c.add(make(Severity::Major, None), kNow));
    QCOMPARE(c.critical, 2);
    QCOMPARE(c.warning, 2);
    QCOMPARE(c.mcpCritical, 1);
    QCOMPARE(c.mcpWarning, 1);
    QCOMPARE(*c.worst, Severity::Critical);
}

QTEST_GUILESS_MAIN(TestDeviceAlarmCount)
#include "tst_devicealarmcount.moc"
