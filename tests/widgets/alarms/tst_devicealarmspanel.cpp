// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The alarms section of the device dashboard against a real AlarmService on
// a local socket: a sentence instead of a table without the service, the
// device's active and cleared alarms with their colours and times, a reload
// when one of them changes, and a device without alarms.
#include <QDateTime>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "backend/alarms/alarmengine.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/alarmservice.h"
#include "models/alarms/alarmstyle.h"
#include "models/alarms/devicealarmlistmodel.h"
#include "models/session/alarms/alarmsession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/service/alarmserviceundertest.h"
#include "widgets/alarms/devicealarmspanel.h"
#include "widgets/dashboard/devicedashboard.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::DeviceAlarmListModel;
using Widgets::DeviceAlarmsPanel;

class TestDeviceAlarmsPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Service::AlarmService> m_service;

    /// A failed job raises a major alarm with the default rules.
    void failJob(const QString &jobId, const QString &device)
    {
        Alarms::JobFailure f;
        f.jobId = jobId;
        f.jobKind = u"ssh.backup"_s;
        f.devices = {device};
        f.error = u"connection refused"_s;
        f.timeMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_service->engine()->onJobFailed(f).ok());
    }

private slots:
    void initTestCase()
    {
        const QString problem = Test::startAlarmService(m_dir, m_server, m_service);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_server.reset();
    }

    void listsTheDevicesAlarms()
    {
        failJob(u"job-1"_s, u"leaf-1"_s);
        failJob(u"job-2"_s, u"spine-1"_s);
        qint64 cleared = 0;
        for (const Alarms::Alarm &a : m_service->engine()->activeAlarms()) {
            if (a.device == u"leaf-1"_s)
                cleared = a.id;
        }
        QVERIFY(cleared > 0);
        QVERIFY(m_service->engine()->clear(cleared, u"ana"_s, u"fixed"_s).ok());
        failJob(u"job-3"_s, u"leaf-1"_s);

        Models::JobServiceConnection connection;
        Models::AlarmSession session(&connection);
        DeviceAlarmsPanel panel;
        panel.resize(700, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // No session, then a session without a service: a sentence, no empty table.
        QVERIFY(panel.noticeText().contains(u"not connected to the OpsDeck service"_s));
        QVERIFY(!panel.view()->isVisible());
        panel.setSession(&session);
        panel.setDevice(u"leaf-1"_s);
        QVERIFY(panel.noticeText().contains(u"not connected to the OpsDeck service"_s));
        QVERIFY(!panel.view()->isVisible());

        QSignalSpy loaded(&panel, &DeviceAlarmsPanel::loaded);
        Models::JobServiceEndpoint endpoint;
        endpoint.socketName = m_server->socketName();
        endpoint.startService = false;
        connection.open(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(panel.view()->isVisible());
        QVERIFY(panel.noticeText().isEmpty());

        // The latest raised first: the active alarm, then the cleared one.
        const QAbstractItemModel *m = panel.view()->model();
        QCOMPARE(m->rowCount(), 2);
        const QModelIndex active = m->index(0, DeviceAlarmListModel::SeverityColumn);
        QCOMPARE(active.data().toString(), Models::alarmSeverityText(Alarms::Severity::Major));
        QCOMPARE(active.data(Qt::DecorationRole).value<QColor>(), Models::alarmSeverityColor(Alarms::Severity::Major));
        QCOMPARE(m->index(0, DeviceAlarmListModel::StateColumn).data().toString(), u"Active"_s);
        QVERIFY(!m->index(0, DeviceAlarmListModel::RaisedColumn).data().toString().isEmpty());
        QVERIFY(m->index(0, DeviceAlarmListModel::ClearedColumn).data().toString().isEmpty());
        QCOMPARE(m->index(1, 0).data(DeviceAlarmListModel::AlarmIdRole).toLongLong(), cleared);
        QCOMPARE(m->index(1, DeviceAlarmListModel::StateColumn).data().toString(), u"Cleared"_s);
        QVERIFY(!m->index(1, DeviceAlarmListModel::ClearedColumn).data().toString().isEmpty());
        QVERIFY(m->index(1, 0).data(Qt::ForegroundRole).isValid()); // muted
        QVERIFY(!m->index(0, DeviceAlarmListModel::TextColumn).data().toString().isEmpty());

        // The rows can be walked by keyboard.
        panel.view()->setFocus();
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {},
                          panel.view()->visualRect(m->index(0, DeviceAlarmListModel::TextColumn)).center());
        QCOMPARE(panel.view()->currentIndex().row(), 0);
        QTest::keyClick(panel.view(), Qt::Key_Down);
        QCOMPARE(panel.view()->currentIndex().row(), 1);

        // A new alarm of the device shows up by itself; one of another device does not count.
        failJob(u"job-4"_s, u"spine-1"_s);
        failJob(u"job-5"_s, u"leaf-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 3, 5000);
        QCOMPARE(m->index(0, DeviceAlarmListModel::StateColumn).data().toString(), u"Active"_s);

        // A device that never had an alarm.
        loaded.clear();
        panel.setDevice(u"quiet-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(panel.noticeText(), u"quiet-1 has had no alarms."_s);
        QVERIFY(!panel.view()->isVisible());

        // The service goes away: the sentence again, not a stale or empty table.
        panel.setDevice(u"leaf-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel.view()->isVisible(), 5000);
        connection.close();
        QTRY_VERIFY(panel.noticeText().contains(u"not connected to the OpsDeck service"_s));
        QVERIFY(!panel.view()->isVisible());
        QCOMPARE(m->rowCount(), 0);
    }

    // The dashboard carries the section and hands it its session.
    void dashboardHasTheSection()
    {
        Widgets::DeviceDashboard dashboard(nullptr, nullptr, 7);
        dashboard.resize(1200, 700);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        DeviceAlarmsPanel *panel = dashboard.alarmsPanel();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QVERIFY(panel->noticeText().contains(u"not connected"_s));
        Models::AlarmSession session(nullptr);
        dashboard.setAlarmSession(&session);
        QVERIFY(panel->noticeText().contains(u"not connected"_s));
    }
};

QTEST_MAIN(TestDeviceAlarmsPanel)
#include "tst_devicealarmspanel.moc"
