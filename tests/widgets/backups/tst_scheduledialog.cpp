// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The backup schedule editor against a real BackupScheduler and JobEngine
// behind a real IpcServer, on a real workspace: adding a schedule through
// the form, a duplicate name refused before anything is written, saving
// (the file and the service's reload), the next due time the service
// reports, Run Now with its failed devices in the runs list, and a file
// changed behind the editor's back.
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/service/backupscheduler.h"
#include "backend/workspace/workspace.h"
#include "models/session/backups/schedulesession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/app/seedstore.h"
#include "widgets/backups/scheduledialog.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Widgets::ScheduleDialog;

namespace {

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

Workspace::BackupsConfig fileSchedules(const QString &folder)
{
    auto ws = Workspace::Workspace::open(folder);
    return ws ? ws->workspaceConfig().backups : Workspace::BackupsConfig{};
}

} // namespace

class TestScheduleDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_s)));
        m_folder = m_dir.filePath(u"ws"_s);
        auto ws = Workspace::Workspace::create(m_folder, u"Backups"_s, m_dir.filePath(u"user"_s));
        QVERIFY(ws.ok());
        // Two devices of Site A where nothing listens for SSH, one of Site B.
        const QList<Test::SeedSite> sites{{1, u"Site A"_s, u"site-a"_s}, {2, u"Site B"_s, u"site-b"_s}};
        const QList<Test::SeedDevice> devices{
            {1, u"a1"_s, u"127.0.0.2/8"_s, 1}, {2, u"a2"_s, u"127.0.0.2/8"_s, 1}, {3, u"b1"_s, u"127.0.0.2/8"_s, 2}};
        QVERIFY(Test::seedDevices(ws->storePath(), devices, sites));

        auto token = Ipc::IpcPaths::token(true);
        QVERIFY(token.ok());
        m_server = std::make_unique<Ipc::IpcServer>(*token);
        QVERIFY(m_server->listen(m_dir.filePath(u"backups.sock"_s)).ok());
        auto engine = Jobs::JobEngine::create(ws->storePath(), Jobs::JobEngineOptions{});
        QVERIFY(engine.ok());
        m_engine = std::move(*engine);
        QVERIFY(m_engine->start().ok());
        m_scheduler = std::make_unique<Service::BackupScheduler>(m_engine.get(), m_server.get());
        Service::BackupSchedulerSettings settings;
        settings.storePath = ws->storePath();
        settings.historyPath = m_dir.filePath(u"backup-runs.json"_s);
        settings.config = [folder = m_folder]() -> Result<Workspace::BackupsConfig> {
            auto opened = Workspace::Workspace::open(folder);
            if (!opened)
                return opened.error();
            return opened->workspaceConfig().backups;
        };
        QVERIFY(m_scheduler->start(settings).ok());
        // workspace.reload as opsdeckd answers it for the backups.
        m_server->registerMethod(u"workspace.reload"_s, [this](const QJsonObject &, const QString &) {
            const Status st = m_scheduler->reload();
            return Result<QJsonValue>(QJsonObject{{u"backups"_s, st ? u"ok"_s : st.error().detail}});
        });
        m_endpoint.socketName = m_server->socketName();
        m_endpoint.startService = false;
    }

    void cleanupTestCase()
    {
        m_scheduler.reset();
        m_engine.reset();
        m_server.reset();
    }

    void addSaveAndRun()
    {
        Models::JobServiceConnection connection;
        Models::ScheduleSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Models::JobServiceConnection::State::Connected, 10000);
        ScheduleDialog dialog(&session, m_folder);
        QSignalSpy states(&dialog, &ScheduleDialog::statesShown);
        QSignalSpy runs(&dialog, &ScheduleDialog::runsShown);
        dialog.setScopeChoices({u"Site A"_s, u"Site B"_s}, {u"leaf"_s}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *add = dialog.findChild<QPushButton *>(u"&Add"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(u"No backups are scheduled yet"_s), 10000);
        QVERIFY(!dialog.saveButton()->isEnabled());

        // Add, then fill the form as a user would.
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        add = *std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text() == u"&Add"_s; });
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.scheduleList()->topLevelItemCount(), 1);
        retype(dialog.findChild<QLineEdit *>(u"scheduleName"_s), u"dc-a"_s);
        auto *site = dialog.findChild<QComboBox *>(u"scheduleSite"_s);
        site->setCurrentIndex(site->findText(u"Site A"_s));
        // No retries: a failed device is reported at once.
        for (QSpinBox *spin : dialog.findChildren<QSpinBox *>()) {
            if (spin->maximum() == 10)
                spin->setValue(0);
        }
        QCOMPARE(dialog.schedules().schedules.size(), 1);
        const Workspace::BackupSchedule &edited = dialog.schedules().schedules.first();
        QCOMPARE(edited.name, u"dc-a"_s);
        QCOMPARE(edited.site, u"Site A"_s);
        QCOMPARE(edited.at, u"02:00"_s);
        QCOMPARE(edited.retries, 0);
        QCOMPARE(dialog.scheduleList()->topLevelItem(0)->text(1), u"site Site A"_s);
        QCOMPARE(dialog.scheduleList()->topLevelItem(0)->text(3), u"after Save"_s);

        // A second schedule with the same name is refused before anything is written.
        QTest::mouseClick(add, Qt::LeftButton);
        retype(dialog.findChild<QLineEdit *>(u"scheduleName"_s), u"dc-a"_s);
        QVERIFY2(dialog.statusText().contains(u"dc-a"_s), qPrintable(dialog.statusText()));
        dialog.save();
        QTest::qWait(200);
        QVERIFY(fileSchedules(m_folder).schedules.isEmpty());
        dialog.removeSchedule();
        QCOMPARE(dialog.schedules().schedules.size(), 1);

        // Save: the file has it and the service runs it.
        QSignalSpy saved(&session, &Models::ScheduleSession::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QCOMPARE(fileSchedules(m_folder).schedules.size(), 1);
        QCOMPARE(fileSchedules(m_folder).schedules.first().site, u"Site A"_s);
        QVERIFY(m_scheduler->config().schedule(u"dc-a"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.scheduleList()->topLevelItem(0)->text(3).isEmpty() &&
                                     dialog.scheduleList()->topLevelItem(0)->text(3) != u"after Save"_s,
                                 10000);
        QVERIFY(!dialog.isModified());

        // Run Now: both Site A devices fail (nothing listens), and say so.
        dialog.selectSchedule(0);
        QTRY_VERIFY(dialog.runNowButton()->isEnabled());
        QSignalSpy finished(m_scheduler.get(), &Service::BackupScheduler::runFinished);
        QTest::mouseClick(dialog.runNowButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        session.requestRuns(u"dc-a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.runList()->topLevelItemCount() == 1 && dialog.runList()->topLevelItem(0)->text(5) == u"2"_s, 10000);
        QTreeWidgetItem *run = dialog.runList()->topLevelItem(0);
        QCOMPARE(run->text(1), u"manual"_s);
        QCOMPARE(run->text(2), u"2"_s);
        QCOMPARE(run->childCount(), 2);
        QVERIFY(run->child(0)->text(0).startsWith(u"a1: "_s));
        QVERIFY(run->child(1)->text(0).startsWith(u"a2: "_s));
    }

    void fileChangedBehindTheEditor()
    {
        Models::ScheduleSession session(nullptr);
        ScheduleDialog dialog(&session, m_folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.scheduleList()->topLevelItemCount(), 1, 10000);
        // Someone else (opsdeck-cli schedule set) changes the file meanwhile.
        {
            auto ws = Workspace::Workspace::open(m_folder);
            QVERIFY(ws.ok());
            Workspace::WorkspaceConfig config = ws->workspaceConfig();
            config.backups.schedules.first().retries = 5;
            QVERIFY(ws->setWorkspaceConfig(config).ok());
            QVERIFY(ws->save().ok());
        }
        dialog.selectSchedule(0);
        dialog.findChild<QSpinBox *>()->setValue(30); // the interval: every 30 minutes
        auto *every = dialog.findChild<QRadioButton *>();
        every->setChecked(true);
        QVERIFY(dialog.isModified());
        QSignalSpy failed(&session, &Models::ScheduleSession::saveFailed);
        dialog.save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::Conflict);
        QVERIFY(dialog.statusText().contains(u"changed since they were read"_s));
        // The edits stay, the other change too.
        QVERIFY(dialog.isModified());
        QCOMPARE(dialog.schedules().schedules.first().everyMinutes, 30);
        QCOMPARE(fileSchedules(m_folder).schedules.first().retries, 5);
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Jobs::JobEngine> m_engine;
    std::unique_ptr<Service::BackupScheduler> m_scheduler;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
