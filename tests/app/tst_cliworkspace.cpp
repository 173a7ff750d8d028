// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/objectkind.h"
#include "tests/app/clihome.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"

using namespace OpsDeck;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

} // namespace

/// A new user's headless path, end to end in an empty HOME: opsdeck-cli
/// creates a workspace, points it at NetBox, stores the token through the
/// service it starts, syncs and reports status; bad input gets one clear
/// line and changes nothing; no secret shows in any process's command line
/// or environment, or in any file of the workspace.
class TestCliWorkspace final : public QObject
{
    Q_OBJECT

private:
    Test::CliHome m_home;
    std::unique_ptr<Test::NetBoxFixtureServer> m_netbox;
    QString m_workspace;

    Test::CliRun cli(const QStringList &args, const QByteArray &input = {}) const { return m_home.cli(args, input); }
    QList<qint64> servicePids() const { return m_home.servicePids(); }
    static QByteArray readAll(const QString &path) { return Test::CliHome::readAll(path); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_netbox = std::make_unique<Test::NetBoxFixtureServer>();
        QVERIFY(m_netbox->start().ok());
    }

    void cleanupTestCase() { QVERIFY(m_home.stopServices()); }

    void createsAWorkspaceAndSyncsIt()
    {
        Test::CliRun r = cli({u"status"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"workspace create"), qPrintable(r.err));

        r = cli({u"workspace"_qs, u"create"_qs, u"Lab East"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        r = cli({u"workspace"_qs, u"list"_qs});
        QVERIFY(r.out.contains(u"* Lab East"));
        m_workspace = r.out.section(u"  "_qs, -1).trimmed();
        QVERIFY2(QFile::exists(QDir(m_workspace).filePath(u"workspace.json"_qs)), qPrintable(r.out));

        r = cli({u"connection"_qs, u"set"_qs, u"netbox"_qs, u"--url"_qs, m_netbox->baseUrl().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The service is started by the CLI; the vault made with a passphrase
        // from standard input; the token stored from standard input.
        r = cli({u"vault"_qs, u"unlock"_qs, u"--create"_qs}, kPassphrase + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(servicePids().size(), 1);
        r = cli({u"secret"_qs, u"set"_qs, u"netbox/token"_qs}, m_netbox->options().v1Token.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({u"connection"_qs, u"test"_qs, u"netbox"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"%1 devices"_qs.arg(m_netbox->count(Domain::ObjectKind::Device))), qPrintable(r.out));

        r = cli({u"sync"_qs, u"netbox"_qs, u"--full"_qs, u"--follow"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"NetBox sync finished"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"dcim/devices: %1"_qs.arg(m_netbox->count(Domain::ObjectKind::Device))),
                 qPrintable(r.out));

        r = cli({u"status"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"%1 devices"_qs.arg(m_netbox->count(Domain::ObjectKind::Device))), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"%1 sites"_qs.arg(m_netbox->count(Domain::ObjectKind::Site))), qPrintable(r.out));
        QVERIFY(r.out.contains(u"vault       unlocked"));
        QVERIFY(r.out.contains(u"last synced"));
        // Devices with addresses but no SNMP credentials: status says why
        // nothing is polled.
        QVERIFY2(r.out.contains(u"collection  running, 0 device(s) (no SNMP"), qPrintable(r.out));

        r = cli({u"secret"_qs, u"list"_qs});
        QVERIFY(r.out.contains(u"netbox/token"));
        QVERIFY(r.out.contains(u"NetBox token"));
        QVERIFY(!r.out.contains(m_netbox->options().v1Token));
    }

    void badInputChangesNothing()
    {
        QVERIFY(!m_workspace.isEmpty());
        const QByteArray config = readAll(QDir(m_workspace).filePath(u"workspace.json"_qs));

        Test::CliRun r = cli({u"workspace"_qs, u"create"_qs, u"lab east"_qs});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(u'\n'), 1);

        r = cli({u"connection"_qs, u"set"_qs, u"netbox"_qs, u"--token-version"_qs, u"v9"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"v1, v2 or auto"));
        r = cli({u"connection"_qs, u"set"_qs, u"netbox"_qs, u"--url"_qs, u"ftp://netbox"_qs});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(readAll(QDir(m_workspace).filePath(u"workspace.json"_qs)), config);

        r = cli({u"secret"_qs, u"set"_qs, u"netbox/token"_qs}, {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"empty"), qPrintable(r.err));

        // A locked vault refuses a wrong passphrase and keeps its secrets.
        QCOMPARE(cli({u"vault"_qs, u"lock"_qs}).exitCode, 0);
        r = cli({u"sync"_qs, u"netbox"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"locked"), qPrintable(r.err));
        r = cli({u"vault"_qs, u"unlock"_qs}, "not the passphrase\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"wrong passphrase"), qPrintable(r.err));
        QCOMPARE(cli({u"vault"_qs, u"unlock"_qs}, kPassphrase + '\n').exitCode, 0);
        r = cli({u"secret"_qs, u"list"_qs});
        QVERIFY(r.out.contains(u"netbox/token"));

        r = cli({u"frobnicate"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"unknown command"));
    }

    void noSecretInTheClear()
    {
        const QByteArray token = m_netbox->options().v1Token.toUtf8();
        QCOMPARE(servicePids().size(), 1);
        int files = 0;
        const QString found = m_home.findInClear({token, kPassphrase}, &files);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY(files >= 4); // workspace.json, store, vault, log, last-used
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
