// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Alarms and their notifications in opsdeckd, end to end: a change job that
// fails raises the "job-failed" alarm, which the service hands to the
// notifier; a real webhook receiver on loopback checks the signature and
// keeps each Idempotency-Key once. A notification accepted while the
// receiver is down survives kill -9 of the service and is delivered once
// after the restart.
#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/metrics/metricstore.h"
#include "backend/vault/filevault.h"
#include "backend/workspace/workspace.h"
#include "tests/app/seedstore.h"
#include "tests/backend/notify/notifytestservers.h"

using namespace OpsDeck;

namespace {

const QByteArray kPassphrase = "alarm test passphrase";
const QByteArray kSigningKey = "alarm-webhook-signing-key";

/// Interfaces "up" and "downN" and a cable for each (a, b) pair: a's
/// downN to b's up.
bool seedCables(const QString &storePath, const QList<std::pair<qint64, qint64>> &pairs)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"cables"_qs);
        db.setDatabaseName(storePath);
        ok = db.open();
        QSqlQuery q(db);
        qint64 cable = 900;
        for (const auto &[a, b] : pairs) {
            ++cable;
            const qint64 down = cable * 10;
            const qint64 up = cable * 10 + 1;
            for (const QString &sql :
                 {u"INSERT INTO interfaces (id, device_id, name) VALUES (%1, %2, 'down%3')"_qs.arg(down).arg(a).arg(
                      cable),
                  u"INSERT INTO interfaces (id, device_id, name) VALUES (%1, %2, 'up')"_qs.arg(up).arg(b),
                  u"INSERT INTO cables (id, status) VALUES (%1, 'connected')"_qs.arg(cable),
                  u"INSERT INTO cable_terminations VALUES (%1, 'A', 'dcim.interface', %2)"_qs.arg(cable).arg(down),
                  u"INSERT INTO cable_terminations VALUES (%1, 'B', 'dcim.interface', %2)"_qs.arg(cable).arg(up)}) {
                if (ok && !q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"cables"_qs);
    return ok;
}

} // namespace

class TestOpsdeckdAlarms final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_socket;
    QString m_received;
    QString m_keyFile;
    quint16 m_port = 0;
    qint64 m_historyStart = 0;
    Test::ServerProcess m_receiver;
    QProcess m_service;
    std::unique_ptr<Ipc::IpcClient> m_client;
    quint16 m_agentPort = 0;
    std::map<int, std::unique_ptr<QProcess>> m_agents;

    QProcessEnvironment processEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPSDECK_RUNTIME_DIR"_qs, m_dir.filePath(u"run"_qs));
        env.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        return env;
    }

    bool startService()
    {
        m_service.setProcessEnvironment(processEnv());
        m_service.setStandardErrorFile(m_dir.filePath(u"opsdeckd.err"_qs), QIODevice::Append);
        m_service.start(QStringLiteral(OPSDECKD_PATH),
                        {u"--workspace"_qs, m_workspace, u"--no-icmp"_qs, u"--no-keychain"_qs,
                         u"--vault-passphrase-file"_qs, m_dir.filePath(u"passphrase"_qs)});
        if (!m_service.waitForStarted(10000))
            return false;
        QByteArray out;
        const bool up = QTest::qWaitFor(
            [&] {
                out += m_service.readAllStandardOutput();
                return out.contains("listening on") || m_service.state() != QProcess::Running;
            },
            20000);
        if (!up || m_service.state() != QProcess::Running) {
            qWarning() << "opsdeckd did not start:" << m_service.readAllStandardError();
            return false;
        }
        m_client = std::make_unique<Ipc::IpcClient>();
        auto token = Ipc::IpcPaths::token(false);
        if (!token)
            return false;
        m_client->connectToService(m_socket, *token, u"alarms-test"_qs);
        return m_client->waitForConnected(10000);
    }

    void killService()
    {
        m_client.reset();
        ::kill(pid_t(m_service.processId()), SIGKILL);
        m_service.waitForFinished(10000);
    }

    /// Submits an SSH backup of @p device to a port nothing listens on; the job id.
    QString failJob(const QString &device)
    {
        const QJsonObject target{{u"device"_qs, device},
                                 {u"host"_qs, u"127.0.0.1"_qs},
                                 {u"port"_qs, int(Test::freePort())},
                                 {u"user"_qs, u"nobody"_qs}};
        const QJsonObject request{{u"kind"_qs, u"ssh.backup"_qs},
                                  {u"targets"_qs, QJsonArray{target}},
                                  {u"intent"_qs, u"alarm test"_qs},
                                  {u"idempotencyKey"_qs, u"alarm-test-%1"_qs.arg(device)}};
        auto submitted = m_client->callBlocking(u"job.submit"_qs, request, 10000);
        if (!submitted) {
            qWarning() << "job.submit:" << submitted.error().toString();
            return {};
        }
        return submitted->toObject().value(u"job"_qs).toObject().value(u"id"_qs).toString();
    }

    QList<QJsonObject> requestsAbout(const QString &device) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &r : Test::receivedRequests(m_received)) {
            const QString body =
                QString::fromUtf8(QJsonDocument(r.value(u"body"_qs).toObject()).toJson(QJsonDocument::Compact));
            if (body.contains(device))
                out << r;
        }
        return out;
    }

    /// A real snmpd answering v2c "public" on @p address only.
    bool startAgent(int index)
    {
        const QString work = m_dir.filePath(u"agent%1"_qs.arg(index));
        QDir().mkpath(work + u"/persistent"_qs);
        QFile conf(work + u"/snmpd.conf"_qs);
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        conf.write(QStringLiteral("[snmp] persistentDir %1/persistent\nrocommunity public 127.0.0.0/8\n"
                                  "sysDescr OpsDeck root-cause test agent %2\n")
                       .arg(work)
                       .arg(index)
                       .toUtf8());
        conf.close();
        auto agent = std::make_unique<QProcess>();
        agent->setProcessChannelMode(QProcess::MergedChannels);
        agent->start(u"/usr/sbin/snmpd"_qs,
                     {u"-f"_qs, u"-C"_qs, u"-c"_qs, work + u"/snmpd.conf"_qs, u"-m"_qs, QString(), u"-Lf"_qs,
                      work + u"/snmpd.log"_qs, u"udp:%1:%2"_qs.arg(agentAddress(index)).arg(m_agentPort)});
        if (!agent->waitForStarted(10000))
            return false;
        m_agents[index] = std::move(agent);
        // Answering once snmpget gets sysDescr back.
        return QTest::qWaitFor(
            [&] {
                QProcess get;
                get.start(u"snmpget"_qs,
                          {u"-v2c"_qs, u"-c"_qs, u"public"_qs, u"-r"_qs, u"0"_qs, u"-t"_qs, u"1"_qs, u"-Oqv"_qs,
                           u"udp:%1:%2"_qs.arg(agentAddress(index)).arg(m_agentPort), u"1.3.6.1.2.1.1.1.0"_qs});
                get.waitForFinished(5000);
                return get.exitCode() == 0;
            },
            15000);
    }

    void stopAgent(int index)
    {
        auto it = m_agents.find(index);
        if (it == m_agents.end())
            return;
        it->second->kill();
        it->second->waitForFinished(5000);
        m_agents.erase(it);
    }

    static QString agentAddress(int index) { return u"127.0.9.%1"_qs.arg(index); }

    QList<QJsonObject> activeAlarms() const
    {
        QList<QJsonObject> out;
        auto alarms = m_client->callBlocking(u"alarm.list"_qs, {});
        if (alarms) {
            for (const QJsonValue &a : alarms->toArray())
                out << a.toObject();
        }
        return out;
    }

    QJsonObject channel() const
    {
        auto status = m_client->callBlocking(u"notify.status"_qs, {});
        if (!status)
            return {};
        const QJsonArray channels = status->toObject().value(u"channels"_qs).toArray();
        return channels.isEmpty() ? QJsonObject{} : channels.first().toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_qs)));
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_qs)));
        auto ws = Workspace::Workspace::create(m_dir.filePath(u"ws"_qs), u"alarms"_qs, m_dir.filePath(u"userconf"_qs));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        m_workspace = ws->folder();
        m_socket = *Ipc::IpcPaths::socketName(ws->id());

        Vault::FileVault vault(ws->vaultPath());
        QVERIFY(vault.create(Vault::Secret::fromBytes(kPassphrase), Vault::KdfLimits::minimal()).ok());
        QVERIFY(vault.store(u"notify/hook"_qs, Vault::Secret::fromBytes(kSigningKey)).ok());
        QVERIFY(vault.store(u"snmp/rc/community"_qs, Vault::Secret::fromBytes("public")).ok());

        // A small estate as NetBox would have it: core - agg - three access
        // switches, cabled; each device a real agent of its own.
        QUdpSocket port;
        QVERIFY(port.bind(QHostAddress::LocalHost, 0));
        m_agentPort = port.localPort();
        port.close();
        QVERIFY(Test::seedDevices(ws->storePath(), {{301, u"rc-core"_qs, agentAddress(1) + u"/8"_qs},
                                                    {302, u"rc-agg"_qs, agentAddress(2) + u"/8"_qs},
                                                    {303, u"rc-acc1"_qs, agentAddress(3) + u"/8"_qs},
                                                    {304, u"rc-acc2"_qs, agentAddress(4) + u"/8"_qs},
                                                    {305, u"rc-acc3"_qs, agentAddress(5) + u"/8"_qs}}));
        QVERIFY(seedCables(ws->storePath(), {{301, 302}, {302, 303}, {302, 304}, {302, 305}}));
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(startAgent(i), qPrintable(u"agent %1 does not answer"_qs.arg(i)));
        QVERIFY(Test::writePrivateFile(m_dir.filePath(u"passphrase"_qs), kPassphrase));

        m_port = Test::freePort();
        m_received = m_dir.filePath(u"received"_qs);
        QVERIFY(QDir().mkpath(m_received));
        m_keyFile = m_dir.filePath(u"hook.key"_qs);
        QVERIFY(Test::writePrivateFile(m_keyFile, kSigningKey));

        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        config.polling.timeoutMs = 1000;
        config.polling.retries = 0;
        config.polling.credentials.path = u"snmp/rc"_qs;
        config.service.collection.snmpPort = m_agentPort;
        config.service.collection.groups = {{u"system"_qs, 5}, {u"interfaces"_qs, 0}, {u"sensors"_qs, 0},
                                            {u"lldp"_qs, 0},   {u"pdu"_qs, 0},        {u"icmp"_qs, 0}};
        config.alarms = QJsonObject{{u"rules"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"snmp-unreachable"_qs},
                                                                         {u"kind"_qs, u"snmpUnreachable"_qs},
                                                                         {u"probes"_qs, 2}}}}};
        config.notifications = QJsonObject{
            {u"channels"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"noc-hook"_qs},
                                                    {u"type"_qs, u"webhook"_qs},
                                                    {u"url"_qs, u"http://127.0.0.1:%1/hook"_qs.arg(m_port)},
                                                    {u"signingKey"_qs, QJsonObject{{u"secret"_qs, u"notify/hook"_qs}}},
                                                    {u"timeoutSeconds"_qs, 5},
                                                    {u"retries"_qs, 0}}}},
            {u"routes"_qs,
             QJsonArray{QJsonObject{{u"minSeverity"_qs, u"warning"_qs}, {u"channels"_qs, QJsonArray{u"noc-hook"_qs}}}}},
            {u"grouping"_qs, QJsonObject{{u"windowSeconds"_qs, 1}}},
            {u"delivery"_qs, QJsonObject{{u"backoffSeconds"_qs, 1}, {u"maxBackoffSeconds"_qs, 2}}}};
        QVERIFY2(ws->setWorkspaceConfig(config).ok(), "configuration refused");
        QVERIFY(ws->save().ok());
        // What the file says is what the service reads.
        auto reread = Workspace::Workspace::open(m_workspace);
        QVERIFY(reread.ok());
        QCOMPARE(reread->config().notifications, config.notifications);

        // An hour of interface utilisation, above 90 % from minute 20 to 40.
        auto metrics = Metrics::MetricStore::openSqlite(QDir(m_workspace).filePath(u"metrics.sqlite"_qs));
        QVERIFY(metrics.ok());
        auto series = (*metrics)->seriesId({u"leaf01"_qs, u"Ethernet1"_qs, u"if.in.util"_qs});
        QVERIFY(series.ok());
        m_historyStart = (QDateTime::currentMSecsSinceEpoch() / 60000 - 60) * 60000;
        for (int m = 0; m < 60; ++m)
            QVERIFY((*metrics)->append(*series, m_historyStart + m * 60000, m >= 20 && m < 40 ? 93.0 : 35.0).ok());
        QVERIFY((*metrics)->flush().ok());
        metrics->reset();

        QString error;
        QVERIFY2(Test::startWebhookReceiver(m_receiver, m_port, m_received, m_keyFile, &error), qPrintable(error));
        QVERIFY(startService());
    }

    // A new rule tried on the stored history before it goes into the
    // workspace: what it would have raised, and when.
    void ruleTestedOnStoredMetrics()
    {
        const QJsonObject rule{{u"id"_qs, u"util-high"_qs},      {u"kind"_qs, u"threshold"_qs},
                               {u"metric"_qs, u"if.in.util"_qs}, {u"above"_qs, 90},
                               {u"hysteresis"_qs, 10},           {u"forSeconds"_qs, 300}};
        auto answer = m_client->callBlocking(u"rules.test"_qs, {{u"rule"_qs, rule}, {u"hours"_qs, 2}}, 60000);
        QVERIFY2(answer.ok(), qPrintable(answer ? QString() : answer.error().toString()));
        const QJsonObject result = answer->toObject();
        QCOMPARE(result.value(u"series"_qs).toInt(), 1);
        QCOMPARE(result.value(u"points"_qs).toInteger(), 60);
        const QJsonArray hits = result.value(u"hits"_qs).toArray();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(u"device"_qs).toString(), u"leaf01"_qs);
        QCOMPARE(QDateTime::fromString(hit.value(u"raised"_qs).toString(), Qt::ISODate).toMSecsSinceEpoch(),
                 m_historyStart + 25 * 60000);
        QCOMPARE(QDateTime::fromString(hit.value(u"cleared"_qs).toString(), Qt::ISODate).toMSecsSinceEpoch(),
                 m_historyStart + 40 * 60000);

        // A rule that is not valid says which key is wrong; a reachability
        // rule cannot be tried on metrics.
        auto bad = m_client->callBlocking(u"rules.test"_qs, {{u"rule"_qs, QJsonObject{{u"id"_qs, u"x"_qs},
                                                                                      {u"kind"_qs, u"threshold"_qs},
                                                                                      {u"metric"_qs, u"if.in.util"_qs},
                                                                                      {u"above"_qs, u"high"_qs}}}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().toString().contains(u"above"_qs), qPrintable(bad.error().toString()));
        auto reach = m_client->callBlocking(u"rules.test"_qs, {{u"rule"_qs, u"icmp-down"_qs}});
        QVERIFY(!reach.ok());
        QVERIFY2(reach.error().detail.contains(u"only threshold"_qs), qPrintable(reach.error().detail));
    }

    void failedJobIsNotifiedOnceWithSignature()
    {
        QVERIFY(!failJob(u"edge-sw1"_qs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(requestsAbout(u"edge-sw1"_qs).size(), 1, 30000);
        const QJsonObject request = requestsAbout(u"edge-sw1"_qs).first();
        QVERIFY2(request.value(u"signatureOk"_qs).toBool(), QJsonDocument(request).toJson().constData());
        QCOMPARE(request.value(u"outcome"_qs).toString(), u"accepted"_qs);
        const QJsonObject body = request.value(u"body"_qs).toObject();
        QVERIFY2(QJsonDocument(body).toJson().contains("job-failed"), QJsonDocument(body).toJson().constData());
        // The alarm is there for the operator too, and nothing else was sent.
        auto alarms = m_client->callBlocking(u"alarm.list"_qs, {});
        QVERIFY(alarms.ok());
        bool found = false;
        for (const QJsonValue &a : alarms->toArray())
            found = found || a.toObject().value(u"device"_qs).toString() == u"edge-sw1";
        QVERIFY(found);
        QTest::qWait(1500);
        QCOMPARE(requestsAbout(u"edge-sw1"_qs).size(), 1);
    }

    void outboxSurvivesKillAndDeliversOnce()
    {
        m_receiver.stop();
        QVERIFY(!failJob(u"edge-sw2"_qs).isEmpty());
        // Accepted into the outbox and attempted while nobody listens.
        QTRY_VERIFY_WITH_TIMEOUT(!channel().value(u"lastError"_qs).toString().isEmpty() &&
                                     channel().value(u"pending"_qs).toInt() >= 1,
                                 30000);
        killService();

        QString error;
        QVERIFY2(Test::startWebhookReceiver(m_receiver, m_port, m_received, m_keyFile, &error), qPrintable(error));
        QVERIFY(startService());
        QTRY_COMPARE_WITH_TIMEOUT(requestsAbout(u"edge-sw2"_qs).size(), 1, 30000);
        QCOMPARE(requestsAbout(u"edge-sw2"_qs).first().value(u"outcome"_qs).toString(), u"accepted"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(channel().value(u"pending"_qs).toInt(), 0, 10000);
        QTest::qWait(2500); // backoff is 1-2 s: a second attempt would be here by now
        QCOMPARE(requestsAbout(u"edge-sw2"_qs).size(), 1);
        // The first alarm was not notified again after the restart.
        QCOMPARE(requestsAbout(u"edge-sw1"_qs).size(), 1);
    }

    // A device in maintenance keeps its alarms but nobody is told until the
    // window is gone.
    void maintenanceWindowHoldsNotifications()
    {
        auto refused = m_client->callBlocking(u"maintenance.set"_qs, {{u"minutes"_qs, 30}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"needs a \"device\""_qs), qPrintable(refused.error().detail));
        refused = m_client->callBlocking(u"maintenance.set"_qs, {{u"device"_qs, u"edge-sw3"_qs},
                                                                 {u"start"_qs, u"2026-01-02T10:00:00Z"_qs},
                                                                 {u"end"_qs, u"2026-01-02T09:00:00Z"_qs}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"must end after it starts"_qs), qPrintable(refused.error().detail));

        auto set = m_client->callBlocking(
            u"maintenance.set"_qs,
            {{u"id"_qs, u"mw-edge3"_qs}, {u"device"_qs, u"edge-sw3"_qs}, {u"minutes"_qs, 30}, {u"comment"_qs, u"swap"_qs}});
        QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().toString()));
        QVERIFY(!failJob(u"edge-sw3"_qs).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &a : activeAlarms()) {
                    if (a.value(u"device"_qs).toString() == u"edge-sw3")
                        return a.value(u"inMaintenance"_qs).toBool();
                }
                return false;
            }(),
            20000);
        QTest::qWait(2500); // past the grouping window
        QCOMPARE(requestsAbout(u"edge-sw3"_qs).size(), 0);

        auto removed = m_client->callBlocking(u"maintenance.remove"_qs, {{u"id"_qs, u"mw-edge3"_qs}});
        QVERIFY(removed.ok());
        QTRY_COMPARE_WITH_TIMEOUT(requestsAbout(u"edge-sw3"_qs).size(), 1, 15000);
        auto windows = m_client->callBlocking(u"maintenance.list"_qs, {});
        QVERIFY(windows.ok());
        QCOMPARE(windows->toArray().size(), 0);
    }

    // Rules edited in workspace.json apply on workspace.reload; a bad rule
    // is refused with its key and the rules before it stay in force.
    void rulesFollowWorkspaceReload()
    {
        auto ws = Workspace::Workspace::open(m_workspace);
        QVERIFY(ws.ok());
        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        QJsonArray rules = config.alarms.value(u"rules"_qs).toArray();
        rules.append(QJsonObject{{u"id"_qs, u"job-failed"_qs}, {u"kind"_qs, u"jobFailed"_qs}, {u"enabled"_qs, false}});
        config.alarms.insert(u"rules"_qs, rules);
        QVERIFY(ws->setWorkspaceConfig(config).ok());
        QVERIFY(ws->save().ok());
        auto reloaded = m_client->callBlocking(u"workspace.reload"_qs, {});
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->toObject().value(u"alarms"_qs).toString(), u"ok"_qs);
        const QString job = failJob(u"edge-sw4"_qs);
        QVERIFY(!job.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto j = m_client->callBlocking(u"job.get"_qs, {{u"id"_qs, job}});
                return j && j->toObject().value(u"state"_qs).toString() == u"failed";
            }(),
            20000);
        QTest::qWait(500);
        for (const QJsonObject &a : activeAlarms())
            QVERIFY(a.value(u"device"_qs).toString() != u"edge-sw4");

        rules.append(QJsonObject{{u"id"_qs, u"hot"_qs}, {u"kind"_qs, u"threshold"_qs}, {u"metric"_qs, u"temp"_qs},
                                 {u"above"_qs, u"very"_qs}});
        config.alarms.insert(u"rules"_qs, rules);
        QVERIFY(ws->setWorkspaceConfig(config).ok());
        QVERIFY(ws->save().ok());
        reloaded = m_client->callBlocking(u"workspace.reload"_qs, {});
        QVERIFY(reloaded.ok());
        QVERIFY2(reloaded->toObject().value(u"alarms"_qs).toString().contains(u"above"_qs),
                 qPrintable(reloaded->toObject().value(u"alarms"_qs).toString()));
        auto listed = m_client->callBlocking(u"rules.list"_qs, {});
        QVERIFY(listed.ok());
        QVERIFY(!listed->toObject().value(u"problems"_qs).toArray().isEmpty());
        // The rules in force are still the last good ones: job-failed is off.
        bool jobFailedOff = false;
        for (const QJsonValue &r : listed->toObject().value(u"rules"_qs).toArray()) {
            if (r.toObject().value(u"id"_qs).toString() == u"job-failed")
                jobFailedOff = !r.toObject().value(u"enabled"_qs).toBool(true);
        }
        QVERIFY2(jobFailedOff, QJsonDocument(listed->toObject()).toJson().constData());
    }

    // The aggregation switch and everything behind it stop answering: one
    // alarm for the aggregation switch is notified, the access switches'
    // alarms are grouped under it and not notified; all clear when the
    // agents answer again.
    void upstreamDownNotifiesTheRootCauseOnly()
    {
        // Every device answers at first.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto status = m_client->callBlocking(u"collection.status"_qs, {});
                return status && status->toObject().value(u"devices"_qs).toInt() == 5;
            }(),
            20000);
        QTest::qWait(6000); // one full cycle with every agent up
        for (const QJsonObject &a : activeAlarms())
            QVERIFY2(!a.value(u"device"_qs).toString().startsWith(u"rc-"_qs), QJsonDocument(a).toJson().constData());

        for (int i = 2; i <= 5; ++i)
            stopAgent(i);
        QJsonObject root;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int symptoms = 0;
                for (const QJsonObject &a : activeAlarms()) {
                    if (a.value(u"device"_qs).toString() == u"rc-agg")
                        root = a;
                    else if (a.value(u"device"_qs).toString().startsWith(u"rc-acc"_qs) &&
                             a.value(u"rootCause"_qs).toInteger() > 0)
                        ++symptoms;
                }
                return !root.isEmpty() && symptoms == 3 && root.value(u"symptoms"_qs).toInt() == 3;
            }(),
            45000);
        const qint64 rootId = root.value(u"id"_qs).toInteger();
        for (const QJsonObject &a : activeAlarms()) {
            if (a.value(u"device"_qs).toString().startsWith(u"rc-acc"_qs))
                QCOMPARE(a.value(u"rootCause"_qs).toInteger(), rootId);
        }
        QTRY_COMPARE_WITH_TIMEOUT(requestsAbout(u"\"rc-agg\""_qs).size(), 1, 15000);
        QTest::qWait(3000); // past the grouping window: nothing else comes
        QCOMPARE(requestsAbout(u"rc-acc"_qs).size(), 0);
        QCOMPARE(requestsAbout(u"\"rc-agg\""_qs).size(), 1);
        QVERIFY(requestsAbout(u"\"rc-agg\""_qs).first().value(u"signatureOk"_qs).toBool());

        for (int i = 2; i <= 5; ++i)
            QVERIFY(startAgent(i));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &a : activeAlarms()) {
                    if (a.value(u"device"_qs).toString().startsWith(u"rc-"_qs))
                        return false;
                }
                return true;
            }(),
            30000);
        // The root cause's clear is notified; the symptoms' are not.
        QTRY_COMPARE_WITH_TIMEOUT(requestsAbout(u"\"rc-agg\""_qs).size(), 2, 15000);
        QCOMPARE(requestsAbout(u"rc-acc"_qs).size(), 0);
    }

    void cleanupTestCase()
    {
        for (int i = 1; i <= 5; ++i)
            stopAgent(i);
        m_client.reset();
        if (m_service.state() != QProcess::NotRunning) {
            m_service.terminate();
            m_service.waitForFinished(10000);
        }
        m_receiver.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpsdeckdAlarms)
#include "tst_opsdeckd_alarms.moc"
