// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/events/eventlistmodel.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>

#include "backend/ipc/ipcclient.h"

namespace OpsDeck::Models {

namespace {

constexpr int kFlushIntervalMs = 250;

} // namespace

DeviceEvent DeviceEvent::fromJson(const QJsonObject &json)
{
    DeviceEvent e;
    e.id = json.value(QStringLiteral("id")).toInteger();
    e.receivedAt = QDateTime::fromString(json.value(QStringLiteral("receivedAt")).toString(), Qt::ISODateWithMs);
    e.deviceId = json.value(QStringLiteral("deviceId")).toInteger();
    e.device = json.value(QStringLiteral("device")).toString();
    e.source = json.value(QStringLiteral("source")).toString();
    e.kind = json.value(QStringLiteral("kind")).toString();
    e.name = json.value(QStringLiteral("name")).toString();
    e.oid = json.value(QStringLiteral("oid")).toString();
    e.summary = json.value(QStringLiteral("summary")).toString();
    e.version = json.value(QStringLiteral("version")).toString();
    e.json = json;
    return e;
}

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventListModel::flush);
}

EventListModel::~EventListModel() = default;

void EventListModel::setClient(Ipc::IpcClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (!m_client)
        return;
    connect(m_client, &Ipc::IpcClient::connected, this, &EventListModel::handleConnected);
    connect(m_client, &Ipc::IpcClient::eventReceived, this, &EventListModel::handleEvent);
    if (m_client->isConnected())
        handleConnected();
}

void EventListModel::handleConnected()
{
    if (!m_client)
        return;
    m_client->subscribe({QStringLiteral("events")});
    m_client->listEvents({}, 0, m_historyLimit, this, [this](Result<QJsonValue> result) {
        if (!result) {
            emit historyFailed(result.error().toString());
            return;
        }
        for (const QJsonValue &v : result->toArray())
            post(v.toObject());
        flush();
    });
}

void EventListModel::handleEvent(const QString &topic, const QJsonObject &data)
{
    if (topic != QLatin1String("events") || data.value(QStringLiteral("type")).toString() != QLatin1String("trap"))
        return;
    post(data.value(QStringLiteral("event")).toObject());
}

void EventListModel::post(const QJsonObject &event)
{
    m_queue.append(DeviceEvent::fromJson(event));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventListModel::flush()
{
    m_flushTimer.stop();
    QList<DeviceEvent> fresh;
    for (DeviceEvent &e : m_queue) {
        if (e.id > 0 && m_ids.contains(e.id))
            continue;
        if (e.id > 0)
            m_ids.insert(e.id);
        fresh.append(std::move(e));
    }
    m_queue.clear();
    if (fresh.isEmpty())
        return;
    // Events arrive in id order per source; history and live events may
    // interleave, so keep the batch ordered by id.
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const DeviceEvent &a, const DeviceEvent &b) { return a.id < b.id; });
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_events.append(fresh);
    endInsertRows();
    trim();
    emit eventsAdded(int(fresh.size()));
}

void EventListModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_ids.clear();
    m_queue.clear();
    endResetModel();
}

void EventListModel::setMaximumEntries(int maximum)
{
    m_maximum = qMax(1, maximum);
    trim();
}

void EventListModel::trim()
{
    const int excess = int(m_events.size()) - m_maximum;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int i = 0; i < excess; ++i)
        m_ids.remove(m_events.at(i).id);
    m_events.remove(0, excess);
    endRemoveRows();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case DeviceColumn:
            return e.device;
        case EventColumn:
            return e.name;
        case SourceColumn:
            return e.version.isEmpty() ? e.source : tr("%1 (SNMP %2)").arg(e.source, e.version);
        case DetailsColumn:
            return e.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == EventColumn)
            return e.oid;
        if (index.column() == DeviceColumn && e.deviceId == 0)
            return tr("No device in the inventory has this address");
        return {};
    case EventIdRole:
        return e.id;
    case DeviceIdRole:
        return e.deviceId;
    case DeviceNameRole:
        return e.device;
    case KindRole:
        return e.kind;
    case OidRole:
        return e.oid;
    case JsonRole:
        return e.json;
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DeviceColumn:
        return tr("Device");
    case EventColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
