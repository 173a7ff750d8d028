// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/smallracksite.h"
#include "tests/widgets/screenshotfile.h"
#include "tests/widgets/xvfbtestmain.h"
#include "widgets/rack/planexportdialog.h"

using namespace OpsDeck;

// The plan export dialog under a real X server (the rig's Xvfb), with a
// move, an unmount, two new devices (one refused for want of a name), and
// a reservation left out for want of a user. Saved in <build>/screenshots/.
class TestPlanExportScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); }

    void dialog()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        QVERIFY(model.moveDevice(1, 101, 20, QStringLiteral("front")).ok());
        QVERIFY(model.unmountDevice(2));
        QVERIFY(model.addDevice(501, 102, 10, QStringLiteral("front"), QStringLiteral("srv-new-01")).ok());
        QVERIFY(model.reserveUnits(102, {40, 41}, QStringLiteral("cabling")).ok());
        QList<Models::PlanChange> changes = model.changes();
        Models::PlanChange unnamed;
        unnamed.kind = Models::PlanChange::Kind::Add;
        unnamed.deviceId = -9;
        unnamed.deviceTypeId = 500;
        unnamed.toRackId = 100;
        unnamed.toPosition = 41;
        unnamed.toFace = QStringLiteral("front");
        changes.prepend(unnamed);

        Widgets::PlanExportDialog dialog(model.baseline(), changes, model.baseline().roles, 0);
        dialog.setRole(8);
        dialog.setStatus(QStringLiteral("staged"));
        dialog.resize(720, 480);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItemCount(), 5);
        QCOMPARE(dialog.edits().size(), qsizetype(3));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!Test::saveScreenshot(image, QStringLiteral("plan-export-dialog.png")).isEmpty());
        // The notes are drawn below the list, not clipped away.
        auto *notes = dialog.findChild<QLabel *>(QStringLiteral("planExportNotes"));
        QVERIFY(notes->isVisible());
        QVERIFY(dialog.rect().contains(notes->geometry()));
    }
};

OPSDECK_XVFB_TEST_MAIN(TestPlanExportScreenshot)

#include "tst_planexportscreenshot.moc"
