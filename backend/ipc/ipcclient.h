// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/ipc/ipcframe.h"
#include "backend/jobs/job.h"

class QLocalSocket;

namespace OpsDeck::Ipc {

/// The client end of the service protocol, for the console and opsdeck-cli.
/// Asynchronous: connectToService() ends in connected() or errorOccurred();
/// each call() ends in exactly one callback (also on disconnect). Job events
/// of the "jobs" topic arrive as jobChanged/jobProgress/jobStep signals.
/// Lives on its creating thread; callBlocking()/waitForConnected() spin a
/// local event loop and are for command-line tools and tests only.
class IpcClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpcClient)

public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    explicit IpcClient(QObject *parent = nullptr);
    ~IpcClient() override;

    /// Connects to @p socketName and sends hello with @p token.
    void connectToService(const QString &socketName, const QByteArray &token,
                          const QString &clientName = QStringLiteral("opsdeck"));
    void disconnectFromService();
    [[nodiscard]] bool isConnected() const { return m_ready; }

    /// Sends a request; @p done runs on @p context's thread unless @p context
    /// was destroyed first.
    void call(const QString &method, const QJsonObject &params, QObject *context, Callback done);
    /// Subscribes to event topics ("jobs", or "*" for all).
    void subscribe(const QStringList &topics);

    // Job helpers over call().
    void submitJob(const Jobs::JobRequest &request, QObject *context, Callback done);
    void listJobs(const QStringList &states, QObject *context, Callback done);
    void getJob(const QString &jobId, QObject *context, Callback done);
    void approveJob(const QString &jobId, const QString &approver, QObject *context, Callback done);
    void cancelJob(const QString &jobId, const QString &actor, QObject *context, Callback done);
    void verifyAudit(QObject *context, Callback done);

    // Collection, event and sync helpers over call() (see CollectionService,
    // TrapService and SyncService for the replies and the "poll", "events"
    // and "sync" topics).
    /// Polls @p devices (names) every @p intervalMs for @p durationSeconds;
    /// the reply carries the lease id that "poll" events name.
    void startLiveRate(const QStringList &devices, const QStringList &interfaces, int intervalMs,
                       int durationSeconds, QObject *context, Callback done);
    void endLiveRate(qint64 lease, QObject *context, Callback done);
    /// Stored events, oldest first; @p device empty: every device.
    void listEvents(const QString &device, qint64 afterId, int limit, QObject *context, Callback done);
    /// Starts a sync of "netbox" (incremental unless @p full) or "mcp" now.
    void startSync(const QString &source, bool full, QObject *context, Callback done);

    [[nodiscard]] bool waitForConnected(int timeoutMs = 10000);
    [[nodiscard]] Result<QJsonValue> callBlocking(const QString &method, const QJsonObject &params,
                                                  int timeoutMs = 30000);

signals:
    void connected();
    void disconnected();
    void errorOccurred(const OpsDeck::Error &error);
    void eventReceived(const QString &topic, const QJsonObject &data);
    /// A job's stored state changed (the job as JSON, see Jobs::Job::toJson).
    void jobChanged(const QJsonObject &job);
    void jobProgress(const QString &jobId, int percent);
    void jobStep(const QString &jobId, const QJsonObject &step);

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    void handleReadyRead();
    void handleDisconnected();
    void handleMessage(const QJsonObject &message);
    void failAll(const Error &error);

    QLocalSocket *m_socket = nullptr;
    FrameReader m_reader;
    QByteArray m_token;
    QString m_clientName;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    bool m_ready = false;
};

} // namespace OpsDeck::Ipc
