// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "backend/core/result.h"
#include "models/session/analysis/anomalyjson.h"

class QChart;

namespace OpsDeck::Models {
class AnomalySession;
}

namespace OpsDeck::Widgets {

class AnomalyLayerItem;
class TimeSeriesChartView;

/// The anomaly detector's view of one chart: for every series of an
/// analysed metric it asks the session for the expected band over the
/// visible window (again when the window moves on or zooms, shortly after
/// it settles, and when the series becomes anomalous or stops being so),
/// then the chart draws the band translucent behind the line and marks the
/// samples scoring at least Anomaly::kThreshold. Hovering a marker, or the
/// legend entry of a series with marked samples, shows why in a tooltip:
/// "Unusual for Tuesday 04:00: expected 1.10–2.90 Gbit/s, observed
/// 9.10 Gbit/s (score 0.93) since 04:10", in the chart's units.
///
/// A child of the chart; the session is not owned. GUI thread; bands arrive
/// asynchronously and never hold up the chart.
class ChartAnomalies final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartAnomalies)

public:
    ChartAnomalies(TimeSeriesChartView *chart, Models::AnomalySession *session);
    ~ChartAnomalies() override;

    /// The helper attached to @p chart, if any.
    [[nodiscard]] static ChartAnomalies *of(const TimeSeriesChartView *chart);

    /// The band last loaded for series @p index (empty points: none).
    [[nodiscard]] Models::AnomalyBand band(int index) const { return m_bands.value(index); }
    /// Points of series @p index with an expected range (the detector was not learning).
    [[nodiscard]] int bandPointCount(int index) const;
    /// Whether the band of series @p index is drawn (see publish()).
    [[nodiscard]] bool isBandDrawn(int index) const;
    /// Where the markers of series @p index are, in viewport coordinates.
    [[nodiscard]] QList<QPointF> markerPositions(int index) const;
    /// The tooltip at @p pos (viewport coordinates): why a marked sample or
    /// a legend entry's series is unusual; empty elsewhere.
    [[nodiscard]] QString toolTipAt(const QPoint &pos) const;
    /// Why series @p index was last unusual in the window; empty when it was not.
    [[nodiscard]] QString explanation(int index) const;
    /// The last failure to load a band, as a sentence; empty after a success.
    [[nodiscard]] QString errorText() const { return m_error; }

    /// Asks for the bands of the visible window again.
    void reload();

signals:
    /// A band arrived (or was dropped) and the chart shows it.
    void bandsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleRefreshed();
    void handleBandLoaded(const QString &slot, const Models::AnomalyBand &band);
    void handleBandFailed(const QString &slot, const Error &error);
    void handleAnomalyChanged(const Models::Anomaly &anomaly);
    void publish();
    [[nodiscard]] int seriesOfSlot(const QString &slot) const;
    [[nodiscard]] QString slotOf(int index) const;
    [[nodiscard]] QPointF viewPos(qint64 timeMs, double value) const;
    [[nodiscard]] QString explain(int index, qsizetype point) const;

    TimeSeriesChartView *m_chart;
    QPointer<QChart> m_scene; ///< owns the layer items; may go first when the view is destroyed
    QPointer<Models::AnomalySession> m_session;
    AnomalyLayerItem *m_bandItem;
    AnomalyLayerItem *m_markerItem;
    QList<Models::AnomalyBand> m_bands; ///< one per series of the chart
    QString m_slotPrefix;
    QString m_error;
    qint64 m_requestedFrom = 0;
    qint64 m_requestedTo = 0;
    QTimer m_request;
};

} // namespace OpsDeck::Widgets
