// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>

#include <QList>
#include <QtGlobal>

#include "backend/metrics/metricstore.h"

namespace OpsDeck::Models {

/// One bucket of a chart envelope: the values of [timestampMs, timestampMs + width).
struct EnvelopePoint
{
    qint64 timestampMs = 0;
    double min = 0;
    double max = 0;
    double avg = 0;
};

/// What SeriesBuffer::envelope() returns for a visible range.
struct Envelope
{
    Metrics::Resolution resolution = Metrics::Resolution::Raw; ///< the tier the points came from
    qint64 bucketMs = 0;       ///< width of one output bucket (0: raw points, one per sample)
    bool folded = false;       ///< several samples or tier buckets per output bucket (min/max matter)
    QList<EnvelopePoint> points;
    bool complete = false;     ///< the tier's loaded span covers the whole range
};

/// Samples of one time series for charts: a bounded ring of raw samples plus
/// bounded 1 min, 5 min and 1 h min/max/avg tiers (the MetricStore's tiers, so
/// history loads straight into them). Live samples update every tier at once;
/// history from the store fills the tier of its resolution. envelope() picks,
/// for a visible range and a pixel width, the finest tier that is cheap
/// enough and folds it into at most one min/max bucket per pixel column, so a
/// chart never gets more points than it has pixels, whatever the zoom, and
/// spikes (the minimum and maximum of every column) are never lost.
///
/// Each tier keeps one contiguous loaded span; loading a span that neither
/// overlaps nor touches it replaces the tier's content. Memory is bounded by
/// the tier capacities. A value type, not thread-safe; used on the GUI thread.
class SeriesBuffer final
{
public:
    static constexpr int kTierCount = 4; // Raw, Minute, FiveMinutes, Hour

    struct Capacities
    {
        int raw = 65536;     ///< a week of 10 s samples
        int minute = 20160;  ///< 14 days
        int fiveMinutes = 8928; ///< 31 days
        int hour = 8784;     ///< a (leap) year
    };

    SeriesBuffer();
    explicit SeriesBuffer(const Capacities &capacities);

    /// Adds one live sample to the raw ring and every tier that follows the head.
    void append(qint64 timestampMs, double value);
    /// Loads points from the store covering [fromMs, toMs) at `resolution`.
    void insert(Metrics::Resolution resolution, qint64 fromMs, qint64 toMs, const QList<Metrics::MetricPoint> &points);
    void clear();

    /// Points of [fromMs, toMs) folded to at most `pixels` buckets (raw samples
    /// when there are no more of them than that).
    [[nodiscard]] Envelope envelope(qint64 fromMs, qint64 toMs, int pixels) const;
    /// The tier envelope() reads for a range of `spanMs` drawn `pixels` wide,
    /// given the raw sample interval: the finest whose bucket count stays within
    /// kOversample times the pixels.
    [[nodiscard]] static Metrics::Resolution resolutionFor(qint64 spanMs, int pixels, qint64 rawIntervalMs);
    static constexpr int kOversample = 4;

    /// The loaded span of a tier, [from, to); from == to when empty.
    [[nodiscard]] qint64 coveredFrom(Metrics::Resolution resolution) const;
    [[nodiscard]] qint64 coveredTo(Metrics::Resolution resolution) const;
    [[nodiscard]] bool covers(Metrics::Resolution resolution, qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] int size(Metrics::Resolution resolution) const;
    [[nodiscard]] int capacity(Metrics::Resolution resolution) const;
    /// Spacing of the two newest live samples (10 s until known).
    [[nodiscard]] qint64 rawIntervalMs() const { return m_rawIntervalMs; }
    /// Time of the newest sample seen, 0 if none.
    [[nodiscard]] qint64 headMs() const { return m_headMs; }
    /// The sample (or bucket average) nearest to `timestampMs` within `toleranceMs`, at the
    /// finest tier holding one; false if none.
    [[nodiscard]] bool valueAt(qint64 timestampMs, qint64 toleranceMs, double *value) const;
    /// Bytes held by the tiers' storage.
    [[nodiscard]] qsizetype memoryBytes() const;

private:
    struct Bucket
    {
        qint64 ts;
        double min;
        double max;
        double sum;
        qint64 n;
    };
    struct Tier
    {
        qint64 widthMs = 0; // 0 for raw
        int capacity = 0;
        QList<Bucket> buckets; // sorted by ts, unique
        qint64 from = 0;
        qint64 to = 0;
        bool following = false; // the span reaches the live head: live samples extend it
    };
    void add(Tier &tier, qint64 ts, double value);
    void trim(Tier &tier, bool keepNewest);
    void learnInterval(qint64 ts);

    std::array<Tier, kTierCount> m_tiers;
    qint64 m_headMs = 0;
    qint64 m_rawIntervalMs = 10000;
};

} // namespace OpsDeck::Models
