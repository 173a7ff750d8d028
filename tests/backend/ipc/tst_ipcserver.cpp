// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"

using namespace OpsDeck;
using namespace OpsDeck::Ipc;

class TestIpcServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_token;
    QString m_socket;
    std::unique_ptr<IpcServer> m_server;

    static QByteArray prefix(quint32 size)
    {
        QByteArray p(4, Qt::Uninitialized);
        qToBigEndian<quint32>(size, p.data());
        return p;
    }

    QJsonObject hello(const QByteArray &token) const
    {
        return {{u"jsonrpc"_qs, u"2.0"_qs},
                {u"id"_qs, 1},
                {u"method"_qs, u"hello"_qs},
                {u"params"_qs, QJsonObject{{u"protocol"_qs, ProtocolVersion}, {u"token"_qs, QString::fromLatin1(token)}}}};
    }

    /// Reads frames from a raw socket until one arrives or it closes.
    static std::optional<QJsonObject> readFrame(QLocalSocket &socket, FrameReader &reader, int timeoutMs = 5000)
    {
        std::optional<QJsonObject> out;
        const bool got = QTest::qWaitFor(
            [&] {
                reader.append(socket.readAll());
                if (auto f = reader.next()) {
                    out = QJsonDocument::fromJson(*f).object();
                    return true;
                }
                return socket.state() == QLocalSocket::UnconnectedState && socket.bytesAvailable() == 0;
            },
            timeoutMs);
        Q_UNUSED(got);
        return out;
    }

    /// A raw, authenticated connection.
    std::unique_ptr<QLocalSocket> rawClient(FrameReader &reader)
    {
        auto s = std::make_unique<QLocalSocket>();
        s->connectToServer(m_socket);
        if (!s->waitForConnected(3000))
            return nullptr;
        s->write(encodeFrame(hello(m_token)));
        auto reply = readFrame(*s, reader);
        if (!reply || !reply->contains(u"result"_qs))
            return nullptr;
        return s;
    }

    bool echoWorks(IpcClient &client)
    {
        auto r = client.callBlocking(u"echo"_qs, {{u"x"_qs, 42}}, 5000);
        return r.ok() && r->toObject().value(u"x"_qs).toInt() == 42;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        auto token = IpcPaths::token(true);
        QVERIFY(token.ok());
        m_token = *token;
        QCOMPARE(*IpcPaths::token(false), m_token);
        const QFileInfo tokenInfo(*IpcPaths::tokenFile());
        QCOMPARE(tokenInfo.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const QFileInfo dirInfo(*IpcPaths::runtimeDir());
        QCOMPARE(dirInfo.permissions() & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup), QFile::Permissions());

        IpcServerOptions options;
        options.maxFrameBytes = 1 << 20;
        options.frameTimeoutMs = 400;
        options.handshakeTimeoutMs = 400;
        m_server = std::make_unique<IpcServer>(m_token, options);
        m_server->registerMethod(u"echo"_qs, [](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            return QJsonValue(params);
        });
        m_server->registerMethod(u"fail"_qs, [](const QJsonObject &, const QString &) -> Result<QJsonValue> {
            return Error(ErrorCode::Conflict, u"nope"_qs);
        });
        m_socket = *IpcPaths::socketName(u"0123456789abcdef-test"_qs);
        const Status st = m_server->listen(m_socket);
        QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().toString()));
        // A second service on the same socket is refused.
        IpcServer second(m_token);
        QCOMPARE(second.listen(m_socket).error().code, ErrorCode::Conflict);
    }

    void clientCallsAndEvents()
    {
        IpcClient client;
        QSignalSpy connected(&client, &IpcClient::connected);
        client.connectToService(m_socket, m_token, u"test"_qs);
        QVERIFY(connected.wait(5000));
        QVERIFY(echoWorks(client));
        auto failed = client.callBlocking(u"fail"_qs, {}, 5000);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Conflict);
        auto unknown = client.callBlocking(u"nothing"_qs, {}, 5000);
        QCOMPARE(unknown.error().code, ErrorCode::Unsupported);

        QSignalSpy changed(&client, &IpcClient::jobChanged);
        client.subscribe({u"jobs"_qs});
        QVERIFY(echoWorks(client)); // the subscription is in place once a later call returns
        m_server->publish(u"jobs"_qs, {{u"type"_qs, u"changed"_qs}, {u"job"_qs, QJsonObject{{u"id"_qs, u"j1"_qs}}}});
        m_server->publish(u"other"_qs, {{u"type"_qs, u"changed"_qs}});
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toJsonObject().value(u"id"_qs).toString(), u"j1"_qs);
    }

    void wrongTokenIsRejected()
    {
        IpcClient client;
        QSignalSpy error(&client, &IpcClient::errorOccurred);
        client.connectToService(m_socket, QByteArray("not-the-token"), u"intruder"_qs);
        QVERIFY(!client.waitForConnected(5000));
        QVERIFY(!error.isEmpty());
        QCOMPARE(error.at(0).at(0).value<Error>().code, ErrorCode::Auth);
    }

    void requestBeforeHelloIsRejected()
    {
        QLocalSocket s;
        s.connectToServer(m_socket);
        QVERIFY(s.waitForConnected(3000));
        s.write(encodeFrame({{u"jsonrpc"_qs, u"2.0"_qs}, {u"id"_qs, 1}, {u"method"_qs, u"echo"_qs}}));
        FrameReader reader;
        auto reply = readFrame(s, reader);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->value(u"error"_qs).toObject().value(u"code"_qs).toInt(), int(RpcError::Unauthorized));
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QLocalSocket::UnconnectedState, 5000);
    }

    void malformedFrameGetsErrorReply()
    {
        IpcClient good;
        good.connectToService(m_socket, m_token);
        QVERIFY(good.waitForConnected(5000));

        FrameReader reader;
        auto s = rawClient(reader);
        QVERIFY(s);
        const QByteArray garbage("{this is not json\x01\x02");
        s->write(prefix(quint32(garbage.size())) + garbage);
        auto reply = readFrame(*s, reader);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->value(u"error"_qs).toObject().value(u"code"_qs).toInt(), int(RpcError::ParseError));
        // Not JSON-RPC either.
        s->write(encodeFrame({{u"hello"_qs, u"world"_qs}}));
        reply = readFrame(*s, reader);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->value(u"error"_qs).toObject().value(u"code"_qs).toInt(), int(RpcError::InvalidRequest));
        // The same connection still works, and so does everyone else's.
        s->write(encodeFrame({{u"jsonrpc"_qs, u"2.0"_qs}, {u"id"_qs, 7}, {u"method"_qs, u"echo"_qs},
                              {u"params"_qs, QJsonObject{{u"x"_qs, 1}}}}));
        reply = readFrame(*s, reader);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->value(u"id"_qs).toInt(), 7);
        QVERIFY(echoWorks(good));
    }

    void oversizedFrameDisconnects()
    {
        IpcClient good;
        good.connectToService(m_socket, m_token);
        QVERIFY(good.waitForConnected(5000));

        FrameReader reader;
        auto s = rawClient(reader);
        QVERIFY(s);
        s->write(prefix(100u * 1024u * 1024u) + QByteArray(1024, 'x'));
        auto reply = readFrame(*s, reader);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->value(u"error"_qs).toObject().value(u"code"_qs).toInt(), int(RpcError::FrameTooLarge));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QLocalSocket::UnconnectedState, 5000);
        QVERIFY(echoWorks(good));

        // Text where a length prefix belongs (an HTTP request) before hello.
        QLocalSocket http;
        http.connectToServer(m_socket);
        QVERIFY(http.waitForConnected(3000));
        http.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(http.state(), QLocalSocket::UnconnectedState, 5000);
        QVERIFY(echoWorks(good));
    }

    void halfFrameTimesOutWithoutStallingOthers()
    {
        IpcClient good;
        good.connectToService(m_socket, m_token);
        QVERIFY(good.waitForConnected(5000));

        FrameReader reader;
        auto s = rawClient(reader);
        QVERIFY(s);
        s->write(prefix(200) + QByteArray("{\"jsonrpc\":\"2.0\""));
        s->flush();
        // While the half frame is pending, other clients are served.
        QVERIFY(echoWorks(good));
        auto reply = readFrame(*s, reader);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->value(u"error"_qs).toObject().value(u"code"_qs).toInt(), int(RpcError::InvalidRequest));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QLocalSocket::UnconnectedState, 5000);
        QVERIFY(echoWorks(good));
    }

    void silentClientIsDropped()
    {
        QLocalSocket s;
        s.connectToServer(m_socket);
        QVERIFY(s.waitForConnected(3000));
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QLocalSocket::UnconnectedState, 5000);
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestIpcServer)
#include "tst_ipcserver.moc"
