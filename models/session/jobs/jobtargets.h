// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

#include "backend/jobs/job.h"

namespace OpsDeck::Models {

/// Where one target device of a job stands.
enum class TargetState { Pending, Running, Succeeded, Failed, Skipped, RolledBack };

struct JobTargetState
{
    QString device;
    TargetState state = TargetState::Pending;
    QString detail; ///< the error of a failed target, else the step it is at
};

/// The progress of each target of a job with its steps (job.get): a
/// workflow's per-device report once it ended, else what the steps naming
/// the device say (executors name the device at the end of every step).
[[nodiscard]] QList<JobTargetState> jobTargetStates(const Jobs::Job &job);

/// Targets in @p states that stand at @p state.
[[nodiscard]] int countTargets(const QList<JobTargetState> &states, TargetState state);

} // namespace OpsDeck::Models
