// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The alarm rule editor driven by clicks and keys against a real
// AlarmService with stored metrics: a new threshold rule, its preview,
// invalid input that keeps the editor open, and saving into the workspace.
#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "backend/alarms/alarmengine.h"
#include "backend/metrics/metricstore.h"
#include "backend/workspace/workspace.h"
#include "models/alarms/alarmrulelistmodel.h"
#include "models/session/alarms/rulesession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/service/alarmserviceundertest.h"
#include "tests/backend/service/utilisationhistory.h"
#include "widgets/alarms/alarmruleeditdialog.h"
#include "widgets/alarms/alarmruleform.h"
#include "widgets/alarms/alarmrulesdialog.h"
#include "widgets/alarms/rulepreviewwidget.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Widgets::AlarmRuleEditDialog;
using Widgets::AlarmRulesDialog;

namespace {

/// Replaces the text of @p edit by typing.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAlarmRulesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto metrics = Metrics::MetricStore::openSqlite(m_dir.filePath(u"metrics.sqlite"_s));
        QVERIFY(metrics.ok());
        m_metrics = std::move(*metrics);
        QVERIFY(Test::writeUtilisationHistory(*m_metrics) > 0);
        const QString problem = Test::startAlarmService(m_dir, m_server, m_service, m_metrics.get());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_folder = m_dir.filePath(u"ws"_s);
        auto ws = Workspace::Workspace::create(m_folder, u"Rules"_s, m_dir.filePath(u"user"_s));
        QVERIFY(ws.ok());
        Test::registerWorkspaceReload(m_server.get(), m_service.get(), m_folder);
        m_endpoint.socketName = m_server->socketName();
        m_endpoint.startService = false;
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_server.reset();
        m_metrics.reset();
    }

    void addPreviewAndSave()
    {
        Models::JobServiceConnection connection;
        Models::RuleSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Models::JobServiceConnection::State::Connected, 10000);

        AlarmRulesDialog dialog(&session, m_folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Add… is enabled once the workspace's rules are read.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(u"addRule"_s)->isEnabled(), 10000);
        const int rows = dialog.model()->rowCount();
        QVERIFY(rows > 5);
        QVERIFY(!dialog.saveButton()->isEnabled());

        // Add… opens the editor on a new threshold rule.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addRule"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.editor() && dialog.editor()->isVisible());
        AlarmRuleEditDialog *editor = dialog.editor();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        Widgets::AlarmRuleForm *form = editor->form();
        auto *id = qobject_cast<QLineEdit *>(form->field(u"id"_s));
        auto *metric = qobject_cast<QLineEdit *>(form->field(u"metric"_s));
        auto *level = qobject_cast<QDoubleSpinBox *>(form->field(u"above"_s));
        auto *hysteresis = qobject_cast<QDoubleSpinBox *>(form->field(u"hysteresis"_s));
        auto *forSeconds = qobject_cast<QSpinBox *>(form->field(u"forSeconds"_s));
        QVERIFY(id && metric && level && hysteresis && forSeconds);
        QVERIFY(metric->isVisible());
        QVERIFY(!form->field(u"trapOid"_s)->isVisible());
        retype(id, u"util-high"_s);
        retype(metric, u"if.in.util"_s);
        QCOMPARE(level->value(), 90.0);
        hysteresis->setValue(10);
        forSeconds->setValue(300);

        // The preview: three alarms on leaf01, listed with raise and clear.
        QVERIFY(editor->previewButton()->isEnabled());
        QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->preview()->hitsView()->topLevelItemCount(), 3, 30000);
        const QString summary = editor->preview()->summaryText();
        QVERIFY2(summary.contains(u"3 alarm(s) on 1 device/object pair(s)"_s), qPrintable(summary));
        QCOMPARE(editor->preview()->hitsView()->topLevelItem(0)->text(0), u"leaf01"_s);
        QVERIFY(!editor->preview()->hitsView()->topLevelItem(0)->text(3).isEmpty());

        // Invalid input: OK keeps the editor open, says why, keeps the text.
        retype(metric, QString());
        retype(id, u"util high!"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->problemText().contains(u"“id”"_s), qPrintable(editor->problemText()));
        QCOMPARE(id->text(), u"util high!"_s);
        QCOMPARE(QApplication::focusWidget(), id);
        retype(id, u"util-high"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->problemText().contains(u"metric"_s), qPrintable(editor->problemText()));
        // A preview of an invalid rule is not sent.
        QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
        QVERIFY2(editor->preview()->summaryText().contains(u"Correct the rule"_s),
                 qPrintable(editor->preview()->summaryText()));
        retype(metric, u"if.in.util"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!dialog.editor());

        QCOMPARE(dialog.model()->rowCount(), rows + 1);
        QCOMPARE(dialog.model()->rule(dialog.currentRow()).id, u"util-high"_s);
        QVERIFY(dialog.saveButton()->isEnabled());

        // Save: written, and the service runs the rule.
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(u"Saved"_s), 10000);
        QVERIFY2(dialog.statusText().contains(u"applies"_s), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(m_service->engine()->rules().rule(u"util-high"_s));
        auto reread = Workspace::Workspace::open(m_folder);
        QVERIFY(reread.ok());
        QCOMPARE(reread->workspaceConfig().alarms.value(u"rules"_s).toArray().size(), 1);
    }

    // A disabled default shows in the list and the file; closing with
    // unsaved edits asks first.
    void disableDefaultAndAskOnClose()
    {
        Models::RuleSession session(nullptr);
        AlarmRulesDialog dialog(&session, m_folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Add… is enabled once the workspace's rules are read.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(u"addRule"_s)->isEnabled(), 10000);
        dialog.selectRow(dialog.model()->rowOf(u"icmp-down"_s));
        auto *toggle = dialog.findChild<QPushButton *>(u"toggleRule"_s);
        QCOMPARE(toggle->text(), u"&Disable"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!dialog.model()->rule(dialog.currentRow()).enabled);
        QCOMPARE(toggle->text(), u"E&nable"_s);
        QVERIFY(dialog.saveButton()->isEnabled());

        dialog.reject();
        QVERIFY(dialog.isVisible());
        auto *ask = dialog.findChild<QMessageBox *>(u"discardRulesBox"_s);
        QVERIFY(ask);
        ask->button(QMessageBox::Cancel)->click();
        QVERIFY(dialog.isVisible());

        // Saved without a service: written, and the dialog says it is not applied yet.
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(u"Saved"_s), 10000);
        QVERIFY2(dialog.statusText().contains(u"not running"_s), qPrintable(dialog.statusText()));
        auto reread = Workspace::Workspace::open(m_folder);
        QVERIFY(reread.ok());
        const QJsonArray rules = reread->workspaceConfig().alarms.value(u"rules"_s).toArray();
        QCOMPARE(rules.size(), 2);
        QVERIFY(rules.contains(QJsonObject{{u"id"_s, u"icmp-down"_s}, {u"enabled"_s, false}}));
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Metrics::MetricStore> m_metrics;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Service::AlarmService> m_service;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_MAIN(TestAlarmRulesDialog)
#include "tst_alarmrulesdialog.moc"
