// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QThread>

#include "models/session/rack/rackdatasource.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Models {

class StoreRackWorker;

/// A RackDataSource over a workspace's store and plans folder. The store is
/// single-threaded and blocking, so a worker on a thread this object owns
/// ("opsdeck-rack") opens its own Store with @p opener (called on that
/// thread, e.g. Store::openSqlite on the workspace's store path) and runs
/// the queries and the plan file reads and writes there; answers come back
/// as queued signals carrying value types.
///
/// Lives on the GUI thread. The destructor stops the thread and waits.
class StoreRackDataSource final : public RackDataSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreRackDataSource)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<Store::Store>>()>;

    StoreRackDataSource(StoreOpener opener, QString plansDir, QObject *parent = nullptr);
    ~StoreRackDataSource() override;

    quint64 requestSite(qint64 siteId, qint64 rackId = 0) override;
    quint64 listPlans() override;
    quint64 savePlan(const QString &name, const QByteArray &document) override;
    quint64 loadPlan(const QString &name) override;

private:
    QThread m_thread;
    StoreRackWorker *m_worker = nullptr; ///< lives on m_thread, deleted when it finishes
    quint64 m_nextRequest = 1;
};

} // namespace OpsDeck::Models
