// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "widgets/jobs/operationsdialog.h"

using namespace OpsDeck;
using Models::OperationKind;
using Widgets::OperationsDialog;

namespace {

Domain::DeviceLabels labels(const QString &name, const QString &ip, const QString &site, const QString &role,
                            const QStringList &tags = {})
{
    Domain::DeviceLabels d;
    d.device = name;
    d.primaryIp = ip;
    d.siteSlug = site;
    d.siteName = site.toUpper();
    d.roleSlug = role;
    d.roleName = role.at(0).toUpper() + role.mid(1);
    d.tagSlugs = tags;
    for (const QString &t : tags)
        d.tagNames << t + u" tag"_qs;
    return d;
}

QStringList deviceNames(const Jobs::JobRequest &r)
{
    QStringList out;
    for (const QJsonValue &v : r.targets)
        out << v.toObject().value(u"device"_qs).toString();
    return out;
}

void choose(QComboBox *box, const QString &slug)
{
    const int i = box->findData(slug);
    QVERIFY2(i >= 0, qPrintable(slug));
    box->setCurrentIndex(i);
}

} // namespace

/// The operations dialog builds the job the service gets: from the
/// console's selection or from a site/role/tag scope, with the ticket, the
/// commands (read-only or a change) or a workflow of the catalogue.
class TestOperationsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OperationsDialog> m_dialog;

    static QList<Domain::DeviceLabels> inventory()
    {
        return {labels(u"leaf1"_qs, u"10.0.0.1/24"_qs, u"dc1"_qs, u"leaf"_qs, {u"edge"_qs}),
                labels(u"spine1"_qs, u"10.0.0.2/24"_qs, u"dc1"_qs, u"spine"_qs),
                labels(u"leaf2"_qs, u"10.1.0.1/24"_qs, u"dc2"_qs, u"leaf"_qs, {u"edge"_qs, u"lab"_qs}),
                labels(u"leaf3"_qs, QString(), u"dc1"_qs, u"leaf"_qs)};
    }

    OperationsDialog *open(OperationKind kind, const QStringList &selection)
    {
        m_dialog = std::make_unique<OperationsDialog>(kind);
        m_dialog->setRequester(u"dana"_qs);
        m_dialog->setSelection(selection);
        m_dialog->setDevices(inventory());
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            return nullptr;
        return m_dialog.get();
    }

    static void typeTicket(OperationsDialog *d, const QString &text)
    {
        d->ticketEdit()->setFocus();
        QTest::keyClicks(d->ticketEdit(), text);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_dialog.reset(); }

    void selectionBecomesABackupWithTicket()
    {
        OperationsDialog *d = open(OperationKind::Backup, {u"leaf1"_qs, u"spine1"_qs});
        QVERIFY(d);
        QVERIFY(d->selectionButton()->isChecked());
        QVERIFY2(d->selectionButton()->text().contains(u"2"_qs), qPrintable(d->selectionButton()->text()));
        typeTicket(d, u"CHG-1234 "_qs);
        QSignalSpy submitted(d, &OperationsDialog::submitRequested);
        QVERIFY(d->submitButton()->isEnabled());
        QTest::mouseClick(d->submitButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto r = submitted.at(0).at(0).value<Jobs::JobRequest>();
        QCOMPARE(r.kind, Jobs::Kind::sshBackup());
        QCOMPARE(deviceNames(r), (QStringList{u"leaf1"_qs, u"spine1"_qs}));
        QCOMPARE(r.ticket, u"CHG-1234"_qs);
        QCOMPARE(r.requester, u"dana"_qs);
        QVERIFY(!r.intent.isEmpty());
        QVERIFY(!r.idempotencyKey.isEmpty());
        const QJsonObject t = r.targets.at(0).toObject();
        QCOMPARE(t.value(u"host"_qs).toString(), u"10.0.0.1"_qs);
        QCOMPARE(t.value(u"site"_qs).toString(), u"dc1"_qs);
        QCOMPARE(t.value(u"role"_qs).toString(), u"Leaf"_qs);
        // No credential: the service takes it from the device's SSH profile.
        QVERIFY(!t.contains(u"credential"_qs));
        QVERIFY(!t.contains(u"user"_qs));
        // Submitting waits for the service's answer; a refusal is shown and Submit comes back.
        QVERIFY(!d->submitButton()->isEnabled());
        d->handleSubmitFailed(u"The service did not take the job: locked."_qs);
        QVERIFY(d->submitButton()->isEnabled());
        QCOMPARE(d->problemText(), u"The service did not take the job: locked."_qs);
    }

    void scopeBySiteRoleAndTag()
    {
        OperationsDialog *d = open(OperationKind::Backup, {u"leaf1"_qs});
        QTest::mouseClick(d->scopeButton(), Qt::LeftButton);
        QVERIFY(d->scopeButton()->isChecked());
        QCOMPARE(d->targetDevices().size(), 4); // any site, role and tag
        choose(d->siteBox(), u"dc1"_qs);
        QCOMPARE(d->siteBox()->currentText(), u"DC1"_qs);
        QCOMPARE(d->targetDevices().size(), 3);
        QVERIFY2(d->countText().contains(u"2 device(s)"_qs) && d->countText().contains(u"1 without an address"_qs),
                 qPrintable(d->countText()));
        typeTicket(d, u"https://tickets.example/NET-9"_qs);
        auto r = d->request();
        QVERIFY(r.ok());
        QCOMPARE(deviceNames(*r), (QStringList{u"leaf1"_qs, u"spine1"_qs})); // leaf3 has no address
        QCOMPARE(r->ticket, u"https://tickets.example/NET-9"_qs);

        choose(d->roleBox(), u"leaf"_qs);
        QCOMPARE(deviceNames(*d->request()), (QStringList{u"leaf1"_qs}));
        choose(d->siteBox(), QString());
        choose(d->roleBox(), QString());
        choose(d->tagBox(), u"edge"_qs);
        QCOMPARE(d->tagBox()->currentText(), u"edge tag"_qs);
        QCOMPARE(deviceNames(*d->request()), (QStringList{u"leaf1"_qs, u"leaf2"_qs}));
        QCOMPARE(d->scope().tag, u"edge"_qs);

        choose(d->tagBox(), u"lab"_qs);
        choose(d->siteBox(), u"dc1"_qs);
        QVERIFY(d->targetDevices().isEmpty());
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY(!d->problemText().isEmpty());
    }

    void scopePresetFromTheTree()
    {
        m_dialog = std::make_unique<OperationsDialog>(OperationKind::Backup);
        m_dialog->setDevices(inventory());
        m_dialog->setScope({u"dc2"_qs, {}, {}});
        QVERIFY(m_dialog->scopeButton()->isChecked());
        QCOMPARE(deviceNames(*m_dialog->request()), (QStringList{u"leaf2"_qs}));
        // The navigation tree names a site by its name.
        m_dialog->setScope({u"DC1"_qs, {}, {}});
        QCOMPARE(m_dialog->scope().site, u"dc1"_qs);
        QCOMPARE(deviceNames(*m_dialog->request()), (QStringList{u"leaf1"_qs, u"spine1"_qs}));
    }

    void commandsAreClassified()
    {
        OperationsDialog *d = open(OperationKind::Commands, {u"leaf1"_qs, u"leaf2"_qs});
        QVERIFY(!d->submitButton()->isEnabled()); // no command yet
        d->commandEdit()->setFocus();
        QTest::keyClicks(d->commandEdit(), u"show version"_qs);
        QVERIFY2(d->commandClassText().startsWith(u"Read-only"_qs), qPrintable(d->commandClassText()));
        typeTicket(d, u"INC-5"_qs);
        auto r = d->request();
        QVERIFY(r.ok());
        QCOMPARE(r->kind, Jobs::Kind::sshCommand());
        QCOMPARE(r->parameters.value(u"command"_qs).toString(), u"show version"_qs);
        QVERIFY(r->parameters.value(u"readOnly"_qs).toBool());
        QCOMPARE(deviceNames(*r), (QStringList{u"leaf1"_qs, u"leaf2"_qs}));
        QCOMPARE(r->ticket, u"INC-5"_qs);

        QTest::keyClick(d->commandEdit(), Qt::Key_Return);
        QTest::keyClicks(d->commandEdit(), u"clear counters"_qs);
        QVERIFY2(d->commandClassText().startsWith(u"Configuration change"_qs), qPrintable(d->commandClassText()));
        r = d->request();
        QVERIFY(r.ok());
        QCOMPARE(r->parameters.value(u"command"_qs).toString(), u"show version\nclear counters"_qs);
        QVERIFY(!r->parameters.value(u"readOnly"_qs).toBool());
    }

    void workflowOfTheCatalogue()
    {
        OperationsDialog *d = open(OperationKind::Workflow, {u"leaf1"_qs, u"spine1"_qs});
        QVERIFY(d->workflowBox()->count() >= 4);
        choose(d->workflowBox(), u"push-lines"_qs);
        QVERIFY(d->workflowInputEdit()->isVisible());
        QVERIFY(!d->submitButton()->isEnabled()); // the lines are missing
        d->workflowInputEdit()->setFocus();
        QTest::keyClicks(d->workflowInputEdit(), u"ntp server 192.0.2.123"_qs);
        typeTicket(d, u"CHG-77"_qs);
        QVERIFY(d->submitButton()->isEnabled());
        const auto r = d->request();
        QVERIFY(r.ok());
        QCOMPARE(r->kind, Jobs::Kind::workflow());
        QCOMPARE(r->parameters.value(u"kind"_qs).toString(), Jobs::Kind::sshPush());
        QCOMPARE(r->parameters.value(u"workflow"_qs).toString(), u"push-lines"_qs);
        QVERIFY(r->parameters.value(u"rollback"_qs).toBool());
        const QJsonObject child = r->parameters.value(u"parameters"_qs).toObject();
        QCOMPARE(child.value(u"lines"_qs).toArray(), QJsonArray{u"ntp server 192.0.2.123"_qs});
        QCOMPARE(deviceNames(*r), (QStringList{u"leaf1"_qs, u"spine1"_qs}));
        QCOMPARE(r->ticket, u"CHG-77"_qs);

        choose(d->workflowBox(), u"backup"_qs);
        QVERIFY(!d->workflowInputEdit()->isVisible());
        QCOMPARE(d->request()->parameters.value(u"kind"_qs).toString(), Jobs::Kind::sshBackup());
    }

    void badTicketIsRefusedWithAReason()
    {
        OperationsDialog *d = open(OperationKind::Backup, {u"leaf1"_qs});
        d->ticketEdit()->setText(u"CHG-1\u0007"_qs);
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY2(d->problemText().contains(u"control characters"_qs), qPrintable(d->problemText()));
        d->ticketEdit()->setText(QString(201, u'x'));
        QVERIFY2(d->problemText().contains(u"200"_qs), qPrintable(d->problemText()));
        d->ticketEdit()->clear();
        QVERIFY(d->submitButton()->isEnabled());
        QVERIFY(d->request()->ticket.isEmpty());
    }
};

QTEST_MAIN(TestOperationsDialog)
#include "tst_operationsdialog.moc"
