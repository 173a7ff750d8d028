// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/domain/metricsink.h"
#include "backend/mcp/mcptypes.h"

namespace OpsDeck::Mcp {

/// Where MCP PM lands in the metric store, in the series names the charts
/// read (Domain::SeriesKey device/object/metric):
/// - device: the matched NetBox device id as text, else "mcp:<NC UUID>";
/// - Rx and Tx optical power: metric "optical.dbm" (the charts' optical
///   power series) with objects "port:<facility>:rx" and "port:<facility>:tx",
///   so an interface chart takes them as its Rx and Tx objects;
/// - span loss: "optical.span_loss.db" on "port:<facility>";
/// - error counts (parameters naming errors, e.g. RX_ERRORS, CV_OTU):
///   "if.in.errors" / "if.out.errors" (by direction) on "port:<facility>",
///   as a rate per second over the bin, the unit of the errors chart;
/// - anything else: "mcp.<parameter in lower case>" on "port:<facility>".
/// Pure; any thread.
class McpSeries final
{
public:
    struct Series
    {
        QString object;
        QString metric;
        double factor = 1; ///< applied to the MCP value
    };

    [[nodiscard]] static QString deviceKey(qint64 deviceId, const QString &networkElementId);
    [[nodiscard]] static QString portObject(const QString &facility);
    [[nodiscard]] static QString rxObject(const QString &facility);
    [[nodiscard]] static QString txObject(const QString &facility);
    [[nodiscard]] static Series series(const QString &parameter, const QString &facility, const QString &granularity);
    [[nodiscard]] static Domain::MetricSample sample(const PmSample &pm, const QString &device);
    /// The threshold on the series of `threshold`'s parameter; error
    /// thresholds are scaled like the samples.
    [[nodiscard]] static Domain::MetricThreshold threshold(const PmThreshold &threshold, const QString &device,
                                                           const QString &granularity);
};

} // namespace OpsDeck::Mcp
