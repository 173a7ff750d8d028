// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <map>
#include <optional>

#include <QFile>
#include <QTest>

#include "backend/snmp/devicecollector.h"
#include "backend/snmp/snmppoller.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Snmp;

/// Collections from snmpsim serving the recorded walks of real devices:
/// what is parsed must equal what the recording holds.
class TestDeviceCollector : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    SnmpPoller *m_poller = nullptr;
    DeviceCollector *m_collector = nullptr;
    std::map<quint64, Result<DeviceSnapshot>> m_results;

    // OID -> raw value text (hex decoded for "x" types) of a recording.
    QHash<QString, QByteArray> recording(const QString &name)
    {
        QHash<QString, QByteArray> values;
        QFile f(m_env.value(QStringLiteral("SNMPSIM_DATA_DIR")) + u'/' + name + u".snmprec");
        if (!f.open(QIODevice::ReadOnly))
            return values;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            const QList<QByteArray> parts = line.split('|');
            if (parts.size() < 3)
                continue;
            QByteArray value = line.mid(parts[0].size() + parts[1].size() + 2);
            if (parts[1].endsWith('x'))
                value = QByteArray::fromHex(value);
            values.insert(QString::fromLatin1(parts[0]), value);
        }
        return values;
    }

    SnmpTarget target(const QString &community)
    {
        SnmpTarget t;
        t.host = m_env.value(QStringLiteral("SNMPSIM_HOST"));
        t.port = quint16(m_env.value(QStringLiteral("SNMPSIM_PORT")).toUInt());
        t.community = Vault::Secret::fromString(community);
        t.timeoutMs = 5000;
        t.retries = 2;
        t.maxRepetitions = 30;
        return t;
    }

    Result<DeviceSnapshot> collect(const SnmpTarget &t)
    {
        const quint64 id = m_collector->collect(t);
        if (!QTest::qWaitFor([&] { return m_results.count(id) > 0; }, 120000))
            return Error(ErrorCode::Timeout, QStringLiteral("test: no finished() for collection %1").arg(id));
        auto node = m_results.extract(id);
        return std::move(node.mapped());
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(QStringLiteral("snmpsim"), &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        m_poller = new SnmpPoller(this);
        m_collector = new DeviceCollector(m_poller, this);
        connect(m_collector, &DeviceCollector::finished, this,
                [this](quint64 id, const Result<DeviceSnapshot> &r) { m_results.emplace(id, r); });
    }

    void aristaMatchesRecording()
    {
        const auto rec = recording(QStringLiteral("arista-dcs-7150s-52-cl"));
        QVERIFY(!rec.isEmpty());
        auto r = collect(target(QStringLiteral("arista-dcs-7150s-52-cl")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const DeviceSnapshot &s = *r;
        QCOMPARE(s.system.name, QString::fromUtf8(rec.value(u"1.3.6.1.2.1.1.5.0"_qs)));
        QCOMPARE(s.system.upTimeTicks, rec.value(u"1.3.6.1.2.1.1.3.0"_qs).toULongLong());

        int ifRows = 0;
        for (auto it = rec.constBegin(); it != rec.constEnd(); ++it)
            ifRows += it.key().startsWith(u"1.3.6.1.2.1.2.2.1.1."_qs) ? 1 : 0;
        QCOMPARE(s.interfaces.size(), ifRows);
        int checkedCounters = 0;
        for (const InterfaceStats &i : s.interfaces) {
            const QString idx = QString::number(i.ifIndex);
            QCOMPARE(i.descr, QString::fromUtf8(rec.value(u"1.3.6.1.2.1.2.2.1.2."_qs + idx)).trimmed());
            const QByteArray hc = rec.value(u"1.3.6.1.2.1.31.1.1.1.6."_qs + idx);
            if (!hc.isEmpty()) {
                QCOMPARE(i.counterBits, 64);
                QCOMPARE(i.inOctets, hc.toULongLong());
                QCOMPARE(i.outOctets, rec.value(u"1.3.6.1.2.1.31.1.1.1.10."_qs + idx).toULongLong());
                ++checkedCounters;
            }
        }
        QVERIFY(checkedCounters > 10);

        // LLDP: two neighbours, one switch seen on Ethernet47 and Ethernet48.
        QCOMPARE(s.neighbours.size(), 2);
        QCOMPARE(s.neighbours[0].localPortNum, 47);
        QCOMPARE(s.neighbours[0].localPortId, u"Ethernet47"_qs);
        QCOMPARE(s.neighbours[0].chassisId, u"44:4c:a8:31:3e:df"_qs);
        QCOMPARE(s.neighbours[0].portId, u"Ethernet23"_qs);
        QCOMPARE(s.neighbours[1].portId, u"Ethernet24"_qs);
        QCOMPARE(s.neighbours[0].systemName, QString::fromUtf8(rec.value(u"1.0.8802.1.1.2.1.4.1.1.9.0.47.2"_qs)));

        // Sensors: the CPU temperature is 282 with precision 1 = 28.2 degrees Celsius.
        int celsius = 0;
        const SensorReading *cpu = nullptr;
        for (const SensorReading &sr : s.sensors) {
            celsius += sr.unit == SensorUnit::Celsius ? 1 : 0;
            if (sr.entityIndex == 100006001)
                cpu = &sr;
        }
        QCOMPARE(celsius, 17);
        QVERIFY(cpu);
        QCOMPARE(cpu->unit, SensorUnit::Celsius);
        QCOMPARE(cpu->value, 28.2);
        QCOMPARE(cpu->descr, u"Cpu temp sensor"_qs);
        QVERIFY(s.pduLoads.isEmpty());

        // ENTITY-MIB software revisions: the non-empty ones, as recorded.
        QMap<int, QString> revisions;
        const QString softwareRev = u"1.3.6.1.2.1.47.1.1.1.1.10."_qs;
        for (auto it = rec.constBegin(); it != rec.constEnd(); ++it) {
            if (it.key().startsWith(softwareRev) && !it.value().trimmed().isEmpty())
                revisions.insert(it.key().mid(softwareRev.size()).toInt(), QString::fromUtf8(it.value()).trimmed());
        }
        QCOMPARE(s.softwareRevisions, revisions);
        QCOMPARE(s.softwareRevisions.value(1), u"4.20.5F"_qs);
        QVERIFY(s.system.descr.contains(u"EOS version 4.20.5F"_qs));
    }

    void apcPduLoad()
    {
        auto r = collect(target(QStringLiteral("apc-7902b")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->pduLoads.size(), 3);
        QCOMPARE(r->pduLoads[0].amperes, 1.6);
        QCOMPARE(r->pduLoads[1].amperes, 0.0);
        QCOMPARE(r->pduLoads[2].amperes, 1.1);
    }

    void v3AuthPrivWithContext()
    {
        SnmpTarget t = target(QString());
        t.version = SnmpVersion::V3;
        t.user = m_env.value(QStringLiteral("SNMPSIM_V3_USER"));
        t.authPassphrase = Vault::Secret::fromString(m_env.value(QStringLiteral("SNMPSIM_V3_AUTH_KEY")));
        t.privPassphrase = Vault::Secret::fromString(m_env.value(QStringLiteral("SNMPSIM_V3_PRIV_KEY")));
        t.context = QStringLiteral("cisco-c3560");
        std::optional<Result<VarBindList>> reply;
        quint64 id = 0;
        connect(m_poller, &SnmpPoller::finished, this, [&](quint64 requestId, const Result<VarBindList> &r) {
            if (requestId == id)
                reply.emplace(r);
        });
        id = m_poller->get(t, {u"1.3.6.1.2.1.1.5.0"_qs});
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 30000);
        const Result<VarBindList> &result = *reply;
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->at(0).toText(), u"DUMSYS-04"_qs);
    }

    void unknownCommunityFailsTheCollection()
    {
        SnmpTarget t = target(QStringLiteral("no-such-recording"));
        t.timeoutMs = 300;
        t.retries = 0;
        auto r = collect(t);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestDeviceCollector)
#include "tst_devicecollector.moc"
