// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/inventory/navigationtreemodel.h"
#include "tests/models/session/inventory/demoinventory.h"

using namespace OpsDeck;
using Models::NavigationTreeModel;
using Models::NodeKind;

class TestNavigationTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void showsSitesRacksAndCounts();
    void createsRowsLazily();
    void findsADeviceAlongItsPath();
    void resetsOnANewSnapshot();

private:
    static QList<QModelIndex> collect(NavigationTreeModel &model, NodeKind kind, const QModelIndex &parent = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
};

void TestNavigationTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
}

QList<QModelIndex> TestNavigationTreeModel::collect(NavigationTreeModel &model, NodeKind kind,
                                                    const QModelIndex &parent)
{
    QList<QModelIndex> out;
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const NodeKind k = NodeKind(index.data(NavigationTreeModel::KindRole).toInt());
        if (k == kind)
            out << index;
        if (k < kind || k == NodeKind::Device)
            out << collect(model, kind, index);
    }
    return out;
}

void TestNavigationTreeModel::passesTheModelTester()
{
    NavigationTreeModel model(m_service.get());
    for (int round = 0; round < 2; ++round) {
        // Qt 6.4's tester fetches more while it still handles a reset and
        // then flags the rows that arrive as a change inside the reset, so
        // each round gets a tester of its own across the snapshot reload.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Walk everything so the tester sees every fetch.
        const QList<QModelIndex> devices = collect(model, NodeKind::Device);
        QCOMPARE(devices.size(), m_service->snapshot().devices.size());
    }
    QSignalSpy loaded(m_service.get(), &Models::InventoryService::snapshotLoaded);
    m_service->reload();
    QVERIFY(loaded.wait(30000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(collect(model, NodeKind::Device).size(), m_service->snapshot().devices.size());
}

void TestNavigationTreeModel::showsSitesRacksAndCounts()
{
    NavigationTreeModel model(m_service.get());
    const Models::InventorySnapshot &s = m_service->snapshot();
    const QList<QModelIndex> sites = collect(model, NodeKind::Site);
    QCOMPARE(sites.size(), s.sites.size());
    QCOMPARE(sites.size(), 3);
    const QList<QModelIndex> racks = collect(model, NodeKind::Rack);
    QCOMPARE(racks.size(), 18);

    int total = 0;
    for (const QModelIndex &site : sites) {
        const qint64 id = site.data(NavigationTreeModel::IdRole).toLongLong();
        const auto it = std::find_if(s.sites.cbegin(), s.sites.cend(), [id](const auto &x) { return x.id == id; });
        QVERIFY(it != s.sites.cend());
        QCOMPARE(site.data().toString(), it->name);
        const int count = site.sibling(site.row(), NavigationTreeModel::CountColumn).data().toInt();
        QCOMPARE(count, it->deviceCount);
        total += count;
        QVERIFY(site.data(Qt::DecorationRole).value<QColor>().isValid());
    }
    QCOMPARE(total, int(s.devices.size()));
    for (const QModelIndex &rack : racks) {
        const qint64 id = rack.data(NavigationTreeModel::IdRole).toLongLong();
        const auto it = std::find_if(s.racks.cbegin(), s.racks.cend(), [id](const auto &x) { return x.id == id; });
        QVERIFY(it != s.racks.cend());
        QCOMPARE(rack.data().toString(), it->name);
        QCOMPARE(rack.data(NavigationTreeModel::SiteIdRole).toLongLong(), it->siteId);
    }
}

void TestNavigationTreeModel::createsRowsLazily()
{
    NavigationTreeModel model(m_service.get());
    const QList<QModelIndex> sites = collect(model, NodeKind::Site);
    QVERIFY(!sites.isEmpty());
    // A site's rows are not made until asked for.
    NavigationTreeModel fresh(m_service.get());
    QModelIndex top = fresh.index(0, 0);
    if (NodeKind(top.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Region) {
        QVERIFY(fresh.canFetchMore(top));
        QCOMPARE(fresh.rowCount(top), 0);
        QVERIFY(fresh.hasChildren(top));
        QSignalSpy inserted(&fresh, &QAbstractItemModel::rowsInserted);
        fresh.fetchMore(top);
        QCOMPARE(inserted.size(), 1);
        top = fresh.index(0, 0, top);
    }
    QCOMPARE(NodeKind(top.data(NavigationTreeModel::KindRole).toInt()), NodeKind::Site);
    QVERIFY(fresh.hasChildren(top));
    QVERIFY(fresh.canFetchMore(top));
    QCOMPARE(fresh.rowCount(top), 0);
    fresh.fetchMore(top);
    QVERIFY(fresh.rowCount(top) > 0);
    QVERIFY(!fresh.canFetchMore(top));
}

void TestNavigationTreeModel::findsADeviceAlongItsPath()
{
    NavigationTreeModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Domain::Device device = m_service->snapshot().devices.last();
    const QModelIndex index = model.indexOf(NodeKind::Device, device.id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), device.name);
    QCOMPARE(index.data(NavigationTreeModel::IdRole).toLongLong(), device.id);
    QCOMPARE(index.data(NavigationTreeModel::StatusRole).toString(), device.status);
    // Its ancestors lead to its rack and site.
    bool sawSite = false;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) {
        const NodeKind kind = NodeKind(up.data(NavigationTreeModel::KindRole).toInt());
        if (kind == NodeKind::Rack && device.rackId && !device.parentDeviceId)
            QCOMPARE(up.data(NavigationTreeModel::IdRole).toLongLong(), device.rackId);
        if (kind == NodeKind::Site) {
            QCOMPARE(up.data(NavigationTreeModel::IdRole).toLongLong(), device.siteId);
            sawSite = true;
        }
    }
    QVERIFY(sawSite);
    QVERIFY(!model.indexOf(NodeKind::Device, 987654321).isValid());
}

void TestNavigationTreeModel::resetsOnANewSnapshot()
{
    NavigationTreeModel model(m_service.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_service.get(), &Models::InventoryService::snapshotLoaded);
    m_service->reload();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.rowCount() > 0);
    model.setSource(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestNavigationTreeModel)
#include "tst_navigationtreemodel.moc"
