// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "backend/core/result.h"
#include "backend/net/restredaction.h"
#include "backend/net/resttypes.h"
#include "backend/net/tlsoptions.h"
#include "backend/vault/secret.h"

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcNet)
/// One debug line per answer (method, URL without secrets, status, time,
/// size, attempt); off unless "opsdeck.net.requests.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNetRequests)

namespace OpsDeck::Net {

class RestReply;

/// The one asynchronous HTTP client under the NetBox, Ciena MCP and PRTG
/// clients, on QNetworkAccessManager: a transfer timeout per attempt,
/// retries with backoff that honour Retry-After (RetryPolicy), TLS
/// verification with an extra CA file or certificate pinning (TlsOptions),
/// errors mapped to ErrorCode with the server's cause ("HTTP 404: ...") and
/// context (url, status, contentType, body), tracking of the requests in
/// flight, and logging (a debug line per answer in opsdeck.net.requests,
/// retries and failures in the API's category) that never shows the
/// Authorization header, credential query items or registered secrets.
///
/// Every request ends in exactly one RestReply::finished(). The client
/// lives on the thread that creates it (it owns its QNetworkAccessManager);
/// its destructor aborts what is in flight.
class RestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestClient)

public:
    using Callback = std::function<void(Result<RestResponse>)>;
    using Category = const QLoggingCategory &(*)();
    /// Turns an error body into a short cause (API-specific wording).
    using CauseReader = std::function<QString(const QByteArray &body)>;

    explicit RestClient(QObject *parent = nullptr);
    ~RestClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setTls(const TlsOptions &tls) { m_tls = tls; }
    [[nodiscard]] const TlsOptions &tls() const { return m_tls; }
    void setVerifyTls(bool verify) { m_tls.verify = verify; }
    /// Transfer timeout of one attempt.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retry; }
    /// The Authorization header of authenticated requests ("Bearer ...");
    /// empty: none. Also registered for redaction.
    void setAuthorization(const Vault::Secret &value);
    /// Log lines go to @p category (default opsdeck.net).
    void setLogCategory(Category category) { m_category = category; }
    /// Reads causes from error bodies (default causeFromBody()).
    void setCauseReader(CauseReader reader) { m_causeReader = std::move(reader); }
    /// What log lines and errors hide; add() tokens that travel in paths.
    [[nodiscard]] RestRedaction &redaction() { return m_redaction; }
    [[nodiscard]] const RestRedaction &redaction() const { return m_redaction; }

    /// @p pathAndQuery resolved against the base URL.
    [[nodiscard]] QUrl resolve(const QString &pathAndQuery) const { return m_baseUrl.resolved(QUrl(pathAndQuery)); }

    /// Starts @p request from the event loop (so that the caller can connect first).
    RestReply *send(RestRequest request);
    /// send(), with @p done called once on this thread unless @p context
    /// (when given) is gone by then.
    void send(RestRequest request, QObject *context, Callback done);
    /// Aborts every request in flight; each finishes with Cancelled.
    void abortAll();

    [[nodiscard]] qsizetype inFlightCount() const;
    [[nodiscard]] qint64 requestsSent() const { return m_requestsSent; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }

signals:
    /// Every HTTP answer, also one that is retried or ends in an error
    /// (body and json left empty): lets an API layer read its headers.
    void answered(const OpsDeck::Net::RestResponse &response);

private:
    friend class RestReply;
    QNetworkReply *startTransfer(const RestRequest &request);
    [[nodiscard]] QString cause(const QByteArray &body) const;
    [[nodiscard]] const QLoggingCategory &category() const { return m_category(); }

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    TlsOptions m_tls;
    RetryPolicy m_retry;
    int m_timeoutMs = 30000;
    Vault::Secret m_authorization;
    RestRedaction m_redaction;
    Category m_category = &lcNet;
    CauseReader m_causeReader;
    QList<QPointer<RestReply>> m_inFlight;
    qint64 m_requestsSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace OpsDeck::Net
