// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "models/changeset/changesetmodel.h"
#include "models/session/changeset/changesetsession.h"
#include "tests/fixtures/netbox/fixturerunner.h"
#include "widgets/changeset/changesetpanel.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using Models::ChangeSetModel;
using Models::ChangeSetSession;
using State = ChangeSetSession::EntryState;
using Test::NetBoxFixtureServer;

class TestChangeSetPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conflictSideBySideAndPushWritesOthers();

private:
    QPushButton *button(const char *name) const
    {
        return m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QString cell(int entry, int field, int column) const
    {
        const QModelIndex parent = m_panel->model()->index(entry, 0);
        return m_panel->model()->index(field, column, parent).data().toString();
    }
    void select(int entry)
    {
        QTreeView *view = m_panel->view();
        const QRect rect = view->visualRect(m_panel->model()->index(entry, 0));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_panel->selectedEntry(), entry);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<NetBoxFixtureServer> m_server;
    std::unique_ptr<NetBox::NetBoxRunner> m_runner;
    std::unique_ptr<ChangeSetSession> m_session;
    std::unique_ptr<Widgets::ChangeSetPanel> m_panel;
};

void TestChangeSetPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<NetBoxFixtureServer>();
    const Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    m_runner = Test::fixtureRunner(*m_server, m_dir.filePath(QStringLiteral("store.sqlite")));
    const Status synced = Test::fullSyncThrough(*m_runner);
    QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
    m_session = std::make_unique<ChangeSetSession>(m_runner->storeAccess());
    m_session->setRunner(m_runner.get());
    m_panel = std::make_unique<Widgets::ChangeSetPanel>(m_session.get());
    m_panel->resize(1000, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

// Three edited objects, one of them changed in NetBox after the sync: the
// push writes exactly the other two, the conflict shows local, remote and
// base side by side, and only an explicit choice overwrites NetBox.
void TestChangeSetPanel::conflictSideBySideAndPushWritesOthers()
{
    const QString serial = QStringLiteral("serial");
    const QString serial3 = m_server->object(ObjectKind::Device, 3).value(serial).toString();
    const QString serial4 = m_server->object(ObjectKind::Device, 4).value(serial).toString();
    const QJsonObject iface = m_server->object(ObjectKind::Interface, 7);
    m_session->update(ObjectKind::Device, 3, {{serial, QStringLiteral("LOCAL-3")}});
    m_session->update(ObjectKind::Device, 4, {{serial, QStringLiteral("LOCAL-4")}});
    m_session->update(ObjectKind::Interface, 7, {{QStringLiteral("description"), QStringLiteral("to core")}});
    QCOMPARE(m_session->entryCount(), 3);
    // Diffed against the synced values.
    QTRY_COMPARE(cell(0, 0, ChangeSetModel::BaseColumn), serial3);
    QTRY_COMPARE(cell(2, 0, ChangeSetModel::BaseColumn), iface.value(QStringLiteral("description")).toString());
    QCOMPARE(cell(0, 0, ChangeSetModel::ObjectColumn), serial);
    QCOMPARE(cell(0, 0, ChangeSetModel::LocalColumn), QStringLiteral("LOCAL-3"));
    QCOMPARE(cell(0, 0, ChangeSetModel::StatusColumn), QStringLiteral("changed"));

    // Someone changes device 4 in NetBox after the sync.
    QVERIFY(m_server->updateObject(ObjectKind::Device, 4, {{serial, QStringLiteral("REMOTE-4")}}).ok());
    const QString remoteUpdated4 = m_server->object(ObjectKind::Device, 4).value(QStringLiteral("last_updated")).toString();
    m_server->clearRequestLog();
    const qint64 writesBefore = m_server->writeRequestCount();

    QSignalSpy pushed(m_session.get(), &ChangeSetSession::pushFinished);
    QVERIFY(button("pushButton")->isEnabled());
    QTest::mouseClick(button("pushButton"), Qt::LeftButton);
    QVERIFY(pushed.wait(15000));
    QCOMPARE(pushed.at(0).at(0).toInt(), 2); // written
    QCOMPARE(pushed.at(0).at(1).toInt(), 1); // conflicts
    QCOMPARE(pushed.at(0).at(2).toInt(), 0); // failed
    QCOMPARE(m_session->entryState(0), State::Written);
    QCOMPARE(m_session->entryState(1), State::Conflict);
    QCOMPARE(m_session->entryState(2), State::Written);

    // Side by side: mine, theirs, the base.
    QCOMPARE(cell(1, 0, ChangeSetModel::LocalColumn), QStringLiteral("LOCAL-4"));
    QCOMPARE(cell(1, 0, ChangeSetModel::RemoteColumn), QStringLiteral("REMOTE-4"));
    QCOMPARE(cell(1, 0, ChangeSetModel::BaseColumn), serial4);
    QVERIFY(m_panel->view()->isExpanded(m_panel->model()->index(1, 0)));
    const QString status = m_panel->model()->index(1, ChangeSetModel::StatusColumn).data().toString();
    QVERIFY(status.startsWith(QStringLiteral("Conflict")));

    // NetBox got exactly the two others; device 4 kept the remote value.
    QCOMPARE(m_server->object(ObjectKind::Device, 3).value(serial).toString(), QStringLiteral("LOCAL-3"));
    QCOMPARE(m_server->object(ObjectKind::Interface, 7).value(QStringLiteral("description")).toString(),
             QStringLiteral("to core"));
    QCOMPARE(m_server->object(ObjectKind::Device, 4).value(serial).toString(), QStringLiteral("REMOTE-4"));
    QCOMPARE(m_server->object(ObjectKind::Device, 4).value(QStringLiteral("last_updated")).toString(), remoteUpdated4);
    // On 4.6 the PATCH of device 4 carried the synced ETag and NetBox
    // refused it (412); the two others went out.
    QStringList writes;
    for (const QString &line : m_server->requestLog()) {
        if (!line.startsWith(QLatin1String("GET ")))
            writes << line;
    }
    QCOMPARE(m_server->writeRequestCount() - writesBefore, qint64(writes.size()));
    QCOMPARE(writes.filter(QStringLiteral("/api/dcim/devices/3/")).size(), 1);
    QCOMPARE(writes.filter(QStringLiteral("/api/dcim/interfaces/7/")).size(), 1);

    // Nothing is overwritten by a second push without a choice.
    QVERIFY(!button("pushButton")->isEnabled());
    select(0);
    QVERIFY(!button("keepMineButton")->isEnabled());
    select(1);
    QVERIFY(button("keepMineButton")->isEnabled());
    QVERIFY(button("takeTheirsButton")->isEnabled());

    // Keep mine: NetBox's version becomes the base, the edit goes out again.
    QSignalSpy busy(m_session.get(), &ChangeSetSession::busyChanged);
    QTest::mouseClick(button("keepMineButton"), Qt::LeftButton);
    QTRY_COMPARE(m_session->entryState(1), State::KeepMine);
    QCOMPARE(cell(1, 0, ChangeSetModel::BaseColumn), QStringLiteral("REMOTE-4"));
    QTRY_VERIFY(button("pushButton")->isEnabled());
    QTest::mouseClick(button("pushButton"), Qt::LeftButton);
    QVERIFY(pushed.wait(15000));
    QCOMPARE(pushed.at(1).at(0).toInt(), 1);
    QCOMPARE(m_session->entryState(1), State::Written);
    QCOMPARE(m_server->object(ObjectKind::Device, 4).value(serial).toString(), QStringLiteral("LOCAL-4"));

    QTest::mouseClick(button("clearFinishedButton"), Qt::LeftButton);
    QCOMPARE(m_session->entryCount(), 0);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("changeSetSummary"))->text().contains(QStringLiteral("No pending")));
}

QTEST_MAIN(TestChangeSetPanel)
#include "tst_changesetpanel.moc"
