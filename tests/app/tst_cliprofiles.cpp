// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "backend/workspace/workspace.h"
#include "tests/app/clihome.h"

using namespace OpsDeck;

/// Credential profiles from opsdeck-cli: profiles and rules added, changed,
/// listed and removed in workspace.json; every refusal is one line on
/// standard error, a non-zero exit status and an unchanged file.
class TestCliProfiles final : public QObject
{
    Q_OBJECT

private:
    Test::CliHome m_home;
    QString m_configFile;

    Test::CliRun cli(const QStringList &args) const
    {
        return m_home.cli(args + QStringList{u"--workspace"_qs, u"Profiles"_qs});
    }

    QByteArray configBytes() const
    {
        QFile f(m_configFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// The command fails with one line naming @p what, and writes nothing.
    void refused(const QStringList &args, const QString &what)
    {
        const QByteArray before = configBytes();
        const Test::CliRun r = cli(args);
        QVERIFY2(r.exitCode != 0, qPrintable(args.join(u' ')));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(what), qPrintable(r.err));
        QCOMPARE(configBytes(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const Test::CliRun created = cli({u"workspace"_qs, u"create"_qs, u"Profiles"_qs});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        m_configFile = m_home.filePath(u"home/.local/share/OpsDeck/opsdeck/workspaces/profiles/workspace.json"_qs);
        QVERIFY(QFile::exists(m_configFile));
        QVERIFY(!configBytes().contains("credentialProfiles"));
    }

    void helpDocumentsProfiles()
    {
        QProcess p;
        p.start(QStringLiteral(OPSDECK_CLI_PATH), {u"--help"_qs});
        QVERIFY(p.waitForFinished(10000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *text :
             {"connection set snmp --profile NAME", "connection set ssh --profile NAME", "connection rule add snmp|ssh",
              "connection rule remove", "connection list", "--site <site>", "--tag <tag>"})
            QVERIFY2(help.contains(QLatin1String(text)), text);
    }

    void addListAndRemove()
    {
        Test::CliRun r = cli({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--profile"_qs, u"dc1"_qs, u"--snmp-version"_qs,
                     u"v3"_qs, u"--credentials"_qs, u"snmp/dc1"_qs, u"--snmp-port"_qs, u"1161"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"SNMP profile dc1 added"_qs));
        r = cli({u"connection"_qs, u"set"_qs, u"ssh"_qs, u"--profile"_qs, u"dc1-ssh"_qs, u"--credentials"_qs,
                 u"ssh/dc1"_qs, u"--user"_qs, u"netops"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"rule"_qs, u"add"_qs, u"snmp"_qs, u"--profile"_qs, u"dc1"_qs, u"--site"_qs,
                 u"dc1"_qs, u"--role"_qs, u"leaf"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(
            {u"connection"_qs, u"rule"_qs, u"add"_qs, u"snmp"_qs, u"--profile"_qs, u"dc1"_qs, u"--tag"_qs, u"lab"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"rule"_qs, u"add"_qs, u"ssh"_qs, u"--profile"_qs, u"dc1-ssh"_qs, u"--site"_qs,
                 u"Data Centre 1"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Changing keeps what is not given.
        r = cli({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--profile"_qs, u"dc1"_qs, u"--snmp-port"_qs, u"2161"_qs});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"changed"_qs), qPrintable(r.err));

        auto ws = Workspace::Workspace::open(QFileInfo(m_configFile).path());
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        const Workspace::CredentialProfilesConfig &p = ws->config().credentialProfiles;
        QCOMPARE(p.snmp.profiles.size(), 1);
        QCOMPARE(p.snmp.profiles.first().version, Workspace::SnmpVersion::V3);
        QCOMPARE(p.snmp.profiles.first().port, 2161);
        QCOMPARE(p.snmp.profiles.first().credentials.path, u"snmp/dc1"_qs);
        QCOMPARE(p.snmp.rules.size(), 2);
        QCOMPARE(p.snmp.rules.at(0), (Workspace::ProfileRule{u"dc1"_qs, u"leaf"_qs, {}, u"dc1"_qs}));
        QCOMPARE(p.ssh.profiles.first().user, u"netops"_qs);
        QCOMPARE(p.ssh.rules.first().site, u"Data Centre 1"_qs);

        r = cli({u"connection"_qs, u"list"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"snmp profile dc1: v3, credentials snmp/dc1, port 2161"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"snmp rule 1: site dc1, role leaf -> profile dc1"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"snmp rule 2: tag lab -> profile dc1"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ssh profile dc1-ssh: credentials ssh/dc1, user netops"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ssh rule 1: site Data Centre 1 -> profile dc1-ssh"_qs), qPrintable(r.out));

        // Rules go before their profile.
        refused({u"connection"_qs, u"remove"_qs, u"snmp"_qs, u"--profile"_qs, u"dc1"_qs}, u"used by rule 1"_qs);
        r = cli({u"connection"_qs, u"rule"_qs, u"remove"_qs, u"snmp"_qs, u"1"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"rule"_qs, u"remove"_qs, u"snmp"_qs, u"1"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"connection"_qs, u"remove"_qs, u"snmp"_qs, u"--profile"_qs, u"dc1"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!cli({u"connection"_qs, u"list"_qs}).out.contains(u"snmp profile"_qs));
    }

    void badInputRefused()
    {
        refused({u"connection"_qs, u"rule"_qs, u"add"_qs, u"ssh"_qs, u"--profile"_qs, u"nobody"_qs, u"--site"_qs,
                 u"dc1"_qs},
                u"credentialProfiles.ssh.rules[1].profile"_qs);
        refused({u"connection"_qs, u"rule"_qs, u"add"_qs, u"ssh"_qs, u"--profile"_qs, u"dc1-ssh"_qs},
                u"--site, --role or --tag"_qs);
        refused({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--profile"_qs, u"new"_qs, u"--snmp-version"_qs, u"v9"_qs},
                u"v1, v2c or v3"_qs);
        refused({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--profile"_qs, u"no credential"_qs}, u"--profile takes"_qs);
        // A new profile needs its credential reference.
        refused({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--profile"_qs, u"bare"_qs},
                u"credentialProfiles.snmp.profiles[0].credentials"_qs);
        refused(
            {u"connection"_qs, u"set"_qs, u"ssh"_qs, u"--profile"_qs, u"x"_qs, u"--credentials"_qs, u"not a path"_qs},
            u"credentialProfiles.ssh.profiles[1].credentials.secret"_qs);
        refused({u"connection"_qs, u"rule"_qs, u"remove"_qs, u"ssh"_qs, u"7"_qs}, u"from 1 to 1"_qs);
        refused({u"connection"_qs, u"remove"_qs, u"ssh"_qs, u"--profile"_qs, u"gone"_qs}, u"no SSH profile gone"_qs);
        refused({u"connection"_qs, u"rule"_qs, u"add"_qs, u"telnet"_qs}, u"add or remove, then snmp or ssh"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
