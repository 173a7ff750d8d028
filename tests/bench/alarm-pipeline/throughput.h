// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QtGlobal>

namespace OpsDeck::Alarms {
class AlarmEngine;
}

namespace OpsDeck::Bench {

struct Estate;

/// Full-speed evaluation through the real engine (store attached): the
/// first poll step binds every series to its rules, the next steps are
/// steady state. Sample times advance 60 s per step from @p t0Ms.
struct EngineThroughput
{
    qint64 series = 0;
    double bindSeconds = 0; ///< first step: lookups, binding and evaluation
    qint64 stateBytes = 0;  ///< resident memory the bound state added
    qint64 samples = 0;     ///< in the steady steps
    double seconds = 0;
    double samplesPerS = 0;
    int steps = 0; ///< steady steps run (the next live step follows them)
};

[[nodiscard]] EngineThroughput measureEngine(const Estate &estate, Alarms::AlarmEngine &engine, qint64 t0Ms,
                                             int steadySteps);

/// The baselines over the same estate and samples.
struct BaselineThroughput
{
    qint64 naiveSamples = 0;
    double naiveSamplesPerS = 0;
    qint64 batchSamples = 0;
    double batchSamplesPerS = 0;  ///< samples / (ingest + one evaluation per 300 s cycle)
    double batchCycleSeconds = 0; ///< one evaluation of every rule over the table
};

[[nodiscard]] BaselineThroughput measureBaselines(const Estate &estate, qint64 t0Ms, qint64 naiveSamples);

} // namespace OpsDeck::Bench
