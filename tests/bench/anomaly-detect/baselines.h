// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include "tests/backend/analysis/anomalycorpus.h"

namespace OpsDeck::Bench {

/// The values a plain detector sees: the series itself, or a counter's
/// rate between samples (a sample whose counter went down is left out,
/// scored 0, which spares the baselines every wrap and reset).
[[nodiscard]] std::vector<double> plainValues(const Test::GeneratedSeries &series, std::vector<bool> &usable);

/// A static threshold as an operator sets one: the lowest and highest
/// values of the first two weeks, widened by 10 %; outside is anomalous
/// (score 1), inside is not (0).
[[nodiscard]] std::vector<double> staticThresholdScores(const Test::GeneratedSeries &series);

/// A rolling z-score over the last day of samples: |value - mean| / stddev
/// mapped to a score as OpsDeck's detector maps its distance (0.5 at 4.5).
[[nodiscard]] std::vector<double> rollingZScores(const Test::GeneratedSeries &series, int window = 288);

} // namespace OpsDeck::Bench
