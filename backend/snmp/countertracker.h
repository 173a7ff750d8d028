// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QHash>
#include <QString>

namespace OpsDeck::Snmp {

/// One reading of a counter, with the agent's clock.
struct CounterReading
{
    quint64 value = 0;
    int bits = 64;                  ///< 32 (Counter32) or 64 (Counter64)
    quint64 upTimeTicks = 0;        ///< sysUpTime when read (hundredths of a second)
    qint64 wallMs = 0;              ///< local clock when read (used when upTime is 0)
    quint64 discontinuityTicks = 0; ///< ifCounterDiscontinuityTime (0 when unknown)
};

/// Turns successive counter readings into per-second rates, handling 32- and
/// 64-bit wrap and refusing a rate across a discontinuity: an agent restart
/// (sysUpTime went back), a changed ifCounterDiscontinuityTime, a width
/// change, or a 64-bit counter going backwards. A plain value type; not
/// thread-safe.
class CounterTracker final
{
public:
    /// The increase from `previous` to `current` for a counter of `bits`
    /// width, counting one wrap; nullopt when it cannot be a wrap (64-bit
    /// counters going backwards far from the top are resets).
    [[nodiscard]] static std::optional<quint64> delta(quint64 previous, quint64 current, int bits);

    /// Records `reading` under `key` (device|object|metric) and returns the
    /// rate per second since the previous reading, or nullopt for the first
    /// reading and after a discontinuity (the new reading becomes the base).
    [[nodiscard]] std::optional<double> update(const QString &key, const CounterReading &reading);

    /// Discontinuities seen so far (for tests and diagnostics).
    [[nodiscard]] int discontinuities() const { return m_discontinuities; }
    void clear() { m_last.clear(); }

private:
    QHash<QString, CounterReading> m_last;
    int m_discontinuities = 0;
};

} // namespace OpsDeck::Snmp
