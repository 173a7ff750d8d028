// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/topology/topologyauditmodel.h"

#include "models/topology/topologymodel.h"

namespace OpsDeck::Models {

using Topology::AuditFinding;

TopologyAuditModel::TopologyAuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopologyAuditModel::setReport(const Topology::AuditReport &report)
{
    beginResetModel();
    m_report = report;
    m_checked = QList<bool>(report.findings.size(), false);
    endResetModel();
    emit checkedChanged(0);
}

QList<AuditFinding> TopologyAuditModel::checkedFindings() const
{
    QList<AuditFinding> out;
    for (int i = 0; i < m_report.findings.size(); ++i) {
        if (m_checked.at(i))
            out << m_report.findings.at(i);
    }
    return out;
}

Topology::CableChangeSet TopologyAuditModel::changeSet() const
{
    return Topology::LldpAudit::changeSet(checkedFindings());
}

void TopologyAuditModel::setAllChecked(bool checked)
{
    if (m_checked.isEmpty())
        return;
    m_checked.fill(checked);
    emit dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn), {Qt::CheckStateRole});
    emit checkedChanged(checked ? int(m_checked.size()) : 0);
}

QString TopologyAuditModel::kindText(AuditFinding::Kind kind)
{
    switch (kind) {
    case AuditFinding::Kind::MissingInNetBox:
        return tr("Missing in NetBox");
    case AuditFinding::Kind::NotSeenByLldp:
        return tr("Not seen by LLDP");
    case AuditFinding::Kind::PortMismatch:
        return tr("Port mismatch");
    case AuditFinding::Kind::UnknownNeighbour:
        return tr("Unknown neighbour");
    }
    return {};
}

int TopologyAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int TopologyAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopologyAuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditFinding &f = m_report.findings.at(index.row());
    const bool notSeen = f.kind == AuditFinding::Kind::NotSeenByLldp;
    const Topology::CableEnds &local = notSeen ? f.recorded : f.observed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(f.kind);
        case LocalColumn:
            return tr("%1 %2").arg(local.aDevice, local.aPort);
        case ObservedColumn:
            return notSeen ? tr("nothing") : tr("%1 %2").arg(f.observed.bDevice, f.observed.bPort);
        case RecordedColumn:
            if (f.kind == AuditFinding::Kind::MissingInNetBox || f.kind == AuditFinding::Kind::UnknownNeighbour)
                return tr("no cable");
            return tr("#%1: %2 %3 — %4 %5")
                .arg(f.cableId)
                .arg(f.recorded.aDevice, f.recorded.aPort, f.recorded.bDevice, f.recorded.bPort);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == KindColumn)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return TopologyModel::auditColor(f.kind);
        break;
    case KindRole:
        return int(f.kind);
    case FindingIndexRole:
        return index.row();
    case LocalDeviceIdRole:
        return local.aDeviceId;
    case RemoteDeviceIdRole:
        return local.bDeviceId;
    default:
        break;
    }
    return {};
}

bool TopologyAuditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != KindColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged(int(std::count(m_checked.cbegin(), m_checked.cend(), true)));
    return true;
}

Qt::ItemFlags TopologyAuditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == KindColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TopologyAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Difference");
    case LocalColumn:
        return tr("Local port");
    case ObservedColumn:
        return tr("LLDP neighbour");
    case RecordedColumn:
        return tr("NetBox cable");
    }
    return {};
}

} // namespace OpsDeck::Models
