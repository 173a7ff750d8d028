// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ssh/sshsession.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Ssh;

class TestSshSession : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    SshTarget target() const
    {
        SshTarget t;
        t.device = u"rig-sw01"_qs;
        t.host = m_env.value(u"SSHD_HOST"_qs);
        t.port = m_env.value(u"SSHD_PORT"_qs).toInt();
        t.user = m_env.value(u"SSHD_USER"_qs);
        t.credentials.privateKey = Vault::Secret::fromBytes(readFile(m_env.value(u"SSHD_KEY"_qs)));
        t.knownHostsFile = m_env.value(u"SSHD_KNOWN_HOSTS"_qs);
        t.connectTimeoutMs = 10000;
        t.commandTimeoutMs = 20000;
        return t;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(u"sshd"_qs, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void runsCommandsWithCheckedHostKey()
    {
        SshSession session(target());
        const Status st = session.open();
        QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().toString()));
        auto version = session.run(u"show version"_qs);
        QVERIFY2(version.ok(), qPrintable(version ? QString() : version.error().toString()));
        QCOMPARE(version->exitStatus, 0);
        QVERIFY(version->standardOutput.contains("Version 4.2.1"));
        // A second command on the same connection, with full output.
        auto config = session.run(u"show running-config"_qs);
        QVERIFY(config.ok());
        QVERIFY(config->standardOutput.contains("\nhostname "));
        QVERIFY(config->standardOutput.endsWith("end\n"));
    }

    void reportsFailingCommand()
    {
        auto r = SshSession::runOnce(target(), u"format flash:"_qs);
        QVERIFY(r.ok());
        QCOMPARE(r->exitStatus, 1);
        QVERIFY(r->standardError.contains("% Invalid input"));
    }

    void refusesChangedHostKey()
    {
        // Another key (the client's public key) recorded for this host:port.
        const QByteArray otherKey = readFile(m_env.value(u"SSHD_KEY"_qs) + u".pub"_qs).split(' ').value(1);
        QVERIFY(!otherKey.isEmpty());
        const QString path = m_dir.filePath(u"changed_known_hosts"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[127.0.0.1]:" + m_env.value(u"SSHD_PORT"_qs).toUtf8() + " ssh-ed25519 " + otherKey + "\n");
        f.close();
        SshTarget t = target();
        t.knownHostsFile = path;
        t.hostKeyPolicy = HostKeyPolicy::TrustOnFirstUse; // even with TOFU a changed key is refused
        SshSession session(t);
        const Status st = session.open();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Conflict);
        QVERIFY2(st.error().detail.contains(u"does not match"_qs), qPrintable(st.error().detail));
    }

    void unknownHostNeedsTrustOnFirstUse()
    {
        const QString path = m_dir.filePath(u"empty_known_hosts"_qs);
        SshTarget t = target();
        t.knownHostsFile = path;
        SshSession strict(t);
        const Status refused = strict.open();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().detail.contains(u"trust on first use is off"_qs));

        t.hostKeyPolicy = HostKeyPolicy::TrustOnFirstUse;
        SshSession tofu(t);
        QVERIFY(tofu.open().ok());
        tofu.close();
        // Now recorded: a strict session accepts it.
        t.hostKeyPolicy = HostKeyPolicy::Strict;
        SshSession again(t);
        QVERIFY(again.open().ok());
    }

    void reportsWrongCredentials()
    {
        SshTarget t = target();
        t.credentials = {};
        t.credentials.password = Vault::Secret::fromString(u"not-the-password"_qs);
        SshSession session(t);
        const Status st = session.open();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Auth);
        QVERIFY(st.error().detail.contains(u"authentication"_qs));

        // A valid key that is not authorised (the host's own key).
        QString hostKey = m_env.value(u"SSHD_HOST_KEY_PUB"_qs);
        hostKey.chop(4);
        t.credentials = {};
        t.credentials.privateKey = Vault::Secret::fromBytes(readFile(hostKey));
        QVERIFY(!t.credentials.privateKey.isEmpty());
        SshSession other(t);
        const Status st2 = other.open();
        QVERIFY(!st2.ok());
        QCOMPARE(st2.error().code, ErrorCode::Auth);
        QVERIFY(st2.error().detail.contains(u"key refused"_qs));
    }

    void reportsUnreachableHost()
    {
        SshTarget t = target();
        t.port = 1; // nothing listens there
        SshSession session(t);
        const Status st = session.open();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Network);
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
