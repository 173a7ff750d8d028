// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The console's alarm session against a real AlarmService on a local socket:
// the list on connect, transitions as they happen, operator actions, the
// history, failures and a reload after reconnecting.
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/alarms/alarmengine.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/alarmservice.h"
#include "models/session/alarms/alarmsession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/service/alarmserviceundertest.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::AlarmAction;
using Models::AlarmSession;
using Models::JobServiceConnection;

namespace {

/// A failed job raises a major alarm with the default rules.
void failJob(Alarms::AlarmEngine *engine, const QString &jobId, const QString &device)
{
    Alarms::JobFailure f;
    f.jobId = jobId;
    f.jobKind = u"ssh.backup"_s;
    f.devices = {device};
    f.error = u"connection refused"_s;
    f.timeMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(engine->onJobFailed(f).ok());
}

} // namespace

class TestAlarmSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = Test::startAlarmService(m_dir, m_server, m_service);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_endpoint.socketName = m_server->socketName();
        m_endpoint.startService = false;
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_server.reset();
    }

    void followsTheServiceAndActs()
    {
        Alarms::AlarmEngine *engine = m_service->engine();
        failJob(engine, u"job-1"_s, u"core-1"_s);

        JobServiceConnection connection;
        AlarmSession session(&connection);
        QSignalSpy reset(&session, &AlarmSession::alarmsReset);
        connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(session.isAvailable(), 10000);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(session.count(), 1);
        const Alarms::Alarm first = session.alarms().constFirst();
        QCOMPARE(first.device, u"core-1"_s);
        QCOMPARE(first.severity, Alarms::Severity::Major);
        QCOMPARE(first.kind, Alarms::RuleKind::JobFailed);
        QVERIFY(first.firstRaisedMs > 0);

        // Raised while the console watches: one transition, applied once.
        QSignalSpy changed(&session, &AlarmSession::alarmChanged);
        QSignalSpy transitions(&session, &AlarmSession::transitionReceived);
        failJob(engine, u"job-2"_s, u"edge-7"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.count(), 2, 5000);
        QCOMPARE(transitions.count(), 1);
        const auto raised = transitions.constFirst().constFirst().value<Alarms::AlarmTransition>();
        QCOMPARE(raised.kind, Alarms::TransitionKind::Raised);
        QCOMPARE(raised.alarm.device, u"edge-7"_s);
        const qint64 second = raised.alarm.id;
        QVERIFY(second != first.id);

        QSignalSpy done(&session, &AlarmSession::actionSucceeded);
        QSignalSpy failed(&session, &AlarmSession::actionFailed);
        session.acknowledge(second, u"looking at it"_s);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.constLast().at(1).value<AlarmAction>(), AlarmAction::Acknowledge);
        QVERIFY(session.alarm(second)->acknowledged);
        QCOMPARE(session.alarm(second)->ackComment, u"looking at it"_s);
        QVERIFY(!session.alarm(second)->ackBy.isEmpty());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        session.shelve(second, 30, u"maintenance call"_s);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 5000);
        QVERIFY(session.alarm(second)->shelvedUntilMs >= before + 29 * 60000);
        QVERIFY(session.alarm(second)->shelvedUntilMs <= QDateTime::currentMSecsSinceEpoch() + 31 * 60000);
        session.unshelve(second);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 5000);
        QVERIFY(!session.alarm(second)->isShelvedAt(QDateTime::currentMSecsSinceEpoch()));

        QSignalSpy history(&session, &AlarmSession::historyLoaded);
        session.requestHistory(second);
        QTRY_COMPARE_WITH_TIMEOUT(history.count(), 1, 5000);
        const auto h = history.constFirst().constFirst().value<Models::AlarmHistory>();
        QCOMPARE(h.alarm.id, second);
        QList<Alarms::TransitionKind> kinds;
        for (const Alarms::AlarmEvent &e : h.events)
            kinds << e.kind;
        QVERIFY(kinds.size() >= 4);
        QCOMPARE(kinds.mid(0, 3),
                 QList<Alarms::TransitionKind>({Alarms::TransitionKind::Raised, Alarms::TransitionKind::Acknowledged,
                                                Alarms::TransitionKind::Shelved}));
        QVERIFY(kinds.contains(Alarms::TransitionKind::Unshelved));
        QCOMPARE(h.events.at(1).detail, u"looking at it"_s);

        QSignalSpy removed(&session, &AlarmSession::alarmRemoved);
        session.clear(second, u"fixed the credentials"_s);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QCOMPARE(removed.constFirst().constFirst().toLongLong(), second);
        QCOMPARE(session.count(), 1);
        QVERIFY(!session.alarm(second));

        // An alarm the service does not know: one failure, nothing changes.
        session.acknowledge(987654, u"x"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(failed.constFirst().at(1).value<AlarmAction>(), AlarmAction::Acknowledge);
        QCOMPARE(failed.constFirst().at(2).value<Error>().code, ErrorCode::NotFound);
        QVERIFY(AlarmSession::actionErrorText(AlarmAction::Acknowledge, failed.constFirst().at(2).value<Error>())
                    .contains(u"acknowledged"_s));
        QCOMPARE(done.count(), 4);

        // Raised while the console is away: there after the reconnect.
        connection.close();
        QTRY_VERIFY(!session.isAvailable());
        QCOMPARE(session.count(), 1); // kept, stale
        failJob(engine, u"job-3"_s, u"dist-3"_s);
        connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(session.isAvailable(), 10000);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(session.count(), 2);
        QStringList devices;
        for (const Alarms::Alarm &a : session.alarms())
            devices << a.device;
        QCOMPARE(devices, QStringList({u"core-1"_s, u"dist-3"_s}));

        // Actions without a service fail (asynchronously), never block.
        connection.close();
        failed.clear();
        session.clear(first.id, {});
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().at(2).value<Error>().code, ErrorCode::Network);
    }

    // A device's alarms, active and cleared, latest first, as the device
    // dashboard lists them; and where the session stands with the service.
    void deviceHistoryAndServiceState()
    {
        Alarms::AlarmEngine *engine = m_service->engine();
        JobServiceConnection connection;
        AlarmSession session(&connection);
        QSignalSpy states(&session, &AlarmSession::serviceStateChanged);
        QCOMPARE(session.serviceState(), Models::AlarmServiceState::NoWorkspace);

        QSignalSpy loaded(&session, &AlarmSession::deviceHistoryLoaded);
        QSignalSpy failed(&session, &AlarmSession::deviceHistoryFailed);
        // Without a service: one failure, after the caller returns.
        session.requestDeviceHistory(u"leaf-9"_s);
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().at(0).toString(), u"leaf-9"_s);
        QCOMPARE(failed.constFirst().at(1).value<Error>().code, ErrorCode::Network);
        QVERIFY(AlarmSession::actionErrorText(Models::AlarmAction::DeviceHistory,
                                              failed.constFirst().at(1).value<Error>())
                    .contains(u"device's alarms"_s));

        connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(session.isAvailable(), 10000);
        QCOMPARE(session.serviceState(), Models::AlarmServiceState::Connected);
        QVERIFY(states.count() >= 2); // connecting, then connected
        QCOMPARE(states.constFirst().constFirst().value<Models::AlarmServiceState>(),
                 Models::AlarmServiceState::Connecting);

        failJob(engine, u"job-h1"_s, u"leaf-9"_s);
        const auto alarmOf = [&session](const QString &device) {
            for (const Alarms::Alarm &a : session.alarms()) {
                if (a.device == device)
                    return a.id;
            }
            return qint64(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(alarmOf(u"leaf-9"_s) > 0, 5000);
        const qint64 first = alarmOf(u"leaf-9"_s);
        QSignalSpy done(&session, &AlarmSession::actionSucceeded);
        session.clear(first, u"credentials fixed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        failJob(engine, u"job-h2"_s, u"leaf-9"_s);
        failJob(engine, u"job-h3"_s, u"other-1"_s);

        session.requestDeviceHistory(u"leaf-9"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(loaded.constFirst().at(0).toString(), u"leaf-9"_s);
        const auto alarms = loaded.constFirst().at(1).value<QList<Alarms::Alarm>>();
        QCOMPARE(alarms.size(), 2);
        for (const Alarms::Alarm &a : alarms)
            QCOMPARE(a.device, u"leaf-9"_s);
        // Latest raised first: the new one is active, the first cleared.
        QVERIFY(alarms.at(0).isActive());
        QCOMPARE(alarms.at(1).id, first);
        QVERIFY(!alarms.at(1).isActive());
        QVERIFY(alarms.at(1).clearedMs >= alarms.at(1).lastRaisedMs);
        QVERIFY(alarms.at(1).clearedMs > 0);

        // A device without alarms: an empty answer, not a failure.
        session.requestDeviceHistory(u"quiet-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QVERIFY(loaded.constLast().at(1).value<QList<Alarms::Alarm>>().isEmpty());
        // The service refuses a limit out of range: a failure naming the device.
        session.requestDeviceHistory(u"leaf-9"_s, 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 5000);
        QCOMPARE(failed.constLast().at(0).toString(), u"leaf-9"_s);
        QCOMPARE(failed.constLast().at(1).value<Error>().code, ErrorCode::InvalidInput);

        connection.close();
        QTRY_COMPARE(session.serviceState(), Models::AlarmServiceState::NoWorkspace);
    }

    void appliesTransitionsWithoutAService()
    {
        AlarmSession session(nullptr);
        QSignalSpy changed(&session, &AlarmSession::alarmChanged);
        QSignalSpy removed(&session, &AlarmSession::alarmRemoved);
        Alarms::Alarm a;
        a.id = 5;
        a.device = u"sw-1"_s;
        a.severity = Alarms::Severity::Critical;
        a.firstRaisedMs = a.lastRaisedMs = 1'800'000'000'000;
        session.applyList(QJsonArray{a.toJson()});
        QCOMPARE(session.count(), 1);
        a.count = 3;
        a.flapping = true;
        session.applyTransition({{u"kind"_s, u"flappingStarted"_s}, {u"alarm"_s, a.toJson()}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.alarm(5)->count, 3);
        QVERIFY(session.alarm(5)->flapping);
        QCOMPARE(session.alarm(5)->severity, Alarms::Severity::Critical);
        QCOMPARE(session.alarm(5)->firstRaisedMs, 1'800'000'000'000);
        a.state = Alarms::AlarmState::Cleared;
        session.applyTransition({{u"kind"_s, u"cleared"_s}, {u"alarm"_s, a.toJson()}});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(session.count(), 0);
        // A clear of an unknown alarm changes nothing.
        session.applyTransition({{u"kind"_s, u"cleared"_s}, {u"alarm"_s, a.toJson()}});
        QCOMPARE(removed.count(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Service::AlarmService> m_service;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_GUILESS_MAIN(TestAlarmSession)
#include "tst_alarmsession.moc"
