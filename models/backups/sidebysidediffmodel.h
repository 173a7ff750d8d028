// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "backend/core/linediff.h"

namespace OpsDeck::Models {

/// Two configurations side by side, a row per line pair: the old line's
/// number and text, the new line's number and text, coloured by what
/// happened to it (removed red, added green, changed amber on both sides).
/// Rows come from LineDiff::sideBySide, so two 20,000-line texts are shown
/// in a few milliseconds; the view asks only for the rows it paints.
/// GUI thread.
class SideBySideDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBySideDiffModel)

public:
    enum Column { LeftLineColumn, LeftTextColumn, RightLineColumn, RightTextColumn, ColumnCount };

    explicit SideBySideDiffModel(QObject *parent = nullptr);
    ~SideBySideDiffModel() override;

    /// Shows @p before against @p after: every line when @p context is
    /// negative, else the changes with @p context lines around each.
    void setTexts(const QString &before, const QString &after, int context = -1);
    void clear();
    /// The headers of the two text columns (default "Older" and "Newer").
    void setLabels(const QString &left, const QString &right);

    /// Rows that differ (changed, removed or added), in order.
    [[nodiscard]] const std::vector<int> &changedRows() const { return m_changed; }
    /// The first changed row after (or, when @p forward is false, before) @p row; -1 when none.
    [[nodiscard]] int nextChange(int row, bool forward = true) const;
    [[nodiscard]] const Core::LineDiff::Row &rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    /// Lines removed and added.
    [[nodiscard]] Core::LineDiff::Stats stats() const { return m_stats; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Core::LineDiff::Row> m_rows;
    std::vector<int> m_changed;
    Core::LineDiff::Stats m_stats;
    QString m_leftLabel;
    QString m_rightLabel;
};

} // namespace OpsDeck::Models
