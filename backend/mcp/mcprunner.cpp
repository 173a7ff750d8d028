// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcprunner.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

#include "backend/domain/metricsink.h"
#include "backend/store/store.h"
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
        , m_openStore(std::move(openStore))
    {}

    ~Worker() override
    {
        // The sync first (it uses the client, the store and the sink), then
        // the client, the sink and the store.
        delete m_sync;
        delete m_client;
        m_sink.reset();
        m_store.reset();
    }

    int probeTimeoutMs = 5000;
    SinkFactory openSink;

    // Runs `f` on the runner's thread, unless the runner is gone by then.
    template<typename F> void post(F &&f)
    {
        QMetaObject::invokeMethod(m_runner, std::forward<F>(f), Qt::QueuedConnection);
    }

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
        if (!m_probeNetwork)
            m_probeNetwork = new QNetworkAccessManager(this);
        QNetworkRequest request(m_settings.baseUrl);
        request.setTransferTimeout(probeTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_probeNetwork->get(request);
        if (!m_settings.verifyTls)
            reply->ignoreSslErrors();
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            Status status;
            // Any HTTP answer, even an error page, means the server is there.
            if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
                const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                      reply->error() == QNetworkReply::TimeoutError;
                status = Error(timedOut ? ErrorCode::Timeout : ErrorCode::Network, reply->errorString(),
                               {{QStringLiteral("url"), m_settings.baseUrl.toString()}});
            }
            post([runner = m_runner, status] { emit runner->probed(status); });
        });
    }

    void readLastSync()
    {
        QDateTime when;
        if (ensure()) {
            auto stamp = m_store->watermark(McpRunner::watermarkSource(), McpRunner::lastSyncKey());
            if (stamp && !stamp->isEmpty())
                when = QDateTime::fromString(*stamp, Qt::ISODateWithMs);
        }
        post([runner = m_runner, when] { emit runner->lastSyncRead(when); });
    }

private:
    Status ensure()
    {
        if (m_store)
            return {};
        if (!m_storeError.detail.isEmpty())
            return m_storeError;
        auto store = m_openStore();
        if (!store) {
            m_storeError = store.error();
            return m_storeError;
        }
        if (openSink) {
            auto sink = openSink(**store);
            if (!sink) {
                m_storeError = sink.error();
                return m_storeError;
            }
            m_sink = std::move(sink).value();
        }
        m_store = std::move(store).value();
        m_client = new McpClient;
        m_client->setBaseUrl(m_settings.baseUrl);
        m_client->setCredentials(m_settings.username, m_settings.password);
        m_client->setVerifyTls(m_settings.verifyTls);
        m_client->setTimeoutMs(m_settings.timeoutMs);
        m_client->setPageSize(m_settings.pageSize);
        m_sync = new McpSync(m_client, m_store.get());
        m_sync->setAlarmApi(m_settings.alarmApi);
        connect(m_sync, &McpSync::progress, this, [this](const QString &stage, int step, int steps) {
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
            post([runner = m_runner, p] { emit runner->progress(p); });
        });
        connect(m_sync, &McpSync::finished, this, [this](const Result<McpSyncSummary> &result) {
            if (!result)
                return finish(result.error());
            m_summary.inventory = *result;
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            if (auto st = m_store->setWatermark(McpRunner::watermarkSource(), McpRunner::lastSyncKey(), now); !st)
                qCWarning(lcMcpRunner) << "could not record the MCP sync time:" << st.error().toString();
            if (!m_sink || m_cancelled)
                return finish(m_summary);
            m_sync->collectPm(m_pmOptions, m_sink.get());
        });
        connect(m_sync, &McpSync::pmFinished, this, [this](const Result<qint64> &samples) {
            if (!samples)
                return finish(samples.error());
            m_summary.pmSamples = *samples;
            finish(m_summary);
        });
        return {};
    }

    void finish(const Result<McpRunSummary> &result)
    {
        if (!result)
            qCInfo(lcMcpRunner) << "MCP run ended:" << result.error().toString();
        post([runner = m_runner, result] {
            runner->m_running = false;
            emit runner->finished(result);
        });
    }

    McpRunner *m_runner;
    McpRunnerSettings m_settings;
    StoreFactory m_openStore;
    Error m_storeError;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Domain::MetricSink> m_sink;
    McpClient *m_client = nullptr;
    McpSync *m_sync = nullptr;
    QNetworkAccessManager *m_probeNetwork = nullptr;
    PmCollectOptions m_pmOptions;
    McpRunSummary m_summary;
    bool m_cancelled = false;
};

McpRunner::McpRunner(McpRunnerSettings settings, StoreFactory openStore, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this, std::move(settings), std::move(openStore)))
{
    qRegisterMetaType<McpRunProgress>();
    m_thread->setObjectName(QStringLiteral("mcp-runner"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

McpRunner::~McpRunner()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

void McpRunner::setMetricSinkFactory(SinkFactory openSink)
{
    m_collectsPm = bool(openSink);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, f = std::move(openSink)] { w->openSink = f; });
}

void McpRunner::setProbeTimeout(int ms)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms] { w->probeTimeoutMs = ms; });
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
    QMetaObject::invokeMethod(m_worker, [w = m_worker, options] { w->start(options); });
}

void McpRunner::cancel()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancel(); });
}

void McpRunner::probe()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->probe(); });
}

void McpRunner::readLastSync()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->readLastSync(); });
}

} // namespace OpsDeck::Mcp
