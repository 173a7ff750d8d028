// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "tests/widgets/edit/editfixtures.h"
#include "tests/widgets/screenshotfile.h"
#include "tests/widgets/xvfbtestmain.h"
#include "widgets/console/theme.h"
#include "widgets/edit/cabledialog.h"
#include "widgets/edit/deviceeditdialog.h"
#include "widgets/edit/interfaceeditdialog.h"
#include "widgets/edit/ipaddressdialog.h"

using namespace OpsDeck;

// One picture of each edit dialog under a real X server (Xvfb from the rig),
// with typical input and an inline message showing, saved in the build tree.
class TestEditDialogScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void device();
    void interface();
    void cable();
    void ipAddress();

private:
    static void shoot(QDialog &dialog, const QString &file);
};

void TestEditDialogScreenshot::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    Widgets::Theme::apply(Settings::Appearance::Light);
}

void TestEditDialogScreenshot::shoot(QDialog &dialog, const QString &file)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= dialog.minimumWidth());
    const QString path = Test::saveScreenshot(image, file);
    QVERIFY(!path.isEmpty());
    std::printf("screenshot: %s\n", qPrintable(path));
}

void TestEditDialogScreenshot::device()
{
    Widgets::DeviceEditDialog dialog(Test::editDevice(), Test::editChoices());
    dialog.findChild<QLineEdit *>(QStringLiteral("assetTag"))->setText(QString(52, QLatin1Char('7')));
    QVERIFY(!dialog.okButton()->isEnabled());
    shoot(dialog, QStringLiteral("edit-device.png"));

    // The inline message stays readable on the dark palette.
    Widgets::Theme::apply(Settings::Appearance::Dark);
    Widgets::DeviceEditDialog dark(Test::editDevice(), Test::editChoices());
    dark.findChild<QLineEdit *>(QStringLiteral("name"))->clear();
    QVERIFY(!dark.okButton()->isEnabled());
    shoot(dark, QStringLiteral("edit-device-dark.png"));
    Widgets::Theme::apply(Settings::Appearance::Light);
}

void TestEditDialogScreenshot::interface()
{
    Widgets::InterfaceEditDialog dialog(Test::editInterface());
    dialog.findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("uplink to ams1-spine-01"));
    QVERIFY(dialog.okButton()->isEnabled());
    shoot(dialog, QStringLiteral("edit-interface.png"));
}

void TestEditDialogScreenshot::cable()
{
    Widgets::CableDialog dialog(Test::editInterface(), QStringLiteral("ams1-leaf-01"), Test::editChoices());
    dialog.findChild<QLineEdit *>(QStringLiteral("deviceFilter"))->setText(QStringLiteral("spine-01"));
    auto *interfaces = dialog.findChild<QTreeWidget *>(QStringLiteral("interfaces"));
    interfaces->setCurrentItem(interfaces->topLevelItem(2));
    dialog.findChild<QLineEdit *>(QStringLiteral("label"))->setText(QStringLiteral("A3-17"));
    dialog.findChild<QLineEdit *>(QStringLiteral("colour"))->setText(QStringLiteral("2196f3"));
    QCOMPARE(dialog.farInterfaceId(), 2010);
    QVERIFY(dialog.okButton()->isEnabled());
    shoot(dialog, QStringLiteral("edit-cable.png"));
}

void TestEditDialogScreenshot::ipAddress()
{
    Widgets::IpAddressDialog dialog(Test::editInterface(), {});
    dialog.findChild<QLineEdit *>(QStringLiteral("address"))->setText(QStringLiteral("10.20.0.7"));
    QVERIFY(!dialog.okButton()->isEnabled());
    shoot(dialog, QStringLiteral("edit-ipaddress.png"));
}

OPSDECK_XVFB_TEST_MAIN(TestEditDialogScreenshot)

#include "tst_editdialogscreenshot.moc"
