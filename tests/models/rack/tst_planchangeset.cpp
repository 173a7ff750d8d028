// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <functional>

#include <QTest>
#include <QUndoStack>

#include "models/rack/planchangeset.h"
#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/editjson.h"
#include "tests/models/rack/smallracksite.h"

using namespace OpsDeck;

using PlanStep = std::function<bool(Models::RackPlanModel &)>;
Q_DECLARE_METATYPE(PlanStep)

namespace {

PlanStep move(qint64 device, qint64 rack, double position, const char *face)
{
    return [=](Models::RackPlanModel &m) {
        return m.moveDevice(device, rack, position, QString::fromLatin1(face)).ok();
    };
}

PlanStep steps(const QList<PlanStep> &list)
{
    return [list](Models::RackPlanModel &m) {
        for (const PlanStep &s : list) {
            if (!s(m))
                return false;
        }
        return true;
    };
}

} // namespace

class TestPlanChangeSet : public QObject
{
    Q_OBJECT

private slots:
    void edits_data()
    {
        QTest::addColumn<PlanStep>("edit");
        QTest::addColumn<qint64>("role");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("user");
        QTest::addColumn<QJsonArray>("expected");
        QTest::addColumn<QString>("description");

        QTest::newRow("move within rack")
            << move(1, 100, 15, "front") << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":1,
                          "fields":{"rack":100,"position":15,"face":"front"}}])")
            << QStringLiteral("Move core-sw-01 to R11 U15 front");
        QTest::newRow("move to the rear of a rack of the same hall")
            << move(1, 101, 5, "rear") << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":1,
                          "fields":{"rack":101,"position":5,"face":"rear","location":10}}])")
            << QStringLiteral("Move core-sw-01 to R12 U5 rear");
        QTest::newRow("move to another hall")
            << move(2, 102, 1.5, "front") << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":2,
                          "fields":{"rack":102,"position":1.5,"face":"front","location":11}}])")
            << QStringLiteral("Move srv-01 to R21 U1.5 front");
        QTest::newRow("move a 0U device")
            << move(3, 101, 7, "front") << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":3,
                          "fields":{"rack":101,"position":null,"face":null,"location":10}}])")
            << QStringLiteral("Move pdu-01 to R12 (0U)");
        QTest::newRow("rack an unracked device")
            << move(4, 100, 40, "front") << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":4,
                          "fields":{"rack":100,"position":40,"face":"front","location":10}}])")
            << QStringLiteral("Move spare-01 to R11 U40 front");
        QTest::newRow("a parent moves, its child follows in NetBox")
            << move(5, 102, 3, "front") << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":5,
                          "fields":{"rack":102,"position":3,"face":"front","location":11}}])")
            << QStringLiteral("Move chassis-01 to R21 U3 front");
        QTest::newRow("moves of one device merge")
            << steps({move(1, 101, 5, "front"), move(1, 102, 8, "rear")}) << qint64(0) << QString() << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":1,
                          "fields":{"rack":102,"position":8,"face":"rear","location":11}}])")
            << QStringLiteral("Move core-sw-01 to R21 U8 rear");
        QTest::newRow("unmount")
            << PlanStep([](Models::RackPlanModel &m) { return m.unmountDevice(1); }) << qint64(0) << QString()
            << qint64(0)
            << Test::jsonArray(R"([{"type":"update","kind":"device","id":1,
                          "fields":{"rack":null,"position":null,"face":null}}])")
            << QStringLiteral("Unmount core-sw-01 from R11");
        QTest::newRow("add")
            << PlanStep([](Models::RackPlanModel &m) {
                   return m.addDevice(500, 100, 41, QStringLiteral("front"), QStringLiteral("leaf-new-01")).ok();
               })
            << qint64(7) << QStringLiteral("planned") << qint64(0)
            << Test::jsonArray(R"([{"type":"create","kind":"device","id":0,
                          "fields":{"name":"leaf-new-01","device_type":500,"role":7,"site":1,"location":10,
                                    "rack":100,"position":41,"face":"front","status":"planned"}}])")
            << QStringLiteral("Add leaf-new-01 (SW-1U) to R11 U41 front");
        QTest::newRow("add a 0U device, staged")
            << PlanStep([](Models::RackPlanModel &m) {
                   return m.addDevice(502, 102, 0, QStringLiteral("rear"), QStringLiteral("pdu-new-01")).ok();
               })
            << qint64(9) << QStringLiteral("staged") << qint64(0)
            << Test::jsonArray(R"([{"type":"create","kind":"device","id":0,
                          "fields":{"name":"pdu-new-01","device_type":502,"role":9,"site":1,"location":11,
                                    "rack":102,"position":null,"face":null,"status":"staged"}}])")
            << QStringLiteral("Add pdu-new-01 (PDU-0U) to R21 (0U)");
        QTest::newRow("reserve")
            << PlanStep([](Models::RackPlanModel &m) {
                   return m.reserveUnits(101, {3, 1, 2}, QStringLiteral("cabling")).ok();
               })
            << qint64(0) << QString() << qint64(42)
            << Test::jsonArray(R"([{"type":"create","kind":"rack-reservation","id":0,
                          "fields":{"rack":101,"units":[1,2,3],"user":42,"description":"cabling"}}])")
            << QStringLiteral("Reserve U1–U3 in R12: cabling");
    }

    void edits()
    {
        QFETCH(PlanStep, edit);
        QFETCH(qint64, role);
        QFETCH(QString, status);
        QFETCH(qint64, user);
        QFETCH(QJsonArray, expected);
        QFETCH(QString, description);

        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        QVERIFY(edit(model));
        Models::PlanChangeSetOptions options;
        options.roleId = role;
        if (!status.isEmpty())
            options.status = status;
        options.reservationUserId = user;
        const Models::PlanChangeSet set = Models::PlanChangeSet::build(model, options);
        QCOMPARE(Test::editsJson(set.edits), expected);
        QVERIFY2(set.notes.isEmpty(), qPrintable(set.notes.join(QLatin1Char('\n'))));
        QCOMPARE(set.items.size(), qsizetype(1));
        QVERIFY(set.items.first().exported);
        QCOMPARE(set.items.first().text, description);
        QCOMPARE(set.exportedCount(), 1);
    }

    void addWithoutRoleIsRefused()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        QVERIFY(model.addDevice(500, 100, 41, QStringLiteral("front"), QStringLiteral("leaf-new-01")).ok());
        QVERIFY(model.moveDevice(1, 100, 15, QStringLiteral("front")).ok());
        const Models::PlanChangeSet set = Models::PlanChangeSet::build(model, {});
        // The move still goes; the add does not.
        QCOMPARE(set.edits.size(), qsizetype(1));
        QCOMPARE(set.edits.first().type, NetBox::Edit::Type::Update);
        QCOMPARE(set.edits.first().id, qint64(1));
        QCOMPARE(set.notes.size(), qsizetype(1));
        QVERIFY2(set.notes.first().contains(QStringLiteral("leaf-new-01")) && set.notes.first().contains(QStringLiteral("role")),
                 qPrintable(set.notes.first()));
        QCOMPARE(set.exportedCount(), 1);
        QCOMPARE(set.items.size(), qsizetype(2));
    }

    void addWithoutNameIsRefused()
    {
        Models::PlanChange add;
        add.kind = Models::PlanChange::Kind::Add;
        add.deviceId = -1;
        add.name = QStringLiteral("  ");
        add.deviceTypeId = 500;
        add.toRackId = 101;
        add.toPosition = 12;
        add.toFace = QStringLiteral("front");
        Models::PlanChangeSetOptions options;
        options.roleId = 7;
        const Models::PlanChangeSet set = Models::PlanChangeSet::build(Test::smallRackSite(), {add}, options);
        QVERIFY(set.edits.isEmpty());
        QCOMPARE(set.notes.size(), qsizetype(1));
        QVERIFY2(set.notes.first().contains(QStringLiteral("R12")) && set.notes.first().contains(QStringLiteral("name")),
                 qPrintable(set.notes.first()));
        QVERIFY(!set.items.first().exported);
        QCOMPARE(set.items.first().note, set.notes.first());
    }

    void reservationWithoutUserOrDescriptionIsLeftOut()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        QVERIFY(model.reserveUnits(101, {1, 2}, QStringLiteral("cabling")).ok());
        Models::PlanChangeSet set = Models::PlanChangeSet::build(model, {});
        QVERIFY(set.edits.isEmpty());
        QCOMPARE(set.notes.size(), qsizetype(1));
        QVERIFY2(set.notes.first().contains(QStringLiteral("U1–U2 in R12")) && set.notes.first().contains(QStringLiteral("user")),
                 qPrintable(set.notes.first()));

        model.undoStack()->undo();
        QVERIFY(model.reserveUnits(101, {1, 2}, QString()).ok());
        Models::PlanChangeSetOptions options;
        options.reservationUserId = 42;
        set = Models::PlanChangeSet::build(model, options);
        QVERIFY(set.edits.isEmpty());
        QVERIFY2(set.notes.value(0).contains(QStringLiteral("description")), qPrintable(set.notes.value(0)));
    }

    void undoRemovesTheEdit()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        Models::PlanChangeSetOptions options;
        options.roleId = 8;
        QVERIFY(model.moveDevice(1, 100, 15, QStringLiteral("front")).ok());
        QVERIFY(model.addDevice(501, 102, 10, QStringLiteral("front"), QStringLiteral("srv-new-01")).ok());
        QCOMPARE(Models::PlanChangeSet::build(model, options).edits.size(), qsizetype(2));

        model.undoStack()->undo(); // the add
        QList<NetBox::Edit> edits = Models::PlanChangeSet::build(model, options).edits;
        QCOMPARE(edits.size(), qsizetype(1));
        QCOMPARE(edits.first().type, NetBox::Edit::Type::Update);
        model.undoStack()->undo(); // the move
        QVERIFY(Models::PlanChangeSet::build(model, options).edits.isEmpty());
        model.undoStack()->redo();
        edits = Models::PlanChangeSet::build(model, options).edits;
        QCOMPARE(edits.size(), qsizetype(1));
        QCOMPARE(edits.first().fields.value(QStringLiteral("position")).toDouble(), 15.0);
    }

    void unitsAreVacatedBeforeTheyAreFilled()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        Models::PlanChangeSetOptions options;
        options.roleId = 7;
        // srv-01 leaves U20-21, core-sw-01 takes U20, a new switch takes
        // U10 that core-sw-01 left, pdu-01 is unmounted.
        QVERIFY(model.moveDevice(2, 100, 30, QStringLiteral("front")).ok());
        QVERIFY(model.moveDevice(1, 100, 20, QStringLiteral("front")).ok());
        QVERIFY(model.addDevice(500, 100, 10, QStringLiteral("front"), QStringLiteral("leaf-new-01")).ok());
        QVERIFY(model.unmountDevice(3));
        const Models::PlanChangeSet set = Models::PlanChangeSet::build(model, options);
        QVERIFY2(set.notes.isEmpty(), qPrintable(set.notes.join(QLatin1Char('\n'))));
        QList<qint64> order;
        for (const NetBox::Edit &e : set.edits)
            order << (e.type == NetBox::Edit::Type::Create ? -1 : e.id);
        QCOMPARE(order, (QList<qint64>{3, 2, 1, -1}));
    }

    void swapIsReported()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        // core-sw-01 (U10) and srv-01 (U20) trade places through a spare unit.
        QVERIFY(model.moveDevice(1, 100, 40, QStringLiteral("front")).ok());
        QVERIFY(model.moveDevice(2, 100, 10, QStringLiteral("front")).ok());
        QVERIFY(model.moveDevice(1, 100, 20, QStringLiteral("front")).ok());
        const Models::PlanChangeSet set = Models::PlanChangeSet::build(model, {});
        QCOMPARE(set.edits.size(), qsizetype(2));
        QCOMPARE(set.notes.size(), qsizetype(1));
        QVERIFY2(set.notes.first().contains(QStringLiteral("core-sw-01")) && set.notes.first().contains(QStringLiteral("srv-01")),
                 qPrintable(set.notes.first()));

        // Front and rear of half-depth equipment do not collide: no note.
        Models::PlanChange a;
        a.kind = Models::PlanChange::Kind::Move;
        a.deviceId = 3;
        a.name = QStringLiteral("pdu-01");
        Models::RackSiteData site = Test::smallRackSite();
        site.devices[2].uHeight = 1; // pdu-01 as a 1U half-depth unit at R11 U10 rear
        site.devices[2].position = 10;
        site.devices[2].face = QStringLiteral("rear");
        a.fromRackId = 100;
        a.fromPosition = 10;
        a.fromFace = QStringLiteral("rear");
        a.toRackId = 100;
        a.toPosition = 20;
        a.toFace = QStringLiteral("rear");
        Models::PlanChange b;
        b.kind = Models::PlanChange::Kind::Move;
        b.deviceId = 4;
        b.name = QStringLiteral("spare-01");
        site.devices[3].fullDepth = false;
        site.devices[3].rackId = 100;
        site.devices[3].position = 20;
        site.devices[3].face = QStringLiteral("front");
        b.fromRackId = 100;
        b.fromPosition = 20;
        b.fromFace = QStringLiteral("front");
        b.toRackId = 100;
        b.toPosition = 10;
        b.toFace = QStringLiteral("front");
        const Models::PlanChangeSet sides = Models::PlanChangeSet::build(site, {a, b}, {});
        QCOMPARE(sides.edits.size(), qsizetype(2));
        QVERIFY2(sides.notes.isEmpty(), qPrintable(sides.notes.join(QLatin1Char('\n'))));
    }

    void childTypeAddCarriesANote()
    {
        Models::PlanChange add;
        add.kind = Models::PlanChange::Kind::Add;
        add.deviceId = -1;
        add.name = QStringLiteral("blade-new-01");
        add.deviceTypeId = 504;
        add.toRackId = 101;
        Models::PlanChangeSetOptions options;
        options.roleId = 8;
        const Models::PlanChangeSet set = Models::PlanChangeSet::build(Test::smallRackSite(), {add}, options);
        QCOMPARE(set.edits.size(), qsizetype(1));
        QVERIFY(set.edits.first().fields.value(QStringLiteral("position")).isNull());
        QVERIFY(set.items.first().exported);
        QVERIFY2(set.notes.value(0).contains(QStringLiteral("bay")), qPrintable(set.notes.value(0)));
    }
};

QTEST_GUILESS_MAIN(TestPlanChangeSet)
#include "tst_planchangeset.moc"
