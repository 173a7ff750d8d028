// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/net/restreply.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include "backend/net/restclient.h"
#include "backend/net/resterrors.h"

namespace OpsDeck::Net {

namespace {

RawHeaders headersOf(const QNetworkReply &reply)
{
    RawHeaders out;
    for (const auto &pair : reply.rawHeaderPairs())
        out << qMakePair(pair.first, pair.second);
    return out;
}

} // namespace

RestReply::RestReply(RestClient *client, RestRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_clock.start();
}

int RestReply::maxRetries() const
{
    return m_request.maxRetries >= 0 ? m_request.maxRetries : m_client->retryPolicy().maxRetries;
}

void RestReply::startAttempt()
{
    if (m_done)
        return;
    ++m_attempt;
    m_pinFailed = false;
    m_reply = m_client->startTransfer(m_request);
    connect(m_reply, &QNetworkReply::finished, this, &RestReply::handleFinished);
    if (!m_client->tls().pinnedSha256.isEmpty())
        watchPins(m_reply);
}

void RestReply::watchPins(QNetworkReply *reply)
{
#if QT_CONFIG(ssl)
    // A pinned certificate is trusted even when self-signed; any other
    // certificate is refused even when a CA vouches for it.
    const TlsOptions tls = m_client->tls();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, tls](const QList<QSslError> &) {
        if (tls.isPinned(*reply))
            reply->ignoreSslErrors();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, tls] {
        if (!tls.isPinned(*reply)) {
            m_pinFailed = true;
            reply->abort();
        }
    });
#else
    Q_UNUSED(reply)
#endif
}

void RestReply::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // handleFinished() reports the cancel
    else
        finish(failure(ErrorCode::Cancelled, QStringLiteral("cancelled")));
}

Error RestReply::failure(ErrorCode code, const QString &cause, const QVariantMap &extra) const
{
    QVariantMap context = extra;
    context.insert(QStringLiteral("url"), m_client->redaction().url(m_request.url));
    return Error(code, m_client->redaction().text(cause), context);
}

void RestReply::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_aborted)
        return finish(failure(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    if (m_pinFailed)
        return finish(failure(ErrorCode::Auth, QStringLiteral("the server certificate matches no pinned fingerprint")));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    RestResponse response;
    response.method = m_request.method;
    response.url = m_request.url;
    response.status = status;
    response.headers = headersOf(*reply);
    response.attempts = m_attempt;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_client->m_bytesReceived += body.size();
    qCDebug(lcNetRequests).noquote() << m_request.method << m_client->redaction().url(m_request.url) << "->"
                                     << (status ? status : int(error)) << "in" << m_clock.elapsed() << "ms,"
                                     << body.size() << "bytes, attempt" << m_attempt;
    if (status != 0)
        emit m_client->answered(response);

    if (status == 0) {
        if (error == QNetworkReply::SslHandshakeFailedError)
            return finish(failure(ErrorCode::Network, QStringLiteral("TLS handshake failed: ") + reply->errorString()));
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            // The transfer timeout (an abort() was handled above).
            const Error timeout =
                failure(ErrorCode::Timeout, QStringLiteral("no answer within %1 ms").arg(m_client->timeoutMs()));
            return m_client->retryPolicy().retryTimeouts ? retryOrFail(timeout, 0) : finish(timeout);
        }
        return retryOrFail(failure(ErrorCode::Network, reply->errorString()), 0);
    }
    QVariantMap context{{QStringLiteral("status"), status}};
    if (const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString(); !type.isEmpty())
        context.insert(QStringLiteral("contentType"), type);
    if (status >= 400) {
        // Servers quote what they refuse: the body is kept without secrets too.
        const QByteArray redacted = m_client->redaction().text(QString::fromUtf8(body)).toUtf8();
        if (const QJsonDocument json = QJsonDocument::fromJson(redacted); !json.isNull())
            context.insert(QStringLiteral("body"), json.toVariant());
        const Error httpError = failure(errorCodeForStatus(status),
                                        QStringLiteral("HTTP %1: %2").arg(status).arg(m_client->cause(body)), context);
        if (status == 429 || (status >= 500 && (status != 500 || m_request.retryStatus500)))
            return retryOrFail(httpError, retryAfterMs(response.header("Retry-After")));
        return finish(httpError);
    }
    if (status >= 300 && !m_request.followRedirects)
        response.redirectTarget = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (error != QNetworkReply::NoError && status < 400) {
        // A 2xx whose body broke off (connection closed early).
        return retryOrFail(failure(ErrorCode::Network,
                                   QStringLiteral("HTTP %1 body incomplete: %2").arg(status).arg(reply->errorString()),
                                   context),
                           0);
    }
    if (m_request.expectJson && status != 204) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(body, &parseError);
        if (response.json.isNull()) {
            return retryOrFail(
                failure(ErrorCode::Network,
                        QStringLiteral("HTTP %1 with a body that is not JSON (%2 at offset %3 of %4 bytes)")
                            .arg(status)
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                            .arg(body.size()),
                        context),
                0);
        }
    }
    response.body = body;
    finish(std::move(response));
}

void RestReply::retryOrFail(Error error, int retryAfter)
{
    if (m_attempt > maxRetries()) {
        if (m_attempt > 1)
            error.detail += QStringLiteral(" (gave up after %1 attempts)").arg(m_attempt);
        if (retryAfter > 0)
            error.context.insert(QStringLiteral("retryAfterMs"), retryAfter);
        finish(error);
        return;
    }
    const qint64 delay = retryDelayMs(m_client->retryPolicy(), m_attempt, retryAfter);
    qCInfo(m_client->category()).noquote()
        << m_request.method << m_client->redaction().url(m_request.url) << "attempt" << m_attempt
        << "failed:" << error.detail << "- retrying in" << delay << "ms";
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RestReply::startAttempt);
    }
    m_retryTimer->start(int(delay));
}

void RestReply::finish(const Result<RestResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (!result.ok() && result.error().code != ErrorCode::Cancelled) {
        qCWarning(m_client->category()).noquote()
            << m_request.method << m_client->redaction().url(m_request.url) << "failed:" << result.error().detail;
    }
    emit finished(result);
    deleteLater();
}

} // namespace OpsDeck::Net
