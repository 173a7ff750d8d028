// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/ipcclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTimer>

namespace OpsDeck::Ipc {

namespace {

ErrorCode codeFromName(const QString &name, int rpcCode)
{
    if (const auto code = errorCodeFromName(name))
        return *code;
    if (rpcCode == int(RpcError::InvalidParams))
        return ErrorCode::InvalidInput;
    if (rpcCode == int(RpcError::Unauthorized))
        return ErrorCode::Auth;
    if (rpcCode == int(RpcError::MethodNotFound))
        return ErrorCode::Unsupported;
    return ErrorCode::Unknown;
}

} // namespace

IpcClient::IpcClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::readyRead, this, &IpcClient::handleReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &IpcClient::handleDisconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_socket->state() != QLocalSocket::ConnectedState) {
            const Error e(ErrorCode::Network, QStringLiteral("service unreachable: %1").arg(m_socket->errorString()));
            failAll(e);
            emit errorOccurred(e);
        }
    });
    connect(m_socket, &QLocalSocket::connected, this, [this] {
        const qint64 id = m_nextId++;
        m_pending.insert(id, Pending{QPointer<QObject>(this), true, [this](Result<QJsonValue> r) {
                                         if (!r) {
                                             emit errorOccurred(r.error());
                                             m_socket->abort();
                                             return;
                                         }
                                         m_ready = true;
                                         emit connected();
                                     }});
        m_socket->write(encodeFrame({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("method"), QStringLiteral("hello")},
                                     {QStringLiteral("params"),
                                      QJsonObject{{QStringLiteral("protocol"), ProtocolVersion},
                                                  {QStringLiteral("token"), QString::fromUtf8(m_token)},
                                                  {QStringLiteral("client"), m_clientName}}}}));
    });
}

IpcClient::~IpcClient()
{
    m_socket->disconnect(this);
    m_pending.clear();
}

void IpcClient::connectToService(const QString &socketName, const QByteArray &token, const QString &clientName)
{
    m_token = token;
    m_clientName = clientName;
    m_ready = false;
    m_reader = FrameReader();
    m_socket->abort();
    m_socket->connectToServer(socketName);
}

void IpcClient::disconnectFromService()
{
    m_socket->disconnectFromServer();
}

void IpcClient::call(const QString &method, const QJsonObject &params, QObject *context, Callback done)
{
    if (!m_ready) {
        QTimer::singleShot(0, context ? context : this, [done] {
            done(Error(ErrorCode::Network, QStringLiteral("not connected to the service")));
        });
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, Pending{QPointer<QObject>(context), context != nullptr, std::move(done)});
    m_socket->write(encodeFrame({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("method"), method},
                                 {QStringLiteral("params"), params}}));
}

void IpcClient::subscribe(const QStringList &topics)
{
    call(QStringLiteral("subscribe"), {{QStringLiteral("topics"), QJsonArray::fromStringList(topics)}}, this,
         [](Result<QJsonValue>) {});
}

void IpcClient::startLiveRate(const QStringList &devices, const QStringList &interfaces, int intervalMs,
                              int durationSeconds, QObject *context, Callback done)
{
    call(QStringLiteral("collection.live"),
         {{QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
          {QStringLiteral("interfaces"), QJsonArray::fromStringList(interfaces)},
          {QStringLiteral("intervalMs"), intervalMs},
          {QStringLiteral("durationSeconds"), durationSeconds}},
         context, std::move(done));
}

void IpcClient::endLiveRate(qint64 lease, QObject *context, Callback done)
{
    call(QStringLiteral("collection.endLive"), {{QStringLiteral("lease"), lease}}, context, std::move(done));
}

void IpcClient::listEvents(const QString &device, qint64 afterId, int limit, QObject *context, Callback done)
{
    QJsonObject params{{QStringLiteral("afterId"), afterId}, {QStringLiteral("limit"), limit}};
    if (!device.isEmpty())
        params.insert(QStringLiteral("device"), device);
    call(QStringLiteral("events.list"), params, context, std::move(done));
}

void IpcClient::startSync(const QString &source, bool full, QObject *context, Callback done)
{
    call(QStringLiteral("sync.start"), {{QStringLiteral("source"), source}, {QStringLiteral("full"), full}}, context,
         std::move(done));
}

void IpcClient::submitJob(const Jobs::JobRequest &request, QObject *context, Callback done)
{
    call(QStringLiteral("job.submit"), request.toJson(), context, std::move(done));
}

void IpcClient::listJobs(const QStringList &states, QObject *context, Callback done)
{
    call(QStringLiteral("job.list"), {{QStringLiteral("states"), QJsonArray::fromStringList(states)}}, context,
         std::move(done));
}

void IpcClient::getJob(const QString &jobId, QObject *context, Callback done)
{
    call(QStringLiteral("job.get"), {{QStringLiteral("id"), jobId}}, context, std::move(done));
}

void IpcClient::approveJob(const QString &jobId, const QString &approver, QObject *context, Callback done)
{
    call(QStringLiteral("job.approve"), {{QStringLiteral("id"), jobId}, {QStringLiteral("approver"), approver}},
         context, std::move(done));
}

void IpcClient::cancelJob(const QString &jobId, const QString &actor, QObject *context, Callback done)
{
    call(QStringLiteral("job.cancel"), {{QStringLiteral("id"), jobId}, {QStringLiteral("actor"), actor}}, context,
         std::move(done));
}

void IpcClient::verifyAudit(QObject *context, Callback done)
{
    call(QStringLiteral("audit.verify"), {}, context, std::move(done));
}

bool IpcClient::waitForConnected(int timeoutMs)
{
    if (m_ready)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &IpcClient::connected, &loop, &QEventLoop::quit);
    connect(this, &IpcClient::errorOccurred, &loop, &QEventLoop::quit);
    connect(this, &IpcClient::disconnected, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return m_ready;
}

Result<QJsonValue> IpcClient::callBlocking(const QString &method, const QJsonObject &params, int timeoutMs)
{
    std::optional<Result<QJsonValue>> out;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    call(method, params, &loop, [&out, &loop](Result<QJsonValue> r) {
        out = std::move(r);
        loop.quit();
    });
    timer.start(timeoutMs);
    if (!out)
        loop.exec();
    if (!out)
        return Error(ErrorCode::Timeout, QStringLiteral("no reply to %1 in time").arg(method));
    return *out;
}

void IpcClient::handleReadyRead()
{
    m_reader.append(m_socket->readAll());
    for (;;) {
        auto payload = m_reader.next();
        if (m_reader.tooLarge()) {
            const Error e(ErrorCode::InvalidInput, QStringLiteral("the service sent an oversized frame"));
            m_socket->abort();
            failAll(e);
            emit errorOccurred(e);
            return;
        }
        if (!payload)
            return;
        handleMessage(QJsonDocument::fromJson(*payload).object());
    }
}

void IpcClient::handleMessage(const QJsonObject &message)
{
    if (message.value(QStringLiteral("method")).toString() == QLatin1String("event")) {
        const QJsonObject params = message.value(QStringLiteral("params")).toObject();
        const QString topic = params.value(QStringLiteral("topic")).toString();
        const QJsonObject data = params.value(QStringLiteral("data")).toObject();
        emit eventReceived(topic, data);
        if (topic == QLatin1String("jobs")) {
            const QString type = data.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("changed"))
                emit jobChanged(data.value(QStringLiteral("job")).toObject());
            else if (type == QLatin1String("progress"))
                emit jobProgress(data.value(QStringLiteral("jobId")).toString(), data.value(QStringLiteral("percent")).toInt());
            else if (type == QLatin1String("step"))
                emit jobStep(data.value(QStringLiteral("jobId")).toString(), data.value(QStringLiteral("step")).toObject());
        }
        return;
    }
    const qint64 id = message.value(QStringLiteral("id")).toInteger(-1);
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = it.value();
    m_pending.erase(it);
    if (pending.hasContext && !pending.context)
        return;
    if (message.contains(QStringLiteral("error"))) {
        const QJsonObject e = message.value(QStringLiteral("error")).toObject();
        const int code = e.value(QStringLiteral("code")).toInt();
        pending.done(Error(codeFromName(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString(), code),
                           e.value(QStringLiteral("message")).toString(), {{QStringLiteral("rpcCode"), code}}));
    } else {
        pending.done(message.value(QStringLiteral("result")));
    }
}

void IpcClient::handleDisconnected()
{
    const bool wasReady = m_ready;
    m_ready = false;
    failAll(Error(ErrorCode::Network, QStringLiteral("the service closed the connection")));
    if (wasReady)
        emit disconnected();
    else
        emit errorOccurred(Error(ErrorCode::Network, QStringLiteral("the service closed the connection")));
}

void IpcClient::failAll(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (!p.hasContext || p.context)
            p.done(error);
    }
}

} // namespace OpsDeck::Ipc
