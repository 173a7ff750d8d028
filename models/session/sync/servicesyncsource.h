// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "models/session/sync/syncsource.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// A NetBox or Ciena MCP sync run by the workspace's service (opsdeckd),
/// the one writer of the store: the console asks (sync.start, sync.cancel,
/// connection.test) and follows the "sync" and "connection" events, so one
/// engine serves the console, the CLI and the schedule, and a run goes on
/// when the console closes. An MCP run has the phases of an
/// Mcp::McpRunner that collects PM, and is always full; its reachability is
/// the service's MCP connection test (a login), every five minutes. Lives
/// on the GUI thread.
class ServiceSyncSource final : public SyncSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceSyncSource)

public:
    enum class Source { Netbox, Mcp };

    ServiceSyncSource(JobServiceConnection *connection, const QString &workspaceName, QObject *parent = nullptr,
                      Source source = Source::Netbox);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QStringList endpoints() const override;

public slots:
    void startFull() override;
    void startIncremental() override;
    void cancel() override;
    void checkReachability() override;

private:
    void start(bool full);
    void handleEvent(const QString &topic, const QJsonObject &data);
    void readLastSync();
    [[nodiscard]] bool connected() const;

    JobServiceConnection *m_connection;
    Source m_kind;
    QString m_source; ///< "netbox" or "mcp", as the service names it
    QString m_testId;
};

/// An error of the service's event ({"error", "code"}) as an Error.
[[nodiscard]] Error eventError(const QJsonObject &event);

} // namespace OpsDeck::Models
