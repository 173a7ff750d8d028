// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "alarmtesthelpers.h"
#include "backend/alarms/alarmengine.h"
#include "backend/alarms/rootcause.h"
#include "backend/topology/lldpaudit.h"

using namespace OpsDeck;
using namespace OpsDeck::Alarms;
using namespace OpsDeck::Alarms::Testing;

namespace {

constexpr qint64 kT0 = 1'740'000'000'000;
constexpr int kAccessCount = 6;

QString access(int i)
{
    return QStringLiteral("access%1").arg(i);
}

ReachabilityReport ping(const QString &device, bool up, qint64 t)
{
    return {ReachabilityReport::Probe::Icmp, device, t, 3, up ? 3 : 0, up ? 1.0 : qQNaN()};
}

/// core - agg - access1..N, each link cabled agg:ethN - accessN:uplink.
QList<TopologyLink> chain()
{
    QList<TopologyLink> links{{u"core"_qs, u"eth1"_qs, u"agg"_qs, u"uplink"_qs}};
    for (int i = 1; i <= kAccessCount; ++i)
        links << TopologyLink{u"agg"_qs, QStringLiteral("eth%1").arg(i + 1), access(i), u"uplink"_qs};
    return links;
}

QList<ReachabilityReport> round(const QSet<QString> &downDevices, qint64 t)
{
    QList<ReachabilityReport> out{ping(u"core"_qs, !downDevices.contains(u"core"_qs), t),
                                  ping(u"agg"_qs, !downDevices.contains(u"agg"_qs), t)};
    for (int i = 1; i <= kAccessCount; ++i)
        out << ping(access(i), !downDevices.contains(access(i)), t);
    return out;
}

} // namespace

class TestRootCause : public QObject
{
    Q_OBJECT

private slots:
    void chainWithAggregationDown()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setTopology(chain());
        QVERIFY(engine.onReachability(round({}, kT0)).ok());
        QVERIFY(log.all.isEmpty());

        QSet<QString> down{u"agg"_qs};
        for (int i = 1; i <= kAccessCount; ++i)
            down << access(i);
        QVERIFY(engine.onReachability(round(down, kT0 + 60'000)).ok());
        const auto raised = log.of(TransitionKind::Raised);
        QCOMPARE(raised.size(), 1 + kAccessCount);
        const auto notified = log.notified();
        QCOMPARE(notified.size(), 1);
        const Alarm root = notified.constFirst().alarm;
        QCOMPARE(root.device, u"agg"_qs);
        QCOMPARE(root.kind, RuleKind::IcmpDown);
        QVERIFY(!root.isSymptom());
        QCOMPARE(root.symptoms, kAccessCount);
        const QList<Alarm> symptoms = engine.symptomsOf(root.id);
        QCOMPARE(symptoms.size(), kAccessCount);
        for (const Alarm &s : symptoms) {
            QVERIFY(s.device.startsWith(u"access"_qs));
            QCOMPARE(s.rootCauseId, root.id);
            QVERIFY(!s.notified);
        }

        log.all.clear();
        QVERIFY(engine.onReachability(round({}, kT0 + 120'000)).ok());
        QCOMPARE(log.of(TransitionKind::Cleared).size(), 1 + kAccessCount);
        QCOMPARE(log.notified().size(), 1); // only the root's clear
        QCOMPARE(log.notified().constFirst().alarm.id, root.id);
        QVERIFY(engine.activeAlarms().isEmpty());
    }

    void symptomWhoStaysDownRegroups()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setTopology(chain());
        QVERIFY(engine.onReachability(round({}, kT0)).ok());
        QVERIFY(engine.onReachability(round({u"agg"_qs, access(1), access(2)}, kT0 + 60'000)).ok());
        QCOMPARE(log.notified().size(), 1);
        log.all.clear();
        // agg recovers, access1 stays down: it is a root cause of its own now.
        QVERIFY(engine.onReachability(round({access(1)}, kT0 + 120'000)).ok());
        QCOMPARE(log.of(TransitionKind::Ungrouped).size(), 1);
        const auto exposed = log.of(TransitionKind::Exposed);
        QCOMPARE(exposed.size(), 1);
        QVERIFY(exposed.constFirst().notify);
        QCOMPARE(exposed.constFirst().alarm.device, access(1));
    }

    void redundantPathIsNotASymptom()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        // access1 hangs off agg1 and agg2; access2 off agg1 only.
        engine.setTopology({{u"core"_qs, u"e1"_qs, u"agg1"_qs, u"up"_qs},
                            {u"core"_qs, u"e2"_qs, u"agg2"_qs, u"up"_qs},
                            {u"agg1"_qs, u"e3"_qs, u"access1"_qs, u"up1"_qs},
                            {u"agg2"_qs, u"e3"_qs, u"access1"_qs, u"up2"_qs},
                            {u"agg1"_qs, u"e4"_qs, u"access2"_qs, u"up1"_qs}});
        QVERIFY(engine.onReachability(QList<ReachabilityReport>{ping(u"core"_qs, true, kT0),
                                                                ping(u"agg1"_qs, false, kT0),
                                                                ping(u"agg2"_qs, true, kT0),
                                                                ping(u"access1"_qs, false, kT0),
                                                                ping(u"access2"_qs, false, kT0)})
                    .ok());
        QHash<QString, Alarm> byDevice;
        for (const Alarm &a : engine.activeAlarms())
            byDevice.insert(a.device, a);
        QCOMPARE(byDevice.size(), 3);
        // access1 keeps a live path through agg2: down on its own, notified.
        QVERIFY(!byDevice.value(u"access1"_qs).isSymptom());
        QVERIFY(byDevice.value(u"access1"_qs).notified);
        QVERIFY(!byDevice.value(u"agg1"_qs).isSymptom());
        QCOMPARE(byDevice.value(u"access2"_qs).rootCauseId, byDevice.value(u"agg1"_qs).id);
        QCOMPARE(log.notified().size(), 2);
    }

    void downLinkIsTheRootCause()
    {
        AlarmEngine engine;
        TransitionLog log(engine);
        engine.setTopology(chain());
        QVERIFY(engine.onReachability(round({}, kT0)).ok());
        QVERIFY(engine.onInterfaceState({u"agg"_qs, u"eth2"_qs, false, true, kT0 + 1000}).ok());
        QVERIFY(engine.onReachability(round({access(1)}, kT0 + 60'000)).ok());
        const auto active = engine.activeAlarms();
        QCOMPARE(active.size(), 2);
        const Alarm link = active.at(0).kind == RuleKind::InterfaceDown ? active.at(0) : active.at(1);
        const Alarm device = active.at(0).kind == RuleKind::InterfaceDown ? active.at(1) : active.at(0);
        QCOMPARE(link.object, u"eth2"_qs);
        QCOMPARE(device.device, access(1));
        QCOMPARE(device.rootCauseId, link.id);
        QCOMPARE(log.notified().size(), 1); // the interface only
        // The link comes back before the device answers: the device stands alone.
        QVERIFY(engine.onInterfaceState({u"agg"_qs, u"eth2"_qs, true, true, kT0 + 70'000}).ok());
        QVERIFY(!engine.alarm(device.id)->isSymptom());
    }

    void configuredAttachment()
    {
        // Attached at core: with core down, everything behind it is its symptom
        // even though nothing answers.
        RootCauseAnalysis::Input in;
        in.links = chain();
        in.down = {u"core"_qs, u"agg"_qs, access(1)};
        in.attachment = {u"core"_qs};
        const auto causes = RootCauseAnalysis::analyse(in);
        QCOMPARE(causes.size(), 2);
        QCOMPARE(causes.value(u"agg"_qs).device, u"core"_qs);
        QCOMPARE(causes.value(access(1)).device, u"core"_qs);
        QVERIFY(!causes.contains(u"core"_qs));
        // Default attachment (the answering devices): none answers, nothing groups.
        in.attachment.clear();
        QVERIFY(RootCauseAnalysis::analyse(in).isEmpty());
    }

    void linksFromCablesAndLldp()
    {
        Domain::DeviceLabels a;
        a.deviceId = 1;
        a.device = u"sw1"_qs;
        Domain::DeviceLabels b;
        b.deviceId = 2;
        b.device = u"sw2"_qs;
        Domain::LinkRecord cable;
        cable.cableStatus = u"connected"_qs;
        cable.aDeviceId = 1;
        cable.aInterface = u"xe-0/0/1"_qs;
        cable.bDeviceId = 2;
        cable.bInterface = u"xe-0/0/2"_qs;
        Domain::LinkRecord planned = cable;
        planned.cableStatus = u"planned"_qs;
        planned.aInterface = u"xe-0/0/9"_qs;
        const QList<Topology::LldpNeighbour> lldp{{u"sw2"_qs, u"xe-0/0/2"_qs, u"sw1"_qs, u"xe-0/0/1"_qs},
                                                  {u"sw2"_qs, u"xe-0/0/3"_qs, u"sw3"_qs, u"eth0"_qs}};
        const auto links = RootCauseAnalysis::links({cable, planned}, {a, b}, lldp);
        QCOMPARE(links.size(), 2); // the cable once (LLDP repeats it), the LLDP-only link, no planned cable
        QCOMPARE(links.at(0), (TopologyLink{u"sw1"_qs, u"xe-0/0/1"_qs, u"sw2"_qs, u"xe-0/0/2"_qs}));
        QCOMPARE(links.at(1).bDevice, u"sw3"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRootCause)
#include "tst_rootcause.moc"
