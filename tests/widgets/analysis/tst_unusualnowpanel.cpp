// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The "Unusual now" section: a sentence instead of a table without the
// service, one device's most anomalous series with their interface names,
// observed values against the expected range in the metric's unit, a
// double click that activates a row, a live reload when the service
// announces a change, several devices for a site, and the dashboard and the
// site overview carrying the section.
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/analysis/anomalylistmodel.h"
#include "models/session/analysis/anomalysession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/models/session/analysis/anomalystandin.h"
#include "widgets/analysis/unusualnowpanel.h"
#include "widgets/dashboard/devicedashboard.h"
#include "widgets/inventory/siteoverviewpage.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::AnomalyListModel;
using Test::AnomalyStandIn;
using Widgets::UnusualNowPanel;

class TestUnusualNowPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = m_service.start(m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_endpoint.socketName = m_service.server->socketName();
        m_endpoint.startService = false;
    }

    void oneDevice()
    {
        Models::JobServiceConnection connection;
        Models::AnomalySession session(&connection);
        UnusualNowPanel panel;
        panel.resize(800, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // No session, then a session without a service: a sentence, no empty table.
        QVERIFY(panel.noticeText().contains(u"not connected to the OpsDeck service"_s));
        QVERIFY(!panel.view()->isVisible());
        panel.setSession(&session);
        panel.model()->setObjectNames({{AnomalyListModel::objectKey(u"17"_s, u"ifIndex:3"_s), u"Ethernet3"_s}});
        panel.setDevices({u"17"_s}, u"leaf-1"_s);
        QVERIFY(panel.noticeText().contains(u"not connected to the OpsDeck service"_s));

        QSignalSpy loaded(&panel, &UnusualNowPanel::loaded);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(panel.view()->isVisible());
        QVERIFY(panel.noticeText().isEmpty());

        // Most anomalous first, in the metric's unit, named as the inventory names them.
        const QAbstractItemModel *m = panel.view()->model();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->index(0, AnomalyListModel::ObjectColumn).data().toString(), u"Ethernet3"_s);
        QCOMPARE(m->index(1, AnomalyListModel::ObjectColumn).data().toString(), u"ifIndex:5"_s);
        QCOMPARE(m->index(0, AnomalyListModel::MetricColumn).data().toString(), u"Traffic in"_s);
        QCOMPARE(m->index(1, AnomalyListModel::MetricColumn).data().toString(), u"Traffic out"_s);
        QCOMPARE(m->index(0, AnomalyListModel::ObservedColumn).data().toString(), u"9.10 Gbit/s"_s);
        QCOMPARE(m->index(0, AnomalyListModel::ExpectedColumn).data().toString(), u"1.10–2.90 Gbit/s"_s);
        QCOMPARE(m->index(1, AnomalyListModel::ObservedColumn).data().toString(), u"1.00 Mbit/s"_s);
        QVERIFY(!m->index(0, AnomalyListModel::SinceColumn).data().toString().isEmpty());
        QCOMPARE(m->index(0, AnomalyListModel::ScoreColumn).data().toString(), u"0.93"_s);
        QVERIFY(m->index(0, AnomalyListModel::ScoreColumn).data(Qt::ForegroundRole).isValid());
        const QString why = m->index(0, AnomalyListModel::MetricColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(u"expected 1.10–2.90 Gbit/s, observed 9.10 Gbit/s (score 0.93) since "_s),
                 qPrintable(why));
        QVERIFY(panel.view()->isColumnHidden(AnomalyListModel::DeviceColumn));

        // A double click goes to the series.
        QSignalSpy activated(&panel, &UnusualNowPanel::anomalyActivated);
        const QRect cell = panel.view()->visualRect(m->index(0, AnomalyListModel::MetricColumn));
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        const auto anomaly = activated.constFirst().constFirst().value<Models::Anomaly>();
        QCOMPARE(anomaly.series.device, u"17"_s);
        QCOMPARE(anomaly.series.object, u"ifIndex:3"_s);

        // The service announces a new unusual series of the device: the list follows.
        const QJsonObject jump = AnomalyStandIn::anomaly(u"17"_s, u"leaf-1"_s, u"ifIndex:9"_s, u"optical.dbm"_s, 0.99,
                                                         -19.5, -8.0, -6.5, u"low"_s, QString());
        m_service.current.prepend(jump);
        m_service.publishChange(jump);
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 3, 5000);
        QCOMPARE(m->index(0, AnomalyListModel::ObjectColumn).data().toString(), u"ifIndex:9"_s);
        QCOMPARE(m->index(0, AnomalyListModel::ObservedColumn).data().toString(), u"-19.50 dBm"_s);
        QCOMPARE(m->index(0, AnomalyListModel::ExpectedColumn).data().toString(), u"-8.00–-6.50 dBm"_s);
        m_service.current.removeFirst();

        // A device with nothing unusual.
        loaded.clear();
        panel.setDevices({u"99"_s}, u"quiet-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(panel.noticeText(), u"Nothing unusual on quiet-1 right now."_s);
        QVERIFY(!panel.view()->isVisible());

        // The service goes away: the sentence again, not a stale or empty table.
        panel.setDevices({u"17"_s}, u"leaf-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel.view()->isVisible(), 5000);
        connection.close();
        QTRY_VERIFY(panel.noticeText().contains(u"not connected to the OpsDeck service"_s));
        QVERIFY(!panel.view()->isVisible());
        QCOMPARE(m->rowCount(), 0);
    }

    // A site: the estate's list filtered to its devices, with their names.
    void severalDevices()
    {
        Models::JobServiceConnection connection;
        Models::AnomalySession session(&connection);
        connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(session.isAvailable(), 10000);
        UnusualNowPanel panel;
        panel.setDeviceColumnVisible(true);
        panel.setSession(&session);
        QSignalSpy loaded(&panel, &UnusualNowPanel::loaded);
        panel.setDevices({u"23"_s, u"99"_s}, u"the devices of AMS1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        const QAbstractItemModel *m = panel.view()->model();
        QCOMPARE(m->rowCount(), 1); // from 0.2: leaf-2's latency, not its optics
        QCOMPARE(m->index(0, AnomalyListModel::DeviceColumn).data().toString(), u"leaf-2"_s);
        QCOMPARE(m->index(0, AnomalyListModel::ObjectColumn).data().toString(), u"Device"_s);
        QCOMPARE(m->index(0, AnomalyListModel::ObservedColumn).data().toString(), u"18.00 ms"_s);
        QVERIFY(!m->index(0, AnomalyListModel::ScoreColumn).data(Qt::ForegroundRole).isValid()); // below 0.5
        QVERIFY(!panel.view()->isColumnHidden(AnomalyListModel::DeviceColumn));

        loaded.clear();
        panel.setDevices({u"17"_s, u"23"_s}, u"the devices of AMS1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0, AnomalyListModel::DeviceColumn).data().toString(), u"leaf-1"_s);
        QCOMPARE(m->index(2, AnomalyListModel::DeviceColumn).data().toString(), u"leaf-2"_s);
    }

    // The dashboard and the site overview carry the section and hand it their session.
    void viewsHaveTheSection()
    {
        Widgets::DeviceDashboard dashboard(nullptr, nullptr, 17);
        dashboard.resize(1200, 700);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        UnusualNowPanel *panel = dashboard.unusualPanel();
        QVERIFY(panel && panel->isVisible());
        QVERIFY(panel->noticeText().contains(u"not connected"_s));
        Models::AnomalySession offline(nullptr);
        dashboard.setAnomalySession(&offline);
        QVERIFY(panel->noticeText().contains(u"not connected"_s));

        Widgets::SiteOverviewPage site(nullptr, 1);
        site.setAnomalySession(&offline);
        QVERIFY(site.unusualPanel());
        QVERIFY(site.unusualPanel()->noticeText().contains(u"not connected"_s));
    }

private:
    QTemporaryDir m_dir;
    AnomalyStandIn m_service;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_MAIN(TestUnusualNowPanel)
#include "tst_unusualnowpanel.moc"
