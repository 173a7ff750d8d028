// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The Compliance tab against a real ComplianceService (NetBox 4.2 fixture
// estate, backups in the job store) through the console's session: the
// summary, the state filter, a device's failed checks with their lines, its
// drift side by side with the lines that converge it, the remediation
// dialog it opens, Check Now, and the report exported as CSV and PDF.
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

#include "models/backups/sidebysidediffmodel.h"
#include "models/compliance/compliancetablemodel.h"
#include "models/session/compliance/compliancesession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/service/complianceestate.h"
#include "widgets/compliance/complianceview.h"
#include "widgets/compliance/remediationdialog.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::ComplianceState;
using Widgets::ComplianceView;

class TestComplianceView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_run.path()));
        m_estate.compliance =
            QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"no-public"_s},
                                                            {u"description"_s, u"No public SNMP community"_s},
                                                            {u"kind"_s, u"must-not-contain"_s},
                                                            {u"pattern"_s, u"snmp-server community public RO"_s},
                                                            {u"severity"_s, u"critical"_s}}}}};
        // Logins as a credential profile gives them; nothing listens on the
        // device's address, so a job fails at once when it runs.
        m_estate.prepareEngine = [](Jobs::JobEngine &engine) {
            engine.setTargetCompleter([](const QJsonObject &target) -> Result<QJsonObject> {
                QJsonObject out = target;
                out.insert(u"user"_s, u"backup"_s);
                out.insert(u"port"_s, 1);
                return out;
            });
        };
        const QString problem = m_estate.start(u"4.2"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int templated = 0;
        for (const Domain::Device &d : m_estate.devices) {
            const QString rendered = m_estate.netbox->renderedConfig(d.id);
            if (rendered.isEmpty())
                continue;
            if (templated++ == 0) {
                m_drifted = d.name;
                QVERIFY(m_estate.setPrimaryAddress(d.id, u"127.0.0.1/8"_s));
                QStringList lines = rendered.split(u'\n');
                while (!lines.isEmpty() && lines.constLast().isEmpty())
                    lines.removeLast();
                m_removed = lines.takeAt(Test::firstConfigLine(lines, 1));
                lines << u"snmp-server community public RO"_s;
                QVERIFY(m_estate.engine->store().addBackup(d.name, lines.join(u'\n'), u"job-1"_s).ok());
            } else {
                QVERIFY(m_estate.engine->store().addBackup(d.name, rendered, u"job-2"_s).ok());
                break;
            }
        }
        QVERIFY(!m_drifted.isEmpty());
        m_report = m_estate.evaluate();
        QVERIFY(!m_report.isEmpty());
        m_endpoint.socketName = m_estate.server->socketName();
        m_endpoint.startService = false;
    }

    void showsReportChecksAndDrift()
    {
        Models::JobServiceConnection connection;
        Models::ComplianceSession session(&connection);
        ComplianceView view(&session);
        QSignalSpy shown(&view, &ComplianceView::reportShown);
        QSignalSpy drifts(&view, &ComplianceView::driftShown);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == m_report.value(u"devices"_s).toArray().size(), 10000);
        int noncompliant = 0;
        for (const QJsonValue &v : m_report.value(u"devices"_s).toArray())
            noncompliant += v.toObject().value(u"state"_s).toString() == u"non-compliant"_s ? 1 : 0;
        QCOMPARE(noncompliant, 1);
        QVERIFY2(view.summaryText().contains(u"1 not compliant"_s), qPrintable(view.summaryText()));

        view.setFilter({}, {ComplianceState::NonCompliant});
        QCOMPARE(view.visibleRows(), 1);
        view.setFilter({}, {});
        QCOMPARE(view.visibleRows(), view.model()->rowCount());

        // The device's checks: the rule with the offending line.
        QVERIFY(view.selectDevice(m_drifted));
        QTreeWidget *checks = view.checksView();
        QTreeWidgetItem *rule = nullptr;
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            if (checks->topLevelItem(i)->text(0) == u"No public SNMP community"_s)
                rule = checks->topLevelItem(i);
        }
        QVERIFY(rule);
        QCOMPARE(rule->text(1), u"Not compliant"_s);
        QCOMPARE(rule->text(2), u"critical"_s);
        QCOMPARE(rule->childCount(), 1);
        QCOMPARE(rule->child(0)->text(3), u"snmp-server community public RO"_s);

        // Its drift side by side: one intended line missing, one line not intended.
        view.detailPages()->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(drifts.count(), 1, 10000);
        QCOMPARE(view.driftModel()->stats().inserted, 1);
        QCOMPARE(view.driftModel()->stats().deleted, 1);
        const QString remediation = view.remediationView()->toPlainText();
        QVERIFY2(remediation.contains(u"no snmp-server community public RO"_s), qPrintable(remediation));
        QVERIFY(remediation.contains(m_removed.trimmed()));
        QVERIFY(view.remediateButton()->isEnabled());
        QSignalSpy remediate(&view, &ComplianceView::remediationRequested);
        QTest::mouseClick(view.remediateButton(), Qt::LeftButton);
        QCOMPARE(remediate.count(), 1);
        QCOMPARE(remediate.first().at(0).toString(), m_drifted);
        QVERIFY(remediate.first().at(1).toStringList().contains(u"no snmp-server community public RO"_s));

        // Check Now: the service evaluates again and the tab follows.
        const int before = int(shown.count());
        QTest::mouseClick(view.findChild<QPushButton *>(u"complianceRun"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > before && !m_estate.service->isRunning(), 30000);

        // The report as CSV (a row per check) and as PDF.
        QTemporaryDir out;
        QVERIFY(view.exportTo(out.filePath(u"c.csv"_s)));
        QFile csv(out.filePath(u"c.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith(u"device,site,role,platform,device_state,check"_s));
        QVERIFY(text.contains(m_drifted + u","_s));
        QVERIFY(text.contains(u"rule:no-public,rule,non-compliant,critical"_s));
        QVERIFY(view.exportTo(out.filePath(u"c.pdf"_s)));
        QFile pdf(out.filePath(u"c.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);
        QString error;
        QVERIFY(!view.exportTo(u"/nonexistent-dir/c.csv"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void remediationDryRunNeedsAReachableDevice()
    {
        Models::JobServiceConnection connection;
        Models::ComplianceSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Models::JobServiceConnection::State::Connected, 10000);
        Widgets::RemediationDialog dialog(m_drifted, {u"no snmp-server community public RO"_s});
        QSignalSpy asked(&dialog, &Widgets::RemediationDialog::dryRunRequested);
        QSignalSpy submitted(&session, &Models::ComplianceSession::remediationSubmitted);
        QSignalSpy failed(&session, &Models::ComplianceSession::failed);
        connect(
            &dialog, &Widgets::RemediationDialog::dryRunRequested, &session,
            [&session](const QString &d, const QStringList &l, const QString &t) { session.remediate(d, l, true, t); });
        dialog.show();
        QVERIFY(!dialog.pushButton()->isEnabled());
        QTest::mouseClick(dialog.dryRunButton(), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        // The service takes the dry run as an ssh.push job with dryRun set.
        QTRY_VERIFY_WITH_TIMEOUT(submitted.count() == 1 || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).value<Error>().toString()));
        const QString jobId = submitted.first().at(1).toString();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(submitted.first().at(2).toBool());
        auto job = m_estate.engine->store().job(jobId);
        QVERIFY(job.ok());
        QCOMPARE(job->kind, u"ssh.push"_s);
        QCOMPARE(job->parameters.value(u"dryRun"_s).toBool(), true);
        QCOMPARE(job->parameters.value(u"lines"_s).toArray(), QJsonArray{u"no snmp-server community public RO"_s});
        // Without lines, nothing is asked.
        Widgets::RemediationDialog empty(m_drifted, {});
        QSignalSpy none(&empty, &Widgets::RemediationDialog::dryRunRequested);
        QTest::mouseClick(empty.dryRunButton(), Qt::LeftButton);
        QCOMPARE(none.count(), 0);
        QVERIFY(empty.statusText().contains(u"nothing to push"_s));
    }

    void cleanupTestCase() { m_estate.service.reset(); }

private:
    QTemporaryDir m_run;
    Test::ComplianceEstate m_estate;
    QJsonObject m_report;
    QString m_drifted;
    QString m_removed;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_MAIN(TestComplianceView)
#include "tst_complianceview.moc"
