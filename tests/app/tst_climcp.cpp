// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/app/clihome.h"
#include "tests/fixtures/mcp/mcppmcheck.h"
#include "tests/fixtures/prtg/prtgfixtureserver.h"

using namespace OpsDeck;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

Test::McpFixtureOptions mcpEstate()
{
    Test::McpFixtureOptions o;
    o.networkElements = 8;
    o.opticalLinks = 12;
    o.ethernetServices = 4;
    o.alarms = 10;
    o.password = u"Optical-Pass-7"_qs;
    return Test::withRecentPm(o);
}

} // namespace

/// Ciena MCP and PRTG from the command line, through the real opsdeckd the
/// CLI starts in an empty HOME: connection test mcp|prtg against the
/// fixture servers on loopback (counts, and the sentence for a wrong
/// password), then sync mcp --follow, which writes the last day's optical
/// PM to the workspace's metric store: as many samples as the fixture
/// serves for that day, each with the fixture's value.
class TestCliMcp final : public QObject
{
    Q_OBJECT

private:
    Test::CliHome m_home;
    std::unique_ptr<Test::McpFixtureServer> m_mcp;
    std::unique_ptr<Test::PrtgFixtureServer> m_prtg;
    QString m_workspace;

    Test::CliRun cli(const QStringList &args, const QByteArray &input = {}) const { return m_home.cli(args, input); }
    QList<qint64> servicePids() const { return m_home.servicePids(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_mcp = std::make_unique<Test::McpFixtureServer>(mcpEstate());
        QVERIFY(m_mcp->start().ok());
        Test::PrtgFixtureOptions prtg;
        prtg.devices = 9;
        m_prtg = std::make_unique<Test::PrtgFixtureServer>(prtg);
        QVERIFY(m_prtg->start().ok());

        Test::CliRun r = cli({u"workspace"_qs, u"create"_qs, u"Optical Lab"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"workspace"_qs, u"list"_qs});
        m_workspace = r.out.section(u"  "_qs, -1).trimmed();
        QVERIFY2(QFile::exists(QDir(m_workspace).filePath(u"workspace.json"_qs)), qPrintable(r.out));
        r = cli({u"connection"_qs, u"set"_qs, u"mcp"_qs, u"--url"_qs, m_mcp->baseUrl().toString(), u"--user"_qs,
                 m_mcp->options().username});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"set"_qs, u"prtg"_qs, u"--url"_qs, m_prtg->baseUrl().toString(),
                 u"--token-secret"_qs, u"prtg/token"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"vault"_qs, u"unlock"_qs, u"--create"_qs}, kPassphrase + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(servicePids().size(), 1);
    }

    void cleanupTestCase() { QVERIFY(m_home.stopServices()); }

    void testsMcp()
    {
        Test::CliRun r = cli({u"secret"_qs, u"set"_qs, u"mcp/password"_qs}, "not-the-password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"test"_qs, u"mcp"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"Ciena MCP refused the user name or password: \"TRON-401: Invalid username or password\""),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(u"not-the-password"));

        r = cli({u"secret"_qs, u"set"_qs, u"mcp/password"_qs}, m_mcp->options().password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"test"_qs, u"mcp"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     u"Ciena MCP at %1: logged in as admin, 8 network elements"_qs.arg(m_mcp->baseUrl().toString())),
                 qPrintable(r.out));
        // The test logged out again.
        QCOMPARE(m_mcp->activeTokenCount(), 0);
    }

    void testsPrtg()
    {
        Test::CliRun r = cli({u"connection"_qs, u"test"_qs, u"prtg"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"prtg/token"), qPrintable(r.err)); // not stored yet: named

        r = cli({u"secret"_qs, u"set"_qs, u"prtg/token"_qs}, m_prtg->options().apiToken.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"test"_qs, u"prtg"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"PRTG 18.2.41.1636 at %1: 9 devices, %2 sensors"_qs.arg(m_prtg->baseUrl().toString())
                                    .arg(m_prtg->sensors().size())),
                 qPrintable(r.out));

        r = cli({u"connection"_qs, u"test"_qs, u"snmp"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"netbox, mcp or prtg"));
    }

    void syncWritesPm()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Test::CliRun r = cli({u"sync"_qs, u"mcp"_qs, u"--follow"_qs});
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // Every phase, PM last, with its queries (one per network element with linked ports).
        QVERIFY2(r.out.contains(u"[1/7] networkElements"), qPrintable(r.out));
        QVERIFY2(QRegularExpression(u"\\[7/7\\] pm: (\\d+) of \\1 queries"_qs).match(r.out).hasMatch(),
                 qPrintable(r.out));
        const QRegularExpressionMatch done =
            QRegularExpression(u"MCP sync finished: 8 network elements, 12 optical links, (\\d+) PM samples written "
                               "to the metric store"_qs)
                .match(r.out);
        QVERIFY2(done.hasMatch(), qPrintable(r.out));
        const qint64 written = done.captured(1).toLongLong();
        const qint64 early = 12 * 2 * 2 * Test::pmBinsInWindow(m_mcp->options(), before);
        const qint64 late = 12 * 2 * 2 * Test::pmBinsInWindow(m_mcp->options(), after);
        QVERIFY2(written == early || written == late, qPrintable(r.out));

        auto stored = Test::readStoredPm(QDir(m_workspace).filePath(u"metrics.sqlite"_qs), *m_mcp);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(stored->samples, written);
        QCOMPARE(stored->series, 12 * 2 * 2);
        QCOMPARE(stored->wrongValues, 0);
    }

    // The MCP alarms the sync brought are alarms of the service: one per
    // active MCP alarm, on the MCP alarm rule.
    void mcpAlarmsBecomeServiceAlarms()
    {
        int expected = 0;
        for (const Mcp::Alarm &a : m_mcp->inventory().alarms)
            expected += a.state.compare(u"CLEARED"_qs, Qt::CaseInsensitive) != 0 ? 1 : 0;
        QVERIFY(expected > 0);
        Test::CliRun r;
        QTRY_VERIFY_WITH_TIMEOUT((r = cli({u"alarms"_qs, u"list"_qs})).out.count(u'\n') >= expected, 10000);
        QCOMPARE(r.exitCode, 0);
        const Mcp::Alarm &first = m_mcp->inventory().alarms.constFirst();
        QVERIFY2(r.out.contains(first.condition), qPrintable(r.out.left(2000)));
        // Nothing else raised anything in this workspace: every line is one MCP alarm.
        QCOMPARE(int(r.out.split(u'\n', Qt::SkipEmptyParts).size()), expected);
    }
};

QTEST_GUILESS_MAIN(TestCliMcp)
#include "tst_climcp.moc"
