// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/bardelegate.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>

namespace OpsDeck::Widgets {

BarDelegate::BarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(fractionRole)
{
}

void BarDelegate::setThresholds(double warning, double critical)
{
    m_warning = warning;
    m_critical = critical;
}

void BarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double fraction = std::clamp(value.toDouble(), 0.0, 1.0);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int margin = std::max(2, opt.fontMetrics.height() / 6);
    QRect track = opt.rect.adjusted(margin * 2, margin, -margin * 2, -margin);
    QColor accent = opt.palette.color(QPalette::Highlight);
    if (fraction >= m_critical)
        accent = QColor(0xdc, 0x35, 0x45);
    else if (fraction >= m_warning)
        accent = QColor(0xe0, 0x9b, 0x12);
    QColor trackColor = opt.palette.color(QPalette::Mid);
    trackColor.setAlpha(70);
    QColor fill = accent;
    fill.setAlpha(opt.state & QStyle::State_Selected ? 200 : 150);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    const qreal radius = track.height() / 4.0;
    painter->drawRoundedRect(track, radius, radius);
    QRect bar = track;
    bar.setWidth(int(track.width() * fraction));
    painter->setBrush(fill);
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, radius, radius);
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                       : opt.palette.color(QPalette::Text));
    painter->drawText(track.adjusted(margin * 2, 0, -margin * 2, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace OpsDeck::Widgets
