// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>

#include "models/session/charts/valueunit.h"

class QValueAxis;

namespace OpsDeck::Widgets {

/// The value axis of a TimeSeriesChartView: its range, padded around the
/// data shown (and down to a floor when one is set), and its unit, chosen for
/// the largest value and carried by its title ("Gbit/s"). The scale stays
/// while the data still fits it well, for a steady axis while scrolling.
/// Does not own the axis (its chart does). GUI thread.
class ChartValueAxis final
{
public:
    explicit ChartValueAxis(QValueAxis *axis);

    [[nodiscard]] QValueAxis *axis() const { return m_axis; }
    void setFormat(Models::ValueFormat format);
    [[nodiscard]] Models::ValueFormat format() const { return m_format; }
    /// Fixes the lower end of the axis (e.g. 0 for traffic); unset by default.
    void setFloor(double floor);

    /// Fits the axis to data between @p lo and @p hi, in the series' own
    /// unit, keeping @p marks (threshold values) in view. @p lo > @p hi
    /// means no data yet: a placeholder scale, replaced as soon as data comes.
    void fit(double lo, double hi, const QList<double> &marks);
    /// What a value in the series' unit is divided by to read in the axis' unit.
    [[nodiscard]] double divisor() const { return m_divisor; }

private:
    QValueAxis *m_axis;
    Models::ValueFormat m_format = Models::ValueFormat::Plain;
    bool m_hasFloor = false;
    double m_floor = 0;
    double m_divisor = 1;
    bool m_scaleValid = false;
};

} // namespace OpsDeck::Widgets
