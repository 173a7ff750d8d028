// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

#include "models/inventory/countlistmodel.h"
#include "models/inventory/interfacetablemodel.h"
#include "models/inventory/racktablemodel.h"
#include "models/inventory/searchresultmodel.h"

using namespace OpsDeck;
using Models::CountListModel;
using Models::InterfaceTableModel;
using Models::RackTableModel;
using Models::SearchResultModel;

// The small view models of the details panel, the search and the site
// overview, each under the model tester.
class TestInventoryTableModels : public QObject
{
    Q_OBJECT

private slots:
    void interfaces();
    void speedText_data();
    void speedText();
    void searchResults();
    void racks();
    void counts();
};

void TestInventoryTableModels::interfaces()
{
    InterfaceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Domain::Interface cabled;
    cabled.id = 1;
    cabled.name = QStringLiteral("Ethernet1");
    cabled.speedKbps = 10000000;
    cabled.cableId = 7;
    cabled.cableStatus = QStringLiteral("connected");
    cabled.peerDevice = QStringLiteral("spine-1");
    cabled.peerPort = QStringLiteral("Ethernet9");
    cabled.addresses = {QStringLiteral("10.0.0.1/31"), QStringLiteral("2001:db8::1/127")};
    Domain::Interface free;
    free.id = 2;
    free.name = QStringLiteral("Ethernet2");
    Domain::Interface off = free;
    off.id = 3;
    off.enabled = false;
    model.setInterfaces({cabled, free, off});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, InterfaceTableModel::PeerColumn).data().toString(), QStringLiteral("spine-1 : Ethernet9"));
    QCOMPARE(model.index(0, InterfaceTableModel::AddressColumn).data().toString(),
             QStringLiteral("10.0.0.1/31, 2001:db8::1/127"));
    QCOMPARE(model.index(0, InterfaceTableModel::SpeedColumn).data().toString(), QStringLiteral("10G"));
    QVERIFY(model.index(0, 0).data(InterfaceTableModel::ConnectedRole).toBool());
    QVERIFY(!model.index(1, 0).data(InterfaceTableModel::ConnectedRole).toBool());
    QVERIFY(model.index(1, InterfaceTableModel::PeerColumn).data().toString().isEmpty());
    QVERIFY(model.index(2, InterfaceTableModel::StateColumn).data().toString()
            != model.index(1, InterfaceTableModel::StateColumn).data().toString());
    model.setInterfaces({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInventoryTableModels::speedText_data()
{
    QTest::addColumn<qint64>("kbps");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QString();
    QTest::newRow("100M") << qint64(100000) << QStringLiteral("100M");
    QTest::newRow("1G") << qint64(1000000) << QStringLiteral("1G");
    QTest::newRow("2.5G") << qint64(2500000) << QStringLiteral("2.5G");
    QTest::newRow("400G") << qint64(400000000) << QStringLiteral("400G");
    QTest::newRow("64k") << qint64(64) << QStringLiteral("64k");
}

void TestInventoryTableModels::speedText()
{
    QFETCH(qint64, kbps);
    QFETCH(QString, text);
    QCOMPARE(InterfaceTableModel::speedText(kbps), text);
}

void TestInventoryTableModels::searchResults()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using Kind = Domain::SearchHit::Kind;
    model.setHits({{Kind::Device, 5, 5, QStringLiteral("leaf-1"), QStringLiteral("AMS1")},
                   {Kind::IpAddress, 9, 5, QStringLiteral("10.1.1.1/24"), QStringLiteral("leaf-1 eth0")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("10.1.1.1/24"));
    QCOMPARE(model.index(1).data(SearchResultModel::DeviceIdRole).toLongLong(), 5);
    QCOMPARE(model.index(1).data(SearchResultModel::KindRole).toInt(), int(Kind::IpAddress));
    QCOMPARE(model.index(0).data(SearchResultModel::KindTextRole).toString(), SearchResultModel::kindText(Kind::Device));
    QCOMPARE(model.hit(0).label, QStringLiteral("leaf-1"));
    QCOMPARE(model.hit(7).id, 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestInventoryTableModels::racks()
{
    RackTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Domain::Rack a;
    a.id = 1;
    a.name = QStringLiteral("R01");
    a.locationId = 4;
    a.uHeight = 42;
    a.usedUnits = 21;
    a.deviceCount = 12;
    a.status = QStringLiteral("active");
    Domain::Rack b = a;
    b.id = 2;
    b.name = QStringLiteral("R02");
    b.usedUnits = 50; // more than fits: clamped
    model.setRacks({a, b}, {{4, QStringLiteral("Hall A")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RackTableModel::LocationColumn).data().toString(), QStringLiteral("Hall A"));
    QCOMPARE(model.index(0, RackTableModel::UtilisationColumn).data(RackTableModel::UtilisationRole).toDouble(), 0.5);
    QCOMPARE(model.index(1, RackTableModel::UtilisationColumn).data(RackTableModel::UtilisationRole).toDouble(), 1.0);
    QCOMPARE(model.index(0, RackTableModel::DevicesColumn).data().toInt(), 12);
    QVERIFY(model.index(0, RackTableModel::UtilisationColumn).data().toString().contains(QLatin1String("50%")));
    QVERIFY(model.index(0, RackTableModel::StatusColumn).data(Qt::DecorationRole).value<QColor>().isValid());
}

void TestInventoryTableModels::counts()
{
    CountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({{QStringLiteral("Leaf"), 30, QColor(Qt::green)}, {QStringLiteral("Spine"), 10, QColor()}});
    QCOMPARE(model.total(), 40);
    QCOMPARE(model.index(0, CountListModel::CountColumn).data().toInt(), 30);
    QCOMPARE(model.index(0, CountListModel::CountColumn).data(CountListModel::FractionRole).toDouble(), 0.75);
    QVERIFY(!model.index(1, CountListModel::LabelColumn).data(Qt::DecorationRole).isValid());
    model.setEntries({});
    QCOMPARE(model.total(), 0);
}

QTEST_MAIN(TestInventoryTableModels)
#include "tst_inventorytablemodels.moc"
