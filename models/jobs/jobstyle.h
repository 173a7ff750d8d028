// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QString>

#include "backend/core/result.h"
#include "backend/jobs/job.h"
#include "models/session/jobs/jobtargets.h"

namespace OpsDeck::Models {

/// What the console asked the service to do with a job.
enum class JobAction { List, Details, Approve, Cancel, Submit };

/// Translated label of a job state ("Awaiting approval").
[[nodiscard]] QString jobStateText(Jobs::JobState state);
/// Green for succeeded, blue while waiting or running, amber for awaiting
/// approval and interrupted, red for failed, grey for cancelled.
[[nodiscard]] QColor jobStateColor(Jobs::JobState state);
[[nodiscard]] QString stepStateText(Jobs::StepState state);
/// Translated label of where a job's target stands ("Waiting", "Done").
[[nodiscard]] QString targetStateText(TargetState state);
/// Translated name of a job kind ("Config backup"); unknown kinds as they are.
[[nodiscard]] QString jobKindText(const QString &kind);

/// Why @p user may not approve @p job now (translated), or an empty string
/// when they may. Mirrors the service's policy (Jobs::PolicyGate).
[[nodiscard]] QString approvalBlockedReason(const Jobs::Job &job, const QString &user);

/// One translated sentence for a failed request to the service, naming the
/// action and the reason; the service's technical detail is shortened to its
/// first line.
[[nodiscard]] QString jobActionErrorText(JobAction action, const Error &error);

} // namespace OpsDeck::Models
