// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>

#include "backend/core/result.h"
#include "backend/domain/metricsink.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Mcp {

/// The series thresholds MCP reported, in the workspace store's
/// mcp_pm_thresholds table (one row per device, object, metric and level).
/// Synchronous; call on the store's thread.
class McpThresholds final
{
public:
    /// Adds or replaces the given levels; other rows stay.
    [[nodiscard]] static Status merge(Store::Store &store, const QList<Domain::MetricThreshold> &thresholds);
    /// The levels of one device, optionally narrowed to an object and a metric.
    [[nodiscard]] static Result<QList<Domain::MetricThreshold>>
    read(Store::Store &store, const QString &device, const QString &object = {}, const QString &metric = {});
};

} // namespace OpsDeck::Mcp
