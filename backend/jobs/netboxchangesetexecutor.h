// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <memory>

#include <QJsonObject>

#include "backend/jobs/jobexecutor.h"

namespace OpsDeck::Jobs {

/// The seam between the job engine and a NetBox client: applies a change set
/// (parameters.changeSet of a netbox.changeset job) to NetBox. Implemented
/// next to the NetBox client; called on a job worker thread, blocking, and it
/// must honour @p cancel and its own timeouts.
class NetBoxChangeSetApplier
{
public:
    virtual ~NetBoxChangeSetApplier();

    /// With @p dryRun: validates the change set against NetBox and returns
    /// {"diff": text} without writing. Otherwise applies it and returns
    /// {"diff": text, "undo": {...}} where undo is what revert() needs.
    [[nodiscard]] virtual Result<QJsonObject> apply(const QJsonObject &changeSet, bool dryRun,
                                                    const std::atomic_bool *cancel) = 0;
    [[nodiscard]] virtual Status revert(const QJsonObject &undo, const std::atomic_bool *cancel) = 0;
};

/// netbox.changeset: a dry-run step, then the apply step (undoable through
/// the applier). Without an applier every job fails with
/// ErrorCode::Unsupported. Not idempotent.
class NetBoxChangeSetExecutor final : public JobExecutor
{
public:
    explicit NetBoxChangeSetExecutor(std::shared_ptr<NetBoxChangeSetApplier> applier = {});

    [[nodiscard]] QString kind() const override { return Kind::netboxChangeSet(); }
    [[nodiscard]] bool isIdempotent() const override { return false; }
    [[nodiscard]] Status validate(const JobRequest &request) const override;
    [[nodiscard]] ExecutionOutcome execute(const Job &job, JobRunContext &ctx) override;
    [[nodiscard]] Status rollback(const Job &job, const QJsonObject &undo, JobRunContext &ctx) override;

private:
    std::shared_ptr<NetBoxChangeSetApplier> m_applier;
};

} // namespace OpsDeck::Jobs
