// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/interfacetablemodel.h"

#include "models/inventory/statusstyle.h"

namespace OpsDeck::Models {

InterfaceTableModel::InterfaceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InterfaceTableModel::setInterfaces(const QList<Domain::Interface> &interfaces)
{
    beginResetModel();
    m_interfaces = interfaces;
    endResetModel();
}

QString InterfaceTableModel::speedText(qint64 kbps)
{
    if (kbps <= 0)
        return {};
    if (kbps >= 1000000)
        return tr("%1G").arg(double(kbps) / 1000000.0);
    if (kbps >= 1000)
        return tr("%1M").arg(double(kbps) / 1000.0);
    return tr("%1k").arg(kbps);
}

int InterfaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interfaces.size());
}

int InterfaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterfaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Interface &i = m_interfaces[index.row()];
    const bool connected = i.cableId != 0 && !i.peerDevice.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return i.name;
        case StateColumn:
            if (!i.enabled)
                return tr("Disabled");
            return connected ? tr("Connected") : tr("Free");
        case SpeedColumn:
            return speedText(i.speedKbps);
        case PeerColumn:
            if (!connected)
                return QString();
            return i.peerPort.isEmpty() ? i.peerDevice : tr("%1 : %2").arg(i.peerDevice, i.peerPort);
        case AddressColumn:
            return i.addresses.join(QStringLiteral(", "));
        case DescriptionColumn:
            return i.description;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            if (!i.enabled)
                return statusColor(QStringLiteral("offline"));
            return connected ? statusColor(i.cableStatus.isEmpty() ? QStringLiteral("connected") : i.cableStatus)
                             : statusColor(QString());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return i.mgmtOnly ? tr("%1 (management only)").arg(i.type) : i.type;
        if (index.column() == PeerColumn && connected && !i.cableStatus.isEmpty())
            return tr("Cable %1 · %2").arg(QString::number(i.cableId), statusText(i.cableStatus));
        return {};
    case IdRole:
        return i.id;
    case ConnectedRole:
        return connected;
    default:
        return {};
    }
}

QVariant InterfaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Interface");
    case StateColumn:
        return tr("State");
    case SpeedColumn:
        return tr("Speed");
    case PeerColumn:
        return tr("Connected to");
    case AddressColumn:
        return tr("IP addresses");
    case DescriptionColumn:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OpsDeck::Models
