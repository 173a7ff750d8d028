// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/charttimeaxis.h"

#include <algorithm>
#include <iterator>

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>

namespace OpsDeck::Widgets {

ChartTimeAxis::ChartTimeAxis(QCategoryAxis *axis)
    : m_axis(axis)
{
}

void ChartTimeAxis::setRange(qint64 fromMs, qint64 toMs, double plotWidth)
{
    // Ticks on round local times (every 6 h at 00/06/12/18, midnights, ...),
    // about one per 130 pixels.
    static constexpr qint64 kSecond = 1000, kMinute = 60 * kSecond, kHourMs = 60 * kMinute, kDayMs = 24 * kHourMs;
    static constexpr qint64 kSteps[] = {kSecond,      2 * kSecond,  5 * kSecond,  10 * kSecond, 15 * kSecond,
                                        30 * kSecond, kMinute,      2 * kMinute,  5 * kMinute,  10 * kMinute,
                                        15 * kMinute, 30 * kMinute, kHourMs,      2 * kHourMs,  3 * kHourMs,
                                        6 * kHourMs,  12 * kHourMs, kDayMs,       2 * kDayMs,   7 * kDayMs,
                                        14 * kDayMs,  30 * kDayMs,  91 * kDayMs};
    const qint64 span = toMs - fromMs;
    const int maxTicks = std::max(2, int(plotWidth / 130));
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 s : kSteps) {
        if (span / s <= maxTicks) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const QString format = step < kMinute             ? QStringLiteral("HH:mm:ss")
                           : step >= kDayMs           ? QStringLiteral("ddd d MMM")
                           : span > kDayMs            ? QStringLiteral("ddd HH:mm")
                                                      : QStringLiteral("HH:mm");
    m_axis->setRange(double(fromMs), double(toMs));
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc()) * 1000;
    const qint64 align = std::min(step, 7 * kDayMs) == 7 * kDayMs ? kDayMs : step;
    qint64 t = fromMs + offset;
    t = (t / align + (t % align > 0 ? 1 : 0)) * align - offset;
    QList<qint64> ticks;
    for (int guard = 0; t < toMs && guard < 64; t += step, ++guard) {
        if (t > fromMs)
            ticks.append(t);
    }
    // Panning mostly keeps the same round times: then the labels stay as they are.
    if (ticks == m_ticks && !m_ticks.isEmpty())
        return;
    m_ticks = ticks;
    const QStringList old = m_axis->categoriesLabels();
    for (const QString &label : old)
        m_axis->remove(label);
    m_axis->setStartValue(double(ticks.isEmpty() ? fromMs : ticks.constFirst() - step));
    for (qint64 tick : std::as_const(ticks)) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(tick);
        const QString label = step >= kDayMs || dt.time() != QTime(0, 0) || span <= kDayMs
            ? locale.toString(dt, format)
            : locale.toString(dt, QStringLiteral("ddd d MMM")); // midnights name the day
        m_axis->append(label, double(tick));
    }
}

} // namespace OpsDeck::Widgets
