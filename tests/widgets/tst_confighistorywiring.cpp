// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The configuration history tab reached from the console: Object ›
// Configuration History on the current device, then the device dashboard's
// button raising the same tab, which says why it shows no versions when the
// workspace's service cannot be reached.
#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/console/featurewiring.h"
#include "backend/settings/settings.h"
#include "models/log/logmodel.h"
#include "tests/models/session/inventory/demoinventory.h"
#include "widgets/backups/confighistoryview.h"
#include "widgets/console/mainwindow.h"
#include "widgets/dashboard/devicedashboard.h"

using namespace OpsDeck;
using Widgets::ConfigHistoryView;
using Widgets::MainWindow;

class TestConfigHistoryWiring final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_service = Test::openDemoInventory(m_dir);
        QVERIFY(m_service);
    }

    void opensFromTheObjectMenuAndTheDashboard()
    {
        Settings::Settings settings(m_dir.filePath(QStringLiteral("history.ini")));
        MainWindow window(m_service.get(), &settings, &m_log);
        new Console::FeatureWiring(&window);
        QSignalSpy painted(&window, &MainWindow::inventoryPainted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!painted.isEmpty() || painted.wait(10000));

        auto *action = window.findChild<QAction *>(QStringLiteral("actionConfigHistory"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no device yet
        const Domain::Device device = m_service->snapshot().devices.constFirst();
        QVERIFY(window.selectDevice(device.id));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto *view = qobject_cast<ConfigHistoryView *>(window.viewTabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->device(), device.name);
        QCOMPARE(window.viewTabs()->tabText(window.viewTabs()->currentIndex()),
                 QStringLiteral("History: %1").arg(device.name));
        QTRY_COMPARE_WITH_TIMEOUT(view->noticeText(),
                                  QStringLiteral("The configuration versions could not be loaded: the OpsDeck service "
                                                 "is not reachable."),
                                  10000);

        // The dashboard's button raises the same tab.
        Widgets::DeviceDashboard *dashboard = window.openDashboard(device.id);
        QVERIFY(dashboard);
        QCOMPARE(window.viewTabs()->currentWidget(), dashboard);
        const int tabs = window.viewTabs()->count();
        auto *button = dashboard->findChild<QPushButton *>(QStringLiteral("configHistoryButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.viewTabs()->currentWidget(), view);
        QCOMPARE(window.viewTabs()->count(), tabs);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
    Models::LogModel m_log;
};

QTEST_MAIN(TestConfigHistoryWiring)
#include "tst_confighistorywiring.moc"
