// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/netboxchangesetexecutor.h"

namespace OpsDeck::Jobs {

NetBoxChangeSetApplier::~NetBoxChangeSetApplier() = default;

NetBoxChangeSetExecutor::NetBoxChangeSetExecutor(std::shared_ptr<NetBoxChangeSetApplier> applier)
    : m_applier(std::move(applier))
{}

Status NetBoxChangeSetExecutor::validate(const JobRequest &request) const
{
    if (request.parameters.value(QStringLiteral("changeSet")).toObject().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("netbox.changeset needs parameters.changeSet"));
    return {};
}

ExecutionOutcome NetBoxChangeSetExecutor::execute(const Job &job, JobRunContext &ctx)
{
    if (!m_applier) {
        return {Error(ErrorCode::Unsupported, QStringLiteral("NetBox change sets need a NetBox connection, and this "
                                                             "service has none configured")),
                {}, {}};
    }
    const QJsonObject changeSet = job.parameters.value(QStringLiteral("changeSet")).toObject();
    const int dry = ctx.beginStep(QStringLiteral("dry run against NetBox"), false);
    auto planned = m_applier->apply(changeSet, true, ctx.cancelFlag());
    if (!planned) {
        ctx.finishStep(dry, StepState::Failed, {}, {}, planned.error().detail);
        return {planned.error(), {}, {}};
    }
    const QString plannedDiff = planned->value(QStringLiteral("diff")).toString();
    ctx.finishStep(dry, StepState::Succeeded, {}, plannedDiff);
    QJsonObject result{{QStringLiteral("plannedDiff"), plannedDiff}};
    if (job.parameters.value(QStringLiteral("dryRun")).toBool())
        return {{}, result, {}};
    if (ctx.isCancelled())
        return {Error(ErrorCode::Cancelled, QStringLiteral("cancelled before apply")), result, {}};
    const int apply = ctx.beginStep(QStringLiteral("apply change set"), true);
    auto applied = m_applier->apply(changeSet, false, ctx.cancelFlag());
    if (!applied) {
        ctx.finishStep(apply, StepState::Failed, {}, {}, applied.error().detail);
        return {applied.error(), result, {}};
    }
    ctx.finishStep(apply, StepState::Succeeded, {}, applied->value(QStringLiteral("diff")).toString());
    result.insert(QStringLiteral("diff"), applied->value(QStringLiteral("diff")));
    return {{}, result, applied->value(QStringLiteral("undo")).toObject()};
}

Status NetBoxChangeSetExecutor::rollback(const Job &, const QJsonObject &undo, JobRunContext &ctx)
{
    if (!m_applier)
        return Error(ErrorCode::Unsupported, QStringLiteral("no NetBox connection to roll back with"));
    const int step = ctx.beginStep(QStringLiteral("revert change set"), false);
    const Status st = m_applier->revert(undo, ctx.cancelFlag());
    ctx.finishStep(step, st ? StepState::Succeeded : StepState::Failed, {}, {}, st ? QString() : st.error().detail);
    return st;
}

} // namespace OpsDeck::Jobs
