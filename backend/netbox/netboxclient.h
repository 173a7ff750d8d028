// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include "backend/core/result.h"
#include "backend/net/restreply.h"
#include "backend/net/resttypes.h"
#include "backend/net/tlsoptions.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Net {
class RestClient;
class RestReply;
} // namespace OpsDeck::Net

namespace OpsDeck::NetBox {

/// A NetBox API version ("major.minor"); 0.0 when unknown.
struct ApiVersion
{
    int major = 0;
    int minor = 0;

    [[nodiscard]] bool isKnown() const { return major > 0; }
    [[nodiscard]] bool atLeast(int maj, int min) const { return major > maj || (major == maj && minor >= min); }
    [[nodiscard]] QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    /// "4.6", "4.6.8" or "v4.6.8-beta1"; unknown on anything else.
    [[nodiscard]] static ApiVersion parse(const QString &text);
    /// Path of the change log below /api/: core/ from 4.1, extras/ before.
    [[nodiscard]] QString objectChangesPath() const;
    /// Cursor paging (start=) exists from 4.6.
    [[nodiscard]] bool hasCursorPaging() const { return atLeast(4, 6); }
    /// ETag/If-Match concurrency control exists from 4.6.
    [[nodiscard]] bool hasETags() const { return atLeast(4, 6); }
};

/// How a NetBoxClient connects. The token is a vault Secret and never
/// appears in logs or errors.
struct ClientSettings
{
    QUrl baseUrl; ///< e.g. https://netbox.example.com (the /api/ prefix is added)
    Vault::Secret token;
    Workspace::NetboxTokenVersion tokenVersion = Workspace::NetboxTokenVersion::Auto;
    Net::TlsOptions tls;   ///< verification, extra CA file, pinned certificates
    int timeoutMs = 30000; ///< transfer timeout of one attempt
    int maxRetries = 5;    ///< further attempts after connection errors, 5xx and 429
    int retryBaseMs = 250; ///< first backoff; doubles per attempt, with jitter
    int retryMaxMs = 15000;

    /// Settings from a workspace's NetBox configuration and the token read
    /// from the vault (SecretStore::read(config.token.path, ...)).
    [[nodiscard]] static ClientSettings fromConfig(const Workspace::NetboxConfig &config, const Vault::Secret &token);
};

/// One answered request.
struct Response
{
    QByteArray method;
    QUrl url;
    int status = 0;
    QByteArray body;
    QJsonDocument json; ///< parsed body when the request expected JSON
    QByteArray etag;
    QString apiVersion; ///< the API-Version header
    int attempts = 1;
};

/// One request in flight: a Net::RestReply whose answer is read as NetBox's
/// (ETag, API-Version) and whose errors name method and URL. Emits
/// finished() exactly once (also on timeout, retry exhaustion and abort),
/// then deletes itself. Owned by the client.
class NetBoxReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxReply)

public:
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QByteArray method() const { return m_method; }
    /// Cancels; finished() follows with ErrorCode::Cancelled.
    void abort();

signals:
    void finished(const OpsDeck::Result<OpsDeck::NetBox::Response> &result);

private:
    friend class NetBoxClient;
    NetBoxReply(class NetBoxClient *client, Net::RestReply *reply);
    void handleFinished(const Result<Net::RestResponse> &result);

    QPointer<Net::RestReply> m_reply;
    QByteArray m_method;
    QUrl m_url;
    QString m_what; ///< "METHOD url" for errors, without secrets
    bool m_done = false;
};

/// Asynchronous NetBox REST client over Net::RestClient: token auth (Token
/// for v1, Bearer nbt_ for v2), TLS verification with an optional extra CA
/// file and certificate pinning, a transfer timeout per attempt, retries
/// with exponential backoff and jitter for connection errors, 5xx and 429
/// (honouring Retry-After), and errors that name method, URL, status and
/// cause (400/403/404/409/412 are not retried).
///
/// Lives on the thread that creates it (its RestClient owns the
/// QNetworkAccessManager).
class NetBoxClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxClient)

public:
    explicit NetBoxClient(ClientSettings settings, QObject *parent = nullptr);
    ~NetBoxClient() override;

    [[nodiscard]] const ClientSettings &settings() const { return m_settings; }
    /// The URL of an API path ("dcim/devices/") with a query.
    [[nodiscard]] QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;

    /// GET of an API path or of an absolute URL (a page's "next").
    NetBoxReply *get(const QString &path, const QUrlQuery &query = {});
    NetBoxReply *getUrl(const QUrl &url);
    /// POST/PATCH/PUT/DELETE with a JSON body; `ifMatch` sets If-Match.
    NetBoxReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QByteArray &ifMatch = {});
    /// A request the caller built (its url from apiUrl()), for what get()
    /// and send() do not cover: another Accept, a 500 that is not retried.
    /// The client adds authorization, TLS, the timeout and its retries.
    NetBoxReply *sendRequest(Net::RestRequest request);
    /// GET /api/status/; the reply's body names the version. The client
    /// also learns the version from every API-Version header it sees.
    NetBoxReply *fetchStatus();

    [[nodiscard]] ApiVersion version() const { return m_version; }
    void setVersion(ApiVersion version) { m_version = version; }
    /// The version named by a /api/status/ answer (netbox-version, else the header).
    [[nodiscard]] static Result<ApiVersion> versionFromStatus(const Response &response);

    /// Aborts every request in flight.
    void abortAll();
    [[nodiscard]] qint64 bytesReceived() const;
    [[nodiscard]] qint64 requestsSent() const;

signals:
    void versionChanged(OpsDeck::NetBox::ApiVersion version);

private:
    NetBoxReply *start(Net::RestRequest request);
    [[nodiscard]] QByteArray authorization() const;
    void noteApiVersion(const QString &header);

    ClientSettings m_settings;
    Net::RestClient *m_rest;
    ApiVersion m_version;
};

} // namespace OpsDeck::NetBox

Q_DECLARE_METATYPE(OpsDeck::NetBox::ApiVersion)
