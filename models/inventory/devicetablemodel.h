// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

class InventoryService;

/// Every device of the snapshot as one table row. Adapts an
/// InventoryService; resets when a new snapshot arrives. GUI thread.
class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        SiteColumn,
        RackColumn,
        PositionColumn,
        RoleColumn,
        ManufacturerColumn,
        TypeColumn,
        PlatformColumn,
        PrimaryIpColumn,
        SerialColumn,
        AssetTagColumn,
        TenantColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole, ///< device id
        SiteIdRole,
        LocationIdRole,
        RackIdRole,
        StatusRole,            ///< raw status value
        FilterTextRole,        ///< lower-case name, role, type, platform, IP, serial, asset tag
        SortRole,              ///< typed value for sorting
    };

    explicit DeviceTableModel(InventoryService *source = nullptr, QObject *parent = nullptr);

    void setSource(InventoryService *source);

    /// Row of a device, or -1.
    [[nodiscard]] int rowOf(qint64 deviceId) const;
    [[nodiscard]] Domain::Device device(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void handleSnapshotLoaded();

    QPointer<InventoryService> m_source;
    QList<Domain::Device> m_devices;
    QStringList m_filterText;
    QHash<qint64, int> m_rows;
    QMetaObject::Connection m_connection;
};

} // namespace OpsDeck::Models
