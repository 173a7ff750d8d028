// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/prtg/prtgclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include "backend/prtg/prtgparser.h"
#include "backend/vault/secretstore.h"
#include "backend/workspace/workspaceconfig.h"

Q_LOGGING_CATEGORY(lcPrtg, "opsdeck.prtg")

namespace OpsDeck::Prtg {

namespace {

constexpr int kMaxRetries = 2;
constexpr int kRetryDelayMs = 100;

QString prtgDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss"));
}

} // namespace

PrtgClient::PrtgClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

PrtgClient::~PrtgClient()
{
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void PrtgClient::setPasshash(const QString &username, const Vault::Secret &passhash)
{
    m_username = username;
    m_passhash = passhash;
    m_apiToken = {};
}

void PrtgClient::setApiToken(const Vault::Secret &token)
{
    m_apiToken = token;
    m_passhash = {};
}

void PrtgClient::applyConfig(const Workspace::PrtgConfig &config, const Vault::Secret &secret)
{
    m_baseUrl = QUrl(config.url);
    m_verifyTls = config.verifyTls;
    m_timeoutMs = config.timeoutMs;
    if (config.apiToken.isSet())
        setApiToken(secret);
    else
        setPasshash(config.username, secret);
}

void PrtgClient::configure(const Workspace::PrtgConfig &config, Vault::SecretStore &vault, QObject *context,
                           std::function<void(Status)> done)
{
    m_baseUrl = QUrl(config.url);
    m_verifyTls = config.verifyTls;
    m_timeoutMs = config.timeoutMs;
    m_username = config.username;
    const bool token = config.apiToken.isSet();
    const QString key = token ? config.apiToken.path : config.passhash.path;
    if (key.isEmpty()) {
        done(Error(ErrorCode::InvalidInput, QStringLiteral("PRTG needs a passhash or an API token in the vault")));
        return;
    }
    QPointer<QObject> guard(context);
    vault.read(key, this, [this, guard, token, done](Result<Vault::Secret> secret) {
        if (!guard)
            return;
        if (!secret) {
            done(secret.error());
            return;
        }
        if (token)
            setApiToken(*secret);
        else
            setPasshash(m_username, *secret);
        done(Status());
    });
}

void PrtgClient::get(const QString &path, QUrlQuery query, QObject *context, Callback<QByteArray> done)
{
    // Stateless auth: credentials on every request.
    if (!m_apiToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("apitoken"), m_apiToken.revealString());
    } else {
        query.addQueryItem(QStringLiteral("username"), m_username);
        query.addQueryItem(QStringLiteral("passhash"), m_passhash.revealString());
    }
    Call call;
    call.url = m_baseUrl.resolved(QUrl(path));
    call.url.setQuery(query);
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = std::move(done);
    dispatch(std::move(call));
}

void PrtgClient::dispatch(Call call)
{
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_timeoutMs);
    // PRTG redirects failures to error.htm / login.htm: report, do not follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_verifyTls && call.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    ++m_requestCount;
    QNetworkReply *reply = m_network->get(request);
    m_inFlight.insert(reply, true);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call)]() mutable { handleFinished(reply, std::move(call)); });
}

void PrtgClient::handleFinished(QNetworkReply *reply, Call call)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (call.hasContext && !call.context)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    // Never log or report the query: it carries the credentials.
    QVariantMap context{{QStringLiteral("url"), call.url.toString(QUrl::RemoveQuery)}};
    if (const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString(); !type.isEmpty())
        context.insert(QStringLiteral("contentType"), type);
    // An untrusted certificate stays untrusted: named, not retried.
    const bool tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError;
    if (reply->error() == QNetworkReply::OperationCanceledError && status == 0) {
        call.done(m_cancelling ? Error(ErrorCode::Cancelled, QStringLiteral("cancelled"), context)
                               : Error(ErrorCode::Timeout, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs),
                                       context));
        return;
    }
    const bool transient = status >= 500 || (status == 0 && reply->error() != QNetworkReply::NoError && !tlsFailed);
    if (transient && call.attempt < kMaxRetries) {
        ++call.attempt;
        QTimer::singleShot(kRetryDelayMs * call.attempt, this,
                           [this, call = std::move(call)]() mutable { dispatch(std::move(call)); });
        return;
    }
    // PRTG reports some failures as a redirect to its error or login page.
    const QUrl redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status >= 300 && status < 400 && !redirect.isEmpty()) {
        const QString message = QUrlQuery(redirect).queryItemValue(QStringLiteral("errormsg"), QUrl::FullyDecoded);
        const bool login = redirect.path().contains(QLatin1String("login"));
        call.done(Error(login ? ErrorCode::Auth : ErrorCode::InvalidInput,
                        QStringLiteral("PRTG redirected to %1: %2").arg(redirect.path(), message), context));
        return;
    }
    if (status >= 200 && status < 300) {
        call.done(body);
        return;
    }
    if (status == 0) {
        call.done(Error(ErrorCode::Network,
                        tlsFailed ? QStringLiteral("TLS handshake failed: ") + reply->errorString() : reply->errorString(),
                        context));
        return;
    }
    QVariantMap ctx = context;
    ctx.insert(QStringLiteral("status"), status);
    const ErrorCode code = (status == 401 || status == 403) ? ErrorCode::Auth
                           : status == 400                  ? ErrorCode::InvalidInput
                           : status == 404                  ? ErrorCode::NotFound
                                                            : ErrorCode::Network;
    call.done(Error(code, QStringLiteral("HTTP %1: %2").arg(status).arg(PrtgParser::errorMessage(body)), ctx));
}

template<typename T>
void PrtgClient::fetchTable(const QString &content, const QString &columns, qint64 parentId,
                            Result<TablePage<T>> (*parse)(const QByteArray &), QObject *context,
                            Callback<QList<T>> done, QList<T> collected)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("content"), content);
    query.addQueryItem(QStringLiteral("columns"), columns);
    query.addQueryItem(QStringLiteral("count"), QString::number(m_pageSize));
    query.addQueryItem(QStringLiteral("start"), QString::number(collected.size()));
    query.addQueryItem(QStringLiteral("sortby"), QStringLiteral("objid"));
    if (parentId > 0)
        query.addQueryItem(QStringLiteral("id"), QString::number(parentId));
    get(QStringLiteral("/api/table.json"), query, context,
        [this, content, columns, parentId, parse, context, done = std::move(done),
         collected = std::move(collected)](Result<QByteArray> body) mutable {
            if (!body) {
                done(body.error());
                return;
            }
            auto page = parse(*body);
            if (!page) {
                Error e = page.error();
                e.context.insert(QStringLiteral("start"), collected.size());
                done(e);
                return;
            }
            const bool empty = page->items.isEmpty();
            collected.append(std::move(page->items));
            if (empty || collected.size() >= page->treeSize) {
                done(std::move(collected));
                return;
            }
            fetchTable<T>(content, columns, parentId, parse, context, std::move(done), std::move(collected));
        });
}

void PrtgClient::fetchTableCount(const QString &content, QObject *context, Callback<TableCount> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("content"), content);
    query.addQueryItem(QStringLiteral("columns"), QStringLiteral("objid"));
    query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    get(QStringLiteral("/api/table.json"), query, context, [done = std::move(done)](Result<QByteArray> body) {
        if (!body)
            done(body.error());
        else
            done(PrtgParser::parseTableCount(*body));
    });
}

void PrtgClient::fetchGroups(QObject *context, Callback<QList<Group>> done)
{
    fetchTable<Group>(QStringLiteral("groups"), QStringLiteral("objid,name,probe,parentid,status"), 0,
                      &PrtgParser::parseGroups, context, std::move(done));
}

void PrtgClient::fetchDevices(QObject *context, Callback<QList<Device>> done)
{
    fetchTable<Device>(QStringLiteral("devices"), QStringLiteral("objid,device,host,group,probe,parentid,status"), 0,
                       &PrtgParser::parseDevices, context, std::move(done));
}

void PrtgClient::fetchSensors(qint64 parentId, QObject *context, Callback<QList<Sensor>> done)
{
    fetchTable<Sensor>(QStringLiteral("sensors"),
                       QStringLiteral("objid,sensor,type,device,group,probe,parentid,status,message,interval,tags"),
                       parentId, &PrtgParser::parseSensors, context, std::move(done));
}

void PrtgClient::fetchHistory(qint64 sensorId, const QDateTime &from, const QDateTime &to, int avgSeconds,
                              QObject *context, Callback<QList<HistoryRow>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::number(sensorId));
    query.addQueryItem(QStringLiteral("sdate"), prtgDate(from));
    query.addQueryItem(QStringLiteral("edate"), prtgDate(to));
    query.addQueryItem(QStringLiteral("avg"), QString::number(avgSeconds));
    query.addQueryItem(QStringLiteral("usecaption"), QStringLiteral("1"));
    get(QStringLiteral("/api/historicdata.json"), query, context, [done = std::move(done)](Result<QByteArray> body) {
        if (!body)
            done(body.error());
        else
            done(PrtgParser::parseHistory(*body));
    });
}

void PrtgClient::fetchSensorDetails(qint64 sensorId, QObject *context, Callback<SensorDetails> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::number(sensorId));
    get(QStringLiteral("/api/getsensordetails.json"), query, context,
        [done = std::move(done)](Result<QByteArray> body) {
            if (!body)
                done(body.error());
            else
                done(PrtgParser::parseSensorDetails(*body));
        });
}

void PrtgClient::fetchObjectProperty(qint64 objectId, const QString &property, QObject *context,
                                     Callback<QString> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::number(objectId));
    query.addQueryItem(QStringLiteral("name"), property);
    query.addQueryItem(QStringLiteral("show"), QStringLiteral("nohtmlencode"));
    get(QStringLiteral("/api/getobjectproperty.htm"), query, context,
        [done = std::move(done)](Result<QByteArray> body) {
            if (!body)
                done(body.error());
            else
                done(PrtgParser::parseObjectProperty(*body));
        });
}

void PrtgClient::cancel()
{
    m_cancelling = true;
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_cancelling = false;
}

} // namespace OpsDeck::Prtg
