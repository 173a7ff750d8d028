// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

/// The racks of a site with their space utilisation, for the site overview.
/// Filled with setRacks(). GUI thread.
class RackTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackTableModel)

public:
    enum Column { NameColumn, LocationColumn, StatusColumn, HeightColumn, DevicesColumn, UtilisationColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole,
        UtilisationRole, ///< used units / height, 0..1 (double)
        SortRole,
    };

    explicit RackTableModel(QObject *parent = nullptr);

    /// @p locationNames maps location ids to names for the Location column.
    void setRacks(const QList<Domain::Rack> &racks, const QHash<qint64, QString> &locationNames = {});
    [[nodiscard]] const QList<Domain::Rack> &racks() const { return m_racks; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<Domain::Rack> m_racks;
    QHash<qint64, QString> m_locationNames;
};

} // namespace OpsDeck::Models
