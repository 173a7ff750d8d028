// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/jobexecutor.h"

namespace OpsDeck::Jobs {

JobRunContext::~JobRunContext() = default;
JobExecutor::~JobExecutor() = default;

Status JobExecutor::rollback(const Job &job, const QJsonObject &, JobRunContext &)
{
    return Error(ErrorCode::Unsupported, QStringLiteral("jobs of kind %1 cannot be rolled back").arg(job.kind));
}

} // namespace OpsDeck::Jobs
