// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QGraphicsItem>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "backend/topology/viewstore.h"
#include "models/session/topology/storetopologysource.h"
#include "models/topology/topologyauditmodel.h"
#include "models/topology/topologymodel.h"
#include "tests/rig/rigenv.h"
#include "tests/widgets/xvfbtestmain.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"
#include "widgets/topology/topologywidget.h"

using namespace OpsDeck;
using namespace OpsDeck::Topology;

// The topology tab on the demo estate under a real X server: hierarchy,
// live overlay with the LLDP audit, the whole estate as a mesh; dragging,
// saved views, search and export. Screenshots go to <build>/screenshots.
class TestTopologyWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hierarchyAroundALeaf();
    void liveStateAndAudit();
    void dragIsSavedPerView();
    void searchAndFocus();
    void wholeEstate();
    void exportFormats();
    void realNamesShowWhatTellsThemApart_data();
    void realNamesShowWhatTellsThemApart();
    void itemsNeverOutliveTheirGraph();

private:
    qint64 deviceId(const QString &name) const;
    bool showScope(const TopologyScope &scope);
    void screenshot(const QString &name);

    QTemporaryDir m_dir;
    QString m_storePath;
    QList<Domain::Device> m_devices;
    std::unique_ptr<Models::StoreTopologySource> m_source;
    std::unique_ptr<Widgets::TopologyWidget> m_widget;
};

void TestTopologyWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("store.db"));
    {
        auto store = Store::Store::openSqlite(m_storePath);
        QVERIFY(store.ok());
        QVERIFY(Demo::importDemoEstate(*store.value()).ok());
        auto devices = store.value()->devices();
        QVERIFY(devices.ok());
        m_devices = devices.value();
    }
    m_source = std::make_unique<Models::StoreTopologySource>(
        [path = m_storePath] { return Store::Store::openSqlite(path); }, m_dir.filePath(QStringLiteral("views")));
    m_widget = std::make_unique<Widgets::TopologyWidget>(m_source.get());
    m_widget->resize(1400, 900);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QDir().mkpath(QStringLiteral(OPSDECK_BINARY_DIR "/screenshots"));
}

qint64 TestTopologyWidget::deviceId(const QString &name) const
{
    for (const Domain::Device &d : m_devices) {
        if (d.name == name)
            return d.id;
    }
    return 0;
}

bool TestTopologyWidget::showScope(const TopologyScope &scope)
{
    QSignalSpy shown(m_widget.get(), &Widgets::TopologyWidget::graphShown);
    m_widget->setScope(scope);
    return shown.wait(120000);
}

void TestTopologyWidget::screenshot(const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral(OPSDECK_BINARY_DIR "/screenshots/topology-%1.png").arg(name);
    QVERIFY(m_widget->grab().save(path));
}

void TestTopologyWidget::hierarchyAroundALeaf()
{
    TopologyScope scope;
    scope.kind = TopologyScope::Kind::Neighbourhood;
    scope.deviceId = deviceId(QStringLiteral("ams1-r002-leaf1"));
    scope.hops = 2;
    QVERIFY(scope.deviceId);
    QVERIFY(showScope(scope));
    const auto *model = m_widget->model();
    QCOMPARE(model->usedEngine(), LayoutEngine::Hierarchical);
    QVERIFY(model->graph().nodes.size() > 10);
    QVERIFY(m_widget->scene()->hasNode(scope.deviceId));
    QVERIFY2(m_widget->statusText().startsWith(QString::number(model->graph().nodes.size()) + QStringLiteral(" device")),
             qPrintable(m_widget->statusText()));
    // Core above leaf above servers on screen too.
    const QPointF core = m_widget->scene()->nodePosition(deviceId(QStringLiteral("ams1-core-1")));
    const QPointF leaf = m_widget->scene()->nodePosition(scope.deviceId);
    const QPointF server = m_widget->scene()->nodePosition(deviceId(QStringLiteral("ams1-r002-srv01")));
    QVERIFY(core.y() < leaf.y());
    QVERIFY(leaf.y() < server.y());
    screenshot(QStringLiteral("hierarchy"));
}

void TestTopologyWidget::liveStateAndAudit()
{
    auto *model = m_widget->model();
    const TopologyGraph &g = model->graph();
    QVERIFY(!g.nodes.isEmpty());
    const qint64 core1 = deviceId(QStringLiteral("ams1-core-1"));
    const qint64 leaf = deviceId(QStringLiteral("ams1-r002-leaf1"));
    const qint64 leaf2 = deviceId(QStringLiteral("ams1-r002-leaf2"));

    // Live state: the second core down, one leaf with a warning, every
    // link up with a spread of utilisation, and one server link down.
    QList<NodeState> nodes;
    for (const TopologyNode &n : g.nodes)
        nodes << NodeState{n.deviceId, Reachability::Up, 0, 0};
    nodes << NodeState{deviceId(QStringLiteral("ams1-core-2")), Reachability::Down, 0, 1};
    nodes << NodeState{leaf2, Reachability::Up, 2, 0};
    QList<LinkState> links;
    int k = 0;
    qint64 downInterface = 0;
    int downEdge = -1;
    for (int i = 0; i < g.edges.size(); ++i) {
        for (const TopologyMember &m : g.edges.at(i).members) {
            const double u = (k++ % 10) / 10.0;
            const bool down = !downInterface && g.edges.at(i).kind == TopologyEdge::Kind::Lag;
            if (down) {
                downInterface = m.aInterfaceId;
                downEdge = i;
            }
            links << LinkState{m.aInterfaceId, !down, u * m.speedKbps * 1000, u * m.speedKbps * 500, 0};
        }
    }
    QVERIFY(downEdge >= 0);
    QSignalSpy live(model, &Models::TopologyModel::liveStateChanged);
    m_widget->applyNodeStates(nodes);
    m_widget->applyLinkStates(links);
    QVERIFY(live.wait(2000));
    QVERIFY(model->edgeStyle(downEdge).dashed);
    QCOMPARE(model->edgeStyle(downEdge).color, QColor(0xd3, 0x2f, 0x2f));

    // LLDP as the leaf reports it: one uplink agrees, the other is on
    // another port, a server cable is not seen and a cable is missing.
    QString coreUplink;
    QString core2Uplink;
    QString core2Port;
    QString leafToLeaf2Port;
    for (const TopologyEdge &e : g.edges) {
        for (const TopologyMember &m : e.members) {
            if (e.aDeviceId == core1 && e.bDeviceId == leaf)
                coreUplink = m.bInterface + u'|' + m.aInterface;
            if (e.aDeviceId == deviceId(QStringLiteral("ams1-core-2")) && e.bDeviceId == leaf) {
                core2Uplink = m.bInterface;
                core2Port = m.aInterface;
            }
        }
    }
    Q_UNUSED(leafToLeaf2Port)
    QVERIFY(!coreUplink.isEmpty() && !core2Uplink.isEmpty());
    const QString leafName = QStringLiteral("ams1-r002-leaf1");
    QList<LldpNeighbour> neighbours = {
        {leafName, coreUplink.section(u'|', 0, 0), QStringLiteral("ams1-core-1"), coreUplink.section(u'|', 1, 1)},
        {leafName, core2Uplink, QStringLiteral("ams1-core-2.example.net"), QStringLiteral("Ethernet30/1")},
        {leafName, QStringLiteral("Ethernet47"), QStringLiteral("ams1-r002-leaf2"), QStringLiteral("Ethernet47")},
    };
    // The leaf's server ports as seen (all but the first: not seen).
    for (const TopologyEdge &e : g.edges) {
        if (e.aDeviceId != leaf)
            continue;
        for (const TopologyMember &m : e.members) {
            if (m.aInterface != QLatin1String("Ethernet1"))
                neighbours << LldpNeighbour{leafName, m.aInterface,
                                            g.nodes.at(g.indexOf(e.bDeviceId)).name, m.bInterface};
        }
    }
    m_widget->setLldpNeighbours(neighbours);
    const AuditReport &report = model->auditReport();
    QCOMPARE(report.count(AuditFinding::Kind::MissingInNetBox), 1);
    QCOMPARE(report.count(AuditFinding::Kind::PortMismatch), 1);
    QCOMPARE(report.count(AuditFinding::Kind::NotSeenByLldp), 1);
    QCOMPARE(report.count(AuditFinding::Kind::UnknownNeighbour), 0);
    QCOMPARE(m_widget->auditModel()->rowCount(), 3);
    QVERIFY(m_widget->statusText().contains(QStringLiteral("LLDP")));

    // Check two rows and ask for the change set.
    QSignalSpy requested(m_widget.get(), &Widgets::TopologyWidget::changeSetRequested);
    auto *audit = m_widget->auditModel();
    QVERIFY(audit->setData(audit->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(audit->setData(audit->index(2, 0), Qt::Checked, Qt::CheckStateRole));
    const CableChangeSet changes = audit->changeSet();
    QCOMPARE(changes.creates(), 2);
    QCOMPARE(changes.deletes(), 1);
    QVERIFY2(changes.description().contains(QStringLiteral("ams1-core-2:%1").arg(core2Port)), qPrintable(changes.description()));
    screenshot(QStringLiteral("live-audit"));
}

void TestTopologyWidget::dragIsSavedPerView()
{
    auto *view = m_widget->view();
    const qint64 id = deviceId(QStringLiteral("ams1-r002-leaf1"));
    view->focusDevice(id);
    QApplication::processEvents();
    const QPointF before = m_widget->scene()->nodePosition(id);
    const QPoint start = view->mapFromScene(before);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view->viewport(), start + QPoint(20, 10));
    QTest::mouseMove(view->viewport(), start + QPoint(60, 40));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(60, 40));
    QTRY_VERIFY(m_widget->model()->isPinned(id));
    const QPointF after = m_widget->model()->position(id);
    QVERIFY(after.x() > before.x() + 20);

    // Saved under the view's key, and back when the view is shown again.
    const QString file = Topology::ViewStore(m_dir.filePath(QStringLiteral("views"))).fileFor(m_widget->scope().key());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5000);
    const TopologyScope scope = m_widget->scope();
    TopologyScope other;
    other.kind = TopologyScope::Kind::Role;
    other.role = QStringLiteral("Core Switch");
    QVERIFY(showScope(other));
    QVERIFY(!m_widget->model()->isPinned(id));
    QVERIFY(showScope(scope));
    QVERIFY(m_widget->model()->isPinned(id));
    QCOMPARE(m_widget->scene()->nodePosition(id), after);
}

void TestTopologyWidget::searchAndFocus()
{
    QLineEdit *search = m_widget->searchField();
    search->setFocus();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("srv03"));
    QTest::keyClick(search, Qt::Key_Return);
    const qint64 id = deviceId(QStringLiteral("ams1-r002-srv03"));
    QVERIFY(m_widget->scene()->isHighlighted(id));
    const QList<QGraphicsItem *> selected = m_widget->scene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first()->pos(), m_widget->scene()->nodePosition(id));
    // Brought into view.
    const QPoint at = m_widget->view()->mapFromScene(m_widget->scene()->nodePosition(id));
    QVERIFY(m_widget->view()->viewport()->rect().adjusted(40, 20, -40, -20).contains(at));

    QSignalSpy activated(m_widget.get(), &Widgets::TopologyWidget::deviceActivated);
    QTest::mouseDClick(m_widget->view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), id);
    screenshot(QStringLiteral("search"));
}

void TestTopologyWidget::wholeEstate()
{
    TopologyScope scope;
    scope.groupBy = GroupBy::None;
    QVERIFY(showScope(scope));
    QCOMPARE(m_widget->model()->usedEngine(), LayoutEngine::Mesh);
    QVERIFY(m_widget->model()->graph().nodes.size() > 250);
    screenshot(QStringLiteral("estate"));
    // Zoomed in, the minimap shows where the view is.
    QVERIFY(!m_widget->view()->isMinimapVisible());
    m_widget->selectDevice(deviceId(QStringLiteral("ams1-core-1")));
    QVERIFY(m_widget->view()->isMinimapVisible());
    screenshot(QStringLiteral("estate-zoomed"));
}

void TestTopologyWidget::exportFormats()
{
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path = m_dir.filePath(QStringLiteral("export.") + QLatin1String(suffix));
        QString error;
        QVERIFY2(m_widget->view()->exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (qstrcmp(suffix, "png") == 0)
            QVERIFY(head.startsWith("\x89PNG"));
        else if (qstrcmp(suffix, "svg") == 0)
            QVERIFY(head.startsWith("<?xml"));
        else
            QVERIFY(head.startsWith("%PDF"));
        QVERIFY(file.size() > 2000);
    }
    const QImage png(m_dir.filePath(QStringLiteral("export.png")));
    QVERIFY(png.width() > 1000);
    QString error;
    QVERIFY(!m_widget->view()->exportTo(m_dir.filePath(QStringLiteral("export.bmpx")), &error));
    QVERIFY(!error.isEmpty());
}

void TestTopologyWidget::realNamesShowWhatTellsThemApart_data()
{
    QTest::addColumn<QStringList>("spines");
    QTest::addColumn<QStringList>("leaves");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QStringList>("shown"); ///< spines, then leaves
    QTest::addColumn<QString>("file");
    // Names separated by spaces.
    const auto list = [](const char *names) { return QString::fromLatin1(names).split(u' '); };
    // Zoomed out the names are drawn large: the site suffix makes way.
    QTest::newRow("site suffix, zoomed out")
        << list("spine01-ams1 spine02-ams1") << list("leaf01-ams1 leaf02-ams1 leaf03-ams1 leaf04-ams1")
        << 0.5 << list("spine01 spine02 leaf01 leaf02 leaf03 leaf04")
        << QStringLiteral("real-names-zoomed-out");
    // At full size they fit whole.
    QTest::newRow("site suffix, full size")
        << list("spine01-ams1 spine02-ams1") << list("leaf01-ams1 leaf02-ams1 leaf03-ams1 leaf04-ams1")
        << 1.0 << list("spine01-ams1 spine02-ams1 leaf01-ams1 leaf02-ams1 leaf03-ams1 leaf04-ams1")
        << QStringLiteral("real-names");
    // FQDNs with a site prefix do not fit even at full size.
    QTest::newRow("fqdn, full size")
        << list("ams1-spine-01.example.net ams1-spine-02.example.net")
        << list("ams1-leaf-01.example.net ams1-leaf-02.example.net ams1-leaf-03.example.net") << 1.0
        << list("spine-01 spine-02 leaf-01 leaf-02 leaf-03") << QStringLiteral("fqdn-names");
}

void TestTopologyWidget::realNamesShowWhatTellsThemApart()
{
    QFETCH(QStringList, spines);
    QFETCH(QStringList, leaves);
    QFETCH(double, zoom);
    QFETCH(QStringList, shown);
    QFETCH(QString, file);
    // A spine-and-leaf fabric named the way real NetBox estates are.
    TopologySourceData data;
    qint64 id = 0;
    const auto device = [&](const QString &name, const char *role) {
        Domain::Device d;
        d.id = ++id;
        d.name = name;
        d.roleName = QString::fromLatin1(role);
        data.devices << d;
    };
    for (const QString &n : std::as_const(spines))
        device(n, "Spine Switch");
    for (const QString &n : std::as_const(leaves))
        device(n, "Leaf Switch");
    qint64 iface = 100;
    for (qint64 spine = 1; spine <= spines.size(); ++spine) {
        for (qint64 leaf = spines.size() + 1; leaf <= id; ++leaf) {
            Domain::LinkRecord l;
            l.cableId = iface;
            l.cableStatus = QStringLiteral("connected");
            l.aDeviceId = spine;
            l.aInterfaceId = ++iface;
            l.aInterface = QStringLiteral("Ethernet%1/1").arg(leaf);
            l.bDeviceId = leaf;
            l.bInterfaceId = ++iface;
            l.bInterface = QStringLiteral("Ethernet%1/1").arg(49 + spine);
            data.links << l;
        }
    }
    Models::TopologyModel model;
    Widgets::TopologyScene scene(&model);
    Widgets::TopologyView view(&scene);
    // Laid out while the view is still small (a tab not shown yet), shown afterwards.
    view.resize(240, 160);
    QSignalSpy changed(&model, &Models::TopologyModel::graphChanged);
    model.setGraph(TopologyBuilder::build(data, {}));
    QVERIFY(changed.wait(60000));
    view.resize(1000, 620);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();

    // It opens fitted: the whole graph in view, filling it (or at 120 %, the
    // most a small graph is blown up).
    const QRect content = view.mapFromScene(scene.itemsBoundingRect()).boundingRect();
    QVERIFY2(view.viewport()->rect().adjusted(-1, -1, 1, 1).contains(content),
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(content.x()).arg(content.y()).arg(content.width()).arg(content.height())));
    QVERIFY(view.isFitted());
    QVERIFY(content.width() > view.viewport()->width() * 0.6 || content.height() > view.viewport()->height() * 0.6
            || qFuzzyCompare(view.zoom(), 1.2));

    const QStringList names = spines + leaves;
    for (int i = 0; i < names.size(); ++i) {
        const qint64 deviceId = i + 1;
        QCOMPARE(scene.nodeCardText(deviceId, zoom), shown.at(i));
        // The tooltip names the device in full.
        QVERIFY(scene.nodeToolTip(deviceId).contains(names.at(i)));
    }
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(scene.itemsBoundingRect().center());
    QApplication::processEvents();
    const QString path = QStringLiteral(OPSDECK_BINARY_DIR "/screenshots/topology-%1.png").arg(file);
    QVERIFY(view.grab().save(path));
}

// A new graph is laid out in the background; whatever paints meanwhile
// (live state, alarms, an expose) must not reach for nodes of the old one.
void TestTopologyWidget::itemsNeverOutliveTheirGraph()
{
    const auto graphOf = [](qint64 first, qint64 last) {
        TopologyGraph g;
        for (qint64 id = first; id <= last; ++id) {
            TopologyNode n;
            n.deviceId = id;
            n.name = QStringLiteral("sw-%1").arg(id);
            g.nodeIndex.insert(id, int(g.nodes.size()));
            g.nodes << n;
        }
        return g;
    };
    Models::TopologyModel model;
    Widgets::TopologyScene scene(&model);
    QSignalSpy changed(&model, &Models::TopologyModel::graphChanged);
    model.setGraph(graphOf(1, 8));
    QVERIFY(changed.wait(30000));
    QVERIFY(scene.hasNode(8));

    model.setGraph(graphOf(7, 9));
    QVERIFY(!scene.hasNode(1)); // gone at once, not after the layout
    QVERIFY(scene.hasNode(7));  // placed before: kept in place meanwhile
    QVERIFY(!scene.hasNode(9)); // not placed yet
    QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
    painter.end();
    QVERIFY(changed.wait(30000));
    QVERIFY(scene.hasNode(9));
}

OPSDECK_XVFB_TEST_MAIN(TestTopologyWidget)

#include "tst_topologywidget.moc"
