// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The console's rule editing session against a real AlarmService on a local
// socket with a metric store: previews over a stored day of samples, the
// backend's validation as sentences, and saving the rules into
// workspace.json followed by the service's reload.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/alarms/alarmengine.h"
#include "backend/metrics/metricstore.h"
#include "backend/workspace/workspace.h"
#include "models/session/alarms/rulesession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/service/alarmserviceundertest.h"
#include "tests/backend/service/utilisationhistory.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::JobServiceConnection;
using Models::RulePreviewResult;
using Models::RuleSession;

namespace {

Alarms::AlarmRule utilisationRule()
{
    Alarms::AlarmRule rule;
    rule.id = u"util-high"_s;
    rule.kind = Alarms::RuleKind::Threshold;
    rule.metric = u"if.in.util"_s;
    rule.above = 90;
    rule.hysteresis = 10;
    rule.forSeconds = 300;
    return rule;
}

QJsonObject readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestRuleSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto metrics = Metrics::MetricStore::openSqlite(m_dir.filePath(u"metrics.sqlite"_s));
        QVERIFY(metrics.ok());
        m_metrics = std::move(*metrics);
        m_start = Test::writeUtilisationHistory(*m_metrics);
        QVERIFY(m_start > 0);
        const QString problem = Test::startAlarmService(m_dir, m_server, m_service, m_metrics.get());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // A workspace with other sections and alarm keys the editor must keep.
        m_folder = m_dir.filePath(u"ws"_s);
        auto ws = Workspace::Workspace::create(m_folder, u"Rules"_s, m_dir.filePath(u"user"_s));
        QVERIFY(ws.ok());
        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        config.description = u"lab estate"_s;
        config.polling.intervalSeconds = 120;
        config.alarms = QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"cpu-high"_s},
                                                                        {u"kind"_s, u"threshold"_s},
                                                                        {u"metric"_s, u"cpu.util"_s},
                                                                        {u"above"_s, 95}},
                                                            QJsonObject{{u"id"_s, u"icmp-down"_s}, {u"probes"_s, 5}}}},
                                    {u"flap"_s, QJsonObject{{u"transitions"_s, 7}, {u"windowSeconds"_s, 900}}},
                                    {u"rootCause"_s, QJsonObject{{u"enabled"_s, false}}}};
        QVERIFY(ws->setWorkspaceConfig(config).ok());
        QVERIFY(ws->save().ok());
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

    // The rule over the stored day: three alarms on leaf01, each raised five
    // minutes into its span and cleared at its end; nothing on leaf02.
    void previewRaisesTheKnownAlarms()
    {
        JobServiceConnection connection;
        RuleSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Connected, 10000);

        QSignalSpy finished(&session, &RuleSession::previewFinished);
        QSignalSpy failed(&session, &RuleSession::previewFailed);
        session.preview(utilisationRule(), 24);
        QVERIFY(session.isPreviewing());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!session.isPreviewing());
        const auto result = finished.constFirst().constFirst().value<RulePreviewResult>();
        QCOMPARE(result.ruleId, u"util-high"_s);
        QCOMPARE(result.hours, 24);
        QCOMPARE(result.series, 2);
        QCOMPARE(result.points, qint64(2 * Test::kHistoryMinutes));
        QCOMPARE(result.hits.size(), qsizetype(std::size(Test::kHighSpans)));
        for (qsizetype i = 0; i < result.hits.size(); ++i) {
            const Alarms::PreviewHit &hit = result.hits.at(i);
            QCOMPARE(hit.device, u"leaf01"_s);
            QCOMPARE(hit.object, u"Ethernet1"_s);
            QCOMPARE(hit.raisedMs, m_start + (Test::kHighSpans[i].first + 5) * 60000);
            QCOMPARE(hit.clearedMs, m_start + Test::kHighSpans[i].end * 60000);
        }
        QVERIFY(result.toMs - result.fromMs == 24 * 3600 * 1000);

        // A level no sample reaches raises nothing.
        Alarms::AlarmRule quiet = utilisationRule();
        quiet.above = 99;
        session.preview(quiet);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(finished.constLast().constFirst().value<RulePreviewResult>().hits.isEmpty());
    }

    // A newer preview supersedes the one under way: one answer, the newer's.
    void newerPreviewSupersedes()
    {
        JobServiceConnection connection;
        RuleSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Connected, 10000);
        QSignalSpy finished(&session, &RuleSession::previewFinished);
        Alarms::AlarmRule first = utilisationRule();
        first.id = u"first"_s;
        Alarms::AlarmRule second = utilisationRule();
        second.id = u"second"_s;
        session.preview(first);
        session.preview(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTest::qWait(200); // the first answer has arrived by now and was dropped
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<RulePreviewResult>().ruleId, u"second"_s);

        session.preview(first);
        session.cancelPreview();
        QTest::qWait(500);
        QCOMPARE(finished.count(), 1);
    }

    // The backend's validation, as sentences naming the key.
    void invalidRuleGivesTheValidationError()
    {
        Alarms::AlarmRule rule = utilisationRule();
        rule.metric.clear();
        const QList<Models::RuleProblem> problems = RuleSession::checkRule(rule);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().key, u"metric"_s);
        QVERIFY2(problems.constFirst().message.contains(u"metric the rule watches"_s),
                 qPrintable(problems.constFirst().message));

        rule = utilisationRule();
        rule.id = u"no spaces"_s;
        rule.scope.device = u"bad\nname"_s;
        QStringList keys;
        for (const Models::RuleProblem &p : RuleSession::checkRule(rule))
            keys << p.key;
        QCOMPARE(keys, QStringList({u"id"_s, u"scope.device"_s}));

        // The service says the same about a rule sent as it is.
        JobServiceConnection connection;
        RuleSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Connected, 10000);
        QSignalSpy failed(&session, &RuleSession::previewFailed);
        rule = utilisationRule();
        rule.above = Alarms::AlarmRule::kUnset;
        session.preview(rule);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        const Error error = failed.constFirst().constFirst().value<Error>();
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        const QString text = RuleSession::previewErrorText(error);
        QVERIFY2(text.startsWith(u"The preview failed: "_s) && text.contains(u"above"_s), qPrintable(text));

        // Without a service the preview fails with a sentence, once.
        RuleSession offline(nullptr);
        QSignalSpy offlineFailed(&offline, &RuleSession::previewFailed);
        offline.preview(utilisationRule());
        QTRY_COMPARE(offlineFailed.count(), 1);
        QVERIFY(RuleSession::previewErrorText(offlineFailed.constFirst().constFirst().value<Error>())
                    .contains(u"not reachable"_s));
    }

    // Save writes the rules, keeps every other section and key, and the
    // service takes the new rules on reload.
    void saveAndReloadRoundTrip()
    {
        JobServiceConnection connection;
        RuleSession session(&connection);
        connection.open(m_endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), JobServiceConnection::State::Connected, 10000);
        const QString file = QDir(m_folder).filePath(u"workspace.json"_s);
        const QJsonObject before = readFile(file);

        QSignalSpy loaded(&session, &RuleSession::loaded);
        session.load(m_folder);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        const QJsonObject base = loaded.constFirst().constFirst().toJsonObject();
        QCOMPARE(base, before.value(u"alarms"_s).toObject());

        QJsonArray rules = base.value(u"rules"_s).toArray();
        rules.append(utilisationRule().toJson());
        QSignalSpy saved(&session, &RuleSession::saved);
        QSignalSpy saveFailed(&session, &RuleSession::saveFailed);
        session.save(m_folder, base, rules);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count() + saveFailed.count(), 1, 10000);
        QVERIFY2(saveFailed.isEmpty(), qPrintable(saveFailed.value(0).value(0).value<Error>().toString()));
        QCOMPARE(saved.constFirst().at(0).toBool(), true);

        const QJsonObject after = readFile(file);
        for (const QString &key : before.keys()) {
            if (key != u"alarms")
                QCOMPARE(after.value(key), before.value(key));
        }
        QCOMPARE(after.value(u"description"_s).toString(), u"lab estate"_s);
        const QJsonObject alarms = after.value(u"alarms"_s).toObject();
        QCOMPARE(alarms.value(u"flap"_s), base.value(u"flap"_s));
        QCOMPARE(alarms.value(u"rootCause"_s), base.value(u"rootCause"_s));
        QCOMPARE(alarms.value(u"rules"_s).toArray(), rules);
        // The service runs the new rule and kept the workspace's others.
        const Alarms::AlarmRulesConfig &inForce = m_service->engine()->rules();
        QVERIFY(inForce.rule(u"util-high"_s));
        QCOMPARE(inForce.rule(u"util-high"_s)->forSeconds, 300);
        QCOMPARE(inForce.rule(u"icmp-down"_s)->probes, 5);
        QCOMPARE(inForce.flap.transitions, 7);

        // Saving over a section that changed since it was read is refused.
        session.save(m_folder, base, rules);
        QTRY_COMPARE_WITH_TIMEOUT(saveFailed.count(), 1, 10000);
        QCOMPARE(saveFailed.constFirst().constFirst().value<Error>().code, ErrorCode::Conflict);
        QCOMPARE(readFile(file), after);

        // Rules the backend refuses are never written.
        QJsonArray twice = rules;
        twice.append(utilisationRule().toJson());
        session.save(m_folder, alarms, twice);
        QTRY_COMPARE_WITH_TIMEOUT(saveFailed.count(), 2, 10000);
        const Error refused = saveFailed.constLast().constFirst().value<Error>();
        QCOMPARE(refused.code, ErrorCode::InvalidInput);
        QVERIFY2(RuleSession::saveErrorText(refused).contains(u"util-high"_s), qPrintable(refused.detail));
        QCOMPARE(readFile(file), after);
        QCOMPARE(saved.count(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Metrics::MetricStore> m_metrics;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Service::AlarmService> m_service;
    Models::JobServiceEndpoint m_endpoint;
    qint64 m_start = 0;
};

QTEST_GUILESS_MAIN(TestRuleSession)
#include "tst_rulesession.moc"
