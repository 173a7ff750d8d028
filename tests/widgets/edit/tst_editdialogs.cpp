// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "tests/widgets/edit/editfixtures.h"
#include "widgets/edit/cabledialog.h"
#include "widgets/edit/deviceeditdialog.h"
#include "widgets/edit/interfaceeditdialog.h"
#include "widgets/edit/ipaddressdialog.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using NetBox::Edit;

namespace {

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

/// The inline message under a field, or empty when its row is hidden.
QString message(QWidget *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Message"));
    if (!label)
        qFatal("no message for %s", name);
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

/// Focuses @p w and replaces its text by typing @p text.
void retype(QLineEdit *w, const QString &text)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty()) {
        QTest::keyClick(w, Qt::Key_Delete);
    } else {
        // QTest types Latin-1 only; the rest goes in as an input method would.
        qsizetype latin = 0;
        while (latin < text.size() && text.at(latin).unicode() < 0x80)
            ++latin;
        QTest::keyClicks(w, text.left(latin));
        w->insert(text.mid(latin));
    }
    QCOMPARE(w->text(), text);
}

void key(QWidget *w, Qt::Key k)
{
    w->setFocus();
    QTest::keyClick(w, k);
}

/// Presses Return in the widget with focus: the dialog's default button.
bool pressOk(QDialog &dialog)
{
    QWidget *focus = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
    QTest::keyClick(focus, Qt::Key_Return);
    return dialog.result() == QDialog::Accepted;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEditDialogs : public QObject
{
    Q_OBJECT

private slots:
    void deviceOpensWithCurrentValuesAndNoEdit();
    void deviceEmitsChangedFieldsOnly();
    void deviceClearsOptionalReferences();
    void deviceInvalidInputKeepsOkDisabled_data();
    void deviceInvalidInputKeepsOkDisabled();
    void deviceUnknownCurrentValuesStay();
    void interfaceEdits();
    void interfaceTooLongDescription();
    void cablePicksFarEndByKeyboard();
    void cableListsCabledInterfacesDisabled();
    void cableRefusesCabledAEndAndBadColour();
    void cableSkipsEndsOfPendingCables();
    void ipAddressAssigns();
    void ipAddressRefuses_data();
    void ipAddressRefuses();
};

void TestEditDialogs::deviceOpensWithCurrentValuesAndNoEdit()
{
    Widgets::DeviceEditDialog dialog(Test::editDevice(), Test::editChoices());
    QCOMPARE(field<QLineEdit>(&dialog, "name")->text(), QStringLiteral("ams1-leaf-01"));
    QCOMPARE(field<QComboBox>(&dialog, "status")->currentData().toString(), QStringLiteral("active"));
    QCOMPARE(field<QComboBox>(&dialog, "status")->currentText(), QStringLiteral("Active"));
    QCOMPARE(field<QComboBox>(&dialog, "status")->count(), 7);
    QCOMPARE(field<QComboBox>(&dialog, "role")->currentData().toLongLong(), 12);
    QCOMPARE(field<QComboBox>(&dialog, "platform")->currentData().toLongLong(), 21);
    QCOMPARE(field<QComboBox>(&dialog, "tenant")->currentText(), QStringLiteral("Contoso"));
    QCOMPARE(field<QLineEdit>(&dialog, "serial")->text(), QStringLiteral("JPE12345678"));
    QCOMPARE(field<QLineEdit>(&dialog, "assetTag")->text(), QStringLiteral("AT-0101"));
    QCOMPARE(field<QLineEdit>(&dialog, "description")->text(), QStringLiteral("Row A leaf"));
    QVERIFY(dialog.edits().isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled()); // nothing changed yet
    QCOMPARE(message(&dialog, "name"), QString());
}

void TestEditDialogs::deviceEmitsChangedFieldsOnly()
{
    Widgets::DeviceEditDialog dialog(Test::editDevice(), Test::editChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    retype(field<QLineEdit>(&dialog, "name"), QStringLiteral("ams1-leaf-01a"));
    key(field<QComboBox>(&dialog, "status"), Qt::Key_Down); // active -> planned
    QCOMPARE(field<QComboBox>(&dialog, "status")->currentData().toString(), QStringLiteral("planned"));
    auto *role = field<QComboBox>(&dialog, "role");
    role->setFocus();
    QTest::keyClicks(role, QStringLiteral("S")); // type-ahead: Spine
    QCOMPARE(role->currentText(), QStringLiteral("Spine"));
    auto *tenant = field<QComboBox>(&dialog, "tenant");
    tenant->setFocus();
    QTest::keyClicks(tenant, QStringLiteral("F"));
    QCOMPARE(tenant->currentText(), QStringLiteral("Fabrikam"));
    retype(field<QLineEdit>(&dialog, "serial"), QStringLiteral("  JPE99  "));
    retype(field<QLineEdit>(&dialog, "assetTag"), QString());
    QVERIFY(dialog.okButton()->isEnabled());

    QVERIFY(pressOk(dialog));
    const QList<Edit> edits = dialog.edits();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().type, Edit::Type::Update);
    QCOMPARE(edits.first().kind, ObjectKind::Device);
    QCOMPARE(edits.first().id, 101);
    // Platform and description were not touched: not written.
    const QJsonObject expected{{QStringLiteral("name"), QStringLiteral("ams1-leaf-01a")},
                               {QStringLiteral("status"), QStringLiteral("planned")},
                               {QStringLiteral("role"), 13},
                               {QStringLiteral("tenant"), 32},
                               {QStringLiteral("serial"), QStringLiteral("JPE99")},
                               {QStringLiteral("asset_tag"), QJsonValue(QJsonValue::Null)}};
    QCOMPARE(json(edits.first().fields), json(expected));
}

void TestEditDialogs::deviceClearsOptionalReferences()
{
    Widgets::DeviceEditDialog dialog(Test::editDevice(), Test::editChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    key(field<QComboBox>(&dialog, "platform"), Qt::Key_Home);
    QCOMPARE(field<QComboBox>(&dialog, "platform")->currentText(), QStringLiteral("None"));
    QVERIFY(pressOk(dialog));
    QCOMPARE(dialog.edits().size(), 1);
    QCOMPARE(json(dialog.edits().first().fields), json({{QStringLiteral("platform"), QJsonValue(QJsonValue::Null)}}));

    // Changing a field back to its value leaves nothing to write.
    Widgets::DeviceEditDialog again(Test::editDevice(), Test::editChoices());
    auto *description = field<QLineEdit>(&again, "description");
    description->setText(QStringLiteral("other"));
    QVERIFY(again.okButton()->isEnabled());
    description->setText(QStringLiteral("Row A leaf"));
    QVERIFY(!again.okButton()->isEnabled());
    QVERIFY(again.edits().isEmpty());
}

void TestEditDialogs::deviceInvalidInputKeepsOkDisabled_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << "name" << QString() << "Enter a name; NetBox needs one here.";
    QTest::newRow("blank name") << "name" << "   " << "Enter a name; NetBox needs one here.";
    QTest::newRow("long name") << "name" << QString(65, QLatin1Char('n'))
                               << "This is 65 characters long; NetBox allows at most 64.";
    QTest::newRow("long serial") << "serial" << QString(51, QLatin1Char('s'))
                                 << "This is 51 characters long; NetBox allows at most 50.";
    QTest::newRow("long asset tag") << "assetTag" << QString(51, QLatin1Char('a'))
                                    << "This is 51 characters long; NetBox allows at most 50.";
    QTest::newRow("long description") << "description" << QString(201, QLatin1Char('d'))
                                      << "This is 201 characters long; NetBox allows at most 200.";
}

void TestEditDialogs::deviceInvalidInputKeepsOkDisabled()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Widgets::DeviceEditDialog dialog(Test::editDevice(), Test::editChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // A valid change elsewhere, so only the invalid field holds OK back.
    key(field<QComboBox>(&dialog, "status"), Qt::Key_Down);
    QVERIFY(dialog.okButton()->isEnabled());

    const QByteArray name = fieldName.toLatin1();
    auto *edit = field<QLineEdit>(&dialog, name.constData());
    retype(edit, value);
    QCOMPARE(message(&dialog, name.constData()), expected);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!pressOk(dialog));
    QVERIFY(dialog.isVisible());

    // At the limit it is accepted again and the message goes.
    const int limit = fieldName == QLatin1String("name") ? 64 : fieldName == QLatin1String("description") ? 200 : 50;
    retype(edit, QString(limit, QLatin1Char('x')));
    QCOMPARE(message(&dialog, name.constData()), QString());
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestEditDialogs::deviceUnknownCurrentValuesStay()
{
    Domain::Device device = Test::editDevice();
    device.platform = QStringLiteral("JunOS"); // not in the store's platforms
    device.tenantName.clear();
    device.status = QStringLiteral("custom");
    Widgets::DeviceEditDialog dialog(device, Test::editChoices());
    QCOMPARE(field<QComboBox>(&dialog, "platform")->currentText(), QStringLiteral("JunOS"));
    QCOMPARE(field<QComboBox>(&dialog, "tenant")->currentText(), QStringLiteral("None"));
    QCOMPARE(field<QComboBox>(&dialog, "status")->currentData().toString(), QStringLiteral("custom"));
    QVERIFY(dialog.edits().isEmpty());
    field<QComboBox>(&dialog, "platform")->setCurrentIndex(
        field<QComboBox>(&dialog, "platform")->findText(QStringLiteral("Cisco NX-OS")));
    QCOMPARE(json(dialog.edits().first().fields), json({{QStringLiteral("platform"), 22}}));
}

void TestEditDialogs::interfaceEdits()
{
    Widgets::InterfaceEditDialog dialog(Test::editInterface());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(field<QLineEdit>(&dialog, "description")->text(), QStringLiteral("to server rack A3"));
    QVERIFY(field<QCheckBox>(&dialog, "enabled")->isChecked());
    QVERIFY(!dialog.okButton()->isEnabled());

    key(field<QCheckBox>(&dialog, "enabled"), Qt::Key_Space);
    QVERIFY(!field<QCheckBox>(&dialog, "enabled")->isChecked());
    QVERIFY(pressOk(dialog));
    QList<Edit> edits = dialog.edits();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().kind, ObjectKind::Interface);
    QCOMPARE(edits.first().type, Edit::Type::Update);
    QCOMPARE(edits.first().id, 1001);
    QCOMPARE(json(edits.first().fields), json({{QStringLiteral("enabled"), false}}));

    Widgets::InterfaceEditDialog second(Test::editInterface());
    second.show();
    QVERIFY(QTest::qWaitForWindowActive(&second));
    retype(field<QLineEdit>(&second, "description"), QStringLiteral("uplink to spine"));
    QVERIFY(pressOk(second));
    QCOMPARE(json(second.edits().first().fields), json({{QStringLiteral("description"), QStringLiteral("uplink to spine")}}));
}

void TestEditDialogs::interfaceTooLongDescription()
{
    Widgets::InterfaceEditDialog dialog(Test::editInterface());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // 201 characters, counted as NetBox counts them: one emoji is one character.
    const QString text = QString(200, QLatin1Char('x')) + QString::fromUtf8("\xF0\x9F\x94\x8C");
    retype(field<QLineEdit>(&dialog, "description"), text);
    QCOMPARE(message(&dialog, "description"), QStringLiteral("This is 201 characters long; NetBox allows at most 200."));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClick(field<QLineEdit>(&dialog, "description"), Qt::Key_Backspace);
    QCOMPARE(message(&dialog, "description"), QString());
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestEditDialogs::cablePicksFarEndByKeyboard()
{
    Widgets::CableDialog dialog(Test::editInterface(), QStringLiteral("ams1-leaf-01"), Test::editChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *filter = field<QLineEdit>(&dialog, "deviceFilter");
    auto *devices = field<QListView>(&dialog, "devices");
    auto *interfaces = field<QTreeWidget>(&dialog, "interfaces");
    QCOMPARE(dialog.focusWidget(), filter);
    QCOMPARE(devices->model()->rowCount(), 3);
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(message(&dialog, "interfaces"), QStringLiteral("Choose the device at the far end first."));

    // Type to search: "SPINE" narrows to the two spines and picks the first.
    QTest::keyClicks(filter, QStringLiteral("SPINE"));
    QCOMPARE(devices->model()->rowCount(), 2);
    QCOMPARE(dialog.farDeviceId(), 102);
    // Down in the filter moves to the next match.
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(dialog.farDeviceId(), 103);
    QTest::keyClick(filter, Qt::Key_Up);
    QCOMPARE(dialog.farDeviceId(), 102);
    QCOMPARE(interfaces->topLevelItemCount(), 3);
    QCOMPARE(message(&dialog, "interfaces"), QStringLiteral("Choose a free interface of ams1-spine-01."));

    // Tab into the interfaces; Down and Up skip the cabled Ethernet9.
    QTest::keyClick(filter, Qt::Key_Tab);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog.focusWidget(), interfaces);
    QCOMPARE(dialog.farInterfaceId(), 2001); // focus lands on the first
    QVERIFY(interfaces->topLevelItem(0)->isSelected());
    QTest::keyClick(interfaces, Qt::Key_Down);
    QCOMPARE(dialog.farInterfaceId(), 2010);
    QTest::keyClick(interfaces, Qt::Key_Up);
    QCOMPARE(dialog.farInterfaceId(), 2001);
    QTest::keyClick(interfaces, Qt::Key_Down);
    QCOMPARE(dialog.farInterfaceId(), 2010);
    QVERIFY(interfaces->topLevelItem(2)->isSelected());
    QVERIFY(dialog.okButton()->isEnabled());

    key(field<QComboBox>(&dialog, "status"), Qt::Key_Down); // connected -> planned
    retype(field<QLineEdit>(&dialog, "label"), QStringLiteral("A3-17"));
    retype(field<QLineEdit>(&dialog, "colour"), QStringLiteral("FF8800"));
    auto *length = field<QDoubleSpinBox>(&dialog, "length");
    QVERIFY(!field<QComboBox>(&dialog, "lengthUnit")->isEnabled());
    length->setFocus();
    QTest::keyClick(length, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(length, QStringLiteral("3.5"));
    QCOMPARE(length->value(), 3.5);
    QVERIFY(field<QComboBox>(&dialog, "lengthUnit")->isEnabled());
    QVERIFY(pressOk(dialog));

    const QList<Edit> edits = dialog.edits();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().type, Edit::Type::Create);
    QCOMPARE(edits.first().kind, ObjectKind::Cable);
    QCOMPARE(edits.first().id, 0);
    const auto end = [](qint64 id) {
        return QJsonArray{QJsonObject{{QStringLiteral("object_type"), QStringLiteral("dcim.interface")},
                                      {QStringLiteral("object_id"), id}}};
    };
    const QJsonObject expected{{QStringLiteral("a_terminations"), end(1001)},
                               {QStringLiteral("b_terminations"), end(2010)},
                               {QStringLiteral("status"), QStringLiteral("planned")},
                               {QStringLiteral("label"), QStringLiteral("A3-17")},
                               {QStringLiteral("color"), QStringLiteral("ff8800")},
                               {QStringLiteral("length"), 3.5},
                               {QStringLiteral("length_unit"), QStringLiteral("m")}};
    QCOMPARE(json(edits.first().fields), json(expected));
}

void TestEditDialogs::cableListsCabledInterfacesDisabled()
{
    Widgets::CableDialog dialog(Test::editInterface(), QStringLiteral("ams1-leaf-01"), Test::editChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(field<QLineEdit>(&dialog, "deviceFilter"), QStringLiteral("leaf"));
    QCOMPARE(dialog.farDeviceId(), 101);
    auto *interfaces = field<QTreeWidget>(&dialog, "interfaces");
    // Ethernet1 is the A end: not offered.
    QCOMPARE(interfaces->topLevelItemCount(), 3);
    QStringList names, cables;
    QList<bool> enabled;
    for (int i = 0; i < interfaces->topLevelItemCount(); ++i) {
        names << interfaces->topLevelItem(i)->text(0);
        cables << interfaces->topLevelItem(i)->text(2);
        enabled << bool(interfaces->topLevelItem(i)->flags() & Qt::ItemIsEnabled);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Ethernet2"), QStringLiteral("Ethernet3"), QStringLiteral("Port-Channel1")}));
    QCOMPARE(cables, (QStringList{QStringLiteral("Free"), QStringLiteral("Cabled to ams1-spine-01 Ethernet9"),
                                  QStringLiteral("Takes no cable (lag)")}));
    QCOMPARE(enabled, (QList<bool>{true, false, false}));
    QCOMPARE(interfaces->topLevelItem(1)->toolTip(0), QStringLiteral("Cabled to ams1-spine-01 Ethernet9"));
    // A disabled interface is no far end even when made current.
    interfaces->setCurrentItem(interfaces->topLevelItem(1));
    QCOMPARE(dialog.farInterfaceId(), 0);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.edits().isEmpty());

    // A device with every interface taken says so.
    Models::EditChoices choices = Test::editChoices();
    choices.siteDevices[2].interfaces.removeLast();
    Widgets::CableDialog full(Test::editInterface(), QStringLiteral("ams1-leaf-01"), choices);
    full.show();
    QVERIFY(QTest::qWaitForWindowActive(&full));
    QTest::keyClicks(field<QLineEdit>(&full, "deviceFilter"), QStringLiteral("spine-02"));
    QCOMPARE(full.farDeviceId(), 103);
    QCOMPARE(field<QTreeWidget>(&full, "interfaces")->topLevelItem(0)->text(2), QStringLiteral("Has cable #7002"));
    QCOMPARE(message(&full, "interfaces"), QStringLiteral("ams1-spine-02 has no free interface to cable to."));
    QTest::keyClicks(field<QLineEdit>(&full, "deviceFilter"), QStringLiteral("x"));
    QCOMPARE(message(&full, "deviceFilter"), QStringLiteral("No device matches “spine-02x”."));
    QVERIFY(!full.okButton()->isEnabled());
}

void TestEditDialogs::cableRefusesCabledAEndAndBadColour()
{
    Widgets::CableDialog dialog(Test::editInterface(), QStringLiteral("ams1-leaf-01"), Test::editChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(field<QLineEdit>(&dialog, "deviceFilter"), QStringLiteral("spine-02"));
    auto *interfaces = field<QTreeWidget>(&dialog, "interfaces");
    interfaces->setFocus();
    QTest::keyClick(interfaces, Qt::Key_End);
    QCOMPARE(dialog.farInterfaceId(), 3002);
    QVERIFY(dialog.okButton()->isEnabled());
    retype(field<QLineEdit>(&dialog, "colour"), QStringLiteral("#ff88"));
    QCOMPARE(message(&dialog, "colour"), QStringLiteral("Enter the colour as six hexadecimal digits, e.g. ff8800."));
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(field<QLineEdit>(&dialog, "colour"), QString());
    retype(field<QLineEdit>(&dialog, "label"), QString(101, QLatin1Char('l')));
    QCOMPARE(message(&dialog, "label"), QStringLiteral("This is 101 characters long; NetBox allows at most 100."));
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(field<QLineEdit>(&dialog, "label"), QString());
    QVERIFY(dialog.okButton()->isEnabled());
    // Without label, colour or length only the status goes with the cable.
    const QJsonObject fields = dialog.edits().first().fields;
    QCOMPARE(fields.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QVERIFY(!fields.contains(QStringLiteral("label")));
    QVERIFY(!fields.contains(QStringLiteral("color")));
    QVERIFY(!fields.contains(QStringLiteral("length")));
    QVERIFY(!fields.contains(QStringLiteral("length_unit")));

    Domain::Interface cabled = Test::editInterface();
    cabled.cableId = 7100;
    Widgets::CableDialog refused(cabled, QStringLiteral("ams1-leaf-01"), Test::editChoices());
    refused.show();
    QVERIFY(QTest::qWaitForWindowActive(&refused));
    QTest::keyClicks(field<QLineEdit>(&refused, "deviceFilter"), QStringLiteral("spine-02"));
    field<QTreeWidget>(&refused, "interfaces")->setCurrentItem(field<QTreeWidget>(&refused, "interfaces")->topLevelItem(1));
    QCOMPARE(message(&refused, "deviceFilter"),
             QStringLiteral("ams1-leaf-01 Ethernet1 already has a cable; remove it in NetBox before adding another."));
    QVERIFY(!refused.okButton()->isEnabled());
    QVERIFY(refused.edits().isEmpty());
}

void TestEditDialogs::cableSkipsEndsOfPendingCables()
{
    // A cable from the first dialog, then a second dialog over the same
    // choices marked with it: its far end is no longer free.
    Models::EditChoices choices = Test::editChoices();
    Widgets::CableDialog first(Test::editInterface(), QStringLiteral("ams1-leaf-01"), choices);
    field<QLineEdit>(&first, "deviceFilter")->setText(QStringLiteral("spine-02"));
    auto *interfaces = field<QTreeWidget>(&first, "interfaces");
    interfaces->setCurrentItem(interfaces->topLevelItem(1));
    QCOMPARE(first.farInterfaceId(), 3002);
    const QList<Edit> pending = first.edits();
    QCOMPARE(pending.size(), 1);

    choices.markPendingCables(pending);
    QVERIFY(choices.siteDevice(103)->interfaces.at(1).pendingCable);
    QVERIFY(choices.siteDevice(101)->interfaces.at(0).pendingCable); // the A end too
    QVERIFY(!choices.siteDevice(101)->interfaces.at(1).pendingCable);
    Domain::Interface other = Test::editInterface();
    other.id = 1002;
    other.name = QStringLiteral("Ethernet2");
    Widgets::CableDialog second(other, QStringLiteral("ams1-leaf-01"), choices);
    field<QLineEdit>(&second, "deviceFilter")->setText(QStringLiteral("spine-02"));
    QTreeWidgetItem *taken = field<QTreeWidget>(&second, "interfaces")->topLevelItem(1);
    QCOMPARE(taken->text(2), QStringLiteral("Cable pending in the change set"));
    QVERIFY(!(taken->flags() & Qt::ItemIsEnabled));
    QCOMPARE(message(&second, "interfaces"), QStringLiteral("ams1-spine-02 has no free interface to cable to."));

    // Nor is the first cable's A end.
    Widgets::CableDialog third(Test::editInterface(), QStringLiteral("ams1-leaf-01"), choices);
    field<QLineEdit>(&third, "deviceFilter")->setText(QStringLiteral("spine-01"));
    field<QTreeWidget>(&third, "interfaces")->setCurrentItem(field<QTreeWidget>(&third, "interfaces")->topLevelItem(0));
    QCOMPARE(message(&third, "deviceFilter"),
             QStringLiteral("A cable from ams1-leaf-01 Ethernet1 is already pending in the change set."));
    QVERIFY(!third.okButton()->isEnabled());
    QVERIFY(third.edits().isEmpty());
}

void TestEditDialogs::ipAddressAssigns()
{
    Widgets::IpAddressDialog dialog(Test::editInterface(), {QStringLiteral("10.20.0.9/24")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(field<QLabel>(&dialog, "assigned")->text(), QStringLiteral("10.20.0.1/31, 10.20.0.9/24"));
    QVERIFY(!dialog.okButton()->isEnabled());
    auto *address = field<QLineEdit>(&dialog, "address");
    QCOMPARE(dialog.focusWidget(), address);
    QTest::keyClicks(address, QStringLiteral("2001:DB8:0:0::10/64"));
    QVERIFY(dialog.okButton()->isEnabled());
    key(field<QComboBox>(&dialog, "status"), Qt::Key_Down); // active -> reserved
    retype(field<QLineEdit>(&dialog, "dnsName"), QStringLiteral("leaf-01.ams1.example.net"));
    retype(field<QLineEdit>(&dialog, "description"), QStringLiteral("loopback"));
    QVERIFY(pressOk(dialog));
    const QList<Edit> edits = dialog.edits();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().type, Edit::Type::Create);
    QCOMPARE(edits.first().kind, ObjectKind::IpAddress);
    const QJsonObject expected{{QStringLiteral("address"), QStringLiteral("2001:db8::10/64")},
                               {QStringLiteral("assigned_object_type"), QStringLiteral("dcim.interface")},
                               {QStringLiteral("assigned_object_id"), 1001},
                               {QStringLiteral("status"), QStringLiteral("reserved")},
                               {QStringLiteral("dns_name"), QStringLiteral("leaf-01.ams1.example.net")},
                               {QStringLiteral("description"), QStringLiteral("loopback")}};
    QCOMPARE(json(edits.first().fields), json(expected));

    Widgets::IpAddressDialog plain(Test::editInterface(), {});
    field<QLineEdit>(&plain, "address")->setText(QStringLiteral(" 192.0.2.10/24 "));
    QCOMPARE(json(plain.edits().first().fields),
             json({{QStringLiteral("address"), QStringLiteral("192.0.2.10/24")},
                   {QStringLiteral("assigned_object_type"), QStringLiteral("dcim.interface")},
                   {QStringLiteral("assigned_object_id"), 1001},
                   {QStringLiteral("status"), QStringLiteral("active")}}));
}

void TestEditDialogs::ipAddressRefuses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("dnsName");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare v4") << "192.0.2.10" << QString() << "address" << "Add the prefix length, e.g. 192.0.2.10/24.";
    QTest::newRow("bare v6") << "2001:db8::1" << QString() << "address" << "Add the prefix length, e.g. 2001:db8::1/64.";
    QTest::newRow("not an address") << "core-1/24" << QString() << "address"
                                    << "“core-1” is not an IPv4 or IPv6 address.";
    QTest::newRow("short v4") << "10.1/16" << QString() << "address" << "“10.1” is not an IPv4 or IPv6 address.";
    QTest::newRow("prefix too long") << "192.0.2.10/33" << QString() << "address"
                                     << "The prefix length must be a number from 1 to 32.";
    QTest::newRow("prefix zero") << "2001:db8::1/0" << QString() << "address"
                                 << "The prefix length must be a number from 1 to 128.";
    QTest::newRow("netmask") << "192.0.2.10/255.255.255.0" << QString() << "address"
                             << "The prefix length must be a number from 1 to 32.";
    QTest::newRow("network") << "192.0.2.0/24" << QString() << "address"
                             << "192.0.2.0 is the network address of 192.0.2.0/24 and cannot be assigned to an interface.";
    QTest::newRow("broadcast") << "192.0.2.255/24" << QString() << "address"
                               << "192.0.2.255 is the broadcast address of 192.0.2.0/24 and cannot be assigned to an "
                                  "interface.";
    QTest::newRow("own address") << "10.20.0.1/24" << QString() << "address"
                                 << "The interface already has 10.20.0.1/31.";
    QTest::newRow("known address") << "2001:db8::0:5/64" << QString() << "address"
                                   << "The interface already has 2001:db8::5/64.";
    QTest::newRow("bad dns") << "192.0.2.10/24" << "leaf 01" << "dnsName"
                             << "A DNS name may hold only letters, digits, hyphens, underscores and dots, e.g. "
                                "core-sw1.example.net.";
}

void TestEditDialogs::ipAddressRefuses()
{
    QFETCH(QString, address);
    QFETCH(QString, dnsName);
    QFETCH(QString, fieldName);
    QFETCH(QString, expected);
    Widgets::IpAddressDialog dialog(Test::editInterface(), {QStringLiteral("2001:db8::5/64")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    retype(field<QLineEdit>(&dialog, "address"), address);
    if (!dnsName.isEmpty())
        retype(field<QLineEdit>(&dialog, "dnsName"), dnsName);
    QCOMPARE(message(&dialog, fieldName.toLatin1().constData()), expected);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!pressOk(dialog));
    QVERIFY(dialog.edits().isEmpty());
}

QTEST_MAIN(TestEditDialogs)

#include "tst_editdialogs.moc"
