// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QStyledItemDelegate>

namespace OpsDeck::Widgets {

/// Draws a colour decoration (a QColor under Qt::DecorationRole: status,
/// role) as a small round dot beside the text instead of a full-height
/// swatch, sized from the font so it scales with the display.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace OpsDeck::Widgets
