// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>
#include <cmath>
#include <limits>

#include <QFloat16>
#include <QtGlobal>

namespace OpsDeck::Analysis {

/// What made a sample anomalous.
enum class AnomalyKind : quint8 {
    None,
    High, ///< above the expected band (spike, upward shift or drift)
    Low,  ///< below the expected band (dip, drop, downward shift or drift)
    Flat, ///< the same value again and again where the series normally moves
};

/// "high", "low", "flat", or "" for none: as files and the service write it.
[[nodiscard]] const char *anomalyKindName(AnomalyKind kind);

/// How the detector reads the values it is given.
enum class SeriesInput : quint8 {
    Gauge,   ///< each value is the quantity itself (a rate, a level, a power)
    Counter, ///< a cumulative counter: the rate between samples is scored; a
             ///< 32- or 64-bit wrap is unwrapped, a reset is skipped
    Auto,    ///< Counter when the first samples are non-decreasing integers, else Gauge
};

struct DetectorOptions
{
    SeriesInput input = SeriesInput::Gauge;
    /// Added to UTC before the hour of the week is taken, so that the
    /// profile follows the estate's working day.
    int utcOffsetSeconds = 0;
    /// The score from which a sample counts as anomalous (since, kind).
    double threshold = 0.5;
};

/// The score of one sample and why.
struct Verdict
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    double score = 0;       ///< 0 (as expected) .. 1 (certainly anomalous)
    double value = kNaN;    ///< what was scored: the value, or a counter's rate per second
    double expected = kNaN; ///< the baseline for this hour of the week
    double low = kNaN;      ///< the band outside of which the score passes 0.5
    double high = kNaN;
    AnomalyKind kind = AnomalyKind::None;
    qint64 sinceMs = 0;    ///< when the current anomalous run began; 0 when none
    bool learning = false; ///< too little history yet: scored 0
    bool skipped = false;  ///< nothing to score (a counter's first sample, a reset, a repeated timestamp)

    [[nodiscard]] bool isAnomalous(double threshold = 0.5) const { return score >= threshold; }
};

/// The online state of one series: a seasonal profile (mean and spread for
/// each of the 168 hours of the week, in half precision relative to a
/// power-of-two scale, with a count of what each hour has seen), a global
/// level, the previous sample and the runs that flat-line and level-shift
/// detection follow. Under 1 KB; a plain value type.
struct SeriesState
{
    static constexpr int kHours = 168;

    std::array<qfloat16, kHours> mean{};
    std::array<qfloat16, kHours> spread{};
    std::array<quint8, kHours> count{};
    double scale = 0;     ///< a power of two; 0 until the first value
    double lastRaw = 0;   ///< the previous input value
    double lastValue = 0; ///< the previous scored value
    qint64 lastMs = 0;    ///< 0: no sample yet
    qint64 sinceMs = 0;
    double shiftSum = 0;  ///< the recent value/expected (or value - expected) while a shift runs
    float shiftLevel = 0; ///< the signed distance in spreads, smoothed over about an hour
    float levelMean = 0;  ///< all hours together
    float levelSpread = 0;
    float relResidual = 0;     ///< typical |value - expected| / |expected|
    float repeatRate = 0;      ///< how often a value equals the previous one
    float intervalSeconds = 0; ///< typical time between samples
    quint32 samples = 0;       ///< values learned
    quint16 flatRun = 0;
    quint16 shiftRun = 0;
    qint8 shiftSign = 0;
    quint8 counterRun = 0;                ///< Auto: non-decreasing integer samples so far
    SeriesInput mode = SeriesInput::Auto; ///< Auto until decided
    bool multiplicative = true; ///< never negative so far: a ratio scale (shares, rescaled shifts), else offsets
};

static_assert(sizeof(SeriesState) <= 1024, "the online state of a series stays under 1 KB");

/// Streaming anomaly scoring of one series at a time: each sample is scored
/// against the series' baseline for its hour of the week, using only the
/// samples before it, and then learned (winsorised, and slowly while it is
/// anomalous, so an anomaly does not become the norm at once). Robust to
/// counter wraps and resets (Counter input), polling gaps (the hour comes
/// from the timestamp; a gap is neither an anomaly nor a flat line), flat
/// lines (a run of identical values where the series normally moves),
/// level shifts (flagged, then re-based once they persist for six hours)
/// and slow drifts (flagged once they leave the band the past weeks set).
/// While an hour of the week has no history, the same hour of other days,
/// then the whole series stands in.
///
/// Stateless itself: the state lives in SeriesState, one per series, so one
/// detector serves any number of series. Any thread.
class AnomalyDetector final
{
public:
    explicit AnomalyDetector(DetectorOptions options = {});

    [[nodiscard]] const DetectorOptions &options() const { return m_options; }

    /// Scores @p raw at @p timeMs and learns it. Samples not after the
    /// previous one are skipped.
    Verdict score(SeriesState &state, qint64 timeMs, double raw) const;

    /// Learns one hour of history (a rollup: its average, minimum and
    /// maximum over @p samples values) without scoring it, so a series
    /// starts with the profile the metric store already knows.
    void learnHour(SeriesState &state, qint64 hourStartMs, double avg, double min, double max, int samples) const;

    /// The hour of the week (0..167) of @p timeMs under @p utcOffsetSeconds.
    [[nodiscard]] static int hourOfWeek(qint64 timeMs, int utcOffsetSeconds);

private:
    struct Baseline
    {
        double expected = 0;
        double spread = 0;
        int count = 0;
        bool known = false;
    };

    [[nodiscard]] bool toValue(SeriesState &state, qint64 timeMs, double raw, double &value, bool &wrapped,
                               Verdict &verdict) const;
    /// The expectation for @p hour of the week, @p within (0..1) of the way through it.
    [[nodiscard]] Baseline baseline(const SeriesState &state, int hour, double within) const;
    [[nodiscard]] double effectiveSpread(const SeriesState &state, const Baseline &b) const;
    void followShift(SeriesState &state, double value, const Baseline &b, double spread) const;
    void rebase(SeriesState &state) const;
    void learn(SeriesState &state, int hour, double value, const Baseline &b, double spread, bool anomalous) const;
    static void fitScale(SeriesState &state, double value);

    DetectorOptions m_options;
};

} // namespace OpsDeck::Analysis
