// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/sync/syncsource.h"

#include <QTimer>

#include <algorithm>

#include "backend/core/result.h"

namespace OpsDeck::Models {

namespace {

bool isUnreachable(const Error &error)
{
    return error.code == ErrorCode::Network || error.code == ErrorCode::Timeout;
}

} // namespace

SyncSource::SyncSource(const QString &workspaceName, QObject *parent)
    : QObject(parent)
    , m_workspaceName(workspaceName)
    , m_probeTimer(new QTimer(this))
{
    qRegisterMetaType<SyncStep>();
    connect(m_probeTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            checkReachability();
    });
    m_probeTimer->start(60000);
}

void SyncSource::setProbeInterval(int ms)
{
    m_probeTimer->stop();
    if (ms > 0)
        m_probeTimer->start(ms);
}

bool SyncSource::reportRunEnd(const Status &status)
{
    if (status) {
        reportReachability(Reachability::Online);
        reportFinished(State::Succeeded);
        return true;
    }
    const Error &error = status.error();
    if (error.code == ErrorCode::Cancelled) {
        reportFinished(State::Cancelled);
        return false;
    }
    if (isUnreachable(error))
        reportReachability(Reachability::Offline);
    reportFinished(State::Failed, describe(error));
    return false;
}

void SyncSource::reportProbe(const Status &status)
{
    reportReachability(!status && isUnreachable(status.error()) ? Reachability::Offline : Reachability::Online);
}

bool SyncSource::beginCancel()
{
    if (!isRunning())
        return false;
    reportCancelling();
    return true;
}

SyncSource::~SyncSource() = default;

void SyncSource::setStaleAfterSeconds(qint64 seconds)
{
    m_staleAfter = std::max<qint64>(1, seconds);
}

bool SyncSource::isStale(const QDateTime &now) const
{
    return !m_lastSync.isValid() || m_lastSync.secsTo(now) > m_staleAfter;
}

QString SyncSource::ageText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QString SyncSource::lastSyncText(const QDateTime &now) const
{
    if (!m_lastSync.isValid())
        return tr("never synced");
    const QString age = ageText(m_lastSync.secsTo(now));
    return isStale(now) ? tr("stale: synced %1 ago").arg(age) : tr("synced %1 ago").arg(age);
}

QString SyncSource::stateText() const
{
    // Offline outweighs how the last run ended: it is what the user works with now.
    if (!isRunning() && m_reachability == Reachability::Offline)
        return tr("Offline — working from the local store");
    switch (m_state) {
    case State::Running:
        if (m_step.committing)
            return tr("Writing the local store");
        if (m_step.endpoint.isEmpty())
            return m_full ? tr("Starting a full sync") : tr("Starting an incremental sync");
        if (m_step.total >= 0)
            return tr("Syncing %1 (%2 of %3)").arg(m_step.endpoint).arg(m_step.objects).arg(m_step.total);
        return tr("Syncing %1 (%2)").arg(m_step.endpoint).arg(m_step.objects);
    case State::Cancelling:
        return tr("Cancelling the sync");
    case State::Failed:
        return tr("Sync failed: %1").arg(m_errorText);
    case State::Cancelled:
        return tr("Sync cancelled; the local store is unchanged");
    case State::Succeeded:
    case State::Idle:
        break;
    }
    if (m_state == State::Succeeded)
        return tr("Sync complete");
    return m_reachability == Reachability::Online ? tr("Online") : tr("Not synced in this session");
}

void SyncSource::reportStarted(bool full)
{
    m_full = full;
    m_step = {};
    m_errorText.clear();
    setState(State::Running);
    emit started(full);
}

void SyncSource::reportStep(const SyncStep &step)
{
    m_step = step;
    emit progressed(step);
}

void SyncSource::reportCancelling()
{
    if (m_state == State::Running)
        setState(State::Cancelling);
}

void SyncSource::reportFinished(State state, const QString &errorText)
{
    m_errorText = errorText;
    setState(state);
    emit finished(state);
}

void SyncSource::reportReachability(Reachability reachability)
{
    if (m_reachability == reachability)
        return;
    m_reachability = reachability;
    emit reachabilityChanged(reachability);
}

void SyncSource::reportLastSync(const QDateTime &utc)
{
    if (m_lastSync == utc)
        return;
    m_lastSync = utc;
    emit lastSyncChanged(utc);
}

QString SyncSource::describe(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::Network:
        return tr("%1 cannot be reached (%2)").arg(title(), error.detail);
    case ErrorCode::Timeout:
        return tr("%1 did not answer in time (%2)").arg(title(), error.detail);
    case ErrorCode::Auth:
        return tr("%1 refused the credentials (%2)").arg(title(), error.detail);
    case ErrorCode::Cancelled:
        return tr("cancelled");
    case ErrorCode::InvalidInput:
        return tr("%1 sent data that could not be read (%2)").arg(title(), error.detail);
    case ErrorCode::Database:
    case ErrorCode::Io:
        return tr("the local store could not be written (%1)").arg(error.detail);
    default:
        return error.detail;
    }
}

void SyncSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace OpsDeck::Models
