// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// McpClient and McpSync against the MCP fixture server: a full sync equals
// the generated estate, token expiry and 5xx mid-sync recover, alarms land
// on the matched devices, optical links become edges, malformed responses
// fail clearly and change nothing, PM lands in a metric sink.

#include <algorithm>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/domain/metricsink.h"
#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcpmatcher.h"
#include "backend/mcp/mcpmatchstore.h"
#include "backend/mcp/mcpseries.h"
#include "backend/mcp/mcpsync.h"
#include "backend/mcp/mcpthresholds.h"
#include "backend/mcp/metricstoresink.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "backend/vault/secret.h"
#include "tests/fixtures/mcp/mcpfixtureserver.h"
#include "tests/fixtures/mcp/mcpsyncedstore.h"

using namespace OpsDeck;
using namespace OpsDeck::Mcp;
using namespace Qt::StringLiterals;

namespace {

class MemorySink final : public Domain::MetricSink
{
public:
    Status write(const QList<Domain::MetricSample> &samples) override
    {
        if (failAfter >= 0 && written.size() + samples.size() > failAfter)
            return Error(ErrorCode::Database, u"sink full"_s);
        written += samples;
        return {};
    }
    QList<Domain::MetricSample> written;
    qsizetype failAfter = -1;
};

template<typename T, typename Key>
QList<T> sortedBy(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

const QStringList kNeColumns = {u"id"_s, u"name"_s, u"device_id"_s, u"match_method"_s};

} // namespace

class TestMcpSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;
    QList<Domain::Device> m_devices;
    int m_storeSerial = 0;

    /// A fresh store with the demo estate and its device list.
    std::unique_ptr<Store::Store> newStore()
    {
        auto store = Store::Store::openSqlite(m_dir.filePath(u"store-%1.db"_s.arg(++m_storeSerial)));
        if (!store)
            return {};
        if (!Demo::importDemoEstate(**store).ok())
            return {};
        return std::move(*store);
    }

    /// Fixture options whose first 20 elements match NetBox devices: 10 by
    /// name, 5 by serial, 5 by primary IP.
    Test::McpFixtureOptions matchingOptions() const
    {
        Test::McpFixtureOptions o;
        o.identities = Test::McpFixtureServer::matchingIdentities(m_devices);
        return o;
    }

    static Result<McpSyncSummary> runSync(McpSync &sync)
    {
        std::optional<Result<McpSyncSummary>> result;
        QObject guard;
        QObject::connect(&sync, &McpSync::finished, &guard,
                         [&](const Result<McpSyncSummary> &r) { result.emplace(r); });
        sync.start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error(ErrorCode::Timeout, u"sync did not finish"_s);
        return *result;
    }

    static Result<qint64> runPm(McpSync &sync, const PmCollectOptions &options, Domain::MetricSink *sink, int *signals_)
    {
        std::optional<Result<qint64>> result;
        QObject guard;
        QObject::connect(&sync, &McpSync::pmFinished, &guard, [&](const Result<qint64> &r) {
            result.emplace(r);
            ++*signals_;
        });
        sync.collectPm(options, sink);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error(ErrorCode::Timeout, u"PM collection did not finish"_s);
        QTest::qWait(0); // a second terminal signal would arrive now
        return *result;
    }

    static void connectClient(McpClient &client, const Test::McpFixtureServer &server)
    {
        client.setBaseUrl(server.baseUrl());
        client.setCredentials(server.options().username, Vault::Secret::fromString(server.options().password));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = newStore();
        QVERIFY(m_store);
        auto devices = m_store->devices();
        QVERIFY(devices.ok());
        m_devices = *devices;
        QVERIFY(m_devices.size() > 40);
    }

    void fullSyncEqualsEstate()
    {
        Test::McpFixtureServer server(matchingOptions());
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, m_store.get());
        QSignalSpy progress(&sync, &McpSync::progress);
        const auto result = runSync(sync);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

        const Inventory &expected = server.inventory();
        QCOMPARE(result->networkElements, 50);
        QCOMPARE(result->equipment, 50 * 13);
        QCOMPARE(result->tpes, 400);
        QCOMPARE(result->fres, 240);
        QCOMPARE(result->opticalLinks, 200);
        QCOMPARE(result->alarms, 120);
        auto byId = [](const auto &x) { return x.id; };
        QCOMPARE(sortedBy(sync.inventory().networkElements, byId), sortedBy(expected.networkElements, byId));
        QCOMPARE(sortedBy(sync.inventory().equipment, byId), sortedBy(expected.equipment, byId));
        QCOMPARE(sortedBy(sync.inventory().tpes, byId), sortedBy(expected.tpes, byId));
        QCOMPARE(sortedBy(sync.inventory().fres, byId), sortedBy(expected.fres, byId));
        QCOMPARE(sortedBy(sync.inventory().alarms, byId), sortedBy(expected.alarms, byId));
        QVERIFY(progress.size() >= 6);

        // Matching: 10 by name, 5 by serial, 5 by IP; the other 30 for review.
        QCOMPARE(result->matched, 20);
        QCOMPARE(result->unmatched, 30);
        QCOMPARE(McpMatcher::reviewList(sync.matches()).size(), 30);
        int byName = 0, bySerial = 0, byIp = 0;
        for (const NeMatch &m : sync.matches()) {
            byName += m.method == MatchMethod::Name;
            bySerial += m.method == MatchMethod::Serial;
            byIp += m.method == MatchMethod::IpAddress;
        }
        QCOMPARE(byName, 10);
        QCOMPARE(bySerial, 5);
        QCOMPARE(byIp, 5);

        // The store holds the same, with the matches.
        auto nes = m_store->tableRows(u"mcp_network_elements"_s, kNeColumns);
        QVERIFY(nes.ok());
        QCOMPARE(nes->size(), 50);
        int withDevice = 0;
        for (const QVariantList &row : *nes)
            withDevice += !row.at(2).isNull();
        QCOMPARE(withDevice, 20);
        QCOMPARE(m_store->tableRows(u"mcp_equipment"_s, {u"id"_s, u"serial"_s})->size(), 650);
        QCOMPARE(m_store->tableRows(u"mcp_tpes"_s, {u"id"_s})->size(), 400);
        QCOMPARE(m_store->tableRows(u"mcp_fres"_s, {u"id"_s})->size(), 240);
        QCOMPARE(m_store->tableRows(u"mcp_alarms"_s, {u"id"_s})->size(), 120);

        // Default NSI page 200: the login, 1 + 4 + 2 + 2 + 1 pages.
        QCOMPARE(server.loginCount(), 1);
        QCOMPARE(server.unauthorizedCount(), 0);
    }

    void tokenExpiryMidSyncRecovers()
    {
        Test::McpFixtureServer server(matchingOptions());
        QVERIFY(server.start().ok());
        Test::McpFixtureFaults faults;
        faults.expireTokensAfterRequests = 3; // during the equipment pages
        server.setFaults(faults);
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, nullptr);
        const auto result = runSync(sync);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->equipment, 650);
        QCOMPARE(server.unauthorizedCount(), 1);
        QCOMPARE(server.loginCount(), 2);
        QCOMPARE(client.loginCount(), 2);
    }

    void serverErrorsAndSlowPagesRecover()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        Test::McpFixtureFaults faults;
        faults.serverErrorEvery = 3;
        faults.slowPageMs = 20;
        server.setFaults(faults);
        McpClient client;
        connectClient(client, server);
        client.setPageSize(100);
        McpSync sync(&client, nullptr);
        const auto result = runSync(sync);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->tpes, 400);
        QCOMPARE(result->fres, 240);
        QVERIFY(client.requestCount() > server.loginCount() + 14); // retries happened
    }

    void persistentServerErrorFails()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        Test::McpFixtureFaults faults;
        faults.serverErrorEvery = 1;
        server.setFaults(faults);
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, nullptr);
        const auto result = runSync(sync);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Network);
        QVERIFY2(result.error().detail.contains(u"503"_s), qPrintable(result.error().detail));
    }

    void wrongPasswordIsAuthError()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        McpClient client;
        client.setBaseUrl(server.baseUrl());
        client.setCredentials(u"admin"_s, Vault::Secret::fromString(u"wrong"_s));
        McpSync sync(&client, nullptr);
        const auto result = runSync(sync);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Auth);
        QCOMPARE(server.loginCount(), 0);
    }

    void jsonLoginAndLogout()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        client.setJsonLogin(true);
        std::optional<Status> login;
        client.login(this, [&](Status st) { login = st; });
        QTRY_VERIFY(login.has_value());
        QVERIFY(login->ok());
        QCOMPARE(server.activeTokenCount(), 1);
        std::optional<Status> logout;
        client.logout(this, [&](Status st) { logout = st; });
        QTRY_VERIFY(logout.has_value());
        QVERIFY(logout->ok());
        QCOMPARE(server.deletedTokenCount(), 1);
        QCOMPARE(server.activeTokenCount(), 0);
        QVERIFY(!client.isLoggedIn());
    }

    void alarmsLandOnDevices_data()
    {
        QTest::addColumn<bool>("v2");
        QTest::newRow("v1") << false;
        QTest::newRow("v2_0") << true;
    }
    void alarmsLandOnDevices()
    {
        QFETCH(bool, v2);
        auto store = newStore();
        QVERIFY(store);
        Test::McpFixtureServer server(matchingOptions());
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, store.get());
        sync.setAlarmApi(v2 ? AlarmApi::V2 : AlarmApi::V1);
        const auto result = runSync(sync);
        QVERIFY(result.ok());
        QHash<QString, qint64> deviceOfNe;
        for (const NeMatch &m : sync.matches())
            deviceOfNe.insert(m.networkElementId, m.deviceId);
        QHash<QString, qint64> expectedDevice;
        for (const Alarm &a : server.inventory().alarms)
            expectedDevice.insert(a.id, deviceOfNe.value(a.networkElementId));
        auto rows = store->tableRows(u"mcp_alarms"_s, {u"id"_s, u"device_id"_s, u"severity"_s, u"resource"_s});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 120);
        int onDevices = 0;
        for (const QVariantList &row : *rows) {
            const qint64 device = row.at(1).isNull() ? 0 : row.at(1).toLongLong();
            QCOMPARE(device, expectedDevice.value(row.at(0).toString()));
            onDevices += device != 0;
        }
        // Elements 0..19 are matched; alarm j sits on element j % 50.
        QCOMPARE(onDevices, 60);
    }

    void opticalLinksBecomeEdges()
    {
        Test::McpFixtureServer server(matchingOptions());
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, m_store.get());
        QVERIFY(runSync(sync).ok());
        const QList<OpticalEdge> edges = sync.opticalEdges();
        QCOMPARE(edges.size(), 200);
        QHash<QString, qint64> deviceOfNe;
        for (const NeMatch &m : sync.matches())
            deviceOfNe.insert(m.networkElementId, m.deviceId);
        QSet<QString> freIds;
        int alarmed = 0;
        for (const OpticalEdge &e : edges) {
            freIds.insert(e.freId);
            QVERIFY(e.aNetworkElementId != e.zNetworkElementId);
            QVERIFY(e.aPort.startsWith(u"PTP-1-"_s));
            QCOMPARE(e.aDeviceId, deviceOfNe.value(e.aNetworkElementId));
            QCOMPARE(e.zDeviceId, deviceOfNe.value(e.zNetworkElementId));
            QVERIFY(QStringList({u"OTS"_s, u"OMS"_s, u"OCH"_s, u"OTU4"_s}).contains(e.layerRate));
            alarmed += e.activeAlarms > 0;
        }
        QCOMPARE(freIds.size(), 200);
        QVERIFY(alarmed > 0);
        // The first link joins element 0's first port to a second-half element.
        const auto first = std::find_if(edges.begin(), edges.end(),
                                        [](const OpticalEdge &e) { return e.label == u"OPT-LINK-001"_s; });
        QVERIFY(first != edges.end());
        QCOMPARE(first->aNetworkElementId, server.inventory().networkElements.at(0).id);
        QCOMPARE(first->aPort, u"PTP-1-2-1"_s);
        QVERIFY(first->aDeviceId != 0);
    }

    void malformedResponseChangesNothing_data()
    {
        QTest::addColumn<QString>("endpoint");
        for (const char *e : {"networkConstructs", "equipment", "tpes", "fres", "alarms"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }
    void malformedResponseChangesNothing()
    {
        QFETCH(QString, endpoint);
        auto store = newStore();
        QVERIFY(store);
        Test::McpFixtureServer server(matchingOptions());
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, store.get());
        QVERIFY(runSync(sync).ok());
        const auto before = store->tableRows(u"mcp_network_elements"_s, kNeColumns);
        const auto beforeEquipment = store->tableRows(u"mcp_equipment"_s, {u"id"_s, u"serial"_s});
        QVERIFY(before.ok() && beforeEquipment.ok());

        Test::McpFixtureFaults faults;
        faults.malformedEndpoint = endpoint;
        server.setFaults(faults);
        const auto result = runSync(sync);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().detail.contains(u"item 1"_s), qPrintable(result.error().toString()));
        QCOMPARE(*store->tableRows(u"mcp_network_elements"_s, kNeColumns), *before);
        QCOMPARE(*store->tableRows(u"mcp_equipment"_s, {u"id"_s, u"serial"_s}), *beforeEquipment);
        QCOMPARE(sync.inventory().networkElements.size(), 50); // the last good sync stays
    }

    void cancelEndsOnceAndChangesNothing()
    {
        auto store = newStore();
        QVERIFY(store);
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        Test::McpFixtureFaults faults;
        faults.slowPageMs = 300;
        server.setFaults(faults);
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, store.get());
        QList<Error> errors;
        int finished = 0;
        connect(&sync, &McpSync::finished, this, [&](const Result<McpSyncSummary> &r) {
            ++finished;
            if (!r.ok())
                errors << r.error();
        });
        QSignalSpy progress(&sync, &McpSync::progress);
        sync.start();
        QTRY_VERIFY(progress.size() >= 2); // past the network elements
        sync.cancel();
        QTRY_COMPARE(finished, 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, ErrorCode::Cancelled);
        QVERIFY(!sync.isRunning());
        QCOMPARE(store->tableRows(u"mcp_network_elements"_s, kNeColumns)->size(), 0);
        QTest::qWait(50);
        QCOMPARE(finished, 1);
    }

    void timeoutIsReported()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        Test::McpFixtureFaults faults;
        faults.slowPageMs = 5000;
        server.setFaults(faults);
        McpClient client;
        connectClient(client, server);
        client.setTimeoutMs(200);
        std::optional<Result<QList<NetworkElement>>> result;
        client.fetchNetworkElements(this, [&](Result<QList<NetworkElement>> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, ErrorCode::Timeout);
    }

    void pmLandsInSink_data()
    {
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<int>("bins");
        QTest::newRow("15 min") << u"15_MINUTE"_s << 96;
        QTest::newRow("1 h") << u"1_HOUR"_s << 24;
    }
    void pmLandsInSink()
    {
        QFETCH(QString, granularity);
        QFETCH(int, bins);
        Test::McpFixtureServer server(matchingOptions());
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, m_store.get());
        QVERIFY(runSync(sync).ok());

        MemorySink sink;
        PmCollectOptions options;
        options.from = server.options().pmStart.addSecs(3600);
        options.to = options.from.addDays(1);
        options.granularity = granularity;
        int signalCount = 0;
        const auto result = runPm(sync, options, &sink, &signalCount);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(signalCount, 1);
        // 200 links, two ports each, two parameters.
        QCOMPARE(*result, qint64(400) * 2 * bins);
        QCOMPARE(sink.written.size(), 400 * 2 * bins);

        QHash<QString, QString> idOfName;
        for (const NetworkElement &ne : server.inventory().networkElements)
            idOfName.insert(ne.name, ne.id);
        const NeMatch &firstMatch = sync.matches().first();
        int checked = 0;
        for (const Domain::MetricSample &s : std::as_const(sink.written)) {
            QVERIFY(s.timestampMs >= options.from.toMSecsSinceEpoch());
            QVERIFY(s.timestampMs < options.to.toMSecsSinceEpoch());
            QCOMPARE(s.metric, u"optical.dbm"_s);
            const bool rx = s.object.endsWith(u":rx"_s);
            QVERIFY(rx || s.object.endsWith(u":tx"_s));
            QVERIFY(s.object.startsWith(u"port:"_s));
            if (s.device == QString::number(firstMatch.deviceId) && granularity == u"15_MINUTE"_s) {
                const QString parameter = rx ? u"RX_OPTICAL_POWER"_s : u"TX_OPTICAL_POWER"_s;
                QCOMPARE(s.value, server.pmValue(firstMatch.networkElementId, s.object.mid(5).chopped(3), parameter,
                                                 s.timestampMs));
                ++checked;
            }
        }
        if (granularity == u"15_MINUTE"_s)
            QVERIFY(checked > 0);
    }

    void pmMalformedAndSinkFailure()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        McpClient client;
        connectClient(client, server);
        McpSync sync(&client, nullptr);
        QVERIFY(runSync(sync).ok());
        PmCollectOptions options;
        options.from = server.options().pmStart;
        options.to = options.from.addSecs(6 * 3600);

        Test::McpFixtureFaults faults;
        faults.malformedEndpoint = u"pm"_s;
        server.setFaults(faults);
        MemorySink sink;
        int signalCount = 0;
        auto result = runPm(sync, options, &sink, &signalCount);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().detail.contains(u"bad point"_s), qPrintable(result.error().detail));
        QCOMPARE(signalCount, 1);

        server.setFaults({});
        MemorySink full;
        full.failAfter = 10;
        signalCount = 0;
        result = runPm(sync, options, &full, &signalCount);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Database);
        QVERIFY(full.written.isEmpty());
        QCOMPARE(signalCount, 1);
        QVERIFY(!sync.isRunning());
    }

    void pmLandsInMetricStoreWithThresholds()
    {
        Test::SyncedStore synced;
        QVERIFY(synced.open(m_dir.filePath(u"store-%1.db"_s.arg(++m_storeSerial))).ok());
        const Test::McpFixtureServer &server = *synced.server;
        McpSync &sync = *synced.sync;
        Store::Store *store = synced.store.get();
        auto metrics = Metrics::MetricStore::openSqlite(m_dir.filePath(u"metrics-%1.db"_s.arg(++m_storeSerial)));
        QVERIFY2(metrics.ok(), qPrintable(metrics.ok() ? QString() : metrics.error().toString()));
        MetricStoreSink sink(metrics->get(), store);

        PmCollectOptions options;
        options.from = server.options().pmStart;
        options.to = options.from.addDays(1);
        options.parameters = {u"RX_OPTICAL_POWER"_s, u"TX_OPTICAL_POWER"_s, u"SPAN_LOSS"_s, u"RX_ERRORS"_s};
        int signalCount = 0;
        const auto result = runPm(sync, options, &sink, &signalCount);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(sink.written(), *result);

        // A port of an optical link on a matched network element.
        const QList<OpticalEdge> edges = sync.opticalEdges();
        const auto edge = std::find_if(edges.cbegin(), edges.cend(), [](const OpticalEdge &e) { return e.aDeviceId; });
        QVERIFY(edge != edges.cend());
        const QString device = QString::number(edge->aDeviceId);
        const qint64 from = options.from.toMSecsSinceEpoch();
        const qint64 to = options.to.toMSecsSinceEpoch();
        const auto points = [&](const QString &object, const QString &metric) -> QList<Metrics::MetricPoint> {
            auto id = (*metrics)->seriesId(Domain::SeriesKey{device, object, metric});
            if (!id)
                return {};
            auto p = (*metrics)->query(*id, from, to, Metrics::Resolution::Raw);
            return p ? *p : QList<Metrics::MetricPoint>{};
        };
        const struct
        {
            QString object;
            QString metric;
            QString parameter;
            double factor;
        } series[] = {{McpSeries::rxObject(edge->aPort), u"optical.dbm"_s, u"RX_OPTICAL_POWER"_s, 1.0},
                      {McpSeries::txObject(edge->aPort), u"optical.dbm"_s, u"TX_OPTICAL_POWER"_s, 1.0},
                      {McpSeries::portObject(edge->aPort), u"optical.span_loss.db"_s, u"SPAN_LOSS"_s, 1.0},
                      {McpSeries::portObject(edge->aPort), u"if.in.errors"_s, u"RX_ERRORS"_s, 1.0 / 900}};
        for (const auto &s : series) {
            const QList<Metrics::MetricPoint> got = points(s.object, s.metric);
            QCOMPARE(got.size(), 96);
            for (const Metrics::MetricPoint &p : got)
                QCOMPARE(p.avg, server.pmValue(edge->aNetworkElementId, edge->aPort, s.parameter, p.timestampMs)
                                    * s.factor);
        }

        // MCP's levels for the optical power series, none for the others.
        auto rx = McpThresholds::read(*store, device, McpSeries::rxObject(edge->aPort), u"optical.dbm"_s);
        QVERIFY(rx.ok());
        QCOMPARE(rx->size(), 4);
        const QHash<QString, double> expected = Test::McpFixtureServer::pmThresholds(u"RX_OPTICAL_POWER"_s);
        for (const Domain::MetricThreshold &t : std::as_const(*rx))
            QCOMPARE(t.value, expected.value(t.level));
        auto span = McpThresholds::read(*store, device, McpSeries::portObject(edge->aPort));
        QVERIFY(span.ok());
        QVERIFY(span->isEmpty());
    }

    void manualMatchSurvivesSync()
    {
        Test::SyncedStore synced;
        QVERIFY(synced.open(m_dir.filePath(u"store-%1.db"_s.arg(++m_storeSerial))).ok());
        McpSync &sync = *synced.sync;
        Store::Store *store = synced.store.get();

        const QList<NeMatch> before = sync.matches();
        const auto unmatched = std::find_if(before.cbegin(), before.cend(), [](const NeMatch &m) { return !m.deviceId; });
        const auto byName = std::find_if(before.cbegin(), before.cend(),
                                         [](const NeMatch &m) { return m.method == MatchMethod::Name; });
        QVERIFY(unmatched != before.cend());
        QVERIFY(byName != before.cend());
        // Give the unmatched element the device the name matching chose.
        QVERIFY(McpMatchStore::setManualMatch(*store, unmatched->networkElementId, byName->deviceId).ok());
        QCOMPARE(McpMatchStore::setManualMatch(*store, u"no-such-ne"_s, byName->deviceId).error().code,
                 ErrorCode::NotFound);

        const auto check = [&](const QList<NeReviewRow> &rows) {
            int seen = 0;
            for (const NeReviewRow &r : rows) {
                if (r.networkElementId == unmatched->networkElementId) {
                    QCOMPARE(r.deviceId, byName->deviceId);
                    QCOMPARE(r.deviceName, byName->deviceName);
                    QCOMPARE(r.method, MatchMethod::Manual);
                    ++seen;
                } else if (r.networkElementId == byName->networkElementId) {
                    QCOMPARE(r.deviceId, qint64(0));
                    QCOMPARE(r.method, MatchMethod::None);
                    ++seen;
                }
            }
            QCOMPARE(seen, 2);
        };
        auto rows = McpMatchStore::reviewRows(*store);
        QVERIFY(rows.ok());
        check(*rows);

        // A new sync keeps it.
        QVERIFY(runSync(sync).ok());
        rows = McpMatchStore::reviewRows(*store);
        QVERIFY(rows.ok());
        check(*rows);

        // Clearing it lets the automatic matching decide again.
        QVERIFY(McpMatchStore::setManualMatch(*store, unmatched->networkElementId, 0).ok());
        QVERIFY(runSync(sync).ok());
        rows = McpMatchStore::reviewRows(*store);
        QVERIFY(rows.ok());
        for (const NeReviewRow &r : std::as_const(*rows)) {
            if (r.networkElementId == byName->networkElementId)
                QCOMPARE(r.method, MatchMethod::Name);
            if (r.networkElementId == unmatched->networkElementId)
                QCOMPARE(r.deviceId, qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestMcpSync)
#include "tst_mcpsync.moc"
