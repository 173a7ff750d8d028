// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/store/store.h"
#include "models/session/sync/netboxsyncsource.h"
#include "models/sync/syncprogressmodel.h"
#include "tests/fixtures/netbox/fixturerunner.h"
#include "widgets/sync/syncpanel.h"
#include "widgets/sync/syncstatuswidget.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using Models::NetBoxSyncSource;
using Models::SyncProgressModel;
using Models::SyncSource;
using Test::NetBoxFixtureServer;

class TestSyncPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSyncShowsEndpointsAndCompletes();
    void cancelStopsRun();
    void statusSaysOfflineWhenServerStops();

private:
    QPushButton *button(const char *name) const
    {
        return m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<NetBoxFixtureServer> m_server;
    std::unique_ptr<NetBox::NetBoxRunner> m_runner;
    std::unique_ptr<NetBoxSyncSource> m_source;
    std::unique_ptr<Widgets::SyncPanel> m_panel;
    std::unique_ptr<Widgets::SyncStatusWidget> m_status;
};

void TestSyncPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<NetBoxFixtureServer>();
    const Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    m_runner = Test::fixtureRunner(*m_server, m_dir.filePath(QStringLiteral("store.sqlite")));
    m_source = std::make_unique<NetBoxSyncSource>(m_runner.get(), QStringLiteral("lab"));
    m_source->setProbeInterval(0);
    m_panel = std::make_unique<Widgets::SyncPanel>(m_source.get());
    m_status = std::make_unique<Widgets::SyncStatusWidget>(m_source.get());
    m_panel->resize(900, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_COMPARE(m_source->reachability(), SyncSource::Reachability::Online);
    QVERIFY(!m_source->lastSync().isValid());
    QVERIFY2(m_status->text().contains(QStringLiteral("never synced")), qPrintable(m_status->text()));
}

void TestSyncPanel::cleanupTestCase()
{
    m_status.reset();
    m_panel.reset();
    m_source.reset();
    m_runner.reset();
    m_server.reset();
}

// A full run shows every endpoint with its objects, ends with every row
// done and the workspace's last sync time set.
void TestSyncPanel::fullSyncShowsEndpointsAndCompletes()
{
    SyncProgressModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), int(Domain::allKinds().size()));
    QSignalSpy steps(m_source.get(), &SyncSource::progressed);
    QSignalSpy finished(m_source.get(), &SyncSource::finished);
    QSet<QString> seenRunning;
    QObject watching;
    connect(model, &SyncProgressModel::dataChanged, &watching, [&](const QModelIndex &from) {
        if (model->rowState(from.row()) == SyncProgressModel::RowState::Running)
            seenRunning << model->index(from.row(), SyncProgressModel::EndpointColumn).data().toString();
    });

    QTest::mouseClick(button("startFullButton"), Qt::LeftButton);
    QVERIFY(!button("startFullButton")->isEnabled());
    QVERIFY(button("cancelButton")->isEnabled());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<SyncSource::State>(), SyncSource::State::Succeeded);

    // Every endpoint was shown while it ran, and is done now.
    for (const Domain::KindInfo &info : Domain::allKinds())
        QVERIFY2(seenRunning.contains(info.endpoint), qPrintable(info.endpoint));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rowState(row), SyncProgressModel::RowState::Done);
    const int devices = model->rowOf(QStringLiteral("dcim/devices"));
    QVERIFY(devices >= 0);
    const qint64 expected = m_server->count(ObjectKind::Device);
    QCOMPARE(model->index(devices, 0).data(SyncProgressModel::ObjectsRole).toLongLong(), expected);
    QCOMPARE(model->index(devices, 0).data(SyncProgressModel::TotalRole).toLongLong(), expected);
    QVERIFY(model->index(devices, 0).data(SyncProgressModel::BytesRole).toLongLong() > 0);
    QVERIFY(!steps.isEmpty());

    // Last sync time and staleness per workspace, in the panel and the status line.
    QTRY_VERIFY(m_source->lastSync().isValid());
    QVERIFY(!m_source->isStale());
    auto *lastSync = m_panel->findChild<QLabel *>(QStringLiteral("lastSyncLabel"));
    QVERIFY2(lastSync->text().contains(QStringLiteral("synced")) && !lastSync->text().contains(QStringLiteral("never")),
             qPrintable(lastSync->text()));
    QVERIFY2(m_status->text().startsWith(QStringLiteral("NetBox: synced")), qPrintable(m_status->text()));
    QVERIFY(button("startFullButton")->isEnabled());
    QVERIFY(!button("cancelButton")->isEnabled());

    // The store really holds the estate.
    auto store = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store.ok());
    QCOMPARE(*(*store)->count(ObjectKind::Device), expected);
}

// Cancel stops a slow run: the row being fetched says so, and the store
// keeps the state of the last sync.
void TestSyncPanel::cancelStopsRun()
{
    const QDateTime lastSync = m_source->lastSync();
    QVERIFY(m_server->updateObject(ObjectKind::Device, 5, {{QStringLiteral("serial"), QStringLiteral("NOT-YET")}}).ok());
    Test::NetBoxFixtureFaults faults;
    faults.latencyMs = 300;
    m_server->setFaults(faults);
    QSignalSpy steps(m_source.get(), &SyncSource::progressed);
    QSignalSpy finished(m_source.get(), &SyncSource::finished);

    QTest::mouseClick(button("startFullButton"), Qt::LeftButton);
    QVERIFY(steps.wait(10000));
    QTest::mouseClick(button("cancelButton"), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    m_server->setFaults({});
    QCOMPARE(finished.at(0).at(0).value<SyncSource::State>(), SyncSource::State::Cancelled);

    SyncProgressModel *model = m_panel->model();
    int cancelled = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowState(row) == SyncProgressModel::RowState::Cancelled)
            cancelled = row;
    }
    QVERIFY(cancelled >= 0);
    for (int row = cancelled + 1; row < model->rowCount(); ++row)
        QCOMPARE(model->rowState(row), SyncProgressModel::RowState::Waiting);
    QVERIFY(m_source->stateText().contains(QStringLiteral("cancelled")));
    QCOMPARE(m_source->lastSync(), lastSync);
    auto store = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store.ok());
    QVERIFY((*store)->row(ObjectKind::Device, 5)->at(6).toString() != QLatin1String("NOT-YET"));
}

// With the server gone the status line says the console works offline.
void TestSyncPanel::statusSaysOfflineWhenServerStops()
{
    QCOMPARE(m_source->reachability(), SyncSource::Reachability::Online);
    QVERIFY(!m_status->text().contains(QStringLiteral("offline")));
    m_server.reset();
    QSignalSpy reachability(m_source.get(), &SyncSource::reachabilityChanged);
    m_source->checkReachability();
    QVERIFY(reachability.wait(10000));
    QCOMPARE(m_source->reachability(), SyncSource::Reachability::Offline);
    QVERIFY2(m_status->text().contains(QStringLiteral("offline — working from the local store")),
             qPrintable(m_status->text()));
    auto *state = m_panel->findChild<QLabel *>(QStringLiteral("syncStateLabel"));
    QVERIFY2(state->text().contains(QStringLiteral("Offline")), qPrintable(state->text()));

    // A sync attempt fails as offline too, and leaves the last sync time.
    const QDateTime lastSync = m_source->lastSync();
    QSignalSpy finished(m_source.get(), &SyncSource::finished);
    QTest::mouseClick(button("startIncrementalButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<SyncSource::State>(), SyncSource::State::Failed);
    QVERIFY(m_status->text().contains(QStringLiteral("offline")));
    QCOMPARE(m_source->lastSync(), lastSync);
}

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
