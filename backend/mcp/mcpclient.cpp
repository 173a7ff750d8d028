// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include "backend/mcp/mcpparser.h"
#include "backend/net/restclient.h"
#include "backend/net/restpaging.h"
#include "backend/vault/secretstore.h"
#include "backend/workspace/workspaceconfig.h"

Q_LOGGING_CATEGORY(lcMcp, "opsdeck.mcp")

namespace OpsDeck::Mcp {

namespace {

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
    , m_rest(new Net::RestClient(this))
{
    m_rest->setLogCategory(&lcMcp);
    m_rest->setRetryPolicy(Net::RetryPolicy::quick());
    m_rest->setCauseReader(&McpParser::errorMessage);
}

// The RestClient child aborts what is in flight; its callbacks are gone
// with this object's connections, as before.
McpClient::~McpClient() = default;

void McpClient::setBaseUrl(const QUrl &url)
{
    m_rest->setBaseUrl(url);
    setToken({});
}

QUrl McpClient::baseUrl() const
{
    return m_rest->baseUrl();
}

void McpClient::setVerifyTls(bool verify)
{
    m_rest->setVerifyTls(verify);
}

bool McpClient::verifyTls() const
{
    return m_rest->tls().verify;
}

void McpClient::setTimeoutMs(int ms)
{
    m_rest->setTimeoutMs(ms);
}

qint64 McpClient::requestCount() const
{
    return m_rest->requestsSent();
}

void McpClient::setCredentials(const QString &username, const Vault::Secret &password)
{
    m_username = username;
    m_password = password;
    setToken({});
}

void McpClient::setToken(const QString &token)
{
    m_token = token;
    const QString header = QStringLiteral("Bearer ") + token;
    m_rest->setAuthorization(token.isEmpty() ? Vault::Secret() : Vault::Secret::fromString(header));
}

void McpClient::applyConfig(const Workspace::McpConfig &config, const Vault::Secret &password)
{
    setBaseUrl(QUrl(config.url));
    setVerifyTls(config.verifyTls);
    setTimeoutMs(config.timeoutMs);
    setCredentials(config.username, password);
}

void McpClient::configure(const Workspace::McpConfig &config, Vault::SecretStore &vault, QObject *context,
                          std::function<void(Status)> done)
{
    setBaseUrl(QUrl(config.url));
    setVerifyTls(config.verifyTls);
    setTimeoutMs(config.timeoutMs);
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
        setToken({});
        done(Status());
    });
}

QUrl McpClient::apiUrl(const QString &pathAndQuery) const
{
    return m_rest->resolve(pathAndQuery);
}

McpClient::Call McpClient::makeCall(const QByteArray &method, const QUrl &url, QObject *context) const
{
    Call call;
    call.request.method = method;
    call.request.url = url;
    call.context = context;
    call.hasContext = context != nullptr;
    return call;
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
    Call call = makeCall("POST", apiUrl(QStringLiteral("/tron/api/v1/tokens")), nullptr);
    call.request.authenticated = false;
    call.request.maxRetries = 0; // a failed login is not retried blindly
    if (m_jsonLogin) {
        call.request.contentType = "application/json";
        call.request.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), m_username},
                                                      {QStringLiteral("password"), m_password.revealString()}})
                                .toJson(QJsonDocument::Compact);
    } else {
        call.request.contentType = "application/x-www-form-urlencoded";
        call.request.body =
            formField("username", m_username.toUtf8()) + '&' + formField("password", m_password.revealBytes());
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
        setToken(*token);
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
    // The token travels in the path: the client's redaction hides it.
    Call call = makeCall("DELETE", apiUrl(QStringLiteral("/tron/api/v1/tokens/") + m_token), context);
    call.reauthenticated = true; // a 401 here means the token is gone already
    call.done = [this, done](Result<QByteArray> result) {
        setToken({});
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
    auto waiting = std::exchange(m_waiting, {});
    for (Call &call : waiting)
        finishCall(call, Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
    m_rest->abortAll();
}

void McpClient::send(Call call)
{
    if (call.request.authenticated && m_token.isEmpty()) {
        m_waiting.append(std::move(call));
        if (!m_loggingIn)
            startLogin();
        return;
    }
    dispatch(std::move(call));
}

void McpClient::dispatch(Call call)
{
    const Net::RestRequest request = call.request;
    m_rest->send(request, this, [this, call = std::move(call)](const Result<Net::RestResponse> &answer) mutable {
        handleAnswer(std::move(call), answer);
    });
}

void McpClient::handleAnswer(Call call, const Result<Net::RestResponse> &answer)
{
    if (answer) {
        finishCall(call, answer->body);
        return;
    }
    const Error &error = answer.error();
    const int status = error.context.value(QStringLiteral("status")).toInt();
    if (status != 401 || !call.request.authenticated) {
        finishCall(call, error);
        return;
    }
    if (call.reauthenticated) {
        finishCall(call, Error(ErrorCode::Auth,
                               QStringLiteral("MCP refused the token after a new login: %1").arg(error.detail),
                               error.context));
        return;
    }
    qCInfo(lcMcp) << "token rejected; logging in again";
    call.reauthenticated = true;
    setToken({});
    send(std::move(call));
}

void McpClient::finishCall(Call &call, Result<QByteArray> result)
{
    if (call.hasContext && !call.context)
        return;
    call.done(std::move(result));
}

template<typename T>
void McpClient::fetchAll(const QUrl &first, Result<Page<T>> (*parse)(const QByteArray &), QObject *context,
                         Callback<QList<T>> done)
{
    using Pages = Net::PageCollector<QList<T>, QUrl>;
    const auto fetch = [this, context](const QUrl &url, typename Pages::Reply reply) {
        Call call = makeCall("GET", url, context);
        call.done = std::move(reply);
        send(std::move(call));
    };
    const auto step = [this, parse](const QUrl &, const QByteArray &body,
                                    QList<T> &collected) -> Result<std::optional<QUrl>> {
        auto page = parse(body);
        if (!page) {
            Error e = page.error();
            e.context.insert(QStringLiteral("offset"), collected.size());
            return e;
        }
        const bool empty = page->items.isEmpty();
        collected.append(std::move(page->items));
        if (page->next.isEmpty() || (empty && page->total >= 0 && collected.size() >= page->total))
            return std::optional<QUrl>();
        return std::optional<QUrl>(m_rest->baseUrl().resolved(page->next));
    };
    Pages::run(first, fetch, step, std::move(done));
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
    Call call = makeCall(
        "GET", apiUrl(QStringLiteral("/nsi/api/v7/networkConstructs?networkConstructType=networkElement&offset=0&limit=1")),
        context);
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
    collectPm(apiUrl(QStringLiteral("/pm/api/v3/query/metrics?ts=rfc3339")), body, query.to.toMSecsSinceEpoch(),
              context, std::move(done));
}

void McpClient::collectPm(const QUrl &first, const QByteArray &body, qint64 endMs, QObject *context,
                          Callback<PmResult> done)
{
    using Pages = Net::PageCollector<PmResult, QUrl>;
    const auto fetch = [this, body, context](const QUrl &url, Pages::Reply reply) {
        Call call = makeCall("POST", url, context);
        call.request.body = body;
        call.request.contentType = "application/json";
        call.done = std::move(reply);
        send(std::move(call));
    };
    const auto step = [this, endMs](const QUrl &url, const QByteArray &reply,
                                    PmResult &collected) -> Result<std::optional<QUrl>> {
        auto page = McpParser::parsePm(reply);
        if (!page)
            return page.error();
        collected.samples.append(std::move(page->samples));
        // Every interval page repeats the series' thresholds: keep one of each.
        for (const PmThreshold &t : std::as_const(page->thresholds)) {
            if (!collected.thresholds.contains(t))
                collected.thresholds.append(t);
        }
        // nextInterval windows move forward; stop at the end of our window
        // (the server may offer intervals beyond it) or if one does not advance.
        const qint64 pageStart = QUrlQuery(url).queryItemValue(QStringLiteral("start")).toLongLong();
        const QUrl next = page->nextInterval.isEmpty() ? QUrl() : m_rest->baseUrl().resolved(page->nextInterval);
        const qint64 nextStart = QUrlQuery(next).queryItemValue(QStringLiteral("start")).toLongLong();
        if (next.isEmpty() || nextStart >= endMs || nextStart <= pageStart)
            return std::optional<QUrl>();
        return std::optional<QUrl>(next);
    };
    Pages::run(first, fetch, step, std::move(done));
}

} // namespace OpsDeck::Mcp
