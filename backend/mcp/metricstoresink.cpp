// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/metricstoresink.h"

#include "backend/mcp/mcpthresholds.h"
#include "backend/metrics/metricstore.h"

namespace OpsDeck::Mcp {

namespace {

// Owns the metric store connection it writes to.
class OwningMetricSink final : public Domain::MetricSink
{
public:
    OwningMetricSink(std::unique_ptr<Metrics::MetricStore> metrics, Store::Store *store)
        : m_metrics(std::move(metrics))
        , m_sink(m_metrics.get(), store)
    {}

    Status write(const QList<Domain::MetricSample> &samples) override { return m_sink.write(samples); }
    Status writeThresholds(const QList<Domain::MetricThreshold> &thresholds) override
    {
        return m_sink.writeThresholds(thresholds);
    }

private:
    std::unique_ptr<Metrics::MetricStore> m_metrics;
    MetricStoreSink m_sink;
};

} // namespace

Result<std::unique_ptr<Domain::MetricSink>> openMetricStoreSink(const QString &metricsPath, Store::Store *store)
{
    auto metrics = Metrics::MetricStore::openSqlite(metricsPath);
    if (!metrics)
        return metrics.error();
    return std::unique_ptr<Domain::MetricSink>(std::make_unique<OwningMetricSink>(std::move(metrics).value(), store));
}

MetricStoreSink::MetricStoreSink(Metrics::MetricStore *metrics, Store::Store *store)
    : m_metrics(metrics)
    , m_store(store)
{
}

MetricStoreSink::~MetricStoreSink() = default;

Status MetricStoreSink::write(const QList<Domain::MetricSample> &samples)
{
    if (!m_metrics)
        return Error(ErrorCode::InvalidInput, QStringLiteral("no metric store to write to"));
    // Batches come grouped by series: look the id up once per run of samples.
    QString lastKey;
    qint64 series = 0;
    for (const Domain::MetricSample &s : samples) {
        const QString key = s.device + u'\x1f' + s.object + u'\x1f' + s.metric;
        if (key != lastKey) {
            auto id = m_metrics->seriesId(Domain::SeriesKey{s.device, s.object, s.metric});
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

Status MetricStoreSink::writeThresholds(const QList<Domain::MetricThreshold> &thresholds)
{
    if (!m_store || thresholds.isEmpty())
        return {};
    return McpThresholds::merge(*m_store, thresholds);
}

} // namespace OpsDeck::Mcp
