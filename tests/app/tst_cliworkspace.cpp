// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/objectkind.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"

using namespace OpsDeck;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

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
    QTemporaryDir m_dir;
    std::unique_ptr<Test::NetBoxFixtureServer> m_netbox;
    QString m_workspace;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        e.insert(u"OPSDECK_RUNTIME_DIR"_qs, m_dir.filePath(u"run"_qs));
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"})
            e.remove(QString::fromLatin1(name));
        return e;
    }

    Run cli(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(OPSDECK_CLI_PATH), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        // Wait with the event loop running: the fixture server lives on
        // this thread.
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Pids of the opsdeckd processes serving a workspace under our HOME.
    QList<qint64> servicePids() const
    {
        QList<qint64> pids;
        const QStringList entries = QDir(u"/proc"_qs).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            QFile cmdline(u"/proc/%1/cmdline"_qs.arg(entry));
            if (ok && cmdline.open(QIODevice::ReadOnly)) {
                const QByteArray text = cmdline.readAll();
                if (text.contains("opsdeckd") && text.contains(QFile::encodeName(m_dir.path())))
                    pids << pid;
            }
        }
        return pids;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_qs)));
        m_netbox = std::make_unique<Test::NetBoxFixtureServer>();
        QVERIFY(m_netbox->start().ok());
    }

    void cleanupTestCase()
    {
        for (qint64 pid : servicePids())
            QProcess::execute(u"kill"_qs, {QString::number(pid)});
    }

    void createsAWorkspaceAndSyncsIt()
    {
        Run r = cli({u"status"_qs});
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

        Run r = cli({u"workspace"_qs, u"create"_qs, u"lab east"_qs});
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
        const QList<qint64> pids = servicePids();
        QCOMPARE(pids.size(), 1);
        for (const QString &file : {u"cmdline"_qs, u"environ"_qs}) {
            const QByteArray text = readAll(u"/proc/%1/%2"_qs.arg(pids.first()).arg(file));
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(token) && !text.contains(kPassphrase), qPrintable(file));
        }
        QDirIterator it(m_dir.filePath(u"home"_qs), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.contains(token) && !bytes.contains(kPassphrase), qPrintable(path));
            ++files;
        }
        QVERIFY(files >= 4); // workspace.json, store, vault, log, last-used
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
