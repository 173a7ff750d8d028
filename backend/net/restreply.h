// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/net/resttypes.h"

class QNetworkReply;
class QTimer;

namespace OpsDeck::Net {

class RestClient;

/// One request in flight, with its retries. Emits finished() exactly once
/// (also on timeout, retry exhaustion and abort), then deletes itself.
/// Owned by its RestClient; lives on the client's thread.
class RestReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestReply)

public:
    [[nodiscard]] const RestRequest &request() const { return m_request; }
    [[nodiscard]] bool isFinished() const { return m_done; }
    /// Cancels; finished() follows at once with ErrorCode::Cancelled.
    void abort();

signals:
    void finished(const OpsDeck::Result<OpsDeck::Net::RestResponse> &result);

private:
    friend class RestClient;
    RestReply(RestClient *client, RestRequest request);

    void startAttempt();
    void handleFinished();
    void watchPins(QNetworkReply *reply);
    /// Retries when attempts are left, else ends with @p error.
    void retryOrFail(Error error, int retryAfter);
    void finish(const Result<RestResponse> &result);
    [[nodiscard]] Error failure(ErrorCode code, const QString &cause, const QVariantMap &extra = {}) const;
    [[nodiscard]] int maxRetries() const;

    RestClient *m_client;
    RestRequest m_request;
    int m_attempt = 0;
    bool m_done = false;
    bool m_aborted = false;
    bool m_pinFailed = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_clock;
};

} // namespace OpsDeck::Net
