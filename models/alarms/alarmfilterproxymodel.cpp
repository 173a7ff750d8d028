// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/alarms/alarmfilterproxymodel.h"

#include "models/alarms/alarmtablemodel.h"

namespace OpsDeck::Models {

AlarmFilterProxyModel::AlarmFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlarmTableModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void AlarmFilterProxyModel::setMinimumSeverity(std::optional<Alarms::Severity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void AlarmFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (m_state == filter)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void AlarmFilterProxyModel::setSite(const QString &site)
{
    if (m_site == site)
        return;
    m_site = site;
    invalidateRowsFilter();
}

void AlarmFilterProxyModel::setRole(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    invalidateRowsFilter();
}

void AlarmFilterProxyModel::setText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool AlarmFilterProxyModel::stateMatches(int flags) const
{
    using M = AlarmTableModel;
    switch (m_state) {
    case StateFilter::Any:
        return true;
    case StateFilter::NeedsAction:
        return !(flags & (M::Acknowledged | M::Shelved | M::InMaintenance));
    case StateFilter::Unacknowledged:
        return !(flags & M::Acknowledged);
    case StateFilter::Acknowledged:
        return flags & M::Acknowledged;
    case StateFilter::Shelved:
        return flags & M::Shelved;
    case StateFilter::InMaintenance:
        return flags & M::InMaintenance;
    case StateFilter::Flapping:
        return flags & M::Flapping;
    }
    return true;
}

bool AlarmFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity && i.data(AlarmTableModel::SeverityRole).toInt() > int(*m_severity))
        return false;
    if (!stateMatches(i.data(AlarmTableModel::FlagsRole).toInt()))
        return false;
    if (!m_site.isEmpty() && i.data(AlarmTableModel::SiteRole).toString().compare(m_site, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_role.isEmpty()
        && i.data(AlarmTableModel::DeviceRoleRole).toString().compare(m_role, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_words.isEmpty()) {
        const QString text = i.data(AlarmTableModel::SearchTextRole).toString();
        for (const QString &w : m_words) {
            if (!text.contains(w))
                return false;
        }
    }
    return true;
}

} // namespace OpsDeck::Models
