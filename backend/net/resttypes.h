// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

namespace OpsDeck::Net {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

/// When a request is tried again: connection errors, 429 and 5xx (and,
/// unless told otherwise, transfer timeouts), after an exponential backoff
/// with jitter in its upper half (baseMs, 2 x baseMs, ... up to maxMs), or
/// after the server's Retry-After when that is longer (up to
/// maxRetryAfterMs). A failed TLS handshake and 4xx answers other than 429
/// are never retried.
struct RetryPolicy
{
    int maxRetries = 2;           ///< further attempts after the first
    int baseMs = 100;             ///< first backoff
    int maxMs = 15000;            ///< bound of one backoff
    int maxRetryAfterMs = 120000; ///< bound of a Retry-After wait
    bool retryTimeouts = true;    ///< false: a transfer timeout ends the request at once

    /// Two more attempts, 100 ms apart at first and never more than 1 s;
    /// a timeout ends the request at once (the MCP and PRTG clients).
    [[nodiscard]] static RetryPolicy quick()
    {
        RetryPolicy policy;
        policy.maxRetries = 2;
        policy.baseMs = 100;
        policy.maxMs = 1000;
        policy.retryTimeouts = false;
        return policy;
    }

    bool operator==(const RetryPolicy &) const = default;
};

/// One HTTP request as the API layers describe it.
struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;                 ///< with a body; empty: application/json
    QByteArray accept = "application/json"; ///< empty: no Accept header
    RawHeaders headers;                     ///< further headers (If-Match, ...)
    bool authenticated = true;              ///< sends the client's Authorization header
    bool expectJson = false;                ///< a 2xx body that is not JSON is retried, then an error
    bool followRedirects = true;            ///< false: a 3xx comes back as the answer
    int maxRetries = -1;                    ///< -1: the client's RetryPolicy
    bool retryStatus500 = true;             ///< false: a 500 is final (an answer the server will give again)
};

/// One answered request.
struct RestResponse
{
    QByteArray method;
    QUrl url;
    int status = 0;
    QByteArray body;
    QJsonDocument json; ///< the parsed body when the request expected JSON
    RawHeaders headers;
    QUrl redirectTarget; ///< the Location of a 3xx not followed
    int attempts = 1;

    /// The value of a header (case-insensitive name); empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace OpsDeck::Net
