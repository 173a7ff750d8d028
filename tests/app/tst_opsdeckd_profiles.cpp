// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/metrics/metricstore.h"
#include "backend/vault/filevault.h"
#include "backend/workspace/workspace.h"
#include "tests/app/seedstore.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;

namespace {

const QByteArray kPassphrase = "profiles test passphrase";

} // namespace

/// Credential profiles in opsdeckd against the rig's snmpd and sshd: devices
/// of two sites polled with different SNMP profiles (v2c community, v3 user)
/// on the same agent, a device whose profile's secret is missing reported
/// while the others are polled (and polled once the secret is stored), a
/// tag rule ahead of a site rule, and SSH jobs that name no credential
/// logging in with the user and key of their device's site profile.
class TestOpsdeckdProfiles final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_snmpd;
    QHash<QString, QString> m_sshd;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_socket;
    QProcess m_service;
    Ipc::IpcClient *m_client = nullptr;

    QProcessEnvironment processEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPSDECK_RUNTIME_DIR"_qs, m_dir.filePath(u"run"_qs));
        env.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        env.insert(u"MIBS"_qs, QString());
        env.insert(u"SNMPCONFPATH"_qs, m_dir.filePath(u"home"_qs));
        env.insert(u"SNMP_PERSISTENT_DIR"_qs, m_dir.filePath(u"home"_qs));
        return env;
    }

    static QList<Metrics::MetricPoint> upPoints(const QString &metricsPath, qint64 device)
    {
        auto store = Metrics::MetricStore::openSqlite(metricsPath);
        if (!store)
            return {};
        auto id = (*store)->seriesId({QString::number(device), {}, u"snmp.up"_qs});
        if (!id)
            return {};
        auto result = (*store)->query(*id, 0, QDateTime::currentMSecsSinceEpoch() + 60000, Metrics::Resolution::Raw);
        return result ? *result : QList<Metrics::MetricPoint>{};
    }

    QJsonObject collectionStatus() const
    {
        auto status = m_client->callBlocking(u"collection.status"_qs, {});
        return status ? status->toObject() : QJsonObject{};
    }

    /// Submits an ssh.command and waits until it ends; the job as stored.
    QJsonObject runCommand(const QJsonObject &target, const QString &key)
    {
        const QJsonObject request{{u"kind"_qs, u"ssh.command"_qs},
                                  {u"targets"_qs, QJsonArray{target}},
                                  {u"parameters"_qs, QJsonObject{{u"command"_qs, u"show version"_qs}}},
                                  {u"intent"_qs, u"profile test"_qs},
                                  {u"idempotencyKey"_qs, key}};
        auto submitted = m_client->callBlocking(u"job.submit"_qs, request, 10000);
        if (!submitted) {
            qWarning() << "job.submit:" << submitted.error().toString();
            return {};
        }
        const QString id = submitted->toObject().value(u"job"_qs).toObject().value(u"id"_qs).toString();
        QJsonObject job;
        const bool ended = QTest::qWaitFor(
            [&] {
                auto r = m_client->callBlocking(u"job.get"_qs, {{u"id"_qs, id}}, 10000);
                job = r ? r->toObject() : QJsonObject{};
                const QString state = job.value(u"state"_qs).toString();
                return state == u"succeeded" || state == u"failed";
            },
            30000);
        if (!ended)
            qWarning() << "job" << id << "did not end:" << job;
        return job;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_snmpd = Test::readRigEnv(u"snmpd"_qs, &error);
        QVERIFY2(!m_snmpd.isEmpty(), qPrintable(error));
        m_sshd = Test::readRigEnv(u"sshd"_qs, &error);
        QVERIFY2(!m_sshd.isEmpty(), qPrintable(error));
        const QStringList agents = m_snmpd.value(u"SNMPD_ADDRESSES"_qs).split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(agents.size() >= 4, "rig_snmpd needs four agent addresses");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_qs)));
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_qs)));

        auto ws =
            Workspace::Workspace::create(m_dir.filePath(u"ws"_qs), u"profiles"_qs, m_dir.filePath(u"userconf"_qs));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        m_workspace = ws->folder();
        m_socket = *Ipc::IpcPaths::socketName(ws->id());
        QVERIFY(Test::seedDevices(ws->storePath(),
                                  {{201, u"dc1-a"_qs, agents.at(0) + u"/8"_qs, 1, {}},
                                   {202, u"dc2-a"_qs, agents.at(1) + u"/8"_qs, 2, {}},
                                   {203, u"dc3-a"_qs, agents.at(2) + u"/8"_qs, 3, {}},
                                   {204, u"dc3-lab"_qs, agents.at(3) + u"/8"_qs, 3, {u"lab"_qs}}},
                                  {{1, u"Data Centre 1"_qs, u"dc1"_qs},
                                   {2, u"Data Centre 2"_qs, u"dc2"_qs},
                                   {3, u"Data Centre 3"_qs, u"dc3"_qs}}));

        // The vault holds the v2c community of dc1 and the v3 user of dc2,
        // the SSH key of dc1; nothing for dc3.
        Vault::FileVault vault(ws->vaultPath());
        QVERIFY(vault.create(Vault::Secret::fromBytes(kPassphrase), Vault::KdfLimits::minimal()).ok());
        QFile key(m_sshd.value(u"SSHD_KEY"_qs));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(vault.store(u"ssh/dc1/key"_qs, Vault::Secret::fromBytes(key.readAll())).ok());
        const QList<std::pair<QString, QString>> secrets{
            {u"snmp/dc1/community"_qs, m_snmpd.value(u"SNMPD_COMMUNITY"_qs)},
            {u"snmp/dc2/user"_qs, m_snmpd.value(u"SNMPD_V3_USER"_qs)},
            {u"snmp/dc2/auth"_qs, m_snmpd.value(u"SNMPD_V3_AUTH_PASS"_qs)},
            {u"snmp/dc2/priv"_qs, m_snmpd.value(u"SNMPD_V3_PRIV_PASS"_qs)}};
        for (const auto &[name, value] : secrets)
            QVERIFY(vault.store(name, Vault::Secret::fromString(value)).ok());

        QUdpSocket probe; // the workspace-wide port: no agent there
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const int agentPort = m_snmpd.value(u"SNMPD_PORT"_qs).toInt();
        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        config.polling.timeoutMs = 1000;
        config.polling.retries = 0;
        config.polling.credentials.path = u"snmp/dc1"_qs;
        config.service.collection.snmpPort = probe.localPort();
        config.service.collection.groups = {{u"system"_qs, 5}, {u"interfaces"_qs, 0}, {u"sensors"_qs, 0},
                                            {u"lldp"_qs, 0},   {u"pdu"_qs, 0},        {u"icmp"_qs, 0}};
        Workspace::CredentialProfilesConfig &profiles = config.credentialProfiles;
        profiles.snmp.profiles = {{u"dc1-v2c"_qs, Workspace::SnmpVersion::V2c, {u"snmp/dc1"_qs}, agentPort},
                                  {u"dc2-v3"_qs, Workspace::SnmpVersion::V3, {u"snmp/dc2"_qs}, agentPort},
                                  {u"dc3-v2c"_qs, Workspace::SnmpVersion::V2c, {u"snmp/dc3"_qs}, agentPort}};
        profiles.snmp.rules = {{{}, {}, u"lab"_qs, u"dc2-v3"_qs},
                               {u"dc1"_qs, {}, {}, u"dc1-v2c"_qs},
                               {u"Data Centre 2"_qs, {}, {}, u"dc2-v3"_qs},
                               {u"dc3"_qs, {}, {}, u"dc3-v2c"_qs}};
        profiles.ssh.profiles = {{u"dc1-ssh"_qs, {u"ssh/dc1"_qs}, m_sshd.value(u"SSHD_USER"_qs)},
                                 {u"dc3-ssh"_qs, {u"ssh/dc3"_qs}, u"nobody"_qs}};
        profiles.ssh.rules = {{u"dc1"_qs, {}, {}, u"dc1-ssh"_qs}, {u"dc3"_qs, {}, {}, u"dc3-ssh"_qs}};
        QVERIFY2(ws->setWorkspaceConfig(config).ok(), "configuration refused");
        QVERIFY(ws->save().ok());

        m_service.setProcessEnvironment(processEnv());
        m_service.start(QStringLiteral(OPSDECKD_PATH), {u"--workspace"_qs, m_workspace, u"--no-icmp"_qs,
                                                        u"--known-hosts"_qs, m_sshd.value(u"SSHD_KNOWN_HOSTS"_qs)});
        QVERIFY(m_service.waitForStarted(10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += m_service.readAllStandardOutput();
                return out.contains("listening on") || m_service.state() != QProcess::Running;
            },
            20000));
        QVERIFY2(m_service.state() == QProcess::Running, m_service.readAllStandardError().constData());

        m_client = new Ipc::IpcClient(this);
        auto token = Ipc::IpcPaths::token(false);
        QVERIFY(token.ok());
        m_client->connectToService(m_socket, *token, u"profiles-test"_qs);
        QVERIFY(m_client->waitForConnected(10000));
        auto unlocked =
            m_client->callBlocking(u"vault.unlock"_qs, {{u"passphrase"_qs, QString::fromLatin1(kPassphrase)}});
        QVERIFY2(unlocked.ok(), qPrintable(unlocked ? QString() : unlocked.error().toString()));
    }

    void devicesPolledWithTheirProfiles()
    {
        const QString metrics = QDir(m_workspace).filePath(u"metrics.sqlite"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!upPoints(metrics, 201).isEmpty() && !upPoints(metrics, 202).isEmpty() &&
                                     !upPoints(metrics, 204).isEmpty(),
                                 20000);
        // dc1 by community, dc2 as v3 user, the lab device (dc3) by its tag
        // rule: every one answers on the profile's port, not the workspace's.
        QCOMPARE(upPoints(metrics, 201).first().avg, 1.0);
        QCOMPARE(upPoints(metrics, 202).first().avg, 1.0);
        QCOMPARE(upPoints(metrics, 204).first().avg, 1.0);
        QVERIFY(upPoints(metrics, 203).isEmpty());

        const QJsonObject status = collectionStatus();
        QVERIFY(status.value(u"running"_qs).toBool());
        QCOMPARE(status.value(u"devices"_qs).toInt(), 3);
        const QJsonArray problems = status.value(u"deviceProblems"_qs).toArray();
        QCOMPARE(problems.size(), 1);
        const QJsonObject problem = problems.first().toObject();
        QCOMPARE(problem.value(u"device"_qs).toString(), u"dc3-a"_qs);
        QCOMPARE(problem.value(u"deviceId"_qs).toInteger(), 203);
        QCOMPARE(problem.value(u"profile"_qs).toString(), u"dc3-v2c"_qs);
        QVERIFY2(problem.value(u"problem"_qs).toString().contains(u"snmp/dc3/community"_qs),
                 qPrintable(problem.value(u"problem"_qs).toString()));
        const QString summary = status.value(u"problem"_qs).toString();
        QVERIFY2(summary.contains(u"SNMP profile dc3-v2c"_qs) && summary.contains(u"dc3-a"_qs), qPrintable(summary));
    }

    // Stored while the service runs, the missing community brings the device in.
    void missingSecretStoredLater()
    {
        auto set = m_client->callBlocking(u"secret.set"_qs, {{u"key"_qs, u"snmp/dc3/community"_qs},
                                                             {u"value"_qs, m_snmpd.value(u"SNMPD_COMMUNITY"_qs)}});
        QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(collectionStatus().value(u"devices"_qs).toInt(), 4, 10000);
        QVERIFY(collectionStatus().value(u"deviceProblems"_qs).toArray().isEmpty());
        QCOMPARE(collectionStatus().value(u"problem"_qs).toString(), QString());
        const QString metrics = QDir(m_workspace).filePath(u"metrics.sqlite"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!upPoints(metrics, 203).isEmpty(), 20000);
        QCOMPARE(upPoints(metrics, 203).last().avg, 1.0);
    }

    void sshJobsUseTheSiteProfile()
    {
        const QJsonObject base{{u"host"_qs, m_sshd.value(u"SSHD_HOST"_qs)},
                               {u"port"_qs, m_sshd.value(u"SSHD_PORT"_qs).toInt()}};
        // dc1-a names neither user nor credential: the dc1 profile has both.
        QJsonObject dc1 = base;
        dc1.insert(u"device"_qs, u"dc1-a"_qs);
        const QJsonObject done = runCommand(dc1, u"profiles-dc1"_qs);
        QVERIFY2(done.value(u"state"_qs).toString() == u"succeeded", qPrintable(done.value(u"error"_qs).toString()));
        const QJsonObject stored = done.value(u"targets"_qs).toArray().first().toObject();
        QCOMPARE(stored.value(u"credentialProfile"_qs).toString(), u"dc1-ssh"_qs);
        QCOMPARE(stored.value(u"credential"_qs).toString(), u"ssh/dc1"_qs);
        QCOMPARE(stored.value(u"user"_qs).toString(), m_sshd.value(u"SSHD_USER"_qs));
        QVERIFY(!done.value(u"result"_qs)
                     .toObject()
                     .value(u"outputs"_qs)
                     .toObject()
                     .value(u"dc1-a"_qs)
                     .toString()
                     .isEmpty());

        // dc3's profile names a key the vault does not hold: the job says which.
        QJsonObject dc3 = base;
        dc3.insert(u"device"_qs, u"dc3-a"_qs);
        const QJsonObject failed = runCommand(dc3, u"profiles-dc3"_qs);
        QCOMPARE(failed.value(u"state"_qs).toString(), u"failed"_qs);
        const QString why = failed.value(u"error"_qs).toString();
        QVERIFY2(why.contains(u"dc3-a (SSH profile dc3-ssh)"_qs) && why.contains(u"ssh/dc3"_qs), qPrintable(why));

        // A device no rule matches and a job naming no user is refused on submit.
        QJsonObject other = base;
        other.insert(u"device"_qs, u"dc2-a"_qs);
        auto refused = m_client->callBlocking(u"job.submit"_qs,
                                              {{u"kind"_qs, u"ssh.command"_qs},
                                               {u"targets"_qs, QJsonArray{other}},
                                               {u"parameters"_qs, QJsonObject{{u"command"_qs, u"show version"_qs}}}},
                                              10000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"user"_qs), qPrintable(refused.error().detail));

        // A job naming its credential keeps it, profile or not.
        QJsonObject explicitTarget = dc1;
        explicitTarget.insert(u"credential"_qs, u"ssh/other"_qs);
        explicitTarget.insert(u"user"_qs, m_sshd.value(u"SSHD_USER"_qs));
        const QJsonObject own = runCommand(explicitTarget, u"profiles-explicit"_qs);
        QCOMPARE(own.value(u"state"_qs).toString(), u"failed"_qs);
        QVERIFY2(own.value(u"error"_qs).toString().contains(u"ssh/other"_qs),
                 qPrintable(own.value(u"error"_qs).toString()));
        QVERIFY(!own.value(u"targets"_qs).toArray().first().toObject().contains(u"credentialProfile"_qs));
    }

    void cleanupTestCase()
    {
        delete m_client;
        m_client = nullptr;
        if (m_service.state() == QProcess::Running) {
            m_service.terminate();
            if (!m_service.waitForFinished(10000)) {
                m_service.kill();
                m_service.waitForFinished(5000);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOpsdeckdProfiles)
#include "tst_opsdeckd_profiles.moc"
