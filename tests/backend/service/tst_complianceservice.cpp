// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// ComplianceService against a NetBox fixture server answering as a real
// release (4.2: render-config; 3.1: the HTML 404 of a route it lacks), its
// estate synced into a real store, backups in the real job store, the
// software version of a real recorded SNMP walk, and the IPC methods over a
// real IpcServer: rules, drift from the rendered configuration with the
// volatile lines ignored, the lines that converge it, version targets with
// the upgrade path, and bad rules reported while the others still apply.
#include <QStandardPaths>

#include "tests/backend/service/complianceestate.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;

class TestComplianceService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_run.path()));
    }

    void rulesDriftAndVersions()
    {
        Test::ComplianceEstate estate;
        estate.compliance = QJsonObject{
            {u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"no-public"_s},
                                                {u"kind"_s, u"must-not-contain"_s},
                                                {u"pattern"_s, u"snmp-server community public RO"_s},
                                                {u"severity"_s, u"critical"_s}},
                                    QJsonObject{{u"id"_s, u"hostname"_s},
                                                {u"kind"_s, u"must-contain"_s},
                                                {u"pattern"_s, u"hostname {device.name}"_s}}}},
            {u"versions"_s,
             QJsonObject{{u"targets"_s,
                          QJsonArray{QJsonObject{{u"platform"_s, u"Arista EOS"_s},
                                                 {u"target"_s, u"4.28.3M"_s},
                                                 {u"upgrade_path"_s, QJsonArray{u"4.24.2F"_s, u"4.28.3M"_s}}}}}}}};
        const QString problem = estate.start(u"4.2"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Domain::Device *drifted = nullptr;
        const Domain::Device *clean = nullptr;
        for (const Domain::Device &d : estate.devices) {
            if (estate.netbox->renderedConfig(d.id).isEmpty())
                continue;
            if (!drifted)
                drifted = &d;
            else if (!clean && d.platform == drifted->platform)
                clean = &d;
        }
        QVERIFY(drifted && clean);
        const Domain::Device *untemplated = estate.device(false);
        QVERIFY2(untemplated, "the fixture estate has a device without a config template");

        // The clean device runs what NetBox renders, with volatile lines around it.
        const QString cleanRendered = estate.netbox->renderedConfig(clean->id);
        QVERIFY(estate.engine->store()
                    .addBackup(clean->name,
                               u"! Last configuration change at 10:01:02 UTC Mon Dec 7 2026\n"_s + cleanRendered,
                               u"job-1"_s)
                    .ok());
        // The drifted one lacks its third line and has a public community.
        QStringList lines = estate.netbox->renderedConfig(drifted->id).split(u'\n');
        const QString removed = lines.takeAt(Test::firstConfigLine(lines, 2));
        lines << u"snmp-server community public RO"_s;
        QVERIFY(estate.engine->store().addBackup(drifted->name, lines.join(u'\n'), u"job-2"_s).ok());
        QVERIFY(estate.engine->store().addBackup(untemplated->name, u"hostname other\n"_s, u"job-3"_s).ok());
        // The software the collection read from a real Arista walk.
        const QString sysDescr = Test::recordedSysDescr(u"arista-dcs-7150s-52-cl"_s);
        QVERIFY(sysDescr.contains(u"4.20.5F"_s));
        estate.service->recordSoftware(drifted->name, sysDescr, {});

        const QJsonObject report = estate.evaluate();
        QVERIFY(!report.value(u"evaluatedAt"_s).toString().isEmpty());
        QVERIFY(report.value(u"problems"_s).toArray().isEmpty());

        const QJsonObject bad = Test::deviceIn(report, drifted->name);
        QCOMPARE(bad.value(u"state"_s).toString(), u"non-compliant"_s);
        QCOMPARE(bad.value(u"worst"_s).toString(), u"critical"_s);
        const QJsonObject community = Test::checkOf(bad, u"rule:no-public"_s);
        QCOMPARE(community.value(u"state"_s).toString(), u"non-compliant"_s);
        QCOMPARE(community.value(u"evidence"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), int(lines.size()));
        QCOMPARE(Test::checkOf(bad, u"drift"_s).value(u"state"_s).toString(), u"non-compliant"_s);
        QCOMPARE(bad.value(u"drift"_s).toObject().value(u"missing"_s).toInt(), 1);
        const QJsonObject version = Test::checkOf(bad, u"version"_s);
        QCOMPARE(version.value(u"state"_s).toString(), u"non-compliant"_s);
        QCOMPARE(bad.value(u"version"_s).toObject().value(u"running"_s).toString(), u"4.20.5F"_s);
        QCOMPARE(bad.value(u"version"_s).toObject().value(u"path"_s).toArray(),
                 QJsonArray({u"4.24.2F"_s, u"4.28.3M"_s}));

        const QJsonObject good = Test::deviceIn(report, clean->name);
        QCOMPARE(Test::checkOf(good, u"drift"_s).value(u"state"_s).toString(), u"compliant"_s);
        QCOMPARE(Test::checkOf(good, u"rule:hostname"_s).value(u"state"_s).toString(),
                 cleanRendered.contains(u"hostname "_s + clean->name) ? u"compliant"_s : u"non-compliant"_s);
        // No backup, no verdict; no template, no drift but the rules still apply.
        const QString noBackup = [&] {
            for (const Domain::Device &d : estate.devices) {
                if (d.id != drifted->id && d.id != clean->id && d.id != untemplated->id)
                    return d.name;
            }
            return QString();
        }();
        QCOMPARE(Test::deviceIn(report, noBackup).value(u"state"_s).toString(), u"unknown"_s);
        const QJsonObject other = Test::deviceIn(report, untemplated->name);
        QVERIFY(Test::checkOf(other, u"drift"_s).value(u"detail"_s).toString().contains(u"config template"_s));
        QCOMPARE(Test::checkOf(other, u"rule:hostname"_s).value(u"state"_s).toString(), u"non-compliant"_s);

        // The drift, over IPC: running against intended, and what converges it.
        auto drift = estate.client->callBlocking(u"compliance.drift"_s, {{u"device"_s, drifted->name}}, 10000);
        QVERIFY2(drift.ok(), qPrintable(drift ? QString() : drift.error().toString()));
        const QJsonObject d = drift->toObject();
        QVERIFY(d.value(u"problem"_s).toString().isEmpty());
        QCOMPARE(d.value(u"source"_s).toString(), u"NetBox render-config"_s);
        QVERIFY(d.value(u"intended"_s).toString().contains(removed));
        QVERIFY(!d.value(u"running"_s).toString().contains(removed));
        const QJsonArray remediation = d.value(u"remediation"_s).toArray();
        QVERIFY(remediation.contains(QJsonValue(removed.trimmed())) || remediation.contains(QJsonValue(removed)));
        QVERIFY(remediation.contains(QJsonValue(u"no snmp-server community public RO"_s)));
        auto unknown = estate.client->callBlocking(u"compliance.drift"_s, {{u"device"_s, u"nope"_s}}, 10000);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);

        // The report survives a restart of the service: kept, then evaluated again.
        estate.service.reset();
        Service::ComplianceService again(estate.engine.get(), nullptr);
        QSignalSpy finished(&again, &Service::ComplianceService::evaluationFinished);
        QVERIFY(again.start(estate.settings).ok());
        QVERIFY(again.isRunning());
        const QJsonObject kept = again.reportJson();
        QCOMPARE(Test::deviceIn(kept, drifted->name), bad);
        QVERIFY(finished.wait(60000));
        QCOMPARE(Test::deviceIn(again.reportJson(), drifted->name).value(u"state"_s).toString(), u"non-compliant"_s);
    }

    void olderNetBoxHasNoRenderConfig()
    {
        Test::ComplianceEstate estate;
        estate.compliance =
            QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"ntp"_s},
                                                            {u"kind"_s, u"must-contain"_s},
                                                            {u"pattern"_s, u"ntp server 10.0.0.1"_s}}}}};
        const QString problem = estate.start(u"3.1"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Domain::Device &device = estate.devices.first();
        QVERIFY(estate.engine->store().addBackup(device.name, u"hostname x\nntp server 10.0.0.2\n"_s, u"j"_s).ok());
        const QJsonObject report = estate.evaluate();
        const QJsonObject d = Test::deviceIn(report, device.name);
        QCOMPARE(Test::checkOf(d, u"rule:ntp"_s).value(u"state"_s).toString(), u"non-compliant"_s);
        const QJsonObject drift = Test::checkOf(d, u"drift"_s);
        QCOMPARE(drift.value(u"state"_s).toString(), u"unknown"_s);
        QVERIFY2(drift.value(u"detail"_s).toString().contains(u"NetBox 3.5"_s),
                 qPrintable(drift.value(u"detail"_s).toString()));
    }

    void readOnlyTokenAndBadRules()
    {
        Test::ComplianceEstate estate;
        estate.compliance = QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"broken"_s},
                                                                            {u"kind"_s, u"must-contain"_s},
                                                                            {u"match"_s, u"regex"_s},
                                                                            {u"pattern"_s, u"ntp ("_s}},
                                                                QJsonObject{{u"id"_s, u"ntp"_s},
                                                                            {u"kind"_s, u"must-contain"_s},
                                                                            {u"pattern"_s, u"ntp server 10.0.0.1"_s}}}},
                                        {u"intended"_s, u"netbox"_s}};
        const QString problem = estate.start(u"4.2"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        estate.token = estate.netbox->options().readOnlyToken;
        const Domain::Device *device = estate.device(true);
        QVERIFY(device);
        QVERIFY(estate.engine->store().addBackup(device->name, u"hostname x\nntp server 10.0.0.1\n"_s, u"j"_s).ok());
        const QJsonObject report = estate.evaluate();
        // The broken rule is reported by its key; the other one still applies.
        const QJsonArray problems = report.value(u"problems"_s).toArray();
        QVERIFY2(problems.size() == 1, qPrintable(problems.toVariantList().first().toString() + u" / "_s +
                                                  problems.toVariantList().last().toString()));
        QVERIFY2(problems.at(0).toString().contains(u"broken"_s), qPrintable(problems.at(0).toString()));
        const QJsonObject d = Test::deviceIn(report, device->name);
        QCOMPARE(Test::checkOf(d, u"rule:ntp"_s).value(u"state"_s).toString(), u"compliant"_s);
        QVERIFY(Test::checkOf(d, u"rule:broken"_s).isEmpty());
        QVERIFY2(Test::checkOf(d, u"drift"_s).value(u"detail"_s).toString().contains(u"write-enabled"_s),
                 qPrintable(Test::checkOf(d, u"drift"_s).value(u"detail"_s).toString()));
    }

private:
    QTemporaryDir m_run;
};

QTEST_GUILESS_MAIN(TestComplianceService)
#include "tst_complianceservice.moc"
