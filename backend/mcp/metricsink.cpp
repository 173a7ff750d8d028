// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/metricsink.h"

namespace OpsDeck::Mcp {

MetricSink::~MetricSink() = default;

Status MetricSink::writeThresholds(const QList<MetricThreshold> &thresholds)
{
    Q_UNUSED(thresholds)
    return {};
}

} // namespace OpsDeck::Mcp
