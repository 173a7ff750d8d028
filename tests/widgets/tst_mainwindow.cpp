// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include "backend/settings/settings.h"
#include "models/inventory/devicefilterproxymodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/inventory/searchresultmodel.h"
#include "models/log/logmodel.h"
#include "tests/models/demoinventory.h"
#include "widgets/console/mainwindow.h"
#include "widgets/console/settingsdialog.h"
#include "widgets/console/theme.h"
#include "widgets/console/translations.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/inventory/searchpopup.h"
#include "widgets/inventory/siteoverviewpage.h"

using namespace OpsDeck;
using Models::NavigationTreeModel;
using Models::NodeKind;
using Widgets::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeShowsTheDemoSitesAndRacks();
    void clickingASiteScopesTheTable();
    void filterNarrowsTheTable();
    void searchJumpsToADeviceEverywhere();
    void settingsPersistAcrossARestart();
    void darkPaletteApplies();
    void germanStringsLoad();

private:
    std::unique_ptr<MainWindow> openWindow(Settings::Settings *settings);
    void clickRow(QTreeView *view, const QModelIndex &index);
    QList<QModelIndex> siteRows(QTreeView *view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
    Models::LogModel m_log;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(Settings::Settings *settings)
{
    auto window = std::make_unique<MainWindow>(m_service.get(), settings, &m_log);
    QSignalSpy painted(window.get(), &MainWindow::inventoryPainted);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (painted.isEmpty() && !painted.wait(10000))
        return nullptr;
    return window;
}

void TestMainWindow::clickRow(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QList<QModelIndex> TestMainWindow::siteRows(QTreeView *view) const
{
    QList<QModelIndex> sites;
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex top = model->index(row, 0);
        if (NodeKind(top.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Site) {
            sites << top;
            continue;
        }
        for (int child = 0; child < model->rowCount(top); ++child)
            sites << model->index(child, 0, top);
    }
    return sites;
}

void TestMainWindow::treeShowsTheDemoSitesAndRacks()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("tree.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    QTreeView *tree = window->navigationView();
    const QList<QModelIndex> sites = siteRows(tree);
    QCOMPARE(sites.size(), 3);
    int racks = 0;
    for (const QModelIndex &site : sites) {
        QVERIFY(tree->isExpanded(site) || tree->isExpanded(site.parent()));
        // Open the site from the keyboard (Right).
        clickRow(tree, site);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), site);
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(site));
        const qint64 siteId = site.data(NavigationTreeModel::IdRole).toLongLong();
        const auto &all = m_service->snapshot().sites;
        const auto it = std::find_if(all.cbegin(), all.cend(), [siteId](const auto &s) { return s.id == siteId; });
        QVERIFY(it != all.cend());
        QCOMPARE(site.sibling(site.row(), NavigationTreeModel::CountColumn).data().toInt(), it->deviceCount);
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
                const QModelIndex child = tree->model()->index(row, 0, parent);
                if (NodeKind(child.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Rack) {
                    ++racks;
                    QVERIFY(tree->isExpanded(child.parent()));
                } else if (NodeKind(child.data(NavigationTreeModel::KindRole).toInt()) == NodeKind::Location) {
                    clickRow(tree, child);
                    QTest::keyClick(tree, Qt::Key_Right);
                    walk(child);
                }
            }
        };
        walk(site);
        QCOMPARE(racks > 0, true);
    }
    QCOMPARE(racks, 18);
    // The first site's overview opened by itself.
    QVERIFY(qobject_cast<Widgets::SiteOverviewPage *>(window->viewTabs()->currentWidget()));
}

void TestMainWindow::clickingASiteScopesTheTable()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("scope.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    const QList<QModelIndex> sites = siteRows(window->navigationView());
    QVERIFY(sites.size() > 1);
    const QModelIndex site = sites.at(1);
    clickRow(window->navigationView(), site);
    const qint64 siteId = site.data(NavigationTreeModel::IdRole).toLongLong();
    int expected = 0;
    for (const Domain::Device &d : m_service->snapshot().devices)
        expected += d.siteId == siteId ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(window->deviceTable()->view()->model()->rowCount(), expected);
    // Enter on the site opens its overview tab.
    QTest::keyClick(window->navigationView(), Qt::Key_Return);
    auto *page = qobject_cast<Widgets::SiteOverviewPage *>(window->viewTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->siteId(), siteId);
    QVERIFY(page->rackView()->model()->rowCount() > 0);
}

void TestMainWindow::filterNarrowsTheTable()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("filter.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    QTableView *table = window->deviceTable()->view();
    QCOMPARE(table->model()->rowCount(), m_service->snapshot().devices.size());

    // Ctrl+F focuses the filter; typing narrows at once.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = window->deviceTable()->filterEdit();
    QTRY_VERIFY(filter->hasFocus());
    const Domain::Device target = m_service->snapshot().devices.at(77);
    QTest::keyClicks(filter, target.serial);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), target.name);

    filter->clear();
    const QString role = target.roleName;
    QTest::keyClicks(filter, role.toLower());
    int expected = 0;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        const bool hit = QStringList{d.name, d.roleName, d.manufacturer, d.model, d.platform, d.primaryIp, d.serial,
                                     d.assetTag}
                             .join(u'\x1f')
                             .contains(role, Qt::CaseInsensitive);
        expected += hit ? 1 : 0;
    }
    QCOMPARE(table->model()->rowCount(), expected);
    QVERIFY(expected < m_service->snapshot().devices.size());
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(table->model()->rowCount(), m_service->snapshot().devices.size());
}

void TestMainWindow::searchJumpsToADeviceEverywhere()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("search.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    const Domain::Device target = m_service->snapshot().devices.at(123);
    QVERIFY(!target.serial.isEmpty());

    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    Widgets::SearchPopup *popup = window->searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QSignalSpy ready(popup, &Widgets::SearchPopup::resultsReady);
    QTest::keyClicks(popup->queryEdit(), target.serial);
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.last().first().toInt() >= 1);
    QCOMPARE(popup->resultView()->currentIndex().row(), 0);
    QCOMPARE(popup->resultView()->currentIndex().data().toString(), target.name);
    // Keyboard navigation stays inside the hits.
    QTest::keyClick(popup->queryEdit(), Qt::Key_Down);
    QTest::keyClick(popup->queryEdit(), Qt::Key_Up);
    QCOMPARE(popup->resultView()->currentIndex().row(), 0);

    QSignalSpy shown(window.get(), &MainWindow::detailsShown);
    QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().first().toLongLong(), target.id);
    const QModelIndex node = window->navigationView()->currentIndex();
    QCOMPARE(NodeKind(node.data(NavigationTreeModel::KindRole).toInt()), NodeKind::Device);
    QCOMPARE(node.data(NavigationTreeModel::IdRole).toLongLong(), target.id);
    QCOMPARE(window->deviceTable()->currentDeviceId(), target.id);
    QCOMPARE(window->deviceTable()->selectedDeviceIds(), QList<qint64>{target.id});
    QCOMPARE(window->detailsPanel()->deviceId(), target.id);
    // No NetBox URL in the demo: the link says so instead of pointing nowhere.
    QVERIFY(window->detailsPanel()->netboxUrl().isEmpty());
    QCOMPARE(Widgets::DetailsPanel::netboxDeviceUrl(QStringLiteral("https://nb.example/"), 42),
             QUrl(QStringLiteral("https://nb.example/dcim/devices/42/")));
}

void TestMainWindow::settingsPersistAcrossARestart()
{
    const QString file = m_dir.filePath(QStringLiteral("restart.ini"));
    {
        Settings::Settings settings(file);
        QCOMPARE(settings.appearance(), Settings::Appearance::System);
        auto window = openWindow(&settings);
        QVERIFY(window);
        window->resize(1300, 900);

        // Close the log dock with its own close button.
        auto *logDock = window->findChild<QDockWidget *>(QStringLiteral("logDock"));
        QVERIFY(logDock);
        logDock->show();
        logDock->raise();
        auto *close = logDock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"));
        QVERIFY(close);
        QTRY_VERIFY(close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(logDock->isHidden());

        // Settings dialog from the keyboard: Dark appearance, French, OK.
        bool handled = false;
        QTimer::singleShot(0, this, [&handled] {
            auto *dialog = qobject_cast<Widgets::SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClick(dialog->appearanceBox(), Qt::Key_End);
            QTest::keyClick(dialog->languageBox(), Qt::Key_End);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            handled = true;
        });
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(handled);
        QCOMPARE(settings.appearance(), Settings::Appearance::Dark);
        window->close();
    }
    Settings::Settings settings(file);
    QCOMPARE(settings.appearance(), Settings::Appearance::Dark);
    QCOMPARE(settings.language(), QStringLiteral("fr"));
    auto window = openWindow(&settings);
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1300, 900));
    QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("logDock"))->isHidden());
    QVERIFY(!window->findChild<QDockWidget *>(QStringLiteral("navigationDock"))->isHidden());
    Widgets::Theme::apply(Settings::Appearance::Light);
}

void TestMainWindow::darkPaletteApplies()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("dark.ini")));
    connect(&settings, &Settings::Settings::appearanceChanged, this,
            [](Settings::Appearance appearance) { Widgets::Theme::apply(appearance); });
    auto window = openWindow(&settings);
    QVERIFY(window);
    settings.setAppearance(Settings::Appearance::Dark);
    QTRY_VERIFY(Widgets::Theme::isDark(window->palette()));
    QVERIFY(window->deviceTable()->view()->palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(window->navigationView()->palette().color(QPalette::Text).lightness() > 192);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    settings.setAppearance(Settings::Appearance::Light);
    QTRY_VERIFY(!Widgets::Theme::isDark(window->palette()));
    QVERIFY(window->deviceTable()->view()->palette().color(QPalette::Base).lightness() > 192);
}

void TestMainWindow::germanStringsLoad()
{
    QVERIFY(Widgets::Translations::install(qApp, QStringLiteral("de")));
    Settings::Settings settings(m_dir.filePath(QStringLiteral("german.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(window->findChild<QDockWidget *>(QStringLiteral("devicesDock"))->windowTitle(),
             QStringLiteral("Geräte"));
    QVERIFY(window->deviceTable()->filterEdit()->placeholderText().startsWith(QLatin1String("Filtern")));
    QCOMPARE(window->deviceTable()->view()->model()->headerData(2, Qt::Horizontal).toString(),
             QStringLiteral("Standort"));
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QVERIFY(Widgets::Translations::install(qApp, QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("OpsDeck::Widgets::MainWindow", "&File"), QStringLiteral("&Fichier"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
