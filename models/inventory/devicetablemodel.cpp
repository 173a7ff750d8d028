// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/devicetablemodel.h"

#include "models/inventory/statusstyle.h"
#include "models/session/inventory/inventoryservice.h"

namespace OpsDeck::Models {

DeviceTableModel::DeviceTableModel(InventoryService *source, QObject *parent)
    : QAbstractTableModel(parent)
{
    setSource(source);
}

void DeviceTableModel::setSource(InventoryService *source)
{
    if (m_source == source)
        return;
    disconnect(m_connection);
    m_source = source;
    if (m_source)
        m_connection = connect(m_source, &InventoryService::snapshotLoaded, this,
                               &DeviceTableModel::handleSnapshotLoaded);
    handleSnapshotLoaded();
}

void DeviceTableModel::handleSnapshotLoaded()
{
    beginResetModel();
    m_devices = m_source ? m_source->snapshot().devices : QList<Domain::Device>();
    m_rows.clear();
    m_filterText.clear();
    m_rows.reserve(m_devices.size());
    m_filterText.reserve(m_devices.size());
    for (int row = 0; row < m_devices.size(); ++row) {
        const Domain::Device &d = m_devices[row];
        m_rows.insert(d.id, row);
        // One haystack per row, so filtering never formats on the fly.
        m_filterText << QStringList{d.name, d.roleName, d.manufacturer, d.model, d.platform, d.primaryIp,
                                    d.serial, d.assetTag}
                            .join(u'\x1f')
                            .toLower();
    }
    endResetModel();
}

int DeviceTableModel::rowOf(qint64 deviceId) const
{
    return m_rows.value(deviceId, -1);
}

Domain::Device DeviceTableModel::device(int row) const
{
    return row >= 0 && row < m_devices.size() ? m_devices[row] : Domain::Device();
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Device &d = m_devices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return d.name;
        case StatusColumn:
            return statusText(d.status);
        case SiteColumn:
            return d.siteName;
        case RackColumn:
            return d.rackName;
        case PositionColumn:
            if (role == SortRole)
                return d.position;
            return d.position > 0 ? tr("U%1").arg(d.position) : QString();
        case RoleColumn:
            return d.roleName;
        case ManufacturerColumn:
            return d.manufacturer;
        case TypeColumn:
            return d.model;
        case PlatformColumn:
            return d.platform;
        case PrimaryIpColumn:
            return d.primaryIp;
        case SerialColumn:
            return d.serial;
        case AssetTagColumn:
            return d.assetTag;
        case TenantColumn:
            return d.tenantName;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusColor(d.status);
        if (index.column() == RoleColumn)
            return roleColor(d.roleColor);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !d.description.isEmpty())
            return d.description;
        return {};
    case IdRole:
        return d.id;
    case SiteIdRole:
        return d.siteId;
    case LocationIdRole:
        return d.locationId;
    case RackIdRole:
        return d.rackId;
    case StatusRole:
        return d.status;
    case FilterTextRole:
        return m_filterText[index.row()];
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case SiteColumn:
        return tr("Site");
    case RackColumn:
        return tr("Rack");
    case PositionColumn:
        return tr("Position");
    case RoleColumn:
        return tr("Role");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case TypeColumn:
        return tr("Type");
    case PlatformColumn:
        return tr("Platform");
    case PrimaryIpColumn:
        return tr("Primary IP");
    case SerialColumn:
        return tr("Serial");
    case AssetTagColumn:
        return tr("Asset tag");
    case TenantColumn:
        return tr("Tenant");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OpsDeck::Models
