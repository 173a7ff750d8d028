// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/ipc/ipcframe.h"

class QLocalServer;
class QLocalSocket;

namespace OpsDeck::Ipc {

struct IpcServerOptions
{
    qint64 maxFrameBytes = DefaultMaxFrameBytes;
    int handshakeTimeoutMs = 10000;          ///< hello must arrive within this
    int frameTimeoutMs = 10000;              ///< a started frame must complete within this
    qint64 maxPendingOutputBytes = 64 << 20; ///< a client reading slower than this is dropped
    int maxClients = 64;
};

/// The service end of the IPC protocol (see ipcframe.h): a QLocalServer
/// reachable by the owning user only, a handshake checking the protocol
/// version and the per-user token, JSON-RPC requests dispatched to
/// registered methods, and event topics clients subscribe to ("subscribe"
/// with {"topics": [...]}).
///
/// Every connection is served from the event loop without blocking: a
/// malformed frame gets an error reply; an oversized length prefix, a frame
/// left incomplete past frameTimeoutMs, a missing or wrong hello, or a client
/// that does not read its replies gets an error (when possible) and is
/// disconnected. Other clients are never held up. Lives on its creating thread.
class IpcServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpcServer)

public:
    /// A method: params in, result or Error out. @p peer names the caller:
    /// "account@client#n", the account from the kernel's peer credentials
    /// (Linux), the client name as the client gave it.
    using Handler = std::function<Result<QJsonValue>(const QJsonObject &params, const QString &peer)>;

    IpcServer(QByteArray token, IpcServerOptions options = {}, QObject *parent = nullptr);
    ~IpcServer() override;

    /// Listens on @p socketName (a path); Conflict when a live service
    /// already answers there; a stale socket file is replaced.
    [[nodiscard]] Status listen(const QString &socketName);
    [[nodiscard]] QString socketName() const;
    void close();

    void registerMethod(const QString &method, Handler handler);
    /// The account part of a peer name; empty where the platform gave none.
    [[nodiscard]] static QString userOf(const QString &peer);
    /// Sends {"method": "event", "params": {"topic", "data"}} to every
    /// authenticated client subscribed to @p topic (or to "*").
    void publish(const QString &topic, const QJsonObject &data);
    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }

signals:
    void clientConnected();
    void clientDisconnected();
    /// A client broke the protocol (for logs and tests).
    void protocolViolation(const QString &what);

private:
    struct Client;
    void handleNewConnection();
    void handleReadyRead(QLocalSocket *socket);
    void handleMessage(Client &client, const QByteArray &payload);
    void send(Client &client, const QJsonObject &message);
    void sendError(Client &client, const QJsonValue &id, RpcError code, const QString &message,
                   const QJsonObject &data = {});
    void drop(Client &client, const QString &why);

    QByteArray m_token;
    IpcServerOptions m_options;
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, Client *> m_clients;
    QHash<QString, Handler> m_methods;
    quint64 m_nextPeer = 1;
};

} // namespace OpsDeck::Ipc
