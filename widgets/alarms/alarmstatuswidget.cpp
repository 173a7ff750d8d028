// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmstatuswidget.h"

#include <QMouseEvent>

#include "models/alarms/alarmstyle.h"

namespace OpsDeck::Widgets {

AlarmStatusWidget::AlarmStatusWidget(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("alarmStatus"));
    setAccessibleName(tr("Alarms"));
    setTextFormat(Qt::RichText);
    setCursor(Qt::PointingHandCursor);
    setContentsMargins(6, 0, 6, 0);
    render();
}

void AlarmStatusWidget::showCounts(const Models::AlarmCounts &counts)
{
    m_counts = counts;
    render();
}

void AlarmStatusWidget::setUnavailableReason(const QString &reason)
{
    if (reason == m_unavailableReason)
        return;
    m_unavailableReason = reason;
    render();
}

void AlarmStatusWidget::setAvailable(bool available)
{
    m_available = available;
    render();
}

void AlarmStatusWidget::render()
{
    QStringList tips;
    QStringList chips;
    for (Alarms::Severity s : Models::alarmSeverities()) {
        const int n = m_counts.of(s);
        if (n == 0)
            continue;
        const QColor bg = Models::alarmSeverityColor(s);
        const QColor fg = Models::alarmSeverityTextColor(s);
        chips << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                     .arg(bg.name(), fg.name())
                     .arg(n);
        tips << tr("%1: %2").arg(Models::alarmSeverityText(s)).arg(n);
    }
    QString text = chips.isEmpty() ? tr("No alarms") : tr("Alarms %1").arg(chips.join(QStringLiteral("&nbsp;")));
    if (!m_available)
        text = QStringLiteral("<span style=\"color:gray;\">%1</span>").arg(text);
    setText(text);
    if (m_counts.unacknowledged > 0)
        tips << tr("%n not acknowledged", nullptr, m_counts.unacknowledged);
    if (m_counts.hidden > 0)
        tips << tr("%n shelved or in maintenance (not counted)", nullptr, m_counts.hidden);
    if (!m_available)
        tips << (m_unavailableReason.isEmpty()
                     ? tr("The OpsDeck service cannot be reached: the counts may be out of date.")
                     : m_unavailableReason);
    tips << tr("Click to show the alarms.");
    setToolTip(tips.join(QLatin1Char('\n')));
}

void AlarmStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated();
    QLabel::mouseReleaseEvent(event);
}

} // namespace OpsDeck::Widgets
