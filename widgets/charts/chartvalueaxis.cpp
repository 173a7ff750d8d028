// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/chartvalueaxis.h"

#include <algorithm>
#include <cmath>

#include <QValueAxis>

namespace OpsDeck::Widgets {

ChartValueAxis::ChartValueAxis(QValueAxis *axis)
    : m_axis(axis)
{
}

void ChartValueAxis::setFormat(Models::ValueFormat format)
{
    m_format = format;
    m_scaleValid = false;
}

void ChartValueAxis::setFloor(double floor)
{
    m_hasFloor = true;
    m_scaleValid = false;
    m_floor = floor;
}

void ChartValueAxis::fit(double lo, double hi, const QList<double> &marks)
{
    const bool placeholder = lo > hi;
    if (placeholder) {
        lo = 0;
        hi = 1;
    }
    for (double mark : marks) {
        lo = std::min(lo, mark);
        hi = std::max(hi, mark);
    }
    if (m_hasFloor)
        lo = std::min(m_floor, hi);
    // The axis, its title and the lines share one unit, chosen for the largest value shown.
    const double oldDivisor = m_divisor;
    const Models::ScaledUnit unit = Models::scaledUnit(m_format, std::max(std::abs(lo), std::abs(hi)));
    m_divisor = unit.divisor;
    if (m_divisor != oldDivisor)
        m_scaleValid = false; // the current scale is in another unit
    double yMin = lo / m_divisor;
    double yMax = hi / m_divisor;
    const double pad = std::max((yMax - yMin) * 0.08, std::abs(yMax) * 0.02 + 1e-9);
    if (!m_hasFloor || lo < m_floor)
        yMin -= pad;
    yMax += pad;

    // Keep the current scale while the data still fits it well: a steadier
    // axis while scrolling, and no relayout of every series per frame.
    const double curMin = m_axis->min();
    const double curMax = m_axis->max();
    const bool fits = m_scaleValid && yMin >= curMin && yMax <= curMax
        && (yMax - yMin) > 0.6 * (curMax - curMin);
    if (!fits) {
        m_axis->setRange(yMin, yMax);
        m_axis->applyNiceNumbers();
        m_scaleValid = !placeholder;
    }
    m_axis->setTitleText(unit.unit);
}

} // namespace OpsDeck::Widgets
