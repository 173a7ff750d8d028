// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QLabel>
#include <QPointer>

namespace OpsDeck::Widgets {

class MetricChartPanel;
class TimeSeriesChartView;

/// A plain message over a chart that has nothing to draw once its history
/// has loaded ("No data…", saying so when the interface has no SNMP match),
/// so an empty chart never looks like a broken one.
/// A child of the chart's viewport; follows its size. GUI thread.
class ChartEmptyNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartEmptyNotice)

public:
    explicit ChartEmptyNotice(TimeSeriesChartView *chart);
    ~ChartEmptyNotice() override;

    /// Adds a notice to every chart of @p panel.
    static void attachTo(MetricChartPanel *panel);
    /// The notice of @p chart, or null.
    [[nodiscard]] static ChartEmptyNotice *of(const TimeSeriesChartView *chart);
    /// Whether @p chart shows the interface series of an interface that no
    /// polled SNMP interface matches (so it can never have data).
    [[nodiscard]] static bool isUnmatchedInterface(TimeSeriesChartView *chart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();

    QPointer<TimeSeriesChartView> m_chart;
};

} // namespace OpsDeck::Widgets
