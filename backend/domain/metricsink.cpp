// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/domain/metricsink.h"

namespace OpsDeck::Domain {

MetricSink::~MetricSink() = default;

Status MetricSink::writeThresholds(const QList<MetricThreshold> &thresholds)
{
    Q_UNUSED(thresholds)
    return {};
}

} // namespace OpsDeck::Domain
