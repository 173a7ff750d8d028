// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/jobs/jobserviceconnection.h"

#include <memory>
#include <optional>

#include <QLoggingCategory>
#include <QThread>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/servicelauncher.h"

Q_LOGGING_CATEGORY(lcJobConnection, "opsdeck.jobs.connection")

namespace OpsDeck::Models {

namespace {

constexpr int kDefaultRetryMs = 5000;
/// After starting the service, give it this long to come up before another
/// attempt may start it again (two services must not race for one socket).
constexpr qint64 kLaunchGraceMs = 20000;
/// While a just-started service comes up, attempts follow each other this fast.
constexpr int kStartingRetryMs = 300;

const QString kStage = QStringLiteral("stage");

Error staged(Error error, const QString &stage)
{
    error.context.insert(kStage, stage);
    return error;
}

} // namespace

/// What the worker thread found out; plain values only.
struct JobServiceConnection::Probe
{
    quint64 generation = 0;
    QString socket;
    QByteArray token;
    bool launched = false;
    std::optional<Error> error;
};

JobServiceConnection::JobServiceConnection(QObject *parent)
    : QObject(parent)
    , m_client(new Ipc::IpcClient(this))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kDefaultRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &JobServiceConnection::attempt);
    connect(m_client, &Ipc::IpcClient::connected, this, [this] {
        m_retry.stop();
        setState(State::Connected);
    });
    connect(m_client, &Ipc::IpcClient::errorOccurred, this, &JobServiceConnection::handleClientError);
    connect(m_client, &Ipc::IpcClient::disconnected, this, [this] {
        if (m_state != State::Connected)
            return;
        becomeUnreachable(staged(Error(ErrorCode::Network, QStringLiteral("the service closed the connection")),
                                 QStringLiteral("lost")));
    });
}

JobServiceConnection::~JobServiceConnection()
{
    m_client->disconnect(this);
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
    }
}

void JobServiceConnection::open(const JobServiceEndpoint &endpoint)
{
    close();
    m_endpoint = endpoint;
    ++m_generation;
    setState(State::Connecting);
    attempt();
}

void JobServiceConnection::close()
{
    ++m_generation;
    m_retry.stop();
    const bool wasOpen = m_state != State::Idle;
    m_state = State::Idle;
    m_client->disconnectFromService();
    if (wasOpen)
        emit stateChanged(m_state);
}

void JobServiceConnection::retryNow()
{
    if (m_state == State::Unreachable)
        attempt();
}

void JobServiceConnection::setRetryInterval(int milliseconds)
{
    m_retry.setInterval(std::max(50, milliseconds));
}

int JobServiceConnection::remainingRetryTime() const
{
    return m_state == State::Unreachable && m_retry.isActive() ? m_retry.remainingTime() : -1;
}

void JobServiceConnection::attempt()
{
    if (m_state == State::Idle || m_state == State::Connected || m_probe)
        return;
    m_retry.stop();
    auto probe = std::make_shared<Probe>();
    probe->generation = m_generation;
    const JobServiceEndpoint endpoint = m_endpoint;
    const bool mayLaunch = endpoint.startService && (!m_launched.isValid() || m_launched.elapsed() > kLaunchGraceMs);
    QThread *thread = QThread::create([probe, endpoint, mayLaunch] {
        auto socket = endpoint.socketName.isEmpty() ? Ipc::IpcPaths::socketName(endpoint.workspaceId)
                                                    : Result<QString>(endpoint.socketName);
        if (!socket) {
            probe->error = staged(socket.error(), QStringLiteral("connect"));
            return;
        }
        probe->socket = *socket;
        if (mayLaunch && !Ipc::ServiceLauncher::isRunning(probe->socket)) {
            QStringList arguments = endpoint.serviceArguments;
            if (!endpoint.socketName.isEmpty())
                arguments << QStringLiteral("--socket") << endpoint.socketName;
            auto launched = Ipc::ServiceLauncher::ensureRunning(endpoint.workspaceFolder, endpoint.workspaceId, arguments);
            if (!launched) {
                probe->error = staged(launched.error(), QStringLiteral("launch"));
                return;
            }
            probe->launched = *launched;
        }
        auto token = Ipc::IpcPaths::token(false);
        if (!token) {
            probe->error = staged(token.error(), QStringLiteral("token"));
            return;
        }
        probe->token = *token;
    });
    thread->setObjectName(QStringLiteral("opsdeck-service-probe"));
    thread->setParent(this);
    m_probe = thread;
    connect(thread, &QThread::finished, this, [this, thread, probe] {
        thread->deleteLater();
        m_probe = nullptr;
        handleProbed(*probe);
    });
    thread->start();
}

void JobServiceConnection::handleProbed(const Probe &probe)
{
    if (probe.generation != m_generation || m_state == State::Idle)
        return;
    if (probe.launched) {
        qCInfo(lcJobConnection) << "started the service for" << m_endpoint.workspaceFolder;
        m_launched.start();
    }
    const bool starting = m_launched.isValid() && m_launched.elapsed() <= kLaunchGraceMs;
    m_socket = probe.socket;
    if (probe.error) {
        if (starting && probe.error->context.value(kStage) == QLatin1String("token")) {
            setState(State::Starting);
            m_retry.start(kStartingRetryMs);
            return;
        }
        becomeUnreachable(*probe.error);
        return;
    }
    setState(starting ? State::Starting : State::Connecting);
    m_client->connectToService(probe.socket, probe.token, QStringLiteral("opsdeck"));
}

void JobServiceConnection::handleClientError(const Error &error)
{
    if (m_state != State::Connecting && m_state != State::Starting)
        return;
    if (m_state == State::Starting && m_launched.isValid() && m_launched.elapsed() <= kLaunchGraceMs
        && error.code == ErrorCode::Network) {
        m_retry.start(kStartingRetryMs);
        return;
    }
    becomeUnreachable(staged(error, QStringLiteral("connect")));
}

void JobServiceConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void JobServiceConnection::becomeUnreachable(const Error &error)
{
    m_lastError = error;
    qCWarning(lcJobConnection) << "service unreachable:" << error.toString();
    m_retry.start();
    // Always announced: the reason or the retry time may have changed.
    m_state = State::Unreachable;
    emit stateChanged(m_state);
}

QString JobServiceConnection::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not connected to the OpsDeck service.");
    case State::Starting:
        return tr("Starting the OpsDeck service…");
    case State::Connecting:
        return tr("Connecting to the OpsDeck service…");
    case State::Connected:
        return tr("Connected to the OpsDeck service.");
    case State::Unreachable:
        break;
    }
    const QString stage = m_lastError.context.value(kStage).toString();
    QString reason;
    if (stage == QLatin1String("launch"))
        reason = tr("opsdeckd could not be started");
    else if (stage == QLatin1String("token"))
        reason = tr("it has not run for this user yet");
    else if (stage == QLatin1String("lost"))
        reason = tr("the connection was lost");
    else if (m_lastError.code == ErrorCode::Auth)
        reason = tr("it refused this console's credentials");
    else
        reason = tr("nothing answers on its socket");
    const int seconds = int((std::max(0, remainingRetryTime()) + 999) / 1000);
    return tr("The OpsDeck service cannot be reached: %1. Retrying in %n second(s).", nullptr, seconds).arg(reason);
}

} // namespace OpsDeck::Models
