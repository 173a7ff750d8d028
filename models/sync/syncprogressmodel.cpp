// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/sync/syncprogressmodel.h"

#include <algorithm>

#include <QLocale>

namespace OpsDeck::Models {

SyncProgressModel::SyncProgressModel(SyncSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(source, &SyncSource::started, this, &SyncProgressModel::handleStarted);
    connect(source, &SyncSource::progressed, this, &SyncProgressModel::handleStep);
    connect(source, &SyncSource::finished, this, &SyncProgressModel::handleFinished);
    rebuild();
}

SyncProgressModel::RowState SyncProgressModel::rowState(int row) const
{
    return m_rows.value(row).state;
}

int SyncProgressModel::rowOf(const QString &endpoint) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).endpoint == endpoint)
            return i;
    }
    return -1;
}

QString SyncProgressModel::stateText(RowState state)
{
    switch (state) {
    case RowState::Waiting:
        return tr("Waiting");
    case RowState::Running:
        return tr("Fetching");
    case RowState::Done:
        return tr("Done");
    case RowState::Failed:
        return tr("Failed");
    case RowState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int SyncProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EndpointColumn:
            return r.endpoint;
        case StateColumn:
            return stateText(r.state);
        case ObjectsColumn:
            if (r.state == RowState::Waiting)
                return QString();
            return r.total >= 0 ? tr("%1 of %2").arg(QLocale().toString(r.objects), QLocale().toString(r.total))
                                : QLocale().toString(r.objects);
        case BytesColumn:
            return r.state == RowState::Waiting ? QString() : QLocale().formattedDataSize(r.bytes);
        case EtaColumn:
            if (r.state != RowState::Running || r.etaMs < 0)
                return QString();
            return SyncSource::ageText((r.etaMs + 999) / 1000);
        case ErrorColumn:
            return r.error;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn && !r.error.isEmpty() ? QVariant(r.error) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ObjectsColumn || index.column() == BytesColumn || index.column() == EtaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole:
        return int(r.state);
    case PercentRole:
        if (r.state == RowState::Done)
            return 100;
        return r.total > 0 ? int(std::min<qint64>(100, r.objects * 100 / r.total)) : -1;
    case ObjectsRole:
        return r.objects;
    case TotalRole:
        return r.total;
    case BytesRole:
        return r.bytes;
    default:
        return {};
    }
}

QVariant SyncProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case ObjectsColumn:
        return tr("Objects");
    case BytesColumn:
        return tr("Received");
    case EtaColumn:
        return tr("Remaining");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void SyncProgressModel::handleStarted()
{
    rebuild();
}

void SyncProgressModel::handleStep(const SyncStep &step)
{
    int row = step.index >= 0 && step.index < m_rows.size() && m_rows.at(step.index).endpoint == step.endpoint
                  ? step.index
                  : rowOf(step.endpoint);
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(Row{step.endpoint, RowState::Waiting, 0, -1, 0, -1, {}});
        endInsertRows();
    }
    // Endpoints run in order: everything before this one is in.
    for (int i = 0; i < row; ++i) {
        if (m_rows.at(i).state == RowState::Waiting || m_rows.at(i).state == RowState::Running)
            setRowState(i, RowState::Done);
    }
    Row &r = m_rows[row];
    r.objects = step.objects;
    r.total = step.total;
    r.bytes = step.bytes;
    r.etaMs = step.etaMs;
    r.state = step.committing ? RowState::Done : RowState::Running;
    m_current = row;
    rowChanged(row);
}

void SyncProgressModel::handleFinished(SyncSource::State state)
{
    if (state == SyncSource::State::Succeeded) {
        for (int i = 0; i < m_rows.size(); ++i)
            setRowState(i, RowState::Done);
        return;
    }
    const int row = m_current >= 0 ? m_current : 0;
    if (row >= m_rows.size())
        return;
    if (state == SyncSource::State::Failed) {
        m_rows[row].error = m_source ? m_source->errorText() : QString();
        setRowState(row, RowState::Failed);
    } else {
        setRowState(row, RowState::Cancelled);
    }
}

void SyncProgressModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_current = -1;
    if (m_source) {
        for (const QString &endpoint : m_source->endpoints())
            m_rows.append(Row{endpoint, RowState::Waiting, 0, -1, 0, -1, {}});
    }
    endResetModel();
}

void SyncProgressModel::setRowState(int row, RowState state)
{
    if (m_rows.at(row).state == state)
        return;
    m_rows[row].state = state;
    rowChanged(row);
}

void SyncProgressModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace OpsDeck::Models
