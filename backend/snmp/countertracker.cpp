// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/countertracker.h"

namespace OpsDeck::Snmp {

std::optional<quint64> CounterTracker::delta(quint64 previous, quint64 current, int bits)
{
    if (current >= previous)
        return current - previous;
    if (bits == 32) {
        if (previous > 0xffffffffULL || current > 0xffffffffULL)
            return std::nullopt;
        return (0x100000000ULL - previous) + current;
    }
    // A 64-bit counter needs centuries to wrap: only a value close to the top
    // followed by a small one is a wrap; anything else is a reset.
    constexpr quint64 top = 0xffffffffffffffffULL;
    if (previous > top - (1ULL << 48) && current < (1ULL << 48))
        return (top - previous) + current + 1;
    return std::nullopt;
}

std::optional<double> CounterTracker::update(const QString &key, const CounterReading &reading)
{
    const auto it = m_last.find(key);
    if (it == m_last.end()) {
        m_last.insert(key, reading);
        return std::nullopt;
    }
    const CounterReading previous = *it;
    *it = reading;

    const bool restarted = reading.upTimeTicks != 0 && previous.upTimeTicks != 0
        && reading.upTimeTicks < previous.upTimeTicks;
    const bool discontinuity = reading.discontinuityTicks != previous.discontinuityTicks;
    if (restarted || discontinuity || reading.bits != previous.bits) {
        ++m_discontinuities;
        return std::nullopt;
    }
    double seconds = 0;
    if (reading.upTimeTicks != 0 && previous.upTimeTicks != 0)
        seconds = double(reading.upTimeTicks - previous.upTimeTicks) / 100.0;
    if (seconds <= 0)
        seconds = double(reading.wallMs - previous.wallMs) / 1000.0;
    if (seconds <= 0)
        return std::nullopt;
    const auto d = delta(previous.value, reading.value, reading.bits);
    if (!d) {
        ++m_discontinuities;
        return std::nullopt;
    }
    return double(*d) / seconds;
}

} // namespace OpsDeck::Snmp
