// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>

#include "backend/core/result.h"

namespace OpsDeck::Jobs {
class JobEngine;
struct ConfigBackup;
} // namespace OpsDeck::Jobs

namespace OpsDeck::Ipc {
class IpcServer;
} // namespace OpsDeck::Ipc

namespace OpsDeck::Service {

/// Publishes a JobEngine over an IpcServer: the methods
///   job.submit {JobRequest}        -> {"job": {...}, "duplicate": bool}
///   job.list {"states": [...], "limit": n} -> [job, ...] (without steps)
///   job.get {"id"}                 -> job with steps and its audit entries
///   job.approve {"id", "approver"} -> job
///   job.cancel {"id", "actor"}     -> job
///   audit.verify {}                -> {"ok", "entries", "firstBadSequence", "problem"}
///   backup.list {"device"}         -> [backup, ...] (with content and diff)
///   backup.get {"device", "version"} -> backup with content (version 0 or absent: the latest)
///   backup.diff {"device", "from", "to"} -> {"device", "from", "to", "diff"} (unified)
///   backup.search {"pattern", "regex"?, "caseSensitive"?, "limit"? (1000)}
///                                  -> {"matches": [{device, version, line, text}], "devicesSearched",
///                                      "devicesMatched", "truncated"} over the latest version of every device
///   service.status {}              -> {"running", "protocol"}
/// and the "jobs" event topic: {"type": "changed", "job"}, {"type":
/// "progress", "jobId", "percent"}, {"type": "step", "jobId", "step"}.
/// When the request names no requester the caller's peer name is used.
/// Lives on the engine's thread; does not own either object.
class JobService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobService)

public:
    JobService(Jobs::JobEngine *engine, Ipc::IpcServer *server, QObject *parent = nullptr);

private:
    void registerBackupMethods(Ipc::IpcServer *server);
    /// Version @p version of @p device's configuration; the latest when 0.
    [[nodiscard]] Result<Jobs::ConfigBackup> backup(const QString &device, int version);

    Jobs::JobEngine *m_engine;
    Ipc::IpcServer *m_server;
};

} // namespace OpsDeck::Service
