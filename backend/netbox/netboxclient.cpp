// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxclient.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

Q_LOGGING_CATEGORY(lcNetBox, "opsdeck.netbox")

namespace OpsDeck::NetBox {

// --- ApiVersion -------------------------------------------------------------------------------------------------

ApiVersion ApiVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return ApiVersion{m.captured(1).toInt(), m.captured(2).toInt()};
}

QString ApiVersion::objectChangesPath() const
{
    return atLeast(4, 1) ? QStringLiteral("core/object-changes/") : QStringLiteral("extras/object-changes/");
}

ClientSettings ClientSettings::fromConfig(const Workspace::NetboxConfig &config, const Vault::Secret &token)
{
    ClientSettings s;
    s.baseUrl = QUrl(config.url);
    s.token = token;
    s.tokenVersion = config.tokenVersion;
    s.verifyTls = config.verifyTls;
    s.caFile = config.caFile;
    s.pinnedSha256 = config.pinnedSha256;
    s.timeoutMs = config.timeoutMs;
    return s;
}

// --- NetBoxReply ------------------------------------------------------------------------------------------------

namespace {

// The cause NetBox gives in an error body, short enough for a log line.
QString causeFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject() && doc.object().contains(QStringLiteral("detail")))
        return doc.object().value(QStringLiteral("detail")).toString();
    if (!doc.isNull()) {
        const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        return text.size() > 400 ? text.left(400) + QStringLiteral("...") : text;
    }
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? QStringLiteral("(empty body)") : text;
}

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
    case 405:
    case 406:
        return ErrorCode::InvalidInput;
    case 401:
    case 403:
        return ErrorCode::Auth;
    case 404:
        return ErrorCode::NotFound;
    case 409:
    case 412:
        return ErrorCode::Conflict;
    default:
        return ErrorCode::Network;
    }
}

// Retry-After is seconds or an HTTP date.
int retryAfterMs(const QByteArray &header)
{
    if (header.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3600 * 1000));
    return 0;
}

} // namespace

NetBoxReply::NetBoxReply(NetBoxClient *client, QByteArray method, QUrl url, QByteArray body, QByteArray ifMatch,
                         bool expectJson)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_ifMatch(std::move(ifMatch))
    , m_expectJson(expectJson)
{}

void NetBoxReply::startAttempt()
{
    if (m_done)
        return;
    ++m_attempt;
    m_pinFailed = false;
    m_reply = m_client->createNetworkReply(m_method, m_url, m_body, m_ifMatch);
    connect(m_reply, &QNetworkReply::finished, this, &NetBoxReply::handleFinished);
#if QT_CONFIG(ssl)
    const QStringList pins = m_client->settings().pinnedSha256;
    if (!pins.isEmpty()) {
        const auto pinned = [pins](QNetworkReply *reply) {
            const QString digest = QString::fromLatin1(
                reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex());
            return pins.contains(digest, Qt::CaseInsensitive);
        };
        QNetworkReply *reply = m_reply;
        // A pinned certificate is trusted even when self-signed; any other
        // certificate is refused even when a CA vouches for it.
        connect(reply, &QNetworkReply::sslErrors, this, [reply, pinned](const QList<QSslError> &) {
            if (pinned(reply))
                reply->ignoreSslErrors();
        });
        connect(reply, &QNetworkReply::encrypted, this, [this, reply, pinned] {
            if (!pinned(reply)) {
                m_pinFailed = true;
                reply->abort();
            }
        });
    }
#endif
}

void NetBoxReply::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // handleFinished() reports the cancel
    else
        finish(Error(ErrorCode::Cancelled, QStringLiteral("%1 %2: cancelled")
                                               .arg(QString::fromLatin1(m_method), m_url.toDisplayString())));
}

void NetBoxReply::scheduleRetry(const QString &cause, int retryAfter)
{
    const ClientSettings &s = m_client->settings();
    if (m_attempt > s.maxRetries) {
        const bool timeout = cause.contains(QLatin1String("timed out"));
        finish(Error(timeout ? ErrorCode::Timeout : ErrorCode::Network,
                     QStringLiteral("%1 %2: gave up after %3 attempts: %4")
                         .arg(QString::fromLatin1(m_method), m_url.toDisplayString())
                         .arg(m_attempt)
                         .arg(cause),
                     {{QStringLiteral("url"), m_url.toDisplayString()}}));
        return;
    }
    // Exponential backoff with full jitter in its upper half, so that many
    // clients retrying together spread out.
    const qint64 backoff = std::min<qint64>(s.retryMaxMs, qint64(s.retryBaseMs) << std::min(m_attempt - 1, 16));
    const qint64 jittered = backoff / 2 + QRandomGenerator::global()->bounded(backoff / 2 + 1);
    const qint64 delay = std::max<qint64>(jittered, retryAfter);
    qCInfo(lcNetBox).noquote() << m_method << m_url.toDisplayString() << "attempt" << m_attempt << "failed:" << cause
                               << "- retrying in" << delay << "ms";
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &NetBoxReply::startAttempt);
    }
    m_retryTimer->start(int(delay));
}

void NetBoxReply::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), m_url.toDisplayString());
    if (m_aborted) {
        finish(Error(ErrorCode::Cancelled, what + QStringLiteral(": cancelled")));
        return;
    }
    if (m_pinFailed) {
        finish(Error(ErrorCode::Auth, what + QStringLiteral(": the server certificate matches no pinned fingerprint"),
                     {{QStringLiteral("url"), m_url.toDisplayString()}}));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_client->m_bytesReceived += body.size();
    m_client->noteApiVersion(QString::fromLatin1(reply->rawHeader("API-Version")));

    if (status == 0) {
        if (error == QNetworkReply::SslHandshakeFailedError) {
            finish(Error(ErrorCode::Network, what + QStringLiteral(": TLS handshake failed: ") + reply->errorString(),
                         {{QStringLiteral("url"), m_url.toDisplayString()}}));
            return;
        }
        const QString cause = error == QNetworkReply::OperationCanceledError
                                  ? QStringLiteral("timed out after %1 ms").arg(m_client->settings().timeoutMs)
                                  : reply->errorString();
        scheduleRetry(cause, 0);
        return;
    }
    if (status == 429 || status >= 500) {
        scheduleRetry(QStringLiteral("HTTP %1 %2").arg(status).arg(causeFromBody(body)),
                      retryAfterMs(reply->rawHeader("Retry-After")));
        return;
    }
    if (status >= 400) {
        finish(Error(codeForStatus(status), QStringLiteral("%1: HTTP %2: %3").arg(what).arg(status).arg(causeFromBody(body)),
                     {{QStringLiteral("url"), m_url.toDisplayString()},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("body"), QJsonDocument::fromJson(body).toVariant()}}));
        return;
    }
    if (error != QNetworkReply::NoError) {
        // A 2xx whose body broke off (connection closed early).
        scheduleRetry(QStringLiteral("HTTP %1 body incomplete: %2").arg(status).arg(reply->errorString()), 0);
        return;
    }
    Response response;
    response.method = m_method;
    response.url = m_url;
    response.status = status;
    response.etag = reply->rawHeader("ETag");
    response.apiVersion = QString::fromLatin1(reply->rawHeader("API-Version"));
    response.attempts = m_attempt;
    if (m_expectJson && status != 204) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(body, &parseError);
        if (response.json.isNull()) {
            scheduleRetry(QStringLiteral("HTTP %1 with a body that is not JSON (%2 at offset %3 of %4 bytes)")
                              .arg(status)
                              .arg(parseError.errorString())
                              .arg(parseError.offset)
                              .arg(body.size()),
                          0);
            return;
        }
    }
    response.body = body;
    finish(std::move(response));
}

void NetBoxReply::finish(const Result<Response> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (!result.ok() && result.error().code != ErrorCode::Cancelled)
        qCWarning(lcNetBox).noquote() << result.error().detail;
    emit finished(result);
    deleteLater();
}

// --- NetBoxClient -----------------------------------------------------------------------------------------------

NetBoxClient::NetBoxClient(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiVersion>();
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

NetBoxClient::~NetBoxClient()
{
    abortAll();
}

QUrl NetBoxClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + QStringLiteral("api/") + path);
    url.setQuery(query);
    return url;
}

QByteArray NetBoxClient::authorization() const
{
    if (m_settings.token.isEmpty())
        return {};
    const QByteArray token = m_settings.token.revealBytes();
    bool v2 = false;
    switch (m_settings.tokenVersion) {
    case Workspace::NetboxTokenVersion::V2: v2 = true; break;
    case Workspace::NetboxTokenVersion::V1: v2 = false; break;
    case Workspace::NetboxTokenVersion::Auto: v2 = token.startsWith("nbt_") && token.contains('.'); break;
    }
    if (v2)
        return "Bearer " + (token.startsWith("nbt_") ? token : "nbt_" + token);
    return "Token " + token;
}

QNetworkReply *NetBoxClient::createNetworkReply(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                                const QByteArray &ifMatch)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (const QByteArray auth = authorization(); !auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
#if QT_CONFIG(ssl)
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_settings.verifyTls)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!m_settings.caFile.isEmpty())
            ssl.addCaCertificates(QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem));
        request.setSslConfiguration(ssl);
    }
#endif
    ++m_requestsSent;
    if (method == "GET")
        return m_nam->get(request);
    return m_nam->sendCustomRequest(request, method, body);
}

NetBoxReply *NetBoxClient::start(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QByteArray &ifMatch, bool expectJson)
{
    auto *reply = new NetBoxReply(this, method, url, body, ifMatch, expectJson);
    m_inFlight.removeAll(nullptr);
    m_inFlight << reply;
    // Started from the event loop so that the caller can connect first.
    QTimer::singleShot(0, reply, &NetBoxReply::startAttempt);
    return reply;
}

NetBoxReply *NetBoxClient::get(const QString &path, const QUrlQuery &query)
{
    return start("GET", apiUrl(path, query), {}, {}, true);
}

NetBoxReply *NetBoxClient::getUrl(const QUrl &url)
{
    return start("GET", url, {}, {}, true);
}

NetBoxReply *NetBoxClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QByteArray &ifMatch)
{
    return start(method, apiUrl(path), body, ifMatch, method != "DELETE");
}

NetBoxReply *NetBoxClient::fetchStatus()
{
    return get(QStringLiteral("status/"));
}

Result<ApiVersion> NetBoxClient::versionFromStatus(const Response &response)
{
    ApiVersion v = ApiVersion::parse(response.json.object().value(QStringLiteral("netbox-version")).toString());
    if (!v.isKnown())
        v = ApiVersion::parse(response.apiVersion);
    if (!v.isKnown())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("%1: no NetBox version in the status answer").arg(response.url.toDisplayString()));
    return v;
}

void NetBoxClient::noteApiVersion(const QString &header)
{
    const ApiVersion v = ApiVersion::parse(header);
    if (v.isKnown() && (v.major != m_version.major || v.minor != m_version.minor)) {
        m_version = v;
        emit versionChanged(v);
    }
}

void NetBoxClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<NetBoxReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    m_inFlight.clear();
}

} // namespace OpsDeck::NetBox
