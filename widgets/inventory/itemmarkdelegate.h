// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QColor>
#include <QList>
#include <QPointer>
#include <QStyledItemDelegate>

namespace OpsDeck::Widgets {

/// A small mark on an item: a glyph on a coloured tag (the worst alarm, a
/// configuration that is not compliant), with a line for the tooltip.
struct ItemMark
{
    enum class Shape { Pill, Tag }; ///< rounded ends, or a square tag

    QString glyph;
    QColor fill;
    QColor text = Qt::white;
    Shape shape = Shape::Pill;
    QString toolTip; ///< translated
};

/// Paints @p mark in @p rect: the tag, and its glyph in a bold @p font sized
/// to the rect. The one routine for marks in item views and graphics scenes
/// alike; any thread (uses no widget state).
void paintItemMark(QPainter *painter, const QRectF &rect, const ItemMark &mark, QFont font);

/// Adds marks to a view another delegate paints: after the inner delegate,
/// the marks the sources give for the row, side by side from the right end
/// of the first column (see markRect()), and their lines in the tooltip.
/// Sources are asked by ascending order: the first one's mark goes
/// rightmost; a source without a mark for the row takes no room. The inner
/// delegate is not owned. GUI thread.
class ItemMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemMarkDelegate)

public:
    /// The mark of a row, or none; called on every paint, so it must be cheap.
    using Lookup = std::function<std::optional<ItemMark>(const QModelIndex &index)>;

    explicit ItemMarkDelegate(QAbstractItemDelegate *inner, QObject *parent = nullptr);

    /// Adds a source of marks, laid out left of those of lower @p order (and
    /// of the same order added before).
    void addSource(Lookup lookup, int order = 0);
    /// The marks of @p index, rightmost first (none outside the first column).
    [[nodiscard]] QList<ItemMark> marks(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The rectangle of the @p slot-th mark from the right (0: rightmost) in
    /// a cell of @p cell (for tests and hit checks).
    [[nodiscard]] static QRect markRect(const QRect &cell, const QFontMetrics &metrics, int slot = 0);

private:
    QPointer<QAbstractItemDelegate> m_inner;
    QList<std::pair<int, Lookup>> m_sources; ///< by ascending order
};

} // namespace OpsDeck::Widgets
