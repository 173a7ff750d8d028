// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <map>

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include "backend/snmp/snmppoller.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Snmp;

namespace {
const QString kSysDescr = QStringLiteral("1.3.6.1.2.1.1.1.0");
const QString kSysUpTime = QStringLiteral("1.3.6.1.2.1.1.3.0");
const QString kSystem = QStringLiteral("1.3.6.1.2.1.1");
const QString kIfTable = QStringLiteral("1.3.6.1.2.1.2.2");
} // namespace

/// The poller against the rig's real snmpd (v2c and v3 authPriv).
class TestSnmpPoller : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    std::map<quint64, Result<VarBindList>> m_results;
    SnmpPoller *m_poller = nullptr;

    SnmpTarget v2c(const QString &host = {}) const
    {
        SnmpTarget t;
        t.host = host.isEmpty() ? m_env.value(QStringLiteral("SNMPD_HOST")) : host;
        t.port = quint16(m_env.value(QStringLiteral("SNMPD_PORT")).toUInt());
        t.version = SnmpVersion::V2c;
        t.community = Vault::Secret::fromString(m_env.value(QStringLiteral("SNMPD_COMMUNITY")));
        t.timeoutMs = 2000;
        t.retries = 1;
        return t;
    }
    SnmpTarget v3(const QString &authPass = {}) const
    {
        SnmpTarget t = v2c();
        t.version = SnmpVersion::V3;
        t.community = {};
        t.user = m_env.value(QStringLiteral("SNMPD_V3_USER"));
        t.level = SecurityLevel::AuthPriv;
        t.authProtocol = AuthProtocol::Sha1;
        t.privProtocol = PrivProtocol::Aes128;
        t.authPassphrase = Vault::Secret::fromString(
            authPass.isEmpty() ? m_env.value(QStringLiteral("SNMPD_V3_AUTH_PASS")) : authPass);
        t.privPassphrase = Vault::Secret::fromString(m_env.value(QStringLiteral("SNMPD_V3_PRIV_PASS")));
        return t;
    }
    Result<VarBindList> waitFor(quint64 id)
    {
        if (!QTest::qWaitFor([&] { return m_results.count(id) > 0; }, 30000))
            return Error(ErrorCode::Timeout, QStringLiteral("test: no finished() signal for request %1").arg(id));
        auto node = m_results.extract(id);
        return std::move(node.mapped());
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(QStringLiteral("snmpd"), &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        m_poller = new SnmpPoller(this);
        connect(m_poller, &SnmpPoller::finished, this,
                [this](quint64 id, const Result<VarBindList> &r) { m_results.emplace(id, r); });
    }

    void v2cGet()
    {
        auto r = waitFor(m_poller->get(v2c(), {kSysDescr, kSysUpTime}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).oid, kSysDescr);
        QCOMPARE(r->at(0).type, ValueType::OctetString);
        QCOMPARE(r->at(0).toText(), m_env.value(QStringLiteral("SNMPD_SYS_DESCR")));
        QCOMPARE(r->at(1).type, ValueType::TimeTicks);
    }

    void v2cGetMissingInstance()
    {
        auto r = waitFor(m_poller->get(v2c(), {QStringLiteral("1.3.6.1.2.1.1.1.99")}));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->at(0).type, ValueType::NoSuchInstance);
    }

    void manyOidsSplitIntoSeveralPdus()
    {
        QStringList oids;
        for (int i = 0; i < 70; ++i)
            oids << kSysDescr;
        auto r = waitFor(m_poller->get(v2c(), oids));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 70);
        QCOMPARE(r->last().toText(), m_env.value(QStringLiteral("SNMPD_SYS_DESCR")));
    }

    void walk_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("maxRepetitions");
        QTest::newRow("v1 getnext") << int(SnmpVersion::V1) << 0;
        QTest::newRow("v2c bulk 1") << int(SnmpVersion::V2c) << 1;
        QTest::newRow("v2c bulk 50") << int(SnmpVersion::V2c) << 50;
        QTest::newRow("v3 bulk 10") << int(SnmpVersion::V3) << 10;
    }
    void walk()
    {
        QFETCH(int, version);
        QFETCH(int, maxRepetitions);
        SnmpTarget t = SnmpVersion(version) == SnmpVersion::V3 ? v3() : v2c();
        t.version = SnmpVersion(version);
        t.maxRepetitions = maxRepetitions;
        auto r = waitFor(m_poller->walk(t, kIfTable));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->size() > 10);
        QString previous;
        for (const VarBind &vb : *r) {
            QVERIFY2(oidIsUnder(vb.oid, kIfTable), qPrintable(vb.oid));
            QVERIFY(vb.oid != previous);
            previous = vb.oid;
        }
        // ifDescr.1 is the loopback interface on Linux agents.
        bool sawLo = false;
        for (const VarBind &vb : *r)
            sawLo |= vb.oid == QLatin1String("1.3.6.1.2.1.2.2.1.2.1") && vb.toText() == QLatin1String("lo");
        QVERIFY(sawLo);
    }

    void walksAgreeAcrossVersions()
    {
        SnmpTarget a = v2c();
        a.version = SnmpVersion::V1;
        SnmpTarget b = v2c();
        b.maxRepetitions = 7;
        const quint64 ia = m_poller->walk(a, kSystem);
        const quint64 ib = m_poller->walk(b, kSystem);
        const quint64 ic = m_poller->walk(v3(), kSystem);
        auto ra = waitFor(ia);
        auto rb = waitFor(ib);
        auto rc = waitFor(ic);
        QVERIFY(ra.ok() && rb.ok() && rc.ok());
        QCOMPARE(ra->size(), rb->size());
        QCOMPARE(rb->size(), rc->size());
        for (int i = 0; i < ra->size(); ++i) {
            QCOMPARE(ra->at(i).oid, rc->at(i).oid);
            if (ra->at(i).oid != kSysUpTime)
                QCOMPARE(ra->at(i).value, rc->at(i).value);
        }
    }

    void v3AuthPriv()
    {
        auto r = waitFor(m_poller->get(v3(), {kSysDescr}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->at(0).toText(), m_env.value(QStringLiteral("SNMPD_SYS_DESCR")));
    }

    void v3WrongPasswordIsAuthError()
    {
        auto r = waitFor(m_poller->get(v3(QStringLiteral("wrong-password-123")), {kSysDescr}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Auth);
        QVERIFY2(r.error().detail.contains(QLatin1String("Authentication failure")),
                 qPrintable(r.error().detail));
    }

    void v3UnknownUserIsAuthError()
    {
        SnmpTarget t = v3();
        t.user = QStringLiteral("nobody-here");
        auto r = waitFor(m_poller->get(t, {kSysDescr}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Auth);
    }

    void v2cWrongCommunityTimesOut()
    {
        SnmpTarget t = v2c();
        t.community = Vault::Secret::fromString(u"not-public");
        t.timeoutMs = 200;
        t.retries = 0;
        auto r = waitFor(m_poller->get(t, {kSysDescr}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QCOMPARE(r.error().context.value(QStringLiteral("device")).toString(), t.peerName());
    }

    void unreachableAgentsDoNotHoldUpReachableOnes()
    {
        // A bound UDP socket that never answers: every request to it times out.
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        const QStringList addresses = m_env.value(QStringLiteral("SNMPD_ADDRESSES")).split(u' ');
        QList<quint64> dead, alive;
        for (int i = 0; i < 300; ++i) {
            SnmpTarget t = v2c();
            t.port = sink.localPort();
            t.host = QStringLiteral("127.0.0.1");
            t.community = Vault::Secret::fromString(QString::number(i)); // one session each
            t.timeoutMs = 300;
            t.retries = 1;
            dead << m_poller->get(t, {kSysDescr});
        }
        for (const QString &address : addresses)
            alive << m_poller->walk(v2c(address), kSystem);
        for (quint64 id : std::as_const(alive)) {
            auto r = waitFor(id);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QVERIFY(!r->isEmpty());
        }
        for (quint64 id : std::as_const(dead)) {
            auto r = waitFor(id);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Timeout);
        }
        QCOMPARE(m_poller->pendingCount(), 0);
    }

    void invalidOid()
    {
        auto r = waitFor(m_poller->get(v2c(), {QStringLiteral("sysDescr.0")}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSnmpPoller)
#include "tst_snmppoller.moc"
