// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/itemmarkdelegate.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace OpsDeck::Widgets {

void paintItemMark(QPainter *painter, const QRectF &rect, const ItemMark &mark, QFont font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mark.fill);
    const double radius = mark.shape == ItemMark::Shape::Pill ? rect.height() / 3.0 : 1.5;
    painter->drawRoundedRect(rect, radius, radius);
    font.setBold(true);
    // A tag's glyph ("≠") sits at mid height without ascent: it may be as large as the tag.
    font.setPixelSize(std::max(6, int(rect.height()) - (mark.shape == ItemMark::Shape::Tag ? 0 : 2)));
    painter->setFont(font);
    painter->setPen(mark.text);
    painter->drawText(rect, Qt::AlignCenter, mark.glyph);
    painter->restore();
}

ItemMarkDelegate::ItemMarkDelegate(QAbstractItemDelegate *inner, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_inner(inner)
{}

void ItemMarkDelegate::addSource(Lookup lookup, int order)
{
    if (!lookup)
        return;
    const auto after = std::upper_bound(m_sources.begin(), m_sources.end(), order,
                                        [](int o, const std::pair<int, Lookup> &source) { return o < source.first; });
    m_sources.insert(after, {order, std::move(lookup)});
}

QList<ItemMark> ItemMarkDelegate::marks(const QModelIndex &index) const
{
    QList<ItemMark> out;
    if (index.column() != 0)
        return out;
    for (const auto &source : m_sources) {
        if (std::optional<ItemMark> mark = source.second(index))
            out << std::move(*mark);
    }
    return out;
}

QRect ItemMarkDelegate::markRect(const QRect &cell, const QFontMetrics &metrics, int slot)
{
    const int h = std::max(8, metrics.height() * 3 / 4);
    const int w = std::max(h, metrics.horizontalAdvance(QLatin1Char('!')) + h / 2);
    const int right = cell.right() - 3 - slot * (w + 3);
    return QRect(right - w, cell.center().y() - h / 2, w, h);
}

void ItemMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_inner)
        m_inner->paint(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
    const QList<ItemMark> shown = marks(index);
    for (int slot = 0; slot < shown.size(); ++slot)
        paintItemMark(painter, markRect(option.rect, option.fontMetrics, slot), shown.at(slot), option.font);
}

QSize ItemMarkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return m_inner ? m_inner->sizeHint(option, index) : QStyledItemDelegate::sizeHint(option, index);
}

bool ItemMarkDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    const QList<ItemMark> shown = event->type() == QEvent::ToolTip ? marks(index) : QList<ItemMark>();
    if (shown.isEmpty())
        return m_inner ? m_inner->helpEvent(event, view, option, index)
                       : QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    if (const QString own = index.data(Qt::ToolTipRole).toString(); !own.isEmpty())
        lines << own;
    for (const ItemMark &mark : shown)
        lines << mark.toolTip;
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view);
    return true;
}

} // namespace OpsDeck::Widgets
