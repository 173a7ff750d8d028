// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QMap>
#include <QTest>

#include "backend/topology/lldpaudit.h"

using namespace OpsDeck;
using namespace OpsDeck::Topology;
using Kind = AuditFinding::Kind;

namespace {

// A small inventory written as "device:port — device:port" cables.
struct Estate
{
    QList<AuditDevice> devices;
    QList<Domain::LinkRecord> links;

    qint64 id(const QString &name)
    {
        for (const AuditDevice &d : devices) {
            if (d.name == name)
                return d.id;
        }
        devices << AuditDevice{qint64(devices.size() + 1), name};
        return devices.last().id;
    }

    void cable(qint64 cableId, const QString &a, const QString &aPort, const QString &b, const QString &bPort,
               const QString &status = QStringLiteral("connected"))
    {
        Domain::LinkRecord l;
        l.cableId = cableId;
        l.cableStatus = status;
        l.aDeviceId = id(a);
        l.aInterfaceId = cableId * 10 + 1;
        l.aInterface = aPort;
        l.bDeviceId = id(b);
        l.bInterfaceId = cableId * 10 + 2;
        l.bInterface = bPort;
        links << l;
    }
};

QString describe(const AuditFinding &f)
{
    static const char *const kinds[] = {"missing", "not-seen", "mismatch", "unknown"};
    const CableEnds &e = f.kind == Kind::NotSeenByLldp ? f.recorded : f.observed;
    return QStringLiteral("%1 %2").arg(QLatin1String(kinds[int(f.kind)]), e.toString());
}

QStringList describeAll(const AuditReport &r)
{
    QStringList out;
    for (const AuditFinding &f : r.findings)
        out << describe(f);
    return out;
}

LldpNeighbour nb(const char *l, const char *lp, const char *r, const char *rp)
{
    return {QString::fromUtf8(l), QString::fromUtf8(lp), QString::fromUtf8(r), QString::fromUtf8(rp)};
}

// Reads lldpRemTable (and lldpLocPortTable for local port names) from an
// snmprec recording: OID|TYPE|VALUE lines, type 4 a string, 4x hex.
QList<LldpNeighbour> neighboursFromSnmprec(const QString &path, QString *sysName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray remPrefix = "1.0.8802.1.1.2.1.4.1.1.";
    const QByteArray locPrefix = "1.0.8802.1.1.2.1.3.7.1.";
    QMap<QByteArray, QHash<int, QByteArray>> rem; // index -> column -> value
    QHash<QByteArray, QHash<int, QByteArray>> loc;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> parts = line.split('|');
        if (parts.size() < 3)
            continue;
        const QByteArray &oid = parts.at(0);
        const QByteArray &type = parts.at(1);
        QByteArray value = line.mid(oid.size() + type.size() + 2);
        if (type == "4x")
            value = QByteArray::fromHex(value);
        while (value.endsWith('\0'))
            value.chop(1);
        if (oid == "1.3.6.1.2.1.1.5.0") {
            *sysName = QString::fromUtf8(value);
        } else if (oid.startsWith(remPrefix)) {
            const QByteArray rest = oid.mid(remPrefix.size());
            const int dot = rest.indexOf('.');
            rem[rest.mid(dot + 1)].insert(rest.left(dot).toInt(), value);
        } else if (oid.startsWith(locPrefix)) {
            const QByteArray rest = oid.mid(locPrefix.size());
            const int dot = rest.indexOf('.');
            loc[rest.mid(dot + 1)].insert(rest.left(dot).toInt(), value);
        }
    }
    QList<LldpNeighbour> out;
    for (auto it = rem.cbegin(); it != rem.cend(); ++it) {
        // Index: timeMark.localPortNum.remIndex
        const QByteArray localPortNum = it.key().split('.').value(1);
        const auto &local = loc.value(localPortNum);
        const QByteArray localPort = local.value(4).isEmpty() ? local.value(3) : local.value(4);
        const auto &row = it.value();
        const int portSubtype = row.value(6).toInt();
        // interfaceAlias(1), interfaceName(5) and local(7) are names; a MAC
        // or an address is not, then the description is the best we have.
        const bool named = portSubtype == 1 || portSubtype == 5 || portSubtype == 7;
        const QByteArray remotePort = named ? row.value(7) : row.value(8);
        out << LldpNeighbour{*sysName, QString::fromUtf8(localPort), QString::fromUtf8(row.value(9)),
                             QString::fromUtf8(remotePort)};
    }
    return out;
}

} // namespace

class TestLldpAudit : public QObject
{
    Q_OBJECT

private slots:
    void normalisedPort_data();
    void normalisedPort();
    void craftedEstate();
    void changeSet();
    void recordedNeighbours();
};

void TestLldpAudit::normalisedPort_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("gi") << u"Gi1/0/1"_qs << u"GigabitEthernet1/0/1"_qs << true;
    QTest::newRow("te") << u"Te1/1"_qs << u"TenGigabitEthernet1/1"_qs << true;
    QTest::newRow("eth") << u"Eth1/21"_qs << u"Ethernet1/21"_qs << true;
    QTest::newRow("et") << u"et-0/0/1"_qs << u"et-0/0/1"_qs << true;
    QTest::newRow("case") << u"ETHERNET1"_qs << u"ethernet1"_qs << true;
    QTest::newRow("po") << u"Po10"_qs << u"Port-Channel10"_qs << true;
    QTest::newRow("different number") << u"Eth1/21"_qs << u"Ethernet1/22"_qs << false;
    QTest::newRow("gi vs te") << u"Gi1/1"_qs << u"Te1/1"_qs << false;
    QTest::newRow("numbers") << u"17"_qs << u"17"_qs << true;
    QTest::newRow("names") << u"idrac"_qs << u"eno1"_qs << false;
}

void TestLldpAudit::normalisedPort()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(LldpAudit::normalisedPort(a) == LldpAudit::normalisedPort(b), same);
}

void TestLldpAudit::craftedEstate()
{
    Estate e;
    e.cable(1, u"spine1"_qs, u"Ethernet1"_qs, u"leaf1"_qs, u"Ethernet49"_qs);   // seen from both ends
    e.cable(2, u"spine1"_qs, u"Ethernet2"_qs, u"leaf2"_qs, u"Ethernet49"_qs);   // LLDP: leaf2 Ethernet50
    e.cable(3, u"spine1"_qs, u"Ethernet3"_qs, u"leaf3"_qs, u"Ethernet49"_qs);   // not seen
    e.cable(4, u"spine1"_qs, u"Ethernet4"_qs, u"leaf4"_qs, u"Ethernet49"_qs, u"planned"_qs); // planned: ignored
    e.cable(5, u"leaf5"_qs, u"Ethernet1"_qs, u"srv5"_qs, u"eno1"_qs);           // neither end polled: ignored
    e.cable(6, u"leaf1"_qs, u"Ethernet10"_qs, u"spine1"_qs, u"Ethernet9"_qs);   // LLDP on spine1 Ethernet8
    e.id(u"leaf6"_qs);

    const QList<LldpNeighbour> neighbours = {
        nb("spine1", "Et1", "leaf1.example.net", "Ethernet49"),
        nb("leaf1", "Ethernet49", "SPINE1", "Ethernet1"),       // same link from the other end
        nb("spine1", "Ethernet2", "leaf2", "Ethernet50"),
        nb("spine1", "Ethernet5", "leaf6", "Ethernet49"),       // no cable in NetBox
        nb("spine1", "Ethernet6", "mystery-box", "port1"),      // not in NetBox at all
        nb("spine1", "Ethernet8", "leaf1", "Ethernet10"),       // NetBox has leaf1 Ethernet10 on spine1 Ethernet9
        nb("ghost", "eth0", "spine1", "Ethernet7"),             // local device unknown: skipped
    };
    const AuditReport r = LldpAudit::run(e.devices, e.links, neighbours);
    QCOMPARE(r.matched, 1);
    QCOMPARE(r.skippedNeighbours, 1);
    QCOMPARE(describeAll(r), (QStringList{
                                 u"missing spine1:Ethernet5 — leaf6:Ethernet49"_qs,
                                 u"not-seen spine1:Ethernet3 — leaf3:Ethernet49"_qs,
                                 u"mismatch spine1:Ethernet2 — leaf2:Ethernet50"_qs,
                                 u"mismatch spine1:Ethernet8 — leaf1:Ethernet10"_qs,
                                 u"unknown spine1:Ethernet6 — mystery-box:port1"_qs,
                             }));
    const AuditFinding &mismatch = r.findings.at(2);
    QCOMPARE(mismatch.cableId, 2);
    QCOMPARE(mismatch.recorded.toString(), u"spine1:Ethernet2 — leaf2:Ethernet49"_qs);
    QCOMPARE(mismatch.observed.aDeviceId, e.id(u"spine1"_qs));
    QCOMPARE(mismatch.observed.bDeviceId, e.id(u"leaf2"_qs));
    const AuditFinding &farMismatch = r.findings.at(3);
    QCOMPARE(farMismatch.cableId, 6);
    QCOMPARE(farMismatch.recorded.toString(), u"spine1:Ethernet9 — leaf1:Ethernet10"_qs);
    QCOMPARE(r.findings.at(4).observed.bDeviceId, 0);
    QCOMPARE(r.count(Kind::PortMismatch), 2);
}

void TestLldpAudit::changeSet()
{
    Estate e;
    e.cable(2, u"spine1"_qs, u"Ethernet2"_qs, u"leaf2"_qs, u"Ethernet49"_qs);
    e.cable(3, u"spine1"_qs, u"Ethernet3"_qs, u"leaf3"_qs, u"Ethernet49"_qs);
    e.id(u"leaf6"_qs);
    const AuditReport r = LldpAudit::run(e.devices, e.links,
                                         {nb("spine1", "Ethernet2", "leaf2", "Ethernet50"),
                                          nb("spine1", "Ethernet5", "leaf6", "Ethernet49"),
                                          nb("spine1", "Ethernet6", "mystery", "p1")});
    QCOMPARE(r.findings.size(), 4);
    const CableChangeSet all = LldpAudit::changeSet(r.findings);
    QCOMPARE(all.creates(), 2);
    QCOMPARE(all.deletes(), 2);
    QCOMPARE(all.description(), u"delete cable #3 (spine1:Ethernet3 — leaf3:Ethernet49): in NetBox, not seen by LLDP\n"
                                "delete cable #2 (spine1:Ethernet2 — leaf2:Ethernet49): LLDP sees spine1:Ethernet2 — leaf2:Ethernet50 instead\n"
                                "create cable spine1:Ethernet5 — leaf6:Ethernet49: seen by LLDP, missing in NetBox\n"
                                "create cable spine1:Ethernet2 — leaf2:Ethernet50: replaces cable #2 (port mismatch)"_qs);
    // The mismatch's create keeps the known interface id of the local port.
    QCOMPARE(all.changes.last().ends.aInterfaceId, 21);
    // Only the selected findings.
    const CableChangeSet one = LldpAudit::changeSet({r.findings.first()});
    QCOMPARE(one.changes.size(), 1);
    QCOMPARE(one.changes.first().action, CableChange::Action::Create);
    QVERIFY(LldpAudit::changeSet({r.findings.last()}).isEmpty()); // unknown neighbour
}

void TestLldpAudit::recordedNeighbours()
{
#ifndef OPSDECK_HAVE_SHARED
    QFAIL("the shared fixtures folder is missing: the LLDP recordings live in ../shared/fixtures/snmprec");
#else
    const QString dir = QStringLiteral(OPSDECK_SHARED_DIR "/fixtures/snmprec/");
    QList<LldpNeighbour> neighbours;
    QStringList sysNames;
    for (const char *file : {"arista-dcs-7150s-52-cl", "cisco-n5000", "hpe-procurve-516733-b21"}) {
        QString sysName;
        const QList<LldpNeighbour> rows = neighboursFromSnmprec(dir + QLatin1String(file) + u".snmprec"_qs, &sysName);
        QVERIFY2(!rows.isEmpty(), file);
        neighbours << rows;
        sysNames << sysName;
    }
    QCOMPARE(sysNames, (QStringList{u"DUMSYS-87"_qs, u"DUMSYS-52"_qs, u"DUMSYS-64"_qs}));
    QCOMPARE(neighbours.size(), 2 + 9 + 5);
    QCOMPARE(neighbours.first().localPort, u"Ethernet47"_qs);
    QCOMPARE(neighbours.first().remotePort, u"Ethernet23"_qs);

    // NetBox's view of the same estate, with known differences.
    Estate e;
    e.cable(1, u"DUMSYS-87"_qs, u"Ethernet47"_qs, u"ZJ-BP-Bak-Arista"_qs, u"Ethernet23"_qs);  // agrees
    e.cable(2, u"DUMSYS-87"_qs, u"Ethernet48"_qs, u"ZJ-BP-Bak-Arista"_qs, u"Ethernet25"_qs);  // LLDP: Ethernet24
    e.cable(3, u"DUMSYS-87"_qs, u"Ethernet1"_qs, u"ZJ-BP-Bak-Arista"_qs, u"Ethernet1"_qs);    // not seen
    e.cable(4, u"DUMSYS-52"_qs, u"mgmt0"_qs, u"NWPU-CA-5548-02"_qs, u"mgmt0"_qs);            // agrees
    e.cable(5, u"DUMSYS-52"_qs, u"Ethernet1/2"_qs, u"H3C-1"_qs, u"Ten-GigabitEthernet1/0/50"_qs); // LLDP: H3C-2
    e.cable(6, u"DUMSYS-52"_qs, u"Ethernet1/21"_qs, u"NWPU-CA-5548-02"_qs, u"Ethernet1/21"_qs); // agrees (Eth1/21)
    e.cable(7, u"DUMSYS-52"_qs, u"Ethernet1/23"_qs, u"NWPU-UCS-FI-A"_qs, u"Ethernet1/25"_qs);   // agrees
    e.cable(8, u"DUMSYS-52"_qs, u"Ethernet1/30"_qs, u"H3C-2"_qs, u"Ten-GigabitEthernet1/0/1"_qs, u"planned"_qs);
    e.cable(9, u"H3C-1"_qs, u"Ten-GigabitEthernet1/0/2"_qs, u"H3C-2"_qs, u"Ten-GigabitEthernet1/0/2"_qs);
    e.id(u"DUMSYS-64"_qs);

    const AuditReport r = LldpAudit::run(e.devices, e.links, neighbours);
    QCOMPARE(r.matched, 4);
    QCOMPARE(r.skippedNeighbours, 0);
    const QStringList found = describeAll(r);
    const QStringList expected = {
        u"missing DUMSYS-52:Ethernet1/1 — H3C-1:Ten-GigabitEther"_qs,
        u"missing DUMSYS-52:Ethernet1/22 — NWPU-CA-5548-02:Eth1/22"_qs,
        u"not-seen DUMSYS-87:Ethernet1 — ZJ-BP-Bak-Arista:Ethernet1"_qs,
        u"mismatch DUMSYS-52:Ethernet1/2 — H3C-2:Ten-GigabitEther"_qs,
        u"mismatch DUMSYS-87:Ethernet48 — ZJ-BP-Bak-Arista:Ethernet24"_qs,
        u"unknown DUMSYS-52:Ethernet1/19 — ProCurve 6120XG Blade Switch:17"_qs,
        u"unknown DUMSYS-52:Ethernet1/24 — NWPU-UCS-FI-B:Eth1/25"_qs,
        u"unknown DUMSYS-52:h3c big data — H3C:Ten-GigabitEther"_qs,
    };
    QCOMPARE(found.mid(0, expected.size()), expected);
    // The ProCurve's five neighbours are not in NetBox (three announce only
    // a MAC address, no system name).
    QCOMPARE(found.size(), expected.size() + 5);
    for (const QString &f : found.mid(expected.size()))
        QVERIFY2(f.startsWith(u"unknown DUMSYS-64:"_qs), qPrintable(f));
    QCOMPARE(r.count(Kind::UnknownNeighbour), 8);
    QCOMPARE(r.findings.at(3).recorded.toString(), u"DUMSYS-52:Ethernet1/2 — H3C-1:Ten-GigabitEthernet1/0/50"_qs);
#endif
}

QTEST_GUILESS_MAIN(TestLldpAudit)
#include "tst_lldpaudit.moc"
