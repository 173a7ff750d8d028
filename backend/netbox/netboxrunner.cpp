// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxrunner.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

#include "backend/store/store.h"

Q_DECLARE_LOGGING_CATEGORY(lcNetBox)

namespace OpsDeck::NetBox {

// Everything that touches the network or the store; created and used only
// on the runner's worker thread. Results go back to the runner as queued
// calls, so the runner's signals are emitted on the runner's thread.
class NetBoxRunner::Worker final : public QObject
{
public:
    Worker(NetBoxRunner *runner, ClientSettings settings, StoreFactory openStore)
        : m_runner(runner)
        , m_settings(std::move(settings))
        , m_openStore(std::move(openStore))
    {}

    ~Worker() override
    {
        // Users of the client and the store first, then the clients, then
        // the store.
        delete m_sync;
        delete m_writer;
        delete m_client;
        delete m_probeClient;
        m_store.reset();
    }

    int probeTimeoutMs = 5000;

    // Runs `f` on the runner's thread, unless the runner is gone by then.
    template<typename F>
    void post(F &&f)
    {
        QMetaObject::invokeMethod(m_runner, std::forward<F>(f), Qt::QueuedConnection);
    }

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
        m_store = std::move(store).value();
        m_client = new NetBoxClient(m_settings);
        m_sync = new NetBoxSync(m_client, m_store.get());
        m_writer = new NetBoxWriter(m_client, m_store.get());
        NetBoxRunner *runner = m_runner;
        connect(m_sync, &NetBoxSync::progress, this, [this, runner](const SyncProgress &p) {
            post([runner, p] { emit runner->syncProgress(p); });
        });
        connect(m_sync, &NetBoxSync::finished, this, [this, runner](const Result<SyncSummary> &r) {
            post([runner, r] {
                runner->m_syncRunning = false;
                emit runner->syncFinished(r);
            });
        });
        connect(m_writer, &NetBoxWriter::progress, this, [this, runner](int done, int total) {
            post([runner, done, total] { emit runner->pushProgress(done, total); });
        });
        connect(m_writer, &NetBoxWriter::finished, this, [this, runner](const Result<WriteReport> &r) {
            post([runner, r] {
                runner->m_pushRunning = false;
                emit runner->pushFinished(r);
            });
        });
        return {};
    }

    void startSync(bool full, const SyncOptions &options)
    {
        if (auto st = ensure(); !st) {
            const Error error = st.error();
            post([runner = m_runner, error] {
                runner->m_syncRunning = false;
                emit runner->syncFinished(error);
            });
            return;
        }
        m_sync->setOptions(options);
        full ? m_sync->startFull() : m_sync->startIncremental();
    }

    void cancelSync()
    {
        if (m_sync)
            m_sync->cancel();
    }

    void probe()
    {
        if (!m_probeClient) {
            ClientSettings s = m_settings;
            s.maxRetries = 0;
            s.timeoutMs = probeTimeoutMs;
            m_probeClient = new NetBoxClient(s);
        }
        NetBoxReply *reply = m_probeClient->fetchStatus();
        connect(reply, &NetBoxReply::finished, this, [this](const Result<Response> &r) {
            Result<ApiVersion> out = r ? NetBoxClient::versionFromStatus(*r) : Result<ApiVersion>(r.error());
            post([runner = m_runner, out] { emit runner->probed(out); });
        });
    }

    void readLastSync(const QString &source)
    {
        QDateTime when;
        if (ensure()) {
            auto stamp = m_store->watermark(source, NetBoxSync::lastSyncKey());
            if (stamp && !stamp->isEmpty())
                when = QDateTime::fromString(*stamp, Qt::ISODateWithMs);
        }
        post([runner = m_runner, when] { emit runner->lastSyncRead(when); });
    }

    void push(const ChangeSet &changes)
    {
        if (auto st = ensure(); !st) {
            const Error error = st.error();
            post([runner = m_runner, error] {
                runner->m_pushRunning = false;
                emit runner->pushFinished(error);
            });
            return;
        }
        m_writer->push(changes);
    }

    void cancelPush()
    {
        if (m_writer)
            m_writer->cancel();
    }

    void withStore(const QPointer<QObject> &context, const Store::Work &work)
    {
        if (auto st = ensure(); !st) {
            qCWarning(lcNetBox).noquote() << "store work skipped:" << st.error().toString();
            return;
        }
        std::function<void()> then = work(*m_store);
        if (!then || !context)
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [context, then = std::move(then)] {
                if (context)
                    then();
            },
            Qt::QueuedConnection);
    }

private:
    NetBoxRunner *m_runner;
    ClientSettings m_settings;
    StoreFactory m_openStore;
    Error m_storeError;
    std::unique_ptr<Store::Store> m_store;
    NetBoxClient *m_client = nullptr;
    NetBoxClient *m_probeClient = nullptr;
    NetBoxSync *m_sync = nullptr;
    NetBoxWriter *m_writer = nullptr;
};

NetBoxRunner::NetBoxRunner(ClientSettings settings, StoreFactory openStore, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this, std::move(settings), std::move(openStore)))
{
    qRegisterMetaType<SyncProgress>();
    m_thread->setObjectName(QStringLiteral("netbox-runner"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

NetBoxRunner::~NetBoxRunner()
{
    m_thread->quit();
    m_thread->wait();
}

void NetBoxRunner::setSyncOptions(const SyncOptions &options)
{
    m_syncOptions = options;
}

void NetBoxRunner::setProbeTimeout(int ms)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms] { w->probeTimeoutMs = ms; });
}

void NetBoxRunner::startFull()
{
    startSync(true);
}

void NetBoxRunner::startIncremental()
{
    startSync(false);
}

void NetBoxRunner::startSync(bool full)
{
    if (m_syncRunning) {
        qCInfo(lcNetBox) << "a NetBox sync is already running";
        return;
    }
    m_syncRunning = true;
    emit syncStarted(full);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, full, o = m_syncOptions] { w->startSync(full, o); });
}

void NetBoxRunner::cancelSync()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancelSync(); });
}

void NetBoxRunner::probe()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->probe(); });
}

void NetBoxRunner::readLastSync()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, s = m_syncOptions.source] { w->readLastSync(s); });
}

void NetBoxRunner::push(const ChangeSet &changes)
{
    if (m_pushRunning) {
        qCInfo(lcNetBox) << "a NetBox push is already running";
        return;
    }
    m_pushRunning = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, changes] { w->push(changes); });
}

void NetBoxRunner::cancelPush()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancelPush(); });
}

void NetBoxRunner::withStore(QObject *context, Store::Work work)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, context = QPointer<QObject>(context), work = std::move(work)] {
        w->withStore(context, work);
    });
}

Store::Access NetBoxRunner::storeAccess()
{
    return [runner = QPointer<NetBoxRunner>(this)](QObject *context, Store::Work work) {
        if (runner)
            runner->withStore(context, std::move(work));
    };
}

} // namespace OpsDeck::NetBox
