// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>
#include <QTimeZone>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/workspaceconfig.h"

using namespace OpsDeck;
using namespace OpsDeck::Workspace;

namespace {

/// Parses, merges and validates @p json as a workspace file does.
QList<ConfigIssue> issuesOf(const QByteArray &json, WorkspaceConfig *out = nullptr)
{
    QList<ConfigIssue> issues;
    const auto object = WorkspaceConfig::parseJson(json, QStringLiteral("ws.json"), issues);
    if (!object)
        return issues;
    WorkspaceConfig config;
    issues += config.applyLayer(*object, QStringLiteral("ws.json"));
    if (issues.isEmpty())
        issues += config.validate(QStringLiteral("ws.json"));
    if (out)
        *out = config;
    return issues;
}

} // namespace

class TestBackupSchedules : public QObject
{
    Q_OBJECT

private slots:
    void readsAndRoundTrips()
    {
        WorkspaceConfig config;
        const auto issues = issuesOf(R"({"backups": {"schedules": [
            {"name": "nightly", "site": "dc1", "at": "02:30"},
            {"name": "leafs", "role": "Leaf", "tag": "lab", "everyMinutes": 1440, "concurrencyPerSite": 2,
             "retries": 0}]}})",
                                     &config);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(config.backups.schedules.size(), 2);
        const BackupSchedule &nightly = config.backups.schedules.at(0);
        QCOMPARE(nightly.at, u"02:30"_qs);
        QCOMPARE(nightly.concurrencyPerSite, 4);
        QCOMPARE(nightly.retries, 2);
        const BackupSchedule *leafs = config.backups.schedule(u"leafs"_qs);
        QVERIFY(leafs);
        QCOMPARE(leafs->everyMinutes, 1440);
        QCOMPARE(leafs->concurrencyPerSite, 2);
        QCOMPARE(leafs->retries, 0);
        auto again = WorkspaceConfig::fromJson(config.toJson(WorkspaceConfig::JsonMode::ChangesOnly));
        QVERIFY(again.ok());
        QCOMPARE(again->backups, config.backups);
        QVERIFY(!WorkspaceConfig().toJson(WorkspaceConfig::JsonMode::ChangesOnly).contains(u"backups"_qs));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("at format") << QByteArray(R"({"backups": {"schedules": [{"name": "a", "at": "25:00"}]}})")
                                   << u"backups.schedules[0].at"_qs << u"HH:MM"_qs;
        QTest::newRow("every range") << QByteArray(R"({"backups": {"schedules": [{"name": "a", "everyMinutes": 0}]}})")
                                     << u"backups.schedules[0].everyMinutes"_qs << u"from 1"_qs;
        QTest::newRow("concurrency")
            << QByteArray(R"({"backups": {"schedules": [{"name": "a", "at": "01:00", "concurrencyPerSite": 0}]}})")
            << u"backups.schedules[0].concurrencyPerSite"_qs << u"from 1"_qs;
        QTest::newRow("retries type")
            << QByteArray(R"({"backups": {"schedules": [{"name": "a", "at": "01:00", "retries": "two"}]}})")
            << u"backups.schedules[0].retries"_qs << u"integer"_qs;
        QTest::newRow("name") << QByteArray(R"({"backups": {"schedules": [{"name": "no good", "at": "01:00"}]}})")
                              << u"backups.schedules[0].name"_qs << u"schedule name"_qs;
        QTest::newRow("unknown key")
            << QByteArray(R"({"backups": {"schedules": [{"name": "a", "at": "01:00", "everyMinute": 5}]}})")
            << u"backups.schedules[0].everyMinute"_qs << u"everyMinutes"_qs;
        QTest::newRow("both timings")
            << QByteArray(R"({"backups": {"schedules": [{"name": "a", "at": "01:00", "everyMinutes": 5}]}})")
            << u"backups.schedules[0].at"_qs << u"not both"_qs;
        QTest::newRow("no timing") << QByteArray(R"({"backups": {"schedules": [{"name": "a"}]}})")
                                   << u"backups.schedules[0].everyMinutes"_qs << u"\"at\""_qs;
        QTest::newRow("duplicate")
            << QByteArray(
                   R"({"backups": {"schedules": [{"name": "a", "at": "01:00"}, {"name": "a", "everyMinutes": 60}]}})")
            << u"backups.schedules[1].name"_qs << u"no other schedule"_qs;
        QTest::newRow("not a list") << QByteArray(R"({"backups": {"schedules": {}}})") << u"backups.schedules"_qs
                                    << u"array"_qs;
    }

    void rejectsBadValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const auto issues = issuesOf(json);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().keyPath, key);
        QVERIFY2(issues.first().toString().contains(expected), qPrintable(issues.first().toString()));
        QList<ConfigIssue> syntax;
        const auto object = WorkspaceConfig::parseJson(json, {}, syntax);
        QVERIFY(object);
        QVERIFY(!WorkspaceConfig::fromJson(*object).ok());
    }

    void slotsAndScope()
    {
        BackupSchedule every;
        every.everyMinutes = 60;
        const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(10, 17, 5), QTimeZone::utc());
        QCOMPARE(every.slotAt(now), QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(every.nextAfter(now), QDateTime(QDate(2024, 5, 1), QTime(11, 0), QTimeZone::utc()));
        BackupSchedule daily;
        daily.at = u"02:30"_qs;
        const QDateTime local(QDate(2024, 5, 1), QTime(1, 0));
        QCOMPARE(daily.slotAt(local), QDateTime(QDate(2024, 4, 30), QTime(2, 30)));
        QCOMPARE(daily.nextAfter(local), QDateTime(QDate(2024, 5, 1), QTime(2, 30)));
        QCOMPARE(daily.nextAfter(QDateTime(QDate(2024, 5, 1), QTime(2, 30))),
                 QDateTime(QDate(2024, 5, 2), QTime(2, 30)));

        Domain::DeviceLabels d;
        d.siteSlug = u"dc1"_qs;
        d.siteName = u"DC One"_qs;
        d.roleSlug = u"leaf"_qs;
        QVERIFY(every.covers(d));
        every.site = u"dc one"_qs;
        QVERIFY(every.covers(d));
        every.role = u"spine"_qs;
        QVERIFY(!every.covers(d));
    }
};

QTEST_GUILESS_MAIN(TestBackupSchedules)
#include "tst_backupschedules.moc"
