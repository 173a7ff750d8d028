// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "backend/core/result.h"

class QThread;

namespace OpsDeck::Ipc {
class IpcClient;
}

namespace OpsDeck::Models {

/// Where a console finds its workspace's service.
struct JobServiceEndpoint
{
    QString workspaceFolder;
    QString workspaceId;
    QString socketName;        ///< empty: the per-user socket of workspaceId
    bool startService = true;  ///< start opsdeckd (ServiceLauncher) when absent
    QStringList serviceArguments; ///< extra opsdeckd arguments when starting it
};

/// Keeps the console connected to opsdeckd: starts the service when it is
/// absent (ServiceLauncher, on a short-lived worker thread because it probes
/// the socket synchronously), reads the per-user token, connects its
/// IpcClient and, whenever the service cannot be reached or the connection
/// drops, reports it and tries again after retryInterval().
///
/// Owns its IpcClient. Lives on the GUI thread; the destructor waits for a
/// running probe (bounded by the launcher's probe timeout).
class JobServiceConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobServiceConnection)

public:
    enum class State { Idle, Starting, Connecting, Connected, Unreachable };
    Q_ENUM(State)

    explicit JobServiceConnection(QObject *parent = nullptr);
    ~JobServiceConnection() override;

    /// Connects to @p endpoint (dropping any previous connection).
    void open(const JobServiceEndpoint &endpoint);
    void close();
    /// Tries again now instead of waiting for the retry timer.
    void retryNow();

    [[nodiscard]] Ipc::IpcClient *client() const { return m_client; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString socketName() const { return m_socket; }
    /// Why the service is unreachable (technical), when it is.
    [[nodiscard]] Error lastError() const { return m_lastError; }
    /// A translated sentence for the current state, for a banner.
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] int retryInterval() const { return m_retry.interval(); }
    void setRetryInterval(int milliseconds);
    /// Milliseconds until the next attempt while unreachable, else -1.
    [[nodiscard]] int remainingRetryTime() const;

signals:
    void stateChanged(OpsDeck::Models::JobServiceConnection::State state);

private:
    struct Probe;
    void attempt();
    void handleProbed(const Probe &probe);
    void handleClientError(const Error &error);
    void setState(State state);
    void becomeUnreachable(const Error &error);

    Ipc::IpcClient *m_client;
    JobServiceEndpoint m_endpoint;
    QString m_socket;
    QTimer m_retry;
    QPointer<QThread> m_probe;
    QElapsedTimer m_launched; ///< when this connection last started the service
    State m_state = State::Idle;
    Error m_lastError;
    quint64 m_generation = 0;
};

} // namespace OpsDeck::Models
