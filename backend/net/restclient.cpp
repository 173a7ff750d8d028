// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/net/restclient.h"

#include <algorithm>
#include <utility>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "backend/net/resterrors.h"
#include "backend/net/restreply.h"

Q_LOGGING_CATEGORY(lcNet, "opsdeck.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetRequests, "opsdeck.net.requests", QtInfoMsg)

namespace OpsDeck::Net {

RestClient::RestClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

RestClient::~RestClient()
{
    abortAll();
}

void RestClient::setAuthorization(const Vault::Secret &value)
{
    m_authorization = value;
    if (value.isEmpty())
        return;
    // The whole header value and its credential part ("Bearer <token>").
    const QByteArray header = value.revealBytes();
    m_redaction.add(header);
    if (const qsizetype space = header.indexOf(' '); space > 0)
        m_redaction.add(header.mid(space + 1));
}

RestReply *RestClient::send(RestRequest request)
{
    auto *reply = new RestReply(this, std::move(request));
    m_inFlight.removeAll(nullptr);
    m_inFlight << reply;
    QTimer::singleShot(0, reply, &RestReply::startAttempt);
    return reply;
}

void RestClient::send(RestRequest request, QObject *context, Callback done)
{
    RestReply *reply = send(std::move(request));
    // Without a context the callback runs as long as the client lives.
    connect(reply, &RestReply::finished, context ? context : this,
            [done = std::move(done)](const Result<RestResponse> &result) { done(result); });
}

void RestClient::abortAll()
{
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<RestReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

qsizetype RestClient::inFlightCount() const
{
    return std::count_if(m_inFlight.cbegin(), m_inFlight.cend(),
                         [](const QPointer<RestReply> &reply) { return reply && !reply->isFinished(); });
}

QString RestClient::cause(const QByteArray &body) const
{
    return m_redaction.text(m_causeReader ? m_causeReader(body) : causeFromBody(body));
}

QNetworkReply *RestClient::startTransfer(const RestRequest &request)
{
    QNetworkRequest out(request.url);
    out.setTransferTimeout(m_timeoutMs);
    if (!request.accept.isEmpty())
        out.setRawHeader("Accept", request.accept);
    if (request.authenticated && !m_authorization.isEmpty())
        out.setRawHeader("Authorization", m_authorization.revealBytes());
    for (const auto &header : request.headers)
        out.setRawHeader(header.first, header.second);
    if (!request.body.isEmpty()) {
        out.setHeader(QNetworkRequest::ContentTypeHeader,
                      request.contentType.isEmpty() ? QByteArray("application/json") : request.contentType);
    }
    if (!request.followRedirects)
        out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_tls.applyTo(out);
    ++m_requestsSent;
    if (request.method == "GET")
        return m_network->get(out);
    return m_network->sendCustomRequest(out, request.method, request.body);
}

} // namespace OpsDeck::Net
