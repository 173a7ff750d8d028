// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "backend/core/result.h"
#include "backend/jobs/configsearch.h"

class QJsonObject;

namespace OpsDeck::Models {

class JobServiceConnection;

/// One stored configuration version of a device, as the service lists it.
struct ConfigVersion
{
    int version = 0;
    QDateTime takenAt; ///< UTC
    QString sha256;
    qint64 size = -1; ///< bytes of the configuration (UTF-8), -1 when the list did not carry it
    int added = 0;    ///< lines added against the previous version
    int removed = 0;  ///< lines removed against the previous version

    [[nodiscard]] static ConfigVersion fromJson(const QJsonObject &json);
};

/// What the console asked the service about a device's configuration history.
enum class ConfigHistoryRequest { List, Content, Diff, Search };

/// The console's access to the configuration versions opsdeckd keeps per
/// device: backup.list, backup.get and backup.diff over the workspace's
/// service connection. Every request is asynchronous and ends in exactly one
/// signal naming the device: versionsLoaded(), contentLoaded() or
/// diffLoaded(), or failed() (also when the service is not connected,
/// reported after the caller returns).
///
/// Does not own the connection. GUI thread.
class ConfigHistorySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigHistorySession)

public:
    explicit ConfigHistorySession(JobServiceConnection *connection, QObject *parent = nullptr);
    ~ConfigHistorySession() override;

    /// Connected to the service: requests have a chance to be answered.
    [[nodiscard]] bool isConnected() const;

    /// The versions of @p device, oldest first.
    void requestVersions(const QString &device);
    /// The configuration text of one version.
    void requestContent(const QString &device, int version);
    /// The unified diff from version @p from to version @p to (empty when equal).
    void requestDiff(const QString &device, int from, int to);
    /// The lines of the latest configuration of every device that match
    /// @p pattern (text, or a regular expression when @p regex), at most
    /// @p limit of them; failed() names no device when it fails.
    void requestSearch(const QString &pattern, bool regex, bool caseSensitive, int limit = 1000);

    /// Lines added and removed in a unified diff (file headers not counted).
    struct LineCounts
    {
        int added = 0;
        int removed = 0;
    };
    [[nodiscard]] static LineCounts countLines(const QString &unifiedDiff);

    /// One translated sentence for a failed request, naming what was asked
    /// and why; the technical detail is shortened to its first line.
    [[nodiscard]] static QString errorText(ConfigHistoryRequest request, const Error &error);

signals:
    void versionsLoaded(const QString &device, const QList<OpsDeck::Models::ConfigVersion> &versions);
    void contentLoaded(const QString &device, int version, const QString &content);
    void diffLoaded(const QString &device, int from, int to, const QString &diff);
    void searchFinished(const QString &pattern, const OpsDeck::Jobs::ConfigSearchResult &result);
    void failed(const QString &device, OpsDeck::Models::ConfigHistoryRequest request, const OpsDeck::Error &error);
    /// The connection to the service came up or went away.
    void connectedChanged(bool connected);

private:
    template<typename Handler>
    void call(ConfigHistoryRequest request, const QString &device, const QString &method, const QJsonObject &params,
              Handler handler);

    QPointer<JobServiceConnection> m_connection;
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::ConfigVersion)
