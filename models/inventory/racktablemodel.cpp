// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/racktablemodel.h"

#include "models/inventory/statusstyle.h"

namespace OpsDeck::Models {

namespace {

double utilisation(const Domain::Rack &rack)
{
    return rack.uHeight > 0 ? std::min(1.0, rack.usedUnits / rack.uHeight) : 0.0;
}

} // namespace

RackTableModel::RackTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RackTableModel::setRacks(const QList<Domain::Rack> &racks, const QHash<qint64, QString> &locationNames)
{
    beginResetModel();
    m_racks = racks;
    m_locationNames = locationNames;
    endResetModel();
}

int RackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_racks.size());
}

int RackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Rack &r = m_racks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return r.name;
        case LocationColumn:
            return m_locationNames.value(r.locationId);
        case StatusColumn:
            return statusText(r.status);
        case HeightColumn:
            return tr("%1U").arg(r.uHeight);
        case DevicesColumn:
            return r.deviceCount;
        case UtilisationColumn:
            return tr("%1 of %2U · %3%").arg(r.usedUnits).arg(r.uHeight).arg(qRound(utilisation(r) * 100));
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case HeightColumn:
            return r.uHeight;
        case DevicesColumn:
            return r.deviceCount;
        case UtilisationColumn:
            return utilisation(r);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusColor(r.status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DevicesColumn || index.column() == HeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    case UtilisationRole:
        return utilisation(r);
    default:
        return {};
    }
}

QVariant RackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Rack");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case HeightColumn:
        return tr("Height");
    case DevicesColumn:
        return tr("Devices");
    case UtilisationColumn:
        return tr("Space used");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OpsDeck::Models
