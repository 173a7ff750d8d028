// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/jobs/jobfilterproxymodel.h"
#include "models/jobs/jobstyle.h"
#include "models/jobs/jobtablemodel.h"
#include "models/session/jobs/jobjson.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/jobs/jobtargets.h"
#include "models/session/jobs/operationplan.h"
#include "tests/models/jobs/serviceundertest.h"

using namespace OpsDeck;
using namespace OpsDeck::Models;
using Jobs::JobState;

/// The jobs model against a real opsdeckd: live rows from events, actions,
/// details with diffs, the filter proxy and the connection's retry.
class TestJobTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::ServiceUnderTest> m_service;
    std::unique_ptr<JobServiceConnection> m_connection;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_backupId;

    /// The model's state of a job ("succeeded"), empty while it has no row.
    QString stateOf(const QString &id) const
    {
        const int row = m_model->rowOf(id);
        return row < 0 ? QString() : Jobs::toString(m_model->job(row).state);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("run"))));
        m_service = std::make_unique<Test::ServiceUnderTest>(m_dir.path());
        QString error;
        QVERIFY2(m_service->start(&error), qPrintable(error));

        m_connection = std::make_unique<JobServiceConnection>();
        m_model = std::make_unique<JobTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setUserName(QStringLiteral("dana"));
        m_model->setClient(m_connection->client());
        QSignalSpy loaded(m_model.get(), &JobTableModel::loaded);
        m_connection->open({m_service->workspaceFolder(), m_service->workspaceId(), {}, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), JobServiceConnection::State::Connected, 10000);
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(m_model->isLoaded());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void submittedJobFollowsEvents()
    {
        QSignalSpy loaded(m_model.get(), &JobTableModel::loaded);
        QSignalSpy finished(m_model.get(), &JobTableModel::ownJobFinished);
        QList<JobState> states;
        QString id;
        QObject scope; // the lambda refers to locals: its connection ends with this function
        connect(m_model.get(), &JobTableModel::jobStateChanged, &scope, [&](const QString &jobId, JobState state) {
            if (jobId == id || id.isEmpty())
                states << state;
        });
        const QString device = Test::ServiceUnderTest::uniqueDevice(QStringLiteral("model-bk"));
        id = m_service->submit(Jobs::Kind::sshBackup(), m_service->target(device), QStringLiteral("dana"));
        QVERIFY(!id.isEmpty());
        m_backupId = id;
        QTRY_VERIFY(m_model->rowOf(id) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Jobs::toString(JobState::Succeeded), 15000);
        m_model->flush();

        // Queued, running and succeeded arrived as events, in order, without a reload.
        QCOMPARE(loaded.count(), 0);
        QVERIFY2(states.indexOf(JobState::Running) >= 0, qPrintable(QString::number(states.size())));
        QVERIFY(states.indexOf(JobState::Running) < states.indexOf(JobState::Succeeded));
        QVERIFY(states.constLast() == JobState::Succeeded);

        const int row = m_model->rowOf(id);
        const QModelIndex state = m_model->index(row, JobTableModel::StateColumn);
        QCOMPARE(state.data().toString(), jobStateText(JobState::Succeeded));
        QCOMPARE(
            m_model->index(row, JobTableModel::ProgressColumn).data(JobTableModel::ProgressFractionRole).toDouble(),
            1.0);
        QCOMPARE(m_model->index(row, JobTableModel::TargetsColumn).data().toString(), device);
        QCOMPARE(m_model->index(row, JobTableModel::RequesterColumn).data().toString(), QStringLiteral("dana"));
        QVERIFY(m_model->index(row, 0).data(JobTableModel::MineRole).toBool());
        QVERIFY(!m_model->index(row, JobTableModel::FinishedColumn).data().toString().isEmpty());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<Jobs::Job>().id, id);
    }

    void detailsCarryTheBackupDiff()
    {
        QVERIFY(!m_backupId.isEmpty());
        QSignalSpy details(m_model.get(), &JobTableModel::detailsLoaded);
        m_model->requestDetails(m_backupId);
        QVERIFY(details.wait(10000));
        const auto job = details.at(0).at(0).value<Jobs::Job>();
        QCOMPARE(job.id, m_backupId);
        QVERIFY(!job.steps.isEmpty());
        const QList<JobDiff> diffs = jobDiffs(job);
        QCOMPARE(diffs.size(), 1);
        QVERIFY2(diffs.at(0).title.startsWith(QStringLiteral("store backup of model-bk-")),
                 qPrintable(diffs.at(0).title));
        QVERIFY2(diffs.at(0).text.contains(QStringLiteral("\n+hostname ")), qPrintable(diffs.at(0).text));
        QVERIFY(diffs.at(0).text.contains(QStringLiteral("@@")));
    }

    void approveMovesTheJobOn()
    {
        const QString id =
            m_service->submit(Jobs::Kind::sshCommand(),
                              m_service->target(Test::ServiceUnderTest::uniqueDevice(QStringLiteral("model-cmd"))),
                              QStringLiteral("erin"), {{QStringLiteral("command"), QStringLiteral("show version")}});
        QTRY_COMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
        const Jobs::Job waiting = m_model->job(m_model->rowOf(id));
        QCOMPARE(waiting.requiredApprovals, 1);
        QVERIFY(approvalBlockedReason(waiting, m_model->userName()).isEmpty());

        QSignalSpy ok(m_model.get(), &JobTableModel::actionSucceeded);
        m_model->approve(id);
        QVERIFY(ok.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Jobs::toString(JobState::Succeeded), 15000);
        const Jobs::Job done = m_model->job(m_model->rowOf(id));
        QCOMPARE(done.approvals.size(), 1);
        QCOMPARE(done.approvals.at(0).approver, QStringLiteral("dana"));
        m_model->flush();
        QVERIFY(m_model->index(m_model->rowOf(id), JobTableModel::ApprovalsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("dana")));
        // Approving again is refused locally.
        QVERIFY(!approvalBlockedReason(done, m_model->userName()).isEmpty());
    }

    void refusedApprovalIsExplained()
    {
        // Two approvals at "two-site": the requester may not approve her own job.
        const QString id =
            m_service->submit(Jobs::Kind::sshCommand(),
                              m_service->target(Test::ServiceUnderTest::uniqueDevice(QStringLiteral("model-two")),
                                                QStringLiteral("two-site")),
                              QStringLiteral("dana"), {{QStringLiteral("command"), QStringLiteral("show version")}});
        QTRY_COMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
        const Jobs::Job job = m_model->job(m_model->rowOf(id));
        QCOMPARE(job.requiredApprovals, 2);
        QCOMPARE(approvalBlockedReason(job, QStringLiteral("dana")),
                 QStringLiteral("This job needs two approvals by users other than its requester."));

        QSignalSpy failed(m_model.get(), &JobTableModel::actionFailed);
        m_model->approve(id);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), id);
        const auto error = failed.at(0).at(2).value<Error>();
        QCOMPARE(error.code, ErrorCode::Conflict);
        const QString text = jobActionErrorText(JobAction::Approve, error);
        QVERIFY2(text.startsWith(QStringLiteral("The approval was refused: ")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('{')));
        QCOMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
    }

    void cancelEndsAWaitingJob()
    {
        const QString id =
            m_service->submit(Jobs::Kind::sshCommand(),
                              m_service->target(Test::ServiceUnderTest::uniqueDevice(QStringLiteral("model-cx"))),
                              QStringLiteral("dana"), {{QStringLiteral("command"), QStringLiteral("show version")}});
        QTRY_COMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
        QSignalSpy finished(m_model.get(), &JobTableModel::ownJobFinished);
        m_model->cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Jobs::toString(JobState::Cancelled), 10000);
        QCOMPARE(finished.count(), 1);
        QVERIFY(m_model->job(m_model->rowOf(id)).error.contains(QStringLiteral("dana")));
    }

    void filterNarrowsRowsExactly()
    {
        m_model->flush();
        QVERIFY(m_model->rowCount() >= 4);
        JobFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto shown = [&proxy] {
            QSet<QString> ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.insert(proxy.index(r, 0).data(JobTableModel::JobIdRole).toString());
            return ids;
        };
        auto expected = [this](const std::function<bool(const Jobs::Job &)> &accept) {
            QSet<QString> ids;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (accept(m_model->job(r)))
                    ids.insert(m_model->job(r).id);
            }
            return ids;
        };
        QCOMPARE(shown().size(), m_model->rowCount());

        proxy.setStates({JobState::Cancelled});
        QCOMPARE(shown(), expected([](const Jobs::Job &j) { return j.state == JobState::Cancelled; }));
        QCOMPARE(shown().size(), 1);
        proxy.setStates({JobState::Succeeded, JobState::AwaitingApproval});
        QCOMPARE(shown(), expected([](const Jobs::Job &j) {
                     return j.state == JobState::Succeeded || j.state == JobState::AwaitingApproval;
                 }));
        proxy.setStates({});

        proxy.setKind(Jobs::Kind::sshBackup());
        QCOMPARE(shown(), QSet<QString>{m_backupId});
        proxy.setKind({});

        proxy.setMineOnly(true);
        QCOMPARE(shown(), expected([](const Jobs::Job &j) { return j.requester == QStringLiteral("dana"); }));
        QCOMPARE(shown().size(), 3);
        proxy.setMineOnly(false);

        proxy.setText(QStringLiteral("MODEL-CMD"));
        QCOMPARE(shown().size(), 1);
        proxy.setText(QStringLiteral("model erin"));
        QCOMPARE(shown(), expected([](const Jobs::Job &j) { return j.requester == QStringLiteral("erin"); }));
        proxy.setText(QStringLiteral("no-such-thing"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    // What the operations dialog sends (OperationPlanner) goes through the
    // model's submit() to the service; the ticket is in the job, in every
    // audit entry, and each device's progress can be followed.
    void consoleOperationCarriesTheTicketIntoTheAudit()
    {
        QList<Domain::DeviceLabels> devices;
        for (const QString &prefix : {QStringLiteral("ops-a"), QStringLiteral("ops-b")}) {
            Domain::DeviceLabels d;
            d.device = Test::ServiceUnderTest::uniqueDevice(prefix);
            d.primaryIp = m_service->target(d.device).value(QStringLiteral("host")).toString() + QStringLiteral("/32");
            d.siteSlug = QStringLiteral("lab");
            d.roleName = QStringLiteral("switch");
            devices << d;
        }
        OperationPlan plan;
        plan.kind = OperationKind::Backup;
        plan.devices = devices;
        plan.ticket = QStringLiteral("  CHG-4711 https://tickets.example/CHG-4711 ");
        plan.requester = QStringLiteral("dana");
        auto request = OperationPlanner::request(plan);
        QVERIFY(request.ok());
        // The rig's sshd listens on its own port with its own key; a workspace
        // would take the login from the devices' SSH profile.
        for (qsizetype i = 0; i < request->targets.size(); ++i) {
            QJsonObject t = request->targets.at(i).toObject();
            const QJsonObject rig = m_service->target(t.value(QStringLiteral("device")).toString());
            for (const QString &key : {QStringLiteral("port"), QStringLiteral("user"), QStringLiteral("keyFile")})
                t.insert(key, rig.value(key));
            request->targets.replace(i, t);
        }
        QSignalSpy submitted(m_model.get(), &JobTableModel::submitted);
        m_model->submit(*request);
        QVERIFY(submitted.wait(10000));
        QCOMPARE(submitted.at(0).at(0).toString(), request->idempotencyKey);
        const auto job = submitted.at(0).at(1).value<Jobs::Job>();
        QCOMPARE(job.ticket, QStringLiteral("CHG-4711 https://tickets.example/CHG-4711"));
        QVERIFY(m_model->rowOf(job.id) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job.id), Jobs::toString(JobState::Succeeded), 20000);
        m_model->flush();
        QCOMPARE(m_model->index(m_model->rowOf(job.id), JobTableModel::TicketColumn).data().toString(), job.ticket);

        QSignalSpy details(m_model.get(), &JobTableModel::detailsLoaded);
        m_model->requestDetails(job.id);
        QVERIFY(details.wait(10000));
        const QList<JobTargetState> targets = jobTargetStates(details.at(0).at(0).value<Jobs::Job>());
        QCOMPARE(targets.size(), 2);
        for (const JobTargetState &t : targets)
            QCOMPARE(t.state, TargetState::Succeeded);

        auto answer =
            m_service->client().callBlocking(QStringLiteral("job.get"), {{QStringLiteral("id"), job.id}}, 10000);
        QVERIFY(answer.ok());
        const QJsonArray audit = answer->toObject().value(QStringLiteral("audit")).toArray();
        QVERIFY(audit.size() >= 4); // submitted, queued, running, succeeded
        for (const QJsonValue &e : audit) {
            const QJsonObject entry = e.toObject();
            QVERIFY2(entry.value(QStringLiteral("detail")).toObject().value(QStringLiteral("ticket")).toString() ==
                         job.ticket,
                     qPrintable(entry.value(QStringLiteral("event")).toString()));
        }
    }

    void refusedSubmissionIsReported()
    {
        Jobs::JobRequest r;
        r.kind = Jobs::Kind::sshBackup();
        r.targets = QJsonArray{m_service->target(Test::ServiceUnderTest::uniqueDevice(QStringLiteral("ops-bad")))};
        r.requester = QStringLiteral("dana");
        r.ticket = QStringLiteral("CHG-1\nInjected: yes");
        r.idempotencyKey = QStringLiteral("bad-ticket-1");
        QSignalSpy failed(m_model.get(), &JobTableModel::submitFailed);
        m_model->submit(r);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("bad-ticket-1"));
        const auto error = failed.at(0).at(1).value<Error>();
        QVERIFY2(jobActionErrorText(JobAction::Submit, error).contains(QStringLiteral("control characters")),
                 qPrintable(error.detail));
    }

    void unreachableServiceIsReportedAndRetried()
    {
        JobServiceConnection connection;
        connection.setRetryInterval(200);
        QSignalSpy changed(&connection, &JobServiceConnection::stateChanged);
        const QString socket = m_dir.filePath(QStringLiteral("run/nobody.sock"));
        connection.open({m_service->workspaceFolder(), m_service->workspaceId(), socket, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Unreachable, 10000);
        QVERIFY2(connection.statusText().startsWith(
                     QStringLiteral("The OpsDeck service cannot be reached: nothing answers")),
                 qPrintable(connection.statusText()));
        QVERIFY(connection.remainingRetryTime() >= 0);
        // It keeps trying: a second failed attempt is announced too.
        const int before = int(changed.count());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > before, 5000);
        QCOMPARE(connection.state(), JobServiceConnection::State::Unreachable);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_connection.reset();
        if (m_service)
            m_service->stop();
    }
};

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
