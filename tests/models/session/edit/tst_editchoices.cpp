// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <optional>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "backend/domain/objectkind.h"
#include "backend/store/store.h"
#include "models/session/edit/editchoices.h"
#include "tests/models/session/inventory/demoinventory.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using Models::EditChoices;

// EditChoices read from the demo estate (imported by the inventory service
// with importDemoEstate) match what the store holds.
class TestEditChoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadsOffTheGuiThread();
    void sitesCoverEveryDeviceAndInterface();
    void fixedChoices();
    void loadWithoutWorkspaceFails();

private:
    /// One value from the store file, by SQL independent of the store's queries.
    QVariant sqlValue(const QString &sql);
    qint64 sqlCount(const QString &sql) { return sqlValue(sql).toLongLong(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
    std::unique_ptr<Store::Store> m_store;
};

void TestEditChoices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
    auto store = Store::Store::openSqlite(m_service->workspace().storePath, false);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TestEditChoices::cleanupTestCase()
{
    m_store.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_editchoices"));
}

QVariant TestEditChoices::sqlValue(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("tst_editchoices"), false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_editchoices"));
        db.setDatabaseName(m_service->workspace().storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open())
        return -1;
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0);
}

void TestEditChoices::loadsOffTheGuiThread()
{
    auto sites = m_store->sites();
    QVERIFY(sites.ok());
    QVERIFY(!sites->isEmpty());
    const Domain::Site site = sites->constFirst();

    QObject context;
    std::optional<Result<EditChoices>> loaded;
    EditChoices::load(m_service.get(), &context, site.id, [&](const Result<EditChoices> &choices) {
        QCOMPARE(QThread::currentThread(), context.thread());
        loaded = choices;
    });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY2(loaded->ok(), qPrintable(loaded->ok() ? QString() : loaded->error().toString()));
    const EditChoices &choices = **loaded;

    const auto roles = m_store->count(ObjectKind::DeviceRole);
    const auto platforms = m_store->count(ObjectKind::Platform);
    const auto tenants = m_store->count(ObjectKind::Tenant);
    QVERIFY(roles.ok() && platforms.ok() && tenants.ok());
    QVERIFY(*roles > 0 && *platforms > 0 && *tenants > 0);
    QCOMPARE(choices.roles.size(), *roles);
    QCOMPARE(choices.platforms.size(), *platforms);
    QCOMPARE(choices.tenants.size(), *tenants);
    QCOMPARE(choices.roles.size(), sqlCount(QStringLiteral("SELECT COUNT(*) FROM device_roles")));

    // Sorted by name; names as stored.
    for (const QList<Models::EditRef> *refs : {&choices.roles, &choices.platforms, &choices.tenants}) {
        for (qsizetype i = 1; i < refs->size(); ++i)
            QVERIFY(refs->at(i - 1).name.compare(refs->at(i).name, Qt::CaseInsensitive) <= 0);
    }
    for (const Models::EditRef &role : choices.roles)
        QCOMPARE(role.name, sqlValue(QStringLiteral("SELECT name FROM device_roles WHERE id = %1").arg(role.id)).toString());
    for (const Models::EditRef &tenant : choices.tenants)
        QCOMPARE(tenant.name, sqlValue(QStringLiteral("SELECT name FROM tenants WHERE id = %1").arg(tenant.id)).toString());

    // The site's devices with their interfaces.
    QCOMPARE(choices.siteId, site.id);
    QCOMPARE(choices.siteDevices.size(),
             sqlCount(QStringLiteral("SELECT COUNT(*) FROM devices WHERE site_id = %1").arg(site.id)));
    qsizetype interfaces = 0;
    for (const Models::CableDevice &device : choices.siteDevices)
        interfaces += device.interfaces.size();
    QCOMPARE(interfaces, sqlCount(QStringLiteral("SELECT COUNT(*) FROM interfaces i JOIN devices d ON d.id = i.device_id "
                                                 "WHERE d.site_id = %1")
                                      .arg(site.id)));
    for (qsizetype i = 1; i < choices.siteDevices.size(); ++i)
        QVERIFY(choices.siteDevices.at(i - 1).name.compare(choices.siteDevices.at(i).name, Qt::CaseInsensitive) <= 0);

    // Without a site: no devices.
    std::optional<Result<EditChoices>> bare;
    EditChoices::load(m_service.get(), &context, 0, [&](const Result<EditChoices> &choices) { bare = choices; });
    QTRY_VERIFY_WITH_TIMEOUT(bare.has_value(), 20000);
    QVERIFY(bare->ok());
    QCOMPARE((*bare)->siteId, 0);
    QVERIFY((*bare)->siteDevices.isEmpty());
    QCOMPARE((*bare)->roles.size(), *roles);
}

void TestEditChoices::sitesCoverEveryDeviceAndInterface()
{
    auto sites = m_store->sites();
    QVERIFY(sites.ok());
    qint64 devices = 0;
    qint64 interfaces = 0;
    qint64 cabled = 0;
    qint64 withPeer = 0;
    for (const Domain::Site &site : std::as_const(*sites)) {
        auto choices = EditChoices::read(*m_store, site.id);
        QVERIFY(choices.ok());
        devices += choices->siteDevices.size();
        for (const Models::CableDevice &device : std::as_const(choices->siteDevices)) {
            interfaces += device.interfaces.size();
            for (const Models::CableEndpoint &endpoint : device.interfaces) {
                cabled += endpoint.isCabled() ? 1 : 0;
                withPeer += endpoint.isCabled() && !endpoint.peerDevice.isEmpty() ? 1 : 0;
            }
        }
    }
    QCOMPARE(devices, *m_store->count(ObjectKind::Device));
    QCOMPARE(interfaces, *m_store->count(ObjectKind::Interface));
    QVERIFY(cabled > 0);
    QCOMPARE(cabled, sqlCount(QStringLiteral("SELECT COUNT(DISTINCT object_id) FROM cable_terminations "
                                             "WHERE object_type = 'dcim.interface'")));
    QVERIFY(withPeer > 0);
}

void TestEditChoices::fixedChoices()
{
    QStringList values;
    for (const Models::EditChoice &c : EditChoices::deviceStatuses())
        values << c.value;
    QCOMPARE(values, QStringList({QStringLiteral("offline"), QStringLiteral("active"), QStringLiteral("planned"),
                                  QStringLiteral("staged"), QStringLiteral("failed"), QStringLiteral("inventory"),
                                  QStringLiteral("decommissioning")}));
    values.clear();
    for (const Models::EditChoice &c : EditChoices::ipAddressStatuses())
        values << c.value;
    QCOMPARE(values, QStringList({QStringLiteral("active"), QStringLiteral("reserved"), QStringLiteral("deprecated"),
                                  QStringLiteral("dhcp"), QStringLiteral("slaac")}));
    values.clear();
    for (const Models::EditChoice &c : EditChoices::cableStatuses())
        values << c.value;
    QCOMPARE(values, QStringList({QStringLiteral("connected"), QStringLiteral("planned"),
                                  QStringLiteral("decommissioning")}));
    QCOMPARE(EditChoices::labelOf(EditChoices::ipAddressStatuses(), QStringLiteral("slaac")), QStringLiteral("SLAAC"));
    QCOMPARE(EditChoices::labelOf(EditChoices::deviceStatuses(), QStringLiteral("custom")), QStringLiteral("custom"));
}

void TestEditChoices::loadWithoutWorkspaceFails()
{
    Models::InventoryService closed;
    QObject context;
    std::optional<Result<EditChoices>> loaded;
    EditChoices::load(&closed, &context, 1, [&](const Result<EditChoices> &choices) { loaded = choices; });
    QVERIFY(!loaded.has_value()); // answered later, never inside load()
    QTRY_VERIFY(loaded.has_value());
    QVERIFY(!loaded->ok());
    QCOMPARE(loaded->error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestEditChoices)

#include "tst_editchoices.moc"
