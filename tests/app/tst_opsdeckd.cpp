// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <pwd.h>
#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/jobs/job.h"
#include "backend/jobs/jobstore.h"
#include "backend/workspace/workspace.h"
#include "tests/app/seedstore.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;

/// opsdeckd as a process: its IPC, opsdeck-cli, and crash safety under
/// kill -9 during a 200-job run.
class TestOpsdeckd : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_socket;
    QByteArray m_token;

    QProcessEnvironment processEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPSDECK_RUNTIME_DIR"_qs, m_dir.filePath(u"run"_qs));
        env.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        return env;
    }

    bool startService(QProcess &process)
    {
        process.setProcessEnvironment(processEnv());
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(OPSDECKD_PATH), {u"--workspace"_qs, m_workspace, u"--workers"_qs, u"4"_qs,
                                                      u"--known-hosts"_qs, m_env.value(u"SSHD_KNOWN_HOSTS"_qs)});
        if (!process.waitForStarted(10000))
            return false;
        const bool up = QTest::qWaitFor(
            [&] {
                return process.readAllStandardOutput().contains("listening on") || process.state() != QProcess::Running;
            },
            20000);
        if (!up || process.state() != QProcess::Running) {
            qWarning() << "opsdeckd did not start:" << process.readAllStandardError();
            return false;
        }
        return true;
    }

    QJsonObject target(int i) const
    {
        return {{u"device"_qs, u"crash-sw%1"_qs.arg(i, 3, 10, QLatin1Char('0'))},
                {u"host"_qs, m_env.value(u"SSHD_HOST"_qs)},
                {u"port"_qs, m_env.value(u"SSHD_PORT"_qs).toInt()},
                {u"user"_qs, m_env.value(u"SSHD_USER"_qs)},
                {u"keyFile"_qs, m_env.value(u"SSHD_KEY"_qs)}};
    }

    Jobs::JobRequest requestFor(int i) const
    {
        Jobs::JobRequest r;
        // Backups are idempotent (retried after a crash); commands are not.
        r.kind = i % 2 ? u"ssh.command"_qs : u"ssh.backup"_qs;
        r.targets = QJsonArray{target(i)};
        if (i % 2)
            r.parameters = {{u"command"_qs, u"show version"_qs}};
        r.idempotencyKey = u"crash-run-%1"_qs.arg(i);
        r.requester = u"tester"_qs;
        r.intent = u"crash test"_qs;
        return r;
    }

    int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess cli;
        cli.setProcessEnvironment(processEnv());
        cli.start(QStringLiteral(OPSDECK_CLI_PATH), QStringList{u"--socket"_qs, m_socket} + args);
        if (!cli.waitForFinished(30000))
            return -1;
        if (out)
            *out = cli.readAllStandardOutput();
        if (err)
            *err = cli.readAllStandardError();
        return cli.exitCode();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(u"sshd"_qs, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_qs)));
        auto ws = Workspace::Workspace::create(m_dir.filePath(u"ws"_qs), u"crash"_qs, m_dir.filePath(u"userconf"_qs));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        m_workspace = ws->folder();
        m_socket = *Ipc::IpcPaths::socketName(ws->id());
    }

    void versionAndHelp()
    {
        QProcess p;
        p.start(QStringLiteral(OPSDECKD_PATH), {u"--version"_qs});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().contains(OPSDECK_VERSION));
        p.start(QStringLiteral(OPSDECK_CLI_PATH), {u"--help"_qs});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().contains("audit verify"));
    }

    void survivesKillDuringRun()
    {
        constexpr int kJobs = 200;
        constexpr int kKills = 10;
        QRandomGenerator random(20240501);
        QHash<int, QString> accepted; // index -> job id acknowledged by the service
        QSet<QString> terminal;

        for (int round = 0; round <= kKills; ++round) {
            QProcess service;
            QVERIFY(startService(service));
            auto token = Ipc::IpcPaths::token(false);
            QVERIFY(token.ok());
            m_token = *token;
            Ipc::IpcClient client;
            client.connectToService(m_socket, m_token, u"crash-test"_qs);
            QVERIFY(client.waitForConnected(10000));
            int finishedThisRound = 0;
            connect(&client, &Ipc::IpcClient::jobChanged, this, [&](const QJsonObject &job) {
                const auto state = Jobs::jobStateFromString(job.value(u"state"_qs).toString());
                if (state && Jobs::isTerminal(*state) && !terminal.contains(job.value(u"id"_qs).toString())) {
                    terminal.insert(job.value(u"id"_qs).toString());
                    ++finishedThisRound;
                }
            });
            client.subscribe({u"jobs"_qs});

            // (Re)submit every job; the service must answer with the same id
            // for a key it already accepted. The first round is killed while
            // it submits.
            const int submitUntil = round == 0 ? 40 + int(random.bounded(100)) : kJobs;
            for (int i = 0; i < submitUntil; ++i) {
                auto r = client.callBlocking(u"job.submit"_qs, requestFor(i).toJson(), 10000);
                QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
                const QJsonObject reply = r->toObject();
                const QString id = reply.value(u"job"_qs).toObject().value(u"id"_qs).toString();
                if (accepted.contains(i)) {
                    QCOMPARE(id, accepted.value(i));
                    QVERIFY(reply.value(u"duplicate"_qs).toBool());
                }
                accepted.insert(i, id);
            }
            if (round == kKills) {
                // Every job is in; stop this one normally and restart below.
                service.terminate();
                QVERIFY(service.waitForFinished(10000));
                break;
            }
            // Let some jobs end, then kill -9 at a random point.
            const int wait = 2 + int(random.bounded(10));
            (void)QTest::qWaitFor([&] { return finishedThisRound >= wait; }, 20000);
            service.kill();
            QVERIFY(service.waitForFinished(10000));
            QCOMPARE(service.exitStatus(), QProcess::CrashExit);
        }

        // Final run: wait for the queue to drain.
        QProcess service;
        QVERIFY(startService(service));
        Ipc::IpcClient client;
        client.connectToService(m_socket, m_token, u"crash-test"_qs);
        QVERIFY(client.waitForConnected(10000));
        QJsonArray jobs;
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto r = client.callBlocking(u"job.list"_qs, {}, 10000);
                if (!r)
                    return false;
                jobs = r->toArray();
                for (const QJsonValue &v : std::as_const(jobs)) {
                    if (!Jobs::isTerminal(*Jobs::jobStateFromString(v.toObject().value(u"state"_qs).toString())))
                        return false;
                }
                return true;
            },
            60000));

        // No accepted job lost, one job per key.
        QCOMPARE(accepted.size(), kJobs);
        QCOMPARE(jobs.size(), kJobs);
        QSet<QString> ids;
        for (const QJsonValue &v : std::as_const(jobs))
            ids.insert(v.toObject().value(u"id"_qs).toString());
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            QVERIFY2(ids.contains(it.value()), qPrintable(u"lost job %1"_qs.arg(it.key())));

        int interrupted = 0;
        for (const QJsonValue &v : std::as_const(jobs)) {
            const QJsonObject j = v.toObject();
            const QString state = j.value(u"state"_qs).toString();
            const int attempts = j.value(u"attempts"_qs).toInt();
            if (j.value(u"kind"_qs).toString() == u"ssh.command"_qs) {
                // Never executed twice: at most one attempt; an interrupted one stays interrupted.
                QVERIFY2(attempts <= 1, qPrintable(j.value(u"idempotencyKey"_qs).toString()));
                QVERIFY2(state == u"succeeded"_qs || state == u"interrupted"_qs,
                         qPrintable(state + j.value(u"error"_qs).toString()));
                interrupted += state == u"interrupted"_qs;
            } else {
                // Idempotent: retried until done.
                QVERIFY2(state == u"succeeded"_qs, qPrintable(state + u" "_qs + j.value(u"error"_qs).toString()));
                QVERIFY(attempts >= 1);
            }
        }
        qInfo("%d non-idempotent job(s) were interrupted and not retried", interrupted);

        // The audit chain verifies through the CLI.
        QByteArray out;
        QCOMPARE(runCli({u"audit"_qs, u"verify"_qs}, &out), 0);
        QVERIFY2(out.contains("audit log ok"), out.constData());
        QCOMPARE(runCli({u"show"_qs, accepted.value(0)}, &out), 0);
        QVERIFY(out.contains("\"steps\""));

        service.terminate();
        QVERIFY(service.waitForFinished(10000));

        // Durable state: integrity, and one attempt row per attempt.
        auto store =
            Jobs::JobStore::open(Workspace::Workspace::open(m_workspace, m_dir.filePath(u"userconf"_qs))->storePath());
        QVERIFY(store.ok());
        QCOMPARE(*(*store)->integrityCheck(), u"ok"_qs);
        auto verified = (*store)->verifyAudit();
        QVERIFY(verified.ok() && verified->ok);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
            db.setDatabaseName((*store)->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM job_attempts a JOIN jobs j ON j.id = a.job_id"
                           " WHERE j.kind = 'ssh.command' GROUP BY a.job_id HAVING COUNT(*) > 1"_qs));
            QVERIFY(!q.next());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_qs);
    }

    void cliSubmitFollowApproveCancel()
    {
        QProcess service;
        QVERIFY(startService(service));
        QByteArray out;
        const QString targetJson = QString::fromUtf8(QJsonDocument(target(999)).toJson(QJsonDocument::Compact));
        QCOMPARE(
            runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, targetJson, u"--intent"_qs, u"nightly"_qs}, &out),
            0);
        const QString id = QJsonDocument::fromJson(out).object().value(u"job"_qs).toObject().value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(runCli({u"follow"_qs, id}, &out), 0);
        QVERIFY2(out.contains("state succeeded"), out.constData());
        QCOMPARE(runCli({u"list"_qs, u"--state"_qs, u"succeeded"_qs}, &out), 0);
        QVERIFY(out.contains(id.toUtf8()));
        QVERIFY(runCli({u"cancel"_qs, id}) != 0); // already ended
        QVERIFY(runCli({u"submit"_qs, u"no.such.kind"_qs}) != 0);

        // Bad JSON arguments are refused before anything reaches the service.
        QByteArray before;
        QCOMPARE(runCli({u"list"_qs}, &before), 0);
        QByteArray err;
        QCOMPARE(runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, u"{\"device\": "_qs}, nullptr, &err), 1);
        QVERIFY2(err.contains("the argument is not JSON"), err.constData());
        QCOMPARE(
            runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, u"@/nonexistent/target.json"_qs}, nullptr, &err),
            1);
        QVERIFY2(err.contains("cannot read /nonexistent/target.json"), err.constData());
        QCOMPARE(runCli({u"submit"_qs, u"ssh.backup"_qs, u"--targets"_qs, targetJson}, nullptr, &err), 1);
        QVERIFY2(err.contains("--targets takes a JSON array"), err.constData());
        QCOMPARE(runCli({u"list"_qs}, &out), 0);
        QCOMPARE(out.count('\n'), before.count('\n')); // no job added (earlier ones may still progress)
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
    }
    // A ticket given to opsdeck-cli submit is stored with the job, shown by
    // list and show, and written in every audit entry of the job; a ticket
    // with control characters is refused.
    void cliTicketRoundTrip()
    {
        QProcess service;
        QVERIFY(startService(service));
        QByteArray out;
        const QString ticket = u"CHG-55 https://tickets.example/browse/CHG-55"_qs;
        const QString targetJson = QString::fromUtf8(QJsonDocument(target(997)).toJson(QJsonDocument::Compact));
        QCOMPARE(runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, targetJson, u"--ticket"_qs, u" "_qs + ticket},
                        &out),
                 0);
        const QJsonObject submitted = QJsonDocument::fromJson(out).object().value(u"job"_qs).toObject();
        const QString id = submitted.value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(submitted.value(u"ticket"_qs).toString(), ticket);
        QCOMPARE(runCli({u"follow"_qs, id}, &out), 0);
        QCOMPARE(runCli({u"list"_qs}, &out), 0);
        bool listed = false;
        const QByteArray mark = "[ticket: " + ticket.toUtf8() + "]";
        for (const QByteArray &line : out.split('\n'))
            listed = listed || (line.startsWith(id.toUtf8()) && line.contains(mark));
        QVERIFY2(listed, out.constData());
        QCOMPARE(runCli({u"show"_qs, id}, &out), 0);
        const QJsonObject shown = QJsonDocument::fromJson(out).object();
        QCOMPARE(shown.value(u"ticket"_qs).toString(), ticket);
        const QJsonArray audit = shown.value(u"audit"_qs).toArray();
        QVERIFY(audit.size() >= 4);
        for (const QJsonValue &e : audit)
            QCOMPARE(e.toObject().value(u"detail"_qs).toObject().value(u"ticket"_qs).toString(), ticket);
        QCOMPARE(runCli({u"audit"_qs, u"verify"_qs}, &out), 0);

        QByteArray err;
        QCOMPARE(runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, targetJson, u"--ticket"_qs, u"CHG-1\tx"_qs},
                        nullptr, &err),
                 1);
        QVERIFY2(err.contains("control characters"), err.constData());
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
    }

    // A backup schedule of workspace.json runs on demand through the CLI and
    // its outcome is listed; stored versions are listed, shown and compared.
    void scheduledBackupsOverCli()
    {
        auto ws = Workspace::Workspace::open(m_workspace);
        QVERIFY(ws.ok());
        QVERIFY(Test::seedDevices(ws->storePath(), {{501, u"sched-sw1"_qs, u"127.0.0.1/8"_qs}},
                                  {{1, u"Lab"_qs, u"lab"_qs}}));
        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        Workspace::BackupSchedule lab;
        lab.name = u"lab"_qs;
        lab.site = u"lab"_qs;
        lab.everyMinutes = 1440;
        lab.retries = 0;
        lab.port = m_env.value(u"SSHD_PORT"_qs).toInt();
        lab.user = m_env.value(u"SSHD_USER"_qs);
        config.backups.schedules = {lab};
        QVERIFY(ws->setWorkspaceConfig(config).ok());
        QVERIFY(ws->save().ok());
        QProcess service;
        QVERIFY(startService(service));
        QByteArray out;
        QByteArray err;
        QCOMPARE(runCli({u"schedule"_qs, u"list"_qs}, &out), 0);
        QVERIFY2(out.contains("lab  every 1440 min, site lab, 4 per site; next "), out.constData());
        QCOMPARE(runCli({u"schedule"_qs, u"run"_qs, u"nope"_qs}, nullptr, &err), 1);
        QVERIFY(err.contains("no backup schedule named nope"));
        QCOMPARE(runCli({u"schedule"_qs, u"run"_qs, u"lab"_qs}, &out), 0);
        // No SSH credential profile covers the device: the run records why it failed.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return runCli({u"schedule"_qs, u"list"_qs}, &out) == 0 && out.contains("last run:");
            },
            30000));
        QVERIFY2(out.contains("last run: 1 devices, 0 new, 0 unchanged, 1 failed"), out.constData());
        QVERIFY2(out.contains("failed sched-sw1 after 1 attempts: "), out.constData());

        QJsonObject t = target(0);
        t.insert(u"device"_qs, u"sched-sw1"_qs);
        const QString targetJson = QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact));
        QCOMPARE(runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, targetJson}, &out), 0);
        const QString id = QJsonDocument::fromJson(out).object().value(u"job"_qs).toObject().value(u"id"_qs).toString();
        QCOMPARE(runCli({u"follow"_qs, id}, &out), 0);
        QCOMPARE(runCli({u"backups"_qs, u"list"_qs, u"sched-sw1"_qs}, &out), 0);
        QVERIFY2(out.startsWith("v1  "), out.constData());
        QCOMPARE(runCli({u"backups"_qs, u"show"_qs, u"sched-sw1"_qs}, &out), 0);
        QVERIFY2(out.contains("\nhostname "), out.constData());
        QByteArray first;
        QCOMPARE(runCli({u"backups"_qs, u"show"_qs, u"sched-sw1"_qs, u"1"_qs}, &first), 0);
        QCOMPARE(first, out);
        QCOMPARE(runCli({u"backups"_qs, u"diff"_qs, u"sched-sw1"_qs, u"1"_qs, u"1"_qs}, &out), 0);
        QVERIFY2(out.contains("versions 1 and 1 are the same"), out.constData());
        QCOMPARE(runCli({u"backups"_qs, u"diff"_qs, u"sched-sw1"_qs, u"1"_qs, u"7"_qs}, nullptr, &err), 1);
        QVERIFY(err.contains("no version 7 of sched-sw1"));
        QCOMPARE(runCli({u"backups"_qs, u"list"_qs, u"no-such-device"_qs}), 2);
        // Search across the latest configurations: grep-like lines, exit 1 when nothing matches.
        QCOMPARE(runCli({u"backups"_qs, u"search"_qs, u"^hostname "_qs, u"--regex"_qs}, &out, &err), 0);
        QVERIFY2(out.contains("\nsched-sw1 v1:") || out.startsWith("sched-sw1 v1:"), out.constData());
        for (const QByteArray &line : out.trimmed().split('\n'))
            QVERIFY2(line.contains(": hostname "), line.constData());
        // Every device backed up here has a hostname line.
        const auto counts =
            QRegularExpression(u"(\\d+) line\\(s\\) on (\\d+) of (\\d+) device"_qs).match(QString::fromUtf8(err));
        QVERIFY2(counts.hasMatch(), err.constData());
        QCOMPARE(counts.captured(2), counts.captured(3));
        QCOMPARE(counts.captured(1).toInt(), int(out.trimmed().split('\n').size()));
        QCOMPARE(runCli({u"backups"_qs, u"search"_qs, u"no such line anywhere"_qs}, &out, &err), 1);
        QVERIFY(out.isEmpty());
        QCOMPARE(runCli({u"backups"_qs, u"search"_qs, u"(unclosed"_qs, u"--regex"_qs}, nullptr, &err), 1);
        QVERIFY2(err.contains("the regular expression is not valid"), err.constData());
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
    }

    // A job that fails raises a "job-failed" alarm in the service; the CLI
    // lists it, acknowledges it, and the acknowledgement is still there after
    // the service restarts; a manual clear ends it.
    void failedJobRaisesAlarmAckSurvivesRestart()
    {
        QProcess service;
        QVERIFY(startService(service));
        QJsonObject unreachable = target(998);
        unreachable.insert(u"port"_qs, 1); // nothing listens there
        const QString targetJson = QString::fromUtf8(QJsonDocument(unreachable).toJson(QJsonDocument::Compact));
        QByteArray out;
        QCOMPARE(runCli({u"submit"_qs, u"ssh.backup"_qs, u"--target"_qs, targetJson, u"--key"_qs,
                         u"alarm-%1"_qs.arg(QDateTime::currentMSecsSinceEpoch()), u"--ticket"_qs, u"INC-998"_qs},
                        &out),
                 0);
        const QString jobId =
            QJsonDocument::fromJson(out).object().value(u"job"_qs).toObject().value(u"id"_qs).toString();
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(runCli({u"follow"_qs, jobId}, &out), 3); // failed

        qint64 alarmId = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                QByteArray list;
                if (runCli({u"alarms"_qs, u"list"_qs}, &list) != 0)
                    return false;
                for (const QByteArray &line : list.split('\n')) {
                    if (line.contains("crash-sw998") && line.contains("major"))
                        alarmId = line.trimmed().split(' ').value(0).toLongLong();
                }
                return alarmId > 0;
            },
            10000));

        QByteArray err;
        QCOMPARE(runCli({u"alarms"_qs, u"ack"_qs, u"abc"_qs}, nullptr, &err), 1);
        QVERIFY2(err.contains("needs an alarm number"), err.constData());
        QCOMPARE(runCli({u"alarms"_qs, u"shelve"_qs, QString::number(alarmId)}, nullptr, &err), 1);
        QVERIFY2(err.contains("--minutes"), err.constData());
        QCOMPARE(
            runCli({u"alarms"_qs, u"ack"_qs, QString::number(alarmId), u"--comment"_qs, u"host is being rebuilt"_qs},
                   &out),
            0);
        QVERIFY2(QJsonDocument::fromJson(out).object().value(u"acknowledged"_qs).toBool(), out.constData());

        service.terminate();
        QVERIFY(service.waitForFinished(10000));
        QVERIFY(startService(service));
        QCOMPARE(runCli({u"alarms"_qs, u"show"_qs, QString::number(alarmId)}, &out), 0);
        const QJsonObject shown = QJsonDocument::fromJson(out).object();
        QCOMPARE(shown.value(u"alarm"_qs).toObject().value(u"ackComment"_qs).toString(), u"host is being rebuilt"_qs);
        // The alarm of the failed job names its change ticket.
        QVERIFY2(shown.value(u"alarm"_qs).toObject().value(u"summary"_qs).toString().contains(u"ticket INC-998"_qs),
                 out.constData());
        // Who acknowledged is the account the kernel reports for the CLI's
        // connection, not a name the client gave.
        const passwd *account = ::getpwuid(::getuid());
        QVERIFY(account);
        QCOMPARE(shown.value(u"alarm"_qs).toObject().value(u"ackBy"_qs).toString(),
                 QString::fromLocal8Bit(account->pw_name));
        QStringList events;
        for (const QJsonValue &e : shown.value(u"events"_qs).toArray())
            events << e.toObject().value(u"event"_qs).toString();
        QVERIFY2(events.size() >= 2 && events.contains(u"acknowledged"_qs), qPrintable(events.join(u',')));

        QCOMPARE(runCli({u"alarms"_qs, u"clear"_qs, QString::number(alarmId), u"--comment"_qs, u"done"_qs}, &out), 0);
        QCOMPARE(runCli({u"alarms"_qs, u"list"_qs}, &out), 0);
        QVERIFY2(!out.contains("crash-sw998"), out.constData());
        // Cleared, it stays in the device's history.
        QCOMPARE(runCli({u"alarms"_qs, u"history"_qs, u"crash-sw998"_qs}, &out), 0);
        QVERIFY2(out.contains(QByteArray(QByteArray::number(alarmId) + "  major")) && !out.contains("(active)"),
                 out.constData());
        QCOMPARE(runCli({u"alarms"_qs, u"history"_qs, u"no-such-device"_qs}, &out), 0);
        QVERIFY2(out.contains("no alarms for no-such-device"), out.constData());
        QCOMPARE(runCli({u"rules"_qs, u"list"_qs}, &out), 0);
        QVERIFY2(out.contains("job-failed"), out.constData());
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestOpsdeckd)
#include "tst_opsdeckd.moc"
