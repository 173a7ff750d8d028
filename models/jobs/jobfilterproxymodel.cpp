// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/jobs/jobfilterproxymodel.h"

#include "models/jobs/jobtablemodel.h"

namespace OpsDeck::Models {

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setStates(const QList<Jobs::JobState> &states)
{
    if (m_states == states)
        return;
    m_states = states;
    invalidateRowsFilter();
}

void JobFilterProxyModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void JobFilterProxyModel::setText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_words == words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void JobFilterProxyModel::setMineOnly(bool mine)
{
    if (m_mineOnly == mine)
        return;
    m_mineOnly = mine;
    invalidateRowsFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty()
        && !m_states.contains(Jobs::JobState(index.data(JobTableModel::StateRole).toInt())))
        return false;
    if (!m_kind.isEmpty() && index.data(JobTableModel::KindRole).toString() != m_kind)
        return false;
    if (m_mineOnly && !index.data(JobTableModel::MineRole).toBool())
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(JobTableModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace OpsDeck::Models
