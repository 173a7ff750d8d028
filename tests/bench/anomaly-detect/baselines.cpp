// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "baselines.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace OpsDeck::Bench {

namespace {

constexpr qint64 kTrainingMs = 14LL * 24 * 3600 * 1000;

} // namespace

std::vector<double> plainValues(const Test::GeneratedSeries &series, std::vector<bool> &usable)
{
    const size_t n = series.values.size();
    usable.assign(n, true);
    if (series.input != Analysis::SeriesInput::Counter)
        return series.values;
    std::vector<double> rates(n, 0.0);
    usable[0] = false;
    for (size_t i = 1; i < n; ++i) {
        const double delta = series.values[i] - series.values[i - 1];
        const double dt = double(series.timesMs[i] - series.timesMs[i - 1]) / 1000.0;
        if (delta < 0 || dt <= 0)
            usable[i] = false;
        else
            rates[i] = delta / dt;
    }
    return rates;
}

std::vector<double> staticThresholdScores(const Test::GeneratedSeries &series)
{
    std::vector<bool> usable;
    const std::vector<double> values = plainValues(series, usable);
    const qint64 trainUntil = series.timesMs.front() + kTrainingMs;
    double low = INFINITY;
    double high = -INFINITY;
    for (size_t i = 0; i < values.size() && series.timesMs[i] < trainUntil; ++i) {
        if (!usable[i])
            continue;
        low = std::min(low, values[i]);
        high = std::max(high, values[i]);
    }
    const double margin = 0.1 * std::max(std::abs(high - low), 1e-9);
    std::vector<double> scores(values.size(), 0.0);
    for (size_t i = 0; i < values.size(); ++i) {
        if (usable[i] && series.timesMs[i] >= trainUntil)
            scores[i] = values[i] < low - margin || values[i] > high + margin ? 1.0 : 0.0;
    }
    return scores;
}

std::vector<double> rollingZScores(const Test::GeneratedSeries &series, int window)
{
    std::vector<bool> usable;
    const std::vector<double> values = plainValues(series, usable);
    std::vector<double> scores(values.size(), 0.0);
    std::deque<double> last;
    double sum = 0;
    double squares = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!usable[i])
            continue;
        const double v = values[i];
        if (int(last.size()) >= window / 2) {
            const double n = double(last.size());
            const double mean = sum / n;
            const double sd = std::sqrt(std::max(0.0, squares / n - mean * mean));
            const double z = std::abs(v - mean) / std::max(sd, 1e-9 * std::abs(mean) + 1e-12);
            scores[i] = std::clamp((z - 3.0) / 3.0, 0.0, 1.0);
        }
        last.push_back(v);
        sum += v;
        squares += v * v;
        if (int(last.size()) > window) {
            sum -= last.front();
            squares -= last.front() * last.front();
            last.pop_front();
        }
    }
    return scores;
}

} // namespace OpsDeck::Bench
