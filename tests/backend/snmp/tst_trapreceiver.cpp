// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "backend/snmp/trapreceiver.h"

using namespace OpsDeck;
using namespace OpsDeck::Snmp;

namespace {

const QByteArray kTrapEngineId = QByteArray::fromHex("800000000102030405");

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace

class TestTrapReceiver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_port = freeUdpPort();
        QVERIFY(m_port != 0);
        TrapReceiverConfig config;
        config.address = QStringLiteral("127.0.0.1");
        config.port = m_port;
        config.communities = {Vault::Secret::fromString(u"traps")};
        TrapUser trapUser; // traps: keyed to the sender's engine
        trapUser.user = QStringLiteral("trapuser");
        trapUser.authProtocol = AuthProtocol::Sha1;
        trapUser.authPassphrase = Vault::Secret::fromString(u"trap auth pass");
        trapUser.privProtocol = PrivProtocol::Aes128;
        trapUser.privPassphrase = Vault::Secret::fromString(u"trap priv pass");
        trapUser.engineId = kTrapEngineId;
        TrapUser informUser; // informs: keyed to our engine
        informUser.user = QStringLiteral("informuser");
        informUser.authProtocol = AuthProtocol::Sha256;
        informUser.authPassphrase = Vault::Secret::fromString(u"inform-auth-1");
        informUser.privProtocol = PrivProtocol::Aes128;
        informUser.privPassphrase = Vault::Secret::fromString(u"inform-priv-1");
        config.users = {trapUser, informUser};
        m_receiver = new TrapReceiver(this);
        m_receiver->setDeviceLookup({{QStringLiteral("127.0.0.1"), QStringLiteral("core-sw-01")}});
        const Status started = m_receiver->start(config);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().detail));
        QVERIFY(m_receiver->isRunning());
    }

    void v2cLinkDown()
    {
        QSignalSpy spy(m_receiver, &TrapReceiver::trapReceived);
        QVERIFY(run(QStringLiteral("snmptrap"),
                    {QStringLiteral("-v"), QStringLiteral("2c"), QStringLiteral("-c"), QStringLiteral("traps"), target(),
                     QStringLiteral("12345"), QStringLiteral("1.3.6.1.6.3.1.1.5.3"),
                     QStringLiteral("1.3.6.1.2.1.2.2.1.1.7"), QStringLiteral("i"), QStringLiteral("7"),
                     QStringLiteral("1.3.6.1.2.1.2.2.1.8.7"), QStringLiteral("i"), QStringLiteral("2")}));
        QVERIFY(spy.wait(10000));
        const auto event = spy.first().at(0).value<TrapEvent>();
        QCOMPARE(event.name, QStringLiteral("linkDown"));
        QVERIFY(event.standard);
        QCOMPARE(event.trapOid, QStringLiteral("1.3.6.1.6.3.1.1.5.3"));
        QCOMPARE(event.version, SnmpVersion::V2c);
        QCOMPARE(event.upTimeTicks, quint64(12345));
        QCOMPARE(event.ifIndex, 7);
        QCOMPARE(event.source, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(event.device, QStringLiteral("core-sw-01"));
        QVERIFY(!event.inform);
        QCOMPARE(event.varBinds.size(), 2);
        QCOMPARE(event.varBinds.at(1).oid, QStringLiteral("1.3.6.1.2.1.2.2.1.8.7"));
        QCOMPARE(event.varBinds.at(1).toSigned(), qint64(2));
    }

    void vendorTrapByOid()
    {
        QSignalSpy spy(m_receiver, &TrapReceiver::trapReceived);
        QVERIFY(run(QStringLiteral("snmptrap"),
                    {QStringLiteral("-v"), QStringLiteral("2c"), QStringLiteral("-c"), QStringLiteral("traps"), target(),
                     QString(), QStringLiteral("1.3.6.1.4.1.9.9.41.2.0.1"), QStringLiteral("1.3.6.1.4.1.9.9.41.1.2.3.1.5.1"),
                     QStringLiteral("s"), QStringLiteral("%LINK-3-UPDOWN")}));
        QVERIFY(spy.wait(10000));
        const auto event = spy.first().at(0).value<TrapEvent>();
        QVERIFY(!event.standard);
        QCOMPARE(event.name, QStringLiteral("1.3.6.1.4.1.9.9.41.2.0.1"));
        QCOMPARE(event.varBinds.first().toText(), QStringLiteral("%LINK-3-UPDOWN"));
    }

    void wrongCommunityIsDropped()
    {
        const int droppedBefore = m_receiver->droppedCount();
        QSignalSpy spy(m_receiver, &TrapReceiver::trapReceived);
        QVERIFY(run(QStringLiteral("snmptrap"),
                    {QStringLiteral("-v"), QStringLiteral("2c"), QStringLiteral("-c"), QStringLiteral("wrong"), target(),
                     QString(), QStringLiteral("1.3.6.1.6.3.1.1.5.1")}));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->droppedCount(), droppedBefore + 1, 10000);
        QCOMPARE(spy.size(), 0);
    }

    void v3AuthPrivTrap()
    {
        QSignalSpy spy(m_receiver, &TrapReceiver::trapReceived);
        // A trap with a wrong privacy passphrase first: it must not surface.
        QVERIFY(run(QStringLiteral("snmptrap"), v3TrapArgs(QStringLiteral("not the priv pass"))));
        QVERIFY(run(QStringLiteral("snmptrap"), v3TrapArgs(QStringLiteral("trap priv pass"))));
        QVERIFY(spy.wait(10000));
        const auto event = spy.first().at(0).value<TrapEvent>();
        QCOMPARE(event.version, SnmpVersion::V3);
        QCOMPARE(event.securityName, QStringLiteral("trapuser"));
        QCOMPARE(event.name, QStringLiteral("coldStart"));
        QCOMPARE(event.varBinds.size(), 1);
        QCOMPARE(event.varBinds.first().toText(), QStringLiteral("good"));
        QTest::qWait(0);
        QCOMPARE(spy.size(), 1);
    }

    void v2cInformIsAcknowledged()
    {
        QSignalSpy spy(m_receiver, &TrapReceiver::trapReceived);
        // snmpinform exits with success only when the receiver acknowledged.
        QVERIFY(run(QStringLiteral("snmpinform"),
                    {QStringLiteral("-v"), QStringLiteral("2c"), QStringLiteral("-c"), QStringLiteral("traps"),
                     QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-t"), QStringLiteral("5"), target(),
                     QString(), QStringLiteral("1.3.6.1.6.3.1.1.5.4"), QStringLiteral("1.3.6.1.2.1.2.2.1.1.3"),
                     QStringLiteral("i"), QStringLiteral("3")}));
        QVERIFY(spy.size() == 1 || spy.wait(10000));
        const auto event = spy.first().at(0).value<TrapEvent>();
        QVERIFY(event.inform);
        QCOMPARE(event.name, QStringLiteral("linkUp"));
        QCOMPARE(event.ifIndex, 3);
    }

    void v3InformIsAcknowledged()
    {
        QSignalSpy spy(m_receiver, &TrapReceiver::trapReceived);
        QVERIFY(run(QStringLiteral("snmpinform"),
                    {QStringLiteral("-v"), QStringLiteral("3"), QStringLiteral("-u"), QStringLiteral("informuser"),
                     QStringLiteral("-l"), QStringLiteral("authPriv"), QStringLiteral("-a"), QStringLiteral("SHA-256"),
                     QStringLiteral("-A"), QStringLiteral("inform-auth-1"), QStringLiteral("-x"), QStringLiteral("AES"),
                     QStringLiteral("-X"), QStringLiteral("inform-priv-1"), QStringLiteral("-r"), QStringLiteral("0"),
                     QStringLiteral("-t"), QStringLiteral("5"), target(), QString(),
                     QStringLiteral("1.3.6.1.6.3.1.1.5.5")}));
        QVERIFY(spy.size() == 1 || spy.wait(10000));
        const auto event = spy.first().at(0).value<TrapEvent>();
        QVERIFY(event.inform);
        QCOMPARE(event.version, SnmpVersion::V3);
        QCOMPARE(event.securityName, QStringLiteral("informuser"));
        QCOMPARE(event.name, QStringLiteral("authenticationFailure"));
    }

    void portInUseIsAnError()
    {
        TrapReceiver second;
        TrapReceiverConfig config;
        config.address = QStringLiteral("127.0.0.1");
        config.port = m_port;
        const Status status = second.start(config);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Network);
        QVERIFY(!second.isRunning());
    }

    void standardNames()
    {
        QCOMPARE(TrapReceiver::standardTrapName(QStringLiteral("1.3.6.1.6.3.1.1.5.2")), QStringLiteral("warmStart"));
        QCOMPARE(TrapReceiver::standardTrapName(QStringLiteral("1.3.6.1.4.1.9")), QString());
    }

    void cleanupTestCase()
    {
        m_receiver->stop();
        QVERIFY(!m_receiver->isRunning());
    }

private:
    QString target() const { return QStringLiteral("udp:127.0.0.1:%1").arg(m_port); }

    QStringList v3TrapArgs(const QString &privPass) const
    {
        return {QStringLiteral("-v"), QStringLiteral("3"), QStringLiteral("-e"),
                QStringLiteral("0x") + QString::fromLatin1(kTrapEngineId.toHex()), QStringLiteral("-u"),
                QStringLiteral("trapuser"), QStringLiteral("-l"), QStringLiteral("authPriv"), QStringLiteral("-a"),
                QStringLiteral("SHA"), QStringLiteral("-A"), QStringLiteral("trap auth pass"), QStringLiteral("-x"),
                QStringLiteral("AES"), QStringLiteral("-X"), privPass, target(), QString(),
                QStringLiteral("1.3.6.1.6.3.1.1.5.1"), QStringLiteral("1.3.6.1.2.1.1.5.0"), QStringLiteral("s"),
                privPass == QLatin1String("trap priv pass") ? QStringLiteral("good") : QStringLiteral("bad")};
    }

    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MIBS"), QString());
        env.insert(QStringLiteral("SNMPCONFPATH"), m_home.path());
        env.insert(QStringLiteral("SNMP_PERSISTENT_DIR"), m_home.path());
        env.insert(QStringLiteral("HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAll().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_home;
    quint16 m_port = 0;
    TrapReceiver *m_receiver = nullptr;
};

QTEST_GUILESS_MAIN(TestTrapReceiver)
#include "tst_trapreceiver.moc"
