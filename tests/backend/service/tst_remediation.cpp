// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// A drift remediated end to end on the rig's device (sshd with its device
// command line) with NetBox 4.2's render-config from the fixture server:
// the backup drifts from the intended configuration, compliance.remediate
// submits the converging lines as an ssh.push, the push is verified, the
// service backs the device up after it, and the next check finds no drift.
// The device's configuration is put back as it was at the end.
#include <QJsonDocument>
#include <QStandardPaths>

#include "backend/service/sshprofiletargets.h"
#include "tests/backend/service/complianceestate.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;

namespace {

/// Waits for job @p id to end; its final state's name.
QString waitForJob(Jobs::JobEngine &engine, const QString &id)
{
    Jobs::JobState state = Jobs::JobState::Submitted;
    (void)QTest::qWaitFor(
        [&] {
            auto job = engine.store().job(id);
            state = job ? job->state : Jobs::JobState::Failed;
            return Jobs::isTerminal(state);
        },
        60000);
    return Jobs::toString(state);
}

} // namespace

class TestRemediation final : public QObject
{
    Q_OBJECT

private slots:
    void driftIsPushedAndGone()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir run;
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(run.path()));
        QString error;
        const QHash<QString, QString> env = Test::readRigEnv(u"sshd"_s, &error);
        QVERIFY2(!env.isEmpty(), qPrintable(error));
        const int port = env.value(u"SSHD_PORT"_s).toInt();

        Test::ComplianceEstate estate;
        estate.engineOptions.knownHostsFile = env.value(u"SSHD_KNOWN_HOSTS"_s);
        estate.prepareEngine = [&env](Jobs::JobEngine &engine) {
            const QString keyPath = env.value(u"SSHD_KEY"_s);
            const QString user = env.value(u"SSHD_USER"_s);
            engine.setCredentialResolver([keyPath](const QString &) -> Result<Ssh::SshCredentials> {
                QFile f(keyPath);
                if (!f.open(QIODevice::ReadOnly))
                    return Error(ErrorCode::Io, u"key unreadable"_s);
                Ssh::SshCredentials c;
                c.privateKey = Vault::Secret::fromBytes(f.readAll());
                return c;
            });
            // As a credential profile would: the rig's login for every device.
            engine.setTargetCompleter([user](const QJsonObject &target) -> Result<QJsonObject> {
                QJsonObject out = target;
                out.insert(u"credential"_s, u"ssh/rig"_s);
                if (out.value(u"user"_s).toString().isEmpty())
                    out.insert(u"user"_s, user);
                return out;
            });
        };
        const QString problem = estate.start(u"4.2"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Domain::Device *device = estate.device(true);
        QVERIFY(device);
        const QString name = device->name;
        // The device answers on the rig's address.
        QVERIFY(estate.setPrimaryAddress(device->id, u"127.0.0.1/8"_s));

        // Its configuration as it runs now, backed up by a real job.
        Jobs::JobRequest backup;
        backup.kind = Jobs::Kind::sshBackup();
        backup.targets = {QJsonObject{{u"device"_s, name}, {u"host"_s, u"127.0.0.1"_s}, {u"port"_s, port}}};
        backup.requester = u"test"_s;
        auto first = estate.engine->submit(backup);
        QVERIFY(first.ok());
        QCOMPARE(waitForJob(*estate.engine, first->job.id), Jobs::toString(Jobs::JobState::Succeeded));
        auto backups = estate.engine->store().backups(name);
        QVERIFY(backups.ok() && !backups->isEmpty());
        const QString running = backups->constLast().content;
        QVERIFY(running.contains(u"snmp-server community public RO"_s));

        // NetBox intends it without the public community and with an NTP server.
        // (The rig's device appends what it is given, so the new line goes
        // last, before the "end" its configuration closes with.)
        QStringList intended = running.split(u'\n');
        while (!intended.isEmpty() && intended.constLast().isEmpty())
            intended.removeLast();
        intended.removeAll(u"snmp-server community public RO"_s);
        intended.insert(intended.constLast() == u"end"_s ? intended.size() - 1 : intended.size(),
                        u"ntp server 10.0.0.1"_s);
        estate.netbox->setRenderedConfig(device->id, intended.join(u'\n'));
        QJsonObject report = estate.evaluate();
        QJsonObject drift = Test::checkOf(Test::deviceIn(report, name), u"drift"_s);
        QVERIFY2(drift.value(u"state"_s).toString() == u"non-compliant"_s,
                 qPrintable(drift.value(u"detail"_s).toString()));

        // Remediate: the push converges it, the backup after it shows no drift.
        auto pushed = estate.client->callBlocking(
            u"compliance.remediate"_s, {{u"device"_s, name}, {u"port"_s, port}, {u"ticket"_s, u"CHG-1234"_s}}, 10000);
        QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().toString()));
        const QJsonObject job = pushed->toObject();
        QCOMPARE(job.value(u"ticket"_s).toString(), u"CHG-1234"_s);
        QCOMPARE(job.value(u"parameters"_s).toObject().value(u"lines"_s).toArray(),
                 QJsonArray({u"no snmp-server community public RO"_s, u"ntp server 10.0.0.1"_s}));
        QCOMPARE(waitForJob(*estate.engine, job.value(u"id"_s).toString()), Jobs::toString(Jobs::JobState::Succeeded));
        const auto driftState = [&] {
            return Test::checkOf(Test::deviceIn(estate.service->reportJson(), name), u"drift"_s);
        };
        (void)QTest::qWaitFor([&] { return driftState().value(u"state"_s).toString() == u"compliant"_s; }, 15000);
        QVERIFY2(driftState().value(u"state"_s).toString() == u"compliant"_s,
                 QJsonDocument(driftState()).toJson().constData());
        auto after = estate.engine->store().jobByIdempotencyKey(u"after-push/"_s + job.value(u"id"_s).toString());
        QVERIFY(after.ok() && after->has_value());
        QCOMPARE(Jobs::toString((*after)->state), Jobs::toString(Jobs::JobState::Succeeded));
        QVERIFY(!estate.engine->store().backups(name)->constLast().content.contains(u"snmp-server community public"_s));

        // Put the rig's device back as it was.
        Jobs::JobRequest restore;
        restore.kind = Jobs::Kind::sshPush();
        restore.targets = backup.targets;
        restore.parameters = {
            {u"lines"_s, QJsonArray({u"no ntp server 10.0.0.1"_s, u"snmp-server community public RO"_s})}};
        restore.requester = u"test"_s;
        auto restored = estate.engine->submit(restore);
        QVERIFY(restored.ok());
        QCOMPARE(waitForJob(*estate.engine, restored->job.id), Jobs::toString(Jobs::JobState::Succeeded));
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
