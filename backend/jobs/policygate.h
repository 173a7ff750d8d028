// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonArray>
#include <QString>
#include <QTime>

#include "backend/core/result.h"
#include "backend/jobs/job.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Jobs {

/// The workspace's approval policy (WorkspaceConfig::approvals) applied to
/// jobs. Rules are read in order and the first rule that matches decides, per
/// target; a job needs the largest count any of its targets needs. A job
/// matching no rule needs no approval. A workflow is matched both as
/// "workflow" and as the kind it runs (parameters.kind). An ssh.command
/// whose command CommandClassifier does not find read-only is a
/// configuration change, matched as "ssh.push" too. Pure functions.
class PolicyGate final
{
public:
    PolicyGate() = delete;

    /// Approvals (0, 1 or 2) a job of @p kind on @p targets needs when
    /// submitted at local time @p now. Targets carry optional "site" and
    /// "role" (slugs or names).
    [[nodiscard]] static int requiredApprovals(const Workspace::ApprovalsConfig &policy, const QString &kind,
                                               const QJsonObject &parameters, const QJsonArray &targets,
                                               const QTime &now);

    /// Whether @p approver may approve @p job now: the job awaits approval,
    /// the approver has not approved it yet, and where two approvals are
    /// required the requester is not one of them.
    [[nodiscard]] static Status checkApprover(const Job &job, const QString &approver);

    /// "HH:MM-HH:MM" (may wrap past midnight) contains @p time; an empty
    /// window contains every time; a malformed one none.
    [[nodiscard]] static bool windowContains(const QString &window, const QTime &time);
};

} // namespace OpsDeck::Jobs
