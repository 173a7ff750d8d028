// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include "backend/mcp/mcpparser.h"
#include "backend/vault/secretstore.h"
#include "backend/workspace/workspaceconfig.h"

Q_LOGGING_CATEGORY(lcMcp, "opsdeck.mcp")

namespace OpsDeck::Mcp {

namespace {

constexpr int kMaxRetries = 2;
constexpr int kRetryDelayMs = 100;

QByteArray formField(const char *name, const QByteArray &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

McpClient::McpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

McpClient::~McpClient()
{
    m_cancelling = true;
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void McpClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_token.clear();
}

void McpClient::setCredentials(const QString &username, const Vault::Secret &password)
{
    m_username = username;
    m_password = password;
    m_token.clear();
}

void McpClient::applyConfig(const Workspace::McpConfig &config, const Vault::Secret &password)
{
    setBaseUrl(QUrl(config.url));
    m_verifyTls = config.verifyTls;
    m_timeoutMs = config.timeoutMs;
    setCredentials(config.username, password);
}

void McpClient::configure(const Workspace::McpConfig &config, Vault::SecretStore &vault, QObject *context,
                          std::function<void(Status)> done)
{
    setBaseUrl(QUrl(config.url));
    m_verifyTls = config.verifyTls;
    m_timeoutMs = config.timeoutMs;
    m_username = config.username;
    if (!config.password.isSet()) {
        done(Error(ErrorCode::InvalidInput, QStringLiteral("MCP password is not set in the workspace")));
        return;
    }
    QPointer<QObject> guard(context);
    vault.read(config.password.path, this, [this, guard, done](Result<Vault::Secret> secret) {
        if (!guard)
            return;
        if (!secret) {
            done(secret.error());
            return;
        }
        m_password = *secret;
        m_token.clear();
        done(Status());
    });
}

QUrl McpClient::apiUrl(const QString &pathAndQuery) const
{
    return m_baseUrl.resolved(QUrl(pathAndQuery));
}

void McpClient::login(QObject *context, std::function<void(Status)> done)
{
    m_loginWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_loggingIn)
        startLogin();
}

void McpClient::startLogin()
{
    m_loggingIn = true;
    ++m_loginCount;
    Call call;
    call.method = "POST";
    call.url = apiUrl(QStringLiteral("/tron/api/v1/tokens"));
    call.authenticated = false;
    call.attempt = kMaxRetries; // a failed login is not retried blindly
    if (m_jsonLogin) {
        call.contentType = "application/json";
        call.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), m_username},
                                              {QStringLiteral("password"), m_password.revealString()}})
                        .toJson(QJsonDocument::Compact);
    } else {
        call.contentType = "application/x-www-form-urlencoded";
        call.body = formField("username", m_username.toUtf8()) + '&' + formField("password", m_password.revealBytes());
    }
    call.done = [this](Result<QByteArray> body) {
        if (!body) {
            Error e = body.error();
            if (e.code == ErrorCode::Unknown || e.code == ErrorCode::InvalidInput)
                e.code = ErrorCode::Auth;
            finishLogin(e);
            return;
        }
        auto token = McpParser::parseToken(*body);
        if (!token) {
            finishLogin(token.error());
            return;
        }
        m_token = *token;
        finishLogin(Status());
    };
    dispatch(std::move(call));
}

void McpClient::finishLogin(Status status)
{
    m_loggingIn = false;
    if (!status.ok())
        qCWarning(lcMcp) << "login failed:" << status.error().toString();
    const auto waiters = std::exchange(m_loginWaiters, {});
    for (const auto &waiter : waiters) {
        if (waiter.first)
            waiter.second(status);
    }
    auto waiting = std::exchange(m_waiting, {});
    for (Call &call : waiting) {
        if (status.ok())
            dispatch(std::move(call));
        else
            finishCall(call, status.error());
    }
}

void McpClient::logout(QObject *context, std::function<void(Status)> done)
{
    if (m_token.isEmpty()) {
        done(Status());
        return;
    }
    Call call;
    call.method = "DELETE";
    call.url = apiUrl(QStringLiteral("/tron/api/v1/tokens/") + m_token);
    call.context = context;
    call.hasContext = context != nullptr;
    call.authenticated = true;
    call.reauthenticated = true; // a 401 here means the token is gone already
    call.done = [this, done](Result<QByteArray> result) {
        m_token.clear();
        if (!result && result.error().code == ErrorCode::Auth) {
            done(Status());
            return;
        }
        done(result ? Status() : Status(result.error()));
    };
    dispatch(std::move(call));
}

void McpClient::cancel()
{
    m_cancelling = true;
    auto waiting = std::exchange(m_waiting, {});
    for (Call &call : waiting)
        finishCall(call, Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_cancelling = false;
}

void McpClient::send(Call call)
{
    if (call.authenticated && m_token.isEmpty()) {
        m_waiting.append(std::move(call));
        if (!m_loggingIn)
            startLogin();
        return;
    }
    dispatch(std::move(call));
}

void McpClient::dispatch(Call call)
{
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (call.authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_verifyTls && call.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    ++m_requestCount;
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, call.body);
    m_inFlight.insert(reply, true);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call)]() mutable { handleFinished(reply, std::move(call)); });
}

void McpClient::handleFinished(QNetworkReply *reply, Call call)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    QVariantMap context{{QStringLiteral("url"), call.url.toString(QUrl::RemoveQuery)}};
    if (const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString(); !type.isEmpty())
        context.insert(QStringLiteral("contentType"), type);
    // An untrusted certificate stays untrusted: named, not retried.
    const bool tlsFailed = netError == QNetworkReply::SslHandshakeFailedError;

    if (netError == QNetworkReply::OperationCanceledError && (m_cancelling || status == 0)) {
        // abort() from cancel() or the transfer timeout (Qt reports both as cancelled).
        if (m_cancelling)
            finishCall(call, Error(ErrorCode::Cancelled, QStringLiteral("cancelled"), context));
        else
            finishCall(call, Error(ErrorCode::Timeout,
                                   QStringLiteral("no answer within %1 ms").arg(m_timeoutMs), context));
        return;
    }
    if (status == 401 && call.authenticated) {
        if (call.reauthenticated) {
            finishCall(call, Error(ErrorCode::Auth, QStringLiteral("MCP refused the token after a new login: %1")
                                                        .arg(McpParser::errorMessage(body)),
                                   context));
            return;
        }
        qCInfo(lcMcp) << "token rejected; logging in again";
        call.reauthenticated = true;
        m_token.clear();
        send(std::move(call));
        return;
    }
    const bool transient = status >= 500 || (status == 0 && netError != QNetworkReply::NoError && !tlsFailed);
    if (transient && call.attempt < kMaxRetries) {
        ++call.attempt;
        qCInfo(lcMcp) << "retrying" << call.url.path() << "after" << (status ? QString::number(status)
                                                                            : reply->errorString());
        QTimer::singleShot(kRetryDelayMs * call.attempt, this,
                           [this, call = std::move(call)]() mutable { send(std::move(call)); });
        return;
    }
    if (status >= 200 && status < 300) {
        finishCall(call, body);
        return;
    }
    if (status == 0) {
        finishCall(call, Error(ErrorCode::Network,
                               tlsFailed ? QStringLiteral("TLS handshake failed: ") + reply->errorString()
                                         : reply->errorString(),
                               context));
        return;
    }
    QVariantMap ctx = context;
    ctx.insert(QStringLiteral("status"), status);
    const ErrorCode code = (status == 401 || status == 403) ? ErrorCode::Auth
                           : status == 404                  ? ErrorCode::NotFound
                           : status == 400                  ? ErrorCode::InvalidInput
                                                            : ErrorCode::Network;
    finishCall(call, Error(code, QStringLiteral("HTTP %1: %2").arg(status).arg(McpParser::errorMessage(body)), ctx));
}

void McpClient::finishCall(Call &call, Result<QByteArray> result)
{
    if (call.hasContext && !call.context)
        return;
    call.done(std::move(result));
}

template<typename T>
void McpClient::fetchAll(const QUrl &first, Result<Page<T>> (*parse)(const QByteArray &), QObject *context,
                         Callback<QList<T>> done, QList<T> collected)
{
    Call call;
    call.method = "GET";
    call.url = first;
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = [this, parse, context, done = std::move(done), collected = std::move(collected)](
                    Result<QByteArray> body) mutable {
        if (!body) {
            done(body.error());
            return;
        }
        auto page = parse(*body);
        if (!page) {
            Error e = page.error();
            e.context.insert(QStringLiteral("offset"), collected.size());
            done(e);
            return;
        }
        collected.append(std::move(page->items));
        if (page->next.isEmpty() || (page->items.isEmpty() && page->total >= 0 && collected.size() >= page->total)) {
            done(std::move(collected));
            return;
        }
        fetchAll<T>(m_baseUrl.resolved(page->next), parse, context, std::move(done), std::move(collected));
    };
    send(std::move(call));
}

void McpClient::fetchNetworkElements(QObject *context, Callback<QList<NetworkElement>> done)
{
    fetchAll<NetworkElement>(
        apiUrl(QStringLiteral("/nsi/api/v7/networkConstructs?networkConstructType=networkElement&offset=0&limit=%1")
                   .arg(m_pageSize)),
        &McpParser::parseNetworkConstructs, context, std::move(done));
}

void McpClient::countNetworkElements(QObject *context, Callback<qint64> done)
{
    Call call;
    call.method = "GET";
    call.url = apiUrl(QStringLiteral("/nsi/api/v7/networkConstructs?networkConstructType=networkElement&offset=0&limit=1"));
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = [done = std::move(done)](Result<QByteArray> body) {
        if (!body) {
            done(body.error());
            return;
        }
        auto page = McpParser::parseNetworkConstructs(*body);
        if (!page) {
            done(page.error());
            return;
        }
        if (page->total >= 0)
            done(page->total);
        else if (page->next.isEmpty())
            done(qint64(page->items.size()));
        else
            done(Error(ErrorCode::InvalidInput, QStringLiteral("the network element list names no total (meta.total)")));
    };
    send(std::move(call));
}

void McpClient::fetchEquipment(QObject *context, Callback<QList<Equipment>> done)
{
    fetchAll<Equipment>(apiUrl(QStringLiteral("/nsi/api/v7/equipment?offset=0&limit=%1").arg(m_pageSize)),
                        &McpParser::parseEquipment, context, std::move(done));
}

void McpClient::fetchTpes(QObject *context, Callback<QList<Tpe>> done)
{
    fetchAll<Tpe>(apiUrl(QStringLiteral("/nsi/api/v7/tpes?offset=0&limit=%1").arg(m_pageSize)),
                  &McpParser::parseTpes, context, std::move(done));
}

void McpClient::fetchFres(const QString &layerRate, QObject *context, Callback<QList<Fre>> done)
{
    QUrl url = apiUrl(QStringLiteral("/nsi/api/v7/fres"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("tpes"));
    if (!layerRate.isEmpty())
        query.addQueryItem(QStringLiteral("layerRate"), layerRate);
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    url.setQuery(query);
    fetchAll<Fre>(url, &McpParser::parseFres, context, std::move(done));
}

void McpClient::fetchAlarms(AlarmApi api, QObject *context, Callback<QList<Alarm>> done)
{
    const QString path =
        api == AlarmApi::V1
            ? QStringLiteral("/nsa/api/v1/alarms/filter/activeAlarms?offset=0&pageSize=%1").arg(m_pageSize)
            : QStringLiteral("/nsa/api/v2_0/alarms/filter/filteredAlarms?filter%5Bstate%5D%5B%5D=ACTIVE"
                             "&sort=-last-raise-time&offset=0&pageSize=%1")
                  .arg(m_pageSize);
    fetchAll<Alarm>(apiUrl(path), &McpParser::parseAlarms, context, std::move(done));
}

void McpClient::fetchPm(const PmQuery &query, QObject *context, Callback<PmResult> done)
{
    QJsonArray filter{QStringLiteral("and"),
                      QJsonArray{QStringLiteral("="), QStringLiteral("networkElementName"), query.networkElementName},
                      QJsonArray{QStringLiteral("="), QStringLiteral("granularity"), query.granularity}};
    auto anyOf = [](const QString &tag, const QStringList &values) {
        QJsonArray any{QStringLiteral("or")};
        for (const QString &v : values)
            any.append(QJsonArray{QStringLiteral("="), tag, v});
        return any;
    };
    if (!query.facilities.isEmpty())
        filter.append(anyOf(QStringLiteral("facilityNameNative"), query.facilities));
    if (!query.parameters.isEmpty())
        filter.append(anyOf(QStringLiteral("parameter"), query.parameters));
    const QJsonObject attributes{
        {QStringLiteral("range"), QJsonObject{{QStringLiteral("type"), QStringLiteral("absolute")},
                                              {QStringLiteral("startTime"), rfc3339(query.from)},
                                              {QStringLiteral("endTime"), rfc3339(query.to)}}},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("pageSize"), 5000},
    };
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("queryMetrics")},
                                                                   {QStringLiteral("attributes"), attributes}}}})
                                .toJson(QJsonDocument::Compact);
    fetchPmPage(apiUrl(QStringLiteral("/pm/api/v3/query/metrics?ts=rfc3339")), body, query.to.toMSecsSinceEpoch(),
                context, std::move(done), {});
}

void McpClient::fetchPmPage(const QUrl &url, const QByteArray &body, qint64 endMs, QObject *context,
                            Callback<PmResult> done, PmResult collected)
{
    Call call;
    call.method = "POST";
    call.url = url;
    call.body = body;
    call.contentType = "application/json";
    call.context = context;
    call.hasContext = context != nullptr;
    const qint64 pageStart = QUrlQuery(url).queryItemValue(QStringLiteral("start")).toLongLong();
    call.done = [this, body, endMs, pageStart, context, done = std::move(done),
                 collected = std::move(collected)](Result<QByteArray> reply) mutable {
        if (!reply) {
            done(reply.error());
            return;
        }
        auto page = McpParser::parsePm(*reply);
        if (!page) {
            done(page.error());
            return;
        }
        collected.samples.append(std::move(page->samples));
        // Every interval page repeats the series' thresholds: keep one of each.
        for (const PmThreshold &t : std::as_const(page->thresholds)) {
            if (!collected.thresholds.contains(t))
                collected.thresholds.append(t);
        }
        // nextInterval windows move forward; stop at the end of our window
        // (the server may offer intervals beyond it) or if one does not advance.
        const QUrl next = page->nextInterval.isEmpty() ? QUrl() : m_baseUrl.resolved(page->nextInterval);
        const qint64 nextStart = QUrlQuery(next).queryItemValue(QStringLiteral("start")).toLongLong();
        if (next.isEmpty() || nextStart >= endMs || nextStart <= pageStart) {
            done(std::move(collected));
            return;
        }
        fetchPmPage(next, body, endMs, context, std::move(done), std::move(collected));
    };
    send(std::move(call));
}

} // namespace OpsDeck::Mcp
