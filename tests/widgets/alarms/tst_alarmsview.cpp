// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The alarms view against a real AlarmService on a local socket: the list,
// acknowledge, shelve, unshelve and clear by keyboard through the action
// dialog, the severity filter, going to the device, and the status
// indicator's counts.
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "backend/alarms/alarmengine.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/alarmservice.h"
#include "models/alarms/alarmfilterproxymodel.h"
#include "models/alarms/alarmtablemodel.h"
#include "models/session/alarms/alarmsession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/service/alarmserviceundertest.h"
#include "widgets/alarms/alarmactiondialog.h"
#include "widgets/alarms/alarmnotifier.h"
#include "widgets/alarms/alarmstatuswidget.h"
#include "widgets/alarms/alarmsview.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::AlarmTableModel;
using Widgets::AlarmActionDialog;
using Widgets::AlarmsView;

class TestAlarmsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Service::AlarmService> m_service;

    void raiseCritical(const QString &device)
    {
        Alarms::McpAlarmInput in;
        in.id = u"mcp-%1"_s.arg(device);
        in.device = device;
        in.resource = u"OTU4-1-1"_s;
        in.condition = u"LOS"_s;
        in.severity = Alarms::Severity::Critical;
        in.text = u"loss of signal"_s;
        in.timeMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_service->engine()->onMcpAlarm(in).ok());
    }

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

    /// Makes the row of the alarm of @p device current and focuses the list.
    static bool pick(AlarmsView &view, const QString &device)
    {
        const QAbstractItemModel *m = view.view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, AlarmTableModel::DeviceColumn);
            if (i.data().toString() != device)
                continue;
            view.view()->setFocus();
            QTest::mouseClick(view.view()->viewport(), Qt::LeftButton, {}, view.view()->visualRect(i).center());
            return view.selectedAlarms().size() == 1;
        }
        return false;
    }

    /// Fills in and accepts the dialog the last key opened.
    static bool accept(AlarmsView &view, const QString &comment, int durationIndex = -1)
    {
        if (!QTest::qWaitFor([&] { return view.openDialog() != nullptr; }, 2000))
            return false;
        AlarmActionDialog *dialog = view.openDialog();
        if (durationIndex >= 0)
            dialog->durationBox()->setCurrentIndex(durationIndex);
        if (!QTest::qWaitForWindowExposed(dialog))
            return false;
        QTest::keyClicks(dialog->commentEdit(), comment);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // Closed, with the keyboard back on the list.
        if (!QTest::qWaitFor([&] { return view.openDialog() == nullptr; }, 2000))
            return false;
        view.activateWindow();
        return QTest::qWaitForWindowActive(&view) && QTest::qWaitFor([&] { return view.view()->hasFocus(); }, 2000);
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

    void actsFromTheKeyboard()
    {
        raiseCritical(u"roadm-1"_s);
        failJob(u"job-1"_s, u"core-1"_s);

        Models::JobServiceConnection connection;
        Models::AlarmSession session(&connection);
        AlarmTableModel model(&session);
        model.setDevices({{u"core-1"_s, {42, u"Berlin"_s, u"Core"_s, 7}}});
        AlarmsView view(&model);
        Widgets::AlarmStatusWidget status;
        connect(&model, &AlarmTableModel::countsChanged, &status, &Widgets::AlarmStatusWidget::showCounts);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        // No workspace, no service to wait for: the view says what to do.
        QCOMPARE(view.statusText(), u"Open a workspace to see its alarms."_s);
        // The status bar's tooltip says the same, not that the service is down.
        status.setUnavailableReason(AlarmsView::availabilityText(session));
        QVERIFY2(status.toolTip().contains(u"Open a workspace to see its alarms."_s), qPrintable(status.toolTip()));
        QVERIFY(!status.toolTip().contains(u"cannot be reached"_s));

        Models::JobServiceEndpoint endpoint;
        endpoint.socketName = m_server->socketName();
        endpoint.startService = false;
        connection.open(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(view.view()->model()->rowCount(), 2, 10000);
        QVERIFY(view.statusText().isEmpty());
        // Worst first.
        QCOMPARE(view.view()->model()->index(0, AlarmTableModel::DeviceColumn).data().toString(), u"roadm-1"_s);
        QCOMPARE(status.counts().of(Alarms::Severity::Critical), 1);
        QCOMPARE(status.counts().of(Alarms::Severity::Major), 1);
        QVERIFY(status.text().contains(u"Alarms"_s));

        // A: acknowledge with a comment.
        QVERIFY(pick(view, u"core-1"_s));
        QVERIFY(view.findChild<QAction *>(u"alarmAckAction"_s)->isEnabled());
        QVERIFY(view.view()->hasFocus());
        QTest::keyClick(view.view(), Qt::Key_A);
        QVERIFY(view.openDialog());
        QVERIFY(accept(view, u"on it"_s));
        const qint64 core = view.selectedAlarms().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(model.alarm(core)->acknowledged, 5000);
        QCOMPARE(model.alarm(core)->ackComment, u"on it"_s);
        QVERIFY(model.indexOf(core, AlarmTableModel::StateColumn).data().toString().startsWith(u"Acknowledged"_s));
        // Its history shows it, newest first.
        QTRY_VERIFY_WITH_TIMEOUT(view.historyView()->topLevelItemCount() >= 2, 5000);
        QCOMPARE(view.historyView()->topLevelItem(0)->text(3), u"on it"_s);

        // S: shelve for 15 minutes; no longer counted.
        QTest::keyClick(view.view(), Qt::Key_S);
        QVERIFY(accept(view, u"known"_s, 0));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(model.alarm(core)->shelvedUntilMs > before + 14 * 60000, 5000);
        QVERIFY(model.alarm(core)->shelvedUntilMs < before + 16 * 60000);
        QTRY_COMPARE(status.counts().of(Alarms::Severity::Major), 0);
        // U: unshelve, no dialog.
        QTest::keyClick(view.view(), Qt::Key_U);
        QVERIFY(!view.openDialog());
        QTRY_VERIFY_WITH_TIMEOUT(model.alarm(core)->shelvedUntilMs == 0, 5000);
        QTRY_COMPARE(status.counts().of(Alarms::Severity::Major), 1);

        // Return and D go to the device the inventory knows.
        QSignalSpy requested(&view, &AlarmsView::deviceRequested);
        QTest::keyClick(view.view(), Qt::Key_Return);
        QTest::keyClick(view.view(), Qt::Key_D);
        QTest::keyClick(view.view(), Qt::Key_R);
        QCOMPARE(requested.count(), 3);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 42);
        QCOMPARE(requested.at(0).at(1).value<AlarmsView::Target>(), AlarmsView::Target::Select);
        QCOMPARE(requested.at(1).at(1).value<AlarmsView::Target>(), AlarmsView::Target::Dashboard);
        QCOMPARE(requested.at(2).at(1).value<AlarmsView::Target>(), AlarmsView::Target::Rack);
        // A device outside the inventory: said inline, nothing requested.
        QVERIFY(pick(view, u"roadm-1"_s));
        QTest::keyClick(view.view(), Qt::Key_Return);
        QCOMPARE(requested.count(), 3);
        QVERIFY(view.statusText().contains(u"roadm-1"_s));

        // Typing in the filter never triggers the letter keys.
        QTest::keyClicks(view.textFilter(), u"as"_s);
        QVERIFY(!view.openDialog());
        QCOMPARE(view.textFilter()->text(), u"as"_s);
        view.textFilter()->clear();
        QCOMPARE(view.view()->model()->rowCount(), 2);

        // The severity filter.
        view.severityFilter()->setCurrentIndex(view.severityFilter()->findData(int(Alarms::Severity::Critical)));
        QCOMPARE(view.view()->model()->rowCount(), 1);
        view.severityFilter()->setCurrentIndex(0);

        // Del: clear with a comment; the row goes.
        QVERIFY(pick(view, u"core-1"_s));
        QTest::keyClick(view.view(), Qt::Key_Delete);
        QVERIFY(accept(view, u"credentials fixed"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view.view()->model()->rowCount(), 1, 5000);
        QTRY_COMPARE(status.counts().of(Alarms::Severity::Major), 0);

        // A cancelled dialog does nothing.
        QVERIFY(pick(view, u"roadm-1"_s));
        QTest::keyClick(view.view(), Qt::Key_A);
        QTRY_VERIFY(view.openDialog());
        QTest::keyClick(view.openDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!view.openDialog());
        QTest::qWait(300);
        QVERIFY(!model.alarm(view.selectedAlarms().constFirst())->acknowledged);

        // The workspace closed: nothing to wait for.
        connection.close();
        QTRY_COMPARE(view.statusText(), u"Open a workspace to see its alarms."_s);
        // A service that cannot be reached: actions are off and the view says why.
        Models::JobServiceEndpoint nowhere = endpoint;
        nowhere.socketName = m_server->socketName() + u"-absent"_s;
        connection.open(nowhere);
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(u"cannot be reached"_s), 10000);
        QTest::keyClick(view.view(), Qt::Key_A);
        QVERIFY(!view.openDialog());
    }

    void notifiesNewCriticalAlarms()
    {
        Models::AlarmSession session(nullptr);
        Widgets::AlarmNotifier notifier(&session);
        QSignalSpy notified(&notifier, &Widgets::AlarmNotifier::notified);
        const auto send = [&](const char *kind, qint64 id, Alarms::Severity severity, qint64 root = 0,
                              qint64 shelvedUntil = 0) {
            Alarms::Alarm a;
            a.id = id;
            a.device = u"core-%1"_s.arg(id);
            a.summary = u"down"_s;
            a.severity = severity;
            a.rootCauseId = root;
            a.shelvedUntilMs = shelvedUntil;
            session.applyTransition({{u"kind"_s, QString::fromLatin1(kind)}, {u"alarm"_s, a.toJson()}});
        };
        send("raised", 1, Alarms::Severity::Critical);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.constLast().at(0).toLongLong(), 1);
        QVERIFY(notified.constLast().at(1).toString().contains(u"core-1"_s));
        send("raised", 2, Alarms::Severity::Major);
        send("updated", 1, Alarms::Severity::Critical);
        send("raised", 3, Alarms::Severity::Critical, 1); // a symptom
        send("raised", 4, Alarms::Severity::Critical, 0, QDateTime::currentMSecsSinceEpoch() + 600000);
        QCOMPARE(notified.count(), 1);
        send("exposed", 4, Alarms::Severity::Critical); // after its shelve
        QCOMPARE(notified.count(), 2);
        notifier.setEnabled(false);
        send("raised", 5, Alarms::Severity::Critical);
        QCOMPARE(notified.count(), 2);
    }
};

QTEST_MAIN(TestAlarmsView)
#include "tst_alarmsview.moc"
