// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/alarms/alarmsession.h"

#include <algorithm>

#include <QLoggingCategory>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/jobs/serviceerrortext.h"

Q_LOGGING_CATEGORY(lcAlarmSession, "opsdeck.alarms.session")

namespace OpsDeck::Models {

namespace {

const QString kTopic = QStringLiteral("alarms");

} // namespace

AlarmSession::AlarmSession(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!connection)
        return;
    connect(connection->client(), &Ipc::IpcClient::eventReceived, this, &AlarmSession::handleEvent);
    connect(connection, &JobServiceConnection::stateChanged, this, &AlarmSession::handleStateChanged);
    handleStateChanged();
}

AlarmSession::~AlarmSession() = default;

bool AlarmSession::connected() const
{
    return m_connection && m_connection->state() == JobServiceConnection::State::Connected;
}

QList<Alarms::Alarm> AlarmSession::alarms() const
{
    QList<Alarms::Alarm> out = m_alarms.values();
    std::sort(out.begin(), out.end(), [](const Alarms::Alarm &a, const Alarms::Alarm &b) { return a.id < b.id; });
    return out;
}

std::optional<Alarms::Alarm> AlarmSession::alarm(qint64 id) const
{
    const auto it = m_alarms.constFind(id);
    if (it == m_alarms.cend())
        return std::nullopt;
    return *it;
}

void AlarmSession::handleStateChanged()
{
    updateServiceState();
    if (!connected()) {
        // The list is kept (stale) until the next connection replaces it.
        m_listing = false;
        ++m_listGeneration;
        setAvailable(false);
        return;
    }
    m_connection->client()->subscribe({kTopic});
    reload();
}

void AlarmSession::reload()
{
    if (!connected())
        return;
    const quint64 generation = ++m_listGeneration;
    m_listing = true;
    m_connection->client()->call(QStringLiteral("alarm.list"), {}, this, [this, generation](Result<QJsonValue> r) {
        if (generation != m_listGeneration)
            return;
        m_listing = false;
        if (!r) {
            qCWarning(lcAlarmSession).noquote() << "alarm list:" << r.error().toString();
            m_lastError = r.error();
            setAvailable(false);
            emit actionFailed(0, AlarmAction::List, r.error());
            return;
        }
        m_lastError.reset();
        applyList(r->toArray());
        setAvailable(true);
    });
}

void AlarmSession::applyList(const QJsonArray &list)
{
    m_alarms.clear();
    for (const QJsonValue &v : list) {
        const Alarms::Alarm a = alarmFromJson(v.toObject());
        if (a.id > 0 && a.isActive())
            m_alarms.insert(a.id, a);
    }
    emit alarmsReset();
}

void AlarmSession::handleEvent(const QString &topic, const QJsonObject &data)
{
    // What arrives before the list's answer is already in it.
    if (topic != kTopic || m_listing || data.value(QStringLiteral("type")).toString() != u"transition")
        return;
    applyTransition(data.value(QStringLiteral("transition")).toObject());
}

void AlarmSession::applyTransition(const QJsonObject &json)
{
    const Alarms::AlarmTransition t = alarmTransitionFromJson(json);
    if (t.alarm.id <= 0)
        return;
    upsert(t.alarm);
    emit transitionReceived(t);
}

void AlarmSession::upsert(const Alarms::Alarm &alarm)
{
    if (!alarm.isActive()) {
        if (m_alarms.remove(alarm.id) > 0)
            emit alarmRemoved(alarm.id);
        return;
    }
    m_alarms.insert(alarm.id, alarm);
    emit alarmChanged(alarm);
}

void AlarmSession::updateServiceState()
{
    using State = JobServiceConnection::State;
    AlarmServiceState state = AlarmServiceState::NoWorkspace;
    switch (m_connection ? m_connection->state() : State::Idle) {
    case State::Idle:
        break;
    case State::Starting:
    case State::Connecting:
        // A retry after a failure is not news: the views keep saying why.
        state = m_serviceState == AlarmServiceState::Unreachable ? AlarmServiceState::Unreachable
                                                                 : AlarmServiceState::Connecting;
        break;
    case State::Unreachable:
        state = AlarmServiceState::Unreachable;
        break;
    case State::Connected:
        state = AlarmServiceState::Connected;
        break;
    }
    if (state == m_serviceState)
        return;
    m_serviceState = state;
    emit serviceStateChanged(state);
}

void AlarmSession::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

void AlarmSession::acknowledge(qint64 id, const QString &comment)
{
    act(AlarmAction::Acknowledge, id, QStringLiteral("alarm.ack"),
        {{QStringLiteral("id"), id}, {QStringLiteral("comment"), comment}});
}

void AlarmSession::shelve(qint64 id, int minutes, const QString &comment)
{
    act(AlarmAction::Shelve, id, QStringLiteral("alarm.shelve"),
        {{QStringLiteral("id"), id}, {QStringLiteral("minutes"), minutes}, {QStringLiteral("comment"), comment}});
}

void AlarmSession::unshelve(qint64 id)
{
    act(AlarmAction::Unshelve, id, QStringLiteral("alarm.unshelve"), {{QStringLiteral("id"), id}});
}

void AlarmSession::clear(qint64 id, const QString &comment)
{
    act(AlarmAction::Clear, id, QStringLiteral("alarm.clear"),
        {{QStringLiteral("id"), id}, {QStringLiteral("comment"), comment}});
}

void AlarmSession::requestHistory(qint64 id)
{
    act(AlarmAction::History, id, QStringLiteral("alarm.get"), {{QStringLiteral("id"), id}});
}

void AlarmSession::requestDeviceHistory(const QString &device, int limit)
{
    if (!connected()) {
        QMetaObject::invokeMethod(
            this,
            [this, device] {
                emit deviceHistoryFailed(device,
                                         Error(ErrorCode::Network, QStringLiteral("the service is not reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject params{{QStringLiteral("device"), device}, {QStringLiteral("limit"), limit}};
    m_connection->client()->call(QStringLiteral("alarm.history"), params, this, [this, device](Result<QJsonValue> r) {
        if (!r) {
            emit deviceHistoryFailed(device, r.error());
            return;
        }
        QList<Alarms::Alarm> alarms;
        for (const QJsonValue &v : r->toArray()) {
            const Alarms::Alarm a = alarmFromJson(v.toObject());
            if (a.id > 0)
                alarms << a;
        }
        emit deviceHistoryLoaded(device, alarms);
    });
}

void AlarmSession::act(AlarmAction action, qint64 id, const QString &method, const QJsonObject &params)
{
    if (!connected()) {
        // Reported after the caller returns, as a reply would be.
        QMetaObject::invokeMethod(
            this,
            [this, id, action] {
                emit actionFailed(id, action,
                                  Error(ErrorCode::Network, QStringLiteral("the service is not reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_connection->client()->call(method, params, this, [this, id, action](Result<QJsonValue> r) {
        if (!r) {
            emit actionFailed(id, action, r.error());
            return;
        }
        if (action == AlarmAction::History) {
            emit historyLoaded(AlarmHistory::fromJson(r->toObject()));
            return;
        }
        // The reply is the alarm after the action; its transition follows on
        // the topic and changes nothing more.
        const Alarms::Alarm after = alarmFromJson(r->toObject());
        if (after.id > 0)
            upsert(after);
        emit actionSucceeded(id, action);
    });
}

QString AlarmSession::actionErrorText(AlarmAction action, const Error &error)
{
    QString what;
    switch (action) {
    case AlarmAction::List:
        what = tr("The alarms could not be loaded");
        break;
    case AlarmAction::History:
        what = tr("The alarm's history could not be loaded");
        break;
    case AlarmAction::DeviceHistory:
        what = tr("The device's alarms could not be loaded");
        break;
    case AlarmAction::Acknowledge:
        what = tr("The alarm could not be acknowledged");
        break;
    case AlarmAction::Shelve:
        what = tr("The alarm could not be shelved");
        break;
    case AlarmAction::Unshelve:
        what = tr("The alarm could not be unshelved");
        break;
    case AlarmAction::Clear:
        what = tr("The alarm could not be cleared");
        break;
    }
    return serviceErrorText(what, error, tr("the service no longer knows it"),
                            tr("the alarm engine is not running in the service"));
}

} // namespace OpsDeck::Models
