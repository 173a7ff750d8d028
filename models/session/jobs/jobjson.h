// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "backend/jobs/job.h"

namespace OpsDeck::Models {

/// A unified diff a job produced, with what it belongs to ("store backup of
/// sw01", "dry-run diff for sw01").
struct JobDiff
{
    QString title;
    QString text;
};

/// A job as the service sends it (Jobs::Job::toJson) back into the backend's
/// value type. Unknown states read as Submitted; missing steps stay empty.
[[nodiscard]] Jobs::Job jobFromJson(const QJsonObject &json);
[[nodiscard]] Jobs::JobStep jobStepFromJson(const QJsonObject &json);

/// The unified diffs of a job: those of its steps, else those its result
/// carries (backups[].diff, diff, plannedDiff).
[[nodiscard]] QList<JobDiff> jobDiffs(const Jobs::Job &job);

/// The device names (else hosts) of a job's targets.
[[nodiscard]] QStringList jobTargetNames(const Jobs::Job &job);

} // namespace OpsDeck::Models
