// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Reading exported series: timestamps in both forms, headers, quoting, and
// every kind of bad row reported with its line number and skipped.

#include <QBuffer>
#include <QTest>

#include "backend/analysis/csvseries.h"

using namespace OpsDeck::Analysis;

namespace {

struct Read
{
    QList<CsvSeriesRow> rows;
    QList<CsvSeriesIssue> issues;
    bool header = false;
};

Read readAll(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvSeriesReader reader(&buffer);
    Read out;
    while (const auto row = reader.next())
        out.rows << *row;
    out.issues = reader.issues();
    out.header = reader.hadHeader();
    return out;
}

} // namespace

class TestCsvSeries : public QObject
{
    Q_OBJECT

private slots:
    void readsBothTimestampForms()
    {
        const Read r = readAll("timestamp,value\n"
                               "2026-12-07T10:00:00Z,1.5\n"
                               "2026-12-07T10:05:00+01:00,2\n"   // 09:05 UTC: earlier, skipped
                               "1796637900,3e2\n"                // 2026-12-07T10:05:00Z
                               "\"2026-12-07 10:10:00\",\"4\"\n" // spreadsheet form, quoted, taken as UTC
                               "1796638200.5,-7.25\n");
        QVERIFY(r.header);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows.at(0).timeMs, 1796637600000);
        QCOMPARE(r.rows.at(0).value, 1.5);
        QCOMPARE(r.rows.at(0).line, 2);
        QCOMPARE(r.rows.at(1).timeMs, 1796637900000);
        QCOMPARE(r.rows.at(1).value, 300.0);
        QCOMPARE(r.rows.at(1).valueText, QStringLiteral("3e2"));
        QCOMPARE(r.rows.at(2).timeMs, 1796638200000);
        QCOMPARE(r.rows.at(2).timestamp, QStringLiteral("2026-12-07 10:10:00"));
        QCOMPARE(r.rows.at(3).timeMs, 1796638200500);
        QCOMPARE(r.rows.at(3).value, -7.25);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.at(0).line, 3);
        QVERIFY(r.issues.at(0).message.contains(QStringLiteral("not later")));
    }

    void withoutHeader()
    {
        const Read r = readAll("1796637600,1\n1796637900,2\n");
        QVERIFY(!r.header);
        QCOMPARE(r.rows.size(), 2);
        QVERIFY(r.issues.isEmpty());
    }

    void badRowsAreReportedAndSkipped_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("three fields") << QByteArray("1796637900,1,2") << QStringLiteral("expected 2 fields");
        QTest::newRow("one field") << QByteArray("1796637900") << QStringLiteral("expected 2 fields");
        QTest::newRow("bad time") << QByteArray("yesterday,5") << QStringLiteral("neither ISO 8601");
        QTest::newRow("milliseconds") << QByteArray("1796637900000,5") << QStringLiteral("milliseconds?");
        QTest::newRow("before 1970") << QByteArray("-5,5") << QStringLiteral("before 1970");
        QTest::newRow("not a number") << QByteArray("1796637900,12 Mbit") << QStringLiteral("is not a number");
        QTest::newRow("nan") << QByteArray("1796637900,nan") << QStringLiteral("is not a number");
        QTest::newRow("empty value") << QByteArray("1796637900,") << QStringLiteral("the value is empty");
        QTest::newRow("open quote") << QByteArray("\"1796637900,5") << QStringLiteral("not closed");
        QTest::newRow("long line") << QByteArray(5000, 'x') << QStringLiteral("longer than");
    }

    void badRowsAreReportedAndSkipped()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        // The bad row sits between good ones: both good rows are kept.
        const Read r = readAll("timestamp,value\n1796637600,1\n" + line + "\n1796638200,3\n");
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1).line, 4);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.at(0).line, 3);
        QVERIFY2(r.issues.at(0).message.contains(message), qPrintable(r.issues.at(0).message));
    }

    void commentsBlankLinesAndByteOrderMark()
    {
        const Read r = readAll("\xEF\xBB\xBFtime,bps\n# exported from a monitor\n\n1796637600,1\n\n1796637900,2\n");
        QVERIFY(r.header);
        QCOMPARE(r.rows.size(), 2);
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.rows.at(1).line, 6);
    }

    void onlyTheFirstLineCanBeAHeader()
    {
        const Read r = readAll("1796637600,1\ntime,value\n");
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.at(0).line, 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvSeries)
#include "tst_csvseries.moc"
