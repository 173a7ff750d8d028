// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "tests/app/clihome.h"
#include "tests/app/seedstore.h"

using namespace OpsDeck;

/// Polling set up without editing a file: opsdeck-cli points the service at
/// SNMP credentials in the vault, and the running service polls the
/// workspace's devices (here on loopback addresses) as soon as the
/// credential is stored; until then it says what is missing.
class TestCliPolling final : public QObject
{
    Q_OBJECT

private:
    Test::CliHome m_home;

    Test::CliRun cli(const QStringList &args, const QByteArray &input = {}) const
    {
        return m_home.cli(args + QStringList{u"--workspace"_qs, u"Poll"_qs}, input);
    }

    QString collectionLine() const
    {
        const QStringList lines = cli({u"status"_qs}).out.split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"collection"))
                return line;
        }
        return {};
    }

private slots:
    void cleanupTestCase()
    {
        QVERIFY(m_home.stopServices());
    }

    void pollsOnceCredentialsAreStored()
    {
        QVERIFY(m_home.isValid());
        const Test::CliRun created = cli({u"workspace"_qs, u"create"_qs, u"Poll"_qs});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString folder = m_home.filePath(u"home/.local/share/OpsDeck/opsdeck/workspaces/poll"_qs);
        // Two devices on loopback addresses, as a NetBox sync writes them.
        QVERIFY(Test::seedDevices(QDir(folder).filePath(u"store.sqlite"_qs),
                                  {{101, u"leaf-a"_qs, u"127.0.0.1/8"_qs}, {102, u"leaf-b"_qs, u"127.0.0.2/8"_qs}}));
        QCOMPARE(cli({u"vault"_qs, u"unlock"_qs, u"--create"_qs}, "poll passphrase\n").exitCode, 0);
        QVERIFY2(collectionLine().contains(u"no SNMP credentials configured"), qPrintable(collectionLine()));

        QUdpSocket probe; // a loopback port where no agent answers
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.localPort());
        probe.close();
        Test::CliRun set = cli({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--snmp-version"_qs, u"v9"_qs});
        QCOMPARE(set.exitCode, 1);
        QVERIFY(set.err.contains(u"v1, v2c or v3"));
        set = cli({u"connection"_qs, u"set"_qs, u"snmp"_qs, u"--snmp-version"_qs, u"v2c"_qs, u"--credentials"_qs,
                   u"snmp/lab"_qs, u"--snmp-port"_qs, port});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        // The running service read the change: now the community is missing.
        QVERIFY2(collectionLine().contains(u"no SNMP community in the vault entry snmp/lab/community"),
                 qPrintable(collectionLine()));

        QCOMPARE(cli({u"secret"_qs, u"set"_qs, u"snmp/lab/community"_qs}, "public\n").exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(collectionLine(), u"collection  running, 2 device(s)"_qs, 20000);
    }
};

QTEST_GUILESS_MAIN(TestCliPolling)
#include "tst_clipolling.moc"
