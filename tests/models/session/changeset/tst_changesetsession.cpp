// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/jobservice.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/netbox/changesetjournal.h"
#include "backend/store/store.h"
#include "models/session/changeset/changesetsession.h"
#include "tests/fixtures/netbox/fixturerunner.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using Models::ChangeSetSession;
using State = ChangeSetSession::EntryState;
using Test::NetBoxFixtureServer;

namespace {

// A field of an entry; a default Field when the entry has none of that name.
ChangeSetSession::Field field(const ChangeSetSession &session, int row, const QString &name)
{
    for (const ChangeSetSession::Field &f : session.entry(row).fields) {
        if (f.field == name)
            return f;
    }
    return {};
}

} // namespace

class TestChangeSetSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // 4.2: conflicts found by comparing last_updated before writing.
        const QString problem = Test::startSyncedFixture(QStringLiteral("4.2"), m_dir, m_server, m_runner);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase()
    {
        m_runner.reset();
        m_server.reset();
    }

    // Edits of one object merge into one entry, the same new object twice is
    // one create, and every change is announced for the item model.
    void editsMerge()
    {
        ChangeSetSession session(m_runner->storeAccess());
        QSignalSpy aboutToReset(&session, &ChangeSetSession::entriesAboutToBeReset);
        QSignalSpy reset(&session, &ChangeSetSession::entriesReset);
        QSignalSpy added(&session, &ChangeSetSession::entryAdded);
        QSignalSpy removed(&session, &ChangeSetSession::entryRemoved);
        QSignalSpy changed(&session, &ChangeSetSession::entriesChanged);
        session.update(ObjectKind::Device, 5, {{QStringLiteral("serial"), QStringLiteral("S-5")}});
        session.update(ObjectKind::Device, 5, {{QStringLiteral("asset_tag"), QStringLiteral("AT-5")}});
        QCOMPARE(session.entryCount(), 1);
        QCOMPARE(session.entry(0).fields.size(), 2);
        QCOMPARE(session.edit(0).fields.value(QStringLiteral("serial")).toString(), QStringLiteral("S-5"));
        QCOMPARE(aboutToReset.size(), 2);
        QCOMPARE(reset.size(), 2);
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("new-one")}};
        session.create(ObjectKind::Device, body);
        session.create(ObjectKind::Device, body);
        QCOMPARE(session.entryCount(), 2);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toInt(), 1);
        QCOMPARE(session.rowOf(ObjectKind::Device, 5), 0);
        QCOMPARE(session.pendingChanges().edits().size(), 2);
        session.removeEntry(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toInt(), 0);
        QCOMPARE(session.entryCount(), 1);
        QCOMPARE(session.edit(0).type, NetBox::Edit::Type::Create);
        QCOMPARE(changed.size(), 4);
        // Nothing to push through: the edits wait.
        QVERIFY(!session.canPush());
    }

    // Per-object outcomes: a written update, a create NetBox rejects, and an
    // object deleted in NetBox since the sync.
    void outcomesPerObject()
    {
        ChangeSetSession session(m_runner->storeAccess());
        session.setRunner(m_runner.get());
        QVERIFY(session.canPush());
        const QList<qint64> cables = m_server->ids(ObjectKind::Cable);
        const qint64 goneCable = cables.constLast();
        session.update(ObjectKind::Device, 8, {{QStringLiteral("asset_tag"), QStringLiteral("AT-8")}});
        session.update(ObjectKind::Device, 8, {{QStringLiteral("serial"), QStringLiteral("S-8")}}); // merges
        session.create(ObjectKind::Device, {{QStringLiteral("name"), QStringLiteral("no-type")}});
        session.update(ObjectKind::Cable, goneCable, {{QStringLiteral("label"), QStringLiteral("x")}});
        QCOMPARE(session.entryCount(), 3);
        QCOMPARE(session.entry(0).fields.size(), 2);
        QVERIFY(m_server->deleteObject(ObjectKind::Cable, goneCable).ok());

        QSignalSpy pushed(&session, &ChangeSetSession::pushFinished);
        QSignalSpy busy(&session, &ChangeSetSession::busyChanged);
        session.push();
        QVERIFY(session.isBusy());
        QCOMPARE(session.entryState(0), State::Pushing);
        QVERIFY(pushed.wait(15000));
        QCOMPARE(busy.size(), 2);
        QCOMPARE(pushed.first().at(0).toInt(), 1);
        QCOMPARE(pushed.first().at(1).toInt(), 1);
        QCOMPARE(pushed.first().at(2).toInt(), 1);
        QCOMPARE(session.entryState(0), State::Written);
        QCOMPARE(session.entryState(1), State::Failed);
        QCOMPARE(session.entryState(2), State::Conflict);
        // The failure names the cause; the object written is in NetBox.
        QVERIFY(!session.entry(1).error.isEmpty());
        QCOMPARE(m_server->object(ObjectKind::Device, 8).value(QStringLiteral("serial")).toString(), QStringLiteral("S-8"));
        QCOMPARE(field(session, 0, QStringLiteral("serial")).base.toString(), QStringLiteral("S-8"));
        QVERIFY(session.conflict(2).deletedRemotely);

        // A deleted object cannot be kept; taking theirs drops the edit.
        QVERIFY(!session.resolve(2, ChangeSetSession::Resolution::KeepMine));
        QVERIFY(!session.resolve(0, ChangeSetSession::Resolution::TakeTheirs));
        QVERIFY(session.resolve(2, ChangeSetSession::Resolution::TakeTheirs));
        QCOMPARE(session.entryState(2), State::TheirsTaken);
        // Only the failed create is still to push.
        const NetBox::ChangeSet pending = session.pendingChanges();
        QCOMPARE(pending.edits().size(), 1);
        QCOMPARE(pending.edits().first().type, NetBox::Edit::Type::Create);
        session.clearFinished();
        QCOMPARE(session.entryCount(), 1);
        session.removeEntry(0);
        QCOMPARE(session.entryCount(), 0);
    }

    // Take theirs on a changed object adopts NetBox's version as the base
    // and never writes.
    void takeTheirsLeavesNetBox()
    {
        ChangeSetSession session(m_runner->storeAccess());
        session.setRunner(m_runner.get());
        session.update(ObjectKind::Rack, 2, {{QStringLiteral("description"), QStringLiteral("mine")}});
        QVERIFY(m_server->updateObject(ObjectKind::Rack, 2, {{QStringLiteral("description"), QStringLiteral("theirs")}}).ok());
        QSignalSpy pushed(&session, &ChangeSetSession::pushFinished);
        session.push();
        QVERIFY(pushed.wait(15000));
        QCOMPARE(session.entryState(0), State::Conflict);
        QCOMPARE(field(session, 0, QStringLiteral("description")).remote.toString(), QStringLiteral("theirs"));
        const qint64 writes = m_server->writeRequestCount();
        QVERIFY(session.resolve(0, ChangeSetSession::Resolution::TakeTheirs));
        QTRY_COMPARE(session.entryState(0), State::TheirsTaken);
        QVERIFY(!session.isBusy());
        QCOMPARE(field(session, 0, QStringLiteral("description")).base.toString(), QStringLiteral("theirs"));
        QVERIFY(session.pendingChanges().isEmpty());
        session.push();
        QVERIFY(!session.isBusy());
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
        const QByteArray token("changeset-session-test-token");
        Ipc::IpcServer server(token);
        Service::JobService service(engine->get(), &server);
        QVERIFY((*engine)->start().ok());
        const QString socket = *Ipc::IpcPaths::socketName(QStringLiteral("0123456789abcdef-changeset"));
        QVERIFY(server.listen(socket).ok());
        Ipc::IpcClient client;
        client.connectToService(socket, token, QStringLiteral("test"));
        QVERIFY(client.waitForConnected(5000));

        ChangeSetSession session(m_runner->storeAccess());
        session.setRunner(m_runner.get());
        session.setJobService(&client, QStringLiteral("alice"));
        session.update(ObjectKind::Device, 9, {{QStringLiteral("serial"), QStringLiteral("S-JOB-9")}});
        session.update(ObjectKind::Rack, 3, {{QStringLiteral("description"), QStringLiteral("mine")}});
        QVERIFY(m_server->updateObject(ObjectKind::Rack, 3, {{QStringLiteral("description"), QStringLiteral("theirs")}})
                    .ok());
        const qint64 writesBefore = m_server->writeRequestCount();
        QSignalSpy submitted(&session, &ChangeSetSession::jobSubmitted);
        QSignalSpy pushed(&session, &ChangeSetSession::pushFinished);
        session.push();
        QVERIFY(session.isBusy());
        QVERIFY(pushed.wait(15000));
        QCOMPARE(pushed.size(), 1);
        QCOMPARE(pushed.first().at(0).toInt(), 1);
        QCOMPARE(pushed.first().at(1).toInt(), 1);
        QCOMPARE(submitted.size(), 1);
        const QString jobId = submitted.first().at(0).toString();
        QCOMPARE(session.lastJobId(), jobId);
        auto job = (*engine)->job(jobId);
        QVERIFY(job.ok());
        QCOMPARE(job->kind, Jobs::Kind::netboxChangeSet());
        QCOMPARE(job->requester, QStringLiteral("alice"));
        QCOMPARE(session.entryState(0), State::Written);
        QCOMPARE(session.entryState(1), State::Conflict);
        QCOMPARE(field(session, 1, QStringLiteral("description")).remote.toString(), QStringLiteral("theirs"));
        QVERIFY(m_server->writeRequestCount() > writesBefore);
        QCOMPARE(m_server->object(ObjectKind::Device, 9).value(QStringLiteral("serial")).toString(),
                 QStringLiteral("S-JOB-9"));
        QCOMPARE(m_server->object(ObjectKind::Rack, 3).value(QStringLiteral("description")).toString(),
                 QStringLiteral("theirs"));
        QVERIFY(!session.isBusy());
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
            ChangeSetSession session(m_runner->storeAccess());
            QSignalSpy restored(&session, &ChangeSetSession::journalRestored);
            session.restoreJournal();
            QVERIFY(restored.wait(5000));
            QVERIFY(session.isJournalRestored());
            QCOMPARE(session.entryCount(), 0);
            QVERIFY(!session.canPush());

            NetBox::ChangeSet edits;
            edits.setInterface(m_server->ids(ObjectKind::Interface).first(), QStringLiteral("to core"), false);
            edits.placeDevice(12, 2, 10, QStringLiteral("front"));
            edits.assignIpAddress(QStringLiteral("192.0.2.40/24"), m_server->ids(ObjectKind::Interface).first());
            session.addEdits(edits.edits());
            QCOMPARE(session.entryCount(), 3);
            QTRY_COMPARE(journalSize(), 3);

            // Offline: push says why and keeps everything.
            QSignalSpy errors(&session, &ChangeSetSession::errorOccurred);
            const qint64 writes = m_server->writeRequestCount();
            session.push();
            QCOMPARE(errors.size(), 1);
            QVERIFY(errors.first().first().toString().contains(QStringLiteral("kept")));
            QCOMPARE(session.entryState(0), State::Pending);
            QCOMPARE(m_server->writeRequestCount(), writes);
        }
        ChangeSetSession next(m_runner->storeAccess());
        QSignalSpy restored(&next, &ChangeSetSession::journalRestored);
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
        QTRY_COMPARE(field(next, 1, QStringLiteral("rack")).base, *synced);
        QCOMPARE(field(next, 1, QStringLiteral("rack")).local.toInteger(), 2);
        // The related objects' names are known: rack 2 is called by its name.
        auto rackName = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Rack, synced->toInteger(),
                                                       QStringLiteral("name"));
        QVERIFY(rackName.ok() && !rackName->toString().isEmpty());
        QCOMPARE(next.relatedName(QStringLiteral("rack"), synced->toInteger()), rackName->toString());
        auto localRack = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Rack, 2, QStringLiteral("name"));
        QCOMPARE(next.relatedName(QStringLiteral("rack"), 2), localRack->toString());
        QVERIFY(next.relatedName(QStringLiteral("serial"), 2).isEmpty());
        // Objects are named as the store knows them.
        auto name = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Device, 12, QStringLiteral("name"));
        QVERIFY(name.ok() && !name->toString().isEmpty());
        QCOMPARE(next.entry(1).label, name->toString());

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
        ChangeSetSession session(m_runner->storeAccess());
        QSignalSpy errors(&session, &ChangeSetSession::errorOccurred);
        QSignalSpy restored(&session, &ChangeSetSession::journalRestored);
        session.restoreJournal();
        QVERIFY(restored.wait(5000));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("hovercraft")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(!session.isJournalRestored());
        session.update(ObjectKind::Device, 6, {{QStringLiteral("serial"), QStringLiteral("Y")}});
        QCOMPARE(session.entryCount(), 1);
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

QTEST_GUILESS_MAIN(TestChangeSetSession)
#include "tst_changesetsession.moc"
