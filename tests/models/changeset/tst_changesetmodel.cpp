// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/store/store.h"
#include "models/changeset/changesetmodel.h"
#include "models/session/changeset/changesetsession.h"
#include "tests/fixtures/netbox/fixturerunner.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using Models::ChangeSetModel;
using Models::ChangeSetSession;
using Test::NetBoxFixtureServer;

// ChangeSetModel shows a ChangeSetSession: the model tester follows every
// change the session makes, and the texts say what each row is.
class TestChangeSetModel : public QObject
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

    // Per-object outcomes (a written update, a create NetBox rejects, an
    // object deleted in NetBox since the sync) under the model tester.
    void outcomesPerObject()
    {
        ChangeSetSession session(m_runner->storeAccess());
        session.setRunner(m_runner.get());
        ChangeSetModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 goneCable = m_server->ids(ObjectKind::Cable).constLast();
        session.update(ObjectKind::Device, 8, {{QStringLiteral("asset_tag"), QStringLiteral("AT-8")}});
        session.update(ObjectKind::Device, 8, {{QStringLiteral("serial"), QStringLiteral("S-8")}}); // merges
        session.create(ObjectKind::Device, {{QStringLiteral("name"), QStringLiteral("no-type")}});
        session.update(ObjectKind::Cable, goneCable, {{QStringLiteral("label"), QStringLiteral("x")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.index(1, ChangeSetModel::ObjectColumn).data().toString(), QStringLiteral("new device no-type"));
        QCOMPARE(model.index(1, 0).data(ChangeSetModel::KindRole).toInt(), int(ObjectKind::Device));
        QVERIFY(m_server->deleteObject(ObjectKind::Cable, goneCable).ok());

        QSignalSpy pushed(&session, &ChangeSetSession::pushFinished);
        session.push();
        QCOMPARE(model.index(0, ChangeSetModel::StatusColumn).data().toString(), QStringLiteral("Pushing"));
        QVERIFY(pushed.wait(15000));
        QCOMPARE(model.index(0, 0).data(ChangeSetModel::EntryStateRole).toInt(),
                 int(ChangeSetSession::EntryState::Written));
        // The failure names the cause.
        const QString failure = model.index(1, ChangeSetModel::StatusColumn).data().toString();
        QVERIFY2(failure.startsWith(QStringLiteral("Failed: ")) && failure.size() > 10, qPrintable(failure));
        QVERIFY(model.index(1, ChangeSetModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(2, ChangeSetModel::StatusColumn).data().toString().contains(QStringLiteral("deleted")));

        QVERIFY(session.resolve(2, ChangeSetSession::Resolution::TakeTheirs));
        QCOMPARE(model.index(2, ChangeSetModel::StatusColumn).data().toString(),
                 QStringLiteral("Took NetBox's version"));
        session.clearFinished();
        QCOMPARE(model.rowCount(), 1);
        session.removeEntry(0);
        QCOMPARE(model.rowCount(), 0);
    }

    // A conflict shows mine, theirs and the base side by side; taking theirs
    // makes NetBox's value the base.
    void conflictSideBySide()
    {
        ChangeSetSession session(m_runner->storeAccess());
        session.setRunner(m_runner.get());
        ChangeSetModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.update(ObjectKind::Rack, 2, {{QStringLiteral("description"), QStringLiteral("mine")}});
        QVERIFY(m_server->updateObject(ObjectKind::Rack, 2, {{QStringLiteral("description"), QStringLiteral("theirs")}})
                    .ok());
        QSignalSpy pushed(&session, &ChangeSetSession::pushFinished);
        session.push();
        QVERIFY(pushed.wait(15000));
        const QModelIndex rack = model.index(0, 0);
        QCOMPARE(model.index(0, ChangeSetModel::ObjectColumn, rack).data().toString(), QStringLiteral("description"));
        QCOMPARE(model.index(0, ChangeSetModel::LocalColumn, rack).data().toString(), QStringLiteral("mine"));
        QCOMPARE(model.index(0, ChangeSetModel::RemoteColumn, rack).data().toString(), QStringLiteral("theirs"));
        QCOMPARE(model.index(0, ChangeSetModel::StatusColumn, rack).data().toString(),
                 QStringLiteral("changed in NetBox"));
        QCOMPARE(model.index(0, ChangeSetModel::RemoteColumn, rack).data(ChangeSetModel::ValueRole).toString(),
                 QStringLiteral("theirs"));
        QVERIFY(session.resolve(0, ChangeSetSession::Resolution::TakeTheirs));
        QTRY_COMPARE(model.index(0, ChangeSetModel::BaseColumn, rack).data().toString(), QStringLiteral("theirs"));
    }

    // Objects are called by the names the store has for them, and ids of
    // related objects show with their names.
    void namesFromTheStore()
    {
        auto reader = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(reader.ok());
        ChangeSetSession session(m_runner->storeAccess());
        ChangeSetModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NetBox::ChangeSet edits;
        edits.placeDevice(12, 2, 10, QStringLiteral("front"));
        edits.assignIpAddress(QStringLiteral("192.0.2.41/24"), m_server->ids(ObjectKind::Interface).first());
        session.addEdits(edits.edits());
        QCOMPARE(model.rowCount(), 2);

        auto synced = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Device, 12, QStringLiteral("rack"));
        QVERIFY(synced.ok());
        const QModelIndex device = model.index(0, 0);
        int rackRow = -1;
        for (int r = 0; r < model.rowCount(device); ++r) {
            if (model.index(r, ChangeSetModel::ObjectColumn, device).data().toString() == QLatin1String("rack"))
                rackRow = r;
        }
        QVERIFY(rackRow >= 0);
        auto rackName = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Rack, synced->toInteger(),
                                                       QStringLiteral("name"));
        QVERIFY(rackName.ok() && !rackName->toString().isEmpty());
        QTRY_COMPARE(model.index(rackRow, ChangeSetModel::BaseColumn, device).data().toString(),
                     QStringLiteral("%1 (#%2)").arg(rackName->toString()).arg(synced->toInteger()));
        auto localRack = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Rack, 2, QStringLiteral("name"));
        QCOMPARE(model.index(rackRow, ChangeSetModel::LocalColumn, device).data().toString(),
                 QStringLiteral("%1 (#2)").arg(localRack->toString()));
        auto name = NetBox::ChangeSet::syncedValue(**reader, ObjectKind::Device, 12, QStringLiteral("name"));
        QVERIFY(name.ok() && !name->toString().isEmpty());
        QCOMPARE(device.data().toString(), QStringLiteral("device %1 (#12)").arg(name->toString()));
        QCOMPARE(model.index(1, ChangeSetModel::ObjectColumn).data().toString(),
                 QStringLiteral("new ip-address 192.0.2.41/24"));
    }

    // A model whose session is gone shows nothing.
    void sessionDestroyed()
    {
        auto session = std::make_unique<ChangeSetSession>(Store::Access());
        ChangeSetModel model(session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session->create(ObjectKind::Device, {{QStringLiteral("name"), QStringLiteral("gone")}});
        QCOMPARE(model.rowCount(), 1);
        session.reset();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }

    void valueTexts()
    {
        QCOMPARE(ChangeSetModel::valueText(QJsonValue(QJsonValue::Undefined)), QString());
        QCOMPARE(ChangeSetModel::valueText(QJsonValue(QJsonValue::Null)), QStringLiteral("(empty)"));
        QCOMPARE(ChangeSetModel::valueText(true), QStringLiteral("yes"));
        QCOMPARE(ChangeSetModel::valueText(42.0), QStringLiteral("42"));
        QCOMPARE(ChangeSetModel::valueText(2.5), QStringLiteral("2.5"));
        QCOMPARE(ChangeSetModel::valueText(QJsonArray{1, 2}), QStringLiteral("[1,2]"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NetBoxFixtureServer> m_server;
    std::unique_ptr<NetBox::NetBoxRunner> m_runner;
};

QTEST_GUILESS_MAIN(TestChangeSetModel)
#include "tst_changesetmodel.moc"
