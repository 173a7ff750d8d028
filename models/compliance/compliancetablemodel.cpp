// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/compliance/compliancetablemodel.h"

namespace OpsDeck::Models {

ComplianceTableModel::ComplianceTableModel(ComplianceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    if (!session)
        return;
    connect(session, &ComplianceSession::reportLoaded, this, &ComplianceTableModel::reset);
    reset(session->report());
}

ComplianceTableModel::~ComplianceTableModel() = default;

void ComplianceTableModel::reset(const ComplianceReport &report)
{
    beginResetModel();
    m_devices = report.devices;
    endResetModel();
}

const DeviceCompliance *ComplianceTableModel::deviceAt(int row) const
{
    return row >= 0 && row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

int ComplianceTableModel::rowOf(const QString &device) const
{
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices.at(i).device == device)
            return i;
    }
    return -1;
}

int ComplianceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int ComplianceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplianceTableModel::stateText(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Compliant:
        return tr("Compliant");
    case ComplianceState::NonCompliant:
        return tr("Not compliant");
    case ComplianceState::NotApplicable:
        return tr("Not applicable");
    case ComplianceState::Unknown:
        break;
    }
    return tr("Unknown");
}

QColor ComplianceTableModel::stateColor(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Compliant:
        return QColor(0x2e, 0x8b, 0x57);
    case ComplianceState::NonCompliant:
        return QColor(0xc6, 0x28, 0x28);
    case ComplianceState::NotApplicable:
    case ComplianceState::Unknown:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QString ComplianceTableModel::versionText(const DeviceCompliance &device)
{
    if (device.runningVersion.isEmpty())
        return device.targetVersion.isEmpty() ? QString() : tr("target %1").arg(device.targetVersion);
    if (device.targetVersion.isEmpty() || device.targetVersion == device.runningVersion)
        return device.runningVersion;
    return tr("%1 → %2").arg(device.runningVersion, device.targetVersion);
}

QVariant ComplianceTableModel::data(const QModelIndex &index, int role) const
{
    const DeviceCompliance *d = index.isValid() ? deviceAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == StateRole)
        return int(d->state);
    if (role == SiteRole)
        return d->site;
    if (role == DeviceRole)
        return d->device;
    if (role == SortRole) {
        switch (index.column()) {
        case StateColumn: {
            static const int rank[] = {1, 2, 0, 3}; // Unknown, Compliant, NonCompliant, NotApplicable
            return rank[int(d->state)];
        }
        case FailedColumn:
            return d->failedChecks();
        case DriftColumn:
            return d->driftAdded + d->driftRemoved;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return stateColor(d->state);
    if (role == Qt::ToolTipRole && index.column() == VersionColumn && !d->upgradePath.isEmpty())
        return tr("Upgrade path: %1").arg(d->upgradePath.join(QStringLiteral(" → ")));
    if (role == Qt::TextAlignmentRole && (index.column() == FailedColumn || index.column() == DriftColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeviceColumn:
        return d->device;
    case SiteColumn:
        return d->site;
    case RoleColumn:
        return d->role;
    case StateColumn:
        return stateText(d->state);
    case FailedColumn:
        return d->failedChecks();
    case SeverityColumn:
        return d->worstSeverity;
    case VersionColumn:
        return versionText(*d);
    case DriftColumn:
        if (!d->hasIntended)
            return QString();
        return d->driftAdded == 0 && d->driftRemoved == 0
                   ? tr("none")
                   : tr("%1 missing, %2 extra").arg(d->driftAdded).arg(d->driftRemoved);
    default:
        return {};
    }
}

QVariant ComplianceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case SiteColumn:
        return tr("Site");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case FailedColumn:
        return tr("Failed");
    case SeverityColumn:
        return tr("Worst");
    case VersionColumn:
        return tr("Software");
    case DriftColumn:
        return tr("Drift");
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
