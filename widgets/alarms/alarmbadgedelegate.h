// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <optional>

#include <QPointer>
#include <QStyledItemDelegate>

#include "backend/alarms/alarmtypes.h"

namespace OpsDeck::Widgets {

/// Adds alarm badges to a view another delegate paints: after the inner
/// delegate, a small mark in the colour of the worst alarm at the right end
/// of the first column of every row that has one (the lookup decides, from
/// the row's index), and a line about it in the tooltip. The inner delegate
/// is not owned. GUI thread.
class AlarmBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmBadgeDelegate)

public:
    using Lookup = std::function<std::optional<Alarms::Severity>(const QModelIndex &index)>;

    AlarmBadgeDelegate(QAbstractItemDelegate *inner, Lookup lookup, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The rectangle of the badge in a cell of @p cell (for tests and hit checks).
    [[nodiscard]] static QRect badgeRect(const QRect &cell, const QFontMetrics &metrics);

private:
    QPointer<QAbstractItemDelegate> m_inner;
    Lookup m_lookup;
};

} // namespace OpsDeck::Widgets
