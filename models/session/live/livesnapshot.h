// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QtNumeric>

#include "backend/core/result.h"
#include "backend/domain/inventory.h"
#include "backend/metrics/metricstore.h"
#include "backend/topology/livestate.h"
#include "models/session/rack/racksitedata.h"

namespace OpsDeck::Models {

/// Operational state of one interface as last polled.
enum class LiveOperState { Unknown, Up, Down };

/// Polled state of one interface. Every value is "unknown" (NaN, -1,
/// Unknown) unless a fresh sample says otherwise.
struct LiveInterfaceState
{
    qint64 interfaceId = 0;
    qint64 deviceId = 0;
    LiveOperState oper = LiveOperState::Unknown;
    double inBitsPerSecond = qQNaN();
    double outBitsPerSecond = qQNaN();
    qint64 speedBitsPerSecond = 0; ///< configured speed, 0 when NetBox has none
    /// Busier direction over speed, 0..; -1 when a rate or the speed is unknown.
    double utilisation = -1;
};

/// Polled state of one device.
struct LiveDeviceState
{
    qint64 deviceId = 0;
    Topology::Reachability reachability = Topology::Reachability::Unknown;
    double lossPercent = qQNaN();
    double rttMs = qQNaN();
    double inletTempC = qQNaN();
    int linksUp = -1;    ///< interfaces whose last oper state is up; -1 when none is known
    int linksTotal = -1; ///< interfaces with a known oper state; -1 when none is known

    /// True when at least one value is known.
    [[nodiscard]] bool isPolled() const
    {
        return reachability != Topology::Reachability::Unknown || !qIsNaN(inletTempC) || linksTotal > 0;
    }
};

/// The live state of a set of devices at one moment.
struct LiveSnapshot
{
    qint64 atMs = 0; ///< the moment the samples were judged against
    QHash<qint64, LiveDeviceState> devices;       ///< by device id; every requested device
    QHash<qint64, LiveInterfaceState> interfaces; ///< by interface id; every cabled interface

    /// The rack views' shape: devices with anything known.
    [[nodiscard]] QHash<qint64, RackLiveState> rackStates() const;
    /// The topology's node shape: reachability of devices with a known one
    /// (alarm counts are left at 0; merge them from their own source).
    [[nodiscard]] QList<Topology::NodeState> nodeStates() const;
    /// The topology's link shape: interfaces that are down or whose in and
    /// out rates are both known (an interface that is up but has no rates
    /// is left out, so an unknown rate never shows as an idle link).
    [[nodiscard]] QList<Topology::LinkState> linkStates() const;
};

/// How samples are judged.
struct LiveStateOptions
{
    /// A sample older than this is no longer "the current state": unknown.
    qint64 maxAgeMs = 15LL * 60 * 1000;
    /// Loss at or above this percentage is Down; above 0 is Degraded.
    double downLossPercent = 100.0;
};

/// One device and the interfaces to read for it (as Store::interfaces()
/// lists them, with the polled interface matched to each: see
/// InterfaceSeries; an interface without a match stays unknown).
struct LiveDeviceInput
{
    qint64 deviceId = 0;
    QList<Domain::Interface> interfaces;
};

/// Reads the newest sample of each relevant series of @p devices from
/// @p metrics and judges it at @p nowMs. Series read per device: ICMP
/// ("icmp.up", "icmp.loss.pct" / "icmp.loss.percent", "icmp.rtt.ms" on the
/// device itself), the inlet temperature ("temperature.celsius" of
/// "sensor:1"), and per cabled interface "if.oper.status", "if.in.bps" and
/// "if.out.bps". Reachability: icmp.up 0 or loss >= downLossPercent is
/// Down, loss > 0 Degraded, loss 0 or icmp.up 1 Up, nothing fresh Unknown.
/// Oper status 1 is up, 2 (down) and 7 (lowerLayerDown) are down, anything
/// else unknown. Blocking; the thread that owns @p metrics.
[[nodiscard]] Result<LiveSnapshot> readLiveState(Metrics::MetricStore &metrics, const QList<LiveDeviceInput> &devices,
                                                 qint64 nowMs, const LiveStateOptions &options = {});

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::LiveSnapshot)
