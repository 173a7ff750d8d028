// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/session/inventory/inventoryservice.h"
#include "tests/models/session/inventory/demoinventory.h"

using namespace OpsDeck;
using Models::InventoryService;

class TestInventoryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotHoldsTheDemoEstate();
    void devicesComeWithInterfaces();
    void searchAnswersWithItsRequestNumber();
    void missingWorkspaceFailsInline();
    void reportsJobs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryService> m_service;
};

void TestInventoryService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
}

void TestInventoryService::snapshotHoldsTheDemoEstate()
{
    const Models::InventorySnapshot &s = m_service->snapshot();
    QCOMPARE(s.sites.size(), 3);
    QCOMPARE(s.racks.size(), 18);
    QVERIFY2(s.devices.size() > 300 && s.devices.size() < 500, qPrintable(QString::number(s.devices.size())));
    QVERIFY(s.interfaceCount > 3000);
    QCOMPARE(s.circuits.size(), 2);
    for (const Models::CircuitInfo &c : s.circuits) {
        QCOMPARE(c.siteIds.size(), 2);
        QVERIFY(!c.provider.isEmpty());
    }
    int rackDevices = 0;
    for (const Domain::Rack &r : s.racks) {
        QVERIFY(r.usedUnits <= r.uHeight);
        rackDevices += r.deviceCount;
    }
    QVERIFY(rackDevices > 0);
    QVERIFY(m_service->isOpen());
    QCOMPARE(m_service->workspace().name, QStringLiteral("Demo"));
    QVERIFY(m_service->workspace().storeDescription.startsWith(QLatin1String("SQLite")));
}

void TestInventoryService::devicesComeWithInterfaces()
{
    const Domain::Device device = [this] {
        for (const Domain::Device &d : m_service->snapshot().devices) {
            if (d.roleName.contains(QLatin1String("Leaf"), Qt::CaseInsensitive) || d.primaryIp.size())
                return d;
        }
        return m_service->snapshot().devices.first();
    }();
    QSignalSpy loaded(m_service.get(), &InventoryService::deviceLoaded);
    const quint64 first = m_service->requestDevice(device.id);
    const quint64 second = m_service->requestDevice(device.id);
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    QCOMPARE(loaded.at(0).at(0).toULongLong(), first);
    const auto details = loaded.at(1).at(1).value<Models::DeviceDetails>();
    QCOMPARE(details.device.id, device.id);
    QCOMPARE(details.device.name, device.name);
    QVERIFY(!details.interfaces.isEmpty());
    for (const Domain::Interface &i : details.interfaces)
        QCOMPARE(i.deviceId, device.id);
}

void TestInventoryService::searchAnswersWithItsRequestNumber()
{
    const Domain::Device device = m_service->snapshot().devices.at(10);
    QSignalSpy found(m_service.get(), &InventoryService::searchFinished);
    const quint64 request = m_service->search(device.name);
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(0).toULongLong(), request);
    QCOMPARE(found.first().at(1).toString(), device.name);
    const auto hits = found.first().at(2).value<QList<Domain::SearchHit>>();
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, Domain::SearchHit::Kind::Device);
    QCOMPARE(hits.first().label, device.name);
}

void TestInventoryService::missingWorkspaceFailsInline()
{
    InventoryService service;
    QSignalSpy failed(&service, &InventoryService::openFailed);
    QSignalSpy opened(&service, &InventoryService::workspaceOpened);
    service.openWorkspace(m_dir.filePath(QStringLiteral("no-such-workspace")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::NotFound);
    QVERIFY(opened.isEmpty());
    QVERIFY(!service.isOpen());
    QCOMPARE(service.runningJobs(), 0);
}

void TestInventoryService::reportsJobs()
{
    QSignalSpy jobs(m_service.get(), &InventoryService::runningJobsChanged);
    QSignalSpy loaded(m_service.get(), &InventoryService::snapshotLoaded);
    m_service->reload();
    QCOMPARE(m_service->runningJobs(), 1);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_service->runningJobs(), 0);
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).at(0).toInt(), 1);
    QCOMPARE(jobs.at(1).at(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
