// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "models/charts/seriesbuffer.h"
#include "models/session/charts/chartdatasource.h"

namespace OpsDeck::Models {

/// The series one chart shows, each in a SeriesBuffer, fed by a
/// ChartDataSource: ensureLoaded() asks the source for the history a visible
/// range needs at the resolution it needs (only the part the buffer lacks,
/// with some margin for panning); live batches are appended as they arrive
/// and announced at most every coalesceInterval() (250 ms by default).
///
/// Thread: GUI thread. The source is not owned.
class SeriesBufferSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesBufferSet)

public:
    explicit SeriesBufferSet(QObject *parent = nullptr);
    ~SeriesBufferSet() override;

    void setSource(ChartDataSource *source);
    [[nodiscard]] ChartDataSource *source() const { return m_source; }

    /// Adds a series; returns its index.
    int addSeries(const Domain::SeriesKey &key);
    void clearSeries();
    [[nodiscard]] int count() const { return int(m_series.size()); }
    [[nodiscard]] const Domain::SeriesKey &key(int index) const { return m_series.at(size_t(index)).key; }
    [[nodiscard]] const SeriesBuffer &buffer(int index) const { return m_series.at(size_t(index)).buffer; }
    [[nodiscard]] SeriesBuffer &buffer(int index) { return m_series.at(size_t(index)).buffer; }
    [[nodiscard]] Envelope envelope(int index, qint64 fromMs, qint64 toMs, int pixels) const;

    /// Requests from the source what [fromMs, toMs) drawn `pixels` wide lacks.
    void ensureLoaded(qint64 fromMs, qint64 toMs, int pixels);
    [[nodiscard]] bool isLoading() const { return !m_pending.isEmpty(); }
    [[nodiscard]] int pendingRequests() const { return int(m_pending.size()); }

    /// Appends live samples of the series this set holds (others are ignored).
    void appendSamples(const QList<LiveSample> &samples);
    void setCoalesceInterval(int ms) { m_coalesce.setInterval(ms); }
    [[nodiscard]] int coalesceInterval() const { return m_coalesce.interval(); }
    /// Newest sample time over all series, 0 if none.
    [[nodiscard]] qint64 headMs() const;

signals:
    void historyLoaded(int index);
    void samplesAppended();
    void errorOccurred(const OpsDeck::Error &error);

private:
    struct Series
    {
        Domain::SeriesKey key;
        SeriesBuffer buffer;
    };
    struct Pending
    {
        int index;
        Metrics::Resolution resolution;
        qint64 fromMs;
        qint64 toMs;
    };
    void handleHistory(const ChartHistory &history);
    void request(int index, Metrics::Resolution resolution, qint64 fromMs, qint64 toMs);

    QPointer<ChartDataSource> m_source;
    std::vector<Series> m_series;
    QHash<QString, int> m_index; // series key -> index
    QHash<quint64, Pending> m_pending;
    QTimer m_coalesce;
    bool m_dirty = false;
};

} // namespace OpsDeck::Models
