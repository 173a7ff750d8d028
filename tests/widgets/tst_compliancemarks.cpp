// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Configuration compliance marks set on the main window: in the navigation
// tree beside the alarm badges, on the rack faceplates and on the topology
// cards; views opened later show them, a later call replaces them.
#include <algorithm>

#include <QApplication>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "app/console/alarmfeature.h"
#include "app/console/featurewiring.h"
#include "app/console/workspacefeatures.h"
#include "backend/settings/settings.h"
#include "models/alarms/alarmstyle.h"
#include "models/alarms/alarmtablemodel.h"
#include "models/compliance/compliancemarks.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/log/logmodel.h"
#include "models/topology/topologymodel.h"
#include "tests/models/session/inventory/demoinventory.h"
#include "tests/widgets/screenshotfile.h"
#include "tests/widgets/xvfbtestmain.h"
#include "widgets/console/mainwindow.h"
#include "widgets/inventory/itemmarkdelegate.h"
#include "widgets/rack/rackitems.h"
#include "widgets/rack/rackscene.h"
#include "widgets/rack/rackviews.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "widgets/topology/topologynodeitem.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"
#include "widgets/topology/topologywidget.h"

using namespace OpsDeck;
using Models::NavigationTreeModel;
using Models::NodeKind;
using Widgets::MainWindow;

namespace {

// Pixels of exactly @p color in @p rect of @p image (logical coordinates).
int countPixels(const QImage &image, const QRect &rect, const QColor &color)
{
    const QRect area = QRect(rect.topLeft() * image.devicePixelRatio(), rect.size() * image.devicePixelRatio())
                           .intersected(image.rect());
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += QColor(image.pixel(x, y)).rgb() == color.rgb() ? 1 : 0;
    }
    return n;
}

Models::ComplianceMarks marksFor(qint64 nonCompliant, qint64 compliant)
{
    Models::ComplianceMarks marks;
    if (nonCompliant)
        marks.insert(nonCompliant, {true, 3, QStringLiteral("critical")});
    if (compliant)
        marks.insert(compliant, {false, 0, {}});
    return marks;
}

// A critical alarm on a device, as the alarm engine would report it.
void raiseCriticalAlarm(MainWindow *window, const QString &device)
{
    Console::AlarmFeature *alarms = window->findChild<Console::FeatureWiring *>()->features()->alarms();
    Alarms::Alarm a;
    a.id = 4242;
    a.device = device;
    a.severity = Alarms::Severity::Critical;
    a.summary = QStringLiteral("down");
    alarms->session()->applyList({a.toJson()});
    alarms->model()->flush();
}

} // namespace

class TestComplianceMarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeMarksDevicesRacksAndSites();
    void rackFaceplatesCarryTheTag();
    void topologyCardsCarryTheTag();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    // Two racked devices of one site in different racks.
    [[nodiscard]] std::pair<Domain::Device, Domain::Device> twoRackedDevices() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Models::InventoryService> m_service;
    Models::LogModel m_log;
    std::unique_ptr<Settings::Settings> m_settings;
};

void TestComplianceMarks::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(m_dir.isValid());
    m_service = Test::openDemoInventory(m_dir);
    QVERIFY(m_service);
}

std::unique_ptr<MainWindow> TestComplianceMarks::openWindow(const QString &name)
{
    m_settings = std::make_unique<Settings::Settings>(m_dir.filePath(name + QStringLiteral(".ini")));
    auto window = std::make_unique<MainWindow>(m_service.get(), m_settings.get(), &m_log);
    new Console::FeatureWiring(window.get());
    window->resize(1600, 1000);
    QSignalSpy painted(window.get(), &MainWindow::inventoryPainted);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (painted.isEmpty() && !painted.wait(10000))
        return nullptr;
    return window;
}

std::pair<Domain::Device, Domain::Device> TestComplianceMarks::twoRackedDevices() const
{
    const auto &devices = m_service->snapshot().devices;
    for (const Domain::Device &a : devices) {
        if (a.rackId == 0 || a.uHeight < 1 || a.parentDeviceId != 0)
            continue;
        for (const Domain::Device &b : devices) {
            if (b.siteId == a.siteId && b.rackId != 0 && b.rackId != a.rackId && b.parentDeviceId == 0)
                return {a, b};
        }
    }
    return {};
}

void TestComplianceMarks::treeMarksDevicesRacksAndSites()
{
    auto window = openWindow(QStringLiteral("tree"));
    QVERIFY(window);
    const auto [bad, good] = twoRackedDevices();
    QVERIFY(bad.id && good.id);
    QTreeView *tree = window->navigationView();
    Widgets::ItemMarkDelegate *delegate = window->navigationMarks();
    QCOMPARE(tree->itemDelegate(), delegate);
    NavigationTreeModel *model = window->navigationModel();
    const QColor violet = Models::complianceMarkColor();

    const auto complianceTips = [&](const QModelIndex &index) {
        QStringList tips;
        for (const Widgets::ItemMark &m : delegate->marks(index)) {
            if (m.fill == violet)
                tips << m.toolTip;
        }
        return tips;
    };
    // Violet pixels in the @p slot-th mark of a row, as drawn.
    const auto violetIn = [&](const QModelIndex &index, int slot) {
        tree->scrollTo(index);
        const QRect mark = Widgets::ItemMarkDelegate::markRect(tree->visualRect(index), tree->fontMetrics(), slot);
        return countPixels(tree->viewport()->grab().toImage(), mark, violet);
    };

    window->setComplianceMarks(marksFor(bad.id, good.id));
    QVERIFY(window->selectDevice(bad.id));
    QVERIFY(window->selectDevice(good.id));
    const QModelIndex badRow = model->indexOf(NodeKind::Device, bad.id);
    const QModelIndex goodRow = model->indexOf(NodeKind::Device, good.id);
    const QModelIndex badRack = model->indexOf(NodeKind::Rack, bad.rackId);
    const QModelIndex goodRack = model->indexOf(NodeKind::Rack, good.rackId);
    const QModelIndex site = model->indexOf(NodeKind::Site, bad.siteId);
    QVERIFY(badRow.isValid() && goodRow.isValid() && badRack.isValid() && goodRack.isValid() && site.isValid());

    QCOMPARE(complianceTips(badRow), QStringList{QStringLiteral("Not compliant: 3 failed check(s) (worst: critical)")});
    QCOMPARE(complianceTips(badRack), QStringList{QStringLiteral("1 device(s) not compliant")});
    QCOMPARE(complianceTips(site), QStringList{QStringLiteral("1 device(s) not compliant")});
    QVERIFY(complianceTips(goodRow).isEmpty()); // checked and compliant
    QVERIFY(complianceTips(goodRack).isEmpty());
    // Drawn in its slot: the first one, or the second beside an alarm badge.
    const QList<Widgets::ItemMark> first = delegate->marks(badRow);
    const int slot = int(std::find_if(first.cbegin(), first.cend(), [&](const auto &m) { return m.fill == violet; }) -
                         first.cbegin());
    QTRY_VERIFY(violetIn(badRow, slot) > 10);
    QCOMPARE(violetIn(goodRow, 0), 0);
    Test::saveScreenshot(tree->viewport()->grab().toImage(), QStringLiteral("compliance-tree.png"));

    // A critical alarm on the device: its badge at the right end, the compliance mark beside it.
    raiseCriticalAlarm(window.get(), bad.name);
    const QList<Widgets::ItemMark> both = delegate->marks(badRow);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).fill, Models::alarmSeverityColor(Alarms::Severity::Critical));
    QCOMPARE(both.at(1).fill, violet);
    QTRY_VERIFY(violetIn(badRow, 1) > 10);
    QCOMPARE(violetIn(badRow, 0), 0);
    Test::saveScreenshot(tree->viewport()->grab().toImage(), QStringLiteral("compliance-tree-alarm.png"));

    // A later call replaces the marks: the device is compliant now.
    window->setComplianceMarks(marksFor(good.id, 0));
    QVERIFY(complianceTips(badRow).isEmpty());
    QVERIFY(complianceTips(badRack).isEmpty());
    QCOMPARE(complianceTips(goodRow).size(), 1);
    QCOMPARE(complianceTips(site), QStringList{QStringLiteral("1 device(s) not compliant")});
    QTRY_COMPARE(violetIn(badRow, 1), 0);
    QCOMPARE(delegate->marks(badRow).size(), 1); // the alarm stays
}

void TestComplianceMarks::rackFaceplatesCarryTheTag()
{
    auto window = openWindow(QStringLiteral("rack"));
    QVERIFY(window);
    const auto [bad, good] = twoRackedDevices();
    QVERIFY(bad.id);
    // Set before the rack view exists: it shows them when it opens.
    window->setComplianceMarks(marksFor(bad.id, 0));
    Widgets::RackWorkspaceWidget *rack = window->showRack(bad.rackId, bad.id);
    QVERIFY(rack);
    QTRY_VERIFY_WITH_TIMEOUT(!rack->isLoading(), 15000);
    Widgets::RackScene *scene = rack->elevationView()->rackScene();
    QTRY_VERIFY(!scene->deviceRect(bad.id).isNull());

    const auto tag = [&] {
        const QRectF device = scene->deviceRect(bad.id).adjusted(-2, -2, 2, 2); // the placement rect
        const QRectF inScene = Widgets::RackPainter::complianceTagRect(device);
        return rack->elevationView()->mapFromScene(inScene).boundingRect();
    };
    const auto violetOnTag = [&] {
        const QImage image = rack->elevationView()->viewport()->grab().toImage();
        return countPixels(image, tag(), Models::complianceMarkColor());
    };
    const auto toolTip = [&] {
        for (QGraphicsItem *item : scene->items()) {
            auto *d = qgraphicsitem_cast<Widgets::RackDeviceItem *>(item);
            if (d && d->deviceId() == bad.id && d->isMountedFace())
                return d->toolTip();
        }
        return QString();
    };
    QVERIFY(rack->elevationView()->transform().m11() >= Widgets::RackPainter::kLabelDetail);
    QVERIFY(scene->complianceMark(bad.id).has_value());
    QVERIFY(toolTip().contains(QLatin1String("Not compliant: 3 failed check(s) (worst: critical)")));
    QTRY_VERIFY(violetOnTag() > tag().width() * tag().height() / 4);
    // An alarm badge joins it on the left, neither hiding the other.
    raiseCriticalAlarm(window.get(), bad.name);
    const auto redLeftOfTag = [&] {
        const QRect t = tag();
        const QRect left(t.left() - 3 * t.width(), t.top(), 3 * t.width(), t.height());
        const QImage image = rack->elevationView()->viewport()->grab().toImage();
        return countPixels(image, left, Models::alarmSeverityColor(Alarms::Severity::Critical));
    };
    QTRY_VERIFY(redLeftOfTag() > 4);
    QVERIFY(violetOnTag() > tag().width() * tag().height() / 4);
    Test::saveScreenshot(rack->elevationView()->viewport()->grab().toImage(), QStringLiteral("compliance-rack.png"));

    // Replaced without the device: the tag and the tooltip line go.
    window->setComplianceMarks(marksFor(good.id, bad.id));
    QVERIFY(!scene->complianceMark(bad.id).has_value());
    QVERIFY(!toolTip().contains(QLatin1String("Not compliant")));
    QTRY_COMPARE(violetOnTag(), 0);
    // And back, on the open view.
    window->setComplianceMarks(marksFor(bad.id, 0));
    QTRY_VERIFY(violetOnTag() > 0);
}

void TestComplianceMarks::topologyCardsCarryTheTag()
{
    auto window = openWindow(QStringLiteral("topology"));
    QVERIFY(window);
    const auto [bad, good] = twoRackedDevices();
    QVERIFY(bad.id);
    window->setComplianceMarks(marksFor(bad.id, 0));
    Widgets::TopologyWidget *topology = window->showTopologyAround(bad.id, 1);
    QVERIFY(topology);
    Widgets::TopologyScene *scene = topology->scene();
    QTRY_VERIFY_WITH_TIMEOUT(scene->hasNode(bad.id), 15000);
    const auto &nodes = topology->model()->graph().nodes;
    const auto other = std::find_if(nodes.cbegin(), nodes.cend(), [&](const auto &n) { return n.deviceId != bad.id; });
    QVERIFY(other != nodes.cend());
    const qint64 neighbour = other->deviceId;
    QGraphicsView *view = topology->view();
    // At 100 %, close enough for names and badges (the view fits the graph when it is laid out).
    const auto showAt100 = [&](qint64 deviceId) {
        view->setTransform(QTransform());
        view->centerOn(scene->nodePosition(deviceId));
    };

    const auto pixelsOn = [&](qint64 deviceId, const QColor &color) {
        showAt100(deviceId);
        const QImage image = view->viewport()->grab().toImage();
        QRectF card;
        for (QGraphicsItem *item : scene->items(scene->nodePosition(deviceId))) {
            if (dynamic_cast<Widgets::TopologyNodeItem *>(item))
                card = item->sceneBoundingRect();
        }
        return countPixels(image, view->mapFromScene(card).boundingRect(), color);
    };
    const auto violetOn = [&](qint64 deviceId) { return pixelsOn(deviceId, Models::complianceMarkColor()); };
    QVERIFY(scene->complianceMark(bad.id).has_value());
    QVERIFY(!scene->complianceMark(neighbour).has_value());
    QVERIFY(scene->nodeToolTip(bad.id).contains(QLatin1String("Not compliant: 3 failed check(s) (worst: critical)")));
    QVERIFY(!scene->nodeToolTip(neighbour).contains(QLatin1String("Not compliant")));
    QTRY_VERIFY(violetOn(bad.id) > 40);
    // Beside an alarm badge.
    raiseCriticalAlarm(window.get(), bad.name);
    QTRY_VERIFY(topology->model()->nodeState(bad.id).criticalAlarms > 0);
    QTRY_VERIFY(pixelsOn(bad.id, Models::alarmSeverityColor(Alarms::Severity::Critical)) > 40);
    QVERIFY(violetOn(bad.id) > 40);
    QTRY_COMPARE(violetOn(neighbour), 0);
    showAt100(bad.id);
    Test::saveScreenshot(view->viewport()->grab().toImage(), QStringLiteral("compliance-topology.png"));

    // Replaced without the device.
    window->setComplianceMarks(marksFor(neighbour, bad.id));
    QVERIFY(!scene->complianceMark(bad.id).has_value());
    QVERIFY(!scene->nodeToolTip(bad.id).contains(QLatin1String("Not compliant")));
    QTRY_COMPARE(violetOn(bad.id), 0);
    QTRY_VERIFY(violetOn(neighbour) > 40);
}

OPSDECK_XVFB_TEST_MAIN(TestComplianceMarks)
#include "tst_compliancemarks.moc"
