// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include "models/rack/devicetypelistmodel.h"
#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/rackdemo.h"
#include "tests/widgets/rack/staticrackdatasource.h"
#include "widgets/rack/rackhistoryview.h"
#include "widgets/rack/rackpalettedock.h"
#include "widgets/rack/rackscene.h"
#include "widgets/rack/rackviews.h"
#include "widgets/rack/rackworkspacewidget.h"

using namespace OpsDeck;

class TestRackWorkspaceWidget : public QObject
{
    Q_OBJECT

private:
    Test::RackDemo m_demo;
    qint64 m_siteId = 0;
    QList<Domain::Rack> m_racks;
    std::unique_ptr<Widgets::RackWorkspaceWidget> m_widget;

    qint64 rackNamed(const QString &name) const
    {
        for (const Domain::Rack &r : m_racks) {
            if (r.name == name)
                return r.id;
        }
        return 0;
    }

    Domain::Device deviceNamed(const QString &suffix, qint64 rackId) const
    {
        for (const Domain::Device &d : m_widget->planModel()->devicesInRack(rackId)) {
            if (d.name.endsWith(suffix))
                return d;
        }
        return {};
    }

    QPoint viewPoint(QGraphicsView *view, const QPointF &scenePos) const { return view->mapFromScene(scenePos); }

    // Drives a drag-and-drop of a palette entry the way QDrag delivers it to
    // the view: enter, moves, drop, with the palette model's own MIME data.
    bool dropType(QGraphicsView *view, const QString &filter, const QPointF &scenePos)
    {
        auto *palette = m_widget->paletteDock();
        palette->searchField()->setText(filter);
        if (palette->proxyModel()->rowCount() < 1)
            return false;
        const QModelIndex index = palette->proxyModel()->index(0, 0);
        std::unique_ptr<QMimeData> mime(palette->proxyModel()->mimeData({index}));
        QWidget *target = view->viewport();
        const QPoint start = viewPoint(view, scenePos) + QPoint(0, -40);
        const QPoint end = viewPoint(view, scenePos);
        QDragEnterEvent enter(start, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(end, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(end, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return true;
    }

    void mouseDrag(QGraphicsView *view, const QPointF &from, const QPointF &to)
    {
        QWidget *vp = view->viewport();
        const QPoint a = viewPoint(view, from);
        const QPoint b = viewPoint(view, to);
        QTest::mousePress(vp, Qt::LeftButton, {}, a);
        // Several steps with the button held, as a hand would move. Sent to
        // the viewport like the press (QTest::mouseMove goes through the
        // window and loses the implicit grab offscreen).
        for (int i = 1; i <= 5; ++i) {
            const QPoint p = a + (b - a) * i / 5;
            QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_demo.open(1));
        auto store = Store::Store::openSqlite(m_demo.storePath);
        QVERIFY(store);
        const auto sites = store.value()->sites(); // keep the result alive for the loop
        for (const Domain::Site &s : sites.value()) {
            if (s.name == QLatin1String("DC-AMS1"))
                m_siteId = s.id;
        }
        m_racks = *store.value()->racks(m_siteId);
    }

    void init()
    {
        m_widget = std::make_unique<Widgets::RackWorkspaceWidget>(m_demo.source.get());
        m_widget->resize(1400, 1100);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        QSignalSpy loaded(m_widget.get(), &Widgets::RackWorkspaceWidget::siteLoaded);
        m_widget->showRack(rackNamed(QStringLiteral("AMS1-R002")));
        QVERIFY(m_widget->isLoading());
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.first().first().toLongLong(), m_siteId);
        QCOMPARE(m_widget->currentRack(), rackNamed(QStringLiteral("AMS1-R002")));
    }

    void cleanup() { m_widget.reset(); }

    void dragDeviceToFreeUnitThenUndoRedo()
    {
        auto *view = m_widget->elevationView();
        auto *scene = view->rackScene();
        const qint64 rack = m_widget->currentRack();
        const Domain::Device srv = deviceNamed(QStringLiteral("-srv03"), rack);
        QVERIFY(srv.id);
        // Find a free unit to drag to on the rear (half-depth devices leave
        // none there; servers are full depth, so look for a unit both faces free).
        int freeU = 0;
        for (int u = 3; u < 40 && !freeU; ++u) {
            if (m_widget->planModel()->checkMove(srv.id, rack, u, QStringLiteral("front")).ok() && std::abs(u - srv.position) > 1)
                freeU = u;
        }
        QVERIFY(freeU);
        QSignalSpy selected(m_widget.get(), &Widgets::RackWorkspaceWidget::deviceSelected);
        const QRectF from = scene->deviceRect(srv.id);
        QVERIFY(!from.isNull());
        mouseDrag(view, from.center(), scene->unitCenter(rack, freeU, false));
        QCOMPARE(m_widget->planModel()->device(srv.id).position, double(freeU));
        QCOMPARE(m_widget->planModel()->undoStack()->count(), 1);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().first().toLongLong(), srv.id);
        // The scene rebuilt the rack: the device is drawn at its new unit.
        QVERIFY(std::abs(scene->deviceRect(srv.id).center().y() - scene->unitCenter(rack, freeU, false).y()) < 1);

        // Undo and redo with the keyboard, through the history.
        m_widget->activateWindow();
        m_widget->elevationView()->setFocus();
        QTest::keySequence(m_widget->elevationView(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(m_widget->planModel()->device(srv.id).position, srv.position);
        QCOMPARE(m_widget->historyView()->stack()->index(), 0);
        QTest::keySequence(m_widget->elevationView(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(m_widget->planModel()->device(srv.id).position, double(freeU));
        // Clicking the first line of the history goes back to the inventory.
        auto *history = m_widget->historyView();
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualRect(history->model()->index(0, 0)).center());
        QCOMPARE(m_widget->planModel()->device(srv.id).position, srv.position);
    }

    void dragOntoTakenUnitIsRefusedWithReason()
    {
        auto *view = m_widget->elevationView();
        auto *scene = view->rackScene();
        const qint64 rack = m_widget->currentRack();
        const Domain::Device srv = deviceNamed(QStringLiteral("-srv03"), rack);
        const Domain::Device leaf = deviceNamed(QStringLiteral("-leaf1"), rack);
        mouseDrag(view, scene->deviceRect(srv.id).center(), scene->deviceRect(leaf.id).center());
        QCOMPARE(m_widget->planModel()->device(srv.id).position, srv.position);
        QCOMPARE(m_widget->planModel()->undoStack()->count(), 0);
        QVERIFY2(m_widget->statusText().contains(leaf.name), qPrintable(m_widget->statusText()));
    }

    void dropFromPaletteAddsPlannedDevice()
    {
        auto *view = m_widget->elevationView();
        auto *scene = view->rackScene();
        const qint64 rack = m_widget->currentRack();
        const int before = int(m_widget->planModel()->devicesInRack(rack).size());
        int freeU = 0;
        qint64 r650 = 0;
        for (const Domain::DeviceType &t : m_widget->planModel()->deviceTypes()) {
            if (t.model == QLatin1String("PowerEdge R650"))
                r650 = t.id;
        }
        for (int u = 3; u < 40 && !freeU; ++u) {
            if (m_widget->planModel()->checkNewDevice(r650, rack, u, QStringLiteral("rear")).ok())
                freeU = u;
        }
        QVERIFY(freeU);
        QVERIFY(dropType(view, QStringLiteral("R650"), scene->unitCenter(rack, freeU, true)));
        const QList<Domain::Device> after = m_widget->planModel()->devicesInRack(rack);
        QCOMPARE(int(after.size()), before + 1);
        const Domain::Device added = m_widget->planModel()->device(m_widget->planModel()->lastAddedDeviceId());
        QCOMPARE(added.position, double(freeU));
        QCOMPARE(added.face, QStringLiteral("rear"));
        QCOMPARE(added.model, QStringLiteral("PowerEdge R650"));
        QVERIFY(!scene->deviceRect(added.id).isNull());
        QCOMPARE(m_widget->historyView()->stack()->count(), 1);

        // A 4U array dropped onto the leaf switches is refused and says why.
        const Domain::Device leaf = deviceNamed(QStringLiteral("-leaf2"), rack);
        QVERIFY(dropType(view, QStringLiteral("AFF A400"), scene->deviceRect(leaf.id).center()));
        QCOMPARE(int(m_widget->planModel()->devicesInRack(rack).size()), before + 1);
        QVERIFY2(m_widget->statusText().contains(QStringLiteral("taken")), qPrintable(m_widget->statusText()));

        m_widget->planModel()->undoStack()->undo();
        QCOMPARE(int(m_widget->planModel()->devicesInRack(rack).size()), before);
        QVERIFY(scene->deviceRect(added.id).isNull());
    }

    void dropExistingDeviceFromTree()
    {
        auto *view = m_widget->elevationView();
        auto *scene = view->rackScene();
        const qint64 rack = m_widget->currentRack();
        const qint64 other = rackNamed(QStringLiteral("AMS1-R006"));
        const Domain::Device srv = deviceNamed(QStringLiteral("-srv05"), other);
        QVERIFY(srv.id);
        int freeU = 0;
        for (int u = 3; u < 40 && !freeU; ++u) {
            if (m_widget->planModel()->checkMove(srv.id, rack, u, QStringLiteral("front")).ok())
                freeU = u;
        }
        QVERIFY(freeU);
        QMimeData mime;
        mime.setData(QString::fromLatin1(Widgets::RackScene::kDeviceMimeType), QByteArray::number(srv.id));
        const QPoint at = viewPoint(view, scene->unitCenter(rack, freeU, false));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QCOMPARE(m_widget->planModel()->device(srv.id).rackId, rack);
        QCOMPARE(m_widget->planModel()->device(srv.id).position, double(freeU));
    }

    void selectionBothWays()
    {
        auto *view = m_widget->elevationView();
        auto *scene = view->rackScene();
        const qint64 rack = m_widget->currentRack();
        const Domain::Device leaf = deviceNamed(QStringLiteral("-leaf1"), rack);
        QSignalSpy selected(m_widget.get(), &Widgets::RackWorkspaceWidget::deviceSelected);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(view, scene->deviceRect(leaf.id).center()));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), leaf.id);

        // Selected elsewhere (tree, table): the rack follows, without echo.
        const qint64 other = rackNamed(QStringLiteral("AMS1-R007"));
        const Domain::Device mgmt = deviceNamed(QStringLiteral("-mgmt1"), other);
        m_widget->selectDevice(mgmt.id);
        QCOMPARE(m_widget->currentRack(), other);
        QCOMPARE(scene->selectedItems().size(), qsizetype(1));
        QCOMPARE(selected.count(), 1);
        // A blade selects its chassis.
        const qint64 bladeRack = rackNamed(QStringLiteral("AMS1-R003"));
        const Domain::Device blade = deviceNamed(QStringLiteral("-blade3"), bladeRack);
        m_widget->selectDevice(blade.id);
        QCOMPARE(m_widget->currentRack(), bladeRack);
        QCOMPARE(scene->selectedItems().size(), qsizetype(1));
    }

    void roomViewSearchAndZoom()
    {
        QSignalSpy loaded(m_widget.get(), &Widgets::RackWorkspaceWidget::siteLoaded);
        m_widget->showSite(m_siteId);
        QCOMPARE(m_widget->mode(), Widgets::RackWorkspaceWidget::Mode::Room);
        auto *room = m_widget->roomView();
        QCOMPARE(room->rackScene()->racks().size(), m_racks.size());
        for (qint64 id : room->rackScene()->racks())
            QVERIFY(room->viewport()->rect().contains(room->mapFromScene(room->rackScene()->rackRect(id).center())));
        m_widget->setSearchText(QStringLiteral("srv01"));
        const qint64 r5 = rackNamed(QStringLiteral("AMS1-R005"));
        const Domain::Device hit = deviceNamed(QStringLiteral("-srv01"), r5);
        QVERIFY(room->rackScene()->isHighlighted(hit.id));
        QVERIFY(!room->rackScene()->isHighlighted(deviceNamed(QStringLiteral("-srv02"), r5).id));
        QVERIFY(m_widget->statusText().contains(QStringLiteral("10")));
        // Zoom from the room down to one unit.
        const double roomZoom = room->zoom();
        room->zoomToDevice(hit.id);
        QVERIFY(room->zoom() > roomZoom * 4);
        QVERIFY(room->viewport()->rect().contains(room->mapFromScene(room->rackScene()->deviceRect(hit.id).center())));
        QCOMPARE(loaded.count(), 0); // same site: no reload
    }

    // "Rack" on a site's room shows a rack of the site, never an empty
    // elevation, and the toolbar offers every rack of the site to choose.
    void rackModeOfASiteShowsARackToChooseFrom()
    {
        // A workspace opened on the site alone, as the console's Racks action does.
        Widgets::RackWorkspaceWidget widget(m_demo.source.get());
        widget.resize(1200, 900);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy loaded(&widget, &Widgets::RackWorkspaceWidget::siteLoaded);
        widget.showSite(m_siteId);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(widget.mode(), Widgets::RackWorkspaceWidget::Mode::Room);
        auto *bar = widget.findChild<QToolBar *>(QStringLiteral("rackToolBar"));
        QVERIFY(bar);
        QAction *rack = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->text() == QLatin1String("Rack"))
                rack = a;
        }
        QVERIFY(rack);
        QTest::mouseClick(bar->widgetForAction(rack), Qt::LeftButton);
        QCOMPARE(widget.mode(), Widgets::RackWorkspaceWidget::Mode::Rack);
        const QList<qint64> racks = widget.planModel()->rackIds();
        QCOMPARE(widget.currentRack(), racks.constFirst());
        QCOMPARE(widget.elevationView()->rackScene()->racks(), QList<qint64>{racks.constFirst()});

        auto *chooser = widget.findChild<QComboBox *>(QStringLiteral("rackChooser"));
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible()); // once the tool bar is laid out again
        QCOMPARE(chooser->count(), racks.size());
        QCOMPARE(chooser->currentData().toLongLong(), racks.constFirst());
        // Choosing another rack with the keyboard shows it.
        chooser->setFocus();
        const qint64 r005 = rackNamed(QStringLiteral("AMS1-R005"));
        for (int i = 0; i < racks.size() && widget.currentRack() != r005; ++i)
            QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(widget.currentRack(), r005);
        QCOMPARE(widget.elevationView()->rackId(), r005);
        QCOMPARE(chooser->currentText(), QStringLiteral("AMS1-R005"));
    }

    // A site without racks: "Rack" says so instead of showing an empty frame.
    void siteWithoutRacksSaysSo()
    {
        Models::RackSiteData data;
        data.site.id = 77;
        data.site.name = QStringLiteral("DC-EMPTY");
        Test::StaticRackDataSource source(data);
        Widgets::RackWorkspaceWidget widget(&source);
        widget.resize(900, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy loaded(&widget, &Widgets::RackWorkspaceWidget::siteLoaded);
        widget.showSite(77);
        QVERIFY(loaded.wait(5000));
        auto *bar = widget.findChild<QToolBar *>(QStringLiteral("rackToolBar"));
        QVERIFY(bar);
        QTest::mouseClick(bar->widgetForAction(bar->actions().constFirst()), Qt::LeftButton);
        QCOMPARE(widget.mode(), Widgets::RackWorkspaceWidget::Mode::Rack);
        QCOMPARE(widget.currentRack(), 0);
        QVERIFY(widget.elevationView()->rackScene()->racks().isEmpty());
        QCOMPARE(widget.statusText(), QStringLiteral("DC-EMPTY has no racks."));
        QApplication::processEvents();
        QVERIFY(!widget.findChild<QComboBox *>(QStringLiteral("rackChooser"))->isVisible());
    }

    // Views laid out before the page has its size (a tab not shown yet)
    // open fitted to their content once shown.
    void viewsOpenFitted()
    {
        Widgets::RackWorkspaceWidget widget(m_demo.source.get());
        QSignalSpy loaded(&widget, &Widgets::RackWorkspaceWidget::siteLoaded);
        widget.showSite(m_siteId);
        QVERIFY(loaded.wait(60000));
        widget.resize(1400, 1000);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QApplication::processEvents();
        const auto fitted = [](QGraphicsView *view) {
            const QRect content = view->mapFromScene(view->sceneRect()).boundingRect();
            const QRect vp = view->viewport()->rect();
            return vp.adjusted(-2, -2, 2, 2).contains(content)
                && (content.width() >= vp.width() * 0.9 || content.height() >= vp.height() * 0.9);
        };
        QVERIFY(widget.roomView()->isFitted());
        QVERIFY(fitted(widget.roomView()));
        widget.showRack(rackNamed(QStringLiteral("AMS1-R002")));
        QApplication::processEvents();
        QVERIFY(fitted(widget.elevationView()));
        // Zooming by hand ends the fitting.
        widget.roomView()->setZoom(2.0);
        QVERIFY(!widget.roomView()->isFitted());
    }

    void colouringChangesLegendAndExportsFollow()
    {
        m_widget->setColouring(Models::RackColouring::Tenant);
        const QList<Widgets::RackPicture> pictures = m_widget->shownPictures();
        QCOMPARE(pictures.size(), qsizetype(1));
        QCOMPARE(pictures.first().colouring, Models::RackColouring::Tenant);
        QCOMPARE(pictures.first().legend.size(), qsizetype(1));
    }

    void liveStateIsDrawn()
    {
        auto *view = m_widget->elevationView();
        const qint64 rack = m_widget->currentRack();
        const Domain::Device leaf = deviceNamed(QStringLiteral("-leaf1"), rack);
        const QRect area = view->mapFromScene(view->rackScene()->deviceRect(leaf.id)).boundingRect();
        const QImage before = view->viewport()->grab(area).toImage();
        Models::RackLiveState down;
        down.polled = true;
        down.reachable = false;
        down.alarms = 3;
        m_widget->setLiveState({{leaf.id, down}});
        QTRY_VERIFY(view->viewport()->grab(area).toImage() != before);
        QCOMPARE(view->rackScene()->liveState(leaf.id).alarms, 3);
    }
};

QTEST_MAIN(TestRackWorkspaceWidget)
#include "tst_rackworkspacewidget.moc"
