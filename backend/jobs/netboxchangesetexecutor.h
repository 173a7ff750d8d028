// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <atomic>
#include <memory>

#include <QJsonObject>

#include "backend/jobs/jobexecutor.h"
#include "backend/netbox/changeset.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/netboxwriter.h"

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
    /// {"diff": text, "undo": {...}} where undo is what revert() needs, plus
    /// optionally "outcomes" (one object per edit), "written", "conflicts"
    /// and "failed" counts. Edits that conflict or fail are reported there,
    /// not as an error of the call.
    [[nodiscard]] virtual Result<QJsonObject> apply(const QJsonObject &changeSet, bool dryRun,
                                                    const std::atomic_bool *cancel) = 0;
    [[nodiscard]] virtual Status revert(const QJsonObject &undo, const std::atomic_bool *cancel) = 0;
};

/// The JSON form of a ChangeSet carried by a netbox.changeset job as
/// parameters.changeSet: {"edits": [{"type": "update"|"create", "kind":
/// KindInfo::key, "id": n (updates), "fields": {...}}]}.
[[nodiscard]] QJsonObject changeSetToJson(const NetBox::ChangeSet &changes);
[[nodiscard]] Result<NetBox::ChangeSet> changeSetFromJson(const QJsonObject &json);
/// The per-edit outcomes of a finished netbox.changeset job, from its
/// result's "outcomes" (in the change set's order); InvalidInput when the
/// result has none (the job failed before writing).
[[nodiscard]] Result<NetBox::WriteReport> writeReportFromJobResult(const QJsonObject &result);

/// The applier of the service: pushes change sets through a NetBoxWriter
/// (remote changes since the last sync are conflicts and left alone) with
/// the workspace's NetBox settings, checking against the synced state in the
/// workspace store at @p storePath. Each call runs its own client, store
/// connection and event loop on the calling thread.
///
/// Built with an error instead of settings (NetBox not configured, token not
/// in the vault), every call fails with that error.
class NetBoxWriterApplier final : public NetBoxChangeSetApplier
{
public:
    /// Reads the client settings (URL, token) when a job runs, so a vault
    /// unlocked or a connection changed after the service started is used.
    /// Called on the job's worker thread.
    using SettingsProvider = std::function<Result<NetBox::ClientSettings>()>;

    NetBoxWriterApplier(SettingsProvider settings, QString storePath);
    NetBoxWriterApplier(Result<NetBox::ClientSettings> settings, QString storePath);

    [[nodiscard]] Result<QJsonObject> apply(const QJsonObject &changeSet, bool dryRun,
                                            const std::atomic_bool *cancel) override;
    [[nodiscard]] Status revert(const QJsonObject &undo, const std::atomic_bool *cancel) override;

private:
    SettingsProvider m_settings;
    QString m_storePath;
};

/// netbox.changeset: a dry-run step, then the apply step (undoable through
/// the applier). Without an applier every job fails with
/// ErrorCode::Unsupported. A change set with conflicting or failed edits
/// fails the job (ErrorCode::Conflict) after writing the others; its result
/// lists every edit's outcome. Not idempotent: a job's idempotency key keeps
/// it from running twice.
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
