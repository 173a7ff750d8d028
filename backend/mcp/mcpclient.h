// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "backend/core/result.h"
#include "backend/mcp/mcptypes.h"
#include "backend/net/resttypes.h"
#include "backend/vault/secret.h"

namespace OpsDeck::Net {
class RestClient;
}

namespace OpsDeck::Vault {
class SecretStore;
}
namespace OpsDeck::Workspace {
struct McpConfig;
}

namespace OpsDeck::Mcp {

/// Which NSA alarm API to read.
enum class AlarmApi { V1, V2 };

/// A PM v3 query: one network element's facilities over a time window.
struct PmQuery
{
    QString networkElementName;
    QStringList facilities; ///< facilityNameNative values; empty: every facility
    QStringList parameters = {QStringLiteral("RX_OPTICAL_POWER"), QStringLiteral("TX_OPTICAL_POWER")};
    QString granularity = QStringLiteral("15_MINUTE"); ///< or 1_HOUR
    QDateTime from;                                    ///< UTC, inclusive
    QDateTime to;                                      ///< UTC, exclusive
};

/// Asynchronous client of a Ciena MCP server (tron auth, NSI inventory, NSA
/// alarms, PM v3) over Net::RestClient. Logs in on first use (POST /tron/api/v1/tokens), sends
/// the bearer token, logs in again once when a request gets 401 and retries
/// it, retries 5xx, 429 (after Retry-After) and dropped connections twice
/// (a timeout is not retried), follows JSON:API
/// `links.next` (relative or absolute) and PM `links.nextInterval`, and
/// deletes its token on logout(). Every call ends in exactly one callback
/// (on the client's thread, guarded by `context`), also on timeout and
/// cancel(). TLS peers are verified unless setVerifyTls(false); a failed
/// TLS handshake is reported as such ("TLS handshake failed: ...") and not
/// retried. Errors of HTTP answers carry "status" and "contentType".
///
/// Lives on the thread that creates it (its RestClient owns the
/// QNetworkAccessManager).
class McpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit McpClient(QObject *parent = nullptr);
    ~McpClient() override;

    void setBaseUrl(const QUrl &url);
    [[nodiscard]] QUrl baseUrl() const;
    void setCredentials(const QString &username, const Vault::Secret &password);
    void setVerifyTls(bool verify);
    [[nodiscard]] bool verifyTls() const;
    /// Per-request transfer timeout.
    void setTimeoutMs(int ms);
    /// `limit` for NSI lists (default 200).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    /// Login body encoding: form (the documented one, default) or JSON.
    void setJsonLogin(bool json) { m_jsonLogin = json; }

    /// Takes URL, user, TLS and timeout from the workspace config, with
    /// @p password read already.
    void applyConfig(const Workspace::McpConfig &config, const Vault::Secret &password);
    /// Takes URL, user, TLS and timeout from the workspace config and reads
    /// the password from the vault; `done` tells whether it could.
    void configure(const Workspace::McpConfig &config, Vault::SecretStore &vault, QObject *context,
                   std::function<void(Status)> done);

    [[nodiscard]] bool isLoggedIn() const { return !m_token.isEmpty(); }
    /// Logs in now (requests also log in on demand).
    void login(QObject *context, std::function<void(Status)> done);
    /// DELETEs the token; succeeds at once when not logged in.
    void logout(QObject *context, std::function<void(Status)> done);
    /// Aborts every request in flight; their callbacks get Cancelled.
    void cancel();

    void fetchNetworkElements(QObject *context, Callback<QList<NetworkElement>> done);
    /// How many network elements the server has (meta.total of a one-item page).
    void countNetworkElements(QObject *context, Callback<qint64> done);
    void fetchEquipment(QObject *context, Callback<QList<Equipment>> done);
    void fetchTpes(QObject *context, Callback<QList<Tpe>> done);
    /// FREs with their end-point TPEs; `layerRate` empty: every layer.
    void fetchFres(const QString &layerRate, QObject *context, Callback<QList<Fre>> done);
    void fetchAlarms(AlarmApi api, QObject *context, Callback<QList<Alarm>> done);
    /// Every sample of the window, following nextInterval pages, with the
    /// thresholds the series carry (each once).
    void fetchPm(const PmQuery &query, QObject *context, Callback<PmResult> done);

    /// Requests sent so far (including logins and retries).
    [[nodiscard]] qint64 requestCount() const;
    [[nodiscard]] int loginCount() const { return m_loginCount; }

private:
    struct Call
    {
        Net::RestRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback<QByteArray> done;
        bool reauthenticated = false;
    };

    [[nodiscard]] Call makeCall(const QByteArray &method, const QUrl &url, QObject *context) const;
    void send(Call call);
    void dispatch(Call call);
    void handleAnswer(Call call, const Result<Net::RestResponse> &answer);
    void finishCall(Call &call, Result<QByteArray> result);
    void startLogin();
    void finishLogin(Status status);
    void setToken(const QString &token);
    template<typename T>
    void fetchAll(const QUrl &first, Result<Page<T>> (*parse)(const QByteArray &), QObject *context,
                  Callback<QList<T>> done);
    void collectPm(const QUrl &first, const QByteArray &body, qint64 endMs, QObject *context, Callback<PmResult> done);
    [[nodiscard]] QUrl apiUrl(const QString &pathAndQuery) const;

    Net::RestClient *m_rest;
    QString m_username;
    Vault::Secret m_password;
    QString m_token;
    bool m_jsonLogin = false;
    int m_pageSize = 200;
    bool m_loggingIn = false;
    QList<Call> m_waiting; ///< calls waiting for a login
    QList<std::pair<QPointer<QObject>, std::function<void(Status)>>> m_loginWaiters;
    int m_loginCount = 0;
};

} // namespace OpsDeck::Mcp
