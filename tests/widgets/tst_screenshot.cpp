// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "app/console/featurewiring.h"
#include "app/console/workspacefeatures.h"
#include "backend/netbox/changeset.h"
#include "backend/settings/settings.h"
#include "models/changeset/changesetmodel.h"
#include "models/dashboard/interfacestatusmodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/log/logmodel.h"
#include "models/session/changeset/changesetsession.h"
#include "models/topology/topologymodel.h"
#include "tests/models/session/inventory/demoinventory.h"
#include "tests/rig/rigenv.h"
#include "tests/widgets/screenshotfile.h"
#include "tests/widgets/xvfbtestmain.h"
#include "widgets/changeset/changesetpanel.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/console/mainwindow.h"
#include "widgets/console/theme.h"
#include "widgets/dashboard/devicedashboard.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "widgets/topology/topologywidget.h"

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
    void views_data();
    void views();

private:
    static void save(const QImage &image, const QString &file);

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
    auto *wiring = new Console::FeatureWiring(&window);
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

    // Offline edits waiting in the NetBox Changes dock, beside the synced values.
    Models::ChangeSetSession *changes = wiring->features()->changeSet();
    QVERIFY(changes);
    QTRY_VERIFY(changes->isJournalRestored());
    NetBox::ChangeSet edits;
    edits.setDeviceAttributes(deviceId, {{QStringLiteral("serial"), QStringLiteral("SN-REPLACED-01")},
                                         {QStringLiteral("status"), QStringLiteral("offline")}});
    edits.placeDevice(deviceId, it != devices.cend() ? it->rackId : 1, 30, QStringLiteral("front"));
    wiring->features()->recordEdits(edits.edits());
    QTRY_VERIFY(wiring->features()->changesDock()->isVisible());
    auto *panel = qobject_cast<Widgets::ChangeSetPanel *>(wiring->features()->changesDock()->widget());
    QVERIFY(panel);
    const Models::ChangeSetModel *changesModel = panel->model();
    QTRY_VERIFY(!changesModel->index(0, Models::ChangeSetModel::BaseColumn, changesModel->index(0, 0))
                     .data(Models::ChangeSetModel::ValueRole)
                     .isNull());
    save(window.grab().toImage(), file.replace(QStringLiteral("console-"), QStringLiteral("changes-")));
    while (changes->entryCount() > 0)
        changes->removeEntry(0);
}

void TestScreenshot::save(const QImage &image, const QString &file)
{
    QVERIFY(!Test::saveScreenshot(image, file).isEmpty());
}

void TestScreenshot::views_data()
{
    QTest::addColumn<Settings::Appearance>("appearance");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("light") << Settings::Appearance::Light << QStringLiteral("light");
    QTest::newRow("dark") << Settings::Appearance::Dark << QStringLiteral("dark");
}

// The rack, topology and dashboard tabs around one leaf switch that has demo
// history: "<view>-<light|dark>.png".
void TestScreenshot::views()
{
    QFETCH(Settings::Appearance, appearance);
    QFETCH(QString, suffix);
    Widgets::Theme::apply(appearance);
    Settings::Settings settings(m_dir.filePath(QStringLiteral("views-%1.ini").arg(suffix)));
    Widgets::MainWindow window(m_service.get(), &settings, nullptr);
    window.resize(1600, 1000);
    QSignalSpy painted(&window, &Widgets::MainWindow::inventoryPainted);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(painted.wait(10000));

    Domain::Device leaf;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (d.roleName == QLatin1String("Leaf Switch") && d.status == QLatin1String("active") && d.rackId
            && (!leaf.id || d.id < leaf.id))
            leaf = d;
    }
    QVERIFY(leaf.id);
    QSignalSpy shown(&window, &Widgets::MainWindow::detailsShown);
    QVERIFY(window.selectDevice(leaf.id));
    QVERIFY(shown.wait(10000));

    Widgets::RackWorkspaceWidget *rack = window.showRack(leaf.rackId, leaf.id);
    QVERIFY(rack);
    QTRY_VERIFY_WITH_TIMEOUT(!rack->isLoading() && rack->currentRack() == leaf.rackId, 20000);
    save(window.grab().toImage(), QStringLiteral("rack-%1.png").arg(suffix));

    Widgets::TopologyWidget *topology = window.showTopology(leaf.siteId);
    QVERIFY(topology);
    QTRY_VERIFY_WITH_TIMEOUT(!topology->model()->graph().nodes.isEmpty(), 20000);
    QSignalSpy graph(topology, &Widgets::TopologyWidget::graphShown);
    QVERIFY(graph.size() > 0 || graph.wait(20000));
    save(window.grab().toImage(), QStringLiteral("topology-%1.png").arg(suffix));

    Widgets::DeviceDashboard *dashboard = window.openDashboard(leaf.id);
    QVERIFY(dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->interfaceModel()->pendingRequests() == 0, 20000);
    for (Widgets::TimeSeriesChartView *chart : dashboard->chartPanel()->charts())
        QTRY_VERIFY_WITH_TIMEOUT(!chart->buffers()->isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->chartPanel()->charts().first()->drawnPointCount() > 0, 20000);
    save(window.grab().toImage(), QStringLiteral("dashboard-%1.png").arg(suffix));
    Widgets::Theme::apply(Settings::Appearance::Light);
}

OPSDECK_XVFB_TEST_MAIN(TestScreenshot)

#include "tst_screenshot.moc"
