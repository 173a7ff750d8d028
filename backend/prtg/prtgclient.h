// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include "backend/core/result.h"
#include "backend/net/resttypes.h"
#include "backend/prtg/prtgtypes.h"
#include "backend/vault/secret.h"

namespace OpsDeck::Net {
class RestClient;
}

namespace OpsDeck::Vault {
class SecretStore;
}
namespace OpsDeck::Workspace {
struct PrtgConfig;
}

namespace OpsDeck::Prtg {

/// Read-only asynchronous client of PRTG's classic HTTP API: table.json
/// (groups, devices, sensors; `count`/`start` paging, 500 rows a page by
/// default), historicdata.json, getsensordetails.json and
/// getobjectproperty.htm, over Net::RestClient. Credentials go on every
/// request (username + passhash, or apitoken) and never into a log or an
/// error. Retries 5xx, 429 (after Retry-After) and dropped connections
/// twice (a timeout is not retried); every
/// call ends in exactly one callback (guarded by `context`), also on timeout
/// and cancel(). TLS peers are verified unless setVerifyTls(false); a failed
/// TLS handshake is reported as such and not retried. Errors of HTTP answers
/// carry "status" and "contentType".
///
/// Lives on the thread that creates it.
class PrtgClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgClient)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit PrtgClient(QObject *parent = nullptr);
    ~PrtgClient() override;

    void setBaseUrl(const QUrl &url);
    [[nodiscard]] QUrl baseUrl() const;
    void setPasshash(const QString &username, const Vault::Secret &passhash);
    void setApiToken(const Vault::Secret &token);
    void setVerifyTls(bool verify);
    void setTimeoutMs(int ms);
    /// Rows per table page (PRTG's default is 500).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    /// URL, TLS, timeout from the workspace config, with @p secret read
    /// already: the API token when the config names one, else the passhash
    /// of the config's user.
    void applyConfig(const Workspace::PrtgConfig &config, const Vault::Secret &secret);
    /// URL, TLS, timeout from the workspace config; passhash or API token
    /// from the vault.
    void configure(const Workspace::PrtgConfig &config, Vault::SecretStore &vault, QObject *context,
                   std::function<void(Status)> done);

    /// The release and the number of rows of a table (content=devices,
    /// sensors, ...), from a one-row page.
    void fetchTableCount(const QString &content, QObject *context, Callback<TableCount> done);
    /// Groups and probes (content=groups); `filter` adds filter_<col> terms.
    void fetchGroups(QObject *context, Callback<QList<Group>> done);
    void fetchDevices(QObject *context, Callback<QList<Device>> done);
    /// Sensors below `parentId` (0: all).
    void fetchSensors(qint64 parentId, QObject *context, Callback<QList<Sensor>> done);
    /// Historic data averaged over `avgSeconds` (0: raw) with channel captions.
    void fetchHistory(qint64 sensorId, const QDateTime &from, const QDateTime &to, int avgSeconds, QObject *context,
                      Callback<QList<HistoryRow>> done);
    void fetchSensorDetails(qint64 sensorId, QObject *context, Callback<SensorDetails> done);
    /// getobjectproperty.htm?name=<property>&show=nohtmlencode
    void fetchObjectProperty(qint64 objectId, const QString &property, QObject *context, Callback<QString> done);

    void cancel();
    [[nodiscard]] qint64 requestCount() const;

private:
    void get(const QString &path, QUrlQuery query, QObject *context, Callback<QByteArray> done);
    [[nodiscard]] Result<QByteArray> readAnswer(const Result<Net::RestResponse> &answer) const;
    template<typename T>
    void fetchTable(const QString &content, const QString &columns, qint64 parentId,
                    Result<TablePage<T>> (*parse)(const QByteArray &), QObject *context, Callback<QList<T>> done);
    /// A request whose body @p parse reads into a value.
    template<typename T>
    void fetchOne(const QString &path, const QUrlQuery &query, Result<T> (*parse)(const QByteArray &),
                  QObject *context, Callback<T> done);

    Net::RestClient *m_rest;
    QString m_username;
    Vault::Secret m_passhash;
    Vault::Secret m_apiToken;
    int m_pageSize = 500;
};

} // namespace OpsDeck::Prtg
