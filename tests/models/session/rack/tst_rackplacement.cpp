// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "models/session/rack/rackplacement.h"

using namespace OpsDeck;
using Models::PlacementCandidate;
using Models::PlacementProblem;

namespace {

Domain::Rack rack42(bool descending = false, int width = 19, int start = 1, int height = 42)
{
    Domain::Rack r;
    r.id = 1;
    r.name = QStringLiteral("R1");
    r.width = width;
    r.uHeight = height;
    r.startingUnit = start;
    r.descendingUnits = descending;
    return r;
}

Domain::Device device(qint64 id, double position, double height, const QString &face, bool fullDepth = true)
{
    Domain::Device d;
    d.id = id;
    d.name = QStringLiteral("dev%1").arg(id);
    d.rackId = 1;
    d.position = position;
    d.uHeight = height;
    d.face = face;
    d.fullDepth = fullDepth;
    return d;
}

PlacementCandidate candidate(double position, double height, const QString &face, bool fullDepth = true)
{
    PlacementCandidate c;
    c.position = position;
    c.uHeight = height;
    c.face = face;
    c.fullDepth = fullDepth;
    return c;
}

const QString front = QStringLiteral("front");
const QString rear = QStringLiteral("rear");

} // namespace

Q_DECLARE_METATYPE(Models::PlacementProblem)

class TestRackPlacement : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("rackWidth");
        QTest::addColumn<double>("position");
        QTest::addColumn<double>("height");
        QTest::addColumn<QString>("face");
        QTest::addColumn<bool>("fullDepth");
        QTest::addColumn<PlacementProblem>("expected");
        QTest::addColumn<qint64>("blocker");

        // Occupants (see rules()): dev1 full depth U10-11, dev2 half depth
        // rear U2, dev3 half-U device at U20 front (0.5U), dev4 0U on a rail.
        QTest::newRow("free unit") << false << 19 << 5.0 << 1.0 << front << true << PlacementProblem::None << qint64(0);
        QTest::newRow("collision") << false << 19 << 11.0 << 1.0 << front << true << PlacementProblem::Collision << qint64(1);
        QTest::newRow("collision from rear") << false << 19 << 10.0 << 1.0 << rear << false << PlacementProblem::Collision << qint64(1);
        QTest::newRow("overlap below") << false << 19 << 9.0 << 2.0 << front << true << PlacementProblem::Collision << qint64(1);
        QTest::newRow("half-depth shares U2") << false << 19 << 2.0 << 1.0 << front << false << PlacementProblem::None << qint64(0);
        QTest::newRow("full-depth meets rear") << false << 19 << 2.0 << 1.0 << front << true << PlacementProblem::Collision << qint64(2);
        QTest::newRow("same face half depth") << false << 19 << 2.0 << 1.0 << rear << false << PlacementProblem::Collision << qint64(2);
        QTest::newRow("half U above half U") << false << 19 << 20.5 << 0.5 << front << true << PlacementProblem::None << qint64(0);
        QTest::newRow("half U on half U") << false << 19 << 20.0 << 0.5 << front << true << PlacementProblem::Collision << qint64(3);
        QTest::newRow("1U from U19.5") << false << 19 << 19.5 << 1.0 << front << true << PlacementProblem::Collision << qint64(3);
        QTest::newRow("quarter unit") << false << 19 << 5.25 << 1.0 << front << true << PlacementProblem::HalfUnit << qint64(0);
        QTest::newRow("taller than the top") << false << 19 << 40.0 << 4.0 << front << true << PlacementProblem::OutsideRack << qint64(0);
        QTest::newRow("fills to the top") << false << 19 << 39.0 << 4.0 << front << true << PlacementProblem::None << qint64(0);
        QTest::newRow("below the bottom") << false << 19 << 0.5 << 1.0 << front << true << PlacementProblem::OutsideRack << qint64(0);
        QTest::newRow("too tall for the gap") << false << 19 << 7.0 << 4.0 << front << true << PlacementProblem::Collision << qint64(1);
        QTest::newRow("descending top") << true << 19 << 41.0 << 2.0 << front << true << PlacementProblem::None << qint64(0);
        QTest::newRow("descending past the end") << true << 19 << 42.0 << 2.0 << front << true << PlacementProblem::OutsideRack << qint64(0);
        QTest::newRow("descending collision") << true << 19 << 11.0 << 1.0 << front << true << PlacementProblem::Collision << qint64(1);
        QTest::newRow("23-inch rack") << false << 23 << 5.0 << 1.0 << front << true << PlacementProblem::Width << qint64(0);
        QTest::newRow("10-inch rack") << false << 10 << 5.0 << 1.0 << front << true << PlacementProblem::Width << qint64(0);
        QTest::newRow("no face") << false << 19 << 5.0 << 1.0 << QString() << true << PlacementProblem::NoFace << qint64(0);
        QTest::newRow("0U needs no unit") << false << 19 << 0.0 << 0.0 << QString() << false << PlacementProblem::None << qint64(0);
        QTest::newRow("reserved for another tenant") << false << 19 << 30.0 << 2.0 << front << true << PlacementProblem::Reserved << qint64(0);
    }

    void rules()
    {
        QFETCH(bool, descending);
        QFETCH(int, rackWidth);
        QFETCH(double, position);
        QFETCH(double, height);
        QFETCH(QString, face);
        QFETCH(bool, fullDepth);
        QFETCH(PlacementProblem, expected);
        QFETCH(qint64, blocker);

        Models::RackContents contents;
        contents.rack = rack42(descending, rackWidth);
        contents.devices << device(1, 10, 2, front) << device(2, 2, 1, rear, false) << device(3, 20, 0.5, front)
                         << device(4, 0, 0, QString(), false);
        Domain::RackReservation res;
        res.rackId = 1;
        res.units = {31, 32};
        res.tenantName = QStringLiteral("Globex");
        contents.reservations << res;

        const Models::PlacementVerdict v = Models::checkPlacement(contents, candidate(position, height, face, fullDepth));
        QCOMPARE(v.problem, expected);
        QCOMPARE(v.ok(), expected == PlacementProblem::None);
        QCOMPARE(v.reason.isEmpty(), expected == PlacementProblem::None);
        QCOMPARE(v.blockingDeviceId, blocker);
    }

    void movingWithinItsOwnSpace()
    {
        Models::RackContents contents;
        contents.rack = rack42();
        contents.devices << device(1, 10, 2, front);
        PlacementCandidate c = candidate(11, 2, front);
        c.deviceId = 1; // moving dev1 one unit up overlaps only itself
        QVERIFY(Models::checkPlacement(contents, c).ok());
    }

    void fullRackStillTakesZeroU()
    {
        Models::RackContents contents;
        contents.rack = rack42();
        contents.devices << device(1, 1, 42, front);
        QCOMPARE(Models::checkPlacement(contents, candidate(5, 1, rear, false)).problem, PlacementProblem::Collision);
        QVERIFY(Models::checkPlacement(contents, candidate(0, 0, QString(), false)).ok());
    }

    void startingUnit()
    {
        Models::RackContents contents;
        contents.rack = rack42(false, 19, 5, 10); // units 5..14
        QCOMPARE(Models::checkPlacement(contents, candidate(4, 1, front)).problem, PlacementProblem::OutsideRack);
        QVERIFY(Models::checkPlacement(contents, candidate(14, 1, front)).ok());
        QCOMPARE(Models::checkPlacement(contents, candidate(14, 2, front)).problem, PlacementProblem::OutsideRack);
    }

    void sameTenantMayUseItsReservation()
    {
        Models::RackContents contents;
        contents.rack = rack42();
        Domain::RackReservation res;
        res.units = {31, 32};
        res.tenantName = QStringLiteral("Globex");
        contents.reservations << res;
        PlacementCandidate c = candidate(31, 2, front);
        c.tenantName = QStringLiteral("Globex");
        QVERIFY(Models::checkPlacement(contents, c).ok());
        c.tenantName = QStringLiteral("Initech");
        const auto v = Models::checkPlacement(contents, c);
        QCOMPARE(v.problem, PlacementProblem::Reserved);
        QVERIFY2(v.reason.contains(QStringLiteral("Globex")), qPrintable(v.reason));
    }

    void weightAndPower()
    {
        Models::RackContents contents;
        contents.rack = rack42();
        contents.devices << device(1, 10, 2, front) << device(4, 0, 0, QString(), false);
        contents.limits.maxWeightKg = 100;
        contents.limits.powerBudgetW = 1000;
        contents.loads.insert(1, Domain::DeviceLoad{1, 0, 80, 600});
        contents.loads.insert(4, Domain::DeviceLoad{4, 0, 5, 3000}); // a PDU's own draw is not a load

        PlacementCandidate c = candidate(20, 1, front);
        c.weightKg = 10;
        c.drawW = 400;
        QVERIFY(Models::checkPlacement(contents, c).ok());
        c.weightKg = 16;
        auto v = Models::checkPlacement(contents, c);
        QCOMPARE(v.problem, PlacementProblem::Weight);
        QVERIFY2(v.reason.contains(QStringLiteral("101")), qPrintable(v.reason));
        c.weightKg = 10;
        c.drawW = 401;
        v = Models::checkPlacement(contents, c);
        QCOMPARE(v.problem, PlacementProblem::Power);
        QVERIFY2(v.reason.contains(QStringLiteral("1001")), qPrintable(v.reason));
        // Unknown limits do not refuse.
        contents.limits = {};
        QVERIFY(Models::checkPlacement(contents, c).ok());
    }

    void childDevicesGoIntoBays()
    {
        Models::RackContents contents;
        contents.rack = rack42();
        PlacementCandidate c = candidate(5, 1, front);
        c.isChild = true;
        QCOMPARE(Models::checkPlacement(contents, c).problem, PlacementProblem::ChildDevice);
    }

    void unitsTouched()
    {
        QCOMPARE(Models::unitsTouched(10, 2), (QList<int>{10, 11}));
        QCOMPARE(Models::unitsTouched(10.5, 1), (QList<int>{10, 11}));
        QCOMPARE(Models::unitsTouched(3, 0.5), (QList<int>{3}));
    }
};

QTEST_GUILESS_MAIN(TestRackPlacement)
#include "tst_rackplacement.moc"
