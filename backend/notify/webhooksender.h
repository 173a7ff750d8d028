// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "backend/notify/notifyconfig.h"
#include "backend/notify/sender.h"

namespace OpsDeck::Net {
class RestClient;
}

namespace OpsDeck::Notify {

/// Posts deliveries as JSON (deliveryJson()) to one URL through the
/// project's RestClient, with these headers:
///   Idempotency-Key: the delivery id, the same on every attempt and after
///                    a restart, so receivers can drop copies;
///   X-OpsDeck-Timestamp: Unix seconds when the attempt started;
///   X-OpsDeck-Signature: sha256=<hex HMAC-SHA256 of the body> keyed with
///                    the vault entry signingKey (when configured); the body
///                    carries sentAt, so the signature covers the time too.
/// Within one attempt, connection errors, 429 and 5xx are retried
/// (config retries) with exponential backoff and jitter, waiting at least
/// what Retry-After asks; 408 and what is left fails the attempt, which the
/// outbox tries again later (not before the last Retry-After has passed).
/// Other 4xx answers refuse the delivery for good. A URL kept in the vault
/// (urlSecret) is read at each attempt and masked in logs and errors.
///
/// Lives on the notifier's thread; its destructor aborts what is in flight
/// (those attempts end without calling back).
class WebhookSender final
    : public QObject
    , public Sender
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    WebhookSender(QString channel, WebhookChannelConfig config, SecretLookup secrets, QObject *parent = nullptr);
    ~WebhookSender() override;

    void send(const Delivery &delivery, QObject *context, Done done) override;

    /// "sha256=<hex>": the signature header value of @p body under @p key.
    [[nodiscard]] static QByteArray signature(const QByteArray &body, QByteArrayView key);

private:
    /// The URL of this attempt: the configured one, or the vault entry's
    /// (registered for redaction before it is used).
    [[nodiscard]] Result<QUrl> targetUrl();

    QString m_channel;
    WebhookChannelConfig m_config;
    SecretLookup m_secrets;
    Net::RestClient *m_client;
    bool m_stopping = false;
};

} // namespace OpsDeck::Notify
