// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include "backend/core/result.h"
#include "backend/domain/objectkind.h"
#include "backend/netbox/changeset.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/netboxsync.h"
#include "backend/netbox/netboxwriter.h"
#include "backend/store/storework.h"

namespace OpsDeck {
template<typename Worker>
class WorkerThread;
}
namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::NetBox {

/// Runs NetBox work for the console off the GUI thread: a NetBoxSync, a
/// NetBoxWriter, reachability probes and other work on the store (withStore()),
/// all on one worker thread that owns the NetBoxClient and its own
/// Store connection (opened there by the factory, since database connections
/// are bound to their thread).
///
/// Every request is asynchronous and ends in exactly one of the signals
/// below, delivered on the runner's thread. The runner lives on the thread
/// that creates it; its destructor cancels what is running, stops the
/// worker thread and waits for it.
class NetBoxRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxRunner)

public:
    /// Opens the store; called once, on the worker thread.
    using StoreFactory = std::function<Result<std::unique_ptr<Store::Store>>()>;

    NetBoxRunner(ClientSettings settings, StoreFactory openStore, QObject *parent = nullptr);
    ~NetBoxRunner() override;

    /// Applies to syncs started afterwards.
    void setSyncOptions(const SyncOptions &options);
    /// Probes give up after this long (default 5 s) and are never retried.
    void setProbeTimeout(int ms);

    [[nodiscard]] bool isSyncRunning() const { return m_syncRunning; }
    [[nodiscard]] bool isPushRunning() const { return m_pushRunning; }
    [[nodiscard]] QString source() const { return m_syncOptions.source; }

public slots:
    /// Ignored while a sync runs; otherwise syncStarted() and, eventually,
    /// syncFinished() follow.
    void startFull();
    void startIncremental();
    void cancelSync();
    /// GET /api/status/ once, without retries: probed() follows.
    void probe();
    /// Reads when the last sync was committed: lastSyncRead() follows.
    void readLastSync();
    /// Ignored while a push runs; pushFinished() follows.
    void push(const OpsDeck::NetBox::ChangeSet &changes);
    void cancelPush();

public:
    /// Runs @p work on the worker thread with its store connection (see
    /// Store::Work); skipped, with a warning, when the store cannot open.
    void withStore(QObject *context, OpsDeck::Store::Work work);
    /// withStore() as a Store::Access that outlives the runner harmlessly.
    [[nodiscard]] OpsDeck::Store::Access storeAccess();

signals:
    void syncStarted(bool full);
    void syncProgress(const OpsDeck::NetBox::SyncProgress &progress);
    void syncFinished(const OpsDeck::Result<OpsDeck::NetBox::SyncSummary> &result);
    /// The NetBox version when it answered, else why it did not.
    void probed(const OpsDeck::Result<OpsDeck::NetBox::ApiVersion> &result);
    /// An invalid QDateTime when the store was never synced.
    void lastSyncRead(const QDateTime &utc);
    void pushProgress(int done, int total);
    void pushFinished(const OpsDeck::Result<OpsDeck::NetBox::WriteReport> &report);

private:
    class Worker;
    void startSync(bool full);

    std::unique_ptr<WorkerThread<Worker>> m_worker;
    SyncOptions m_syncOptions;
    bool m_syncRunning = false;
    bool m_pushRunning = false;
};

} // namespace OpsDeck::NetBox

