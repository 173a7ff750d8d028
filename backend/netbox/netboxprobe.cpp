// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxprobe.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace OpsDeck::NetBox {

Error describeProbeError(const Error &error, const QString &what)
{
    const int status = error.context.value(QStringLiteral("status")).toInt();
    const QString serverSays = error.context.value(QStringLiteral("body")).toMap().value(QStringLiteral("detail")).toString();
    QString sentence;
    switch (error.code) {
    case ErrorCode::Auth:
        sentence = serverSays.isEmpty() ? QStringLiteral("NetBox refused the token: %1").arg(error.detail)
                                        : QStringLiteral("NetBox refused the token: \"%1\"").arg(serverSays);
        break;
    case ErrorCode::Timeout:
        sentence = QStringLiteral("NetBox did not answer in time (%1)").arg(error.detail);
        break;
    case ErrorCode::Cancelled:
        return error;
    default:
        if (error.detail.contains(QLatin1String("TLS handshake failed")))
            sentence = QStringLiteral("the server's certificate is not trusted: give the CA file of a private "
                                      "certificate authority, or pin the certificate (%1)")
                           .arg(error.detail);
        else if (error.detail.contains(QLatin1String("not JSON")))
            sentence = QStringLiteral("this is not a NetBox server: %1 answered with something that is not JSON")
                           .arg(what);
        else if (status == 404)
            sentence = QStringLiteral("this server has no NetBox API at this address (404 for %1)").arg(what);
        else
            sentence = error.detail;
    }
    return Error(error.code, sentence, error.context);
}

NetBoxProbe::NetBoxProbe(NetBoxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void NetBoxProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_reply = m_client->fetchStatus();
    connect(m_reply, &NetBoxReply::finished, this, &NetBoxProbe::handleStatus);
}

void NetBoxProbe::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void NetBoxProbe::fail(const Error &error)
{
    m_running = false;
    emit finished(error);
}

void NetBoxProbe::handleStatus(const Result<Response> &response)
{
    if (!response) {
        fail(describeProbeError(response.error(), QStringLiteral("/api/status/")));
        return;
    }
    const QJsonObject body = response->json.object();
    auto version = NetBoxClient::versionFromStatus(*response);
    if (!version || !body.contains(QStringLiteral("netbox-version"))) {
        fail(Error(ErrorCode::InvalidInput,
                   QStringLiteral("%1 is not a NetBox server: its /api/status/ answer names no NetBox version")
                       .arg(m_client->settings().baseUrl.toDisplayString())));
        return;
    }
    if (!version->atLeast(oldestSupported().major, oldestSupported().minor)) {
        fail(Error(ErrorCode::Unsupported, QStringLiteral("NetBox %1 is older than %2, the oldest release OpsDeck "
                                                          "reads")
                                               .arg(body.value(QStringLiteral("netbox-version")).toString(),
                                                    oldestSupported().toString())));
        return;
    }
    m_result.version = *version;
    m_result.versionText = body.value(QStringLiteral("netbox-version")).toString();
    m_client->setVersion(*version);
    count(QStringLiteral("dcim/sites/"), &ProbeResult::sites, [this] {
        count(QStringLiteral("dcim/devices/"), &ProbeResult::devices, [this] {
            m_running = false;
            emit finished(m_result);
        });
    });
}

void NetBoxProbe::count(const QString &path, qint64 ProbeResult::*field, const std::function<void()> &next)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("brief"), QStringLiteral("1"));
    m_reply = m_client->get(path, query);
    connect(m_reply, &NetBoxReply::finished, this, [this, path, field, next](const Result<Response> &response) {
        if (!response) {
            fail(describeProbeError(response.error(), QStringLiteral("/api/") + path));
            return;
        }
        const QJsonValue total = response->json.object().value(QStringLiteral("count"));
        if (!total.isDouble()) {
            fail(Error(ErrorCode::InvalidInput,
                       QStringLiteral("the answer to /api/%1 is not a NetBox list (no count)").arg(path)));
            return;
        }
        m_result.*field = total.toInteger();
        next();
    });
}

} // namespace OpsDeck::NetBox
