// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/inventory/inventoryservice.h"

#include <algorithm>
#include <optional>

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

#include "backend/demo/demometrics.h"
#include "backend/demo/demoworkspace.h"
#include "backend/demo/estategenerator.h"
#include "backend/store/store.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceregistry.h"

Q_LOGGING_CATEGORY(lcInventory, "opsdeck.inventory")

namespace OpsDeck::Models {

/// Owns the store; lives on the service's thread and is only touched there.
class InventoryWorker final : public QObject
{
public:
    std::unique_ptr<Store::Store> store;
    std::optional<Workspace::Workspace> workspace;
};

namespace {

Result<QList<CircuitInfo>> loadCircuits(Store::Store &store)
{
    using Domain::ObjectKind;
    auto circuitIds = store.lastUpdated(ObjectKind::Circuit);
    if (!circuitIds)
        return circuitIds.error();
    auto terminationIds = store.lastUpdated(ObjectKind::CircuitTermination);
    if (!terminationIds)
        return terminationIds.error();

    // Terminations: id, circuit_id, term_side, termination_type, termination_id, ...
    QMultiHash<qint64, std::pair<QString, qint64>> sitesByCircuit;
    for (auto it = terminationIds->cbegin(); it != terminationIds->cend(); ++it) {
        auto row = store.row(ObjectKind::CircuitTermination, it.key());
        if (!row)
            return row.error();
        if (row->size() > 4 && row->at(3).toString() == QLatin1String("dcim.site"))
            sitesByCircuit.insert(row->at(1).toLongLong(), {row->at(2).toString(), row->at(4).toLongLong()});
    }

    QList<CircuitInfo> circuits;
    for (auto it = circuitIds->cbegin(); it != circuitIds->cend(); ++it) {
        // Circuits: id, cid, provider_id, type_name, status, tenant_id, commit_rate, description, ...
        auto row = store.row(ObjectKind::Circuit, it.key());
        if (!row)
            return row.error();
        if (row->size() < 8)
            continue;
        CircuitInfo circuit;
        circuit.id = row->at(0).toLongLong();
        circuit.cid = row->at(1).toString();
        if (auto provider = store.row(ObjectKind::Provider, row->at(2).toLongLong()); provider && provider->size() > 1)
            circuit.provider = provider->at(1).toString();
        circuit.type = row->at(3).toString();
        circuit.status = row->at(4).toString();
        circuit.commitRateKbps = row->at(6).toLongLong();
        circuit.description = row->at(7).toString();
        auto ends = sitesByCircuit.values(circuit.id);
        std::sort(ends.begin(), ends.end());
        for (const auto &end : std::as_const(ends))
            circuit.siteIds << end.second;
        circuits << circuit;
    }
    std::sort(circuits.begin(), circuits.end(),
              [](const CircuitInfo &a, const CircuitInfo &b) { return a.cid < b.cid; });
    return circuits;
}

Result<InventorySnapshot> loadSnapshot(Store::Store &store)
{
    InventorySnapshot snapshot;
    auto regions = store.regions();
    if (!regions)
        return regions.error();
    snapshot.regions = *regions;
    auto sites = store.sites();
    if (!sites)
        return sites.error();
    snapshot.sites = *sites;
    for (const Domain::Site &site : std::as_const(snapshot.sites)) {
        auto locations = store.locations(site.id);
        if (!locations)
            return locations.error();
        snapshot.locations << *locations;
        auto racks = store.racks(site.id);
        if (!racks)
            return racks.error();
        snapshot.racks << *racks;
    }
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    snapshot.devices = *devices;
    auto interfaces = store.count(Domain::ObjectKind::Interface);
    if (!interfaces)
        return interfaces.error();
    snapshot.interfaceCount = *interfaces;
    auto circuits = loadCircuits(store);
    if (!circuits)
        return circuits.error();
    snapshot.circuits = *circuits;
    return snapshot;
}

WorkspaceInfo describe(const Workspace::Workspace &workspace, const Store::Store &store, bool demo = false)
{
    return {workspace.name(),
            workspace.folder(),
            store.description(),
            workspace.config().connections.netbox.url,
            workspace.storePath(),
            workspace.plansDir(),
            Demo::metricStorePath(workspace.folder()),
            demo};
}

} // namespace

InventoryService::InventoryService(QObject *parent)
    : QObject(parent)
    , m_worker(new InventoryWorker)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<OpsDeck::Models::WorkspaceInfo>();
    qRegisterMetaType<OpsDeck::Models::DeviceDetails>();
    qRegisterMetaType<OpsDeck::Error>();
    m_thread.setObjectName(QStringLiteral("opsdeck-inventory"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

InventoryService::~InventoryService()
{
    m_stop->store(true);
    // The store must close on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->store.reset();
            worker->workspace.reset();
        },
        Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void InventoryService::beginJob(const QString &description)
{
    ++m_jobs;
    m_currentJob = description;
    emit runningJobsChanged(m_jobs, m_currentJob);
}

void InventoryService::endJob()
{
    m_jobs = std::max(0, m_jobs - 1);
    if (m_jobs == 0)
        m_currentJob.clear();
    emit runningJobsChanged(m_jobs, m_currentJob);
}

void InventoryService::openDemoWorkspace(const QString &registryRoot, int scale)
{
    beginJob(tr("Preparing the demo workspace"));
    Demo::EstateOptions options;
    options.scale = std::max(1, scale);
    qint64 total = 0;
    const Demo::EstateCounts counts = Demo::EstateGenerator(options).counts();
    for (qint64 count : counts)
        total += count;
    const auto stop = m_stop;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, registryRoot, options, total, stop] {
            const Workspace::WorkspaceRegistry registry(registryRoot.isEmpty() ? Workspace::WorkspaceRegistry::defaultRoot()
                                                                               : registryRoot);
            auto workspace = Demo::ensureDemoWorkspace(registry, options, [this, total, stop](qint64 written) {
                QMetaObject::invokeMethod(
                    this, [this, written, total] { emit openProgress(written, total); }, Qt::QueuedConnection);
                return !stop->load();
            });
            Result<std::unique_ptr<Store::Store>> store = workspace ? Store::Store::openSqlite(workspace->storePath())
                                                                    : Result<std::unique_ptr<Store::Store>>(workspace.error());
            if (!store) {
                const Error error = store.error();
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        endJob();
                        emit openFailed(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
            // Charts need something to show: a short history, topped up on
            // every later start. A failure only costs the charts their data.
            const QString metricsPath = Demo::metricStorePath(workspace->folder());
            if (auto metrics = Demo::ensureDemoMetrics(**store, metricsPath, QDateTime::currentMSecsSinceEpoch());
                !metrics)
                qCWarning(lcInventory) << "cannot write the demo metrics:" << metrics.error().toString();
            worker->store = std::move(*store);
            worker->workspace = std::move(*workspace);
            const WorkspaceInfo info = describe(*worker->workspace, *worker->store, true);
            QMetaObject::invokeMethod(this, [this, info] { handleOpened(info); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void InventoryService::openWorkspace(const QString &folder)
{
    beginJob(tr("Opening the workspace"));
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, folder] {
            auto fail = [this](const Error &error) {
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        endJob();
                        emit openFailed(error);
                    },
                    Qt::QueuedConnection);
            };
            auto workspace = Workspace::Workspace::open(folder);
            if (!workspace)
                return fail(workspace.error());
            if (workspace->config().store.driver != Workspace::StoreDriver::Sqlite) {
                return fail(Error(ErrorCode::Unsupported,
                                  QStringLiteral("the console opens SQLite workspaces only so far"),
                                  {{QStringLiteral("folder"), folder}}));
            }
            auto store = Store::Store::openSqlite(workspace->storePath());
            if (!store)
                return fail(store.error());
            worker->store = std::move(*store);
            worker->workspace = std::move(*workspace);
            const WorkspaceInfo info = describe(*worker->workspace, *worker->store);
            QMetaObject::invokeMethod(this, [this, info] { handleOpened(info); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void InventoryService::handleOpened(const WorkspaceInfo &info)
{
    m_workspace = info;
    m_open = true;
    qCInfo(lcInventory) << "opened workspace" << info.name << "-" << info.storeDescription;
    emit workspaceOpened(info);
    endJob();
    reload();
}

void InventoryService::reload()
{
    if (!m_open)
        return;
    beginJob(tr("Loading the inventory"));
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker] {
            auto snapshot = loadSnapshot(*worker->store);
            if (!snapshot) {
                const Error error = snapshot.error();
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        endJob();
                        emit errorOccurred(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, value = std::move(*snapshot)] { handleSnapshot(value); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void InventoryService::handleSnapshot(const InventorySnapshot &snapshot)
{
    m_snapshot = snapshot;
    qCInfo(lcInventory) << "inventory loaded:" << m_snapshot.sites.size() << "sites," << m_snapshot.racks.size()
                        << "racks," << m_snapshot.devices.size() << "devices";
    endJob();
    emit snapshotLoaded();
}

void InventoryService::withStore(QObject *context, Store::Work work)
{
    if (!m_open || !context)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, guard = QPointer<QObject>(context), work = std::move(work)] {
            if (!worker->store)
                return;
            // The work runs even when the context is gone by now (a save on
            // closing); only what follows on the context's thread is dropped.
            std::function<void()> then = work(*worker->store);
            if (!then || !guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, then = std::move(then)] {
                    if (guard)
                        then();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Store::Access InventoryService::storeAccess()
{
    return [service = QPointer<InventoryService>(this)](QObject *context, Store::Work work) {
        if (service)
            service->withStore(context, std::move(work));
    };
}

quint64 InventoryService::requestDevice(qint64 deviceId)
{
    const quint64 request = m_nextRequest++;
    if (!m_open)
        return request;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, deviceId, request] {
            auto device = worker->store->device(deviceId);
            auto interfaces = device ? worker->store->interfaces(deviceId)
                                     : Result<QList<Domain::Interface>>(device.error());
            if (!interfaces) {
                const Error error = interfaces.error();
                QMetaObject::invokeMethod(
                    this, [this, error] { emit errorOccurred(error); }, Qt::QueuedConnection);
                return;
            }
            const DeviceDetails details{*device, *interfaces};
            QMetaObject::invokeMethod(
                this, [this, request, details] { emit deviceLoaded(request, details); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

quint64 InventoryService::search(const QString &text, int limit)
{
    const quint64 request = m_nextRequest++;
    if (!m_open)
        return request;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, text, limit, request] {
            auto hits = worker->store->search(text, limit);
            if (!hits) {
                const Error error = hits.error();
                QMetaObject::invokeMethod(
                    this, [this, error] { emit errorOccurred(error); }, Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, request, text, value = *hits] { emit searchFinished(request, text, value); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

} // namespace OpsDeck::Models
