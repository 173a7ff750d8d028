// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>

#include "backend/core/result.h"
#include "backend/metrics/metricstore.h"

namespace OpsDeck::Models {

/// One live sample of a series.
struct LiveSample
{
    Domain::SeriesKey key;
    qint64 timestampMs = 0;
    double value = 0;
};

/// The answer to ChartDataSource::requestHistory(): the points of `key` in
/// [fromMs, toMs) at `resolution`, or the error that prevented it.
struct ChartHistory
{
    quint64 requestId = 0;
    Domain::SeriesKey key;
    Metrics::Resolution resolution = Metrics::Resolution::Raw;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<Metrics::MetricPoint> points;
    bool failed = false;
    Error error; ///< set when failed
};

/// Where charts get their data: history at a given resolution on request,
/// and live samples as they arrive (in batches). Implementations answer every
/// request with exactly one historyFinished(), asynchronously, on the thread
/// the source lives on (the GUI thread). MetricStoreChartSource reads a
/// MetricStore; tests and other feeds can implement it or push samples.
class ChartDataSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartDataSource)

public:
    explicit ChartDataSource(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~ChartDataSource() override = default;

    /// Asks for history; the returned id comes back in historyFinished().
    virtual quint64 requestHistory(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs,
                                   Metrics::Resolution resolution) = 0;
    /// The series the charts show now; a source may watch them for new samples.
    virtual void setWatchedSeries(const QList<Domain::SeriesKey> &keys) { Q_UNUSED(keys) }

    /// Hands live samples to the charts (e.g. from the collection scheduler or
    /// an IPC subscription); emits samplesArrived().
    void pushSamples(const QList<LiveSample> &samples)
    {
        if (!samples.isEmpty())
            Q_EMIT samplesArrived(samples);
    }

signals:
    void historyFinished(const OpsDeck::Models::ChartHistory &history);
    void samplesArrived(const QList<OpsDeck::Models::LiveSample> &samples);
};

} // namespace OpsDeck::Models
