// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcprunner.h"

#include <QLoggingCategory>

#include "backend/core/workerthread.h"
#include "backend/domain/metricsink.h"
#include "backend/net/restclient.h"
#include "backend/store/store.h"
#include "backend/store/threadstore.h"
#include "backend/workspace/workspaceconfig.h"

Q_LOGGING_CATEGORY(lcMcpRunner, "opsdeck.mcp.runner")

namespace OpsDeck::Mcp {

namespace {

const QStringList &inventoryPhases()
{
    static const QStringList phases = {
        QStringLiteral("networkElements"), QStringLiteral("equipment"), QStringLiteral("tpes"), QStringLiteral("fres"),
        QStringLiteral("alarms"),          QStringLiteral("store")};
    return phases;
}

QString pmPhase()
{
    return QStringLiteral("pm");
}

} // namespace

McpRunnerSettings McpRunnerSettings::fromConfig(const Workspace::McpConfig &config, const Vault::Secret &password)
{
    McpRunnerSettings s;
    s.baseUrl = QUrl(config.url);
    s.username = config.username;
    s.password = password;
    s.verifyTls = config.verifyTls;
    s.timeoutMs = config.timeoutMs;
    return s;
}

// Everything that touches the network or the store; created and used only
// on the runner's worker thread. Results go back to the runner as queued
// calls, so the runner's signals are emitted on the runner's thread.
class McpRunner::Worker final : public QObject
{
public:
    Worker(McpRunner *runner, McpRunnerSettings settings, StoreFactory openStore)
        : m_runner(runner)
        , m_settings(std::move(settings))
        , m_store(std::move(openStore))
    {}

    ~Worker() override
    {
        // The sync first (it uses the client, the store and the sink), then
        // the clients, the sink and the store.
        delete m_sync;
        delete m_client;
        delete m_probeClient;
        m_sink.reset();
        m_store.reset();
    }

    int probeTimeoutMs = 5000;
    SinkFactory openSink;

    void start(const PmCollectOptions &pmOptions)
    {
        if (auto st = ensure(); !st)
            return finish(st.error());
        m_cancelled = false;
        m_pmOptions = pmOptions;
        m_summary = {};
        m_sync->start();
    }

    void cancel()
    {
        m_cancelled = true;
        if (m_sync)
            m_sync->cancel();
    }

    void probe()
    {
        if (!m_probeClient) {
            m_probeClient = new Net::RestClient(this);
            m_probeClient->setLogCategory(&lcMcpRunner);
            m_probeClient->setTls(Net::TlsOptions{m_settings.verifyTls, {}, {}});
        }
        m_probeClient->setTimeoutMs(probeTimeoutMs);
        Net::RestRequest request;
        request.url = m_settings.baseUrl;
        request.accept.clear();
        request.authenticated = false;
        request.followRedirects = false;
        request.maxRetries = 0;
        m_probeClient->send(request, this, [this](const Result<Net::RestResponse> &answer) {
            // Any HTTP answer, even an error page, means the server is there.
            Status status;
            if (!answer && !answer.error().context.contains(QStringLiteral("status")))
                status = answer.error();
            postTo(m_runner, [runner = m_runner, status] { emit runner->probed(status); });
        });
    }

    void readLastSync()
    {
        QDateTime when;
        if (auto store = m_store.open()) {
            auto stamp = (*store)->watermark(McpRunner::watermarkSource(), McpRunner::lastSyncKey());
            if (stamp && !stamp->isEmpty())
                when = QDateTime::fromString(*stamp, Qt::ISODateWithMs);
        }
        postTo(m_runner, [runner = m_runner, when] { emit runner->lastSyncRead(when); });
    }

private:
    Status ensure()
    {
        if (m_sync)
            return {};
        if (!m_sinkError.detail.isEmpty())
            return m_sinkError;
        auto store = m_store.open();
        if (!store)
            return store.error();
        if (openSink) {
            auto sink = openSink(**store);
            if (!sink) {
                m_sinkError = sink.error();
                return m_sinkError;
            }
            m_sink = std::move(sink).value();
        }
        m_client = new McpClient;
        m_client->setBaseUrl(m_settings.baseUrl);
        m_client->setCredentials(m_settings.username, m_settings.password);
        m_client->setVerifyTls(m_settings.verifyTls);
        m_client->setTimeoutMs(m_settings.timeoutMs);
        m_client->setPageSize(m_settings.pageSize);
        m_sync = new McpSync(m_client, *store);
        m_sync->setAlarmApi(m_settings.alarmApi);
        connect(m_sync, &McpSync::progress, this, &Worker::handleProgress);
        connect(m_sync, &McpSync::finished, this, &Worker::handleSyncFinished);
        connect(m_sync, &McpSync::pmFinished, this, [this](const Result<qint64> &samples) {
            if (!samples)
                return finish(samples.error());
            m_summary.pmSamples = *samples;
            finish(m_summary);
        });
        return {};
    }

    void handleProgress(const QString &stage, int step, int steps)
    {
        McpRunProgress p;
        p.phase = stage;
        if (stage == pmPhase()) {
            p.index = int(inventoryPhases().size());
            p.done = step;
            p.total = steps;
        } else {
            p.index = int(inventoryPhases().indexOf(stage));
            p.committing = stage == inventoryPhases().constLast();
        }
        postTo(m_runner, [runner = m_runner, p] { emit runner->progress(p); });
    }

    void handleSyncFinished(const Result<McpSyncSummary> &result)
    {
        if (!result)
            return finish(result.error());
        m_summary.inventory = *result;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (auto st = m_store.get()->setWatermark(McpRunner::watermarkSource(), McpRunner::lastSyncKey(), now); !st)
            qCWarning(lcMcpRunner) << "could not record the MCP sync time:" << st.error().toString();
        if (!m_sink || m_cancelled)
            return finish(m_summary);
        m_sync->collectPm(m_pmOptions, m_sink.get());
    }

    void finish(const Result<McpRunSummary> &result)
    {
        if (!result)
            qCInfo(lcMcpRunner) << "MCP run ended:" << result.error().toString();
        postTo(m_runner, [runner = m_runner, result] {
            runner->m_running = false;
            emit runner->finished(result);
        });
    }

    McpRunner *m_runner;
    McpRunnerSettings m_settings;
    Store::ThreadStore m_store;
    Error m_sinkError;
    std::unique_ptr<Domain::MetricSink> m_sink;
    McpClient *m_client = nullptr;
    McpSync *m_sync = nullptr;
    Net::RestClient *m_probeClient = nullptr;
    PmCollectOptions m_pmOptions;
    McpRunSummary m_summary;
    bool m_cancelled = false;
};

McpRunner::McpRunner(McpRunnerSettings settings, StoreFactory openStore, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<McpRunProgress>();
    m_worker = std::make_unique<WorkerThread<Worker>>(QStringLiteral("mcp-runner"), this, std::move(settings),
                                                      std::move(openStore));
}

McpRunner::~McpRunner()
{
    cancel();
    m_worker.reset();
}

void McpRunner::setMetricSinkFactory(SinkFactory openSink)
{
    m_collectsPm = bool(openSink);
    m_worker->post([f = std::move(openSink)](Worker &w) { w.openSink = f; });
}

void McpRunner::setProbeTimeout(int ms)
{
    m_worker->post([ms](Worker &w) { w.probeTimeoutMs = ms; });
}

QStringList McpRunner::runPhases(bool withPm)
{
    QStringList out = inventoryPhases();
    if (withPm)
        out << pmPhase();
    return out;
}

void McpRunner::start()
{
    if (m_running) {
        qCInfo(lcMcpRunner) << "an MCP sync is already running";
        return;
    }
    m_running = true;
    PmCollectOptions options = m_pmOptions;
    if (!options.from.isValid() || !options.to.isValid()) {
        options.to = QDateTime::currentDateTimeUtc();
        options.from = options.to.addSecs(-m_pmWindowSeconds);
    }
    emit started();
    m_worker->post([options](Worker &w) { w.start(options); });
}

void McpRunner::cancel()
{
    m_worker->post([](Worker &w) { w.cancel(); });
}

void McpRunner::probe()
{
    m_worker->post([](Worker &w) { w.probe(); });
}

void McpRunner::readLastSync()
{
    m_worker->post([](Worker &w) { w.readLastSync(); });
}

} // namespace OpsDeck::Mcp
