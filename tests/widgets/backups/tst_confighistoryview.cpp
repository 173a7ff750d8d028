// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The configuration history tab against a real JobService on a local socket
// holding versions stored in its job store: the versions with their line
// counts, the latest one's differences and configuration, two versions
// picked with the mouse, coloured added and removed lines, export, a device
// without backups and no service.
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

#include "models/backups/sidebysidediffmodel.h"
#include "models/session/backups/confighistorysession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/models/session/backups/backupserviceundertest.h"
#include "widgets/backups/confighistoryview.h"
#include "widgets/backups/configsearchview.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::ConfigHistorySession;
using Models::JobServiceConnection;
using Widgets::ConfigHistoryView;

namespace {

const QString kFirst = u"hostname core-1\ninterface Gi0/1\n description uplink\n shutdown\nntp server 10.0.0.1\n"_s;
const QString kSecond = u"hostname core-1\ninterface Gi0/1\n description uplink to dist-2\nntp server 10.0.0.1\n"
                        u"ntp server 10.0.0.2\nlogging host 10.0.0.9\n"_s;
const QString kThird = u"hostname core-1\ninterface Gi0/1\n description uplink to dist-2\nntp server 10.0.0.2\n"
                       u"logging host 10.0.0.9\n"_s;

/// The lines of @p view that start with @p prefix (file headers left out),
/// with the background the highlighter gave each.
QList<QPair<QString, QColor>> markedLines(const QPlainTextEdit *view, QChar prefix)
{
    QList<QPair<QString, QColor>> out;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!text.startsWith(prefix) || text.startsWith(QString(3, prefix)))
            continue;
        const QList<QTextLayout::FormatRange> formats = b.layout()->formats();
        out.append({text, formats.isEmpty() ? QColor() : formats.constFirst().format.background().color()});
    }
    return out;
}

QRect rowRect(QTreeWidget *tree, int row)
{
    return tree->visualItemRect(tree->topLevelItem(row));
}

} // namespace

class TestConfigHistoryView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = m_service.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_service.addVersion(u"core-1"_s, kFirst), 1);
        QCOMPARE(m_service.addVersion(u"core-1"_s, kSecond), 2);
        QCOMPARE(m_service.addVersion(u"core-1"_s, kThird), 3);
        m_endpoint.socketName = m_service.server->socketName();
        m_endpoint.startService = false;
    }

    void cleanupTestCase() { m_service.stop(); }

    void showsVersionsAndDifferences()
    {
        JobServiceConnection connection;
        ConfigHistorySession session(&connection);
        ConfigHistoryView view(&session, u"core-1"_s);
        QSignalSpy diffs(&view, &ConfigHistoryView::diffShown);
        QSignalSpy contents(&view, &ConfigHistoryView::contentShown);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        connection.open(m_endpoint);

        // Latest first, selected, compared with the one before it.
        QTreeWidget *versions = view.versionsView();
        QTRY_COMPARE_WITH_TIMEOUT(versions->topLevelItemCount(), 3, 10000);
        QVERIFY(view.noticeText().isEmpty());
        QCOMPARE(versions->topLevelItem(0)->text(ConfigHistoryView::VersionColumn), u"3"_s);
        QCOMPARE(versions->topLevelItem(0)->text(ConfigHistoryView::ChangesColumn), u"+0 \u22121"_s);
        QCOMPARE(versions->topLevelItem(1)->text(ConfigHistoryView::ChangesColumn), u"+3 \u22122"_s);
        QCOMPARE(versions->topLevelItem(2)->text(ConfigHistoryView::ChangesColumn), u"+5 \u22120"_s);
        QVERIFY(!versions->topLevelItem(2)->text(ConfigHistoryView::SizeColumn).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(diffs.count(), 1, 5000);
        QCOMPARE(diffs.constFirst().at(0).toInt(), 2);
        QCOMPARE(diffs.constFirst().at(1).toInt(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(contents.count(), 1, 5000);
        QCOMPARE(view.contentView()->toPlainText(), kThird);
        QCOMPARE(markedLines(view.diffView(), u'-').size(), 1);
        QVERIFY(markedLines(view.diffView(), u'+').isEmpty());

        // Version 1, then version 3 with Ctrl: the differences between them.
        QTest::mouseClick(versions->viewport(), Qt::LeftButton, {}, rowRect(versions, 2).center());
        QTRY_COMPARE_WITH_TIMEOUT(contents.count(), 2, 5000);
        QCOMPARE(view.diffView()->toPlainText(), QString());
        QVERIFY(view.diffView()->placeholderText().contains(u"first one kept"_s));
        QTest::mouseClick(versions->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(versions, 0).center());
        QTRY_COMPARE_WITH_TIMEOUT(diffs.count(), 2, 5000);
        QCOMPARE(diffs.constLast().at(0).toInt(), 1);
        QCOMPARE(diffs.constLast().at(1).toInt(), 3);
        const auto added = markedLines(view.diffView(), u'+');
        const auto removed = markedLines(view.diffView(), u'-');
        QStringList addedText;
        for (const auto &line : added)
            addedText << line.first.mid(1);
        QStringList removedText;
        for (const auto &line : removed)
            removedText << line.first.mid(1);
        QCOMPARE(addedText, QStringList({u" description uplink to dist-2"_s, u"ntp server 10.0.0.2"_s,
                                         u"logging host 10.0.0.9"_s}));
        QCOMPARE(removedText, QStringList({u" description uplink"_s, u" shutdown"_s, u"ntp server 10.0.0.1"_s}));
        // Added lines in green, removed ones in red.
        QTRY_VERIFY(markedLines(view.diffView(), u'+').constFirst().second.green() >
                    markedLines(view.diffView(), u'+').constFirst().second.red());
        for (const auto &line : markedLines(view.diffView(), u'+'))
            QVERIFY(line.second.green() > line.second.red());
        for (const auto &line : markedLines(view.diffView(), u'-'))
            QVERIFY(line.second.red() > line.second.green());

        // The same two side by side: the three changed lines paired, the rest aligned.
        QSignalSpy sides(&view, &ConfigHistoryView::sideBySideShown);
        QTRY_VERIFY_WITH_TIMEOUT(!sides.isEmpty() || view.sideBySideModel()->rowCount() == 5, 5000);
        const Models::SideBySideDiffModel *model = view.sideBySideModel();
        using Kind = Core::LineDiff::Row::Kind;
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->rowAt(0).kind, Kind::Same);
        QCOMPARE(model->rowAt(1).kind, Kind::Same);
        QCOMPARE(model->rowAt(2).kind, Kind::Changed);
        QCOMPARE(model->rowAt(2).leftText, u" description uplink"_s);
        QCOMPARE(model->rowAt(2).rightText, u" description uplink to dist-2"_s);
        QCOMPARE(model->rowAt(4).leftLine, 5);
        QCOMPARE(model->rowAt(4).rightLine, 5);
        QCOMPARE(model->stats().deleted, 3);
        QCOMPARE(model->stats().inserted, 3);
        view.pages()->setCurrentIndex(1);
        view.gotoChange(true);
        QCOMPARE(view.sideBySideView()->currentIndex().row(), 2);
        view.gotoChange(true);
        QCOMPARE(view.sideBySideView()->currentIndex().row(), 3);
        view.gotoChange(false);
        QCOMPARE(view.sideBySideView()->currentIndex().row(), 2);
        view.pages()->setCurrentIndex(0);

        // Export saves the differences shown.
        QTemporaryDir out;
        const QString path = out.filePath(u"core-1.diff"_s);
        QVERIFY(view.exportButton()->isEnabled());
        QVERIFY(view.exportTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), view.diffView()->toPlainText());
    }

    void searchesTheLatestConfigurations()
    {
        QCOMPARE(
            m_service.addVersion(u"edge-2"_s, u"hostname edge-2\nntp server 10.0.0.2\nsnmp-server community x\n"_s), 1);
        JobServiceConnection connection;
        ConfigHistorySession session(&connection);
        Widgets::ConfigSearchView view(&session);
        QSignalSpy shown(&view, &Widgets::ConfigSearchView::searchShown);
        QSignalSpy history(&view, &Widgets::ConfigSearchView::historyRequested);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Connected, 10000);

        // Typed and Return: the line of each device's latest version.
        view.patternEdit()->setFocus();
        QTest::keyClicks(view.patternEdit(), u"ntp server 10.0.0.2"_s);
        QTest::keyClick(view.patternEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QTreeWidget *results = view.results();
        QCOMPARE(results->topLevelItemCount(), 2);
        QCOMPARE(results->topLevelItem(0)->text(0), u"core-1"_s);
        QCOMPARE(results->topLevelItem(0)->child(0)->text(0), u"line 4"_s);
        QCOMPARE(results->topLevelItem(1)->text(0), u"edge-2"_s);
        QCOMPARE(results->topLevelItem(1)->child(0)->text(1), u"ntp server 10.0.0.2"_s);
        QVERIFY2(view.summaryText().startsWith(u"2 matching line(s) in 2 of 2 devices"_s),
                 qPrintable(view.summaryText()));

        // A regular expression, and one that does not compile.
        view.search(u"^(hostname|snmp-server) "_s, true, false);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
        QCOMPARE(results->topLevelItem(1)->childCount(), 2);
        view.search(u"ntp ("_s, true, false);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 10000);
        QVERIFY2(view.summaryText().startsWith(u"The configurations could not be searched"_s),
                 qPrintable(view.summaryText()));

        // Export writes the matches shown; activating one asks for its device's history.
        view.search(u"hostname"_s, false, false);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 4, 10000);
        QTemporaryDir out;
        QVERIFY(view.exportTo(out.filePath(u"m.csv"_s)));
        QFile csv(out.filePath(u"m.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()),
                 u"device,version,line,text\ncore-1,3,1,hostname core-1\nedge-2,1,1,hostname edge-2\n"_s);
        emit results->itemActivated(results->topLevelItem(1)->child(0), 0);
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.first().first().toString(), u"edge-2"_s);
    }

    void saysWhenThereAreNoBackups()
    {
        JobServiceConnection connection;
        ConfigHistorySession session(&connection);
        ConfigHistoryView view(&session, u"edge-9"_s);
        QSignalSpy shown(&view, &ConfigHistoryView::versionsShown);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(view.versionsView()->topLevelItemCount(), 0);
        QCOMPARE(view.noticeText(), u"There are no configuration backups of edge-9 yet. Scheduled backups and backup "
                                    u"jobs keep its versions here."_s);
        QVERIFY(!view.versionsView()->isVisible());
        QVERIFY(!view.exportButton()->isEnabled());
    }

    void saysWhenTheServiceIsUnreachable()
    {
        ConfigHistorySession session(nullptr);
        ConfigHistoryView view(&session, u"core-1"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.noticeText(), u"The configuration versions could not be loaded: the OpsDeck service is not "
                                        u"reachable."_s);
        QCOMPARE(view.versionsView()->topLevelItemCount(), 0);
    }

private:
    Test::BackupServiceUnderTest m_service;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_MAIN(TestConfigHistoryView)
#include "tst_confighistoryview.moc"
