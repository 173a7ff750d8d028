// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include "app/console/alarmfeature.h"
#include "app/console/featurewiring.h"
#include "app/console/netboxeditlauncher.h"
#include "app/console/workspacefeatures.h"
#include "backend/demo/demometrics.h"
#include "backend/settings/settings.h"
#include "backend/topology/lldpaudit.h"
#include "models/alarms/alarmstyle.h"
#include "models/alarms/alarmtablemodel.h"
#include "models/changeset/changesetmodel.h"
#include "models/dashboard/interfacestatusmodel.h"
#include "models/inventory/devicefilterproxymodel.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/inventory/searchresultmodel.h"
#include "models/log/logmodel.h"
#include "models/session/changeset/changesetsession.h"
#include "models/topology/topologymodel.h"
#include "tests/models/session/inventory/demoinventory.h"
#include "widgets/alarms/alarmstatuswidget.h"
#include "widgets/alarms/alarmsview.h"
#include "widgets/changeset/changesetpanel.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/console/mainwindow.h"
#include "widgets/console/settingsdialog.h"
#include "widgets/console/theme.h"
#include "widgets/console/translations.h"
#include "widgets/dashboard/chartemptynotice.h"
#include "widgets/dashboard/devicedashboard.h"
#include "widgets/edit/editdialog.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/inventory/itemmarkdelegate.h"
#include "widgets/inventory/searchpopup.h"
#include "widgets/inventory/siteoverviewpage.h"
#include "widgets/rack/rackscene.h"
#include "widgets/rack/rackviews.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologywidget.h"

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
    // Before germanStringsLoad(), which leaves French installed.
    void rackOpensFromTheTree();
    void rackSelectionSelectsEverywhere();
    void topologyShowsTheSite();
    void dashboardAndInterfaceChart();
    void chartWithoutDataSaysSo();
    void alarmsOpenFromTheViewMenu();
    void editsBecomeTheChangeSet();
    void auditFindingsBecomeTheChangeSet();
    void germanStringsLoad();

private:
    /// A main window with the console's features, shown with the inventory painted.
    std::unique_ptr<MainWindow> openWindow(Settings::Settings *settings);
    static Console::FeatureWiring *wiring(MainWindow *window);
    void clickRow(QTreeView *view, const QModelIndex &index);
    QList<QModelIndex> siteRows(QTreeView *view) const;
    QModelIndex firstRackRow(QTreeView *view);
    Domain::Device demoMetricDevice() const;
    Models::DeviceDetails loadDetails(MainWindow *window, qint64 deviceId);

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
    new Console::FeatureWiring(window.get()); // as the console does, before the window shows
    QSignalSpy painted(window.get(), &MainWindow::inventoryPainted);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (painted.isEmpty() && !painted.wait(10000))
        return nullptr;
    return window;
}

Console::FeatureWiring *TestMainWindow::wiring(MainWindow *window)
{
    return window->findChild<Console::FeatureWiring *>();
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
        const bool hit =
            QStringList{d.name, d.roleName, d.manufacturer, d.model, d.platform, d.primaryIp, d.serial, d.assetTag}
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
    QCOMPARE(window->findChild<QDockWidget *>(QStringLiteral("devicesDock"))->windowTitle(), QStringLiteral("Geräte"));
    QVERIFY(window->deviceTable()->filterEdit()->placeholderText().startsWith(QLatin1String("Filtern")));
    QCOMPARE(window->deviceTable()->view()->model()->headerData(2, Qt::Horizontal).toString(),
             QStringLiteral("Standort"));
    // The feature wiring's docks, the status bar and the view area speak German too.
    QCOMPARE(window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))->windowTitle(),
             QStringLiteral("Geräteereignisse"));
    QCOMPARE(window->viewTabs()->accessibleName(), QStringLiteral("Ansichten"));
    const auto labels = window->statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel *l) { return l->text().startsWith(QLatin1String("Arbeitsbereich: ")); }));
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QVERIFY(Widgets::Translations::install(qApp, QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("OpsDeck::Widgets::MainWindow", "&File"), QStringLiteral("&Fichier"));
}

QModelIndex TestMainWindow::firstRackRow(QTreeView *view)
{
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            const NodeKind kind = NodeKind(child.data(NavigationTreeModel::KindRole).toInt());
            if (kind == NodeKind::Rack)
                return child;
            if (kind == NodeKind::Device)
                continue;
            view->expand(child);
            if (const QModelIndex hit = find(child); hit.isValid())
                return hit;
        }
        return {};
    };
    return find({});
}

// The device the demo history starts with: the active network device with
// the lowest id (see Demo::ensureDemoMetrics()).
Domain::Device TestMainWindow::demoMetricDevice() const
{
    Domain::Device best;
    const QStringList roles{QStringLiteral("Core Switch"), QStringLiteral("Edge Router"), QStringLiteral("Firewall"),
                            QStringLiteral("Leaf Switch")};
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (roles.contains(d.roleName) && d.status == QLatin1String("active") && (!best.id || d.id < best.id))
            best = d;
    }
    return best;
}

Models::DeviceDetails TestMainWindow::loadDetails(MainWindow *window, qint64 deviceId)
{
    QSignalSpy shown(window, &MainWindow::detailsShown);
    if (!window->selectDevice(deviceId))
        return {};
    if (window->detailsPanel()->deviceId() != deviceId && !shown.wait(10000))
        return {};
    return window->detailsPanel()->details();
}

void TestMainWindow::rackOpensFromTheTree()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("rack.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    QTreeView *tree = window->navigationView();
    const QModelIndex rack = firstRackRow(tree);
    QVERIFY(rack.isValid());
    const qint64 rackId = rack.data(NavigationTreeModel::IdRole).toLongLong();
    clickRow(tree, rack);
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), rack);
    // Enter opens the rack in the rack tab.
    QTest::keyClick(tree, Qt::Key_Return);
    auto *page = qobject_cast<Widgets::RackWorkspaceWidget *>(window->viewTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page, window->rackView());
    QCOMPARE(page->mode(), Widgets::RackWorkspaceWidget::Mode::Rack);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->currentRack(), rackId);
    QVERIFY(window->viewTabs()
                ->tabText(window->viewTabs()->currentIndex())
                .contains(rack.data(Qt::DisplayRole).toString()));
    // The rack holds the devices the inventory puts there.
    int mounted = 0;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (d.rackId == rackId && d.position > 0) {
            ++mounted;
            QVERIFY2(page->elevationView()->rackScene()->deviceRect(d.id).isValid(), qPrintable(d.name));
        }
    }
    QVERIFY(mounted > 0);
    // The same tab is re-aimed at another rack, not duplicated.
    const int tabs = window->viewTabs()->count();
    const qint64 other = m_service->snapshot().racks.last().id;
    QCOMPARE(window->showRack(other), page);
    QCOMPARE(window->viewTabs()->count(), tabs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->currentRack() == other, 20000);
}

void TestMainWindow::rackSelectionSelectsEverywhere()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("rackselect.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    window->resize(1600, 1000);
    // A plain full-depth device: no bays, no half-depth device behind it.
    QSet<qint64> parents;
    for (const Domain::Device &d : m_service->snapshot().devices)
        parents.insert(d.parentDeviceId);
    Domain::Device target;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (d.rackId && d.position > 0 && d.uHeight >= 1 && d.fullDepth && d.face == QLatin1String("front") &&
            !d.parentDeviceId && !parents.contains(d.id)) {
            target = d;
            break;
        }
    }
    QVERIFY(target.id);
    Widgets::RackWorkspaceWidget *page = window->showRack(target.rackId);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->currentRack() == target.rackId, 20000);
    auto *view = page->elevationView();
    QTRY_VERIFY(view->isVisible() && view->viewport()->width() > 100);
    view->fitRack();
    const QRectF rect = view->rackScene()->deviceRect(target.id);
    QVERIFY(rect.isValid());
    QSignalSpy shown(window.get(), &MainWindow::detailsShown);
    const QPoint at = view->mapFromScene(rect.center());
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().first().toLongLong(), target.id);
    QCOMPARE(window->deviceTable()->currentDeviceId(), target.id);
    QCOMPARE(window->detailsPanel()->deviceId(), target.id);
    const QModelIndex node = window->navigationView()->currentIndex();
    QCOMPARE(NodeKind(node.data(NavigationTreeModel::KindRole).toInt()), NodeKind::Device);
    QCOMPARE(node.data(NavigationTreeModel::IdRole).toLongLong(), target.id);

    // And the reverse: a device chosen in the table is selected in the rack.
    Domain::Device neighbour;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (d.rackId == target.rackId && d.id != target.id && d.position > 0)
            neighbour = d;
    }
    QVERIFY(neighbour.id);
    QVERIFY(window->selectDevice(neighbour.id));
    const auto selected = view->rackScene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first()->sceneBoundingRect().intersects(view->rackScene()->deviceRect(neighbour.id)));
}

void TestMainWindow::topologyShowsTheSite()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("topology.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    const QList<QModelIndex> sites = siteRows(window->navigationView());
    QVERIFY(!sites.isEmpty());
    const QModelIndex site = sites.first();
    const qint64 siteId = site.data(NavigationTreeModel::IdRole).toLongLong();
    clickRow(window->navigationView(), site);
    // Ctrl+Alt+T opens the topology of the selected site.
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier | Qt::AltModifier);
    Widgets::TopologyWidget *topology = window->topologyView();
    QVERIFY(topology);
    QCOMPARE(window->viewTabs()->currentWidget(), topology);
    // Laid out off the GUI thread, then drawn.
    const auto drawn = [topology] {
        const auto &nodes = topology->model()->graph().nodes;
        return !nodes.isEmpty() && std::all_of(nodes.cbegin(), nodes.cend(), [topology](const auto &n) {
            return topology->scene()->hasNode(n.deviceId);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(drawn(), 20000);
    const auto &graph = topology->model()->graph();
    QCOMPARE(graph.scope.siteId, siteId);
    QSet<qint64> shownIds;
    for (const auto &n : graph.nodes) {
        QCOMPARE(n.siteId, siteId);
        QVERIFY(topology->scene()->hasNode(n.deviceId));
        shownIds.insert(n.deviceId);
    }
    // Every cabled network device of the site is on the graph.
    int network = 0;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (d.siteId == siteId &&
            (d.roleName == QLatin1String("Leaf Switch") || d.roleName == QLatin1String("Core Switch"))) {
            ++network;
            QVERIFY2(shownIds.contains(d.id), qPrintable(d.name));
        }
    }
    QVERIFY(network > 0);
    // A device chosen elsewhere is selected on the graph.
    const qint64 pick = graph.nodes.constLast().deviceId;
    QVERIFY(window->selectDevice(pick));
    const auto selected = topology->scene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first()->sceneBoundingRect().contains(topology->scene()->nodePosition(pick)));
}

// Edits made in the console's dialogs land in the workspace's change set,
// offline, and are still there when the console opens the workspace again.
void TestMainWindow::editsBecomeTheChangeSet()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("edits.ini")));
    const Domain::Device device = demoMetricDevice();
    QVERIFY(device.id);
    qint64 interfaceId = 0;
    {
        auto window = openWindow(&settings);
        QVERIFY(window);
        const Console::FeatureWiring *console = wiring(window.get());
        Models::ChangeSetSession *changes = console->features()->changeSet();
        QVERIFY(changes);
        QTRY_VERIFY(changes->isJournalRestored());
        QCOMPARE(changes->entryCount(), 0);
        const Models::DeviceDetails details = loadDetails(window.get(), device.id);
        QCOMPARE(details.device.id, device.id);

        // Device attributes through the details panel's Edit button.
        auto *edit = window->detailsPanel()->findChild<QPushButton *>(QStringLiteral("editDeviceButton"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(console->editLauncher()->currentDialog());
        Widgets::EditDialog *dialog = console->editLauncher()->currentDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *serial = dialog->findChild<QLineEdit *>(QStringLiteral("serial"));
        QVERIFY(serial);
        serial->selectAll();
        QTest::keyClicks(serial, QStringLiteral("SN-CONSOLE-1"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(changes->entryCount(), 1);
        QCOMPARE(changes->edit(0).kind, Domain::ObjectKind::Device);
        QCOMPARE(changes->edit(0).id, device.id);
        QCOMPARE(changes->edit(0).fields, (QJsonObject{{QStringLiteral("serial"), QStringLiteral("SN-CONSOLE-1")}}));
        QTRY_VERIFY(console->features()->changesDock()->isVisible());

        // An IP address on an interface, from the interface's menu.
        QVERIFY(!details.interfaces.isEmpty());
        interfaceId = details.interfaces.first().id;
        emit window->detailsPanel()->interfaceEditRequested(device.id, interfaceId,
                                                            Widgets::DetailsPanel::InterfaceEdit::IpAddress);
        QTRY_VERIFY(console->editLauncher()->currentDialog() && console->editLauncher()->currentDialog() != dialog);
        dialog = console->editLauncher()->currentDialog();
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("address"));
        QVERIFY(address);
        QTest::keyClicks(address, QStringLiteral("192.0.2.77")); // no prefix length: refused
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(address, QStringLiteral("/24"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(changes->entryCount(), 2);
        QCOMPARE(changes->edit(1).type, NetBox::Edit::Type::Create);
        QCOMPARE(changes->edit(1).kind, Domain::ObjectKind::IpAddress);
        QCOMPARE(changes->edit(1).fields.value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.77/24"));
        QCOMPARE(changes->edit(1).fields.value(QStringLiteral("assigned_object_id")).toInteger(), interfaceId);
        // Nothing to push through (no NetBox connection, no service): kept, and the panel says so.
        QVERIFY(!changes->canPush());
        QDockWidget *changesDock = console->features()->changesDock();
        auto *push = changesDock->findChild<QPushButton *>(QStringLiteral("pushButton"));
        QVERIFY(push && !push->isEnabled());
        auto *summary = changesDock->findChild<QLabel *>(QStringLiteral("changeSetSummary"));
        QVERIFY(summary && summary->text().contains(QStringLiteral("Offline")));
    }
    // The next session has them back.
    auto window = openWindow(&settings);
    QVERIFY(window);
    Models::ChangeSetSession *changes = wiring(window.get())->features()->changeSet();
    QTRY_VERIFY(changes->isJournalRestored());
    QCOMPARE(changes->entryCount(), 2);
    QCOMPARE(changes->edit(0).fields.value(QStringLiteral("serial")).toString(), QStringLiteral("SN-CONSOLE-1"));
    QCOMPARE(changes->edit(1).fields.value(QStringLiteral("assigned_object_id")).toInteger(), interfaceId);
    // The base shown is what the store synced.
    auto *panel = qobject_cast<Widgets::ChangeSetPanel *>(wiring(window.get())->features()->changesDock()->widget());
    QVERIFY(panel);
    const Models::ChangeSetModel *changesModel = panel->model();
    QTRY_VERIFY(!changesModel->index(0, Models::ChangeSetModel::BaseColumn, changesModel->index(0, 0))
                     .data(Models::ChangeSetModel::ValueRole)
                     .isNull());
    changes->removeEntry(1);
    changes->removeEntry(0);
    QCOMPARE(changes->entryCount(), 0);
}

// The cables an LLDP audit proposes reach the workspace's change set
// through the console's wiring; the deletions the change set cannot hold
// are left out, and the operator is told so.
void TestMainWindow::auditFindingsBecomeTheChangeSet()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("audit.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    Models::ChangeSetSession *changes = wiring(window.get())->features()->changeSet();
    QVERIFY(changes);
    QTRY_VERIFY(changes->isJournalRestored());
    const int before = changes->entryCount();
    Widgets::TopologyWidget *topology = window->showTopology(m_service->snapshot().sites.first().id);
    QVERIFY(topology);

    Topology::CableChangeSet audit;
    Topology::CableChange create;
    create.ends.aInterfaceId = 9001;
    create.ends.bInterfaceId = 9002;
    Topology::CableChange removal;
    removal.action = Topology::CableChange::Action::Delete;
    removal.cableId = 12;
    audit.changes << create << removal;
    QString message;
    QTimer::singleShot(0, this, [&message] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    emit topology->changeSetRequested(audit);
    QVERIFY2(message.contains(QLatin1String("LLDP does not see")), qPrintable(message));
    QCOMPARE(changes->entryCount(), before + 1);
    const NetBox::Edit cable = changes->edit(before);
    QCOMPARE(cable.type, NetBox::Edit::Type::Create);
    QCOMPARE(cable.kind, Domain::ObjectKind::Cable);
    QCOMPARE(cable.fields.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QTRY_VERIFY(wiring(window.get())->features()->changesDock()->isVisible());
    changes->removeEntry(before);
    QCOMPARE(changes->entryCount(), before);
}

void TestMainWindow::dashboardAndInterfaceChart()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("dashboard.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    const Domain::Device device = demoMetricDevice();
    QVERIFY(device.id);
    const Models::DeviceDetails details = loadDetails(window.get(), device.id);
    QCOMPARE(details.device.id, device.id);

    // The details panel's button opens the dashboard.
    auto *button = window->detailsPanel()->findChild<QPushButton *>(QStringLiteral("dashboardButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dashboard = qobject_cast<Widgets::DeviceDashboard *>(window->viewTabs()->currentWidget());
    QVERIFY(dashboard);
    QCOMPARE(dashboard->deviceId(), device.id);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded(), 10000);
    Models::InterfaceStatusModel *rates = dashboard->interfaceModel();
    QCOMPARE(rates->rowCount(), details.interfaces.size());
    QTRY_VERIFY_WITH_TIMEOUT(rates->pendingRequests() == 0 && rates->sampledRows() > 0, 20000);
    QVERIFY(!dashboard->chartPanel()->charts().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->chartPanel()->charts().first()->drawnPointCount() > 0, 20000);

    // The first cabled interface has demo history: open its chart from the
    // details panel's interface list (click, Enter).
    int row = -1;
    for (int i = 0; i < details.interfaces.size(); ++i) {
        const Domain::Interface &itf = details.interfaces.at(i);
        if (!itf.mgmtOnly && itf.enabled && itf.cableId && !itf.peerDevice.isEmpty()) {
            row = i;
            break;
        }
    }
    QVERIFY(row >= 0);
    const Domain::Interface itf = details.interfaces.at(row);
    // The dashboard's table shows that interface up, with a rate from the history.
    const int rateRow = rates->rowOf(itf.id);
    QCOMPARE(rateRow, row);
    QCOMPARE(rates->index(rateRow, 0).data(Models::InterfaceStatusModel::OperStatusRole).toInt() != 0, true);

    QTableView *list = window->detailsPanel()->interfaceView();
    auto *detailsDock = window->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    detailsDock->show();
    detailsDock->raise();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex cell = list->model()->index(row, 0);
    list->scrollTo(cell);
    QSignalSpy opened(window.get(), &MainWindow::interfaceChartShown);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(cell).center());
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(opened.size() == 1 || opened.wait(10000));
    auto *chart = opened.last().first().value<Widgets::InterfaceChartWidget *>();
    QVERIFY(chart);
    QCOMPARE(window->viewTabs()->currentWidget(), chart);
    Widgets::TimeSeriesChartView *traffic = chart->charts().first();
    QTRY_VERIFY_WITH_TIMEOUT(!traffic->buffers()->isLoading() && traffic->drawnPointCount() > 0, 20000);
    QVERIFY(Widgets::ChartEmptyNotice::of(traffic));
    QVERIFY(Widgets::ChartEmptyNotice::of(traffic)->isHidden());

    // The chart holds the demo history's values, sample for sample.
    const Domain::SeriesKey inKey = traffic->buffers()->key(0);
    QCOMPARE(inKey.device, QString::number(device.id));
    QCOMPARE(inKey.object, QStringLiteral("ifIndex:%1").arg(row + 1));
    QCOMPARE(inKey.metric, QStringLiteral("if.in.bps"));
    const Models::SeriesBuffer &buffer = traffic->buffers()->buffer(0);
    int matched = 0;
    const qint64 minute = 60000;
    for (qint64 t = traffic->visibleFrom() - traffic->visibleFrom() % minute + minute; t < traffic->visibleTo();
         t += minute) {
        double value = 0;
        if (!buffer.valueAt(t, 1000, &value))
            continue;
        QCOMPARE(value, Demo::demoMetricValue(inKey, t, itf.speedKbps));
        ++matched;
    }
    QVERIFY2(matched >= 30, qPrintable(QString::number(matched)));
}

void TestMainWindow::chartWithoutDataSaysSo()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("nodata.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    // Servers get no demo history.
    Domain::Device server;
    for (const Domain::Device &d : m_service->snapshot().devices) {
        if (d.roleName == QLatin1String("Server")) {
            server = d;
            break;
        }
    }
    QVERIFY(server.id);
    const Models::DeviceDetails details = loadDetails(window.get(), server.id);
    QVERIFY(!details.interfaces.isEmpty());
    QSignalSpy opened(window.get(), &MainWindow::interfaceChartShown);
    window->openInterfaceChart(server.id, details.interfaces.first().id);
    QVERIFY(opened.size() == 1 || opened.wait(10000));
    auto *chart = opened.last().first().value<Widgets::InterfaceChartWidget *>();
    QVERIFY(chart);
    for (Widgets::TimeSeriesChartView *view : chart->charts()) {
        QTRY_VERIFY_WITH_TIMEOUT(!view->buffers()->isLoading(), 10000);
        Widgets::ChartEmptyNotice *notice = Widgets::ChartEmptyNotice::of(view);
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().startsWith(QLatin1String("No data")));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// View › Alarms, the Alarms dock and status indicator, and the way from an
// alarm to its device's dashboard and rack.
void TestMainWindow::alarmsOpenFromTheViewMenu()
{
    Settings::Settings settings(m_dir.filePath(QStringLiteral("alarms.ini")));
    auto window = openWindow(&settings);
    QVERIFY(window);
    Console::AlarmFeature *alarms = wiring(window.get())->features()->alarms();
    QVERIFY(alarms);
    QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("alarmsDock")));
    QVERIFY(window->statusBar()->findChild<Widgets::AlarmStatusWidget *>());

    QAction *action = nullptr;
    for (QAction *a : window->menu(Widgets::ConsoleShell::Menu::View)->actions()) {
        if (a->objectName() == QLatin1String("actionAlarms"))
            action = a;
    }
    QVERIFY(action);
    action->trigger();
    auto *tab = qobject_cast<Widgets::AlarmsView *>(window->viewTabs()->currentWidget());
    QVERIFY(tab);
    QCOMPARE(tab->model(), alarms->model());
    // The site filter offers the inventory's sites.
    QVERIFY(tab->siteFilter()->count() > 1);
    action->trigger(); // raised, not opened twice
    QCOMPARE(window->viewTabs()->currentWidget(), tab);

    // Every device of the inventory is known to the alarm list by name.
    const Domain::Device device = m_service->snapshot().devices.constFirst();
    const Models::AlarmDeviceInfo info = alarms->model()->device(device.name);
    QCOMPARE(info.id, device.id);
    QCOMPARE(info.site, device.siteName);
    emit tab->deviceRequested(device.id, Widgets::AlarmsView::Target::Dashboard);
    auto *dashboard = qobject_cast<Widgets::DeviceDashboard *>(window->viewTabs()->currentWidget());
    QVERIFY(dashboard);
    QCOMPARE(dashboard->deviceId(), device.id);

    // A critical alarm on the device marks its site in the navigation tree.
    QTreeView *tree = window->navigationView();
    QModelIndex site;
    for (const QModelIndex &s : siteRows(tree)) {
        if (s.data(NavigationTreeModel::IdRole).toLongLong() == device.siteId)
            site = s;
    }
    QVERIFY(site.isValid());
    const auto badgeColor = [&] {
        tree->scrollTo(site);
        const QRect cell = tree->visualRect(site);
        const QRect badge = Widgets::ItemMarkDelegate::markRect(cell, tree->fontMetrics());
        const QImage image = tree->viewport()->grab().toImage();
        // Beside the white mark in its middle.
        const QPoint spot(badge.left() + 2, badge.center().y());
        return QColor(image.pixel(spot * image.devicePixelRatio()));
    };
    const QColor critical = Models::alarmSeverityColor(Alarms::Severity::Critical);
    QVERIFY(badgeColor() != critical);
    Alarms::Alarm a;
    a.id = 77;
    a.device = device.name;
    a.severity = Alarms::Severity::Critical;
    a.summary = QStringLiteral("down");
    alarms->session()->applyList({a.toJson()});
    alarms->model()->flush();
    QCOMPARE(alarms->model()->badges().sites.value(device.siteId), Alarms::Severity::Critical);
    QTRY_COMPARE(badgeColor(), critical);
    QVERIFY(qobject_cast<Widgets::ItemMarkDelegate *>(tree->itemDelegate()));
}
