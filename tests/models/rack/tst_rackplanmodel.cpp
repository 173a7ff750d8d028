// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

#include "models/rack/devicetypelistmodel.h"
#include "models/rack/rackcolouring.h"
#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/rackdemo.h"

using namespace OpsDeck;

namespace {

const Domain::Device *findDevice(const QList<Domain::Device> &devices, const QString &suffix)
{
    for (const Domain::Device &d : devices) {
        if (d.name.endsWith(suffix))
            return &d;
    }
    return nullptr;
}

} // namespace

class TestRackPlanModel : public QObject
{
    Q_OBJECT

private:
    Test::RackDemo m_demo;
    Models::RackSiteData m_site;   // DC-AMS1
    qint64 m_siteId = 0;

    qint64 rackNamed(const Models::RackPlanModel &model, const QString &name) const
    {
        for (const Domain::Rack &r : model.racks()) {
            if (r.name == name)
                return r.id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_demo.open(1));
        auto store = Store::Store::openSqlite(m_demo.storePath);
        QVERIFY(store);
        auto sites = store.value()->sites();
        QVERIFY(sites);
        for (const Domain::Site &s : *sites) {
            if (s.name == QLatin1String("DC-AMS1"))
                m_siteId = s.id;
        }
        QVERIFY(m_siteId);
        auto racks = store.value()->racks(m_siteId);
        QVERIFY(racks && !racks->isEmpty());
        // Loading by rack id finds the rack's site.
        QVERIFY(m_demo.load(&m_site, 0, racks->first().id));
        QCOMPARE(m_site.site.id, m_siteId);
        QCOMPARE(m_site.racks.size(), qsizetype(11)); // ten row racks and the network rack
        QVERIFY(!m_site.deviceTypes.isEmpty());
        QCOMPARE(m_site.limits.size(), m_site.racks.size());
        QCOMPARE(m_site.loads.size(), m_site.devices.size());
        // The roles offered to new devices: each role of the site's devices, once.
        QSet<qint64> roleIds;
        for (const Domain::Device &d : std::as_const(m_site.devices)) {
            if (d.roleId)
                roleIds.insert(d.roleId);
        }
        QVERIFY(!roleIds.isEmpty());
        QCOMPARE(m_site.roles.size(), roleIds.size());
        for (const Models::RackRole &r : std::as_const(m_site.roles))
            QVERIFY(roleIds.contains(r.id) && !r.name.isEmpty());
    }

    void unknownSiteFails()
    {
        QSignalSpy failed(m_demo.source.get(), &Models::RackDataSource::errorOccurred);
        const quint64 request = m_demo.source->requestSite(987654);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).toULongLong(), request);
        QCOMPARE(failed.first().at(1).value<Error>().code, ErrorCode::NotFound);
    }

    void capacityMatchesTheStore()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        for (const Domain::Rack &r : m_site.racks) {
            const Models::RackCapacity c = model.capacity(r.id);
            QCOMPARE(c.totalUnits, double(r.uHeight));
            QCOMPARE(c.usedUnits, r.usedUnits);
            QCOMPARE(c.maxWeightKg, 1000.0);
            QVERIFY(c.weightKg > 0);
            QCOMPARE(c.powerBudgetW, 0); // the demo has no power feeds: no budget known
            if (!r.name.endsWith(QLatin1String("NET01")))
                QVERIFY(c.drawW > 0); // servers' power supplies
        }
        const Models::RackCapacity site = model.siteCapacity();
        QVERIFY(site.freeUnits() > 0);
        QVERIFY(site.freeUnits() < site.totalUnits);
    }

    void demoShapes()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        bool sawDescending = false, saw48 = false, sawChildren = false, sawZeroU = false, sawHalfDepthPair = false;
        for (const Domain::Rack &r : model.racks()) {
            sawDescending |= r.descendingUnits;
            saw48 |= r.uHeight == 48;
            const QList<Domain::Device> devices = model.devicesInRack(r.id);
            for (const Domain::Device &d : devices) {
                sawZeroU |= d.uHeight == 0 && !d.parentDeviceId && d.face.isEmpty();
                if (!model.childDevices(d.id).isEmpty())
                    sawChildren = true;
            }
            const Domain::Device *con = findDevice(devices, QStringLiteral("-con1"));
            const Domain::Device *shelf = findDevice(devices, QStringLiteral("-fs1"));
            sawHalfDepthPair |= con && shelf && con->position == shelf->position && con->face != shelf->face;
        }
        QVERIFY(sawDescending);
        QVERIFY(saw48);
        QVERIFY(sawChildren);
        QVERIFY(sawZeroU);
        QVERIFY(sawHalfDepthPair);
    }

    void moveUndoRedo()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        const qint64 rackA = rackNamed(model, QStringLiteral("AMS1-R002"));
        const qint64 rackB = rackNamed(model, QStringLiteral("AMS1-R004"));
        QVERIFY(rackA && rackB);
        const Domain::Device *srv = findDevice(model.devicesInRack(rackA), QStringLiteral("-srv01"));
        QVERIFY(srv);
        const Domain::Device before = *srv;
        QSignalSpy changed(&model, &Models::RackPlanModel::rackChanged);

        // Into a taken unit: refused with the blocking device named, nothing pushed.
        const Domain::Device *leaf = findDevice(model.devicesInRack(rackB), QStringLiteral("-leaf1"));
        QVERIFY(leaf);
        Models::PlacementVerdict v = model.moveDevice(before.id, rackB, leaf->position, QStringLiteral("front"));
        QCOMPARE(v.problem, Models::PlacementProblem::Collision);
        QVERIFY(v.reason.contains(leaf->name));
        QCOMPARE(model.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);

        // A free unit of another rack: accepted, both racks change.
        double freeU = 0;
        for (double u = 5; u < 40 && !freeU; ++u) {
            if (model.checkMove(before.id, rackB, u, QStringLiteral("rear")).ok())
                freeU = u;
        }
        QVERIFY(freeU);
        v = model.moveDevice(before.id, rackB, freeU, QStringLiteral("rear"));
        QVERIFY2(v.ok(), qPrintable(v.reason));
        QCOMPARE(model.undoStack()->count(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.device(before.id).rackId, rackB);
        QCOMPARE(model.device(before.id).face, QStringLiteral("rear"));
        QVERIFY(findDevice(model.devicesInRack(rackB), QStringLiteral("-srv01")));
        QCOMPARE(model.capacity(rackA).usedUnits, model.rack(rackA).usedUnits - 1);

        model.undoStack()->undo();
        QCOMPARE(model.device(before.id).rackId, rackA);
        QCOMPARE(model.device(before.id).position, before.position);
        QCOMPARE(model.device(before.id).face, before.face);
        QVERIFY(model.changes().isEmpty());
        model.undoStack()->redo();
        QCOMPARE(model.device(before.id).rackId, rackB);
        QCOMPARE(model.changes().size(), qsizetype(1));
        QCOMPARE(model.changes().first().kind, Models::PlanChange::Kind::Move);
        QCOMPARE(model.changes().first().fromRackId, rackA);
    }

    void chassisTakesItsBlades()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        const qint64 rack = rackNamed(model, QStringLiteral("AMS1-R003"));
        const Domain::Device *chassis = findDevice(model.devicesInRack(rack), QStringLiteral("-enc1"));
        QVERIFY(chassis);
        const QList<Domain::Device> blades = model.childDevices(chassis->id);
        QCOMPARE(blades.size(), qsizetype(8));
        // A blade cannot be racked on its own.
        QCOMPARE(model.moveDevice(blades.first().id, rack, 5, QStringLiteral("front")).problem,
                 Models::PlacementProblem::ChildDevice);
        const qint64 chassisId = chassis->id;
        QVERIFY(model.unmountDevice(chassisId));
        QCOMPARE(model.device(chassisId).rackId, 0);
        QCOMPARE(model.device(blades.first().id).rackId, 0);
        QCOMPARE(model.changes().first().kind, Models::PlanChange::Kind::Unmount);
        model.undoStack()->undo();
        QCOMPARE(model.device(blades.last().id).rackId, rack);
        QCOMPARE(model.childDevices(chassisId).size(), qsizetype(8));
    }

    void addReserveAndPlanRoundTrip()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        const qint64 rack = rackNamed(model, QStringLiteral("AMS1-R005"));
        qint64 server2u = 0;
        for (const Domain::DeviceType &t : model.deviceTypes()) {
            if (t.model == QLatin1String("PowerEdge R750"))
                server2u = t.id;
        }
        QVERIFY(server2u);
        double freeU = 0;
        for (double u = 5; u < 40 && !freeU; ++u) {
            if (model.checkNewDevice(server2u, rack, u, QStringLiteral("front")).ok())
                freeU = u;
        }
        QVERIFY(freeU);
        QVERIFY(model.addDevice(server2u, rack, freeU, QStringLiteral("front"), QStringLiteral("new-db1")).ok());
        const qint64 added = model.lastAddedDeviceId();
        QVERIFY(added < 0);
        QCOMPARE(model.device(added).status, QStringLiteral("planned"));
        QCOMPARE(model.device(added).uHeight, 2.0);
        // The same unit again is taken now.
        QCOMPARE(model.checkNewDevice(server2u, rack, freeU, QStringLiteral("rear")).problem,
                 Models::PlacementProblem::Collision);
        // Reserving a taken unit is refused; free units are reserved.
        QCOMPARE(model.reserveUnits(rack, {int(freeU)}, QStringLiteral("x")).problem, Models::PlacementProblem::Collision);
        QList<int> freeUnits;
        for (int u = 5; u < 40 && freeUnits.size() < 2; ++u) {
            if (model.checkNewDevice(server2u, rack, u, QStringLiteral("front")).ok())
                freeUnits = {u, u + 1};
        }
        QVERIFY(model.reserveUnits(rack, freeUnits, QStringLiteral("Growth for Initech")).ok());
        QCOMPARE(model.reservations(rack).size(), qsizetype(1));
        QCOMPARE(model.checkNewDevice(server2u, rack, freeUnits.first(), QStringLiteral("front")).problem,
                 Models::PlacementProblem::Reserved);
        QCOMPARE(model.changes().size(), qsizetype(2));

        // Save through the data source, read back, apply to a fresh model.
        const QByteArray document = model.planDocument(QStringLiteral("Q3 growth"));
        QSignalSpy saved(m_demo.source.get(), &Models::RackDataSource::planSaved);
        m_demo.source->savePlan(QStringLiteral("Q3 growth"), document);
        QVERIFY(saved.wait(30000));
        QSignalSpy listed(m_demo.source.get(), &Models::RackDataSource::plansListed);
        m_demo.source->listPlans();
        QVERIFY(listed.wait(30000));
        QCOMPARE(listed.first().at(1).toStringList(), QStringList{QStringLiteral("Q3 growth")});
        QSignalSpy loaded(m_demo.source.get(), &Models::RackDataSource::planLoaded);
        m_demo.source->loadPlan(QStringLiteral("Q3 growth"));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(2).toByteArray(), document);

        Models::RackPlanModel fresh;
        fresh.setSiteData(m_site);
        const Result<QStringList> applied = fresh.applyPlanDocument(document);
        QVERIFY(applied);
        QVERIFY2(applied->isEmpty(), qPrintable(applied->join(QLatin1Char('\n'))));
        QCOMPARE(fresh.undoStack()->count(), 1); // one step
        const QList<Models::PlanChange> changes = fresh.changes();
        QCOMPARE(changes.size(), qsizetype(2));
        QCOMPARE(changes.at(0).kind, Models::PlanChange::Kind::Add);
        QCOMPARE(changes.at(0).name, QStringLiteral("new-db1"));
        QCOMPARE(changes.at(0).toPosition, freeU);
        QCOMPARE(changes.at(1).kind, Models::PlanChange::Kind::Reserve);
        QCOMPARE(changes.at(1).units, freeUnits);
        fresh.undoStack()->undo();
        QVERIFY(fresh.changes().isEmpty());

        // A plan whose space was taken meanwhile reports why.
        Models::RackPlanModel busy;
        busy.setSiteData(m_site);
        QVERIFY(busy.addDevice(server2u, rack, freeU, QStringLiteral("front")).ok());
        const Result<QStringList> conflicts = busy.applyPlanDocument(document);
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), qsizetype(1));
        QVERIFY2(conflicts->first().contains(QStringLiteral("new-db1")), qPrintable(conflicts->first()));

        // Garbage is refused.
        QCOMPARE(fresh.applyPlanDocument("{\"format\": \"other\"}").error().code, ErrorCode::InvalidInput);
        m_demo.source->loadPlan(QStringLiteral("missing"));
        QSignalSpy failed(m_demo.source.get(), &Models::RackDataSource::errorOccurred);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(1).value<Error>().code, ErrorCode::NotFound);
    }

    void movedInInventoryIsReported()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        const qint64 rack = rackNamed(model, QStringLiteral("AMS1-R002"));
        const Domain::Device srv = *findDevice(model.devicesInRack(rack), QStringLiteral("-srv02"));
        QVERIFY(model.unmountDevice(srv.id));
        const QByteArray document = model.planDocument(QStringLiteral("p"));

        // The inventory moved the server since: the plan says so.
        Models::RackSiteData later = m_site;
        for (Domain::Device &d : later.devices) {
            if (d.id == srv.id)
                d.face = QStringLiteral("rear");
        }
        Models::RackPlanModel now;
        now.setSiteData(later);
        const Result<QStringList> applied = now.applyPlanDocument(document);
        QVERIFY(applied);
        QCOMPARE(applied->size(), qsizetype(1));
        QVERIFY(applied->first().contains(srv.name));
        QCOMPARE(now.device(srv.id).rackId, 0);
    }

    void deviceTypeListModel()
    {
        Models::RackPlanModel plan;
        Models::DeviceTypeListModel types(&plan);
        QAbstractItemModelTester tester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&types);
        proxy.setFilterRole(Models::DeviceTypeListModel::SearchRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(types.rowCount(), 0);
        QSignalSpy reset(&types, &QAbstractItemModel::modelReset);
        plan.setSiteData(m_site);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(types.rowCount(), int(m_site.deviceTypes.size()));

        proxy.setFilterFixedString(QStringLiteral("poweredge"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("NETAPP"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex storage = proxy.mapToSource(proxy.index(0, 0));
        QVERIFY(storage.data().toString().contains(QStringLiteral("4U")));
        QCOMPARE(storage.data(Models::DeviceTypeListModel::UHeightRole).toDouble(), 4.0);
        QVERIFY(types.flags(storage) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(types.mimeData({storage}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QString::fromLatin1(Models::DeviceTypeListModel::kMimeType)).toLongLong(),
                 storage.data(Models::DeviceTypeListModel::TypeIdRole).toLongLong());
    }

    void colouringAndLegend()
    {
        Models::RackPlanModel model;
        model.setSiteData(m_site);
        const QList<Domain::Device> devices = model.devicesInRack(rackNamed(model, QStringLiteral("AMS1-R001")));
        const QList<Models::LegendEntry> roles = Models::rackLegend(devices, Models::RackColouring::Role);
        QVERIFY(roles.size() >= 4);
        bool sawServer = false;
        for (const Models::LegendEntry &e : roles) {
            if (e.label == QLatin1String("Server")) {
                sawServer = true;
                QCOMPARE(e.colour, QColor(QStringLiteral("#8bc34a")));
            }
        }
        QVERIFY(sawServer);
        const QList<Models::LegendEntry> tenants = Models::rackLegend(devices, Models::RackColouring::Tenant);
        QCOMPARE(tenants.size(), qsizetype(1)); // a rack's devices share its tenant in the demo
        Domain::Device planned = devices.first();
        planned.status = QStringLiteral("planned");
        QVERIFY(Models::rackDeviceColour(planned, Models::RackColouring::Status)
                != Models::rackDeviceColour(devices.first(), Models::RackColouring::Status));
    }
};

QTEST_GUILESS_MAIN(TestRackPlanModel)
#include "tst_rackplanmodel.moc"
