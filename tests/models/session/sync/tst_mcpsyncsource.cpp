// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// McpSyncSource over an McpRunner against the MCP fixture server: a full
// run reports every phase and leaves the fixture's network elements in the
// store, a cancel stops a run and changes nothing, PM lands in the sink
// when one is given, and a server that does not answer is reported offline.
#include <atomic>
#include <optional>

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/metricsink.h"
#include "backend/mcp/mcpinventorystore.h"
#include "backend/mcp/mcprunner.h"
#include "backend/store/store.h"
#include "models/session/sync/mcpsyncsource.h"
#include "tests/fixtures/mcp/mcpfixtureserver.h"

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using Models::McpSyncSource;
using Models::SyncSource;
using Models::SyncStep;

namespace {

// Counts what a PM collection writes (called on the runner's thread; read
// after the run).
class CountingSink final : public Domain::MetricSink
{
public:
    explicit CountingSink(std::atomic<qint64> *samples)
        : m_samples(samples)
    {}
    Status write(const QList<Domain::MetricSample> &samples) override
    {
        *m_samples += samples.size();
        return {};
    }

private:
    std::atomic<qint64> *m_samples;
};

} // namespace

class TestMcpSyncSource final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString newStorePath() { return m_dir.filePath(u"store-%1.db"_s.arg(++m_serial)); }

    static Mcp::McpRunnerSettings settingsFor(const Test::McpFixtureServer &server)
    {
        Mcp::McpRunnerSettings s;
        s.baseUrl = server.baseUrl();
        s.username = server.options().username;
        s.password = Vault::Secret::fromString(server.options().password);
        s.timeoutMs = 10000;
        return s;
    }

    static Mcp::McpRunner::StoreFactory storeAt(const QString &path)
    {
        return [path] { return Store::Store::openSqlite(path); };
    }

    static QStringList networkElementIds(const QString &storePath)
    {
        auto store = Store::Store::openSqlite(storePath);
        if (!store)
            return {u"<store did not open: %1>"_s.arg(store.error().toString())};
        auto stored = Mcp::McpInventoryStore::loadElements(**store);
        if (!stored)
            return {u"<inventory did not load: %1>"_s.arg(stored.error().toString())};
        QStringList ids;
        for (const Mcp::NetworkElement &ne : std::as_const(stored->inventory.networkElements))
            ids << ne.id;
        ids.sort();
        return ids;
    }

    static QStringList expectedIds(const Test::McpFixtureServer &server)
    {
        QStringList ids;
        for (const Mcp::NetworkElement &ne : server.inventory().networkElements)
            ids << ne.id;
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fullRunReportsEveryPhaseAndFillsStore()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        const QString path = newStorePath();
        Mcp::McpRunner runner(settingsFor(server), storeAt(path));
        McpSyncSource source(&runner, u"Lab"_s);
        source.setProbeInterval(0);
        QCOMPARE(source.workspaceName(), u"Lab"_s);
        const QStringList phases = {u"networkElements"_s, u"equipment"_s, u"tpes"_s, u"fres"_s,
                                    u"alarms"_s,          u"store"_s};
        QCOMPARE(source.endpoints(), phases);
        QTRY_COMPARE(source.reachability(), SyncSource::Reachability::Online);
        QVERIFY(!source.lastSync().isValid());

        QSignalSpy progressed(&source, &SyncSource::progressed);
        QSignalSpy finished(&source, &SyncSource::finished);
        source.startFull();
        QVERIFY(source.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().value<SyncSource::State>(), SyncSource::State::Succeeded);
        QCOMPARE(source.state(), SyncSource::State::Succeeded);

        QStringList seen;
        bool committed = false;
        int lastIndex = -1;
        for (const QList<QVariant> &args : std::as_const(progressed)) {
            const auto step = args.first().value<SyncStep>();
            QCOMPARE(step.endpoint, phases.value(step.index));
            QVERIFY(step.index >= lastIndex);
            lastIndex = step.index;
            if (!seen.contains(step.endpoint))
                seen << step.endpoint;
            committed = committed || (step.committing && step.endpoint == u"store"_s);
        }
        QCOMPARE(seen, phases);
        QVERIFY(committed);

        QTRY_VERIFY(source.lastSync().isValid());
        QCOMPARE(networkElementIds(path), expectedIds(server));
        QCOMPARE(networkElementIds(path).size(), server.options().networkElements);
        QTest::qWait(0);
        QCOMPARE(finished.size(), 1);
    }

    void pmIsCollectedIntoTheSink()
    {
        Test::McpFixtureOptions options;
        options.networkElements = 6;
        options.opticalLinks = 8;
        options.ethernetServices = 4;
        options.alarms = 10;
        Test::McpFixtureServer server(options);
        QVERIFY(server.start().ok());
        const QString path = newStorePath();
        Mcp::McpRunner runner(settingsFor(server), storeAt(path));
        std::atomic<qint64> written = 0;
        runner.setMetricSinkFactory([&written](Store::Store &) -> Result<std::unique_ptr<Domain::MetricSink>> {
            return std::unique_ptr<Domain::MetricSink>(std::make_unique<CountingSink>(&written));
        });
        Mcp::PmCollectOptions pm;
        pm.from = options.pmStart;
        pm.to = options.pmStart.addSecs(3600);
        runner.setPmOptions(pm);
        McpSyncSource source(&runner, u"Lab"_s);
        source.setProbeInterval(0);
        QCOMPARE(source.endpoints().constLast(), u"pm"_s);

        std::optional<Result<Mcp::McpRunSummary>> result;
        connect(&runner, &Mcp::McpRunner::finished, this,
                [&result](const Result<Mcp::McpRunSummary> &r) { result.emplace(r); });
        QSignalSpy progressed(&source, &SyncSource::progressed);
        source.startFull();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QCOMPARE(source.state(), SyncSource::State::Succeeded);
        QVERIFY((*result)->pmSamples > 0);
        QCOMPARE((*result)->pmSamples, written.load());
        const auto last = progressed.constLast().first().value<SyncStep>();
        QCOMPARE(last.endpoint, u"pm"_s);
        QCOMPARE(last.index, 6);
        QVERIFY(last.total > 0);
        QCOMPARE(last.objects, last.total);
    }

    void cancelStopsRunAndChangesNothing()
    {
        Test::McpFixtureServer server;
        QVERIFY(server.start().ok());
        Test::McpFixtureFaults faults;
        faults.slowPageMs = 300;
        server.setFaults(faults);
        const QString path = newStorePath();
        Mcp::McpRunner runner(settingsFor(server), storeAt(path));
        McpSyncSource source(&runner, u"Lab"_s);
        source.setProbeInterval(0);
        QSignalSpy progressed(&source, &SyncSource::progressed);
        QSignalSpy finished(&source, &SyncSource::finished);
        source.startFull();
        // Past the network elements, before the store write.
        QTRY_VERIFY_WITH_TIMEOUT(source.currentStep().index >= 1, 10000);
        QVERIFY(finished.isEmpty());
        source.cancel();
        QCOMPARE(source.state(), SyncSource::State::Cancelling);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().value<SyncSource::State>(), SyncSource::State::Cancelled);
        QCOMPARE(source.state(), SyncSource::State::Cancelled);
        QVERIFY(!runner.isRunning());
        for (const QList<QVariant> &args : std::as_const(progressed))
            QVERIFY(!args.first().value<SyncStep>().committing);
        QVERIFY(networkElementIds(path).isEmpty());
        QVERIFY(!source.lastSync().isValid());
        QTest::qWait(0);
        QCOMPARE(finished.size(), 1);
    }

    void unreachableServerIsReported()
    {
        // A port nothing listens on any more.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Mcp::McpRunnerSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        settings.username = u"admin"_s;
        settings.password = Vault::Secret::fromString(u"x"_s);
        settings.timeoutMs = 3000;
        Mcp::McpRunner runner(settings, storeAt(newStorePath()));
        McpSyncSource source(&runner, u"Lab"_s);
        source.setProbeInterval(0);
        QTRY_COMPARE(source.reachability(), SyncSource::Reachability::Offline);
        QVERIFY(source.stateText().contains(u"Offline"_s));

        QSignalSpy finished(&source, &SyncSource::finished);
        source.startFull();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(source.state(), SyncSource::State::Failed);
        QVERIFY(!source.errorText().isEmpty());
        QCOMPARE(source.reachability(), SyncSource::Reachability::Offline);
    }
};

QTEST_GUILESS_MAIN(TestMcpSyncSource)
#include "tst_mcpsyncsource.moc"
