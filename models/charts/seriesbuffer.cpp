// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/charts/seriesbuffer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace OpsDeck::Models {

using Metrics::Resolution;

namespace {

qint64 floorTo(qint64 ts, qint64 width)
{
    if (width <= 1)
        return ts;
    return ts - (((ts % width) + width) % width);
}

} // namespace

SeriesBuffer::SeriesBuffer()
    : SeriesBuffer(Capacities{})
{
}

SeriesBuffer::SeriesBuffer(const Capacities &capacities)
{
    const int caps[kTierCount] = {capacities.raw, capacities.minute, capacities.fiveMinutes, capacities.hour};
    for (int i = 0; i < kTierCount; ++i) {
        m_tiers[i].widthMs = i == 0 ? 0 : Metrics::MetricStore::bucketMs(Resolution(i));
        m_tiers[i].capacity = std::max(2, caps[i]);
    }
}

void SeriesBuffer::clear()
{
    for (Tier &t : m_tiers) {
        t.buckets.clear();
        t.from = t.to = 0;
        t.following = false;
    }
    m_headMs = 0;
}

void SeriesBuffer::learnInterval(qint64 ts)
{
    const QList<Bucket> &raw = m_tiers[0].buckets;
    if (!raw.isEmpty() && ts > raw.constLast().ts)
        m_rawIntervalMs = ts - raw.constLast().ts;
}

void SeriesBuffer::add(Tier &tier, qint64 ts, double value)
{
    const qint64 b = floorTo(ts, tier.widthMs);
    QList<Bucket> &list = tier.buckets;
    auto merge = [&](Bucket &x) {
        if (tier.widthMs == 0) {
            x = Bucket{b, value, value, value, 1}; // a repeated raw timestamp replaces the sample
        } else {
            x.min = std::min(x.min, value);
            x.max = std::max(x.max, value);
            x.sum += value;
            ++x.n;
        }
    };
    if (list.isEmpty() || b > list.constLast().ts) {
        list.append(Bucket{b, value, value, value, 1});
    } else if (b == list.constLast().ts) {
        merge(list.last());
    } else {
        auto it = std::lower_bound(list.begin(), list.end(), b, [](const Bucket &x, qint64 t) { return x.ts < t; });
        if (it != list.end() && it->ts == b)
            merge(*it);
        else
            list.insert(it, Bucket{b, value, value, value, 1});
    }
    const qint64 end = b + std::max<qint64>(1, tier.widthMs);
    if (tier.from == tier.to) {
        tier.from = b;
        tier.to = end;
    } else {
        tier.from = std::min(tier.from, b);
        tier.to = std::max(tier.to, end);
    }
}

void SeriesBuffer::trim(Tier &tier, bool keepNewest)
{
    // Trimmed in chunks (an eighth of the capacity) so that appending to a
    // full ring stays O(1) amortised; the size never exceeds 9/8 capacity.
    const qsizetype limit = tier.capacity + tier.capacity / 8;
    if (tier.buckets.size() <= limit)
        return;
    const qsizetype excess = tier.buckets.size() - tier.capacity;
    if (keepNewest) {
        tier.buckets.remove(0, excess);
        tier.from = tier.buckets.constFirst().ts;
    } else {
        tier.buckets.remove(tier.buckets.size() - excess, excess);
        tier.to = tier.buckets.constLast().ts + std::max<qint64>(1, tier.widthMs);
        tier.following = false;
    }
}

void SeriesBuffer::append(qint64 timestampMs, double value)
{
    learnInterval(timestampMs);
    m_headMs = std::max(m_headMs, timestampMs);
    for (Tier &t : m_tiers) {
        if (t.from == t.to)
            t.following = true;
        if (!t.following)
            continue;
        add(t, timestampMs, value);
        trim(t, true);
    }
}

void SeriesBuffer::insert(Resolution resolution, qint64 fromMs, qint64 toMs, const QList<Metrics::MetricPoint> &points)
{
    if (toMs <= fromMs)
        return;
    Tier &t = m_tiers[int(resolution)];
    const bool disjoint = t.from == t.to || toMs < t.from || fromMs > t.to;
    if (disjoint) {
        t.buckets.clear();
        t.from = fromMs;
        t.to = toMs;
        t.following = false;
    } else {
        const auto lo = std::lower_bound(t.buckets.begin(), t.buckets.end(), fromMs,
                                         [](const Bucket &x, qint64 v) { return x.ts < v; });
        const auto hi = std::lower_bound(lo, t.buckets.end(), toMs, [](const Bucket &x, qint64 v) { return x.ts < v; });
        t.buckets.erase(lo, hi);
    }
    const qsizetype at = std::lower_bound(t.buckets.cbegin(), t.buckets.cend(), fromMs,
                                          [](const Bucket &x, qint64 v) { return x.ts < v; })
        - t.buckets.cbegin();
    QList<Bucket> fresh;
    fresh.reserve(points.size());
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Metrics::MetricPoint &p : points) {
        if (p.timestampMs < fromMs || p.timestampMs >= toMs || p.timestampMs <= last)
            continue; // outside the span, or not ascending
        last = p.timestampMs;
        const qint64 n = std::max<qint64>(1, p.count);
        fresh.append(Bucket{p.timestampMs, p.min, p.max, p.avg * double(n), n});
    }
    t.buckets.insert(at, fresh.size(), Bucket{});
    std::copy(fresh.cbegin(), fresh.cend(), t.buckets.begin() + at);
    const qint64 oldFrom = t.from;
    const qint64 oldTo = t.to;
    t.from = std::min(t.from, fromMs);
    t.to = std::max(t.to, toMs);
    if (!fresh.isEmpty())
        m_headMs = std::max(m_headMs, fresh.constLast().ts);
    if (toMs >= m_headMs)
        t.following = true;
    // Keep the side the new span is on when the tier overflows.
    trim(t, (fromMs + toMs) / 2 >= (oldFrom + oldTo) / 2);
}

Resolution SeriesBuffer::resolutionFor(qint64 spanMs, int pixels, qint64 rawIntervalMs)
{
    const qint64 limit = qint64(kOversample) * std::max(1, pixels);
    if (spanMs / std::max<qint64>(1, rawIntervalMs) <= limit)
        return Resolution::Raw;
    for (Resolution r : {Resolution::Minute, Resolution::FiveMinutes}) {
        if (spanMs / Metrics::MetricStore::bucketMs(r) <= limit)
            return r;
    }
    return Resolution::Hour;
}

qint64 SeriesBuffer::coveredFrom(Resolution resolution) const
{
    return m_tiers[int(resolution)].from;
}

qint64 SeriesBuffer::coveredTo(Resolution resolution) const
{
    return m_tiers[int(resolution)].to;
}

bool SeriesBuffer::covers(Resolution resolution, qint64 fromMs, qint64 toMs) const
{
    const Tier &t = m_tiers[int(resolution)];
    if (t.from == t.to || t.from > fromMs)
        return false;
    // A tier that follows the head has everything up to it; nothing exists after it yet.
    return t.to >= toMs || (t.following && t.to >= m_headMs);
}

int SeriesBuffer::size(Resolution resolution) const
{
    return int(m_tiers[int(resolution)].buckets.size());
}

int SeriesBuffer::capacity(Resolution resolution) const
{
    return m_tiers[int(resolution)].capacity;
}

qsizetype SeriesBuffer::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const Tier &t : m_tiers)
        bytes += t.buckets.capacity() * qsizetype(sizeof(Bucket));
    return bytes;
}

Envelope SeriesBuffer::envelope(qint64 fromMs, qint64 toMs, int pixels) const
{
    Envelope out;
    if (toMs <= fromMs)
        return out;
    pixels = std::max(1, pixels);
    const qint64 span = toMs - fromMs;
    const qint64 budget = qint64(kOversample) * pixels;
    const auto range = [fromMs, toMs](const Tier &t) {
        const auto lo = std::lower_bound(t.buckets.cbegin(), t.buckets.cend(), fromMs,
                                         [](const Bucket &x, qint64 v) { return x.ts < v; });
        const auto hi = std::lower_bound(lo, t.buckets.cend(), toMs, [](const Bucket &x, qint64 v) { return x.ts < v; });
        return std::make_pair(lo, hi);
    };

    // The finest tier within budget that covers the range; failing that, the
    // tier the range calls for (the caller loads the rest).
    int chosen = -1;
    for (int i = int(resolutionFor(span, pixels, m_rawIntervalMs)); i < kTierCount && chosen < 0; ++i) {
        const auto [lo, hi] = range(m_tiers[i]);
        if (hi - lo <= budget && covers(Resolution(i), fromMs, toMs))
            chosen = i;
    }
    out.complete = chosen >= 0;
    if (chosen < 0)
        chosen = int(resolutionFor(span, pixels, m_rawIntervalMs));
    const Tier &t = m_tiers[chosen];
    out.resolution = Resolution(chosen);
    const auto [lo, hi] = range(t);
    const qint64 count = hi - lo;
    const qint64 column = (span + pixels - 1) / pixels;

    if (count <= pixels || t.widthMs >= column) {
        // Few enough to draw as they are; with one neighbour outside each edge
        // so lines run to the borders of the plot.
        out.bucketMs = t.widthMs;
        const auto first = lo == t.buckets.cbegin() ? lo : lo - 1;
        const auto last = hi == t.buckets.cend() ? hi : hi + 1;
        out.points.reserve(last - first);
        for (auto it = first; it != last; ++it)
            out.points.append(EnvelopePoint{it->ts, it->min, it->max, it->sum / double(std::max<qint64>(1, it->n))});
        return out;
    }

    out.bucketMs = column;
    out.folded = true;
    out.points.reserve(pixels);
    qint64 current = -1;
    double sum = 0;
    qint64 n = 0;
    EnvelopePoint p;
    for (auto it = lo; it != hi; ++it) {
        const qint64 col = (it->ts - fromMs) / column;
        if (col != current) {
            if (current >= 0) {
                p.avg = sum / double(std::max<qint64>(1, n));
                out.points.append(p);
            }
            current = col;
            p = EnvelopePoint{fromMs + col * column, it->min, it->max, 0};
            sum = 0;
            n = 0;
        } else {
            p.min = std::min(p.min, it->min);
            p.max = std::max(p.max, it->max);
        }
        sum += it->sum;
        n += it->n;
    }
    if (current >= 0) {
        p.avg = sum / double(std::max<qint64>(1, n));
        out.points.append(p);
    }
    return out;
}

bool SeriesBuffer::valueAt(qint64 timestampMs, qint64 toleranceMs, double *value) const
{
    for (const Tier &t : m_tiers) {
        if (t.buckets.isEmpty())
            continue;
        const qint64 half = t.widthMs / 2;
        const qsizetype at = std::lower_bound(t.buckets.cbegin(), t.buckets.cend(), timestampMs - half,
                                              [](const Bucket &x, qint64 v) { return x.ts < v; })
            - t.buckets.cbegin();
        const Bucket *best = nullptr;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        for (qsizetype c : {at - 1, at}) {
            if (c < 0 || c >= t.buckets.size())
                continue;
            const Bucket &b = t.buckets.at(c);
            const qint64 d = std::abs(b.ts + half - timestampMs);
            if (d < bestDistance) {
                bestDistance = d;
                best = &b;
            }
        }
        if (best && bestDistance <= std::max(toleranceMs, half)) {
            if (value)
                *value = best->sum / double(std::max<qint64>(1, best->n));
            return true;
        }
    }
    return false;
}

} // namespace OpsDeck::Models
