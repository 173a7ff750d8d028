// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/jobs/jobexecutor.h"

namespace OpsDeck::Jobs {

/// workflow: runs a job of parameters.kind once per target, with
///   parameters.parameters  parameters shared by every child,
///   parameters.perTarget   {device: {parameters merged over the shared ones}},
///   parameters.dependsOn   {device: [devices that must succeed first]},
///   parameters.maxParallel children running at once (1..32, default 4),
///   parameters.rollback    undo the children that succeeded when one fails
///                          or the workflow is cancelled (default true).
/// A child whose dependency failed is skipped. After a failure no new child
/// starts; children that succeeded are rolled back newest first. The engine
/// expands parameters.scope into targets before the job is stored.
class WorkflowExecutor final : public JobExecutor
{
public:
    [[nodiscard]] QString kind() const override { return Kind::workflow(); }
    [[nodiscard]] bool isIdempotent() const override { return false; }
    [[nodiscard]] JobPriority defaultPriority() const override { return JobPriority::Workflow; }
    [[nodiscard]] Status validate(const JobRequest &request) const override;
    [[nodiscard]] ExecutionOutcome execute(const Job &job, JobRunContext &ctx) override;

    /// The child job a workflow runs for target @p index (id and requester
    /// copied from the workflow).
    [[nodiscard]] static Job childJob(const Job &workflow, int index);
};

} // namespace OpsDeck::Jobs
