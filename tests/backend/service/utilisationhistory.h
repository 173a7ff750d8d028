// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// Stored metrics with a known shape, for previews of alarm rules over them.

#include <QDateTime>

#include "backend/metrics/metricstore.h"

namespace OpsDeck::Test {

/// Where the utilisation of leaf01 Ethernet1 is above 90 %: minutes from
/// the history's start, [first, end).
struct HighSpan
{
    int first;
    int end;
};

inline constexpr HighSpan kHighSpans[] = {{100, 130}, {500, 520}, {900, 960}};
inline constexpr int kHistoryMinutes = 23 * 60;

/// 23 hours of one-minute samples of "if.in.util" ending now: leaf01
/// Ethernet1 at 95 % in kHighSpans and 40 % otherwise, leaf02 Ethernet2 at
/// 30 % throughout. A rule "above 90 for 300 s" raises three alarms on
/// leaf01 only, each 5 minutes into its span and cleared at its end.
/// Returns the first sample's time (ms since the epoch), or -1.
inline qint64 writeUtilisationHistory(Metrics::MetricStore &store)
{
    auto busy = store.seriesId({QStringLiteral("leaf01"), QStringLiteral("Ethernet1"), QStringLiteral("if.in.util")});
    auto quiet = store.seriesId({QStringLiteral("leaf02"), QStringLiteral("Ethernet2"), QStringLiteral("if.in.util")});
    if (!busy || !quiet)
        return -1;
    const qint64 start = (QDateTime::currentMSecsSinceEpoch() / 60000 - kHistoryMinutes) * 60000;
    for (int m = 0; m < kHistoryMinutes; ++m) {
        bool high = false;
        for (const HighSpan &s : kHighSpans)
            high = high || (m >= s.first && m < s.end);
        if (!store.append(*busy, start + m * 60000, high ? 95.0 : 40.0) ||
            !store.append(*quiet, start + m * 60000, 30.0))
            return -1;
    }
    return store.flush() ? start : -1;
}

} // namespace OpsDeck::Test
