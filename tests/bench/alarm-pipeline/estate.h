// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "backend/alarms/alarmrules.h"
#include "backend/alarms/rootcause.h"
#include "backend/domain/devicelabels.h"
#include "backend/domain/serieskey.h"

namespace OpsDeck::Bench {

/// The generated estate of the alarm-pipeline benchmark, deterministic:
/// 2 core routers, 100 aggregation switches (each cabled to both cores) and
/// 9,898 access switches (each cabled to one aggregation switch) in 20
/// sites; 48 interfaces per device with three metrics each (if.in.bps,
/// if.out.bps, if.in.errors, as the collection scheduler names them); two
/// threshold rules per device (20,000): if.in.bps above 9 Gb/s on every
/// interface, and if.in.errors above 100/s held for 30 s. A few series
/// ("hot" ones) cross their level from a step on, so alarms raise and are
/// persisted during the runs.
struct Estate
{
    static constexpr int kDevices = 10000;
    static constexpr int kCores = 2;
    static constexpr int kAggregations = 100;
    static constexpr int kInterfaces = 48;
    static constexpr int kMetrics = 3;

    QList<Domain::DeviceLabels> devices;
    QList<Alarms::TopologyLink> links;
    Alarms::AlarmRulesConfig rules; ///< the built-in rules plus the 20,000 threshold rules
    int thresholdRules = 0;
    QStringList objects; ///< "ifIndex:1" ... "ifIndex:48"
    QStringList metrics;

    /// Devices that stop answering during the live run, with when (ms after
    /// its start): one aggregation switch with the access switches behind
    /// it at the same moment, and single access switches at other moments.
    QList<int> downDevices;
    QList<qint64> downAtMs;
    int expectedRootCauses = 0;

    [[nodiscard]] static Estate generate(qint64 liveRunMs);

    [[nodiscard]] qsizetype seriesCount() const { return qsizetype(devices.size()) * kInterfaces * kMetrics; }
    /// Series @p s in poll order: a device's interfaces and metrics together.
    [[nodiscard]] Domain::SeriesKey key(qsizetype s) const
    {
        const qsizetype perDevice = qsizetype(kInterfaces) * kMetrics;
        const qsizetype rest = s % perDevice;
        return {devices.at(s / perDevice).device, objects.at(rest / kMetrics), metrics.at(rest % kMetrics)};
    }
    /// The value of series @p s in poll step @p step.
    [[nodiscard]] double value(qsizetype s, int step) const;
};

} // namespace OpsDeck::Bench
