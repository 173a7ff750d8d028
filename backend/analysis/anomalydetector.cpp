// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/analysis/anomalydetector.h"

#include <algorithm>

namespace OpsDeck::Analysis {

namespace {

// z (the distance from the expected value in spreads) where the score
// starts to rise, and where it reaches 1; 0.5 sits halfway.
constexpr double kZLow = 3.5;
constexpr double kZHigh = 7.0;
// The smoothed distance (in spreads) from which a level shift is followed.
constexpr double kZShift = 1.2;
// Samples out of the band in a row (about) from which a shift may be under way.
constexpr int kShiftEvidence = 3;
// A level shift is re-based after it held this long.
constexpr double kShiftSeconds = 4 * 3600.0;
// Identical values in a row that make a flat line (at least; more for fast polling).
constexpr int kFlatSamples = 6;
constexpr double kFlatSeconds = 30 * 60.0;
// Repeats are normal for a series that repeats more often than this.
constexpr float kNormalRepeatRate = 0.05F;
// Spread never taken as narrower than this share of the expected value.
constexpr double kRelativeFloor = 0.02;
// An hour of the week is trusted from this many values on.
constexpr int kTrusted = 2;
// The band of an hour taken from other days is at least this share wide.
constexpr double kFallbackFloor = 0.3;
// A settled hour's band is never narrower than this share of the series' typical residual.
constexpr double kSettledShare = 0.5;
// The typical relative residual assumed for a series without history.
constexpr double kYoungResidual = 0.3;
// Until this many values, its spread is widened by the series' typical residual.
constexpr int kSettled = 6;
// Values learned before the series as a whole may stand in for an hour.
constexpr quint32 kGlobalMinimum = 12;
// Auto input: non-decreasing integer samples that make a counter.
constexpr int kCounterEvidence = 32;
// Half precision keeps values up to 65504: rescale above this.
constexpr double kHalfHeadroom = 16384.0;
constexpr double kTwo32 = 4294967296.0;
// A wrap implying a rate this many times the series' usual high is a reset.
constexpr double kImplausibleRate = 10.0;
constexpr double kTwo64 = 18446744073709551616.0;

double halfValue(qfloat16 v)
{
    return double(float(v));
}

bool isCounterLike(double previous, double value)
{
    return value >= previous && value >= 0 && value == std::floor(value);
}

} // namespace

const char *anomalyKindName(AnomalyKind kind)
{
    switch (kind) {
    case AnomalyKind::High:
        return "high";
    case AnomalyKind::Low:
        return "low";
    case AnomalyKind::Flat:
        return "flat";
    case AnomalyKind::None:
        break;
    }
    return "";
}

AnomalyDetector::AnomalyDetector(DetectorOptions options)
    : m_options(options)
{}

int AnomalyDetector::hourOfWeek(qint64 timeMs, int utcOffsetSeconds)
{
    const qint64 hours = (timeMs / 1000 + utcOffsetSeconds) / 3600;
    // 1970-01-01 was a Thursday: shift so that 0 is Monday 00:00.
    return int(((hours + 3 * 24) % SeriesState::kHours + SeriesState::kHours) % SeriesState::kHours);
}

void AnomalyDetector::fitScale(SeriesState &state, double value)
{
    const double magnitude = std::abs(value);
    if (state.scale == 0) {
        if (magnitude == 0)
            return;
        // About 1024 in half precision: three decimal digits and room to grow.
        state.scale = std::exp2(std::floor(std::log2(magnitude / 1024.0)));
        return;
    }
    if (magnitude / state.scale <= kHalfHeadroom)
        return;
    const double factor = std::exp2(std::ceil(std::log2(magnitude / state.scale / 1024.0)));
    for (int h = 0; h < SeriesState::kHours; ++h) {
        state.mean[size_t(h)] = qfloat16(float(halfValue(state.mean[size_t(h)]) / factor));
        state.spread[size_t(h)] = qfloat16(float(halfValue(state.spread[size_t(h)]) / factor));
    }
    state.scale *= factor;
}

bool AnomalyDetector::toValue(SeriesState &state, qint64 timeMs, double raw, double &value, bool &wrapped,
                              Verdict &verdict) const
{
    const bool first = state.lastMs == 0;
    if (!first && timeMs <= state.lastMs) {
        verdict.skipped = true;
        return false;
    }
    if (!std::isfinite(raw)) {
        verdict.skipped = true;
        return false;
    }
    const double previous = state.lastRaw;
    const double dt = first ? 0 : double(timeMs - state.lastMs) / 1000.0;
    state.lastRaw = raw;
    state.lastMs = timeMs;
    if (!first) {
        const float a = state.intervalSeconds == 0 ? 1.0F : 0.05F;
        if (state.intervalSeconds == 0 || dt < 10 * state.intervalSeconds)
            state.intervalSeconds += a * (float(dt) - state.intervalSeconds);
    }

    if (state.mode == SeriesInput::Auto) {
        if (m_options.input != SeriesInput::Auto) {
            state.mode = m_options.input;
        } else if (first || isCounterLike(previous, raw)) {
            if (!first && ++state.counterRun >= kCounterEvidence)
                state.mode = SeriesInput::Counter;
            verdict.learning = true;
            return false; // still deciding
        } else {
            state.mode = SeriesInput::Gauge;
        }
    }
    if (state.mode == SeriesInput::Gauge) {
        value = raw;
        return true;
    }
    // After a polling gap the counter may have wrapped more than once: the
    // rate over it is unknown.
    const bool gap = state.intervalSeconds > 0 && dt > 3 * double(state.intervalSeconds);
    if (first || dt <= 0 || gap) {
        verdict.skipped = true;
        return false;
    }
    double delta = raw - previous;
    if (delta < 0) {
        // A wrap leaves the counter low after it was high in its range;
        // anything else is a reset (a reboot, a cleared counter).
        if (previous < kTwo32 && previous >= kTwo32 / 2 && raw < kTwo32 / 2)
            delta += kTwo32;
        else if (previous >= kTwo64 / 2 && raw < kTwo64 / 2)
            delta += kTwo64;
        else {
            verdict.skipped = true;
            return false;
        }
    }
    value = delta / dt;
    wrapped = delta != raw - previous;
    return true;
}

AnomalyDetector::Baseline AnomalyDetector::baseline(const SeriesState &state, int hour, double within) const
{
    Baseline b;
    if (state.scale == 0 && state.samples < kGlobalMinimum)
        return b;
    const auto at = [&](int h) { return size_t(h); };
    if (state.count[at(hour)] >= kTrusted) {
        // An hour's mean belongs to its middle: towards its edges the
        // neighbouring hour counts in, so a steep morning ramp is followed
        // within the hour rather than taken as one wide band.
        const int next =
            within < 0.5 ? (hour + SeriesState::kHours - 1) % SeriesState::kHours : (hour + 1) % SeriesState::kHours;
        const double w = state.count[at(next)] >= kTrusted ? std::abs(within - 0.5) : 0.0;
        b.expected = ((1 - w) * halfValue(state.mean[at(hour)]) + w * halfValue(state.mean[at(next)])) * state.scale;
        b.spread = ((1 - w) * halfValue(state.spread[at(hour)]) + w * halfValue(state.spread[at(next)])) * state.scale;
        b.count = state.count[at(hour)];
        b.known = true;
        return b;
    }
    // The same hour of the other days of the week.
    double sum = 0;
    double spread = 0;
    int days = 0;
    for (int d = 1; d < 7; ++d) {
        const int h = (hour + 24 * d) % SeriesState::kHours;
        if (state.count[at(h)] >= kTrusted) {
            sum += halfValue(state.mean[at(h)]);
            spread += halfValue(state.spread[at(h)]);
            ++days;
        }
    }
    if (days > 0) {
        // Other days may differ (a weekend): a wide band until this hour has its own.
        b.expected = sum / days * state.scale;
        b.spread = spread / days * state.scale * 1.5;
        if (state.multiplicative)
            b.spread = std::max(b.spread, kFallbackFloor * std::abs(b.expected));
        b.count = 1;
        b.known = true;
        return b;
    }
    if (state.samples >= kGlobalMinimum) {
        // The level of every hour together knows nothing of the day's
        // shape: only what is far off the whole series stands out.
        b.expected = state.levelMean;
        b.spread = state.levelSpread * 2.0;
        if (state.multiplicative)
            b.spread = std::max(b.spread, 0.5 * std::abs(b.expected));
        b.count = 0;
        b.known = true;
    }
    return b;
}

double AnomalyDetector::effectiveSpread(const SeriesState &state, const Baseline &b) const
{
    const double magnitude = std::abs(b.expected);
    // A share of the value only where shares mean something: not for a
    // level in dBm or a temperature that crosses zero.
    double spread = state.multiplicative ? std::max(b.spread, kRelativeFloor * magnitude) : b.spread;
    // Young hours borrow the series' typical residual; while the series
    // itself is young (two days), a prior of 30 % stands in for it.
    const double interval = std::max(1.0F, state.intervalSeconds);
    const double youth = std::max(0.0, 1.0 - double(state.samples) * interval / (2 * 86400.0));
    double typical = double(state.relResidual) * magnitude * (b.count < kSettled ? 1.0 : kSettledShare);
    // A share of the value for a ratio-scale series; the level's own spread
    // for one that is not (dBm).
    typical = std::max(typical, youth * (state.multiplicative ? kYoungResidual * magnitude : 2.0 * state.levelSpread));
    spread = std::max(spread, typical);
    // Never zero: a tiny share of the series' level.
    return std::max(spread, 1e-3 * std::max<double>(std::abs(state.levelMean), state.levelSpread) + 1e-12);
}

void AnomalyDetector::followShift(SeriesState &state, double value, const Baseline &b, double spread) const
{
    // The signed distance, smoothed over about an hour: a level that moved
    // stays on one side even where single samples fall back into the band.
    const double interval = std::max(1.0F, state.intervalSeconds);
    const double smoothing = std::min(1.0, interval / 3600.0);
    // Bounded, so that one wild sample cannot pass for an hour of shift.
    const double u = std::clamp((value - b.expected) / spread, -2 * kZHigh, 2 * kZHigh);
    state.shiftLevel = float(state.shiftLevel + smoothing * (u - state.shiftLevel));
    const qint8 sign = state.shiftLevel > 0 ? 1 : -1;
    if (std::abs(state.shiftLevel) < kZShift || (state.shiftRun > 0 && sign != state.shiftSign)) {
        state.shiftRun = state.shiftRun > 0 && sign == state.shiftSign ? state.shiftRun - 1 : 0;
        return;
    }
    // The recent change, not the run's average: a drift keeps moving. A
    // ratio needs a positive expectation; without one the sample only counts.
    if (!state.multiplicative || b.expected > 0) {
        const double change = state.multiplicative ? value / b.expected : value - b.expected;
        state.shiftSum = state.shiftRun == 0 ? change : state.shiftSum + 0.1 * (change - state.shiftSum);
    } else if (state.shiftRun == 0) {
        state.shiftSum = 1;
    }
    state.shiftSign = sign;
    ++state.shiftRun;
    if (state.shiftRun >= std::max(12.0, kShiftSeconds / interval))
        rebase(state);
}

void AnomalyDetector::rebase(SeriesState &state) const
{
    // The level moved and stayed: move the whole profile with it.
    const double change = state.shiftSum;
    for (int h = 0; h < SeriesState::kHours; ++h) {
        const double m = halfValue(state.mean[size_t(h)]);
        const double s = halfValue(state.spread[size_t(h)]);
        if (state.multiplicative) {
            state.mean[size_t(h)] = qfloat16(float(m * change));
            state.spread[size_t(h)] = qfloat16(float(s * change));
        } else {
            state.mean[size_t(h)] = qfloat16(float(m + change / state.scale));
        }
    }
    state.levelMean = float(state.multiplicative ? state.levelMean * change : state.levelMean + change);
    state.shiftRun = 0;
    state.shiftSum = 0;
    state.shiftLevel = 0;
}

void AnomalyDetector::learn(SeriesState &state, int hour, double value, const Baseline &b, double spread,
                            bool anomalous) const
{
    fitScale(state, value);
    state.multiplicative = state.multiplicative && value >= 0;
    const double interval = std::max(1.0F, state.intervalSeconds);
    // About twenty values of memory for an hour polled every 5 minutes;
    // longer when it is polled more often, so one visit does not rule.
    const double floorRate = std::clamp(0.6 * interval / 3600.0, 0.01, 0.05);
    const auto h = size_t(hour);
    const int n = state.count[h];
    double rate = std::max(1.0 / (n + 1), floorRate);
    if (anomalous)
        rate *= 0.25;
    const double scale = state.scale == 0 ? 1.0 : state.scale;
    // Winsorised against the hour's own history only: a stand-in from other
    // days must not bend what this hour learns first.
    const bool own = b.known && b.count >= kTrusted;
    const double kept = own ? std::clamp(value, b.expected - 4 * spread, b.expected + 4 * spread) : value;
    const double m = halfValue(state.mean[h]) * scale;
    const double s = halfValue(state.spread[h]) * scale;
    double newMean = 0;
    double newSpread = 0;
    if (state.shiftRun >= kShiftEvidence && n > 0) {
        // A level shift may be under way: the profile waits for rebase()
        // rather than half-learning the new level in a few hours only.
        newMean = m;
        newSpread = s;
    } else if (n == 0) {
        // The stand-in's own spread, not the widened band of a young series.
        newMean = kept;
        newSpread = b.known ? b.spread : 0;
    } else {
        newMean = m + rate * (kept - m);
        // The spread around what was expected at this point of the hour.
        const double centre = own ? b.expected : m;
        newSpread = s + rate * (std::abs(kept - centre) - s);
    }
    state.mean[h] = qfloat16(float(newMean / scale));
    state.spread[h] = qfloat16(float(newSpread / scale));
    if (n < 255)
        state.count[h] = quint8(n + 1);

    const double global = std::max(1.0 / (state.samples + 1), 0.01);
    const double level = state.samples == 0 ? kept : state.levelMean;
    state.levelMean = float(level + global * (kept - level));
    state.levelSpread = float(state.levelSpread + global * (std::abs(kept - level) - state.levelSpread));
    if (b.known && b.count >= kTrusted) {
        const double relative = std::min(1.0, std::abs(kept - b.expected) / std::max(std::abs(b.expected), 1e-12));
        state.relResidual = float(state.relResidual + std::max(global, 0.01) * (relative - state.relResidual));
    }
    if (state.samples < std::numeric_limits<quint32>::max())
        ++state.samples;
}

Verdict AnomalyDetector::score(SeriesState &state, qint64 timeMs, double raw) const
{
    Verdict v;
    const qint64 previousMs = state.lastMs;
    double value = 0;
    bool wrapped = false;
    if (!toValue(state, timeMs, raw, value, wrapped, v))
        return v;

    const int hour = hourOfWeek(timeMs, m_options.utcOffsetSeconds);
    const qint64 secondOfHour = ((timeMs / 1000 + m_options.utcOffsetSeconds) % 3600 + 3600) % 3600;
    const Baseline b = baseline(state, hour, double(secondOfHour) / 3600.0);
    // A "wrap" far beyond anything this hour has seen was a reset: the
    // counter restarted while it stood in the upper half of its range.
    if (wrapped && b.known && value > kImplausibleRate * (b.expected + 5 * effectiveSpread(state, b))) {
        v.skipped = true;
        return v;
    }

    const bool gap = previousMs != 0 && state.intervalSeconds > 0 &&
                     double(timeMs - previousMs) / 1000.0 > 3 * state.intervalSeconds;
    const bool repeat = state.samples > 0 && value == state.lastValue && !gap;
    state.repeatRate += 0.01F * (float(repeat ? 1 : 0) - state.repeatRate);
    state.flatRun = repeat ? quint16(std::min<int>(state.flatRun + 1, 65535)) : 0;
    state.lastValue = value;

    v.value = value;
    double spread = 0;
    if (!b.known) {
        v.learning = true;
    } else {
        spread = effectiveSpread(state, b);
        const double z = std::abs(value - b.expected) / spread;
        v.expected = b.expected;
        const double halfway = (kZLow + kZHigh) / 2;
        v.low = b.expected - halfway * spread;
        v.high = b.expected + halfway * spread;
        v.score = std::clamp((z - kZLow) / (kZHigh - kZLow), 0.0, 1.0);
        if (v.score > 0)
            v.kind = value > b.expected ? AnomalyKind::High : AnomalyKind::Low;
        // A flat line where the series normally moves.
        const double interval = std::max(1.0F, state.intervalSeconds);
        const int flatNeeded = std::max(kFlatSamples, int(kFlatSeconds / interval));
        if (state.flatRun + 1 >= flatNeeded && state.repeatRate < kNormalRepeatRate && b.count > 0) {
            const double flat = std::min(1.0, 0.5 + double(state.flatRun + 1 - flatNeeded) / (2.0 * flatNeeded));
            if (flat > v.score) {
                v.score = flat;
                v.kind = AnomalyKind::Flat;
            }
        }
        followShift(state, value, b, spread);
    }
    const bool anomalous = v.score >= m_options.threshold;
    if (anomalous && state.sinceMs == 0)
        state.sinceMs = timeMs;
    else if (!anomalous)
        state.sinceMs = 0;
    v.sinceMs = state.sinceMs;
    learn(state, hour, value, b, spread, anomalous);
    return v;
}

void AnomalyDetector::learnHour(SeriesState &state, qint64 hourStartMs, double avg, double min, double max,
                                int samples) const
{
    if (samples <= 0 || !std::isfinite(avg))
        return;
    if (state.mode == SeriesInput::Auto)
        state.mode = m_options.input == SeriesInput::Auto ? SeriesInput::Gauge : m_options.input;
    fitScale(state, avg);
    const int hour = hourOfWeek(hourStartMs, m_options.utcOffsetSeconds);
    const auto h = size_t(hour);
    const double scale = state.scale == 0 ? 1.0 : state.scale;
    // The range of a dozen values is about four mean absolute deviations.
    const double spread = std::isfinite(max - min) ? std::max(0.0, max - min) / 4.0 : 0.0;
    const int n = state.count[h];
    const double rate = std::max(1.0 / (n + 1), 0.25);
    const double m = halfValue(state.mean[h]) * scale;
    const double s = halfValue(state.spread[h]) * scale;
    state.mean[h] = qfloat16(float((n == 0 ? avg : m + rate * (avg - m)) / scale));
    state.spread[h] = qfloat16(float((n == 0 ? spread : s + rate * (spread - s)) / scale));
    state.count[h] = quint8(std::min(255, n + std::min(samples, kSettled)));
    // What live scoring learns as the typical relative residual, from the
    // hour's own spread.
    if (std::abs(avg) > 0)
        state.relResidual =
            float(state.relResidual + 0.05 * (std::min(1.0, spread / std::abs(avg)) - state.relResidual));
    const double global = std::max(1.0 / (state.samples + 1), 0.01);
    const double level = state.samples == 0 ? avg : state.levelMean;
    state.levelSpread = float(state.levelSpread + global * (std::abs(avg - level) - state.levelSpread));
    state.levelMean = float(level + global * (avg - level));
    state.samples += quint32(samples);
}

} // namespace OpsDeck::Analysis
