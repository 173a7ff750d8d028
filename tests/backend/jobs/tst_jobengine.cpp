// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobexecutor.h"
#include "backend/jobs/jobstore.h"
#include "backend/ssh/sshsession.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Jobs;

class TestJobEngine : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<JobEngine> m_engine;

    QJsonObject target(const QString &device) const
    {
        return {{u"device"_qs, device},
                {u"host"_qs, m_env.value(u"SSHD_HOST"_qs)},
                {u"port"_qs, m_env.value(u"SSHD_PORT"_qs).toInt()},
                {u"user"_qs, m_env.value(u"SSHD_USER"_qs)},
                {u"credential"_qs, u"ssh/rig"_qs},
                {u"site"_qs, u"lab"_qs},
                {u"role"_qs, u"switch"_qs}};
    }

    Job waitForEnd(const QString &id, int timeoutMs = 60000)
    {
        Job job;
        (void)QTest::qWaitFor(
            [&] {
                job = *m_engine->job(id);
                return isTerminal(job.state);
            },
            timeoutMs);
        return job;
    }

    Job submitAndWait(const JobRequest &request)
    {
        auto r = m_engine->submit(request);
        if (!r)
            qWarning() << r.error().toString();
        return r ? waitForEnd(r->job.id) : Job();
    }

    QString runningConfig()
    {
        Ssh::SshTarget t;
        t.device = u"check"_qs;
        t.host = m_env.value(u"SSHD_HOST"_qs);
        t.port = m_env.value(u"SSHD_PORT"_qs).toInt();
        t.user = m_env.value(u"SSHD_USER"_qs);
        QFile key(m_env.value(u"SSHD_KEY"_qs));
        if (key.open(QIODevice::ReadOnly))
            t.credentials.privateKey = Vault::Secret::fromBytes(key.readAll());
        t.knownHostsFile = m_env.value(u"SSHD_KNOWN_HOSTS"_qs);
        auto r = Ssh::SshSession::runOnce(t, u"show running-config"_qs);
        return r ? QString::fromUtf8(r->standardOutput) : QString();
    }

    static JobRequest request(const QString &kind, const QJsonArray &targets, const QJsonObject &params = {},
                              const QString &requester = u"alice"_qs)
    {
        JobRequest r;
        r.kind = kind;
        r.targets = targets;
        r.parameters = params;
        r.requester = requester;
        r.intent = u"test"_qs;
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(u"sshd"_qs, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        JobEngineOptions options;
        options.maxWorkers = 4;
        options.knownHostsFile = m_env.value(u"SSHD_KNOWN_HOSTS"_qs);
        Workspace::ApprovalRule command;
        command.kind = u"ssh.command"_qs;
        command.required = 2;
        Workspace::ApprovalRule backup;
        backup.kind = u"ssh.backup"_qs;
        backup.site = u"approval-site"_qs;
        backup.required = 1;
        options.approvals.rules = {command, backup};
        auto engine = JobEngine::create(m_dir.filePath(u"store.sqlite"_qs), options);
        QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().toString()));
        m_engine = std::move(*engine);
        const QString keyPath = m_env.value(u"SSHD_KEY"_qs);
        m_engine->setCredentialResolver([keyPath](const QString &ref) -> Result<Ssh::SshCredentials> {
            if (ref != u"ssh/rig"_qs)
                return Error(ErrorCode::NotFound, u"no such credential"_qs);
            QFile f(keyPath);
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::Io, u"key unreadable"_qs);
            Ssh::SshCredentials c;
            c.privateKey = Vault::Secret::fromBytes(f.readAll());
            return c;
        });
        QVERIFY(m_engine->start().ok());
    }

    void backupIsVersionedWithDiff()
    {
        const QJsonArray targets{target(u"bk-sw01"_qs)};
        const Job first = submitAndWait(request(u"ssh.backup"_qs, targets));
        QCOMPARE(toString(first.state), u"succeeded"_qs);
        const QJsonObject b1 = first.result.value(u"backups"_qs).toArray().at(0).toObject();
        QCOMPARE(b1.value(u"version"_qs).toInt(), 1);
        QVERIFY(b1.value(u"diff"_qs).toString().contains(u"+hostname "_qs));

        const QString line = u"snmp-server location bk-%1"_qs.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const Job push = submitAndWait(request(u"ssh.push"_qs, targets, {{u"lines"_qs, QJsonArray{line}}}));
        QCOMPARE(toString(push.state), u"succeeded"_qs);

        const Job second = submitAndWait(request(u"ssh.backup"_qs, targets));
        QCOMPARE(toString(second.state), u"succeeded"_qs);
        const QJsonObject b2 = second.result.value(u"backups"_qs).toArray().at(0).toObject();
        QCOMPARE(b2.value(u"version"_qs).toInt(), 2);
        QVERIFY2(b2.value(u"diff"_qs).toString().contains(u"\n+"_qs + line + u"\n"_qs),
                 qPrintable(b2.value(u"diff"_qs).toString()));
        auto versions = m_engine->store().backups(u"bk-sw01"_qs);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QVERIFY(versions->at(1).content.contains(line));
        QVERIFY(!versions->at(0).content.contains(line));
        // Clean up the device.
        QCOMPARE(toString(submitAndWait(request(u"ssh.push"_qs, targets, {{u"lines"_qs, QJsonArray{QString(u"no "_qs + line)}}})).state),
                 u"succeeded"_qs);
    }

    void pushShowsDryRunDiffFirst()
    {
        const QJsonArray targets{target(u"push-sw01"_qs)};
        const QString line = u"ntp server 203.0.113.%1"_qs.arg(QRandomGenerator::global()->bounded(1, 250));
        const Job dry = submitAndWait(request(u"ssh.push"_qs, targets, {{u"lines"_qs, QJsonArray{line}}, {u"dryRun"_qs, true}}));
        QCOMPARE(toString(dry.state), u"succeeded"_qs);
        QVERIFY(dry.result.value(u"plannedDiff"_qs).toString().contains(u"+"_qs + line));
        QVERIFY(!runningConfig().contains(line)); // nothing applied

        const Job applied = submitAndWait(request(u"ssh.push"_qs, targets, {{u"lines"_qs, QJsonArray{line}}}));
        QCOMPARE(toString(applied.state), u"succeeded"_qs);
        QVERIFY(applied.result.value(u"diff"_qs).toString().contains(u"+"_qs + line));
        QVERIFY(runningConfig().contains(line));
        const Job full = *m_engine->job(applied.id);
        QStringList names;
        for (const JobStep &s : full.steps)
            names << s.name;
        QVERIFY2(names.indexOf(u"dry-run diff for push-sw01"_qs) >= 0, qPrintable(names.join(u", "_qs)));
        QVERIFY(names.indexOf(u"dry-run diff for push-sw01"_qs) < names.indexOf(u"apply 1 line(s) to push-sw01"_qs));

        // A line the device rejects fails the job and changes nothing.
        const Job bad = submitAndWait(request(u"ssh.push"_qs, targets, {{u"lines"_qs, QJsonArray{u"frobnicate all"_qs}}}));
        QCOMPARE(toString(bad.state), u"failed"_qs);
        QVERIFY2(bad.error.contains(u"Invalid input"_qs), qPrintable(bad.error));
        submitAndWait(request(u"ssh.push"_qs, targets, {{u"lines"_qs, QJsonArray{QString(u"no "_qs + line)}}}));
        QVERIFY(!runningConfig().contains(line));
    }

    void hostKeyMismatchFailsTheJob()
    {
        const QString path = m_dir.filePath(u"wrong_known_hosts"_qs);
        QFile pub(m_env.value(u"SSHD_KEY"_qs) + u".pub"_qs);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[127.0.0.1]:" + m_env.value(u"SSHD_PORT"_qs).toUtf8() + " ssh-ed25519 " + pub.readAll().split(' ').value(1) + "\n");
        f.close();
        QJsonObject t = target(u"mitm-sw01"_qs);
        t.insert(u"knownHosts"_qs, path);
        const Job job = submitAndWait(request(u"ssh.backup"_qs, QJsonArray{t}));
        QCOMPARE(toString(job.state), u"failed"_qs);
        QVERIFY2(job.error.contains(u"does not match"_qs), qPrintable(job.error));
    }

    void wrongCredentialsAreReported()
    {
        QJsonObject t = target(u"auth-sw01"_qs);
        t.insert(u"credential"_qs, u"ssh/unknown"_qs);
        const Job missing = submitAndWait(request(u"ssh.backup"_qs, QJsonArray{t}));
        QCOMPARE(toString(missing.state), u"failed"_qs);
        QVERIFY(missing.error.contains(u"ssh/unknown"_qs));

        QString hostKey = m_env.value(u"SSHD_HOST_KEY_PUB"_qs);
        hostKey.chop(4);
        t.remove(u"credential"_qs);
        t.insert(u"keyFile"_qs, hostKey);
        const Job refused = submitAndWait(request(u"ssh.backup"_qs, QJsonArray{t}));
        QCOMPARE(toString(refused.state), u"failed"_qs);
        QVERIFY2(refused.error.contains(u"authentication"_qs), qPrintable(refused.error));
    }

    void approvalsAreEnforced()
    {
        auto submitted = m_engine->submit(request(u"ssh.command"_qs, QJsonArray{target(u"appr-sw01"_qs)},
                                                  {{u"command"_qs, u"show version"_qs}}, u"alice"_qs));
        QVERIFY(submitted.ok());
        const QString id = submitted->job.id;
        QCOMPARE(toString(submitted->job.state), u"awaiting_approval"_qs);
        QCOMPARE(submitted->job.requiredApprovals, 2);
        auto own = m_engine->approve(id, u"alice"_qs);
        QVERIFY(!own.ok());
        QCOMPARE(own.error().code, ErrorCode::Conflict);
        QVERIFY(m_engine->approve(id, u"bob"_qs).ok());
        QCOMPARE(toString(m_engine->job(id)->state), u"awaiting_approval"_qs);
        QCOMPARE(m_engine->approve(id, u"bob"_qs).error().code, ErrorCode::Conflict);
        QCOMPARE(toString(m_engine->job(id)->state), u"awaiting_approval"_qs);
        QVERIFY(m_engine->approve(id, u"carol"_qs).ok());
        const Job done = waitForEnd(id);
        QCOMPARE(toString(done.state), u"succeeded"_qs);
        QVERIFY(done.result.value(u"outputs"_qs).toObject().value(u"appr-sw01"_qs).toString().contains(u"Version 4.2.1"_qs));
        QCOMPARE(done.approvals.size(), 2);

        // One approval for backups at that site; a job awaiting approval can be cancelled.
        QJsonObject t = target(u"appr-sw02"_qs);
        t.insert(u"site"_qs, u"approval-site"_qs);
        auto backup = m_engine->submit(request(u"ssh.backup"_qs, QJsonArray{t}));
        QVERIFY(backup.ok());
        QCOMPARE(backup->job.requiredApprovals, 1);
        QCOMPARE(toString(backup->job.state), u"awaiting_approval"_qs);
        QVERIFY(m_engine->cancel(backup->job.id, u"alice"_qs).ok());
        QCOMPARE(toString(m_engine->job(backup->job.id)->state), u"cancelled"_qs);
        QCOMPARE(m_engine->approve(backup->job.id, u"bob"_qs).error().code, ErrorCode::Conflict);
    }

    void idempotencyKeyRunsOnce()
    {
        JobRequest r = request(u"ssh.command"_qs, QJsonArray{target(u"idem-sw01"_qs)}, {{u"command"_qs, u"show version"_qs}});
        r.kind = u"ssh.backup"_qs;
        r.idempotencyKey = u"idem-%1"_qs.arg(QUuid::createUuid().toString(QUuid::Id128));
        auto first = m_engine->submit(r);
        QVERIFY(first.ok());
        QVERIFY(!first->duplicate);
        auto second = m_engine->submit(r);
        QVERIFY(second.ok());
        QVERIFY(second->duplicate);
        QCOMPARE(second->job.id, first->job.id);
        r.kind = u"ssh.command"_qs;
        QCOMPARE(m_engine->submit(r).error().code, ErrorCode::Conflict);
        QCOMPARE(waitForEnd(first->job.id).attempts, 1);
    }

    void invalidRequestsAreRefused()
    {
        QCOMPARE(m_engine->submit(request(u"format.everything"_qs, {})).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_engine->submit(request(u"ssh.push"_qs, QJsonArray{target(u"x"_qs)})).error().code, ErrorCode::InvalidInput);
        JobRequest anonymous = request(u"ssh.backup"_qs, QJsonArray{target(u"x"_qs)});
        anonymous.requester.clear();
        QCOMPARE(m_engine->submit(anonymous).error().code, ErrorCode::InvalidInput);
        const Job netbox = submitAndWait(request(u"netbox.changeset"_qs, {}, {{u"changeSet"_qs, QJsonObject{{u"create"_qs, QJsonArray()}}}}));
        QCOMPARE(toString(netbox.state), u"failed"_qs);
        QVERIFY(netbox.error.contains(u"NetBox"_qs));
    }

    void workflowRollsBackWhenOneFails()
    {
        QJsonArray targets;
        QJsonObject perTarget;
        for (int i = 1; i <= 20; ++i) {
            const QString device = u"wf-sw%1"_qs.arg(i, 2, 10, QLatin1Char('0'));
            targets.append(target(device));
            const QString line = i == 13 ? u"frobnicate 13"_qs : u"logging host 198.51.100.%1"_qs.arg(i);
            perTarget.insert(device, QJsonObject{{u"lines"_qs, QJsonArray{line}}});
        }
        const QJsonObject params{{u"kind"_qs, u"ssh.push"_qs},
                                 {u"perTarget"_qs, perTarget},
                                 {u"maxParallel"_qs, 4},
                                 {u"dependsOn"_qs, QJsonObject{{u"wf-sw20"_qs, QJsonArray{u"wf-sw13"_qs}}}}};
        const Job job = submitAndWait(request(u"workflow"_qs, targets, params));
        QCOMPARE(toString(job.state), u"failed"_qs);
        QCOMPARE(toString(job.priority), u"workflow"_qs);
        QVERIFY2(job.error.contains(u"wf-sw13"_qs), qPrintable(job.error));
        const QJsonArray nodes = job.result.value(u"nodes"_qs).toArray();
        QCOMPARE(nodes.size(), 20);
        int rolledBack = 0;
        for (const QJsonValue &v : nodes) {
            const QJsonObject n = v.toObject();
            const QString device = n.value(u"device"_qs).toString();
            const QString state = n.value(u"state"_qs).toString();
            QVERIFY2(state != u"succeeded"_qs, qPrintable(device + u" was left applied"_qs));
            if (device == u"wf-sw13"_qs)
                QCOMPARE(state, u"failed"_qs);
            if (device == u"wf-sw20"_qs)
                QVERIFY2(state == u"skipped"_qs || state == u"not run"_qs, qPrintable(state));
            if (state == u"rolled back"_qs)
                ++rolledBack;
        }
        QVERIFY(rolledBack >= 1); // devices before 13 ran in batches of 4
        QCOMPARE(job.result.value(u"rolledBack"_qs).toInt(), rolledBack);
        QVERIFY(!runningConfig().contains(u"logging host 198.51.100."_qs));
    }

    void cancelStopsQueuedAndRunningJobs()
    {
        QJsonArray targets;
        for (int i = 1; i <= 20; ++i)
            targets.append(target(u"cx-sw%1"_qs.arg(i)));
        const QJsonObject params{{u"kind"_qs, u"ssh.backup"_qs}, {u"maxParallel"_qs, 1}};
        auto running = m_engine->submit(request(u"workflow"_qs, targets, params));
        QVERIFY(running.ok());
        QTRY_COMPARE_WITH_TIMEOUT(toString(m_engine->job(running->job.id)->state), u"running"_qs, 30000);
        QVERIFY(m_engine->cancel(running->job.id, u"alice"_qs).ok());
        const Job done = waitForEnd(running->job.id);
        QCOMPARE(toString(done.state), u"cancelled"_qs);
        int completed = 0;
        const QJsonArray nodes = done.result.value(u"nodes"_qs).toArray();
        for (const QJsonValue &n : nodes)
            completed += n.toObject().value(u"state"_qs).toString() == u"succeeded"_qs;
        QVERIFY(completed < 20);
    }

    void auditChainDetectsTampering()
    {
        auto ok = m_engine->verifyAudit();
        QVERIFY(ok.ok());
        QVERIFY2(ok->ok, qPrintable(ok->problem));
        QVERIFY(ok->entries > 20);
        auto integrity = m_engine->store().integrityCheck();
        QCOMPARE(*integrity, u"ok"_qs);

        // Tamper with copies of the store.
        for (const QString &attack : {u"edit"_qs, u"delete-middle"_qs, u"delete-tail"_qs}) {
            const QString copy = m_dir.filePath(attack + u".sqlite"_qs);
            QFile::remove(copy);
            {
                QSqlDatabase src = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"copy"_qs);
                src.setDatabaseName(m_dir.filePath(u"store.sqlite"_qs));
                QVERIFY(src.open());
                QSqlQuery q(src);
                QVERIFY(q.exec(u"VACUUM INTO '%1'"_qs.arg(copy)));
                src.close();
            }
            QSqlDatabase::removeDatabase(u"copy"_qs);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tamper"_qs);
                db.setDatabaseName(copy);
                QVERIFY(db.open());
                QSqlQuery q(db);
                if (attack == u"edit"_qs)
                    QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 5"_qs));
                else if (attack == u"delete-middle"_qs)
                    QVERIFY(q.exec(u"DELETE FROM audit_log WHERE seq = 7"_qs));
                else
                    QVERIFY(q.exec(u"DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"_qs));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"tamper"_qs);
            auto store = JobStore::open(copy);
            QVERIFY(store.ok());
            auto v = (*store)->verifyAudit();
            QVERIFY(v.ok());
            QVERIFY2(!v->ok, qPrintable(attack));
            QVERIFY(!v->problem.isEmpty());
        }
    }

    void cleanupTestCase()
    {
        m_engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestJobEngine)
#include "tst_jobengine.moc"
