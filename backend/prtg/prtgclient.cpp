// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/prtg/prtgclient.h"

#include <QLoggingCategory>
#include <QPointer>

#include "backend/net/restclient.h"
#include "backend/net/restpaging.h"
#include "backend/prtg/prtgparser.h"
#include "backend/vault/secretstore.h"
#include "backend/workspace/workspaceconfig.h"

Q_LOGGING_CATEGORY(lcPrtg, "opsdeck.prtg")

namespace OpsDeck::Prtg {

namespace {

QString prtgDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss"));
}

} // namespace

PrtgClient::PrtgClient(QObject *parent)
    : QObject(parent)
    , m_rest(new Net::RestClient(this))
{
    m_rest->setLogCategory(&lcPrtg);
    m_rest->setRetryPolicy(Net::RetryPolicy::quick());
    m_rest->setCauseReader(&PrtgParser::errorMessage);
}

// The RestClient child aborts what is in flight; its callbacks are gone
// with this object's connections, as before.
PrtgClient::~PrtgClient() = default;

void PrtgClient::setBaseUrl(const QUrl &url)
{
    m_rest->setBaseUrl(url);
}

QUrl PrtgClient::baseUrl() const
{
    return m_rest->baseUrl();
}

void PrtgClient::setVerifyTls(bool verify)
{
    m_rest->setVerifyTls(verify);
}

void PrtgClient::setTimeoutMs(int ms)
{
    m_rest->setTimeoutMs(ms);
}

qint64 PrtgClient::requestCount() const
{
    return m_rest->requestsSent();
}

void PrtgClient::setPasshash(const QString &username, const Vault::Secret &passhash)
{
    m_username = username;
    m_passhash = passhash;
    m_apiToken = {};
    m_rest->redaction().add(passhash.revealBytes());
}

void PrtgClient::setApiToken(const Vault::Secret &token)
{
    m_apiToken = token;
    m_passhash = {};
    m_rest->redaction().add(token.revealBytes());
}

void PrtgClient::applyConfig(const Workspace::PrtgConfig &config, const Vault::Secret &secret)
{
    setBaseUrl(QUrl(config.url));
    setVerifyTls(config.verifyTls);
    setTimeoutMs(config.timeoutMs);
    if (config.apiToken.isSet())
        setApiToken(secret);
    else
        setPasshash(config.username, secret);
}

void PrtgClient::configure(const Workspace::PrtgConfig &config, Vault::SecretStore &vault, QObject *context,
                           std::function<void(Status)> done)
{
    setBaseUrl(QUrl(config.url));
    setVerifyTls(config.verifyTls);
    setTimeoutMs(config.timeoutMs);
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
    // Stateless auth: credentials on every request (the client's redaction
    // keeps them out of logs and errors).
    if (!m_apiToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("apitoken"), m_apiToken.revealString());
    } else {
        query.addQueryItem(QStringLiteral("username"), m_username);
        query.addQueryItem(QStringLiteral("passhash"), m_passhash.revealString());
    }
    Net::RestRequest request;
    request.url = m_rest->resolve(path);
    request.url.setQuery(query);
    request.accept.clear();
    // PRTG redirects failures to error.htm / login.htm: report, do not follow.
    request.followRedirects = false;
    m_rest->send(std::move(request), context, [this, done = std::move(done)](const Result<Net::RestResponse> &answer) {
        done(readAnswer(answer));
    });
}

Result<QByteArray> PrtgClient::readAnswer(const Result<Net::RestResponse> &answer) const
{
    if (!answer)
        return answer.error();
    // PRTG reports some failures as a redirect to its error or login page.
    const QUrl redirect = answer->redirectTarget;
    if (answer->status >= 300 && answer->status < 400 && !redirect.isEmpty()) {
        const QString message = QUrlQuery(redirect).queryItemValue(QStringLiteral("errormsg"), QUrl::FullyDecoded);
        const bool login = redirect.path().contains(QLatin1String("login"));
        return Error(login ? ErrorCode::Auth : ErrorCode::InvalidInput,
                     QStringLiteral("PRTG redirected to %1: %2").arg(redirect.path(), m_rest->redaction().text(message)),
                     {{QStringLiteral("url"), m_rest->redaction().url(answer->url)},
                      {QStringLiteral("status"), answer->status}});
    }
    if (answer->status >= 300 && answer->status < 400) {
        return Error(ErrorCode::Network, QStringLiteral("HTTP %1 without a redirect target").arg(answer->status),
                     {{QStringLiteral("url"), m_rest->redaction().url(answer->url)},
                      {QStringLiteral("status"), answer->status}});
    }
    return answer->body;
}

template<typename T>
void PrtgClient::fetchTable(const QString &content, const QString &columns, qint64 parentId,
                            Result<TablePage<T>> (*parse)(const QByteArray &), QObject *context,
                            Callback<QList<T>> done)
{
    using Pages = Net::PageCollector<QList<T>, qsizetype>;
    const auto fetch = [this, content, columns, parentId, context](qsizetype start, typename Pages::Reply reply) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("content"), content);
        query.addQueryItem(QStringLiteral("columns"), columns);
        query.addQueryItem(QStringLiteral("count"), QString::number(m_pageSize));
        query.addQueryItem(QStringLiteral("start"), QString::number(start));
        query.addQueryItem(QStringLiteral("sortby"), QStringLiteral("objid"));
        if (parentId > 0)
            query.addQueryItem(QStringLiteral("id"), QString::number(parentId));
        get(QStringLiteral("/api/table.json"), query, context, std::move(reply));
    };
    const auto step = [parse](qsizetype start, const QByteArray &body,
                              QList<T> &collected) -> Result<std::optional<qsizetype>> {
        auto page = parse(body);
        if (!page) {
            Error e = page.error();
            e.context.insert(QStringLiteral("start"), start);
            return e;
        }
        const bool empty = page->items.isEmpty();
        collected.append(std::move(page->items));
        if (empty || collected.size() >= page->treeSize)
            return std::optional<qsizetype>();
        return std::optional<qsizetype>(collected.size());
    };
    Pages::run(0, fetch, step, std::move(done));
}

template<typename T>
void PrtgClient::fetchOne(const QString &path, const QUrlQuery &query, Result<T> (*parse)(const QByteArray &),
                          QObject *context, Callback<T> done)
{
    get(path, query, context, [parse, done = std::move(done)](Result<QByteArray> body) {
        if (!body)
            done(body.error());
        else
            done(parse(*body));
    });
}

void PrtgClient::fetchTableCount(const QString &content, QObject *context, Callback<TableCount> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("content"), content);
    query.addQueryItem(QStringLiteral("columns"), QStringLiteral("objid"));
    query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    fetchOne<TableCount>(QStringLiteral("/api/table.json"), query, &PrtgParser::parseTableCount, context,
                         std::move(done));
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
    fetchOne<QList<HistoryRow>>(QStringLiteral("/api/historicdata.json"), query, &PrtgParser::parseHistory, context,
                                std::move(done));
}

void PrtgClient::fetchSensorDetails(qint64 sensorId, QObject *context, Callback<SensorDetails> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::number(sensorId));
    fetchOne<SensorDetails>(QStringLiteral("/api/getsensordetails.json"), query, &PrtgParser::parseSensorDetails,
                            context, std::move(done));
}

void PrtgClient::fetchObjectProperty(qint64 objectId, const QString &property, QObject *context,
                                     Callback<QString> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::number(objectId));
    query.addQueryItem(QStringLiteral("name"), property);
    query.addQueryItem(QStringLiteral("show"), QStringLiteral("nohtmlencode"));
    fetchOne<QString>(QStringLiteral("/api/getobjectproperty.htm"), query, &PrtgParser::parseObjectProperty, context,
                      std::move(done));
}

void PrtgClient::cancel()
{
    m_rest->abortAll();
}

} // namespace OpsDeck::Prtg
