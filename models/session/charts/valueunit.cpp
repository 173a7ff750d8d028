// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/charts/valueunit.h"

#include <cmath>
#include <initializer_list>

namespace OpsDeck::Models {

namespace {

// The largest of @p units (each @p step times the one before) that keeps
// @p maxAbs at 1 or more.
ScaledUnit pick(std::initializer_list<const char *> units, double maxAbs, double step = 1000)
{
    ScaledUnit out;
    const char *const *it = units.begin();
    out.unit = QString::fromUtf8(*it);
    for (++it; it != units.end() && std::isfinite(maxAbs) && maxAbs >= out.divisor * step; ++it) {
        out.divisor *= step;
        out.unit = QString::fromUtf8(*it);
    }
    return out;
}

} // namespace

ScaledUnit scaledUnit(ValueFormat format, double maxAbs)
{
    maxAbs = std::abs(maxAbs);
    switch (format) {
    case ValueFormat::BitsPerSecond: return pick({"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s", "Pbit/s"}, maxAbs);
    case ValueFormat::PerSecond: return pick({"/s", "k/s", "M/s", "G/s"}, maxAbs);
    case ValueFormat::Bytes: return pick({"B", "kB", "MB", "GB", "TB", "PB"}, maxAbs);
    case ValueFormat::Milliseconds: return pick({"ms", "s"}, maxAbs);
    case ValueFormat::Amperes:
        if (maxAbs > 0 && maxAbs < 1)
            return {0.001, QStringLiteral("mA")};
        return {1, QStringLiteral("A")};
    case ValueFormat::Dbm: return {1, QStringLiteral("dBm")};
    case ValueFormat::Celsius: return {1, QStringLiteral("°C")};
    case ValueFormat::Percent: return {1, QStringLiteral("%")};
    case ValueFormat::Plain: break;
    }
    return {};
}

} // namespace OpsDeck::Models
