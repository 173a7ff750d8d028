// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/ipcserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcIpc, "opsdeck.ipc")

namespace OpsDeck::Ipc {

namespace {

/// The account of the process at the other end of @p socket, from the
/// kernel (never from what the client says); empty where unknown.
QString peerAccount(const QLocalSocket *socket)
{
#ifdef Q_OS_LINUX
    ucred credentials{};
    socklen_t size = sizeof(credentials);
    if (::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return {};
    long bufferSize = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(bufferSize > 0 ? int(bufferSize) : 16384, Qt::Uninitialized);
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(credentials.uid, &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid%1").arg(credentials.uid);
#else
    Q_UNUSED(socket);
    return {};
#endif
}

} // namespace

QString IpcServer::userOf(const QString &peer)
{
    const qsizetype at = peer.indexOf(QLatin1Char('@'));
    return at > 0 ? peer.left(at) : QString();
}

struct IpcServer::Client
{
    QLocalSocket *socket = nullptr;
    FrameReader reader;
    QTimer *frameTimer = nullptr;
    QTimer *handshakeTimer = nullptr;
    bool authenticated = false;
    bool dropping = false;
    QString peer;
    QSet<QString> topics;
};

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

IpcServer::IpcServer(QByteArray token, IpcServerOptions options, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
    , m_options(options)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(m_options.maxClients);
    connect(m_server, &QLocalServer::newConnection, this, &IpcServer::handleNewConnection);
}

IpcServer::~IpcServer()
{
    close();
}

Status IpcServer::listen(const QString &socketName)
{
    {
        // Only replace the socket file when nobody answers on it.
        QLocalSocket probe;
        probe.connectToServer(socketName);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return Error(ErrorCode::Conflict, QStringLiteral("a service already listens on %1").arg(socketName));
        }
    }
    QLocalServer::removeServer(socketName);
    if (!m_server->listen(socketName)) {
        return Error(ErrorCode::Io, QStringLiteral("cannot listen on %1: %2").arg(socketName, m_server->errorString()));
    }
    QFile::setPermissions(m_server->fullServerName(), QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

QString IpcServer::socketName() const
{
    return m_server->fullServerName();
}

void IpcServer::close()
{
    const auto clients = m_clients.values();
    for (Client *c : clients) {
        c->socket->disconnect(this);
        c->socket->abort();
        c->socket->deleteLater();
        delete c;
    }
    m_clients.clear();
    m_server->close();
}

void IpcServer::registerMethod(const QString &method, Handler handler)
{
    m_methods.insert(method, std::move(handler));
}

void IpcServer::handleNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_clients.size() >= m_options.maxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *client = new Client;
        client->socket = socket;
        client->reader = FrameReader(m_options.maxFrameBytes);
        client->peer = QStringLiteral("client-%1").arg(m_nextPeer++);
        if (const QString account = peerAccount(socket); !account.isEmpty())
            client->peer = account + QLatin1Char('@') + client->peer;
        client->frameTimer = new QTimer(socket);
        client->frameTimer->setSingleShot(true);
        client->handshakeTimer = new QTimer(socket);
        client->handshakeTimer->setSingleShot(true);
        m_clients.insert(socket, client);
        connect(client->frameTimer, &QTimer::timeout, this, [this, socket] {
            if (Client *c = m_clients.value(socket)) {
                sendError(*c, QJsonValue(), RpcError::InvalidRequest, QStringLiteral("frame not completed in time"));
                drop(*c, QStringLiteral("incomplete frame timed out"));
            }
        });
        connect(client->handshakeTimer, &QTimer::timeout, this, [this, socket] {
            if (Client *c = m_clients.value(socket); c && !c->authenticated) {
                sendError(*c, QJsonValue(), RpcError::Unauthorized, QStringLiteral("no hello in time"));
                drop(*c, QStringLiteral("handshake timed out"));
            }
        });
        client->handshakeTimer->start(m_options.handshakeTimeoutMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            if (Client *c = m_clients.take(socket)) {
                delete c;
                socket->deleteLater();
                emit clientDisconnected();
            }
        });
        emit clientConnected();
    }
}

void IpcServer::handleReadyRead(QLocalSocket *socket)
{
    Client *client = m_clients.value(socket);
    if (!client || client->dropping)
        return;
    client->reader.append(socket->readAll());
    while (!client->dropping) {
        std::optional<QByteArray> payload = client->reader.next();
        if (client->reader.tooLarge()) {
            sendError(*client, QJsonValue(), RpcError::FrameTooLarge,
                      QStringLiteral("frame of %1 bytes exceeds the limit of %2")
                          .arg(client->reader.declaredSize())
                          .arg(m_options.maxFrameBytes));
            drop(*client, QStringLiteral("oversized frame"));
            return;
        }
        if (!payload)
            break;
        handleMessage(*client, *payload);
        if (!m_clients.contains(socket))
            return;
    }
    if (client->dropping)
        return;
    // A started frame must finish in time; a finished one stops the clock.
    if (client->reader.hasPartialFrame()) {
        if (!client->frameTimer->isActive())
            client->frameTimer->start(m_options.frameTimeoutMs);
    } else {
        client->frameTimer->stop();
    }
}

void IpcServer::handleMessage(Client &client, const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        emit protocolViolation(QStringLiteral("malformed JSON"));
        sendError(client, QJsonValue(), RpcError::ParseError, QStringLiteral("not a JSON object"));
        if (!client.authenticated)
            drop(client, QStringLiteral("malformed hello"));
        return;
    }
    const QJsonObject msg = doc.object();
    const QJsonValue id = msg.value(QStringLiteral("id"));
    const QString method = msg.value(QStringLiteral("method")).toString();
    if (msg.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0") || method.isEmpty()) {
        emit protocolViolation(QStringLiteral("invalid request"));
        sendError(client, id, RpcError::InvalidRequest, QStringLiteral("expected a JSON-RPC 2.0 request"));
        if (!client.authenticated)
            drop(client, QStringLiteral("invalid hello"));
        return;
    }
    const QJsonObject params = msg.value(QStringLiteral("params")).toObject();

    if (!client.authenticated) {
        const int version = params.value(QStringLiteral("protocol")).toInt();
        const QByteArray token = params.value(QStringLiteral("token")).toString().toUtf8();
        if (method != QLatin1String("hello") || !constantTimeEquals(token, m_token)) {
            emit protocolViolation(QStringLiteral("unauthorized"));
            sendError(client, id, RpcError::Unauthorized, QStringLiteral("hello with the user's token required"));
            drop(client, QStringLiteral("unauthorized"));
            return;
        }
        if (version != ProtocolVersion) {
            sendError(client, id, RpcError::InvalidRequest,
                      QStringLiteral("protocol %1 not supported (this service speaks %2)").arg(version).arg(ProtocolVersion),
                      {{QStringLiteral("protocol"), ProtocolVersion}});
            drop(client, QStringLiteral("protocol mismatch"));
            return;
        }
        client.authenticated = true;
        client.handshakeTimer->stop();
        const QString name = params.value(QStringLiteral("client")).toString();
        if (!name.isEmpty()) {
            // "alice@opsdeck-cli#client-3": the account stays first.
            const QString user = userOf(client.peer);
            const QString rest = user.isEmpty() ? client.peer : client.peer.mid(user.size() + 1);
            client.peer = (user.isEmpty() ? QString() : user + QLatin1Char('@')) + name.left(64).remove(QLatin1Char('@'))
                          + QLatin1Char('#') + rest;
        }
        send(client, {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("result"), QJsonObject{{QStringLiteral("protocol"), ProtocolVersion},
                                                             {QStringLiteral("server"), QStringLiteral("opsdeckd")}}}});
        return;
    }

    QJsonValue result;
    if (method == QLatin1String("subscribe") || method == QLatin1String("unsubscribe")) {
        const QJsonArray topics = params.value(QStringLiteral("topics")).toArray();
        for (const QJsonValue &t : topics) {
            if (method == QLatin1String("subscribe"))
                client.topics.insert(t.toString());
            else
                client.topics.remove(t.toString());
        }
        result = QJsonArray::fromStringList(QStringList(client.topics.begin(), client.topics.end()));
    } else {
        auto it = m_methods.constFind(method);
        if (it == m_methods.constEnd()) {
            sendError(client, id, RpcError::MethodNotFound, QStringLiteral("no method %1").arg(method));
            return;
        }
        Result<QJsonValue> r = (*it)(params, client.peer);
        if (!r) {
            sendError(client, id, r.error().code == ErrorCode::InvalidInput ? RpcError::InvalidParams : RpcError::Failed,
                      r.error().detail, {{QStringLiteral("code"), errorCodeName(r.error().code)}});
            return;
        }
        result = *r;
    }
    if (id.isUndefined())
        return; // a notification: no reply
    send(client, {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                  {QStringLiteral("result"), result}});
}

void IpcServer::publish(const QString &topic, const QJsonObject &data)
{
    const QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("method"), QStringLiteral("event")},
                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("topic"), topic},
                                                                     {QStringLiteral("data"), data}}}};
    const auto clients = m_clients.values();
    for (Client *c : clients) {
        if (c->authenticated && !c->dropping && (c->topics.contains(topic) || c->topics.contains(QStringLiteral("*"))))
            send(*c, message);
    }
}

void IpcServer::send(Client &client, const QJsonObject &message)
{
    if (client.dropping)
        return;
    client.socket->write(encodeFrame(message));
    if (client.socket->bytesToWrite() > m_options.maxPendingOutputBytes)
        drop(client, QStringLiteral("client does not read its messages"));
}

void IpcServer::sendError(Client &client, const QJsonValue &id, RpcError code, const QString &message,
                          const QJsonObject &data)
{
    QJsonObject error{{QStringLiteral("code"), int(code)}, {QStringLiteral("message"), message}};
    if (!data.isEmpty())
        error.insert(QStringLiteral("data"), data);
    send(client, {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                  {QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id},
                  {QStringLiteral("error"), error}});
}

void IpcServer::drop(Client &client, const QString &why)
{
    if (client.dropping)
        return;
    qCInfo(lcIpc) << "dropping" << client.peer << ":" << why;
    emit protocolViolation(why);
    client.dropping = true;
    client.frameTimer->stop();
    client.handshakeTimer->stop();
    // Let the error reply go out, then close; disconnected() cleans up.
    QLocalSocket *socket = client.socket;
    socket->disconnectFromServer();
    // A peer that never reads would keep the graceful close pending forever.
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

} // namespace OpsDeck::Ipc
