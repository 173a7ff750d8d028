// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/ssh/configdiff.h"

using OpsDeck::Ssh::ConfigDiff;

class TestConfigDiff : public QObject
{
    Q_OBJECT

private slots:
    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << u"a\nb\n"_qs << u"a\nb\n"_qs << QString();
        QTest::newRow("append") << u"a\nb\n"_qs << u"a\nb\nc\n"_qs << u"--- x\n+++ y\n@@ -1,2 +1,3 @@\n a\n b\n+c\n"_qs;
        QTest::newRow("change")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n"_qs << u"1\n2\n3\n4\nfive\n6\n7\n8\n9\n"_qs
            << u"--- x\n+++ y\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_qs;
        QTest::newRow("from empty") << QString() << u"a\n"_qs << u"--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n"_qs;
        QTest::newRow("two hunks")
            << u"a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n"_qs << u"A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n"_qs
            << u"--- x\n+++ y\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n"_qs;
    }
    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(ConfigDiff::unified(before, after, u"x"_qs, u"y"_qs), expected);
    }

    void normalize()
    {
        const QString captured = u"Building configuration...\r\n\r\nCurrent configuration : 42 bytes\r\n!\r\nhostname sw\r\nend\r\n\r\n"_qs;
        QCOMPARE(ConfigDiff::normalize(captured), u"!\nhostname sw\nend\n"_qs);
    }

    void simulateAndUndo_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("append") << QStringList{u"ntp server 1.2.3.4"_qs} << u"hostname a\nlogging host x\nntp server 1.2.3.4\nend\n"_qs;
        QTest::newRow("hostname") << QStringList{u"hostname b"_qs} << u"hostname b\nlogging host x\nend\n"_qs;
        QTest::newRow("remove") << QStringList{u"no logging host x"_qs} << u"hostname a\nend\n"_qs;
    }
    void simulateAndUndo()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, expected);
        const QString config = u"hostname a\nlogging host x\nend\n"_qs;
        const QString applied = ConfigDiff::simulateApply(config, lines);
        QCOMPARE(applied, expected);
        // Undo restores the same set of lines (order of re-added lines may differ).
        const QString undone = ConfigDiff::simulateApply(applied, ConfigDiff::undoLines(config, lines));
        QStringList a = undone.split(u'\n');
        QStringList b = config.split(u'\n');
        a.sort();
        b.sort();
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "tst_configdiff.moc"
