// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/rackdemo.h"
#include "widgets/rack/rackexporter.h"
#include "widgets/rack/rackscene.h"
#include "widgets/rack/rackviews.h"
#include "widgets/rack/rackworkspacewidget.h"
#include "tests/widgets/screenshotfile.h"
#include "tests/widgets/xvfbtestmain.h"

using namespace OpsDeck;

// Screenshots of the rack workspace under a real X server (the rig's Xvfb):
// a full 42U rack front and rear, and a room of 12 racks. Saved in
// <build>/screenshots/ for review.
class TestRackScreenshot : public QObject
{
    Q_OBJECT

private:
    Test::RackDemo m_demo;
    qint64 m_siteId = 0;

    static QString save(const QImage &image, const QString &file) { return Test::saveScreenshot(image, file); }

    std::unique_ptr<Widgets::RackWorkspaceWidget> open(const QSize &size)
    {
        auto widget = std::make_unique<Widgets::RackWorkspaceWidget>(m_demo.source.get());
        widget->resize(size);
        widget->show();
        if (!QTest::qWaitForWindowExposed(widget.get()))
            return nullptr;
        return widget;
    }

    // The grab shows the device's role colour on its stripe.
    static void checkStripe(const QImage &image, Widgets::RackElevationView *view, const Domain::Device &d, const QPoint &offset)
    {
        const QRectF r = view->rackScene()->deviceRect(d.id);
        QVERIFY(!r.isNull());
        const QPoint p = view->mapFromScene(QPointF(r.left() + 2.5, r.center().y())) + offset;
        const QColor seen = image.pixelColor(p * image.devicePixelRatio());
        const QColor role(QLatin1Char('#') + d.roleColor);
        QVERIFY2(std::abs(seen.red() - role.red()) < 12 && std::abs(seen.green() - role.green()) < 12
                     && std::abs(seen.blue() - role.blue()) < 12,
                 qPrintable(QStringLiteral("%1 at %2,%3 is %4, role %5").arg(d.name).arg(p.x()).arg(p.y()).arg(seen.name(), role.name())));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY(m_demo.open(2)); // 20 racks at DC-AMS1: enough for a room of 12
        auto store = Store::Store::openSqlite(m_demo.storePath);
        QVERIFY(store);
        const auto sites = store.value()->sites(); // keep the result alive for the loop
        for (const Domain::Site &s : sites.value()) {
            if (s.name == QLatin1String("DC-AMS1"))
                m_siteId = s.id;
        }
        QVERIFY(m_siteId);
    }

    void rack42FrontAndRear()
    {
        auto widget = open(QSize(1500, 1250));
        QVERIFY(widget);
        QSignalSpy loaded(widget.get(), &Widgets::RackWorkspaceWidget::siteLoaded);
        widget->showSite(m_siteId);
        QVERIFY(loaded.wait(60000));
        Models::RackPlanModel *model = widget->planModel();
        qint64 rack = 0;
        for (const Domain::Rack &r : model->racks()) {
            if (r.name == QLatin1String("AMS1-R003"))
                rack = r.id;
        }
        QCOMPARE(model->rack(rack).uHeight, 42);
        // Plan on top of the inventory: a reservation and a planned device,
        // and polled state on the leaf switches.
        QVERIFY(model->reserveUnits(rack, {5, 6}, QStringLiteral("Initech expansion")).ok());
        qint64 r650 = 0;
        for (const Domain::DeviceType &t : model->deviceTypes()) {
            if (t.model == QLatin1String("PowerEdge R650"))
                r650 = t.id;
        }
        QVERIFY(model->addDevice(r650, rack, 4, QStringLiteral("front"), QStringLiteral("ams1-r003-srv-new")).ok());
        QHash<qint64, Models::RackLiveState> live;
        Domain::Device leaf1, server;
        for (const Domain::Device &d : model->devicesInRack(rack)) {
            Models::RackLiveState s;
            s.polled = true;
            if (d.name.endsWith(QLatin1String("-leaf1"))) {
                leaf1 = d;
                s.inletTempC = 24;
                s.linksUp = 52;
                s.linksTotal = 56;
                live.insert(d.id, s);
            } else if (d.name.endsWith(QLatin1String("-leaf2"))) {
                s.reachable = false;
                s.alarms = 2;
                live.insert(d.id, s);
            } else if (d.name.endsWith(QLatin1String("-srv01"))) {
                server = d;
            }
        }
        widget->setLiveState(live);
        widget->showRack(rack);
        QCOMPARE(widget->mode(), Widgets::RackWorkspaceWidget::Mode::Rack);
        QCOMPARE(widget->elevationView()->rackScene()->racks(), QList<qint64>{rack});
        QApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1500, 1250));
        QVERIFY(!save(image, QStringLiteral("rack-42u-front-rear.png")).isEmpty());
        const QPoint offset = widget->elevationView()->viewport()->mapTo(widget.get(), QPoint(0, 0));
        checkStripe(image, widget->elevationView(), server, offset);
        checkStripe(image, widget->elevationView(), leaf1, offset);

        // The same rack as a PNG export (drawn offscreen, for print review).
        QVERIFY(Widgets::RackExporter::writePng(QStringLiteral(OPSDECK_BINARY_DIR "/screenshots/rack-42u-export.png"),
                                                widget->shownPictures(), 2.0));
    }

    void room12Racks()
    {
        auto widget = open(QSize(1800, 1000));
        QVERIFY(widget);
        QSignalSpy loaded(widget.get(), &Widgets::RackWorkspaceWidget::siteLoaded);
        widget->showSite(m_siteId);
        QVERIFY(loaded.wait(60000));
        const QList<qint64> twelve = widget->planModel()->rackIds().mid(0, 12);
        QCOMPARE(twelve.size(), qsizetype(12));
        widget->roomView()->setRacks(twelve, 12);
        widget->setSearchText(QStringLiteral("srv01"));
        QApplication::processEvents();
        QCOMPARE(widget->roomView()->rackScene()->racks().size(), qsizetype(12));
        for (qint64 id : twelve) {
            QVERIFY(widget->roomView()->viewport()->rect().contains(
                widget->roomView()->mapFromScene(widget->roomView()->rackScene()->rackRect(id)).boundingRect()));
        }
        const QImage image = widget->grab().toImage();
        QVERIFY(!save(image, QStringLiteral("room-12-racks.png")).isEmpty());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1800, 1000));
    }

    // A site's racks, then "Rack": the site's first rack, a chooser beside.
    void siteInRackMode()
    {
        auto widget = open(QSize(1500, 1000));
        QVERIFY(widget);
        QSignalSpy loaded(widget.get(), &Widgets::RackWorkspaceWidget::siteLoaded);
        widget->showSite(m_siteId);
        QVERIFY(loaded.wait(60000));
        QApplication::processEvents(); // the tool bar lays out the rack chooser
        const QImage room = widget->grab().toImage();
        QVERIFY(!save(room, QStringLiteral("room-site.png")).isEmpty());
        auto *bar = widget->findChild<QToolBar *>(QStringLiteral("rackToolBar"));
        QVERIFY(bar);
        QTest::mouseClick(bar->widgetForAction(bar->actions().constFirst()), Qt::LeftButton);
        QCOMPARE(widget->mode(), Widgets::RackWorkspaceWidget::Mode::Rack);
        QCOMPARE(widget->currentRack(), widget->planModel()->rackIds().constFirst());
        QApplication::processEvents();
        QVERIFY(!widget->elevationView()->rackScene()->racks().isEmpty());
        const QImage image = widget->grab().toImage();
        QVERIFY(!save(image, QStringLiteral("rack-site-first-rack.png")).isEmpty());
    }
};

OPSDECK_XVFB_TEST_MAIN(TestRackScreenshot)

#include "tst_rackscreenshot.moc"
