// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/inventory/devicefilterproxymodel.h"
#include "models/inventory/devicetablemodel.h"
#include "tests/models/session/inventory/demoinventory.h"

using namespace OpsDeck;
using Models::DeviceFilterProxyModel;
using Models::DeviceTableModel;

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryDevice();
    void filter_data();
    void filter();
    void scopeLimitsToARack();
    void sortsNaturally();

private:
    [[nodiscard]] int expectedMatches(const QStringList &words) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
};

void TestDeviceTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
}

void TestDeviceTableModel::listsEveryDevice()
{
    DeviceTableModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto &devices = m_service->snapshot().devices;
    QCOMPARE(model.rowCount(), devices.size());
    QCOMPARE(model.columnCount(), int(DeviceTableModel::ColumnCount));
    const Domain::Device &d = devices.at(5);
    const int row = model.rowOf(d.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, DeviceTableModel::NameColumn).data().toString(), d.name);
    QCOMPARE(model.index(row, DeviceTableModel::SerialColumn).data().toString(), d.serial);
    QCOMPARE(model.index(row, DeviceTableModel::PrimaryIpColumn).data().toString(), d.primaryIp);
    QCOMPARE(model.index(row, 0).data(DeviceTableModel::IdRole).toLongLong(), d.id);
    QCOMPARE(model.rowOf(-1), -1);

    QSignalSpy loaded(m_service.get(), &Models::InventoryService::snapshotLoaded);
    m_service->reload();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), devices.size());
}

int TestDeviceTableModel::expectedMatches(const QStringList &words) const
{
    int n = 0;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        const QStringList fields{d.name, d.roleName, d.manufacturer, d.model, d.platform, d.primaryIp, d.serial,
                                 d.assetTag};
        bool all = true;
        for (const QString &w : words) {
            bool any = false;
            for (const QString &f : fields)
                any = any || f.contains(w, Qt::CaseInsensitive);
            all = all && any;
        }
        n += all ? 1 : 0;
    }
    return n;
}

void TestDeviceTableModel::filter_data()
{
    QTest::addColumn<QString>("text");
    const Domain::Device &d = m_service->snapshot().devices.at(42);
    QTest::newRow("name") << d.name;
    QTest::newRow("name, upper case") << d.name.toUpper();
    QTest::newRow("serial") << d.serial;
    QTest::newRow("role") << d.roleName;
    QTest::newRow("type") << d.model;
    QTest::newRow("two words") << (d.roleName.section(u' ', 0, 0) + u' ' + d.model.left(3));
    QTest::newRow("address prefix") << QStringLiteral("10.");
    QTest::newRow("nothing") << QStringLiteral("no-such-device-xyz");
}

void TestDeviceTableModel::filter()
{
    QFETCH(QString, text);
    DeviceTableModel model(m_service.get());
    DeviceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&proxy, &DeviceFilterProxyModel::filterTextChanged);
    proxy.setFilterText(text);
    QCOMPARE(changed.size(), 1);
    const int expected = expectedMatches(text.split(u' ', Qt::SkipEmptyParts));
    QCOMPARE(proxy.rowCount(), expected);
    if (text == QLatin1String("no-such-device-xyz"))
        QCOMPARE(expected, 0);
    else
        QVERIFY(expected > 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestDeviceTableModel::scopeLimitsToARack()
{
    DeviceTableModel model(m_service.get());
    DeviceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Domain::Rack rack = m_service->snapshot().racks.at(3);
    int inRack = 0;
    for (const Domain::Device &d : m_service->snapshot().devices)
        inRack += d.rackId == rack.id ? 1 : 0;
    proxy.setScope(Models::NodeKind::Rack, rack.id);
    QVERIFY(proxy.hasScope());
    QCOMPARE(proxy.rowCount(), inRack);
    QVERIFY(inRack > 0);
    proxy.setScope(Models::NodeKind::Site, rack.siteId);
    QVERIFY(proxy.rowCount() > inRack);
    proxy.clearScope();
    QVERIFY(!proxy.hasScope());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestDeviceTableModel::sortsNaturally()
{
    DeviceTableModel model(m_service.get());
    DeviceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DeviceTableModel::NameColumn);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString a = proxy.index(row - 1, 0).data().toString();
        const QString b = proxy.index(row, 0).data().toString();
        QVERIFY2(collator.compare(a, b) <= 0, qPrintable(a + QLatin1String(" > ") + b));
    }
    proxy.sort(DeviceTableModel::PositionColumn, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, DeviceTableModel::PositionColumn).data(DeviceTableModel::SortRole).toDouble()
            >= proxy.index(proxy.rowCount() - 1, DeviceTableModel::PositionColumn)
                   .data(DeviceTableModel::SortRole)
                   .toDouble());
}

QTEST_MAIN(TestDeviceTableModel)
#include "tst_devicetablemodel.moc"
