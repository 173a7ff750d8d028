// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include "backend/core/result.h"
#include "backend/netbox/netboxclient.h"

namespace OpsDeck::NetBox {

/// A device's configuration as NetBox renders it from its config template
/// (POST /api/dcim/devices/{id}/render-config/).
struct RenderedConfig
{
    qint64 deviceId = 0;
    QString content;       ///< the rendered text, as NetBox returned it
    qint64 templateId = 0; ///< the config template NetBox chose (device, else role, else platform)
    QString templateName;
};

/// Why NetBox rendered no configuration. Carried in Error::context under
/// "renderConfigFailure"; read it with renderConfigFailure().
enum class RenderConfigFailure {
    Transport,            ///< network, TLS, timeout, refused token, other HTTP errors (Error::code says which)
    NotSupported,         ///< the release has no render-config: it came in NetBox 3.5 (ErrorCode::Unsupported)
    NoConfigTemplate,     ///< neither the device, its role nor its platform has a config template (400, NotFound)
    TokenNotWriteEnabled, ///< render-config is a POST: a read-only token gets 403 (ErrorCode::Auth)
    RenderFailed,         ///< the template did not render: 500 with NetBox's detail (ErrorCode::InvalidInput)
    DeviceNotFound,       ///< no device with that id (404 JSON, ErrorCode::NotFound)
    Cancelled,            ///< aborted (ErrorCode::Cancelled)
};

/// The failure an Error of a render-config request stands for (Transport
/// for errors that do not carry one).
[[nodiscard]] RenderConfigFailure renderConfigFailure(const Error &error);

/// The first NetBox release with render-config.
[[nodiscard]] constexpr ApiVersion renderConfigSince()
{
    return ApiVersion{3, 5};
}

/// One render-config request in flight. Asks for JSON (the template and the
/// content), does not retry a 500 (a template error comes back the same),
/// and turns NetBox's answers into a RenderedConfig or one typed error. When
/// the client already knows its NetBox is older than 3.5, no request is sent.
/// Emits finished() exactly once (also on abort), then deletes itself.
/// Lives on the client's thread; owned by the client.
class RenderConfigReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderConfigReply)

public:
    /// Starts rendering device @p deviceId (a NetBox id). @p context is
    /// merged by NetBox into the template's context (empty: none).
    [[nodiscard]] static RenderConfigReply *start(NetBoxClient *client, qint64 deviceId,
                                                  const QJsonObject &context = {});

    [[nodiscard]] qint64 deviceId() const { return m_deviceId; }
    /// Cancels; finished() follows with RenderConfigFailure::Cancelled.
    void abort();

signals:
    void finished(const OpsDeck::Result<OpsDeck::NetBox::RenderedConfig> &result);

private:
    RenderConfigReply(NetBoxClient *client, qint64 deviceId);
    void handleFinished(const Result<Response> &response);
    void finish(const Result<RenderedConfig> &result);
    [[nodiscard]] Error failure(RenderConfigFailure kind, ErrorCode code, const QString &sentence,
                                const Error &cause) const;
    [[nodiscard]] Error describe(const Error &error) const;

    NetBoxClient *m_client;
    QPointer<NetBoxReply> m_reply;
    qint64 m_deviceId = 0;
    bool m_done = false;
};

} // namespace OpsDeck::NetBox
