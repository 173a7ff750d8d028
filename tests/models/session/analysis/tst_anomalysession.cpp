// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The console's anomaly session against a real AnalysisService on a local
// socket, fed with generated traffic (two weeks stored, then a third with a
// spike scored live): the change on the topic as the spike is scored, the
// estate's and a device's verdicts, bands with a newer request superseding
// an older one, and the sentences for failures and a missing connection.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/metrics/metricstore.h"
#include "backend/service/analysisservice.h"
#include "models/session/analysis/anomalysession.h"
#include "models/session/analysis/anomalytext.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/backend/analysis/anomalycorpus.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::Anomaly;
using Models::AnomalyBand;
using Models::AnomalySession;
using Models::JobServiceConnection;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

class TestAnomalySession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_s)));
        auto store = Metrics::MetricStore::openSqlite(m_dir.filePath(u"metrics.sqlite"_s));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        m_metrics = std::move(store).value();
        auto token = Ipc::IpcPaths::token(true);
        QVERIFY(token.ok());
        m_server = std::make_unique<Ipc::IpcServer>(*token);
        QVERIFY(m_server->listen(m_dir.filePath(u"analysis.sock"_s)).ok());
        m_endpoint.socketName = m_server->socketName();
        m_endpoint.startService = false;

        // Three weeks of traffic ending now, with a spike in the third; the
        // first two in the store, as collection would have stored them.
        Test::SeriesSpec spec;
        spec.weeks = 3;
        spec.anomalies = {Test::InjectedKind::Spike};
        spec.seed = 5;
        m_series = Test::generateSeries(spec);
        QCOMPARE(m_series.windows.size(), size_t(1));
        const qint64 week = 7 * kDayMs;
        const qint64 shift = (QDateTime::currentMSecsSinceEpoch() - m_series.timesMs.back()) / week * week;
        for (qint64 &t : m_series.timesMs)
            t += shift;
        m_spikeMs = m_series.windows.front().startMs + shift;
        const qint64 split = m_series.timesMs.front() + 14 * kDayMs;
        const qint64 id = m_metrics->seriesId(m_key).value();
        for (; m_live < m_series.values.size() && m_series.timesMs[m_live] < split; ++m_live)
            QVERIFY(m_metrics->append(id, m_series.timesMs[m_live], m_series.values[m_live]).ok());
        QVERIFY(m_metrics->flush().ok());

        m_service = std::make_unique<Service::AnalysisService>(m_metrics.get(), m_server.get());
        m_service->setDeviceNames([](const QString &device) { return device == u"42" ? u"leaf07"_s : device; });
    }

    void init()
    {
        m_connection = std::make_unique<JobServiceConnection>();
        m_session = std::make_unique<AnomalySession>(m_connection.get());
        m_connection->open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isAvailable(), 10000);
    }

    void cleanup()
    {
        m_session.reset();
        m_connection.reset();
    }

    void spikeArrivesOnTheTopic()
    {
        // The subscription is in place once a request made after it is answered.
        QSignalSpy loaded(m_session.get(), &AnomalySession::listLoaded);
        m_session->requestList();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);

        QSignalSpy changed(m_session.get(), &AnomalySession::anomalyChanged);
        m_service->onSample(m_key, m_series.timesMs[m_live], m_series.values[m_live]);
        QTest::qWait(50); // the baseline starts from the stored rollups on the next turn
        const qint64 id = m_metrics->seriesId(m_key).value();
        QVERIFY(m_metrics->append(id, m_series.timesMs[m_live], m_series.values[m_live]).ok());
        for (size_t i = m_live + 1; i < m_series.values.size(); ++i) {
            m_service->onSample(m_key, m_series.timesMs[i], m_series.values[i]);
            QVERIFY(m_metrics->append(id, m_series.timesMs[i], m_series.values[i]).ok());
        }
        QVERIFY(m_metrics->flush().ok());

        // Anomalous while the spike lasts, then no longer.
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 5000);
        const auto first = changed.constFirst().constFirst().value<Anomaly>();
        QCOMPARE(first.series.device, u"42"_s);
        QCOMPARE(first.series.object, u"ifIndex:3"_s);
        QCOMPARE(first.series.metric, u"if.in.bps"_s);
        QCOMPARE(first.deviceName, u"leaf07"_s);
        QVERIFY(first.isAnomalous());
        QCOMPARE(first.kind, Models::AnomalyKind::High);
        QCOMPARE(first.sinceMs, m_spikeMs);
        QVERIFY(first.value > first.high);
        const QString why = Models::AnomalyText::explanation(first, Models::ValueFormat::BitsPerSecond, first.atMs);
        QVERIFY2(why.startsWith(u"Unusual for "_s) && why.contains(u"bit/s, observed "_s) && why.contains(u" since "_s),
                 qPrintable(why));
        const auto last = changed.constLast().constFirst().value<Anomaly>();
        QVERIFY(!last.isAnomalous());
        QCOMPARE(last.sinceMs, 0);
    }

    void listsTheEstateAndOneDevice()
    {
        QSignalSpy loaded(m_session.get(), &AnomalySession::listLoaded);
        const quint64 all = m_session->requestList(QString(), 50, 0);
        const quint64 device = m_session->requestList(u"42"_s, 1, 0);
        const quint64 other = m_session->requestList(u"7"_s, 50, 0);
        const quint64 unusual = m_session->requestList(QString(), 50, 0.99);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 4, 5000);
        QHash<quint64, QList<Anomaly>> lists;
        for (const QList<QVariant> &args : loaded)
            lists.insert(args.at(0).toULongLong(), args.at(1).value<QList<Anomaly>>());
        QCOMPARE(lists.value(all).size(), 1);
        const Anomaly &latest = lists.value(all).constFirst();
        QCOMPARE(latest.series.object, u"ifIndex:3"_s);
        QVERIFY(latest.low < latest.expected && latest.expected < latest.high);
        QVERIFY(latest.atMs >= m_series.timesMs.back());
        QCOMPARE(lists.value(device).size(), 1);
        QVERIFY(lists.value(other).isEmpty());
        QVERIFY(lists.value(unusual).isEmpty()); // the spike is over
    }

    void newerBandSupersedesOlder()
    {
        QSignalSpy loaded(m_session.get(), &AnomalySession::bandLoaded);
        QSignalSpy failed(m_session.get(), &AnomalySession::bandFailed);
        const qint64 from = m_spikeMs - 6 * kHourMs;
        const qint64 to = m_spikeMs + 6 * kHourMs;
        m_session->requestBand(u"chart-a/0"_s, m_key, from - kDayMs, to);
        m_session->requestBand(u"chart-a/0"_s, m_key, from, to);
        m_session->requestBand(u"chart-b/0"_s, m_key, to - kHourMs, to);
        QCOMPARE(m_session->pendingBandCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->pendingBandCount(), 0, 5000);
        QTest::qWait(100); // the superseded answer, had it been let through
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(failed.count(), 0);
        QHash<QString, AnomalyBand> bands;
        for (const QList<QVariant> &args : loaded)
            bands.insert(args.at(0).toString(), args.at(1).value<AnomalyBand>());
        const AnomalyBand band = bands.value(u"chart-a/0"_s);
        QCOMPARE(band.fromMs, from);
        QCOMPARE(band.toMs, to);
        QCOMPARE(band.series.metric, u"if.in.bps"_s);
        QCOMPARE(band.points.size(), 12 * 12 + 1); // a sample every 5 minutes, both ends included
        QVERIFY(!band.learning);
        qsizetype flagged = -1;
        for (qsizetype i = 0; i < band.points.size(); ++i) {
            const Models::AnomalyBandPoint &p = band.points.at(i);
            QVERIFY(p.hasBand());
            QVERIFY(p.low < p.expected && p.expected < p.high);
            if (p.isAnomalous() && flagged < 0)
                flagged = i;
        }
        QVERIFY(flagged >= 0);
        QCOMPARE(band.points.at(flagged).timeMs, m_spikeMs);
        QCOMPARE(band.runStart(flagged), m_spikeMs);
        QCOMPARE(bands.value(u"chart-b/0"_s).points.size(), 12 + 1);

        // Cancelled: the answer is dropped.
        m_session->requestBand(u"chart-a/0"_s, m_key, from, to);
        m_session->cancelBand(u"chart-a/0"_s);
        QCOMPARE(m_session->pendingBandCount(), 0);
        QSignalSpy listed(m_session.get(), &AnomalySession::listLoaded);
        m_session->requestList(); // answered after the band, on the same socket
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 10000);
        QCOMPARE(loaded.count(), 2);
    }

    void unknownSeriesFailsWithSentence()
    {
        QSignalSpy failed(m_session.get(), &AnomalySession::bandFailed);
        m_session->requestBand(u"x"_s, {u"42"_s, u"ifIndex:3"_s, u"if.out.bps"_s}, m_spikeMs - kHourMs, m_spikeMs);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(failed.constFirst().at(0).toString(), u"x"_s);
        const auto error = failed.constFirst().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::NotFound);
        QCOMPARE(AnomalySession::errorText(Models::AnomalyRequest::Band, error),
                 u"The expected range could not be loaded: the service does not analyse this series."_s);
    }

    void withoutConnectionSaysSo()
    {
        AnomalySession offline(nullptr);
        QVERIFY(!offline.isAvailable());
        QVERIFY(offline.unavailableText().contains(u"not connected to the OpsDeck service"_s));
        QSignalSpy failed(&offline, &AnomalySession::listFailed);
        QSignalSpy bandFailed(&offline, &AnomalySession::bandFailed);
        const quint64 request = offline.requestList(u"42"_s);
        offline.requestBand(u"s"_s, m_key, 0, 1000);
        QCOMPARE(failed.count(), 0); // not before the caller returns
        QTRY_COMPARE(failed.count(), 1);
        QTRY_COMPARE(bandFailed.count(), 1);
        QCOMPARE(failed.constFirst().at(0).toULongLong(), request);
        QCOMPARE(AnomalySession::errorText(Models::AnomalyRequest::List, failed.constFirst().at(1).value<Error>()),
                 u"Unusual behaviour could not be loaded: the OpsDeck service is not reachable."_s);

        // The connection drops: no longer available, and it says so.
        QSignalSpy availability(m_session.get(), &AnomalySession::availabilityChanged);
        m_connection->close();
        QTRY_COMPARE(availability.count(), 1);
        QVERIFY(!m_session->isAvailable());
        QVERIFY(!m_session->unavailableText().isEmpty());
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_server.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Metrics::MetricStore> m_metrics;
    std::unique_ptr<Ipc::IpcServer> m_server;
    std::unique_ptr<Service::AnalysisService> m_service;
    Models::JobServiceEndpoint m_endpoint;
    Test::GeneratedSeries m_series;
    const Domain::SeriesKey m_key{u"42"_s, u"ifIndex:3"_s, u"if.in.bps"_s};
    size_t m_live = 0; ///< the first sample not in the store before the test scores it
    qint64 m_spikeMs = 0;
    std::unique_ptr<JobServiceConnection> m_connection;
    std::unique_ptr<AnomalySession> m_session;
};

QTEST_GUILESS_MAIN(TestAnomalySession)
#include "tst_anomalysession.moc"
