// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/icmp/icmptypes.h"

#include <algorithm>
#include <cmath>

namespace OpsDeck::Icmp {

EchoStatistics EchoStatistics::compute(int sent, const QList<double> &rttsMs)
{
    EchoStatistics s;
    s.sent = qMax(0, sent);
    s.received = qMin(int(rttsMs.size()), s.sent);
    s.lossPercent = s.sent > 0 ? 100.0 * double(s.sent - s.received) / double(s.sent) : 100.0;
    if (rttsMs.isEmpty())
        return s;
    const auto [lo, hi] = std::minmax_element(rttsMs.cbegin(), rttsMs.cend());
    s.minMs = *lo;
    s.maxMs = *hi;
    double sum = 0;
    for (double r : rttsMs)
        sum += r;
    s.avgMs = sum / double(rttsMs.size());
    double squares = 0;
    for (double r : rttsMs)
        squares += (r - s.avgMs) * (r - s.avgMs);
    s.stddevMs = std::sqrt(squares / double(rttsMs.size()));
    if (rttsMs.size() > 1) {
        double diffs = 0;
        for (qsizetype i = 1; i < rttsMs.size(); ++i)
            diffs += std::abs(rttsMs.at(i) - rttsMs.at(i - 1));
        s.jitterMs = diffs / double(rttsMs.size() - 1);
    }
    return s;
}

} // namespace OpsDeck::Icmp
