// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The console's anomaly session against the service's anomaly methods on a
// local socket: the estate's and a device's unusual series, bands with a
// newer request superseding an older one, the topic, and the sentences for
// failures and a missing connection.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/session/analysis/anomalysession.h"
#include "models/session/analysis/anomalytext.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/models/session/analysis/anomalystandin.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::Anomaly;
using Models::AnomalyBand;
using Models::AnomalySession;
using Models::JobServiceConnection;

class TestAnomalySession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = m_service.start(m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_endpoint.socketName = m_service.server->socketName();
        m_endpoint.startService = false;
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

    void listsTheEstateMostAnomalousFirst()
    {
        QSignalSpy loaded(m_session.get(), &AnomalySession::listLoaded);
        const quint64 request = m_session->requestList();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(loaded.constFirst().at(0).toULongLong(), request);
        const auto list = loaded.constFirst().at(1).value<QList<Anomaly>>();
        // The default minimum score (0.2) leaves the optical verdict out.
        QCOMPARE(list.size(), 3);
        const Anomaly &top = list.constFirst();
        QCOMPARE(top.series.device, u"17"_s);
        QCOMPARE(top.deviceName, u"leaf-1"_s);
        QCOMPARE(top.series.object, u"ifIndex:3"_s);
        QCOMPARE(top.series.metric, u"if.in.bps"_s);
        QCOMPARE(top.score, 0.93);
        QCOMPARE(top.kind, Models::AnomalyKind::High);
        QCOMPARE(top.low, 1.1e9);
        QCOMPARE(top.high, 2.9e9);
        QCOMPARE(top.sinceMs, QDateTime::fromString(u"2026-12-08T04:10:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        QVERIFY(top.isAnomalous());
        QVERIFY(!list.at(2).isAnomalous());
        QCOMPARE(list.at(2).sinceMs, 0); // since: null

        // The unit of the metric, as the charts show it.
        const QString why = Models::AnomalyText::explanation(top, Models::ValueFormat::BitsPerSecond, top.atMs);
        QVERIFY2(why.startsWith(u"Unusual for "_s), qPrintable(why));
        QVERIFY2(why.contains(u"expected 1.10–2.90 Gbit/s, observed 9.10 Gbit/s (score 0.93) since "_s),
                 qPrintable(why));
    }

    void listsOneDevice()
    {
        QSignalSpy loaded(m_session.get(), &AnomalySession::listLoaded);
        const quint64 request = m_session->requestList(u"17"_s, 1, 0.5);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(loaded.constFirst().at(0).toULongLong(), request);
        const auto list = loaded.constFirst().at(1).value<QList<Anomaly>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().series.object, u"ifIndex:3"_s);

        const quint64 other = m_session->requestList(u"23"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QCOMPARE(loaded.constLast().at(0).toULongLong(), other);
        const auto second = loaded.constLast().at(1).value<QList<Anomaly>>();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.constFirst().series.metric, u"icmp.rtt.ms"_s);
    }

    void newerBandSupersedesOlder()
    {
        QSignalSpy loaded(m_session.get(), &AnomalySession::bandLoaded);
        QSignalSpy failed(m_session.get(), &AnomalySession::bandFailed);
        const Domain::SeriesKey key{u"17"_s, u"ifIndex:3"_s, u"if.in.bps"_s};
        const qint64 hour = 3600'000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int callsBefore = m_service.bandCalls;
        m_session->requestBand(u"chart-a/0"_s, key, now - 24 * hour, now);
        m_session->requestBand(u"chart-a/0"_s, key, now - hour, now);
        m_session->requestBand(u"chart-b/0"_s, key, now - 6 * hour, now);
        QCOMPARE(m_session->pendingBandCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_service.bandCalls, callsBefore + 3, 5000);
        QTest::qWait(50); // the superseded answer, had it been let through
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_session->pendingBandCount(), 0);
        QHash<QString, AnomalyBand> bands;
        for (const QList<QVariant> &args : loaded)
            bands.insert(args.at(0).toString(), args.at(1).value<AnomalyBand>());
        const AnomalyBand a = bands.value(u"chart-a/0"_s);
        QCOMPARE(a.fromMs, now - hour);
        QCOMPARE(a.series.object, u"ifIndex:3"_s);
        QCOMPARE(a.points.size(), Test::AnomalyStandIn::kBandPoints);
        QVERIFY(!a.points.constFirst().hasBand()); // null while learning
        QVERIFY(a.points.at(Test::AnomalyStandIn::kLearningPoints).hasBand());
        QVERIFY(a.points.at(Test::AnomalyStandIn::kFirstAnomalous).isAnomalous());
        QCOMPARE(a.runStart(Test::AnomalyStandIn::kFirstAnomalous + 1),
                 a.points.at(Test::AnomalyStandIn::kFirstAnomalous).timeMs);
        QVERIFY(a.points.constFirst().timeMs >= now - hour);
        QCOMPARE(bands.value(u"chart-b/0"_s).fromMs, now - 6 * hour);

        // Cancelled: the answer is dropped.
        m_session->requestBand(u"chart-a/0"_s, key, now - hour, now);
        m_session->cancelBand(u"chart-a/0"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_service.bandCalls, callsBefore + 4, 5000);
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 2);
    }

    void unknownSeriesFailsWithSentence()
    {
        QSignalSpy failed(m_session.get(), &AnomalySession::bandFailed);
        m_session->requestBand(u"x"_s, {Test::AnomalyStandIn::kUnknownDevice, u"ifIndex:1"_s, u"if.in.bps"_s}, 0,
                               3600'000);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        const auto error = failed.constFirst().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::NotFound);
        QCOMPARE(AnomalySession::errorText(Models::AnomalyRequest::Band, error),
                 u"The expected range could not be loaded: the service does not analyse this series."_s);
    }

    void topicChangesArrive()
    {
        QSignalSpy changed(m_session.get(), &AnomalySession::anomalyChanged);
        m_service.publishChange(Test::AnomalyStandIn::anomaly(u"23"_s, u"leaf-2"_s, u"ifIndex:1"_s, u"if.in.bps"_s, 0.7,
                                                              5.0e9, 1.0e9, 2.0e9, u"high"_s, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        const auto a = changed.constFirst().constFirst().value<Anomaly>();
        QCOMPARE(a.series.device, u"23"_s);
        QCOMPARE(a.series.object, u"ifIndex:1"_s);
        QCOMPARE(a.score, 0.7);
    }

    void withoutConnectionSaysSo()
    {
        AnomalySession offline(nullptr);
        QVERIFY(!offline.isAvailable());
        QVERIFY(offline.unavailableText().contains(u"not connected to the OpsDeck service"_s));
        QSignalSpy failed(&offline, &AnomalySession::listFailed);
        QSignalSpy bandFailed(&offline, &AnomalySession::bandFailed);
        const quint64 request = offline.requestList(u"17"_s);
        offline.requestBand(u"s"_s, {u"17"_s, u"ifIndex:3"_s, u"if.in.bps"_s}, 0, 1000);
        QCOMPARE(failed.count(), 0); // not before the caller returns
        QTRY_COMPARE(failed.count(), 1);
        QTRY_COMPARE(bandFailed.count(), 1);
        QCOMPARE(failed.constFirst().at(0).toULongLong(), request);
        QCOMPARE(AnomalySession::errorText(Models::AnomalyRequest::List, failed.constFirst().at(1).value<Error>()),
                 u"Unusual behaviour could not be loaded: the OpsDeck service is not reachable."_s);

        // The connection drops: no longer available.
        QSignalSpy availability(m_session.get(), &AnomalySession::availabilityChanged);
        m_connection->close();
        QTRY_COMPARE(availability.count(), 1);
        QVERIFY(!m_session->isAvailable());
        QVERIFY(!m_session->unavailableText().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Test::AnomalyStandIn m_service;
    Models::JobServiceEndpoint m_endpoint;
    std::unique_ptr<JobServiceConnection> m_connection;
    std::unique_ptr<AnomalySession> m_session;
};

QTEST_GUILESS_MAIN(TestAnomalySession)
#include "tst_anomalysession.moc"
