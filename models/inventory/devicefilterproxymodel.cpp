// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/devicefilterproxymodel.h"

#include <QCollator>

#include "models/inventory/devicetablemodel.h"

namespace OpsDeck::Models {

DeviceFilterProxyModel::DeviceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceTableModel::SortRole);
}

void DeviceFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
    emit filterTextChanged(text);
}

void DeviceFilterProxyModel::setScope(NodeKind kind, qint64 id)
{
    int role = 0;
    switch (kind) {
    case NodeKind::Site:
        role = DeviceTableModel::SiteIdRole;
        break;
    case NodeKind::Location:
        role = DeviceTableModel::LocationIdRole;
        break;
    case NodeKind::Rack:
        role = DeviceTableModel::RackIdRole;
        break;
    case NodeKind::Region:
    case NodeKind::Device:
        break;
    }
    if (!role)
        id = 0;
    if (role == m_scopeRole && id == m_scopeId)
        return;
    m_scopeRole = role;
    m_scopeId = id;
    invalidateFilter();
}

void DeviceFilterProxyModel::clearScope()
{
    setScope(NodeKind::Region, 0);
}

bool DeviceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_scopeId && index.data(m_scopeRole).toLongLong() != m_scopeId)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(DeviceTableModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool DeviceFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    // Natural order, so "sw-2" sorts before "sw-10".
    static thread_local QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(a.toString(), b.toString()) < 0;
}

} // namespace OpsDeck::Models
