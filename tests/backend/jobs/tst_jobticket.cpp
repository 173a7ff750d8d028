// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "backend/alarms/alarmengine.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobstore.h"
#include "backend/jobs/policygate.h"
#include "backend/notify/message.h"
#include "backend/service/alarmservice.h"
#include "backend/store/migrations.h"
#include "backend/store/store.h"

using namespace OpsDeck;
using namespace OpsDeck::Jobs;

/// The change ticket of a job: validated, stored (and migrated into old
/// stores), in every audit entry of the job, in the job's JSON and in the
/// notification of its failure; and how the policy gate treats commands
/// that change devices.
class TestJobTicket : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter)); }

    static JobRequest backupRequest(const QString &ticket)
    {
        JobRequest r;
        r.kind = Kind::sshBackup();
        r.targets =
            QJsonArray{QJsonObject{{u"device"_qs, u"sw1"_qs}, {u"host"_qs, u"192.0.2.1"_qs}, {u"user"_qs, u"ops"_qs}}};
        r.requester = u"alice"_qs;
        r.intent = u"test"_qs;
        r.ticket = ticket;
        r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // the engine makes one
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("trimmed") << u"  CHG-1234 "_qs << true << u"CHG-1234"_qs;
        QTest::newRow("url") << u"https://tickets.example/browse/NET-7?x=1&y=2"_qs << true
                             << u"https://tickets.example/browse/NET-7?x=1&y=2"_qs;
        QTest::newRow("unicode") << u"Änderung 42 – Core"_qs << true << u"Änderung 42 – Core"_qs;
        QTest::newRow("line break") << u"CHG-1\nrm -rf"_qs << false << QString();
        QTest::newRow("tab") << u"CHG\t1"_qs << false << QString();
        QTest::newRow("escape") << u"CHG\x1b[31m"_qs << false << QString();
        QTest::newRow("bidi override") << u"CHG\u202E1"_qs << false << QString();
        QTest::newRow("200 chars") << QString(200, u'x') << true << QString(200, u'x');
        QTest::newRow("201 chars") << QString(201, u'x') << false << QString();
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        const auto r = normalizeTicket(input);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, stored);
        else
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }

    void requestJsonRoundTrip()
    {
        const JobRequest r = backupRequest(u"CHG-9"_qs);
        QCOMPARE(JobRequest::fromJson(r.toJson()).ticket, u"CHG-9"_qs);
        QVERIFY(!backupRequest({}).toJson().contains(u"ticket"_qs));
    }

    void storeRoundTripAndAudit()
    {
        auto store = JobStore::open(freshPath());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        auto job = (*store)->insertJob(backupRequest(u"CHG-1234"_qs), JobPriority::Interactive, 0);
        QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error().toString()));
        QCOMPARE(job->ticket, u"CHG-1234"_qs);
        auto read = (*store)->job(job->id);
        QVERIFY(read.ok());
        QCOMPARE(read->ticket, u"CHG-1234"_qs);
        QCOMPARE(read->toJson().value(u"ticket"_qs).toString(), u"CHG-1234"_qs);

        // A job without a ticket stores an empty one and its entries name none.
        auto plain = (*store)->insertJob(backupRequest({}), JobPriority::Interactive, 0);
        QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error().toString()));
        QVERIFY((*store)->job(plain->id)->ticket.isEmpty());
        QVERIFY((*store)->appendAudit(plain->id, u"alice"_qs, u"submitted"_qs, {}).ok());
        QVERIFY(!(*store)->auditEntries(plain->id)->constFirst().detail.contains(u"ticket"_qs));

        QVERIFY((*store)->appendAudit(job->id, u"alice"_qs, u"submitted"_qs, {{u"kind"_qs, job->kind}}).ok());
        QVERIFY((*store)->appendAudit(job->id, u"opsdeckd"_qs, u"state"_qs, {{u"state"_qs, u"queued"_qs}}).ok());
        QVERIFY((*store)->appendAudit({}, u"opsdeckd"_qs, u"service"_qs, {}).ok());
        const auto entries = (*store)->auditEntries(job->id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        for (const AuditEntry &e : *entries)
            QCOMPARE(e.detail.value(u"ticket"_qs).toString(), u"CHG-1234"_qs);
        // The ticket is part of what the chain protects.
        QVERIFY((*store)->verifyAudit()->ok);
    }

    void engineValidatesAndAuditsEveryEntry()
    {
        auto engine = JobEngine::create(freshPath(), {});
        QVERIFY(engine.ok());
        auto refused = (*engine)->submit(backupRequest(u"CHG-1\r\nX-Injected: yes"_qs));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().detail.contains(u"control characters"_qs), qPrintable(refused.error().detail));
        QVERIFY((*engine)->jobs()->isEmpty());

        auto submitted = (*engine)->submit(backupRequest(u"  https://tickets.example/CHG-77  "_qs));
        QVERIFY(submitted.ok());
        QCOMPARE(submitted->job.ticket, u"https://tickets.example/CHG-77"_qs);
        auto cancelled = (*engine)->cancel(submitted->job.id, u"bob"_qs);
        QVERIFY(cancelled.ok());
        const auto entries = (*engine)->store().auditEntries(submitted->job.id);
        QVERIFY(entries.ok());
        QVERIFY(entries->size() >= 3); // submitted, queued, cancelled
        for (const AuditEntry &e : *entries) {
            QVERIFY2(e.detail.value(u"ticket"_qs).toString() == u"https://tickets.example/CHG-77"_qs,
                     qPrintable(e.event));
        }
    }

    void migratesAnOldStore()
    {
        const QString path = freshPath();
        {
            auto old = Store::Store::openSqlite(path, false);
            QVERIFY(old.ok());
            QVERIFY((*old)->migrate(12).ok());
            QCOMPARE(*(*old)->schemaVersion(), 12);
        }
        {
            // A job written by a service from before tickets existed.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"old-writer"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"INSERT INTO jobs (id, seq, kind, state, priority, idempotency_key, requester, intent,"
                            " targets, params, required_approvals, result, error, progress, attempts, created_at,"
                            " updated_at) VALUES ('old-1', 1, 'ssh.backup', 'succeeded', 2, 'k-old', 'carol', 'old',"
                            " '[]', '{}', 0, '{}', '', 100, 1, '2024-01-01T00:00:00.000Z',"
                            " '2024-01-01T00:00:00.000Z')"_qs),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old-writer"_qs);

        auto store = JobStore::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        {
            auto upgraded = Store::Store::openSqlite(path, false);
            QCOMPARE(*(*upgraded)->schemaVersion(), Store::latestSchemaVersion());
        }
        auto old = (*store)->job(u"old-1"_qs);
        QVERIFY(old.ok());
        QCOMPARE(old->requester, u"carol"_qs);
        QVERIFY(old->ticket.isEmpty());
        QVERIFY((*store)->appendAudit(u"old-1"_qs, u"x"_qs, u"note"_qs, {}).ok());
        QVERIFY(!(*store)->auditEntries(u"old-1"_qs)->constFirst().detail.contains(u"ticket"_qs));
        auto fresh = (*store)->insertJob(backupRequest(u"CHG-NEW"_qs), JobPriority::Interactive, 0);
        QVERIFY(fresh.ok());
        QCOMPARE((*store)->job(fresh->id)->ticket, u"CHG-NEW"_qs);
    }

    void failureNotificationNamesTheTicket()
    {
        Alarms::AlarmEngine engine;
        QList<Alarms::AlarmTransition> transitions;
        connect(&engine, &Alarms::AlarmEngine::transition, this,
                [&](const Alarms::AlarmTransition &t) { transitions << t; });
        Alarms::JobFailure failure;
        failure.jobId = u"job-1"_qs;
        failure.jobKind = Kind::sshPush();
        failure.devices = {u"sw1"_qs};
        failure.ticket = u"CHG-31"_qs;
        failure.error = u"timeout"_qs;
        failure.timeMs = 1000;
        QVERIFY(engine.onJobFailed(failure).ok());
        QTRY_VERIFY(!transitions.isEmpty());
        const Alarms::AlarmTransition &t = transitions.constFirst();
        QVERIFY2(t.alarm.summary.contains(u"ticket CHG-31"_qs), qPrintable(t.alarm.summary));

        const Notify::Message m = Service::AlarmService::messageFor(t, {}, failure.ticket);
        QCOMPARE(m.payload.value(u"ticket"_qs).toString(), u"CHG-31"_qs);
        QVERIFY(m.text.contains(u"Ticket: CHG-31"_qs));
        QVERIFY(m.validate().ok());
        const Notify::Message plain = Service::AlarmService::messageFor(t, {});
        QVERIFY(!plain.payload.contains(u"ticket"_qs));
    }

    void commandsThatChangeDevicesAreConfigurationChanges()
    {
        Workspace::ApprovalsConfig policy;
        Workspace::ApprovalRule push;
        push.kind = Kind::sshPush();
        push.required = 1;
        policy.rules = {push};
        const QJsonArray targets{QJsonObject{{u"device"_qs, u"sw"_qs}}};
        const QTime noon(12, 0);
        const auto required = [&](const QString &kind, const QJsonObject &params) {
            return PolicyGate::requiredApprovals(policy, kind, params, targets, noon);
        };
        QCOMPARE(required(Kind::sshCommand(), {{u"command"_qs, u"show version"_qs}}), 0);
        QCOMPARE(required(Kind::sshCommand(), {{u"command"_qs, u"reload"_qs}}), 1);
        QCOMPARE(required(Kind::sshCommand(), {{u"command"_qs, u"show run | redirect flash:x"_qs}}), 1);
        QCOMPARE(required(Kind::workflow(), {{u"kind"_qs, Kind::sshCommand()},
                                             {u"parameters"_qs, QJsonObject{{u"command"_qs, u"ping 10.0.0.1"_qs}}}}),
                 0);
        QCOMPARE(required(Kind::workflow(), {{u"kind"_qs, Kind::sshCommand()},
                                             {u"parameters"_qs, QJsonObject{{u"command"_qs, u"clear counters"_qs}}}}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestJobTicket)
#include "tst_jobticket.moc"
