// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "backend/settings/settings.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/log/logmodel.h"
#include "tests/models/demoinventory.h"
#include "tests/rig/rigenv.h"
#include "widgets/console/mainwindow.h"
#include "widgets/console/theme.h"

Q_LOGGING_CATEGORY(lcScreenshot, "opsdeck.test")

using namespace OpsDeck;

// Screenshots of the main window on the demo estate under a real X server
// (Xvfb from the rig), light and dark, 1600x1000, saved in the build tree.
class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
};

void TestScreenshot::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
}

void TestScreenshot::mainWindow_data()
{
    QTest::addColumn<Settings::Appearance>("appearance");
    QTest::addColumn<QString>("file");
    QTest::newRow("light") << Settings::Appearance::Light << QStringLiteral("console-light.png");
    QTest::newRow("dark") << Settings::Appearance::Dark << QStringLiteral("console-dark.png");
}

void TestScreenshot::mainWindow()
{
    QFETCH(Settings::Appearance, appearance);
    QFETCH(QString, file);
    Widgets::Theme::apply(appearance);
    Settings::Settings settings(m_dir.filePath(file + QStringLiteral(".ini")));
    Models::LogModel log;
    log.installMessageHandler();
    Widgets::MainWindow window(m_service.get(), &settings, &log);
    window.resize(1600, 1000);
    QSignalSpy painted(&window, &Widgets::MainWindow::inventoryPainted);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(painted.wait(10000));

    // A realistic moment: a leaf switch picked, its rack open.
    const auto &devices = m_service->snapshot().devices;
    const auto it = std::find_if(devices.cbegin(), devices.cend(), [](const Domain::Device &d) {
        return d.roleName.contains(QLatin1String("leaf"), Qt::CaseInsensitive) && d.rackId;
    });
    const qint64 deviceId = it != devices.cend() ? it->id : devices.at(20).id;
    QSignalSpy shown(&window, &Widgets::MainWindow::detailsShown);
    QVERIFY(window.selectDevice(deviceId));
    QVERIFY(shown.wait(10000));
    qCInfo(lcScreenshot) << "screenshot of" << file;
    log.flush();
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1600, 1000));
    const QString dir = QStringLiteral(OPSDECK_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + u'/' + file));
    // The grab shows the chosen palette: the status bar's background.
    const QColor status = image.pixelColor(image.width() / 2, image.height() - 3);
    QCOMPARE(status.lightness() < 128, appearance == Settings::Appearance::Dark);
}

int main(int argc, char *argv[])
{
    QString error;
    const auto env = OpsDeck::Test::readRigEnv(QStringLiteral("xvfb"), &error);
    if (env.isEmpty()) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(error));
        return 1;
    }
    qputenv("DISPLAY", env.value(QStringLiteral("DISPLAY")).toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("opsdeck"));
    TestScreenshot test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshot.moc"
