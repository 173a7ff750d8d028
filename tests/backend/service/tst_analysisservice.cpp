// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The analysis service of opsdeckd: two weeks of a series in a real metric
// store start its baseline, live samples of the third week are scored as
// they arrive, a spike reaches the alarm sink with its explanation and the
// "anomalies" topic, and anomaly.list / anomaly.band answer over a real
// IPC socket.

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "backend/alarms/alarmengine.h"
#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/metrics/metricstore.h"
#include "backend/service/alarmservice.h"
#include "backend/service/analysisservice.h"
#include "tests/backend/analysis/anomalycorpus.h"

using namespace OpsDeck;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

struct Reported
{
    Domain::SeriesKey key;
    qint64 timeMs;
    double score;
    QString explanation;
};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace

class TestAnalysisService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Metrics::MetricStore> m_metrics;
    std::unique_ptr<Ipc::IpcServer> m_server;
    QByteArray m_token;
    QString m_socket;
    Test::GeneratedSeries m_series;
    const Domain::SeriesKey m_key{u"42"_qs, u"ifIndex:3"_qs, u"if.in.bps"_qs};
    size_t m_live = 0; ///< the first sample not in the store

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_qs)));
        auto store = Metrics::MetricStore::openSqlite(m_dir.filePath(u"metrics.sqlite"_qs));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        m_metrics = std::move(store).value();
        auto token = Ipc::IpcPaths::token(true);
        QVERIFY(token.ok());
        m_token = *token;
        m_server = std::make_unique<Ipc::IpcServer>(m_token);
        m_socket = m_dir.filePath(u"analysis.sock"_qs);
        QVERIFY(m_server->listen(m_socket).ok());

        // Three weeks of traffic with a spike in the third; the first two
        // go to the store, as collection would have stored them.
        Test::SeriesSpec spec;
        spec.weeks = 3;
        spec.anomalies = {Test::InjectedKind::Spike};
        spec.seed = 5;
        m_series = Test::generateSeries(spec);
        QCOMPARE(m_series.windows.size(), size_t(1));
        // Moved by whole weeks so that it ends now: the store keeps raw
        // samples of the last two days only, as in production.
        const qint64 week = 7 * kDayMs;
        const qint64 shift = (QDateTime::currentMSecsSinceEpoch() - m_series.timesMs.back()) / week * week;
        for (qint64 &t : m_series.timesMs)
            t += shift;
        for (Test::LabelWindow &w : m_series.windows) {
            w.startMs += shift;
            w.endMs += shift;
        }
        const qint64 split = m_series.timesMs.front() + 14 * kDayMs;
        const qint64 id = m_metrics->seriesId(m_key).value();
        for (; m_live < m_series.values.size() && m_series.timesMs[m_live] < split; ++m_live)
            QVERIFY(m_metrics->append(id, m_series.timesMs[m_live], m_series.values[m_live]).ok());
        QVERIFY(m_metrics->flush().ok());
    }

    void liveSamplesAreScoredAndReported()
    {
        // The alarm service as opsdeckd runs it, with its built-in rules.
        Service::AlarmService alarms(m_metrics.get(), m_server.get());
        Service::AlarmServiceSettings settings;
        settings.storePath = m_dir.filePath(u"store.sqlite"_qs);
        settings.file = m_dir.filePath(u"workspace.json"_qs);
        QVERIFY(alarms.start(settings).ok());
        QList<Alarms::AlarmTransition> transitions;
        connect(alarms.engine(), &Alarms::AlarmEngine::transition, this,
                [&](const Alarms::AlarmTransition &t) { transitions << t; });

        Service::AnalysisService service(m_metrics.get(), m_server.get());
        QList<Reported> reported;
        service.setAnomalySink([&](const Domain::SeriesKey &key, qint64 t, double score, const QString &why) {
            reported << Reported{key, t, score, why};
            alarms.reportAnomaly(key, t, score, why);
        });
        service.setDeviceNames([](const QString &device) { return device == u"42" ? u"leaf07"_qs : device; });

        Ipc::IpcClient client;
        QSignalSpy connected(&client, &Ipc::IpcClient::connected);
        client.connectToService(m_socket, m_token, u"test"_qs);
        QVERIFY(connected.wait(5000));
        QSignalSpy events(&client, &Ipc::IpcClient::eventReceived);
        client.subscribe({u"anomalies"_qs});
        QVERIFY(client.callBlocking(u"anomaly.list"_qs, {}, 5000).ok()); // the subscription is in place

        // Samples of another metric are not analysed.
        service.onSample({u"42"_qs, QString(), u"snmp.up"_qs}, m_series.timesMs[m_live], 1);
        QCOMPARE(service.seriesCount(), 0);

        // The first live sample starts the baseline from the store's hourly
        // rollups (on the next turn of the event loop); from the second on
        // the series is scored as one it knows.
        service.onSample(m_key, m_series.timesMs[m_live], m_series.values[m_live]);
        QTest::qWait(50);
        const Test::LabelWindow &spike = m_series.windows.front();
        for (size_t i = m_live + 1; i < m_series.values.size(); ++i)
            service.onSample(m_key, m_series.timesMs[i], m_series.values[i]);
        QCOMPARE(service.seriesCount(), 1);
        QVERIFY(reported.size() > 2000);
        QVERIFY(reported.size() >= int(m_series.values.size() - m_live) - 2); // none learning after the warm start

        QList<Reported> high;
        for (const Reported &r : reported) {
            if (r.score >= 0.5)
                high << r;
        }
        QVERIFY(!high.isEmpty());
        QVERIFY2(high.size() <= 4, qPrintable(QString::number(high.size())));
        QCOMPARE(high.constFirst().timeMs, spike.startMs);
        QVERIFY2(high.constFirst().explanation.contains(u"if.in.bps ifIndex:3 at "_qs),
                 qPrintable(high.constFirst().explanation));
        QVERIFY(high.constFirst().explanation.contains(u"at this hour of the week since "_qs));
        for (const Reported &r : reported)
            QCOMPARE(r.explanation.isEmpty(), r.score < 0.5);

        // The spike raised the built-in anomaly rule's alarm, with the
        // explanation as its summary, and it cleared once the series was back.
        QList<Alarms::AlarmTransition> anomalyAlarms;
        for (const Alarms::AlarmTransition &t : transitions) {
            if (t.alarm.ruleId == u"anomaly")
                anomalyAlarms << t;
        }
        QVERIFY(anomalyAlarms.size() >= 2);
        QCOMPARE(anomalyAlarms.constFirst().kind, Alarms::TransitionKind::Raised);
        QVERIFY2(anomalyAlarms.constFirst().alarm.summary.startsWith(u"42: unusual: if.in.bps ifIndex:3"_qs),
                 qPrintable(anomalyAlarms.constFirst().alarm.summary));
        QCOMPARE(anomalyAlarms.constLast().kind, Alarms::TransitionKind::Cleared);
        QVERIFY(alarms.engine()->activeAlarms().isEmpty());

        // Published when it became anomalous and when it stopped.
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 2, 5000);
        const QJsonObject first = events.at(0).at(1).toJsonObject().value(u"anomaly"_qs).toObject();
        QCOMPARE(first.value(u"deviceName"_qs).toString(), u"leaf07"_qs);
        QCOMPARE(first.value(u"kind"_qs).toString(), u"high"_qs);
        QVERIFY(first.value(u"score"_qs).toDouble() >= 0.5);
        QVERIFY(first.value(u"value"_qs).toDouble() > first.value(u"high"_qs).toDouble());
        QCOMPARE(first.value(u"since"_qs).toString(), iso(spike.startMs));
        const QJsonObject last = events.constLast().at(1).toJsonObject().value(u"anomaly"_qs).toObject();
        QVERIFY(last.value(u"score"_qs).toDouble() < 0.5);
        QVERIFY(last.value(u"since"_qs).isNull());

        // The latest verdict is ordinary: listed from a score of 0, not from 0.2.
        auto listed =
            client.callBlocking(u"anomaly.list"_qs, {{u"minScore"_qs, 0}, {u"device"_qs, u"leaf07"_qs}}, 5000);
        QVERIFY(listed.ok());
        const QJsonArray all = listed->toObject().value(u"anomalies"_qs).toArray();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(u"object"_qs).toString(), u"ifIndex:3"_qs);
        QVERIFY(!all.at(0).toObject().value(u"expected"_qs).isNull());
        listed = client.callBlocking(u"anomaly.list"_qs, {{u"minScore"_qs, 0.99}}, 5000);
        QVERIFY(listed->toObject().value(u"anomalies"_qs).toArray().isEmpty());
        QCOMPARE(client.callBlocking(u"anomaly.list"_qs, {{u"limit"_qs, 0}}, 5000).error().code,
                 ErrorCode::InvalidInput);
    }

    void bandReplaysTheStoredHistory()
    {
        // The third week goes to the store too; the band over the spike's
        // day is what the live scoring said.
        const qint64 id = m_metrics->seriesId(m_key).value();
        for (size_t i = m_live; i < m_series.values.size(); ++i)
            QVERIFY(m_metrics->append(id, m_series.timesMs[i], m_series.values[i]).ok());
        QVERIFY(m_metrics->flush().ok());
        Service::AnalysisService service(m_metrics.get(), m_server.get());
        const Test::LabelWindow &spike = m_series.windows.front();
        const qint64 from = spike.startMs - 6 * 3600 * 1000;
        const qint64 to = spike.startMs + 6 * 3600 * 1000;
        Ipc::IpcClient client;
        QSignalSpy connected(&client, &Ipc::IpcClient::connected);
        client.connectToService(m_socket, m_token, u"test"_qs);
        QVERIFY(connected.wait(5000));
        const QJsonObject params{{u"device"_qs, m_key.device},
                                 {u"object"_qs, m_key.object},
                                 {u"metric"_qs, m_key.metric},
                                 {u"from"_qs, iso(from)},
                                 {u"to"_qs, iso(to)}};
        auto band = client.callBlocking(u"anomaly.band"_qs, params, 10000);
        QVERIFY2(band.ok(), qPrintable(band.ok() ? QString() : band.error().toString()));
        const QJsonArray points = band->toObject().value(u"points"_qs).toArray();
        QCOMPARE(points.size(), 12 * 12 + 1); // raw samples every 5 minutes, both ends included
        QVERIFY(!band->toObject().value(u"learning"_qs).toBool());
        int flagged = 0;
        for (const QJsonValue &p : points) {
            const QJsonObject o = p.toObject();
            QVERIFY(o.value(u"low"_qs).toDouble() < o.value(u"expected"_qs).toDouble());
            QVERIFY(o.value(u"expected"_qs).toDouble() < o.value(u"high"_qs).toDouble());
            if (o.value(u"score"_qs).toDouble() >= 0.5) {
                ++flagged;
                QCOMPARE(o.value(u"t"_qs).toString(), iso(spike.startMs + (flagged - 1) * 300000));
            }
        }
        QVERIFY(flagged >= 1);

        QJsonObject unknown = params;
        unknown.insert(u"metric"_qs, u"if.out.bps"_qs);
        QCOMPARE(client.callBlocking(u"anomaly.band"_qs, unknown, 5000).error().code, ErrorCode::NotFound);
        QJsonObject badTime = params;
        badTime.insert(u"from"_qs, u"yesterday"_qs);
        QCOMPARE(client.callBlocking(u"anomaly.band"_qs, badTime, 5000).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "tst_analysisservice.moc"
