// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

namespace OpsDeck::Models {

/// What a chart's values measure, which decides its unit and scaling.
enum class ValueFormat { Plain, BitsPerSecond, PerSecond, Bytes, Dbm, Celsius, Milliseconds, Percent, Amperes };

/// A unit with its scale: values divided by @c divisor read in @c unit.
struct ScaledUnit
{
    double divisor = 1;
    QString unit; ///< empty for plain numbers
};

/// The unit to show values of @p format up to @p maxAbs in, so that they read
/// as small numbers: SI prefixes in steps of 1000 for rates and sizes
/// ("Gbit/s", "k/s", "MB"), seconds from 1000 ms, milliamperes below 1 A.
/// Levels and ratios keep their unit whatever the value (dBm, °C, %), and so
/// do plain numbers. An axis and its title use the same ScaledUnit, computed
/// from the largest value on the axis. Pure; any thread.
[[nodiscard]] ScaledUnit scaledUnit(ValueFormat format, double maxAbs);

} // namespace OpsDeck::Models
