// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/app/clihome.h"

using namespace OpsDeck;
using Test::CliHome;
using Test::CliRun;

namespace {

const QByteArray kPassphrase = "keychain test passphrase 42";
const QByteArray kToken = "0123456789abcdef0123456789abcdef01234567";

/// A private D-Bus session bus with no service directories, so nothing is
/// activated on it: a bus on which no Secret Service answers until a test
/// starts one.
class SessionBus
{
public:
    ~SessionBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    bool start(const QString &folder)
    {
        const QString config = folder + QStringLiteral("/session.conf");
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir=" +
                QFile::encodeName(folder) +
                "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                "<allow own=\"*\"/></policy></busconfig>\n");
        f.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(5000))
            return false;
        if (!QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 10000))
            return false;
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }

    [[nodiscard]] QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};

/// GNOME Keyring's Secret Service on a SessionBus, its login keyring
/// created and unlocked with a password given on standard input.
class SecretService
{
public:
    ~SecretService()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    bool start(const QProcessEnvironment &env)
    {
        m_env = env;
        m_daemon.setProcessEnvironment(env);
        m_daemon.start(QStringLiteral("gnome-keyring-daemon"),
                       {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                        QStringLiteral("--components=secrets")});
        if (!m_daemon.waitForStarted(5000))
            return false;
        m_daemon.write("login keyring password");
        m_daemon.closeWriteChannel();
        return QTest::qWaitFor([this] { return answers(); }, 15000);
    }

    /// True when org.freedesktop.secrets has an owner on the bus.
    [[nodiscard]] bool answers() const
    {
        QProcess ask;
        ask.setProcessEnvironment(m_env);
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:org.freedesktop.secrets")});
        ask.waitForFinished(5000);
        return ask.readAllStandardOutput().contains("boolean true");
    }

private:
    QProcess m_daemon;
    QProcessEnvironment m_env;
};

} // namespace

/// Where the vault's passphrase lives: with a Secret Service on the session
/// bus, `vault unlock --remember` hands it to the keychain and a restarted
/// service unlocks its vault by itself, until `vault forget`; with a bus on
/// which no Secret Service answers, and with no bus at all, the same flows
/// keep working with the vault alone (the passphrase is asked again after a
/// restart). No passphrase or secret appears in a service's command line or
/// environment, or in any file under HOME.
class TestVaultKeychain final : public QObject
{
    Q_OBJECT

private:
    static CliRun ok(const CliHome &home, const QStringList &args, const QByteArray &input = {})
    {
        CliRun r = home.cli(args, input);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(u' ') << "failed:" << r.exitCode << r.err << r.out;
        return r;
    }

    /// `vault status` until its output contains @p text (a restarted service
    /// answers the keychain a moment after it starts).
    static bool statusShows(const CliHome &home, const QString &text, QString *last)
    {
        return QTest::qWaitFor([&] {
            *last = home.cli({u"vault"_qs, u"status"_qs}).out;
            return last->contains(text);
        }, 20000);
    }

    static void createWorkspace(const CliHome &home)
    {
        QVERIFY(home.isValid());
        QCOMPARE(ok(home, {u"workspace"_qs, u"create"_qs, u"Keychain Lab"_qs}).exitCode, 0);
    }

    /// The flows with no keychain answering: the vault alone, no dead end.
    static void worksWithTheVaultAlone(const CliHome &home)
    {
        createWorkspace(home);
        CliRun r = ok(home, {u"vault"_qs, u"unlock"_qs, u"--create"_qs, u"--remember"_qs}, kPassphrase + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"no keychain answers"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"unlocked"), qPrintable(r.out));
        QString status;
        QVERIFY2(statusShows(home, u"keychain: none answers"_qs, &status), qPrintable(status));
        QVERIFY2(status.contains(u"vault: unlocked"), qPrintable(status));
        QCOMPARE(ok(home, {u"secret"_qs, u"set"_qs, u"netbox/token"_qs}, kToken).exitCode, 0);

        // A restarted service has nobody to ask: locked, and the passphrase
        // opens it again.
        QVERIFY(home.stopServices());
        QVERIFY2(statusShows(home, u"vault: locked"_qs, &status), qPrintable(status));
        QVERIFY2(status.contains(u"keychain: none answers"), qPrintable(status));
        r = ok(home, {u"secret"_qs, u"list"_qs}, kPassphrase + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"netbox/token"), qPrintable(r.out));
        // forget has nothing to forget from: one clear line.
        r = home.cli({u"vault"_qs, u"forget"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no keychain answers"), qPrintable(r.err));
        int files = 0;
        const QString found = home.findInClear({kPassphrase, kToken}, &files);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY(files >= 3);
    }

private slots:
    void initTestCase()
    {
        // The real parts this test starts; scripts/setup installs them.
        QVERIFY2(!QStandardPaths::findExecutable(u"dbus-daemon"_qs).isEmpty(), "dbus-daemon is not installed");
        QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_qs).isEmpty(),
                 "gnome-keyring-daemon is not installed");
    }

    void rememberedPassphraseUnlocksTheService()
    {
        CliHome home;
        QTemporaryDir busDir;
        SessionBus bus;
        QVERIFY(bus.start(busDir.path()));
        QProcessEnvironment extra;
        extra.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, bus.address());
        home.setExtraEnvironment(extra, {u"DISPLAY"_qs});
        QProcessEnvironment keyringEnv = home.environment();
        QVERIFY(QDir().mkpath(home.filePath(u"xdg-run"_qs)));
        QFile::setPermissions(home.filePath(u"xdg-run"_qs), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        keyringEnv.insert(u"XDG_RUNTIME_DIR"_qs, home.filePath(u"xdg-run"_qs));
        SecretService keyring;
        QVERIFY(keyring.start(keyringEnv));

        createWorkspace(home);
        CliRun r = ok(home, {u"vault"_qs, u"unlock"_qs, u"--create"_qs, u"--remember"_qs}, kPassphrase + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"the keychain now holds the vault's passphrase"), qPrintable(r.out));
        QString status;
        QVERIFY2(statusShows(home, u"keychain: holds the passphrase"_qs, &status), qPrintable(status));
        QCOMPARE(ok(home, {u"secret"_qs, u"set"_qs, u"netbox/token"_qs}, kToken).exitCode, 0);

        // A restarted service unlocks its vault by itself: no passphrase given.
        QVERIFY(home.stopServices());
        QVERIFY2(statusShows(home, u"vault: unlocked"_qs, &status), qPrintable(status));
        r = ok(home, {u"secret"_qs, u"list"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"netbox/token"), qPrintable(r.out));

        // Forgotten: the next start asks again, and the keychain still answers.
        r = ok(home, {u"vault"_qs, u"forget"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"no longer holds"), qPrintable(r.out));
        QVERIFY(home.stopServices());
        QVERIFY2(statusShows(home, u"keychain: available"_qs, &status), qPrintable(status));
        QVERIFY2(status.contains(u"vault: locked"), qPrintable(status));

        const QString found = home.findInClear({kPassphrase, kToken});
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void busWithoutSecretService()
    {
        CliHome home;
        QTemporaryDir busDir;
        SessionBus bus;
        QVERIFY(bus.start(busDir.path()));
        QProcessEnvironment extra;
        extra.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, bus.address());
        home.setExtraEnvironment(extra, {u"DISPLAY"_qs});
        worksWithTheVaultAlone(home);
    }

    void noSessionBusAtAll()
    {
        CliHome home;
        home.setExtraEnvironment({}, {u"DBUS_SESSION_BUS_ADDRESS"_qs, u"DISPLAY"_qs, u"WAYLAND_DISPLAY"_qs});
        worksWithTheVaultAlone(home);
    }
};

QTEST_GUILESS_MAIN(TestVaultKeychain)
#include "tst_vaultkeychain.moc"
