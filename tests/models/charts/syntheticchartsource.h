// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <cmath>

#include <QHash>
#include <QList>
#include <QTimer>

#include "models/session/charts/chartdatasource.h"

namespace OpsDeck::Test {

/// Deterministic telemetry for chart tests: a 10 s raw series per metric
/// (diurnal traffic with noise and bursts, optical power with a fade), and
/// rollups computed from it exactly as the metric store would. Answers
/// history requests asynchronously and records them.
class SyntheticChartSource final : public Models::ChartDataSource
{
public:
    static constexpr qint64 kStepMs = 10000;

    using ChartDataSource::ChartDataSource;

    struct Request
    {
        Domain::SeriesKey key;
        qint64 fromMs;
        qint64 toMs;
        Metrics::Resolution resolution;
    };
    QList<Request> requests;
    qint64 dataFromMs = 0; ///< no samples before this time
    qint64 dataToMs = 0;   ///< nor after this one (0: unbounded)
    QHash<QString, double> scale; ///< metric -> factor on its values (default 1)

    static double value(const QString &metric, qint64 ts)
    {
        const double day = 86400000.0;
        const double phase = 2 * M_PI * double(ts % qint64(day)) / day;
        const quint64 h = quint64(ts / kStepMs) * 0x9E3779B97F4A7C15ULL;
        const double noise = double((h >> 11) % 10000) / 10000.0 - 0.5; // [-0.5, 0.5)
        if (metric == QLatin1String("if.in.bps")) {
            const bool burst = (ts / kStepMs) % 5003 == 17;
            return 4.2e8 + 2.6e8 * std::sin(phase - 1.9) + 6e7 * noise + (burst ? 3.5e8 : 0);
        }
        if (metric == QLatin1String("if.out.bps"))
            return 2.1e8 + 1.4e8 * std::sin(phase - 1.6) + 3e7 * noise;
        if (metric == QLatin1String("optical.dbm")) {
            const double fade = std::exp(-std::pow(double(ts % (7 * qint64(day))) / day - 4.5, 2) * 8) * 6.5;
            return -7.4 + 0.25 * noise - fade;
        }
        if (metric.endsWith(QLatin1String("errors")))
            return (ts / kStepMs) % 4001 < 4 ? 3 + 2 * noise : 0; // rare short bursts
        if (metric.endsWith(QLatin1String("discards")))
            return (ts / kStepMs) % 2897 < 9 ? 12 + 8 * noise : 0.02 * (noise + 0.5);
        return 50 + 10 * noise;
    }

    [[nodiscard]] QList<Metrics::MetricPoint> points(const QString &metric, qint64 fromMs, qint64 toMs,
                                                     Metrics::Resolution resolution) const
    {
        const qint64 width = resolution == Metrics::Resolution::Raw ? kStepMs : Metrics::MetricStore::bucketMs(resolution);
        const qint64 lo = std::max(fromMs, dataFromMs);
        const qint64 hi = dataToMs ? std::min(toMs, dataToMs) : toMs;
        QList<Metrics::MetricPoint> out;
        const double factor = scale.value(metric, 1.0);
        for (qint64 b = lo - (((lo % width) + width) % width); b < hi; b += width) {
            if (b < lo)
                continue;
            Metrics::MetricPoint p{b, 1e300, 0, -1e300, 0};
            double sum = 0;
            for (qint64 t = b; t < b + width && t < hi; t += kStepMs) {
                const double v = value(metric, t) * factor;
                p.min = std::min(p.min, v);
                p.max = std::max(p.max, v);
                sum += v;
                ++p.count;
            }
            if (!p.count)
                continue;
            p.avg = sum / double(p.count);
            out.append(p);
        }
        return out;
    }

    quint64 requestHistory(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs,
                           Metrics::Resolution resolution) override
    {
        requests.append({key, fromMs, toMs, resolution});
        Models::ChartHistory h;
        h.requestId = ++m_next;
        h.key = key;
        h.fromMs = fromMs;
        h.toMs = toMs;
        h.resolution = resolution;
        h.points = points(key.metric, fromMs, toMs, resolution);
        QTimer::singleShot(0, this, [this, h] { emit historyFinished(h); });
        return h.requestId;
    }

private:
    quint64 m_next = 0;
};

} // namespace OpsDeck::Test
