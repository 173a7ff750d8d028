// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/netbox/changesetjournal.h"
#include "backend/service/jobservice.h"
#include "backend/store/store.h"
#include "models/changeset/changesetmodel.h"
#include "tests/fixtures/netbox/fixturerunner.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using Models::ChangeSetModel;
using State = Models::ChangeSetModel::EntryState;
using Test::NetBoxFixtureServer;

class TestChangeSetModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // 4.2: conflicts found by comparing last_updated before writing.
        Test::NetBoxFixtureOptions options;
        options.version = QStringLiteral("4.2");
        m_server = std::make_unique<NetBoxFixtureServer>(options);
        QVERIFY(m_server->start().ok());
        m_runner = Test::fixtureRunner(*m_server, m_dir.filePath(QStringLiteral("store.sqlite")));
        const Status synced = Test::fullSyncThrough(*m_runner);
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
    }
    void cleanupTestCase()
    {
        m_runner.reset();
        m_server.reset();
    }

    // Per-object outcomes: a written update, a create NetBox rejects, and an
    // object deleted in NetBox since the sync, under the model tester.
    void outcomesPerObject()
    {
        ChangeSetModel model(m_runner->storeAccess());
        model.setRunner(m_runner.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<qint64> cables = m_server->ids(ObjectKind::Cable);
        const qint64 goneCable = cables.constLast();
        model.update(ObjectKind::Device, 8, {{QStringLiteral("asset_tag"), QStringLiteral("AT-8")}});
        model.update(ObjectKind::Device, 8, {{QStringLiteral("serial"), QStringLiteral("S-8")}}); // merges
        model.create(ObjectKind::Device, {{QStringLiteral("name"), QStringLiteral("no-type")}});
        model.update(ObjectKind::Cable, goneCable, {{QStringLiteral("label"), QStringLiteral("x")}});
        QCOMPARE(model.entryCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.index(1, ChangeSetModel::ObjectColumn).data().toString(), QStringLiteral("new device no-type"));
        QVERIFY(m_server->deleteObject(ObjectKind::Cable, goneCable).ok());

        QSignalSpy pushed(&model, &ChangeSetModel::pushFinished);
        QSignalSpy busy(&model, &ChangeSetModel::busyChanged);
        model.push();
        QVERIFY(model.isBusy());
        QCOMPARE(model.entryState(0), State::Pushing);
        QVERIFY(pushed.wait(15000));
        QCOMPARE(busy.size(), 2);
        QCOMPARE(model.entryState(0), State::Written);
        QCOMPARE(model.entryState(1), State::Failed);
        QCOMPARE(model.entryState(2), State::Conflict);
        // The failure names the cause; the object written is in NetBox.
        const QString failure = model.index(1, ChangeSetModel::StatusColumn).data().toString();
        QVERIFY2(failure.startsWith(QStringLiteral("Failed: ")) && failure.size() > 10, qPrintable(failure));
        QCOMPARE(m_server->object(ObjectKind::Device, 8).value(QStringLiteral("serial")).toString(), QStringLiteral("S-8"));
        QVERIFY(model.conflict(2).deletedRemotely);
        QVERIFY(model.index(2, ChangeSetModel::StatusColumn).data().toString().contains(QStringLiteral("deleted")));

        // A deleted object cannot be kept; taking theirs drops the edit.
        QVERIFY(!model.resolve(2, ChangeSetModel::Resolution::KeepMine));
        QVERIFY(!model.resolve(0, ChangeSetModel::Resolution::TakeTheirs));
        QVERIFY(model.resolve(2, ChangeSetModel::Resolution::TakeTheirs));
        QCOMPARE(model.entryState(2), State::TheirsTaken);
        // Only the failed create is still to push.
        const NetBox::ChangeSet pending = model.pendingChanges();
        QCOMPARE(pending.edits().size(), 1);
        QCOMPARE(pending.edits().first().type, NetBox::Edit::Type::Create);
        model.clearFinished();
        QCOMPARE(model.entryCount(), 1);
        model.removeEntry(0);
        QCOMPARE(model.entryCount(), 0);
    }

    // Take theirs on a changed object adopts NetBox's version as the base
    // and never writes.
    void takeTheirsLeavesNetBox()
    {
        ChangeSetModel model(m_runner->storeAccess());
        model.setRunner(m_runner.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(ObjectKind::Rack, 2, {{QStringLiteral("description"), QStringLiteral("mine")}});
        QVERIFY(m_server->updateObject(ObjectKind::Rack, 2, {{QStringLiteral("description"), QStringLiteral("theirs")}}).ok());
        QSignalSpy pushed(&model, &ChangeSetModel::pushFinished);
        model.push();
        QVERIFY(pushed.wait(15000));
        QCOMPARE(model.entryState(0), State::Conflict);
        const QModelIndex field = model.index(0, ChangeSetModel::RemoteColumn, model.index(0, 0));
        QCOMPARE(field.data().toString(), QStringLiteral("theirs"));
        const qint64 writes = m_server->writeRequestCount();
        QVERIFY(model.resolve(0, ChangeSetModel::Resolution::TakeTheirs));
        QTRY_COMPARE(model.entryState(0), State::TheirsTaken);
        QVERIFY(!model.isBusy());
        QCOMPARE(model.index(0, ChangeSetModel::BaseColumn, model.index(0, 0)).data().toString(), QStringLiteral("theirs"));
        QVERIFY(model.pendingChanges().isEmpty());
        model.push();
        QVERIFY(!model.isBusy());
        QCOMPARE(m_server->writeRequestCount(), writes);
        QCOMPARE(m_server->object(ObjectKind::Rack, 2).value(QStringLiteral("description")).toString(),
                 QStringLiteral("theirs"));
    }

    // With a connected job service the push is one netbox.changeset job in
    // opsdeckd's engine; its outcomes come back per object.
    void pushThroughJobService()
    {
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        const QString storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto engine = Jobs::JobEngine::create(storePath, {});
        QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().toString()));
        (*engine)->registerExecutor(std::make_shared<Jobs::NetBoxChangeSetExecutor>(
            std::make_shared<Jobs::NetBoxWriterApplier>(Test::fixtureClientSettings(*m_server), storePath)));
        const QByteArray token("changeset-model-test-token");
        Ipc::IpcServer server(token);
        Service::JobService service(engine->get(), &server);
        QVERIFY((*engine)->start().ok());
        const QString socket = *Ipc::IpcPaths::socketName(QStringLiteral("0123456789abcdef-changeset"));
        QVERIFY(server.listen(socket).ok());
        Ipc::IpcClient client;
        client.connectToService(socket, token, QStringLiteral("test"));
        QVERIFY(client.waitForConnected(5000));

        ChangeSetModel model(m_runner->storeAccess());
        model.setRunner(m_runner.get());
        model.setJobService(&client, QStringLiteral("alice"));
        model.update(ObjectKind::Device, 9, {{QStringLiteral("serial"), QStringLiteral("S-JOB-9")}});
        model.update(ObjectKind::Rack, 3, {{QStringLiteral("description"), QStringLiteral("mine")}});
        QVERIFY(m_server->updateObject(ObjectKind::Rack, 3, {{QStringLiteral("description"), QStringLiteral("theirs")}})
                    .ok());
        const qint64 writesBefore = m_server->writeRequestCount();
        QSignalSpy submitted(&model, &ChangeSetModel::jobSubmitted);
        QSignalSpy pushed(&model, &ChangeSetModel::pushFinished);
        model.push();
        QVERIFY(model.isBusy());
        QVERIFY(pushed.wait(15000));
        QCOMPARE(pushed.size(), 1);
        QCOMPARE(pushed.first().at(0).toInt(), 1);
        QCOMPARE(pushed.first().at(1).toInt(), 1);
        QCOMPARE(submitted.size(), 1);
        const QString jobId = submitted.first().at(0).toString();
        QCOMPARE(model.lastJobId(), jobId);
        auto job = (*engine)->job(jobId);
        QVERIFY(job.ok());
        QCOMPARE(job->kind, Jobs::Kind::netboxChangeSet());
        QCOMPARE(job->requester, QStringLiteral("alice"));
        QCOMPARE(model.entryState(0), State::Written);
        QCOMPARE(model.entryState(1), State::Conflict);
        QCOMPARE(model.index(0, ChangeSetModel::RemoteColumn, model.index(1, 0)).data().toString(),
                 QStringLiteral("theirs"));
        QVERIFY(m_server->writeRequestCount() > writesBefore);
        QCOMPARE(m_server->object(ObjectKind::Device, 9).value(QStringLiteral("serial")).toString(),
                 QStringLiteral("S-JOB-9"));
        QCOMPARE(m_server->object(ObjectKind::Rack, 3).value(QStringLiteral("description")).toString(),
                 QStringLiteral("theirs"));
        QVERIFY(!model.isBusy());
    }

    // Edits made offline (nothing to push through) are kept in the store and
    // come back, in order and with their synced base, in the next session.
    void journalKeepsOfflineEdits()
    {
        auto reader = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(reader.ok());
        const auto journalSize = [&] {
            auto entries = NetBox::ChangeSetJournal::load(**reader);
            return entries ? int(entries->size()) : -1;
        };
        {
            ChangeSetModel model(m_runner->storeAccess());
            QSignalSpy restored(&model, &ChangeSetModel::journalRestored);
            model.restoreJournal();
            QVERIFY(restored.wait(5000));
            QVERIFY(model.isJournalRestored());
            QCOMPARE(model.entryCount(), 0);
            QVERIFY(!model.canPush());

            NetBox::ChangeSet edits;
            edits.setInterface(m_server->ids(ObjectKind::Interface).first(), QStringLiteral("to core"), false);
            edits.placeDevice(12, 2, 10, QStringLiteral("front"));
            edits.assignIpAddress(QStringLiteral("192.0.2.40/24"), m_server->ids(ObjectKind::Interface).first());
            model.addEdits(edits.edits());
            QCOMPARE(model.entryCount(), 3);
            QTRY_COMPARE(journalSize(), 3);

            // Offline: push says why and keeps everything.
            QSignalSpy errors(&model, &ChangeSetModel::errorOccurred);
            const qint64 writes = m_server->writeRequestCount();
            model.push();
            QCOMPARE(errors.size(), 1);
            QVERIFY(errors.first().first().toString().contains(QStringLiteral("kept")));
            QCOMPARE(model.entryState(0), State::Pending);
            QCOMPARE(m_server->writeRequestCount(), writes);
        }
        ChangeSetModel next(m_runner->storeAccess());
        QSignalSpy restored(&next, &ChangeSetModel::journalRestored);
        next.restoreJournal();
        QVERIFY(restored.wait(5000));
        QCOMPARE(next.entryCount(), 3);
        QCOMPARE(next.edit(0).kind, ObjectKind::Interface);
        QCOMPARE(next.edit(0).fields.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(next.edit(1).kind, ObjectKind::Device);
        QCOMPARE(next.edit(1).id, 12);
        QCOMPARE(next.edit(2).type, NetBox::Edit::Type::Create);
        QCOMPARE(next.entryState(2), State::Pending);
        // The base of each field is what the store last synced.
        auto synced = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Device, 12, QStringLiteral("rack"));
        QVERIFY(synced.ok());
        const QModelIndex device = next.index(1, 0);
        int rackRow = -1;
        for (int r = 0; r < next.rowCount(device); ++r) {
            if (next.index(r, ChangeSetModel::ObjectColumn, device).data().toString() == QLatin1String("rack"))
                rackRow = r;
        }
        QVERIFY(rackRow >= 0);
        // Related objects show with their names: rack 2 is called by its name.
        auto rackName = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Rack, synced->toInteger(),
                                                       QStringLiteral("name"));
        QVERIFY(rackName.ok() && !rackName->toString().isEmpty());
        QTRY_COMPARE(next.index(rackRow, ChangeSetModel::BaseColumn, device).data().toString(),
                     QStringLiteral("%1 (#%2)").arg(rackName->toString()).arg(synced->toInteger()));
        auto localRack = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Rack, 2, QStringLiteral("name"));
        QCOMPARE(next.index(rackRow, ChangeSetModel::LocalColumn, device).data().toString(),
                 QStringLiteral("%1 (#2)").arg(localRack->toString()));
        // Objects are named as the store knows them.
        auto name = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Device, 12, QStringLiteral("name"));
        QVERIFY(name.ok() && !name->toString().isEmpty());
        QCOMPARE(device.data().toString(), QStringLiteral("device %1 (#12)").arg(name->toString()));
        QCOMPARE(next.index(2, ChangeSetModel::ObjectColumn).data().toString(),
                 QStringLiteral("new ip-address 192.0.2.40/24"));

        // Discarding an edit is kept too.
        next.removeEntry(0);
        QTRY_COMPARE(journalSize(), 2);
        while (next.entryCount() > 0)
            next.removeEntry(0);
        QTRY_COMPARE(journalSize(), 0);
    }

    // A journal that cannot be read is reported and never written over.
    void unreadableJournalIsLeftAlone()
    {
        auto writer = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(writer.ok());
        const QStringList columns = {QStringLiteral("seq"),    QStringLiteral("edit_type"), QStringLiteral("kind"),
                                     QStringLiteral("object_id"), QStringLiteral("fields"), QStringLiteral("state")};
        QVERIFY((*writer)
                    ->replaceRows(QStringLiteral("netbox_pending_edits"), columns,
                                  {{1, QStringLiteral("update"), QStringLiteral("device"), 5,
                                    QStringLiteral("{\"serial\":\"X\"}"), QStringLiteral("pending")},
                                   {2, QStringLiteral("update"), QStringLiteral("hovercraft"), 5,
                                    QStringLiteral("{}"), QStringLiteral("pending")}})
                    .ok());
        ChangeSetModel model(m_runner->storeAccess());
        QSignalSpy errors(&model, &ChangeSetModel::errorOccurred);
        QSignalSpy restored(&model, &ChangeSetModel::journalRestored);
        model.restoreJournal();
        QVERIFY(restored.wait(5000));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("hovercraft")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(!model.isJournalRestored());
        model.update(ObjectKind::Device, 6, {{QStringLiteral("serial"), QStringLiteral("Y")}});
        QCOMPARE(model.entryCount(), 1);
        // A (wrong) save would be queued by now; the store's thread runs work
        // in order, so once a later round trip is back, it would have run.
        QCoreApplication::processEvents();
        bool barrier = false;
        m_runner->withStore(this, [&barrier](Store::Store &) { return std::function<void()>([&barrier] { barrier = true; }); });
        QTRY_VERIFY(barrier);
        auto rows = (*writer)->tableRows(QStringLiteral("netbox_pending_edits"), columns);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).at(2).toString(), QStringLiteral("hovercraft"));
        QVERIFY((*writer)->replaceRows(QStringLiteral("netbox_pending_edits"), columns, {}).ok());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NetBoxFixtureServer> m_server;
    std::unique_ptr<NetBox::NetBoxRunner> m_runner;
};

QTEST_GUILESS_MAIN(TestChangeSetModel)
#include "tst_changesetmodel.moc"
