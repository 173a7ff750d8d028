// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QThread>

#include "backend/core/result.h"
#include "backend/store/storework.h"
#include "models/session/inventory/inventorytypes.h"

namespace OpsDeck::Models {

class InventoryWorker;

/// The console's session on one workspace's store. The store is
/// single-threaded and its queries block, so a worker on a thread this
/// service owns ("opsdeck-inventory") opens and queries it; requests go in
/// as calls, answers come back as queued signals carrying value types.
///
/// Owns the last loaded InventorySnapshot; models keep a pointer to the
/// service and copy (implicitly shared) what they show on snapshotLoaded().
/// Lives on the GUI thread; never blocks it. The destructor cancels a running
/// import, stops the thread and waits for it.
class InventoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryService)

public:
    explicit InventoryService(QObject *parent = nullptr);
    ~InventoryService() override;

    /// Opens the bundled demo workspace under @p registryRoot (empty: the
    /// default registry), creating it and importing the demo estate at
    /// @p scale on first run, then loads the snapshot.
    void openDemoWorkspace(const QString &registryRoot = {}, int scale = 1);
    /// Opens the workspace in @p folder and loads the snapshot.
    void openWorkspace(const QString &folder);
    /// Reads the snapshot again from the open store.
    void reload();

    /// Reads one device and its interfaces; answered by deviceLoaded() with
    /// the returned request number.
    quint64 requestDevice(qint64 deviceId);
    /// Global search; answered by searchFinished() with the returned number.
    quint64 search(const QString &text, int limit = 60);

    /// Runs @p work on the worker thread with the open store; the function it
    /// returns then runs on @p context's thread, unless @p context is gone.
    /// Use it for short reads and writes the views need (value types only
    /// cross threads). Ignored while no workspace is open.
    using StoreWork = Store::Work;
    void withStore(QObject *context, Store::Work work);
    /// withStore() of this service as a Store::Access (safe to call after
    /// the service is gone: the work is then dropped).
    [[nodiscard]] Store::Access storeAccess();

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const WorkspaceInfo &workspace() const { return m_workspace; }
    [[nodiscard]] const InventorySnapshot &snapshot() const { return m_snapshot; }
    /// Background jobs in flight (opening, importing, loading).
    [[nodiscard]] int runningJobs() const { return m_jobs; }

signals:
    /// Demo import progress: objects written of about @p total.
    void openProgress(qint64 done, qint64 total);
    void workspaceOpened(const OpsDeck::Models::WorkspaceInfo &info);
    void openFailed(const OpsDeck::Error &error);
    /// snapshot() holds fresh data.
    void snapshotLoaded();
    void deviceLoaded(quint64 request, const OpsDeck::Models::DeviceDetails &details);
    void searchFinished(quint64 request, const QString &text, const QList<OpsDeck::Domain::SearchHit> &hits);
    /// A background query failed (shown inline, never as a dialog).
    void errorOccurred(const OpsDeck::Error &error);
    void runningJobsChanged(int count, const QString &current);

private:
    void beginJob(const QString &description);
    void endJob();
    void handleOpened(const WorkspaceInfo &info);
    void handleSnapshot(const InventorySnapshot &snapshot);

    QThread m_thread;
    InventoryWorker *m_worker = nullptr; ///< lives on m_thread, deleted when it finishes
    std::shared_ptr<std::atomic_bool> m_stop;
    WorkspaceInfo m_workspace;
    InventorySnapshot m_snapshot;
    bool m_open = false;
    int m_jobs = 0;
    QString m_currentJob;
    quint64 m_nextRequest = 1;
};

} // namespace OpsDeck::Models
