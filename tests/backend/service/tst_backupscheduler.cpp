// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobstore.h"
#include "backend/service/backupscheduler.h"
#include "backend/service/sshprofiletargets.h"
#include "backend/ssh/sshsession.h"
#include "tests/app/seedstore.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Service;

namespace {

const QStringList kGood{u"a1"_qs, u"a2"_qs, u"a3"_qs, u"a4"_qs, u"b1"_qs};

} // namespace

/// BackupScheduler with a real JobEngine against the rig's sshd: five store
/// devices at 127.0.0.1 (the rig) over two sites, one at 127.0.0.2 where
/// nothing listens, one without an address.
class TestBackupScheduler : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QString m_storePath;
    Workspace::BackupsConfig m_config;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<Jobs::JobEngine> m_engine;
    std::unique_ptr<BackupScheduler> m_scheduler;
    // Running ssh.backup jobs per site, and the most seen at once.
    QHash<QString, QString> m_siteOfRunning;
    QHash<QString, int> m_maxRunning;

    void startEngine()
    {
        Jobs::JobEngineOptions options;
        options.maxWorkers = 4;
        options.knownHostsFile = m_env.value(u"SSHD_KNOWN_HOSTS"_qs);
        auto engine = Jobs::JobEngine::create(m_storePath, options);
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
        // Logins come from the SSH credential profile of each device's site, as in the service.
        Workspace::CredentialProfilesConfig profiles;
        profiles.ssh.profiles = {{u"rig"_qs, {u"ssh/rig"_qs}, m_env.value(u"SSHD_USER"_qs)}};
        profiles.ssh.rules = {{u"site-a"_qs, {}, {}, u"rig"_qs}, {u"site-b"_qs, {}, {}, u"rig"_qs}};
        const QString storePath = m_storePath;
        m_engine->setTargetCompleter([profiles, storePath](const QJsonObject &target) {
            return completeSshTarget(target, profiles, storePath);
        });
        connect(m_engine.get(), &Jobs::JobEngine::jobChanged, this, &TestBackupScheduler::handleJobChanged);
        QVERIFY(m_engine->start().ok());
    }

    void startScheduler()
    {
        m_scheduler = std::make_unique<BackupScheduler>(m_engine.get(), nullptr);
        BackupSchedulerSettings settings;
        settings.storePath = m_storePath;
        settings.historyPath = m_dir.filePath(u"backup-runs.json"_qs);
        settings.config = [this]() -> Result<Workspace::BackupsConfig> { return m_config; };
        settings.retryBackoffMs = 50;
        settings.maxTimerMs = 50;
        settings.clock = [this] { return m_now; };
        QVERIFY(m_scheduler->start(settings).ok());
    }

    void handleJobChanged(const Jobs::Job &job)
    {
        if (job.kind != Jobs::Kind::sshBackup())
            return;
        if (job.state == Jobs::JobState::Running) {
            const QString site = job.targets.at(0).toObject().value(u"site"_qs).toString();
            m_siteOfRunning.insert(job.id, site);
            int now = 0;
            for (const QString &s : std::as_const(m_siteOfRunning))
                now += s == site ? 1 : 0;
            m_maxRunning[site] = std::max(m_maxRunning.value(site), now);
        } else {
            m_siteOfRunning.remove(job.id);
        }
    }

    BackupRun waitForRun()
    {
        QSignalSpy finished(m_scheduler.get(), &BackupScheduler::runFinished);
        if (!finished.wait(120000))
            return {};
        return finished.first().first().value<BackupRun>();
    }

    /// The succeeded ssh.backup jobs of @p device whose key starts with @p prefix.
    int succeededJobs(const QString &prefix, const QString &device)
    {
        auto jobs = m_engine->jobs({Jobs::JobState::Succeeded});
        int n = 0;
        for (const Jobs::Job &j : std::as_const(*jobs))
            n += j.idempotencyKey.startsWith(prefix + device + u'/') ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = Test::readRigEnv(u"sshd"_qs, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(u"store.sqlite"_qs);
        const QList<Test::SeedSite> sites{{1, u"Site A"_qs, u"site-a"_qs}, {2, u"Site B"_qs, u"site-b"_qs}};
        QList<Test::SeedDevice> devices;
        for (int i = 0; i < kGood.size(); ++i)
            devices << Test::SeedDevice{i + 1, kGood.at(i), u"127.0.0.1/8"_qs, kGood.at(i).startsWith(u'a') ? 1 : 2};
        devices << Test::SeedDevice{10, u"bad"_qs, u"127.0.0.2/8"_qs, 2};
        devices << Test::SeedDevice{11, u"no-address"_qs, QString(), 1};
        QVERIFY(Test::seedDevices(m_storePath, devices, sites));

        Workspace::BackupSchedule nightly;
        nightly.name = u"nightly"_qs;
        nightly.everyMinutes = 60;
        nightly.concurrencyPerSite = 2;
        nightly.retries = 2;
        nightly.port = m_env.value(u"SSHD_PORT"_qs).toInt();
        m_config.schedules = {nightly};
        // The rig's device fills its state on its first command; concurrent
        // first sessions could read it half written, so one goes first.
        Ssh::SshTarget rig;
        rig.device = u"warm-up"_qs;
        rig.host = m_env.value(u"SSHD_HOST"_qs);
        rig.port = nightly.port;
        rig.user = m_env.value(u"SSHD_USER"_qs);
        QFile key(m_env.value(u"SSHD_KEY"_qs));
        QVERIFY(key.open(QIODevice::ReadOnly));
        rig.credentials.privateKey = Vault::Secret::fromBytes(key.readAll());
        rig.knownHostsFile = m_env.value(u"SSHD_KNOWN_HOSTS"_qs);
        QVERIFY(Ssh::SshSession::runOnce(rig, u"show running-config"_qs).ok());
        startEngine();
        startScheduler();
    }

    void runRecordsOutcomesWithinLimits()
    {
        auto slot = m_scheduler->runNow(u"nightly"_qs);
        QVERIFY(slot.ok());
        QCOMPARE(m_scheduler->runNow(u"nightly"_qs).error().code, ErrorCode::Conflict);
        const BackupRun run = waitForRun();
        QCOMPARE(run.slot, *slot);
        QCOMPARE(run.devices, 6);
        QCOMPARE(run.succeeded, 5);
        QCOMPARE(run.unchanged, 0);
        QCOMPARE(run.failed, 1);
        QCOMPARE(run.retries, 2);
        QCOMPARE(run.failures.size(), 1);
        QCOMPARE(run.failures.first().device, u"bad"_qs);
        QCOMPARE(run.failures.first().attempts, 3);
        QVERIFY(!run.failures.first().reason.isEmpty());
        // Three attempts of the failing device, under their own keys.
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto job = m_engine->store().jobByIdempotencyKey(u"backup/nightly/%1/bad/%2"_qs.arg(*slot).arg(attempt));
            QVERIFY(job.ok() && job->has_value());
            QCOMPARE(Jobs::toString((*job)->state), u"failed"_qs);
        }
        QCOMPARE(m_maxRunning.value(u"site-a"_qs), 2);
        QVERIFY(m_maxRunning.value(u"site-b"_qs) <= 2);
        QCOMPARE(m_scheduler->runs(u"nightly"_qs).size(), 1);
        const QJsonObject listed = m_scheduler->schedulesJson().at(0).toObject();
        QCOMPARE(listed.value(u"lastRun"_qs).toObject().value(u"failed"_qs).toInt(), 1);
        QVERIFY(!listed.value(u"nextDue"_qs).toString().isEmpty());
    }

    void unchangedContentGivesNoNewVersion()
    {
        QVERIFY(m_scheduler->runNow(u"nightly"_qs).ok());
        const BackupRun run = waitForRun();
        QCOMPARE(run.succeeded, 0);
        QCOMPARE(run.unchanged, 5);
        QCOMPARE(run.failed, 1);
        for (const QString &device : kGood)
            QCOMPARE(m_engine->store().backups(device)->size(), 1);
        QVERIFY(m_maxRunning.value(u"site-a"_qs) <= 2);
    }

    void dueSlotResumesAfterRestart()
    {
        // The clock moves into a new hour: the slot 11:00 becomes due.
        m_now = QDateTime(QDate(2030, 1, 1), QTime(10, 0, 30), QTimeZone::utc());
        startScheduler();
        QSignalSpy started(m_scheduler.get(), &BackupScheduler::runStarted);
        m_now = QDateTime(QDate(2030, 1, 1), QTime(11, 0, 5), QTimeZone::utc());
        QVERIFY(started.wait(10000));
        const QString prefix = u"backup/nightly/20300101T1100Z/"_qs;
        // Stop the service once the first device is done, then start again.
        QSignalSpy ended(m_engine.get(), &Jobs::JobEngine::jobFinished);
        QVERIFY(ended.wait(60000));
        m_scheduler.reset();
        m_engine.reset();
        m_siteOfRunning.clear();
        startEngine();
        startScheduler();
        const BackupRun run = waitForRun();
        QCOMPARE(run.slot, u"20300101T1100Z"_qs);
        QVERIFY(!run.manual);
        QCOMPARE(run.devices, 6);
        QCOMPARE(run.unchanged, 5);
        QCOMPARE(run.failed, 1);
        for (const QString &device : kGood) {
            QCOMPARE(succeededJobs(prefix, device), 1);
            QCOMPARE(m_engine->store().backups(device)->size(), 1);
        }
        QVERIFY(m_maxRunning.value(u"site-a"_qs) <= 2);
    }

    void finishedRunsSurviveRestart()
    {
        // Same clock as the resumed slot: it is recorded as finished, so a
        // new service neither takes it up again nor forgets it.
        const QList<BackupRun> before = m_scheduler->runs(u"nightly"_qs);
        QVERIFY(before.size() >= 2);
        m_scheduler.reset();
        startScheduler();
        const QList<BackupRun> after = m_scheduler->runs(u"nightly"_qs);
        QCOMPARE(after.size(), before.size());
        QVERIFY(after.first().isFinished());
        QCOMPARE(after.first().slot, u"20300101T1100Z"_qs);
        QCOMPARE(after.first().toJson(), before.first().toJson());
        QCOMPARE(after.last().failures.size(), 1);
        QCOMPARE(after.last().failures.first().device, before.last().failures.first().device);
    }

    void unreadableHistoryIsSetAside()
    {
        m_scheduler.reset();
        const QString path = m_dir.filePath(u"backup-runs.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"schedules\": [not json");
        file.close();
        // An hour on: no slot of this hour was begun, so nothing resumes.
        m_now = QDateTime(QDate(2030, 1, 1), QTime(12, 0, 5), QTimeZone::utc());
        startScheduler();
        QVERIFY(m_scheduler->runs(u"nightly"_qs).isEmpty());
        QVERIFY(QFile::exists(path + u".bad"_qs));
        QVERIFY(!QFile::exists(path));
    }

    void reloadReadsSchedules()
    {
        Workspace::BackupSchedule weekly;
        weekly.name = u"weekly"_qs;
        weekly.at = u"03:00"_qs;
        weekly.site = u"Site B"_qs;
        m_config.schedules << weekly;
        QCOMPARE(m_scheduler->runNow(u"weekly"_qs).error().code, ErrorCode::NotFound);
        QVERIFY(m_scheduler->reload().ok());
        QCOMPARE(m_scheduler->schedulesJson().size(), 2);
        QCOMPARE(m_scheduler->schedulesJson().at(1).toObject().value(u"scope"_qs).toString(), u"site Site B"_qs);
        QVERIFY(m_scheduler->runNow(u"weekly"_qs).ok());
        const BackupRun run = waitForRun();
        QCOMPARE(run.schedule, u"weekly"_qs);
        QCOMPARE(run.devices, 2); // b1 and bad
    }

    void cleanupTestCase()
    {
        m_scheduler.reset();
        m_engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
