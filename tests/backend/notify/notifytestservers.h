// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// Real servers for the notification tests, started on loopback on free
// ports: aiosmtpd with the smtpsink.py handler, and webhookreceiver.py.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace OpsDeck::Test {

/// Debian's interpreter: the one with python3-aiosmtpd.
inline const QString kPython = QStringLiteral("/usr/bin/python3");

inline QString notifyScriptDir()
{
    return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/backend/notify");
}

/// A port nothing listens on right now.
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

inline bool portOpen(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

/// Writes @p content to @p path readable by the owner only.
inline bool writePrivateFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return f.write(content) == content.size();
}

/// A self-signed certificate for 127.0.0.1 and localhost (cert.pem, key.pem in @p dir).
inline bool makeCertificate(const QString &dir, QString *error)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/key.pem"), QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

/// A server process that is stopped when this goes away.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    /// Starts @p args under /usr/bin/python3 and waits until @p port accepts connections.
    bool start(const QStringList &args, quint16 port, const QProcessEnvironment &env, QString *error)
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(kPython, args);
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("the server exited with %1").arg(m_process.exitCode());
                return false;
            }
            if (portOpen(port))
                return true;
            QThread::msleep(50);
        }
        *error = QStringLiteral("the server did not listen on port %1").arg(port);
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

/// The webhook receiver on @p port, recording into @p folder, checking
/// signatures with the key in @p keyFile.
inline bool startWebhookReceiver(ServerProcess &server, quint16 port, const QString &folder, const QString &keyFile,
                                 QString *error)
{
    return server.start({notifyScriptDir() + QStringLiteral("/webhookreceiver.py"), QString::number(port), folder,
                         keyFile},
                        port, QProcessEnvironment::systemEnvironment(), error);
}

/// The requests webhookreceiver.py recorded, in order.
inline QList<QJsonObject> receivedRequests(const QString &folder)
{
    QList<QJsonObject> out;
    QFile f(folder + QStringLiteral("/requests.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

} // namespace OpsDeck::Test
