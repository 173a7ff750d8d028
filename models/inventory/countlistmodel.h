// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace OpsDeck::Models {

/// Label/count pairs with a colour (devices per role, per status). Filled
/// with setEntries(). GUI thread.
class CountListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountListModel)

public:
    struct Entry
    {
        QString label;
        int count = 0;
        QColor color;
    };
    enum Column { LabelColumn, CountColumn, ColumnCount };
    enum Role { FractionRole = Qt::UserRole }; ///< count / total, 0..1

    explicit CountListModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] int total() const { return m_total; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    int m_total = 0;
};

} // namespace OpsDeck::Models
