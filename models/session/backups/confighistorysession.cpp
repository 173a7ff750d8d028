// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/backups/confighistorysession.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/jobs/serviceerrortext.h"

Q_LOGGING_CATEGORY(lcConfigHistory, "opsdeck.backups.session")

namespace OpsDeck::Models {

ConfigVersion ConfigVersion::fromJson(const QJsonObject &json)
{
    ConfigVersion v;
    v.version = json.value(QStringLiteral("version")).toInt();
    v.takenAt = QDateTime::fromString(json.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs);
    v.sha256 = json.value(QStringLiteral("sha256")).toString();
    if (json.contains(QStringLiteral("content")))
        v.size = json.value(QStringLiteral("content")).toString().toUtf8().size();
    // The service stores each version's diff against the one before it.
    const ConfigHistorySession::LineCounts counts =
        ConfigHistorySession::countLines(json.value(QStringLiteral("diff")).toString());
    v.added = counts.added;
    v.removed = counts.removed;
    return v;
}

ConfigHistorySession::ConfigHistorySession(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!connection)
        return;
    connect(connection, &JobServiceConnection::stateChanged, this, [this](JobServiceConnection::State state) {
        emit connectedChanged(state == JobServiceConnection::State::Connected);
    });
}

ConfigHistorySession::~ConfigHistorySession() = default;

bool ConfigHistorySession::isConnected() const
{
    return m_connection && m_connection->state() == JobServiceConnection::State::Connected;
}

template<typename Handler>
void ConfigHistorySession::call(ConfigHistoryRequest request, const QString &device, const QString &method,
                                const QJsonObject &params, Handler handler)
{
    if (!isConnected()) {
        // Reported after the caller returns, as a reply would be.
        QMetaObject::invokeMethod(
            this,
            [this, device, request] {
                emit failed(device, request, Error(ErrorCode::Network, QStringLiteral("the service is not reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_connection->client()->call(method, params, this, [this, device, request, method, handler](Result<QJsonValue> r) {
        if (!r) {
            qCWarning(lcConfigHistory).noquote() << method << device << r.error().toString();
            emit failed(device, request, r.error());
            return;
        }
        handler(*r);
    });
}

void ConfigHistorySession::requestVersions(const QString &device)
{
    call(ConfigHistoryRequest::List, device, QStringLiteral("backup.list"), {{QStringLiteral("device"), device}},
         [this, device](const QJsonValue &answer) {
             QList<ConfigVersion> versions;
             for (const QJsonValue &v : answer.toArray()) {
                 const ConfigVersion version = ConfigVersion::fromJson(v.toObject());
                 if (version.version > 0)
                     versions << version;
             }
             std::sort(versions.begin(), versions.end(),
                       [](const ConfigVersion &a, const ConfigVersion &b) { return a.version < b.version; });
             emit versionsLoaded(device, versions);
         });
}

void ConfigHistorySession::requestContent(const QString &device, int version)
{
    call(ConfigHistoryRequest::Content, device, QStringLiteral("backup.get"),
         {{QStringLiteral("device"), device}, {QStringLiteral("version"), version}},
         [this, device, version](const QJsonValue &answer) {
             emit contentLoaded(device, version, answer.toObject().value(QStringLiteral("content")).toString());
         });
}

void ConfigHistorySession::requestDiff(const QString &device, int from, int to)
{
    call(ConfigHistoryRequest::Diff, device, QStringLiteral("backup.diff"),
         {{QStringLiteral("device"), device}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
         [this, device, from, to](const QJsonValue &answer) {
             emit diffLoaded(device, from, to, answer.toObject().value(QStringLiteral("diff")).toString());
         });
}

void ConfigHistorySession::requestSearch(const QString &pattern, bool regex, bool caseSensitive, int limit)
{
    call(ConfigHistoryRequest::Search, QString(), QStringLiteral("backup.search"),
         {{QStringLiteral("pattern"), pattern},
          {QStringLiteral("regex"), regex},
          {QStringLiteral("caseSensitive"), caseSensitive},
          {QStringLiteral("limit"), limit}},
         [this, pattern](const QJsonValue &answer) {
             emit searchFinished(pattern, Jobs::ConfigSearchResult::fromJson(answer.toObject()));
         });
}

ConfigHistorySession::LineCounts ConfigHistorySession::countLines(const QString &unifiedDiff)
{
    LineCounts counts;
    for (QStringView line : QStringView(unifiedDiff).split(QLatin1Char('\n'))) {
        if (line.startsWith(u"+++") || line.startsWith(u"---"))
            continue;
        if (line.startsWith(u'+'))
            ++counts.added;
        else if (line.startsWith(u'-'))
            ++counts.removed;
    }
    return counts;
}

QString ConfigHistorySession::errorText(ConfigHistoryRequest request, const Error &error)
{
    QString what;
    switch (request) {
    case ConfigHistoryRequest::List:
        what = tr("The configuration versions could not be loaded");
        break;
    case ConfigHistoryRequest::Content:
        what = tr("The configuration could not be loaded");
        break;
    case ConfigHistoryRequest::Diff:
        what = tr("The differences could not be loaded");
        break;
    case ConfigHistoryRequest::Search:
        what = tr("The configurations could not be searched");
        break;
    }
    return serviceErrorText(what, error, tr("the service has no such version"));
}

} // namespace OpsDeck::Models
