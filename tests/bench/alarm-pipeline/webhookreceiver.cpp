// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "webhookreceiver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace OpsDeck::Bench {

namespace {

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

bool portOpen(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

WebhookReceiver::~WebhookReceiver()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool WebhookReceiver::start(const QString &folder, const QByteArray &signingKey, QString *error)
{
    m_folder = folder;
    m_port = freePort();
    const QString keyFile = folder + QStringLiteral("/webhook.key");
    QFile key(keyFile);
    if (!key.open(QIODevice::WriteOnly) || key.write(signingKey) != signingKey.size()) {
        *error = QStringLiteral("cannot write %1").arg(keyFile);
        return false;
    }
    key.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(OPSDECK_SOURCE_DIR "/tests/backend/notify/webhookreceiver.py"),
                     QString::number(m_port), folder, keyFile});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("the webhook receiver exited with %1").arg(m_process.exitCode());
            return false;
        }
        if (portOpen(m_port))
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("the webhook receiver did not listen on port %1").arg(m_port);
    return false;
}

QString WebhookReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port);
}

WebhookReceiver::Received WebhookReceiver::received() const
{
    Received out;
    QFile f(m_folder + QStringLiteral("/requests.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        ++out.requests;
        if (!request.value(QStringLiteral("signatureOk")).toBool())
            ++out.badSignatures;
        if (request.value(QStringLiteral("outcome")).toString() != QLatin1String("accepted"))
            continue;
        const double atMs = request.value(QStringLiteral("at")).toDouble() * 1000.0;
        const QJsonArray messages =
            request.value(QStringLiteral("body")).toObject().value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &m : messages) {
            ++out.messages;
            const QJsonObject payload = m.toObject().value(QStringLiteral("payload")).toObject();
            if (payload.value(QStringLiteral("event")).toString() != QLatin1String("raised") ||
                payload.value(QStringLiteral("kind")).toString() != QLatin1String("icmpDown"))
                continue;
            const QString device = payload.value(QStringLiteral("device")).toString();
            if (!out.raisedAtMs.contains(device))
                out.raisedAtMs.insert(device, atMs);
        }
    }
    return out;
}

} // namespace OpsDeck::Bench
