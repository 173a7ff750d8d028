// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/workspace/connectionsdialog.h"
#include "widgets/workspace/credentialprofileseditor.h"

using namespace OpsDeck;
using Widgets::ConnectionsDialog;

namespace {

/// Starts editing @p column of @p row by keyboard (F2), replaces its text
/// and commits it with Return.
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QCOMPARE(editor->parentWidget(), table->viewport()); // the cell's editor, not another field
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // committed once the editor closes
}

void typeIntoCombo(QTableWidget *table, int row, int column, const QString &text)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    QVERIFY(combo && combo->isEditable());
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), text);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// Workspace › Connections… › SNMP Profiles / SSH Profiles: profiles and
/// rules edited with mouse and keyboard, rules offering the store's sites,
/// and Save writing the validated workspace.json, or refusing with the JSON
/// path of the problem and writing nothing.
class TestCredentialProfilesEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Workspace::Workspace freshWorkspace(const QString &name)
    {
        auto ws = Workspace::Workspace::create(m_dir.filePath(name), name, m_dir.filePath(u"user"_qs));
        if (!ws)
            qFatal("cannot create a workspace: %s", qPrintable(ws.error().toString()));
        return *ws;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addProfileAndRuleThenSave()
    {
        const Workspace::Workspace ws = freshWorkspace(u"good"_qs);
        ConnectionsDialog dialog(ws);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"connectionsTabs"_qs);
        auto *editor = dialog.findChild<Widgets::CredentialProfilesEditor *>(u"snmpProfilesEditor"_qs);
        QVERIFY(tabs && editor);
        tabs->setCurrentWidget(editor);
        auto *profiles = editor->findChild<QTableWidget *>(u"profilesTable"_qs);
        auto *rules = editor->findChild<QTableWidget *>(u"rulesTable"_qs);

        QTest::mouseClick(editor->findChild<QPushButton *>(u"addProfile"_qs), Qt::LeftButton);
        QCOMPARE(profiles->rowCount(), 1);
        typeInto(profiles, 0, 0, u"dc1-v3"_qs);
        typeInto(profiles, 0, 2, u"snmp/dc1"_qs);
        auto *version = qobject_cast<QComboBox *>(profiles->cellWidget(0, 1));
        version->setFocus();
        QTest::keyClick(version, Qt::Key_Down); // v2c -> v3
        QCOMPARE(version->currentText(), u"v3"_qs);

        // The store's sites are offered; a name may be typed too.
        dialog.setLabelChoices({{{u"dc1"_qs, u"Data Centre 1"_qs}, {u"dc2"_qs, u"Data Centre 2"_qs}}, {}, {}});
        QTest::mouseClick(editor->findChild<QPushButton *>(u"addRule"_qs), Qt::LeftButton);
        QCOMPARE(rules->rowCount(), 1);
        auto *site = qobject_cast<QComboBox *>(rules->cellWidget(0, 0));
        QCOMPARE(site->count(), 2);
        QCOMPARE(site->itemText(1), u"dc2"_qs);
        typeIntoCombo(rules, 0, 0, u"dc2"_qs);
        auto *profile = qobject_cast<QComboBox *>(rules->cellWidget(0, 3));
        QCOMPARE(profile->currentText(), u"dc1-v3"_qs);

        // A renamed profile takes its rules along.
        typeInto(profiles, 0, 0, u"dc2-v3"_qs);
        QCOMPARE(profile->currentText(), u"dc2-v3"_qs);

        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        auto *problem = dialog.findChild<QLabel *>(u"connectionsProblem"_qs);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(problem->text()));

        auto saved = Workspace::Workspace::open(ws.folder(), m_dir.filePath(u"user"_qs));
        QVERIFY(saved.ok());
        const Workspace::SnmpProfilesConfig &snmp = saved->config().credentialProfiles.snmp;
        QCOMPARE(snmp.profiles.size(), 1);
        QCOMPARE(snmp.profiles.first().name, u"dc2-v3"_qs);
        QCOMPARE(snmp.profiles.first().version, Workspace::SnmpVersion::V3);
        QCOMPARE(snmp.profiles.first().credentials.path, u"snmp/dc1"_qs);
        QCOMPARE(snmp.rules, (QList<Workspace::ProfileRule>{{u"dc2"_qs, {}, {}, u"dc2-v3"_qs}}));
        QVERIFY(!readAll(ws.configFile()).contains("public"));
    }

    void emptyRuleRefusedWithItsPath()
    {
        const Workspace::Workspace ws = freshWorkspace(u"bad"_qs);
        const QByteArray before = readAll(ws.configFile());
        ConnectionsDialog dialog(ws);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *editor = dialog.findChild<Widgets::CredentialProfilesEditor *>(u"sshProfilesEditor"_qs);
        dialog.findChild<QTabWidget *>(u"connectionsTabs"_qs)->setCurrentWidget(editor);
        auto *profiles = editor->findChild<QTableWidget *>(u"profilesTable"_qs);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"addProfile"_qs), Qt::LeftButton);
        typeInto(profiles, 0, 1, u"ssh/lab"_qs);
        typeInto(profiles, 0, 2, u"netops"_qs);
        // A rule with no site, role or tag would match every device.
        QTest::mouseClick(editor->findChild<QPushButton *>(u"addRule"_qs), Qt::LeftButton);

        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        auto *problem = dialog.findChild<QLabel *>(u"connectionsProblem"_qs);
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(u"credentialProfiles.ssh.rules[0]"_qs), qPrintable(problem->text()));
        QCOMPARE(readAll(ws.configFile()), before);

        // Removing the rule makes it acceptable.
        auto *rules = editor->findChild<QTableWidget *>(u"rulesTable"_qs);
        rules->setCurrentCell(0, 0);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"removeRule"_qs), Qt::LeftButton);
        QCOMPARE(rules->rowCount(), 0);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(problem->text()));
        auto saved = Workspace::Workspace::open(ws.folder(), m_dir.filePath(u"user"_qs));
        QVERIFY(saved.ok());
        QCOMPARE(saved->config().credentialProfiles.ssh.profiles,
                 (QList<Workspace::SshProfile>{{u"ssh-profile"_qs, {u"ssh/lab"_qs}, u"netops"_qs}}));
    }

    void rulesMoveInOrder()
    {
        Widgets::CredentialProfilesEditor editor(Widgets::CredentialProfilesEditor::Kind::Snmp);
        Workspace::CredentialProfilesConfig config;
        config.snmp.profiles = {{u"a"_qs, Workspace::SnmpVersion::V2c, {u"snmp/a"_qs}, 161},
                                {u"b"_qs, Workspace::SnmpVersion::V3, {u"snmp/b"_qs}, 1161}};
        config.snmp.rules = {{u"dc1"_qs, {}, {}, u"a"_qs}, {{}, {}, u"lab"_qs, u"b"_qs}};
        config.ssh.profiles = {{u"keep"_qs, {u"ssh/keep"_qs}, {}}};
        editor.setConfig(config);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *rules = editor.findChild<QTableWidget *>(u"rulesTable"_qs);
        rules->setCurrentCell(1, 0);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"moveRuleUp"_qs), Qt::LeftButton);
        Workspace::CredentialProfilesConfig out = config;
        editor.apply(out);
        QCOMPARE(out.snmp.profiles, config.snmp.profiles);
        QCOMPARE(out.snmp.rules.first().tag, u"lab"_qs);
        QCOMPARE(out.snmp.rules.last().site, u"dc1"_qs);
        QCOMPARE(out.ssh, config.ssh); // the other kind is left alone
    }
};

QTEST_MAIN(TestCredentialProfilesEditor)
#include "tst_credentialprofileseditor.moc"
