// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "backend/alarms/alarmtypes.h"
#include "backend/core/result.h"
#include "models/session/alarms/alarmjson.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// What the console asked the service to do with an alarm.
enum class AlarmAction { List, History, Acknowledge, Shelve, Unshelve, Clear, DeviceHistory };

/// Where the session stands with the workspace's service, for what views
/// say while the alarms are not available.
enum class AlarmServiceState {
    NoWorkspace, ///< no service to connect to (no workspace is open)
    Connecting,  ///< starting or connecting to the workspace's service
    Unreachable, ///< the service could not be reached (retries keep this state until one succeeds)
    Connected,
};

/// The console's view of the workspace service's alarm engine: the active
/// alarms, loaded with alarm.list whenever the connection to opsdeckd is
/// (re)established and then kept current from the "alarms" topic, one
/// transition at a time (a cleared alarm leaves, anything else is inserted
/// or replaced). Transitions that arrive while a list is on its way are
/// already in that list (the service answers and publishes in order on one
/// socket) and are not applied twice. Also the console's way to act on
/// alarms: acknowledge, shelve, unshelve, clear and read an alarm's history;
/// every request is asynchronous and ends in exactly one of
/// actionSucceeded()/historyLoaded() or actionFailed(). A device's alarms,
/// active and cleared, end in deviceHistoryLoaded() or deviceHistoryFailed().
///
/// Without a connection (nullptr) it is fed only through applyList() and
/// applyTransition(). Does not own the connection. GUI thread.
class AlarmSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmSession)

public:
    explicit AlarmSession(JobServiceConnection *connection, QObject *parent = nullptr);
    ~AlarmSession() override;

    /// Connected to the service and the list loaded: what alarms() holds is current.
    [[nodiscard]] bool isAvailable() const { return m_available; }
    /// The active alarms, ordered by id.
    [[nodiscard]] QList<Alarms::Alarm> alarms() const;
    [[nodiscard]] std::optional<Alarms::Alarm> alarm(qint64 id) const;
    [[nodiscard]] int count() const { return int(m_alarms.size()); }
    /// The last failure to load the list (technical), when there was one.
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }
    [[nodiscard]] AlarmServiceState serviceState() const { return m_serviceState; }

    /// Asks for the list again (as on connect).
    void reload();
    void acknowledge(qint64 id, const QString &comment);
    /// Shelves for @p minutes (1 to 527040) from now, as the service counts.
    void shelve(qint64 id, int minutes, const QString &comment);
    void unshelve(qint64 id);
    void clear(qint64 id, const QString &comment);
    /// The alarm's history and symptoms: historyLoaded() or actionFailed(History).
    void requestHistory(qint64 id);
    /// The alarms of the device named @p device, active and cleared, latest
    /// raised first, at most @p limit (1 to 10000): deviceHistoryLoaded() or
    /// deviceHistoryFailed(), both naming the device.
    void requestDeviceHistory(const QString &device, int limit = 200);

    /// One translated sentence for a failed request, naming the action and
    /// the reason; the technical detail is shortened to its first line.
    [[nodiscard]] static QString actionErrorText(AlarmAction action, const Error &error);

    /// Replaces the alarms with an alarm.list answer.
    void applyList(const QJsonArray &list);
    /// Applies one transition of the "alarms" topic ({"kind", "alarm", ...}).
    void applyTransition(const QJsonObject &transition);

signals:
    /// The whole list was replaced.
    void alarmsReset();
    /// An alarm was raised or changed and is active.
    void alarmChanged(const OpsDeck::Alarms::Alarm &alarm);
    /// An alarm cleared (or is no longer known to the service).
    void alarmRemoved(qint64 id);
    /// A transition arrived from the service (after it was applied).
    void transitionReceived(const OpsDeck::Alarms::AlarmTransition &transition);
    void availabilityChanged(bool available);
    void historyLoaded(const OpsDeck::Models::AlarmHistory &history);
    void deviceHistoryLoaded(const QString &device, const QList<OpsDeck::Alarms::Alarm> &alarms);
    void deviceHistoryFailed(const QString &device, const OpsDeck::Error &error);
    void serviceStateChanged(OpsDeck::Models::AlarmServiceState state);
    void actionSucceeded(qint64 id, OpsDeck::Models::AlarmAction action);
    void actionFailed(qint64 id, OpsDeck::Models::AlarmAction action, const OpsDeck::Error &error);

private:
    void handleStateChanged();
    void handleEvent(const QString &topic, const QJsonObject &data);
    void act(AlarmAction action, qint64 id, const QString &method, const QJsonObject &params);
    void upsert(const Alarms::Alarm &alarm);
    void setAvailable(bool available);
    void updateServiceState();
    [[nodiscard]] bool connected() const;

    QPointer<JobServiceConnection> m_connection;
    QHash<qint64, Alarms::Alarm> m_alarms;
    std::optional<Error> m_lastError;
    quint64 m_listGeneration = 0;
    bool m_listing = false;
    bool m_available = false;
    AlarmServiceState m_serviceState = AlarmServiceState::NoWorkspace;
};

} // namespace OpsDeck::Models
