// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/metricsink.h"

namespace OpsDeck::Mcp {

MetricSink::~MetricSink() = default;

} // namespace OpsDeck::Mcp
