// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

namespace OpsDeck::Domain {

/// Identity of one time series: what the metric store, the collectors, the
/// importers and the charts agree to call a series. A plain value, any thread.
struct SeriesKey
{
    QString device; ///< e.g. the NetBox device id or the agent address
    QString object; ///< e.g. "ifIndex:7", "sensor:100006001", "" for the device itself
    QString metric; ///< e.g. "if.in.bps", "icmp.rtt.ms"
};

} // namespace OpsDeck::Domain
