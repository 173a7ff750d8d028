// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/renderconfigreply.h"

#include <QJsonDocument>
#include <QTimer>

#include "backend/net/resttypes.h"

namespace OpsDeck::NetBox {

namespace {

const QString kFailureKey = QStringLiteral("renderConfigFailure");

// What NetBox's own JSON answer says, under "detail" or "error".
QString serverSays(const Error &error, const char *key)
{
    return error.context.value(QStringLiteral("body")).toMap().value(QLatin1String(key)).toString();
}

bool isHtmlAnswer(const Error &error)
{
    return error.context.value(QStringLiteral("contentType")).toString().startsWith(QLatin1String("text/html")) ||
           !error.context.contains(QStringLiteral("body"));
}

} // namespace

RenderConfigFailure renderConfigFailure(const Error &error)
{
    bool ok = false;
    const int value = error.context.value(kFailureKey).toInt(&ok);
    if (!ok)
        return error.code == ErrorCode::Cancelled ? RenderConfigFailure::Cancelled : RenderConfigFailure::Transport;
    return RenderConfigFailure(value);
}

RenderConfigReply::RenderConfigReply(NetBoxClient *client, qint64 deviceId)
    : QObject(client)
    , m_client(client)
    , m_deviceId(deviceId)
{}

RenderConfigReply *RenderConfigReply::start(NetBoxClient *client, qint64 deviceId, const QJsonObject &context)
{
    auto *self = new RenderConfigReply(client, deviceId);
    const ApiVersion version = client->version();
    if (version.isKnown() && !version.atLeast(renderConfigSince().major, renderConfigSince().minor)) {
        // Known from an earlier answer: no request, but still a queued
        // answer, so that the caller can connect first.
        const Error error(ErrorCode::Unsupported,
                          QStringLiteral("NetBox %1 cannot render device configurations: render-config needs "
                                         "NetBox %2 or newer")
                              .arg(version.toString(), renderConfigSince().toString()));
        QTimer::singleShot(0, self, [self, error] {
            self->finish(self->failure(RenderConfigFailure::NotSupported, ErrorCode::Unsupported, error.detail, error));
        });
        return self;
    }
    Net::RestRequest request;
    request.method = "POST";
    request.url = client->apiUrl(QStringLiteral("dcim/devices/%1/render-config/").arg(deviceId));
    request.body = QJsonDocument(context).toJson(QJsonDocument::Compact);
    request.expectJson = true;
    // A template error is no passing fault: NetBox would answer the same.
    request.retryStatus500 = false;
    self->m_reply = client->sendRequest(std::move(request));
    connect(self->m_reply, &NetBoxReply::finished, self, &RenderConfigReply::handleFinished);
    return self;
}

void RenderConfigReply::abort()
{
    if (m_reply) {
        m_reply->abort(); // handleFinished() reports the cancel
        return;
    }
    QTimer::singleShot(0, this, [this] {
        finish(failure(RenderConfigFailure::Cancelled, ErrorCode::Cancelled, QStringLiteral("cancelled"), Error()));
    });
}

void RenderConfigReply::finish(const Result<RenderedConfig> &result)
{
    if (m_done)
        return;
    m_done = true;
    deleteLater();
    emit finished(result);
}

Error RenderConfigReply::failure(RenderConfigFailure kind, ErrorCode code, const QString &sentence,
                                 const Error &cause) const
{
    QVariantMap context = cause.context;
    context.insert(kFailureKey, int(kind));
    context.insert(QStringLiteral("deviceId"), m_deviceId);
    if (!cause.detail.isEmpty() && cause.detail != sentence)
        context.insert(QStringLiteral("cause"), cause.detail);
    return Error(code, sentence, context);
}

void RenderConfigReply::handleFinished(const Result<Response> &response)
{
    if (!response) {
        finish(describe(response.error()));
        return;
    }
    const QJsonObject body = response->json.object();
    const QJsonValue content = body.value(QStringLiteral("content"));
    if (!content.isString()) {
        const Error cause(ErrorCode::InvalidInput, response->url.toDisplayString());
        finish(failure(RenderConfigFailure::Transport, ErrorCode::InvalidInput,
                       QStringLiteral("POST %1: HTTP %2 without rendered content: not a render-config answer")
                           .arg(response->url.toDisplayString())
                           .arg(response->status),
                       cause));
        return;
    }
    RenderedConfig config;
    config.deviceId = m_deviceId;
    config.content = content.toString();
    const QJsonObject configTemplate = body.value(QStringLiteral("configtemplate")).toObject();
    config.templateId = configTemplate.value(QStringLiteral("id")).toInteger();
    config.templateName = configTemplate.value(QStringLiteral("name")).toString();
    finish(config);
}

Error RenderConfigReply::describe(const Error &error) const
{
    const int status = error.context.value(QStringLiteral("status")).toInt();
    const ApiVersion version = m_client->version();
    if (error.code == ErrorCode::Cancelled)
        return failure(RenderConfigFailure::Cancelled, ErrorCode::Cancelled, error.detail, error);
    if (status == 404 && isHtmlAnswer(error)) {
        // A release without the route answers with its HTML "Page Not
        // Found" page; it names its version in API-Version all the same.
        if (version.isKnown() && version.atLeast(renderConfigSince().major, renderConfigSince().minor))
            return error;
        const QString release =
            version.isKnown() ? QStringLiteral("NetBox %1").arg(version.toString()) : QStringLiteral("This NetBox");
        return failure(RenderConfigFailure::NotSupported, ErrorCode::Unsupported,
                       QStringLiteral("%1 cannot render device configurations: render-config needs NetBox %2 or "
                                      "newer (the server answered 404 with its page-not-found page)")
                           .arg(release, renderConfigSince().toString()),
                       error);
    }
    if (status == 404)
        return failure(
            RenderConfigFailure::DeviceNotFound, ErrorCode::NotFound,
            QStringLiteral("NetBox has no device with id %1 (\"%2\")").arg(m_deviceId).arg(serverSays(error, "detail")),
            error);
    if (status == 400 && !serverSays(error, "error").isEmpty())
        return failure(RenderConfigFailure::NoConfigTemplate, ErrorCode::NotFound,
                       QStringLiteral("NetBox has no config template for device %1: assign one to the device, its "
                                      "role or its platform (NetBox said: \"%2\")")
                           .arg(m_deviceId)
                           .arg(serverSays(error, "error")),
                       error);
    if (status == 403 && serverSays(error, "detail").startsWith(QLatin1String("You do not have permission")))
        return failure(RenderConfigFailure::TokenNotWriteEnabled, ErrorCode::Auth,
                       QStringLiteral("NetBox refused to render the configuration of device %1: render-config is a "
                                      "POST request and needs a write-enabled API token (NetBox said: \"%2\")")
                           .arg(m_deviceId)
                           .arg(serverSays(error, "detail")),
                       error);
    if (status == 500 && error.context.contains(QStringLiteral("body"))) {
        // render_configtemplate() answers {"detail": ...}; an exception
        // outside it NetBox's generic {"error", "exception", ...}.
        QString said = serverSays(error, "detail");
        if (said.isEmpty())
            said = QStringLiteral("%1: %2").arg(serverSays(error, "exception"), serverSays(error, "error"));
        return failure(
            RenderConfigFailure::RenderFailed, ErrorCode::InvalidInput,
            QStringLiteral("NetBox could not render the config template of device %1: %2").arg(m_deviceId).arg(said),
            error);
    }
    return failure(RenderConfigFailure::Transport, error.code, error.detail, error);
}

} // namespace OpsDeck::NetBox
