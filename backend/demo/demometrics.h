// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/core/result.h"
#include "backend/domain/serieskey.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Demo {

/// Shape of the demo's metric history.
struct DemoMetricsOptions
{
    qint64 spanMs = 4LL * 3600 * 1000; ///< history written on the first run (and at most on a top-up)
    qint64 stepMs = 60 * 1000;         ///< one sample per series per step, on multiples of it
    int maxDevices = 24;               ///< network devices that get history (lowest ids first)
    int maxInterfaces = 4;             ///< cabled interfaces per device
};

/// What ensureDemoMetrics() wrote.
struct DemoMetricsReport
{
    int devices = 0;
    int series = 0;
    qint64 samples = 0;
    qint64 fromMs = 0; ///< first sample written (0: nothing was due)
    qint64 toMs = 0;   ///< last sample written
};

/// The workspace's metric store file: <workspace folder>/metrics.sqlite.
[[nodiscard]] QString metricStorePath(const QString &workspaceFolder);

/// Gives the demo a modest, deterministic metric history so its charts show
/// something without a poller: for the first `maxDevices` network devices
/// (core, edge, firewall and leaf roles) and up to `maxInterfaces` cabled
/// interfaces each, interface traffic, errors, discards and oper status,
/// optical Rx/Tx power on fibre ports, and device latency, jitter, loss and
/// temperature. Series keys follow the collector's: device = the NetBox
/// device id as text; interface k (1-based, in NetBox id order) of a device
/// is "ifIndex:k", its optics "sensor:k01" (Rx) and "sensor:k02" (Tx); the
/// device's temperature is "sensor:1". Like the poller, it stores the
/// interface matches of those devices (Store::replaceInterfaceMatches(),
/// matchedBy "demo": every interface k to ifIndex k, optical ones with
/// their two sensors), on every run where they differ from the stored ones,
/// so the console finds the series through the same match as real data.
///
/// The first run writes `spanMs` of history up to @p nowMs; later runs top
/// it up to @p nowMs (at most `spanMs` back), so the charts' live window is
/// never empty. Values depend only on the series and the sample time (see
/// demoMetricValue()), so a top-up continues the same curves. The time of
/// the last sample is kept in "<metricsPath>.demo". Blocking: run it on a
/// worker thread.
[[nodiscard]] Result<DemoMetricsReport> ensureDemoMetrics(Store::Store &store, const QString &metricsPath,
                                                          qint64 nowMs, const DemoMetricsOptions &options = {});

/// The value the demo writes for @p key at @p timestampMs; @p speedKbps is
/// the interface's speed (traffic stays below it; 0 means 1 Gbit/s).
[[nodiscard]] double demoMetricValue(const Domain::SeriesKey &key, qint64 timestampMs, qint64 speedKbps = 0);

} // namespace OpsDeck::Demo
