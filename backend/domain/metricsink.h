// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

#include "backend/core/result.h"

namespace OpsDeck::Domain {

/// One sample for the metrics store. Keys follow Domain::SeriesKey:
/// `device` (NetBox device id as text, or "mcp:<NC UUID>" / "prtg:<objid>"
/// when unmatched), `object` ("port:PTP-1-3-1", "sensor:2001"), `metric`
/// ("optical.rx.dbm", "prtg.ping.ms").
struct MetricSample
{
    QString device;
    QString object;
    QString metric;
    qint64 timestampMs = 0;
    double value = 0;
};

/// An alarm or warning level of a series, as the source reports it. `level`
/// is "lowAlarm", "lowWarning", "highWarning" or "highAlarm".
struct MetricThreshold
{
    QString device;
    QString object;
    QString metric;
    QString level;
    double value = 0;

    bool operator==(const MetricThreshold &) const = default;
};

/// Where imported history goes (MCP optical PM, PRTG sensor history). The
/// MCP and PRTG code only know this interface; the composition root wires it
/// to the workspace's Metrics::MetricStore with a small adapter
/// (seriesId(SeriesKey{device, object, metric}) then append()), so the import
/// code does not depend on the metric store's schema. Called on the thread
/// that runs the import.
class MetricSink
{
public:
    MetricSink() = default;
    virtual ~MetricSink();
    MetricSink(const MetricSink &) = delete;
    MetricSink &operator=(const MetricSink &) = delete;

    /// Takes a batch; an error stops the import that feeds it.
    [[nodiscard]] virtual Status write(const QList<MetricSample> &samples) = 0;
    /// Takes the thresholds of series written (or to be written); the
    /// default drops them.
    [[nodiscard]] virtual Status writeThresholds(const QList<MetricThreshold> &thresholds);
};

} // namespace OpsDeck::Domain
