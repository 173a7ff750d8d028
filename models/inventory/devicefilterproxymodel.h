// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include "models/inventory/navigationtreemodel.h"

namespace OpsDeck::Models {

/// Filters a DeviceTableModel: every word of the filter text must occur in
/// a row's name, role, manufacturer, type, platform, primary IP, serial or
/// asset tag (case-insensitive), and the row must lie in the scope (a site,
/// location or rack picked in the navigation tree). Sorts on typed values.
/// GUI thread.
class DeviceFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFilterProxyModel)

public:
    explicit DeviceFilterProxyModel(QObject *parent = nullptr);

    [[nodiscard]] QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    /// Limits rows to a site, location or rack; other kinds (or id 0) clear
    /// the scope.
    void setScope(NodeKind kind, qint64 id);
    void clearScope();
    [[nodiscard]] bool hasScope() const { return m_scopeId != 0; }

signals:
    void filterTextChanged(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    int m_scopeRole = 0;
    qint64 m_scopeId = 0;
};

} // namespace OpsDeck::Models
