// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The alarm list: flat and grouped by root cause, incremental changes from
// the session's transitions, roles, counts, and the filter proxy.
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include "models/alarms/alarmfilterproxymodel.h"
#include "models/alarms/alarmstyle.h"
#include "models/alarms/alarmtablemodel.h"
#include "models/session/alarms/alarmsession.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Alarms::Severity;
using Models::AlarmFilterProxyModel;
using Models::AlarmSession;
using Models::AlarmTableModel;

namespace {

const qint64 kNow = QDateTime::currentMSecsSinceEpoch();

Alarms::Alarm make(qint64 id, Severity severity, const QString &device, qint64 root = 0)
{
    Alarms::Alarm a;
    a.id = id;
    a.key = u"rule|%1"_s.arg(id);
    a.ruleId = u"icmp-down"_s;
    a.kind = Alarms::RuleKind::IcmpDown;
    a.severity = severity;
    a.device = device;
    a.summary = u"%1 does not answer"_s.arg(device);
    a.firstRaisedMs = a.lastRaisedMs = kNow - 60000 * (10 - id);
    a.rootCauseId = root;
    return a;
}

void raise(AlarmSession &session, const Alarms::Alarm &a)
{
    session.applyTransition({{u"kind"_s, u"raised"_s}, {u"alarm"_s, a.toJson()}});
}

void clear(AlarmSession &session, Alarms::Alarm a)
{
    a.state = Alarms::AlarmState::Cleared;
    session.applyTransition({{u"kind"_s, u"cleared"_s}, {u"alarm"_s, a.toJson()}});
}

QList<qint64> ids(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data(AlarmTableModel::AlarmIdRole).toLongLong();
    return out;
}

} // namespace

class TestAlarmTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void groupsSymptomsUnderTheirRootCause()
    {
        AlarmSession session(nullptr);
        session.applyList({make(1, Severity::Critical, u"core-1"_s).toJson(),
                           make(2, Severity::Major, u"acc-2"_s, 1).toJson(),
                           make(3, Severity::Major, u"acc-3"_s, 1).toJson(),
                           make(4, Severity::Minor, u"edge-4"_s).toJson()});
        AlarmTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isGrouped());
        QCOMPARE(ids(model), QList<qint64>({1, 4}));
        const QModelIndex root = model.indexOf(1);
        QCOMPARE(ids(model, root), QList<qint64>({2, 3}));
        QCOMPARE(model.parent(model.indexOf(3)), root);
        QVERIFY(root.siblingAtColumn(AlarmTableModel::SummaryColumn).data().toString().contains(u"2 symptom"_s));
        // The tree's badges: the root cause red, a major symptom amber (minor), as on the topology.
        model.setDevices({{u"core-1"_s, {11, u"Berlin"_s, u"Core"_s, 101, 1001}},
                          {u"acc-2"_s, {12, u"Berlin"_s, u"Access"_s, 102, 1001}}});
        QCOMPARE(model.badges().devices.value(11), Severity::Critical);
        QCOMPARE(model.badges().devices.value(12), Severity::Minor);
        QCOMPARE(model.badges().racks.value(102), Severity::Minor);

        model.setGrouped(false);
        QCOMPARE(ids(model), QList<qint64>({1, 2, 3, 4}));
        QCOMPARE(model.rowCount(model.indexOf(1)), 0);
        model.setGrouped(true);
        QCOMPARE(model.rowCount(model.indexOf(1)), 2);
    }

    void appliesTransitionsIncrementally()
    {
        AlarmSession session(nullptr);
        session.applyList({make(1, Severity::Critical, u"core-1"_s).toJson(),
                           make(2, Severity::Major, u"acc-2"_s, 1).toJson()});
        AlarmTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Coalesced: nothing until the flush timer fires.
        raise(session, make(5, Severity::Major, u"acc-5"_s, 1));
        raise(session, make(6, Severity::Warning, u"wan-6"_s));
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(ids(model, model.indexOf(1)), QList<qint64>({2, 5}));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0);

        // A symptom whose root cause arrives later moves under it.
        raise(session, make(8, Severity::Major, u"acc-8"_s, 7));
        model.flush();
        QCOMPARE(ids(model), QList<qint64>({1, 6, 8}));
        raise(session, make(7, Severity::Critical, u"dist-7"_s));
        model.flush();
        QCOMPARE(ids(model), QList<qint64>({1, 6, 7}));
        QCOMPARE(ids(model, model.indexOf(7)), QList<qint64>({8}));

        // A change in place: one dataChanged over the row, no structure change.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int insertsBefore = int(inserted.count());
        Alarms::Alarm acked = make(6, Severity::Warning, u"wan-6"_s);
        acked.acknowledged = true;
        acked.ackBy = u"ana"_s;
        session.applyTransition({{u"kind"_s, u"acknowledged"_s}, {u"alarm"_s, acked.toJson()}});
        model.flush();
        QCOMPARE(inserted.count(), insertsBefore);
        QVERIFY(!changed.isEmpty());
        const QModelIndex six = model.indexOf(6, AlarmTableModel::StateColumn);
        QCOMPARE(six.data().toString(), u"Acknowledged by ana"_s);
        QVERIFY(six.data(AlarmTableModel::FlagsRole).toInt() & AlarmTableModel::Acknowledged);

        // The root clears: its symptoms stay, at the top.
        clear(session, make(1, Severity::Critical, u"core-1"_s));
        model.flush();
        QCOMPARE(ids(model), QList<qint64>({6, 7, 2, 5}));
        QVERIFY(!model.indexOf(1).isValid());
        // Ungrouped: a symptom leaves its root.
        raise(session, make(8, Severity::Major, u"acc-8"_s, 0));
        model.flush();
        QCOMPARE(model.rowCount(model.indexOf(7)), 0);
        QCOMPARE(model.rowCount(), 5);
        // A reload replaces everything.
        session.applyList({make(9, Severity::Info, u"x"_s).toJson()});
        model.flush();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(ids(model), QList<qint64>({9}));
    }

    void rolesAndCounts()
    {
        AlarmSession session(nullptr);
        Alarms::Alarm shelved = make(3, Severity::Critical, u"core-1"_s);
        shelved.shelvedUntilMs = kNow + 3600000;
        Alarms::Alarm maintenance = make(4, Severity::Major, u"acc-2"_s);
        maintenance.inMaintenance = true;
        Alarms::Alarm flapping = make(2, Severity::Major, u"acc-2"_s);
        flapping.flapping = true;
        flapping.acknowledged = true;
        session.applyList({make(1, Severity::Critical, u"core-1"_s).toJson(), flapping.toJson(), shelved.toJson(),
                           maintenance.toJson()});
        AlarmTableModel model(&session);
        QSignalSpy counted(&model, &AlarmTableModel::countsChanged);
        QSignalSpy badged(&model, &AlarmTableModel::badgesChanged);
        model.setDevices({{u"core-1"_s, {11, u"Berlin"_s, u"Core"_s, 101, 1001}},
                          {u"acc-2"_s, {12, u"Berlin"_s, u"Access"_s, 101, 1001}}});
        // The worst that needs attention, per device, rack and site: the
        // shelved critical of core-1 and the major in maintenance do not count.
        QCOMPARE(badged.count(), 1);
        QCOMPARE(model.badges().devices.value(11), Severity::Critical);
        QCOMPARE(model.badges().devices.value(12), Severity::Major);
        QCOMPARE(model.badges().racks.value(101), Severity::Critical);
        QCOMPARE(model.badges().sites.value(1001), Severity::Critical);
        QCOMPARE(model.badges().racks.size(), 1);
        // The counts of the topology and rack badges: the same alarms, by device.
        QCOMPARE(model.badges().counts.size(), 2);
        QCOMPARE(model.badges().counts.value(11).critical, 1);
        QCOMPARE(model.badges().counts.value(11).total(), 1);
        QCOMPARE(model.badges().counts.value(12).critical, 1);
        QVERIFY(model.badges().counts.value(12).worst == Severity::Major);

        const QModelIndex one = model.indexOf(1);
        QCOMPARE(one.data().toString(), Models::alarmSeverityText(Severity::Critical));
        QCOMPARE(one.data(Qt::DecorationRole).value<QColor>(), Models::alarmSeverityColor(Severity::Critical));
        QCOMPARE(one.data(AlarmTableModel::SeverityColorRole).value<QColor>(), QColor(0xd3, 0x2f, 0x2f));
        QCOMPARE(one.data(AlarmTableModel::DeviceIdRole).toLongLong(), 11);
        QCOMPARE(one.data(AlarmTableModel::SiteRole).toString(), u"Berlin"_s);
        QCOMPARE(one.data(AlarmTableModel::RackIdRole).toLongLong(), 101);
        QCOMPARE(model.indexOf(2).data(AlarmTableModel::DeviceIdRole).toLongLong(), 12);
        QCOMPARE(model.indexOf(2).data(AlarmTableModel::DeviceRoleRole).toString(), u"Access"_s);
        QCOMPARE(model.indexOf(1, AlarmTableModel::StateColumn).data().toString(), u"New"_s);
        const int flags = model.indexOf(2).data(AlarmTableModel::FlagsRole).toInt();
        QCOMPARE(flags, int(AlarmTableModel::Flapping | AlarmTableModel::Acknowledged));
        QVERIFY(model.indexOf(3).data(AlarmTableModel::FlagsRole).toInt() & AlarmTableModel::Shelved);
        QVERIFY(model.indexOf(3, AlarmTableModel::StateColumn).data().toString().startsWith(u"Shelved until"_s));

        // Shelved and maintenance alarms do not count.
        const Models::AlarmCounts counts = model.counts();
        QCOMPARE(counts.of(Severity::Critical), 1);
        QCOMPARE(counts.of(Severity::Major), 1);
        QCOMPARE(counts.total(), 2);
        QCOMPARE(counts.unacknowledged, 1);
        QCOMPARE(counts.hidden, 2);
        QCOMPARE(model.worstSeverity(u"core-1"_s), Severity::Critical);
        QCOMPARE(model.worstSeverity(u"acc-2"_s), Severity::Major);
        QVERIFY(!model.worstSeverity(u"nobody"_s));

        clear(session, make(1, Severity::Critical, u"core-1"_s));
        model.flush();
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.constLast().constFirst().value<Models::AlarmCounts>().of(Severity::Critical), 0);
        QVERIFY(!model.worstSeverity(u"core-1"_s)); // only the shelved one is left
        QCOMPARE(badged.count(), 2);
        QVERIFY(!model.badges().devices.contains(11));
        QVERIFY(!model.badges().counts.contains(11));
        QCOMPARE(model.badges().racks.value(101), Severity::Major);
    }

    void filtersAndSorts()
    {
        AlarmSession session(nullptr);
        Alarms::Alarm acked = make(2, Severity::Major, u"acc-2"_s, 1);
        acked.acknowledged = true;
        session.applyList({make(1, Severity::Critical, u"core-1"_s).toJson(), acked.toJson(),
                           make(3, Severity::Minor, u"acc-3"_s).toJson(),
                           make(4, Severity::Warning, u"wan-4"_s).toJson()});
        AlarmTableModel model(&session);
        model.setDevices({{u"core-1"_s, {1, u"Berlin"_s, u"Core"_s, 0}},
                          {u"acc-2"_s, {2, u"Paris"_s, u"Access"_s, 0}},
                          {u"acc-3"_s, {3, u"Berlin"_s, u"Access"_s, 0}}});
        AlarmFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AlarmTableModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(ids(proxy), QList<qint64>({1, 3, 4}));
        proxy.sort(AlarmTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), QList<qint64>({4, 3, 1}));
        proxy.sort(AlarmTableModel::DeviceColumn, Qt::AscendingOrder);
        QCOMPARE(ids(proxy), QList<qint64>({3, 1, 4}));

        proxy.setMinimumSeverity(Severity::Minor);
        QCOMPARE(ids(proxy), QList<qint64>({3, 1}));
        proxy.setMinimumSeverity(std::nullopt);

        // A matching symptom keeps its root cause visible.
        proxy.setSite(u"paris"_s);
        QCOMPARE(ids(proxy), QList<qint64>({1}));
        QCOMPARE(ids(proxy, proxy.index(0, 0)), QList<qint64>({2}));
        proxy.setSite({});

        proxy.setRole(u"access"_s);
        QCOMPARE(ids(proxy), QList<qint64>({3, 1}));
        proxy.setRole({});

        proxy.setStateFilter(AlarmFilterProxyModel::StateFilter::Acknowledged);
        QCOMPARE(ids(proxy), QList<qint64>({1}));
        proxy.setStateFilter(AlarmFilterProxyModel::StateFilter::NeedsAction);
        QCOMPARE(ids(proxy), QList<qint64>({3, 1, 4}));
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 0); // the acknowledged symptom is hidden
        proxy.setStateFilter(AlarmFilterProxyModel::StateFilter::Any);

        proxy.setText(u"WAN answer"_s);
        QCOMPARE(ids(proxy), QList<qint64>({4}));
        proxy.setText(u"berlin core"_s);
        QCOMPARE(ids(proxy), QList<qint64>({1}));
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestAlarmTableModel)
#include "tst_alarmtablemodel.moc"
