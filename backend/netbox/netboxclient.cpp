// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxclient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include "backend/net/restclient.h"

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
    s.tls.verify = config.verifyTls;
    s.tls.caFile = config.caFile;
    s.tls.pinnedSha256 = config.pinnedSha256;
    s.timeoutMs = config.timeoutMs;
    return s;
}

// --- NetBoxReply ------------------------------------------------------------------------------------------------

NetBoxReply::NetBoxReply(NetBoxClient *client, Net::RestReply *reply)
    : QObject(client)
    , m_reply(reply)
    , m_method(reply->request().method)
    , m_url(reply->request().url)
    , m_what(QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), m_url.toDisplayString()))
{
    connect(reply, &Net::RestReply::finished, this, &NetBoxReply::handleFinished);
}

void NetBoxReply::abort()
{
    if (m_reply)
        m_reply->abort(); // handleFinished() reports the cancel
}

void NetBoxReply::handleFinished(const Result<Net::RestResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    deleteLater();
    if (!result) {
        Error error = result.error();
        error.detail = m_what + QStringLiteral(": ") + error.detail;
        emit finished(error);
        return;
    }
    Response response;
    response.method = result->method;
    response.url = result->url;
    response.status = result->status;
    response.body = result->body;
    response.json = result->json;
    response.etag = result->header("ETag");
    response.apiVersion = QString::fromLatin1(result->header("API-Version"));
    response.attempts = result->attempts;
    emit finished(response);
}

// --- NetBoxClient -----------------------------------------------------------------------------------------------

NetBoxClient::NetBoxClient(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_rest(new Net::RestClient(this))
{
    qRegisterMetaType<ApiVersion>();
    m_rest->setLogCategory(&lcNetBox);
    m_rest->setBaseUrl(m_settings.baseUrl);
    m_rest->setTls(m_settings.tls);
    m_rest->setTimeoutMs(m_settings.timeoutMs);
    Net::RetryPolicy retry;
    retry.maxRetries = m_settings.maxRetries;
    retry.baseMs = m_settings.retryBaseMs;
    retry.maxMs = m_settings.retryMaxMs;
    m_rest->setRetryPolicy(retry);
    if (const QByteArray auth = authorization(); !auth.isEmpty())
        m_rest->setAuthorization(Vault::Secret::fromBytes(auth));
    connect(m_rest, &Net::RestClient::answered, this, [this](const Net::RestResponse &answer) {
        noteApiVersion(QString::fromLatin1(answer.header("API-Version")));
    });
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
    case Workspace::NetboxTokenVersion::V2:
        v2 = true;
        break;
    case Workspace::NetboxTokenVersion::V1:
        v2 = false;
        break;
    case Workspace::NetboxTokenVersion::Auto:
        v2 = token.startsWith("nbt_") && token.contains('.');
        break;
    }
    if (v2)
        return "Bearer " + (token.startsWith("nbt_") ? token : "nbt_" + token);
    return "Token " + token;
}

NetBoxReply *NetBoxClient::start(Net::RestRequest request)
{
    return new NetBoxReply(this, m_rest->send(std::move(request)));
}

NetBoxReply *NetBoxClient::get(const QString &path, const QUrlQuery &query)
{
    return getUrl(apiUrl(path, query));
}

NetBoxReply *NetBoxClient::getUrl(const QUrl &url)
{
    Net::RestRequest request;
    request.url = url;
    request.expectJson = true;
    return start(std::move(request));
}

NetBoxReply *NetBoxClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QByteArray &ifMatch)
{
    Net::RestRequest request;
    request.method = method;
    request.url = apiUrl(path);
    request.body = body;
    request.expectJson = method != "DELETE";
    if (!ifMatch.isEmpty())
        request.headers << qMakePair(QByteArray("If-Match"), ifMatch);
    return start(std::move(request));
}

NetBoxReply *NetBoxClient::sendRequest(Net::RestRequest request)
{
    return start(std::move(request));
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
    m_rest->abortAll();
}

qint64 NetBoxClient::bytesReceived() const
{
    return m_rest->bytesReceived();
}

qint64 NetBoxClient::requestsSent() const
{
    return m_rest->requestsSent();
}

} // namespace OpsDeck::NetBox
