// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/webhooksender.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QPointer>

#include "backend/net/restclient.h"
#include "backend/net/resterrors.h"
#include "backend/notify/delivery.h"
#include "backend/notify/deliveryformat.h"
#include "backend/workspace/configchecks.h"

Q_LOGGING_CATEGORY(lcNotifyWebhook, "opsdeck.notify.webhook")

namespace OpsDeck::Notify {

namespace {

const QLoggingCategory &webhookCategory()
{
    return lcNotifyWebhook();
}

// 408 and 429 say "later"; any other 4xx says this request will never do.
bool isPermanent(const Error &error)
{
    const int status = error.context.value(QStringLiteral("status")).toInt();
    return status >= 400 && status < 500 && status != 408 && status != 429;
}

} // namespace

WebhookSender::WebhookSender(QString channel, WebhookChannelConfig config, SecretLookup secrets, QObject *parent)
    : QObject(parent)
    , m_channel(std::move(channel))
    , m_config(std::move(config))
    , m_secrets(std::move(secrets))
    , m_client(new Net::RestClient(this))
{
    m_client->setTimeoutMs(m_config.timeoutSeconds * 1000);
    m_client->setTls(Net::TlsOptions{m_config.verifyTls, m_config.caFile, {}});
    Net::RetryPolicy retry;
    retry.maxRetries = m_config.retries;
    retry.baseMs = 1000;
    retry.maxMs = 30000;
    retry.maxRetryAfterMs = 300000;
    m_client->setRetryPolicy(retry);
    m_client->setLogCategory(&webhookCategory);
}

WebhookSender::~WebhookSender()
{
    // Aborted requests finish with Cancelled: not an attempt to record.
    m_stopping = true;
    m_client->abortAll();
}

QByteArray WebhookSender::signature(const QByteArray &body, QByteArrayView key)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, key.toByteArray(), QCryptographicHash::Sha256).toHex();
}

Result<QUrl> WebhookSender::targetUrl()
{
    if (!m_config.urlSecret.isSet())
        return QUrl(m_config.url);
    const QString &path = m_config.urlSecret.path;
    auto secret =
        m_secrets ? m_secrets(path) : Result<Vault::Secret>(Error(ErrorCode::NotFound, QStringLiteral("no vault")));
    if (!secret) {
        return Error(
            secret.error().code,
            QStringLiteral("cannot read the webhook URL %1 from the vault: %2").arg(path, secret.error().detail),
            {{QStringLiteral("secret"), path}});
    }
    const QString text = secret->revealString().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || Workspace::checkUrl(text)) {
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("the vault entry %1 does not hold an http:// or https:// URL").arg(path),
                     {{QStringLiteral("secret"), path}});
    }
    // The whole URL is the credential: it never reaches a log line or an error.
    m_client->redaction().add(text.toUtf8());
    m_client->redaction().add(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    m_client->redaction().add(url.path().toUtf8());
    return url;
}

void WebhookSender::send(const Delivery &delivery, QObject *context, Done done)
{
    const auto fail = [this, context = QPointer<QObject>(context), done](const SendOutcome &outcome) {
        QMetaObject::invokeMethod(
            this,
            [context, done, outcome] {
                if (context)
                    done(outcome);
            },
            Qt::QueuedConnection);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Net::RestRequest request;
    request.method = "POST";
    Result<QUrl> url = targetUrl();
    if (!url) {
        fail(SendOutcome::retry(url.error()));
        return;
    }
    request.url = *url;
    request.body = QJsonDocument(deliveryJson(delivery, now)).toJson(QJsonDocument::Compact);
    request.accept = {};
    request.authenticated = false;
    request.headers << qMakePair(QByteArray("Idempotency-Key"), delivery.id.toUtf8())
                    << qMakePair(QByteArray("X-OpsDeck-Timestamp"), QByteArray::number(now.toSecsSinceEpoch()));
    if (m_config.signingKey.isSet()) {
        auto key = m_secrets ? m_secrets(m_config.signingKey.path)
                             : Result<Vault::Secret>(Error(ErrorCode::NotFound, QStringLiteral("no vault")));
        if (!key) {
            fail(SendOutcome::retry(Error(key.error().code,
                                          QStringLiteral("cannot read the webhook signing key %1 from the vault: %2")
                                              .arg(m_config.signingKey.path, key.error().detail),
                                          {{QStringLiteral("secret"), m_config.signingKey.path}})));
            return;
        }
        request.headers << qMakePair(QByteArray("X-OpsDeck-Signature"), signature(request.body, key->reveal()));
    }
    m_client->send(request, this, [this, context = QPointer<QObject>(context), done](Result<Net::RestResponse> reply) {
        if (m_stopping || !context)
            return;
        if (reply)
            return done(SendOutcome::delivered());
        Error error = reply.error();
        if (error.code == ErrorCode::Cancelled)
            return;
        if (isPermanent(error))
            return done(SendOutcome::permanent(std::move(error)));
        // The receiver's last Retry-After also holds for the next attempt.
        const qint64 after = error.context.value(QStringLiteral("retryAfterMs")).toLongLong();
        done(SendOutcome::retry(std::move(error), after));
    });
}

} // namespace OpsDeck::Notify
