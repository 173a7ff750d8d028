// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "backend/domain/serieskey.h"
#include "widgets/charts/timeserieschartview.h"

class QButtonGroup;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace OpsDeck::Models {
class AnomalySession;
class ChartDataSource;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// One series of a chart: what to read and how to name it.
struct ChartSeriesSpec
{
    Domain::SeriesKey key;
    QString label;
    QColor color; ///< automatic when invalid
};

/// A horizontal level on a chart (an alarm or warning threshold).
struct ChartThreshold
{
    double value = 0;
    QString label;
    QColor color;
};

/// The charts the panel knows how to build from metric names.
enum class ChartKind { Traffic, ErrorsDiscards, OpticalPower, Latency, Loss, Temperature };

/// A stack of time-series charts sharing one time axis: a toolbar with the
/// window (1 h to 30 d), live mode and export (PNG, SVG, CSV of the chart last
/// used), charts zooming and panning together, and an inline status line for
/// load errors. Meant to sit in a main-window tab. With an anomaly session,
/// every chart draws the expected band of its analysed series and marks
/// their unusual samples (ChartAnomalies).
///
/// Thread: GUI thread. The data source is not owned and must outlive the
/// panel; nor is the anomaly session.
class MetricChartPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChartPanel)

public:
    explicit MetricChartPanel(Models::ChartDataSource *source, QWidget *parent = nullptr);
    ~MetricChartPanel() override;

    /// Adds a chart of the given series; returns it (owned by the panel).
    TimeSeriesChartView *addChart(const QString &title, ValueFormat format, const QList<ChartSeriesSpec> &series,
                                  const QList<ChartThreshold> &thresholds = {});
    /// Adds a chart of a known kind for `device` / `object` (ifIndex:N for
    /// interfaces, sensor:N for sensors, empty for device-level metrics).
    TimeSeriesChartView *addChart(ChartKind kind, const QString &device, const QString &object,
                                  const QList<ChartThreshold> &thresholds = {});
    [[nodiscard]] QList<TimeSeriesChartView *> charts() const { return m_charts; }
    /// The chart the export actions apply to (the last one clicked or hovered).
    [[nodiscard]] TimeSeriesChartView *currentChart() const;

    /// Window span of every chart (switches to live).
    void setWindowSpan(qint64 spanMs);
    void setLive(bool live);
    [[nodiscard]] bool isLive() const;
    [[nodiscard]] QString statusText() const;
    /// Where the expected bands come from, for the charts there are and
    /// those added later (null: none drawn).
    void setAnomalySession(Models::AnomalySession *session);

signals:
    void errorOccurred(const OpsDeck::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleRangeChanged(qint64 fromMs, qint64 toMs, bool live);
    void exportCurrent(const QString &format);
    void showError(const Error &error);

    QPointer<Models::ChartDataSource> m_source;
    QPointer<Models::AnomalySession> m_anomalies;
    QVBoxLayout *m_chartLayout;
    QButtonGroup *m_spans;
    QToolButton *m_liveButton;
    QLabel *m_hint;
    QLabel *m_status;
    QList<TimeSeriesChartView *> m_charts;
    TimeSeriesChartView *m_current = nullptr;
    bool m_syncing = false;
};

/// What an interface chart tab shows.
struct InterfaceChartSpec
{
    QString device;        ///< series key device
    QString ifIndexObject; ///< "ifIndex:N"
    QString interfaceName; ///< for titles
    QString rxSensorObject; ///< "sensor:N" of the optical Rx power, empty if none
    QString txSensorObject; ///< "sensor:N" of the optical Tx power, empty if none
    QList<ChartThreshold> opticalThresholds; ///< empty: defaultOpticalThresholds()
};

/// The chart tab of one interface: traffic in/out, errors and discards, and
/// optical power with its thresholds when the interface has optics.
class InterfaceChartWidget final : public MetricChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceChartWidget)

public:
    InterfaceChartWidget(Models::ChartDataSource *source, const InterfaceChartSpec &spec, QWidget *parent = nullptr);
    ~InterfaceChartWidget() override;

    [[nodiscard]] const InterfaceChartSpec &spec() const { return m_spec; }
    /// Typical SFP/QSFP receive levels: alarms at -14 and +2 dBm, warnings at -12 and 0 dBm.
    [[nodiscard]] static QList<ChartThreshold> defaultOpticalThresholds();

private:
    InterfaceChartSpec m_spec;
};

} // namespace OpsDeck::Widgets
