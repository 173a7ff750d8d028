// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxrunner.h"

#include <QLoggingCategory>
#include <QPointer>

#include "backend/core/workerthread.h"
#include "backend/store/store.h"
#include "backend/store/threadstore.h"

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
        , m_store(std::move(openStore))
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

    Status ensure()
    {
        if (m_client)
            return {};
        auto store = m_store.open();
        if (!store)
            return store.error();
        m_client = new NetBoxClient(m_settings);
        m_sync = new NetBoxSync(m_client, *store);
        m_writer = new NetBoxWriter(m_client, *store);
        NetBoxRunner *runner = m_runner;
        connect(m_sync, &NetBoxSync::progress, this,
                [runner](const SyncProgress &p) { postTo(runner, [runner, p] { emit runner->syncProgress(p); }); });
        connect(m_sync, &NetBoxSync::finished, this, [runner](const Result<SyncSummary> &r) {
            postTo(runner, [runner, r] {
                runner->m_syncRunning = false;
                emit runner->syncFinished(r);
            });
        });
        connect(m_writer, &NetBoxWriter::progress, this, [runner](int done, int total) {
            postTo(runner, [runner, done, total] { emit runner->pushProgress(done, total); });
        });
        connect(m_writer, &NetBoxWriter::finished, this, [runner](const Result<WriteReport> &r) {
            postTo(runner, [runner, r] {
                runner->m_pushRunning = false;
                emit runner->pushFinished(r);
            });
        });
        return {};
    }

    void startSync(bool full, const SyncOptions &options)
    {
        if (auto st = ensure(); !st) {
            postTo(m_runner, [runner = m_runner, error = st.error()] {
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
            postTo(m_runner, [runner = m_runner, out] { emit runner->probed(out); });
        });
    }

    void readLastSync(const QString &source)
    {
        QDateTime when;
        if (auto store = m_store.open()) {
            auto stamp = (*store)->watermark(source, NetBoxSync::lastSyncKey());
            if (stamp && !stamp->isEmpty())
                when = QDateTime::fromString(*stamp, Qt::ISODateWithMs);
        }
        postTo(m_runner, [runner = m_runner, when] { emit runner->lastSyncRead(when); });
    }

    void push(const ChangeSet &changes)
    {
        if (auto st = ensure(); !st) {
            postTo(m_runner, [runner = m_runner, error = st.error()] {
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
        auto store = m_store.open();
        if (!store) {
            qCWarning(lcNetBox).noquote() << "store work skipped:" << store.error().toString();
            return;
        }
        std::function<void()> then = work(**store);
        if (!then || !context)
            return;
        postTo(context.data(), [context, then = std::move(then)] {
            if (context)
                then();
        });
    }

private:
    NetBoxRunner *m_runner;
    ClientSettings m_settings;
    Store::ThreadStore m_store;
    NetBoxClient *m_client = nullptr;
    NetBoxClient *m_probeClient = nullptr;
    NetBoxSync *m_sync = nullptr;
    NetBoxWriter *m_writer = nullptr;
};

NetBoxRunner::NetBoxRunner(ClientSettings settings, StoreFactory openStore, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncProgress>();
    m_worker = std::make_unique<WorkerThread<Worker>>(QStringLiteral("netbox-runner"), this, std::move(settings),
                                                      std::move(openStore));
}

NetBoxRunner::~NetBoxRunner()
{
    m_worker.reset();
}

void NetBoxRunner::setSyncOptions(const SyncOptions &options)
{
    m_syncOptions = options;
}

void NetBoxRunner::setProbeTimeout(int ms)
{
    m_worker->post([ms](Worker &w) { w.probeTimeoutMs = ms; });
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
    m_worker->post([full, o = m_syncOptions](Worker &w) { w.startSync(full, o); });
}

void NetBoxRunner::cancelSync()
{
    m_worker->post([](Worker &w) { w.cancelSync(); });
}

void NetBoxRunner::probe()
{
    m_worker->post([](Worker &w) { w.probe(); });
}

void NetBoxRunner::readLastSync()
{
    m_worker->post([s = m_syncOptions.source](Worker &w) { w.readLastSync(s); });
}

void NetBoxRunner::push(const ChangeSet &changes)
{
    if (m_pushRunning) {
        qCInfo(lcNetBox) << "a NetBox push is already running";
        return;
    }
    m_pushRunning = true;
    m_worker->post([changes](Worker &w) { w.push(changes); });
}

void NetBoxRunner::cancelPush()
{
    m_worker->post([](Worker &w) { w.cancelPush(); });
}

void NetBoxRunner::withStore(QObject *context, Store::Work work)
{
    m_worker->post([context = QPointer<QObject>(context), work = std::move(work)](Worker &w) {
        w.withStore(context, work);
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
