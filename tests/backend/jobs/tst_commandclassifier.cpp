// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/jobs/commandclassifier.h"

using OpsDeck::Jobs::CommandClassifier;

/// Read-only commands against anything that may change a device.
class TestCommandClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("commands");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("show") << u"show version"_qs << true;
        QTest::newRow("show abbreviated") << u"sh run"_qs << true;
        QTest::newRow("upper case, spaces") << u"  SHOW   ip  route  "_qs << true;
        QTest::newRow("display") << u"display current-configuration"_qs << true;
        QTest::newRow("display abbreviated") << u"dis cur"_qs << true;
        QTest::newRow("ping") << u"ping 192.0.2.1 repeat 5"_qs << true;
        QTest::newRow("traceroute") << u"traceroute 192.0.2.1"_qs << true;
        QTest::newRow("tracert") << u"tracert 192.0.2.1"_qs << true;
        QTest::newRow("include filter") << u"show running-config | include hostname"_qs << true;
        QTest::newRow("terminal length") << u"terminal length 0\nshow version"_qs << true;
        QTest::newRow("screen-length temporary") << u"screen-length 0 temporary\ndisplay version"_qs << true;
        QTest::newRow("comments and blanks") << u"! check\n\nshow clock\n# done\n"_qs << true;
        QTest::newRow("CRLF") << u"show clock\r\nshow version\r\n"_qs << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only comments") << u"! nothing\n"_qs << false;
        QTest::newRow("configure") << u"configure terminal"_qs << false;
        QTest::newRow("one change among reads") << u"show version\nreload"_qs << false;
        QTest::newRow("clear") << u"clear counters"_qs << false;
        QTest::newRow("write") << u"write memory"_qs << false;
        QTest::newRow("s is ambiguous") << u"s version"_qs << false;
        QTest::newRow("shutdown is not show") << u"shutdown"_qs << false;
        QTest::newRow("di is too short") << u"di cur"_qs << false;
        QTest::newRow("redirect") << u"show run | redirect flash:cfg.txt"_qs << false;
        QTest::newRow("tee") << u"show tech | tee bootflash:t"_qs << false;
        QTest::newRow("junos save") << u"show configuration | save /var/tmp/x"_qs << false;
        QTest::newRow("shell redirect") << u"show version > /tmp/x"_qs << false;
        QTest::newRow("chained") << u"show version; reboot"_qs << false;
        QTest::newRow("and-chained") << u"show version && rm -rf /"_qs << false;
        QTest::newRow("terminal monitor") << u"terminal monitor"_qs << false;
    }
    void classifies()
    {
        QFETCH(QString, commands);
        QFETCH(bool, readOnly);
        QCOMPARE(CommandClassifier::isReadOnly(commands), readOnly);
    }
};

QTEST_GUILESS_MAIN(TestCommandClassifier)
#include "tst_commandclassifier.moc"
