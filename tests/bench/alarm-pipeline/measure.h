// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

#include <QList>

namespace OpsDeck::Bench {

/// Wall-clock time in milliseconds since the epoch, with sub-millisecond
/// resolution (the webhook receiver stamps with the same clock).
inline double epochMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

/// The @p p quantile (0..1) of @p values, nearest rank; NaN when empty.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

/// Resident set size now, from /proc/self/statm (bytes; 0 when unreadable).
inline qint64 currentRssBytes()
{
    long pages = 0;
    long resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return qint64(resident) * qint64(sysconf(_SC_PAGESIZE));
}

/// Peak resident set size of the process so far (getrusage, bytes).
inline qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace OpsDeck::Bench
