// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/mcp/mcpmatchmodel.h"

#include <algorithm>

#include <QColor>

#include "backend/store/store.h"

namespace OpsDeck::Models {

struct McpMatchModel::Shared
{
    StoreOpener opener;
    std::unique_ptr<Store::Store> store;

    Result<Store::Store *> open()
    {
        if (!store) {
            auto opened = opener();
            if (!opened)
                return opened.error();
            store = std::move(opened).value();
        }
        return store.get();
    }
};

struct McpMatchModel::Snapshot
{
    QList<Mcp::NeReviewRow> rows;
    QList<MatchableDevice> devices;
};

McpMatchModel::McpMatchModel(StoreOpener opener, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(new QObject)
    , m_shared(std::make_shared<Shared>(Shared{std::move(opener), {}}))
{
    m_thread.setObjectName(QStringLiteral("opsdeck-mcp-review"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The store is opened and closed on the worker thread.
    connect(&m_thread, &QThread::finished, m_worker, [shared = m_shared] { shared->store.reset(); },
            Qt::DirectConnection);
    m_thread.start();
}

McpMatchModel::~McpMatchModel()
{
    m_thread.quit();
    m_thread.wait();
}

int McpMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int McpMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString McpMatchModel::methodText(Mcp::MatchMethod method)
{
    switch (method) {
    case Mcp::MatchMethod::Name: return tr("Name");
    case Mcp::MatchMethod::IpAddress: return tr("IP address");
    case Mcp::MatchMethod::Serial: return tr("Serial number");
    case Mcp::MatchMethod::Manual: return tr("By hand");
    case Mcp::MatchMethod::None: break;
    }
    return tr("Unmatched");
}

QVariant McpMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mcp::NeReviewRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ElementColumn: return r.name;
        case AddressColumn: return r.ipAddress;
        case SerialColumn: return r.serial;
        case DeviceColumn: return r.deviceId ? r.deviceName : QString();
        case MethodColumn: return methodText(r.method);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ElementColumn)
            return tr("%1 (%2)").arg(r.name, r.typeGroup.isEmpty() ? r.networkElementId : r.typeGroup);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == MethodColumn && !r.deviceId)
            return QColor(0xb4, 0x53, 0x09);
        return {};
    case NetworkElementIdRole: return r.networkElementId;
    case DeviceIdRole: return r.deviceId;
    case MatchedRole: return r.deviceId != 0;
    case MethodRole: return int(r.method);
    default: return {};
    }
}

QVariant McpMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ElementColumn: return tr("Network element");
    case AddressColumn: return tr("IP address");
    case SerialColumn: return tr("Serial number");
    case DeviceColumn: return tr("NetBox device");
    case MethodColumn: return tr("Matched by");
    default: return {};
    }
}

int McpMatchModel::rowOf(const QString &networkElementId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).networkElementId == networkElementId)
            return i;
    }
    return -1;
}

int McpMatchModel::matchedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Mcp::NeReviewRow &r) { return r.deviceId; }));
}

void McpMatchModel::reload()
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [this, shared = m_shared] {
        Result<Snapshot> result = [&]() -> Result<Snapshot> {
            auto store = shared->open();
            if (!store)
                return store.error();
            auto rows = Mcp::McpMatchStore::reviewRows(**store);
            if (!rows)
                return rows.error();
            auto devices = (*store)->devices();
            if (!devices)
                return devices.error();
            Snapshot s;
            s.rows = std::move(*rows);
            // Unmatched first: they are what the review is for.
            std::stable_sort(s.rows.begin(), s.rows.end(), [](const Mcp::NeReviewRow &a, const Mcp::NeReviewRow &b) {
                return (a.deviceId != 0) < (b.deviceId != 0);
            });
            s.devices.reserve(devices->size());
            for (const Domain::Device &d : std::as_const(*devices))
                s.devices << MatchableDevice{d.id, d.name, d.primaryIp};
            std::sort(s.devices.begin(), s.devices.end(), [](const MatchableDevice &a, const MatchableDevice &b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
            return s;
        }();
        QMetaObject::invokeMethod(this, [this, result = std::move(result)] {
            --m_pending;
            if (!result) {
                emit errorOccurred(result.error());
                return;
            }
            apply(*result);
            emit loaded();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void McpMatchModel::apply(const Snapshot &snapshot)
{
    beginResetModel();
    m_rows = snapshot.rows;
    m_devices = snapshot.devices;
    endResetModel();
}

void McpMatchModel::setManualMatch(const QString &networkElementId, qint64 deviceId)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [this, shared = m_shared, networkElementId, deviceId] {
        Status status;
        if (auto store = shared->open(); !store)
            status = store.error();
        else
            status = Mcp::McpMatchStore::setManualMatch(**store, networkElementId, deviceId);
        QMetaObject::invokeMethod(this, [this, status, networkElementId, deviceId] {
            --m_pending;
            if (!status) {
                emit errorOccurred(status.error());
                return;
            }
            emit manualMatchSaved(networkElementId, deviceId);
            reload();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace OpsDeck::Models
