// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmbadgedelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "models/alarms/alarmstyle.h"

namespace OpsDeck::Widgets {

AlarmBadgeDelegate::AlarmBadgeDelegate(QAbstractItemDelegate *inner, Lookup lookup, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_inner(inner)
    , m_lookup(std::move(lookup))
{
}

QRect AlarmBadgeDelegate::badgeRect(const QRect &cell, const QFontMetrics &metrics)
{
    const int h = std::max(8, metrics.height() * 3 / 4);
    const int w = std::max(h, metrics.horizontalAdvance(QLatin1Char('!')) + h / 2);
    return QRect(cell.right() - w - 3, cell.center().y() - h / 2, w, h);
}

void AlarmBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_inner)
        m_inner->paint(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != 0 || !m_lookup)
        return;
    const std::optional<Alarms::Severity> severity = m_lookup(index);
    if (!severity)
        return;
    const QRect badge = badgeRect(option.rect, option.fontMetrics);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Models::alarmSeverityColor(*severity));
    painter->drawRoundedRect(badge, badge.height() / 3.0, badge.height() / 3.0);
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPixelSize(std::max(6, badge.height() - 2));
    painter->setFont(bold);
    painter->setPen(Models::alarmSeverityTextColor(*severity));
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

QSize AlarmBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return m_inner ? m_inner->sizeHint(option, index) : QStyledItemDelegate::sizeHint(option, index);
}

bool AlarmBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    const std::optional<Alarms::Severity> severity =
        index.column() == 0 && m_lookup ? m_lookup(index) : std::optional<Alarms::Severity>();
    if (event->type() != QEvent::ToolTip || !severity)
        return m_inner ? m_inner->helpEvent(event, view, option, index)
                       : QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = index.data(Qt::ToolTipRole).toString();
    if (!tip.isEmpty())
        tip += QLatin1Char('\n');
    tip += tr("Worst active alarm: %1").arg(Models::alarmSeverityText(*severity));
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace OpsDeck::Widgets
