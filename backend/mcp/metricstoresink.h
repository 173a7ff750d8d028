// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include "backend/domain/metricsink.h"

namespace OpsDeck::Metrics {
class MetricStore;
}
namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Mcp {

/// The Domain::MetricSink of a workspace: samples go to a Metrics::MetricStore
/// (series created on first use, every batch flushed so charts see it at
/// once), thresholds to the workspace store's mcp_pm_thresholds table
/// (McpThresholds), where charts look them up. Neither store is owned; the
/// workspace store may be null (thresholds are then dropped). Used on the
/// thread of both stores.
class MetricStoreSink final : public Domain::MetricSink
{
public:
    explicit MetricStoreSink(Metrics::MetricStore *metrics, Store::Store *store = nullptr);
    ~MetricStoreSink() override;

    [[nodiscard]] Status write(const QList<Domain::MetricSample> &samples) override;
    [[nodiscard]] Status writeThresholds(const QList<Domain::MetricThreshold> &thresholds) override;

    [[nodiscard]] qint64 written() const { return m_written; }

private:
    Metrics::MetricStore *m_metrics;
    Store::Store *m_store;
    qint64 m_written = 0;
};

/// The PM sink of an MCP run (McpRunner::SinkFactory): a MetricStoreSink
/// over its own connection to the SQLite metric store at @p metricsPath,
/// opened on the calling thread and closed with the sink; thresholds go to
/// @p store. The console and the service both collect PM through it.
[[nodiscard]] Result<std::unique_ptr<Domain::MetricSink>> openMetricStoreSink(const QString &metricsPath,
                                                                              Store::Store *store);

} // namespace OpsDeck::Mcp
