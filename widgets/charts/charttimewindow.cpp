// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/charttimewindow.h"

#include <algorithm>

#include <QDateTime>

namespace OpsDeck::Widgets {

ChartTimeWindow::ChartTimeWindow(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChartTimeWindow::handleTimeout);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_from = now - 3600 * 1000;
    m_to = now;
    m_timer.start();
}

ChartTimeWindow::~ChartTimeWindow() = default;

void ChartTimeWindow::setLive(bool live)
{
    const qint64 span = m_to - m_from;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (live)
        apply(now - span, now, true);
    else
        apply(m_from, m_to, false);
}

void ChartTimeWindow::setSpan(qint64 spanMs)
{
    spanMs = std::clamp(spanMs, minSpanMs, maxSpanMs);
    if (m_live) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        apply(now - spanMs, now, true);
    } else {
        const qint64 centre = m_from + (m_to - m_from) / 2;
        apply(centre - spanMs / 2, centre + spanMs / 2, false);
    }
}

void ChartTimeWindow::setLiveInterval(int ms)
{
    m_timer.setInterval(std::max(100, ms));
}

void ChartTimeWindow::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < minSpanMs)
        toMs = fromMs + minSpanMs;
    apply(fromMs, toMs, false);
}

void ChartTimeWindow::zoom(double factor, qint64 centreMs)
{
    const qint64 span = m_to - m_from;
    const qint64 newSpan = std::clamp(qint64(double(span) * factor), minSpanMs, maxSpanMs);
    const double ratio = span > 0 ? double(centreMs - m_from) / double(span) : 0.5;
    const qint64 from = centreMs - qint64(ratio * double(newSpan));
    apply(from, from + newSpan, false);
}

void ChartTimeWindow::pan(double fraction)
{
    const qint64 shift = qint64(double(m_to - m_from) * fraction);
    apply(m_from + shift, m_to + shift, false);
}

void ChartTimeWindow::apply(qint64 fromMs, qint64 toMs, bool live)
{
    const bool moved = fromMs != m_from || toMs != m_to || live != m_live;
    m_from = fromMs;
    m_to = toMs;
    m_live = live;
    if (live && !m_timer.isActive())
        m_timer.start();
    else if (!live)
        m_timer.stop();
    if (moved)
        emit changed(m_from, m_to, m_live);
    emit applied();
}

void ChartTimeWindow::followNow()
{
    if (!m_live)
        return;
    const qint64 span = m_to - m_from;
    m_to = QDateTime::currentMSecsSinceEpoch();
    m_from = m_to - span;
}

void ChartTimeWindow::handleTimeout()
{
    if (!m_live)
        return;
    followNow();
    emit ticked();
}

} // namespace OpsDeck::Widgets
