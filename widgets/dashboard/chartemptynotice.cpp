// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/dashboard/chartemptynotice.h"

#include <QEvent>

#include "widgets/charts/metricchartpanel.h"
#include "widgets/charts/timeserieschartview.h"

namespace OpsDeck::Widgets {

ChartEmptyNotice::ChartEmptyNotice(TimeSeriesChartView *chart)
    : QLabel(chart->viewport())
    , m_chart(chart)
{
    setObjectName(QStringLiteral("chartEmptyNotice"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setText(tr("No data: nothing was collected for this chart in the time shown."));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
    setForegroundRole(QPalette::PlaceholderText);
    hide();
    chart->viewport()->installEventFilter(this);
    connect(chart, &TimeSeriesChartView::refreshed, this, &ChartEmptyNotice::updateVisibility);
    connect(chart->buffers(), &Models::SeriesBufferSet::historyLoaded, this, &ChartEmptyNotice::updateVisibility);
}

ChartEmptyNotice::~ChartEmptyNotice() = default;

bool ChartEmptyNotice::isUnmatchedInterface(TimeSeriesChartView *chart)
{
    // Interface series without an object: the chart of an interface no
    // polled interface matches (Models::InterfaceSeries::isPolled()).
    const Models::SeriesBufferSet *buffers = chart->buffers();
    if (buffers->count() == 0)
        return false;
    for (int i = 0; i < buffers->count(); ++i) {
        const Domain::SeriesKey &key = buffers->key(i);
        if (!key.object.isEmpty() || !key.metric.startsWith(QLatin1String("if.")))
            return false;
    }
    return true;
}

void ChartEmptyNotice::attachTo(MetricChartPanel *panel)
{
    for (TimeSeriesChartView *chart : panel->charts()) {
        if (!of(chart))
            new ChartEmptyNotice(chart);
    }
}

ChartEmptyNotice *ChartEmptyNotice::of(const TimeSeriesChartView *chart)
{
    return chart->viewport()->findChild<ChartEmptyNotice *>(QStringLiteral("chartEmptyNotice"),
                                                           Qt::FindDirectChildrenOnly);
}

bool ChartEmptyNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (m_chart && watched == m_chart->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_chart->viewport()->rect().adjusted(24, 24, -24, -24));
    return QLabel::eventFilter(watched, event);
}

void ChartEmptyNotice::updateVisibility()
{
    if (!m_chart)
        return;
    const bool empty = !m_chart->buffers()->isLoading() && m_chart->drawnPointCount() == 0;
    if (empty) {
        setText(isUnmatchedInterface(m_chart)
                    ? tr("No data: no polled SNMP interface matches this interface, so nothing is collected for it.")
                    : tr("No data: nothing was collected for this chart in the time shown."));
        setGeometry(m_chart->viewport()->rect().adjusted(24, 24, -24, -24));
        raise();
    }
    setVisible(empty);
}

} // namespace OpsDeck::Widgets
