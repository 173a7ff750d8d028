// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

#include "models/jobs/jobfilterproxymodel.h"
#include "models/jobs/jobtablemodel.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/models/jobs/serviceundertest.h"
#include "widgets/jobs/diffhighlighter.h"
#include "widgets/jobs/jobdetailspane.h"
#include "widgets/jobs/jobsdock.h"

using namespace OpsDeck;
using namespace OpsDeck::Models;
using namespace OpsDeck::Widgets;
using Jobs::JobState;

/// The jobs dock driven by clicks against a real opsdeckd.
class TestJobsDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::ServiceUnderTest> m_service;
    std::unique_ptr<JobServiceConnection> m_connection;
    std::unique_ptr<JobsDock> m_dock;

    QString stateOf(const QString &id) const
    {
        const int row = m_dock->model()->rowOf(id);
        return row < 0 ? QString() : Jobs::toString(m_dock->model()->job(row).state);
    }

    /// Clicks the job's row and waits for its details.
    bool clickJob(const QString &id)
    {
        if (!QTest::qWaitFor([&] { return m_dock->model()->rowOf(id) >= 0; }, 10000))
            return false;
        const QModelIndex source = m_dock->model()->index(m_dock->model()->rowOf(id), JobTableModel::KindColumn);
        const QModelIndex index = m_dock->proxy()->mapFromSource(source);
        if (!index.isValid())
            return false;
        m_dock->view()->scrollTo(index);
        QSignalSpy shown(m_dock->details(), &JobDetailsPane::detailsShown);
        QTest::mouseClick(m_dock->view()->viewport(), Qt::LeftButton, {}, m_dock->view()->visualRect(index).center());
        return m_dock->details()->jobId() == id && (shown.count() > 0 || shown.wait(10000));
    }

    QString submitCommand(const QString &prefix, const QString &requester, const QString &site = QStringLiteral("lab"))
    {
        return m_service->submit(Jobs::Kind::sshCommand(),
                                 m_service->target(Test::ServiceUnderTest::uniqueDevice(prefix), site), requester,
                                 {{QStringLiteral("command"), QStringLiteral("show version")}});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("run"))));
        m_service = std::make_unique<Test::ServiceUnderTest>(m_dir.filePath(QStringLiteral("one")));
        QString error;
        QVERIFY2(m_service->start(&error), qPrintable(error));

        m_connection = std::make_unique<JobServiceConnection>();
        m_dock = std::make_unique<JobsDock>(nullptr);
        m_dock->setUserName(QStringLiteral("bob"));
        m_dock->setConnection(m_connection.get());
        m_dock->resize(1000, 700);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        m_connection->open({m_service->workspaceFolder(), m_service->workspaceId(), {}, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), JobServiceConnection::State::Connected, 10000);
        QTRY_VERIFY(m_dock->model()->isLoaded());
        QCOMPARE(m_dock->bannerText(), QString());
    }

    void approveByClick()
    {
        const QString id = submitCommand(QStringLiteral("dock-appr"), QStringLiteral("alice"));
        QTRY_COMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
        QVERIFY(clickJob(id));
        QPushButton *approve = m_dock->details()->approveButton();
        QTRY_VERIFY(approve->isEnabled());
        QVERIFY(m_dock->details()->cancelButton()->isEnabled());
        QCOMPARE(m_dock->details()->approvalText(), QStringLiteral("Needs 1 approval(s); none yet."));

        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Jobs::toString(JobState::Succeeded), 15000);
        QTRY_VERIFY(m_dock->details()->approvalText().startsWith(QStringLiteral("Approved by bob at ")));
        QVERIFY(m_dock->details()->approvalText().endsWith(QStringLiteral("(1 of 1).")));
        QTRY_VERIFY(!approve->isEnabled());
        QVERIFY(!m_dock->details()->cancelButton()->isEnabled());
        QCOMPARE(m_dock->details()->messageText(), QString());
        // The steps of the run arrived in the pane.
        QTRY_VERIFY(m_dock->details()->stepsView()->topLevelItemCount() >= 2);
    }

    void ownJobNeedsOtherApprovers()
    {
        const QString id = submitCommand(QStringLiteral("dock-two"), QStringLiteral("bob"), QStringLiteral("two-site"));
        QTRY_COMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
        QVERIFY(clickJob(id));
        QPushButton *approve = m_dock->details()->approveButton();
        QVERIFY(!approve->isEnabled());
        QCOMPARE(approve->toolTip(), QStringLiteral("This job needs two approvals by users other than its requester."));
        QVERIFY(m_dock->details()->cancelButton()->isEnabled());
    }

    void cancelByClick()
    {
        const QString id = submitCommand(QStringLiteral("dock-cx"), QStringLiteral("alice"));
        QTRY_COMPARE(stateOf(id), Jobs::toString(JobState::AwaitingApproval));
        QVERIFY(clickJob(id));
        QPushButton *cancel = m_dock->details()->cancelButton();
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Jobs::toString(JobState::Cancelled), 10000);
        QTRY_VERIFY(!cancel->isEnabled());
        QVERIFY(!m_dock->details()->approveButton()->isEnabled());

        // A stale request the service refuses is explained inline, in a sentence.
        m_dock->model()->approve(id);
        QTRY_VERIFY(!m_dock->details()->messageText().isEmpty());
        const QString message = m_dock->details()->messageText();
        QVERIFY2(message.startsWith(QStringLiteral("The approval was refused: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('{')));
    }

    void pushDiffIsShownColouredAndNotified()
    {
        QSignalSpy notified(m_dock.get(), &JobsDock::notification);
        const QString device = Test::ServiceUnderTest::uniqueDevice(QStringLiteral("dock-push"));
        const QString line = QStringLiteral("ntp server 203.0.113.%1").arg(QRandomGenerator::global()->bounded(1, 250));
        const QString id = m_service->submit(Jobs::Kind::sshPush(), m_service->target(device), QStringLiteral("bob"),
                                             {{QStringLiteral("lines"), QJsonArray{line}}, {QStringLiteral("dryRun"), true}},
                                             QStringLiteral("preview an NTP server"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Jobs::toString(JobState::Succeeded), 15000);
        QVERIFY(clickJob(id));
        QPlainTextEdit *diff = m_dock->details()->diffView();
        QTRY_VERIFY(diff->toPlainText().contains(QStringLiteral("\n+") + line + QLatin1Char('\n')));
        QVERIFY(diff->toPlainText().startsWith(QStringLiteral("# dry-run diff for ") + device));

        // The added line is painted in the "added" colour.
        QTextBlock block = diff->document()->firstBlock();
        while (block.isValid() && block.text() != QStringLiteral("+") + line)
            block = block.next();
        QVERIFY(block.isValid());
        QCOMPARE(DiffHighlighter::classify(block.text()), DiffHighlighter::LineKind::Added);
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QVERIFY(!formats.isEmpty());
        QCOMPARE(formats.constFirst().format.foreground().color(), QColor(0x2e, 0xa0, 0x43));

        // Bob submitted it: he is told that it ended.
        QTRY_COMPARE(notified.count(), 1);
        const QString message = notified.at(0).at(0).toString();
        QVERIFY2(message == QStringLiteral("Config push on %1 succeeded.").arg(device), qPrintable(message));
        QCOMPARE(m_dock->lastNotification(), message);
    }

    void filtersNarrowTheList()
    {
        const QString device = Test::ServiceUnderTest::uniqueDevice(QStringLiteral("dock-find"));
        const QString id = m_service->submit(Jobs::Kind::sshCommand(), m_service->target(device), QStringLiteral("carol"),
                                             {{QStringLiteral("command"), QStringLiteral("show version")}});
        QTRY_VERIFY(m_dock->model()->rowOf(id) >= 0);
        QAbstractItemModel *shown = m_dock->view()->model();
        const int all = m_dock->model()->rowCount();
        QCOMPARE(shown->rowCount(), all);

        QTest::keyClicks(m_dock->textFilter(), device);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(JobTableModel::JobIdRole).toString(), id);
        m_dock->textFilter()->clear();
        QCOMPARE(shown->rowCount(), all);

        m_dock->stateFilter()->setCurrentIndex(m_dock->stateFilter()->findText(QStringLiteral("Cancelled or interrupted")));
        QCOMPARE(shown->rowCount(), 1); // the job cancelled above
        QCOMPARE(shown->index(0, 0).data(JobTableModel::StateRole).toInt(), int(JobState::Cancelled));
        m_dock->stateFilter()->setCurrentIndex(0);

        m_dock->kindFilter()->setCurrentIndex(m_dock->kindFilter()->findData(Jobs::Kind::sshPush()));
        QCOMPARE(shown->rowCount(), 1);
        m_dock->kindFilter()->setCurrentIndex(0);

        QTest::mouseClick(m_dock->mineFilter(), Qt::LeftButton);
        QVERIFY(m_dock->mineFilter()->isChecked());
        QCOMPARE(shown->rowCount(), 2); // bob's two-site job and his push
        for (int r = 0; r < shown->rowCount(); ++r)
            QCOMPARE(shown->index(r, 0).data(JobTableModel::RequesterRole).toString(), QStringLiteral("bob"));
        QTest::mouseClick(m_dock->mineFilter(), Qt::LeftButton);
        QCOMPARE(shown->rowCount(), all);
    }

    void unreachableServiceIsShownAndRetried()
    {
        const QString socket = m_dir.filePath(QStringLiteral("run/later.sock"));
        Test::ServiceUnderTest later(m_dir.filePath(QStringLiteral("two")));
        JobServiceConnection connection;
        connection.setRetryInterval(300);
        JobsDock dock(nullptr);
        dock.setConnection(&connection);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        connection.open({m_service->workspaceFolder(), m_service->workspaceId(), socket, false, {}});
        QTRY_VERIFY_WITH_TIMEOUT(dock.bannerText().startsWith(QStringLiteral("The OpsDeck service cannot be reached")), 10000);
        QVERIFY2(dock.bannerText().contains(QStringLiteral("Retrying in")), qPrintable(dock.bannerText()));
        QCOMPARE(dock.model()->rowCount(), 0);

        // The service comes up on that socket: the dock connects by itself.
        QString error;
        QVERIFY2(later.start(&error, socket), qPrintable(error));
        const QString id = later.submit(Jobs::Kind::sshCommand(), later.target(QStringLiteral("late-sw01")),
                                        QStringLiteral("alice"), {{QStringLiteral("command"), QStringLiteral("show version")}});
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Connected, 10000);
        QTRY_COMPARE(dock.bannerText(), QString());
        QTRY_VERIFY(dock.model()->rowOf(id) >= 0);
        connection.setRetryInterval(5000);
        later.stop();
        QTRY_VERIFY_WITH_TIMEOUT(dock.bannerText().contains(QStringLiteral("the connection was lost")), 10000);
    }

    void cleanupTestCase()
    {
        m_dock.reset();
        m_connection.reset();
        if (m_service)
            m_service->stop();
    }
};

QTEST_MAIN(TestJobsDock)
#include "tst_jobsdock.moc"
