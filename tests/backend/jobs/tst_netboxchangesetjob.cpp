// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/jobs/jobengine.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/netbox/changeset.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::Jobs;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

QString serialOf(const NetBoxFixtureServer &server, qint64 deviceId)
{
    return server.object(ObjectKind::Device, deviceId).value(QStringLiteral("serial")).toString();
}

JobRequest changeSetRequest(const NetBox::ChangeSet &changes, const QString &idempotencyKey = {})
{
    JobRequest request;
    request.kind = Kind::netboxChangeSet();
    request.intent = QStringLiteral("fix serials");
    request.requester = QStringLiteral("alice");
    request.idempotencyKey = idempotencyKey;
    request.parameters = {{QStringLiteral("changeSet"), changeSetToJson(changes)}};
    return request;
}

} // namespace

// netbox.changeset jobs on a real JobEngine, written by the NetBoxWriter
// applier to the NetBox fixture server.
class TestNetBoxChangeSetJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = &m_estates.server(QStringLiteral("4.2"));
        m_storePath = m_dir->filePath(QStringLiteral("workspace.sqlite"));
        {
            auto store = m_estates.syncedStore(*m_server, m_storePath);
            QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
        }
        auto engine = JobEngine::create(m_storePath, {});
        QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().toString()));
        m_engine = std::move(*engine);
    }

    void cleanup()
    {
        m_engine.reset();
        m_dir.reset();
    }

    void serializedChangeSetRoundTrips()
    {
        NetBox::ChangeSet changes;
        changes.setDeviceAttributes(11, {{QStringLiteral("serial"), QStringLiteral("A")}});
        changes.setInterface(7, QStringLiteral("uplink"), false);
        changes.assignIpAddress(QStringLiteral("192.0.2.1/24"), 7);
        auto back = changeSetFromJson(changeSetToJson(changes));
        QVERIFY(back.ok());
        QCOMPARE(back->edits().size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(back->edits().at(i).type, changes.edits().at(i).type);
            QCOMPARE(back->edits().at(i).kind, changes.edits().at(i).kind);
            QCOMPARE(back->edits().at(i).id, changes.edits().at(i).id);
            QCOMPARE(back->edits().at(i).fields, changes.edits().at(i).fields);
        }
        QVERIFY(!changeSetFromJson({}).ok());
        const QJsonObject badKind{{QStringLiteral("edits"),
                                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("update")},
                                                          {QStringLiteral("kind"), QStringLiteral("spaceship")},
                                                          {QStringLiteral("id"), 1}}}}};
        QVERIFY(!changeSetFromJson(badKind).ok());
    }

    // Three objects, one changed in NetBox since the sync: two are written,
    // the third is reported as a conflict and keeps NetBox's value; the same
    // idempotency key submitted again writes nothing more.
    void conflictReportedAndIdempotent()
    {
        m_engine->registerExecutor(std::make_shared<NetBoxChangeSetExecutor>(std::make_shared<NetBoxWriterApplier>(
            Test::fixtureClientSettings(*m_server), m_storePath)));
        QVERIFY(m_engine->start().ok());

        const qint64 iface = m_server->ids(ObjectKind::Interface).at(3);
        NetBox::ChangeSet changes;
        changes.setDeviceAttributes(11, {{QStringLiteral("serial"), QStringLiteral("SN-LOCAL-11")}});
        changes.setDeviceAttributes(12, {{QStringLiteral("serial"), QStringLiteral("SN-LOCAL-12")}});
        changes.setInterface(iface, QStringLiteral("to firewall"), std::nullopt);
        // Someone edits device 12 in NetBox after the sync.
        QVERIFY(m_server->updateObject(ObjectKind::Device, 12, {{QStringLiteral("serial"), QStringLiteral("SN-REMOTE")}})
                    .ok());
        const qint64 writesBefore = m_server->writeRequestCount();

        const JobRequest request = changeSetRequest(changes, QStringLiteral("changeset-1"));
        auto submitted = m_engine->submit(request);
        QVERIFY2(submitted.ok(), qPrintable(submitted ? QString() : submitted.error().toString()));
        QVERIFY(!submitted->duplicate);
        const QString jobId = submitted->job.id;
        QTRY_COMPARE_WITH_TIMEOUT(toString(m_engine->job(jobId)->state), toString(JobState::Failed), 15000);

        // NetBox: two written, the conflicting one left as NetBox has it.
        QCOMPARE(serialOf(*m_server, 11), QStringLiteral("SN-LOCAL-11"));
        QCOMPARE(serialOf(*m_server, 12), QStringLiteral("SN-REMOTE"));
        QCOMPARE(m_server->object(ObjectKind::Interface, iface).value(QStringLiteral("description")).toString(),
                 QStringLiteral("to firewall"));

        // The job: per-object outcomes in its result and its steps.
        auto job = m_engine->job(jobId);
        QVERIFY(job.ok());
        QVERIFY2(job->error.contains(QStringLiteral("conflict")), qPrintable(job->error));
        QCOMPARE(job->result.value(QStringLiteral("written")).toInt(), 2);
        QCOMPARE(job->result.value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(job->result.value(QStringLiteral("failed")).toInt(), 0);
        const QJsonArray outcomes = job->result.value(QStringLiteral("outcomes")).toArray();
        QCOMPARE(outcomes.size(), 3);
        QJsonObject conflict;
        for (const QJsonValue &v : outcomes) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("state")).toString() == u"conflict")
                conflict = o;
            else
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("written"));
        }
        QCOMPARE(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("device"));
        QCOMPARE(conflict.value(QStringLiteral("id")).toInteger(), 12);
        const QJsonArray fields =
            conflict.value(QStringLiteral("conflict")).toObject().value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).toObject().value(QStringLiteral("remote")).toString(), QStringLiteral("SN-REMOTE"));
        QCOMPARE(fields.at(0).toObject().value(QStringLiteral("local")).toString(), QStringLiteral("SN-LOCAL-12"));
        QCOMPARE(job->steps.size(), 2);
        QCOMPARE(toString(job->steps.at(0).state), toString(StepState::Succeeded));
        QVERIFY2(job->steps.at(0).diff.contains(QStringLiteral("SN-LOCAL-11")), qPrintable(job->steps.at(0).diff));
        QCOMPARE(toString(job->steps.at(1).state), toString(StepState::Failed));
        QVERIFY2(job->steps.at(1).output.contains(QStringLiteral("device 12: conflict")),
                 qPrintable(job->steps.at(1).output));
        const qint64 writesOnce = m_server->writeRequestCount();
        QVERIFY(writesOnce > writesBefore);

        // The same key again: the existing job, nothing written.
        auto again = m_engine->submit(request);
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QCOMPARE(again->job.id, jobId);
        QCOMPARE(m_engine->runningCount(), 0);
        auto all = m_engine->jobs();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(m_server->writeRequestCount(), writesOnce);
    }

    // All edits written: the job succeeds and its undo puts NetBox back.
    void cleanWriteSucceedsAndRollsBack()
    {
        auto applier = std::make_shared<NetBoxWriterApplier>(Test::fixtureClientSettings(*m_server), m_storePath);
        m_engine->registerExecutor(std::make_shared<NetBoxChangeSetExecutor>(applier));
        QVERIFY(m_engine->start().ok());
        const QString before = serialOf(*m_server, 13);
        NetBox::ChangeSet changes;
        changes.setDeviceAttributes(13, {{QStringLiteral("serial"), QStringLiteral("SN-NEW-13")}});
        auto submitted = m_engine->submit(changeSetRequest(changes));
        QVERIFY(submitted.ok());
        const QString jobId = submitted->job.id;
        QTRY_COMPARE_WITH_TIMEOUT(toString(m_engine->job(jobId)->state), toString(JobState::Succeeded), 15000);
        QCOMPARE(serialOf(*m_server, 13), QStringLiteral("SN-NEW-13"));
        auto job = m_engine->job(jobId);
        QVERIFY(job.ok());
        const QJsonObject undo = job->result.value(QStringLiteral("undo")).toObject();
        QVERIFY(!undo.isEmpty());
        const Status reverted = applier->revert(undo, nullptr);
        QVERIFY2(reverted.ok(), qPrintable(reverted ? QString() : reverted.error().toString()));
        QCOMPARE(serialOf(*m_server, 13), before);
    }

    // Without NetBox settings (not configured, token missing) a job fails
    // with that reason and nothing is sent.
    void unconfiguredFailsClearly()
    {
        m_engine->registerExecutor(std::make_shared<NetBoxChangeSetExecutor>(std::make_shared<NetBoxWriterApplier>(
            Error(ErrorCode::NotFound, QStringLiteral("NetBox is not configured in this workspace")), m_storePath)));
        QVERIFY(m_engine->start().ok());
        const qint64 requests = m_server->requestCount();
        NetBox::ChangeSet changes;
        changes.setDeviceAttributes(11, {{QStringLiteral("serial"), QStringLiteral("X")}});
        auto submitted = m_engine->submit(changeSetRequest(changes));
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(toString(m_engine->job(submitted->job.id)->state), toString(JobState::Failed), 15000);
        QCOMPARE(m_engine->job(submitted->job.id)->error, QStringLiteral("NetBox is not configured in this workspace"));
        QCOMPARE(m_server->requestCount(), requests);
    }

private:
    Test::SharedEstates m_estates;
    std::unique_ptr<QTemporaryDir> m_dir;
    NetBoxFixtureServer *m_server = nullptr;
    QString m_storePath;
    std::unique_ptr<JobEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestNetBoxChangeSetJob)
#include "tst_netboxchangesetjob.moc"
