// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QtGlobal>

class QCategoryAxis;

namespace OpsDeck::Widgets {

/// The time axis of a TimeSeriesChartView: a QCategoryAxis over ms since the
/// epoch whose labels sit on round local times (every 6 h at 00/06/12/18,
/// midnights, ...), about one per 130 pixels; midnights name the day. While
/// panning keeps the same round times the labels are left as they are. Does
/// not own the axis (its chart does). GUI thread.
class ChartTimeAxis final
{
public:
    explicit ChartTimeAxis(QCategoryAxis *axis);

    [[nodiscard]] QCategoryAxis *axis() const { return m_axis; }
    /// Shows [fromMs, toMs) on a plot area @p plotWidth pixels wide.
    void setRange(qint64 fromMs, qint64 toMs, double plotWidth);

private:
    QCategoryAxis *m_axis;
    QList<qint64> m_ticks; ///< the times the axis has labels for
};

} // namespace OpsDeck::Widgets
