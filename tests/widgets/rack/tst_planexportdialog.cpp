// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/editjson.h"
#include "tests/models/rack/smallracksite.h"
#include "tests/widgets/rack/staticrackdatasource.h"
#include "widgets/rack/planexportdialog.h"
#include "widgets/rack/rackworkspacewidget.h"

using namespace OpsDeck;

namespace {

QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QStringList rowTexts(QTreeWidget *list, int column)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class TestPlanExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void dialogShowsChangesRolesAndNotes()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        QVERIFY(model.moveDevice(1, 101, 20, QStringLiteral("front")).ok());
        QVERIFY(model.addDevice(500, 100, 41, QStringLiteral("front"), QStringLiteral("leaf-new-01")).ok());
        QVERIFY(model.reserveUnits(102, {1, 2}, QStringLiteral("cabling")).ok());

        Widgets::PlanExportDialog dialog(model.baseline(), model.changes(), model.baseline().roles, 0);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("planExportChanges"));
        auto *role = dialog.findChild<QComboBox *>(QStringLiteral("planExportRole"));
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("planExportStatus"));
        auto *notes = dialog.findChild<QLabel *>(QStringLiteral("planExportNotes"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("planExportSummary"));
        QPushButton *ok = okButton(&dialog);
        QVERIFY(list && role && status && notes && summary && ok);
        QCOMPARE(ok->text(), QStringLiteral("Add to NetBox Changes"));

        QCOMPARE(rowTexts(list, 0), (QStringList{QStringLiteral("Add leaf-new-01 (SW-1U) to R11 U41 front"),
                                                 QStringLiteral("Move core-sw-01 to R12 U20 front"),
                                                 QStringLiteral("Reserve U1–U2 in R21: cabling")}));
        // No role chosen yet and no user for reservations: only the move goes.
        QCOMPARE(rowTexts(list, 1), (QStringList{QStringLiteral("Not exported"), QStringLiteral("Device update"),
                                                 QStringLiteral("Not exported")}));
        QCOMPARE(dialog.edits().size(), qsizetype(1));
        QCOMPARE(summary->text(), QStringLiteral("1 edit(s) will be added to NetBox Changes."));
        QVERIFY(notes->text().contains(QStringLiteral("role")));
        QVERIFY(notes->text().contains(QStringLiteral("user")));
        QVERIFY(ok->isEnabled());

        QCOMPARE(role->count(), 4); // "Choose a role…" and the three roles
        QCOMPARE(role->itemText(1), QStringLiteral("Power"));
        role->setCurrentIndex(role->findText(QStringLiteral("Switch")));
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        QCOMPARE(rowTexts(list, 1).first(), QStringLiteral("New device"));
        QCOMPARE(dialog.edits().size(), qsizetype(2));
        QCOMPARE(summary->text(), QStringLiteral("2 edit(s) will be added to NetBox Changes."));
        QVERIFY(!notes->text().contains(QStringLiteral("role")));
        const NetBox::Edit add = dialog.edits().last();
        QCOMPARE(add.type, NetBox::Edit::Type::Create);
        QCOMPARE(add.fields.value(QStringLiteral("role")).toInteger(), qint64(7));
        QCOMPARE(add.fields.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void okIsDisabledWithNothingToSend()
    {
        Models::RackPlanModel model;
        model.setSiteData(Test::smallRackSite());
        QVERIFY(model.addDevice(500, 100, 41, QStringLiteral("front"), QStringLiteral("leaf-new-01")).ok());
        Widgets::PlanExportDialog dialog(model.baseline(), model.changes(), {}, 0);
        QVERIFY(dialog.edits().isEmpty());
        QVERIFY(!okButton(&dialog)->isEnabled());
        dialog.setRole(7); // not offered: nothing changes
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void actionSendsThePlan()
    {
        Test::StaticRackDataSource source(Test::smallRackSite());
        Widgets::RackWorkspaceWidget widget(&source);
        widget.resize(1200, 800);
        widget.show();
        QSignalSpy loaded(&widget, &Widgets::RackWorkspaceWidget::siteLoaded);
        widget.showRack(100);
        QVERIFY(loaded.wait(10000));
        widget.setReservationUserId(42);

        QAction *send = widget.sendPlanAction();
        QVERIFY(send);
        QVERIFY(!send->isEnabled());
        Models::RackPlanModel *model = widget.planModel();
        QVERIFY(model->moveDevice(1, 101, 20, QStringLiteral("front")).ok());
        QVERIFY(send->isEnabled());
        model->undoStack()->undo();
        QVERIFY(!send->isEnabled());
        model->undoStack()->redo();
        QVERIFY(send->isEnabled());
        QVERIFY(model->unmountDevice(2));
        QVERIFY(model->addDevice(501, 102, 10, QStringLiteral("front"), QStringLiteral("srv-new-01")).ok());
        QVERIFY(model->reserveUnits(102, {40, 41}, QStringLiteral("cabling")).ok());

        QSignalSpy requested(&widget, &Widgets::RackWorkspaceWidget::planEditsRequested);
        send->trigger();
        Widgets::PlanExportDialog *dialog = widget.findChild<Widgets::PlanExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("planExportRole"));
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("planExportStatus"));
        role->setCurrentIndex(role->findText(QStringLiteral("Server")));
        status->setCurrentIndex(status->findData(QStringLiteral("staged")));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QCOMPARE(requested.size(), 1);
        const auto edits = requested.first().at(0).value<QList<NetBox::Edit>>();
        QCOMPARE(Test::editsJson(edits), Test::jsonArray(R"([
            {"type":"update","kind":"device","id":2,"fields":{"rack":null,"position":null,"face":null}},
            {"type":"update","kind":"device","id":1,"fields":{"rack":101,"position":20,"face":"front","location":10}},
            {"type":"create","kind":"device","id":0,
             "fields":{"name":"srv-new-01","device_type":501,"role":8,"site":1,"location":11,
                       "rack":102,"position":10,"face":"front","status":"staged"}},
            {"type":"create","kind":"rack-reservation","id":0,
             "fields":{"rack":102,"units":[40,41],"user":42,"description":"cabling"}}])"));
        // The plan stays; the action tells what went.
        QCOMPARE(model->changes().size(), qsizetype(4));
        QVERIFY(send->isEnabled());
        QCOMPARE(send->text(), QStringLiteral("Send Plan to NetBox Changes… (4 edit(s) sent)"));
        QCOMPARE(widget.statusText(), QStringLiteral("4 edit(s) added to NetBox Changes."));
        QTRY_VERIFY(!widget.findChild<Widgets::PlanExportDialog *>());

        // A second send warns of what went before; cancelling sends nothing.
        send->trigger();
        dialog = widget.findChild<Widgets::PlanExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("planExportNotes"))->text().contains(QStringLiteral("4 edit(s) of this plan were sent before")));
        dialog->reject();
        QCOMPARE(requested.size(), 1);

        // Undoing everything disables the action.
        while (model->undoStack()->canUndo())
            model->undoStack()->undo();
        QVERIFY(!send->isEnabled());
    }

    void rolesCanBeSetByTheCaller()
    {
        Test::StaticRackDataSource source(Test::smallRackSite());
        Widgets::RackWorkspaceWidget widget(&source);
        QSignalSpy loaded(&widget, &Widgets::RackWorkspaceWidget::siteLoaded);
        widget.showRack(100);
        QVERIFY(loaded.wait(10000));
        widget.setDeviceRoles({Models::RackRole{31, QStringLiteral("Leaf"), QString()}});
        QVERIFY(widget.planModel()->addDevice(500, 100, 41, QStringLiteral("front"), QStringLiteral("leaf-new-01")).ok());
        widget.sendPlanAction()->trigger();
        auto *dialog = widget.findChild<Widgets::PlanExportDialog *>();
        QVERIFY(dialog);
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("planExportRole"));
        QCOMPARE(role->count(), 2);
        QCOMPARE(role->itemData(1).toLongLong(), qint64(31));
        dialog->setRole(31);
        QCOMPARE(dialog->edits().size(), qsizetype(1));
        QCOMPARE(dialog->edits().first().fields.value(QStringLiteral("role")).toInteger(), qint64(31));
        dialog->reject();
    }
};

QTEST_MAIN(TestPlanExportDialog)
#include "tst_planexportdialog.moc"
