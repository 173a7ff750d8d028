// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/metricstoresink.h"

#include "backend/mcp/mcpthresholds.h"
#include "backend/metrics/metricstore.h"

namespace OpsDeck::Mcp {

MetricStoreSink::MetricStoreSink(Metrics::MetricStore *metrics, Store::Store *store)
    : m_metrics(metrics)
    , m_store(store)
{
}

MetricStoreSink::~MetricStoreSink() = default;

Status MetricStoreSink::write(const QList<MetricSample> &samples)
{
    if (!m_metrics)
        return Error(ErrorCode::InvalidInput, QStringLiteral("no metric store to write to"));
    // Batches come grouped by series: look the id up once per run of samples.
    QString lastKey;
    qint64 series = 0;
    for (const MetricSample &s : samples) {
        const QString key = s.device + u'\x1f' + s.object + u'\x1f' + s.metric;
        if (key != lastKey) {
            auto id = m_metrics->seriesId(Metrics::SeriesKey{s.device, s.object, s.metric});
            if (!id)
                return id.error();
            series = *id;
            lastKey = key;
        }
        if (auto st = m_metrics->append(series, s.timestampMs, s.value); !st)
            return st;
    }
    if (auto st = m_metrics->flush(); !st)
        return st;
    m_written += samples.size();
    return {};
}

Status MetricStoreSink::writeThresholds(const QList<MetricThreshold> &thresholds)
{
    if (!m_store || thresholds.isEmpty())
        return {};
    return McpThresholds::merge(*m_store, thresholds);
}

} // namespace OpsDeck::Mcp
