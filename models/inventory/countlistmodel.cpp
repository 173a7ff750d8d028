// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/countlistmodel.h"

namespace OpsDeck::Models {

CountListModel::CountListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CountListModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_total = 0;
    for (const Entry &entry : entries)
        m_total += entry.count;
    endResetModel();
}

int CountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? QVariant(e.label) : QVariant(e.count);
    case Qt::DecorationRole:
        return index.column() == LabelColumn && e.color.isValid() ? QVariant(e.color) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FractionRole:
        return m_total > 0 ? double(e.count) / m_total : 0.0;
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
