// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "tests/backend/analysis/anomalycorpus.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace OpsDeck::Test {

namespace {

// Monday 2026-01-05 00:00 UTC.
constexpr qint64 kStartMs = 1767571200000;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr double kTwo32 = 4294967296.0;

using Rng = std::mt19937_64;

double uniform(Rng &rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

int uniformInt(Rng &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// The normal shape of a series at a time, without noise.
struct Shape
{
    SeriesShape kind = SeriesShape::Traffic;
    double base = 1;
    double peakHour = 15;
    double noise = 0.05;

    [[nodiscard]] double daily(qint64 timeMs) const
    {
        const double hour = double(timeMs % kDayMs) / double(kHourMs);
        // A day runs from 04:00, in the night's trough, so the weekend
        // changes the day's bump and nothing jumps at midnight.
        const int weekday = int((timeMs - kStartMs - 4 * kHourMs) / kDayMs % 7 + 7) % 7; // 0 = Monday
        const double weekly = weekday == 5 ? 0.65 : weekday == 6 ? 0.55 : 1.0;
        // A working-day bump around the peak hour, 16 hours wide.
        double x = (hour - (peakHour - 8)) / 16.0;
        if (x < 0)
            x += 24.0 / 16.0; // the bump's tail after midnight
        const double bump = x > 0 && x < 1 ? std::pow(std::sin(std::numbers::pi * x), 1.5) : 0.0;
        return 0.15 + 0.85 * weekly * bump;
    }

    [[nodiscard]] double at(qint64 timeMs, Rng &rng) const
    {
        std::normal_distribution<double> gauss(0.0, noise);
        switch (kind) {
        case SeriesShape::Traffic:
        case SeriesShape::Counter:
            return base * daily(timeMs) * std::exp(gauss(rng));
        case SeriesShape::Latency:
            return base * (1.0 + 0.3 * daily(timeMs)) * std::exp(gauss(rng));
        case SeriesShape::OpticalPower: {
            const double hour = double(timeMs % kDayMs) / double(kHourMs);
            return base + 0.2 * std::sin(2 * std::numbers::pi * (hour - 9) / 24.0) + gauss(rng);
        }
        }
        return base;
    }
};

Shape shapeFor(SeriesShape kind, Rng &rng)
{
    Shape s;
    s.kind = kind;
    switch (kind) {
    case SeriesShape::Traffic:
        s.base = std::exp(uniform(rng, std::log(1e7), std::log(5e9)));
        s.peakHour = uniform(rng, 13, 19);
        s.noise = uniform(rng, 0.03, 0.08);
        break;
    case SeriesShape::Counter:
        // Bytes per second: wraps every few polls, never twice in one, spikes and drifts included.
        s.base = std::exp(uniform(rng, std::log(5e4), std::log(1e6)));
        s.peakHour = uniform(rng, 13, 19);
        s.noise = uniform(rng, 0.03, 0.06);
        break;
    case SeriesShape::Latency:
        s.base = uniform(rng, 2, 40);
        s.noise = uniform(rng, 0.05, 0.1);
        break;
    case SeriesShape::OpticalPower:
        s.base = uniform(rng, -12, -2);
        s.noise = uniform(rng, 0.03, 0.08);
        break;
    }
    return s;
}

// The kinds that make sense for a shape.
InjectedKind fitKind(InjectedKind kind, SeriesShape shape)
{
    if (shape == SeriesShape::OpticalPower && (kind == InjectedKind::Spike || kind == InjectedKind::SeasonalBreak))
        return InjectedKind::Dip;
    if (shape == SeriesShape::Latency && kind == InjectedKind::SeasonalBreak)
        return InjectedKind::LevelShift;
    if (shape == SeriesShape::Counter && (kind == InjectedKind::FlatLine || kind == InjectedKind::SeasonalBreak))
        return InjectedKind::Spike;
    return kind;
}

bool persists(InjectedKind kind)
{
    return kind == InjectedKind::LevelShift || kind == InjectedKind::Drift;
}

// An anomaly as the generator applies it.
struct Injection
{
    InjectedKind kind;
    qint64 startMs = 0;
    qint64 endMs = 0;  ///< the labelled end
    double factor = 1; ///< spike/dip/shift/drift: multiplier (optical: dB added)
    qint64 rampMs = 0; ///< drift: how long it takes to reach the factor
};

Injection placeInjection(InjectedKind kind, qint64 startMs, const Shape &shape, int intervalSeconds, Rng &rng)
{
    const qint64 step = qint64(intervalSeconds) * 1000;
    const bool optical = shape.kind == SeriesShape::OpticalPower;
    Injection in{kind, startMs, startMs, 1, 0};
    switch (kind) {
    case InjectedKind::Spike:
        in.factor = shape.kind == SeriesShape::Latency ? uniform(rng, 4, 8) : uniform(rng, 3, 6);
        in.endMs = startMs + (uniformInt(rng, 1, 3) - 1) * step;
        break;
    case InjectedKind::Dip:
        in.factor = optical ? -uniform(rng, 3, 6) : uniform(rng, 0.02, 0.2);
        in.endMs = startMs + (uniformInt(rng, 2, 6) - 1) * step;
        break;
    case InjectedKind::LevelShift:
        in.factor =
            optical ? -uniform(rng, 2, 4) : (uniformInt(rng, 0, 1) ? uniform(rng, 1.8, 2.5) : uniform(rng, 0.3, 0.5));
        in.endMs = startMs + 6 * kHourMs;
        break;
    case InjectedKind::Drift:
        in.factor = optical ? -uniform(rng, 3, 5) : uniform(rng, 2, 3);
        in.rampMs = qint64(uniform(rng, 24, 48) * double(kHourMs));
        in.endMs = startMs + in.rampMs;
        break;
    case InjectedKind::FlatLine:
        in.endMs = startMs + uniformInt(rng, 12, 36) * step;
        break;
    case InjectedKind::SeasonalBreak: {
        // A working day whose daytime stays at the night's level.
        qint64 day = startMs - startMs % kDayMs;
        while (int((day - kStartMs) / kDayMs % 7) >= 5)
            day += kDayMs;
        in.startMs = day + qint64((shape.peakHour - 5) * double(kHourMs));
        in.endMs = in.startMs + 8 * kHourMs;
        break;
    }
    }
    return in;
}

double applyInjection(const Injection &in, const Shape &shape, qint64 t, double value, double previous)
{
    const bool optical = shape.kind == SeriesShape::OpticalPower;
    const auto scaled = [&](double factor) { return optical ? value + factor : value * factor; };
    switch (in.kind) {
    case InjectedKind::Spike:
    case InjectedKind::Dip:
        return t >= in.startMs && t <= in.endMs ? scaled(in.factor) : value;
    case InjectedKind::LevelShift:
        return t >= in.startMs ? scaled(in.factor) : value;
    case InjectedKind::Drift: {
        if (t < in.startMs)
            return value;
        const double progress = std::min(1.0, double(t - in.startMs) / double(in.rampMs));
        return optical ? value + in.factor * progress : value * (1 + (in.factor - 1) * progress);
    }
    case InjectedKind::FlatLine:
        return t > in.startMs && t <= in.endMs ? previous : value;
    case InjectedKind::SeasonalBreak:
        if (t < in.startMs || t > in.endMs)
            return value;
        return value * 0.15 / std::max(0.15, shape.daily(t));
    }
    return value;
}

} // namespace

QString kindName(InjectedKind kind)
{
    switch (kind) {
    case InjectedKind::Spike:
        return QStringLiteral("spike");
    case InjectedKind::Dip:
        return QStringLiteral("dip");
    case InjectedKind::LevelShift:
        return QStringLiteral("shift");
    case InjectedKind::Drift:
        return QStringLiteral("drift");
    case InjectedKind::FlatLine:
        return QStringLiteral("flat");
    case InjectedKind::SeasonalBreak:
        return QStringLiteral("seasonal");
    }
    return {};
}

GeneratedSeries generateSeries(const SeriesSpec &spec, const QString &name)
{
    Rng rng(spec.seed);
    const Shape shape = shapeFor(spec.shape, rng);
    GeneratedSeries out;
    out.name = name.isEmpty() ? QStringLiteral("series-%1").arg(spec.seed) : name;
    out.shape = spec.shape;
    out.input = spec.shape == SeriesShape::Counter ? Analysis::SeriesInput::Counter : Analysis::SeriesInput::Gauge;
    const qint64 step = qint64(spec.intervalSeconds) * 1000;
    const qint64 endMs = kStartMs + spec.weeks * 7 * kDayMs;

    // Anomalies after two clean weeks, two days apart at least; the ones
    // that persist come last.
    std::vector<InjectedKind> kinds;
    for (InjectedKind k : spec.anomalies)
        kinds.push_back(fitKind(k, spec.shape));
    std::stable_partition(kinds.begin(), kinds.end(), [](InjectedKind k) { return !persists(k); });
    std::vector<Injection> injections;
    qint64 cursor = kStartMs + 14 * kDayMs + qint64(uniform(rng, 6, 30) * double(kHourMs));
    for (InjectedKind k : kinds) {
        cursor -= cursor % step;
        Injection in = placeInjection(k, cursor, shape, spec.intervalSeconds, rng);
        if (in.endMs >= endMs - kHourMs)
            break;
        injections.push_back(in);
        out.windows.push_back({in.startMs, in.endMs, k});
        cursor = std::max(in.endMs, in.startMs) + 2 * kDayMs + qint64(uniform(rng, 0, 24) * double(kHourMs));
    }

    // Gaps and a counter reset away from every window.
    const auto clearOfWindows = [&](qint64 from, qint64 to) {
        return std::none_of(out.windows.cbegin(), out.windows.cend(), [&](const LabelWindow &w) {
            return from <= w.endMs + 2 * kHourMs && to >= w.startMs - 2 * kHourMs;
        });
    };
    std::vector<std::pair<qint64, qint64>> gaps;
    if (spec.gaps) {
        for (int i = uniformInt(rng, 1, 2); i > 0; --i) {
            const qint64 from = kStartMs + qint64(uniform(rng, 3, spec.weeks * 7 - 1) * double(kDayMs));
            const qint64 to = from + qint64(uniform(rng, 1, 3) * double(kHourMs));
            if (clearOfWindows(from, to))
                gaps.emplace_back(from, to);
        }
    }
    out.gaps = int(gaps.size());
    qint64 resetAt = 0;
    if (spec.shape == SeriesShape::Counter) {
        const qint64 at = kStartMs + qint64(uniform(rng, 8, spec.weeks * 7 - 1) * double(kDayMs));
        if (clearOfWindows(at, at))
            resetAt = at;
    }

    double previous = shape.at(kStartMs, rng);
    double counter = std::floor(uniform(rng, 0, kTwo32));
    for (qint64 t = kStartMs; t < endMs; t += step) {
        double value = shape.at(t, rng);
        for (const Injection &in : injections)
            value = applyInjection(in, shape, t, value, previous);
        previous = value;
        if (spec.shape == SeriesShape::Counter) {
            const double before = counter;
            counter = std::fmod(counter + std::floor(value * spec.intervalSeconds), kTwo32);
            out.counterWraps += counter < before ? 1 : 0;
            if (resetAt != 0 && t >= resetAt) {
                counter = std::floor(value * uniform(rng, 1, spec.intervalSeconds));
                ++out.counterResets;
                resetAt = 0;
            }
        }
        const bool missing =
            std::any_of(gaps.cbegin(), gaps.cend(), [t](const auto &g) { return t >= g.first && t < g.second; });
        if (missing)
            continue;
        out.timesMs.push_back(t);
        out.values.push_back(spec.shape == SeriesShape::Counter ? counter : value);
    }
    return out;
}

std::vector<GeneratedSeries> generateCorpus(int count, int weeks, int intervalSeconds, quint64 seed)
{
    Rng rng(seed);
    std::vector<GeneratedSeries> corpus;
    static const InjectedKind all[] = {InjectedKind::Spike, InjectedKind::Dip,      InjectedKind::LevelShift,
                                       InjectedKind::Drift, InjectedKind::FlatLine, InjectedKind::SeasonalBreak};
    for (int i = 0; i < count; ++i) {
        SeriesSpec spec;
        const int pick = i % 10;
        spec.shape = pick < 6    ? SeriesShape::Traffic
                     : pick == 6 ? SeriesShape::OpticalPower
                     : pick == 7 ? SeriesShape::Latency
                                 : SeriesShape::Counter;
        spec.weeks = weeks;
        spec.intervalSeconds = intervalSeconds;
        spec.gaps = uniformInt(rng, 0, 2) == 0;
        spec.seed = rng();
        for (int n = uniformInt(rng, 1, 3); n > 0; --n)
            spec.anomalies.push_back(all[uniformInt(rng, 0, 5)]);
        corpus.push_back(generateSeries(spec, QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'))));
    }
    return corpus;
}

void Evaluation::add(const Evaluation &o)
{
    const double delaySum = meanDelayMinutes * found + o.meanDelayMinutes * o.found;
    rewards += o.rewards;
    windows += o.windows;
    found += o.found;
    detections += o.detections;
    falsePositives += o.falsePositives;
    meanDelayMinutes = found == 0 ? 0 : delaySum / found;
    for (const auto &[kind, counts] : o.foundByKind) {
        foundByKind[kind].first += counts.first;
        foundByKind[kind].second += counts.second;
    }
}

Evaluation evaluate(const GeneratedSeries &series, const std::vector<double> &scores, double threshold,
                    qint64 toleranceMs)
{
    Evaluation e;
    e.windows = int(series.windows.size());
    // Runs of flagged samples; a gap of up to two samples joins them.
    std::vector<std::pair<qint64, qint64>> runs;
    size_t lastFlagged = 0;
    bool any = false;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (scores[i] < threshold)
            continue;
        if (any && i - lastFlagged <= 3)
            runs.back().second = series.timesMs[i];
        else
            runs.emplace_back(series.timesMs[i], series.timesMs[i]);
        lastFlagged = i;
        any = true;
    }
    e.detections = int(runs.size());
    for (const auto &[from, to] : runs) {
        const bool hit = std::any_of(series.windows.cbegin(), series.windows.cend(), [&](const LabelWindow &w) {
            return from <= w.endMs + toleranceMs && to >= w.startMs;
        });
        e.falsePositives += hit ? 0 : 1;
    }
    double reward = 0;
    double delay = 0;
    for (const LabelWindow &w : series.windows) {
        auto &counts = e.foundByKind[kindName(w.kind)];
        ++counts.second;
        for (size_t i = 0; i < scores.size(); ++i) {
            const qint64 t = series.timesMs[i];
            if (t < w.startMs || t > w.endMs + toleranceMs || scores[i] < threshold)
                continue;
            ++e.found;
            ++counts.first;
            const double span = double(w.endMs + toleranceMs - w.startMs);
            reward += 1.0 - 0.5 * double(t - w.startMs) / span;
            delay += double(t - w.startMs) / 60000.0;
            break;
        }
    }
    e.meanDelayMinutes = e.found == 0 ? 0 : delay / e.found;
    e.rewards = reward;
    return e;
}

std::vector<double> detectorScores(const GeneratedSeries &series, int utcOffsetSeconds)
{
    Analysis::DetectorOptions options;
    options.input = series.input;
    options.utcOffsetSeconds = utcOffsetSeconds;
    const Analysis::AnomalyDetector detector(options);
    Analysis::SeriesState state;
    std::vector<double> scores;
    scores.reserve(series.values.size());
    for (size_t i = 0; i < series.values.size(); ++i)
        scores.push_back(detector.score(state, series.timesMs[i], series.values[i]).score);
    return scores;
}

} // namespace OpsDeck::Test
