// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include "backend/core/result.h"

class QTimer;

namespace OpsDeck::Models {

/// Where a sync run stands on one endpoint (one object type of the source).
struct SyncStep
{
    QString endpoint;        ///< "dcim/devices"
    int index = 0;           ///< 0-based position in endpoints()
    qint64 objects = 0;      ///< received so far on this endpoint
    qint64 total = -1;       ///< expected on this endpoint; -1 unknown
    qint64 bytes = 0;        ///< received so far on this endpoint
    qint64 etaMs = -1;       ///< for the rest of this endpoint; -1 unknown
    bool committing = false; ///< everything is in; the local store is being written
};

/// The small interface the sync panel and the status bar widget show: one
/// remote source (NetBox, later the Ciena MCP) mirrored into the workspace's
/// local store. A subclass starts and cancels runs and reports them through
/// the protected helpers, which keep state(), reachability() and lastSync()
/// consistent and emit the signals.
///
/// Lives on the GUI thread; subclasses do their work asynchronously.
class SyncSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSource)

public:
    enum class State { Idle, Running, Cancelling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    enum class Reachability { Unknown, Online, Offline };
    Q_ENUM(Reachability)

    /// @p workspaceName names the workspace whose data the runs write.
    explicit SyncSource(const QString &workspaceName, QObject *parent = nullptr);
    ~SyncSource() override;

    /// "NetBox"
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] QString workspaceName() const { return m_workspaceName; }
    /// The endpoints a run visits, in order.
    [[nodiscard]] virtual QStringList endpoints() const = 0;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running || m_state == State::Cancelling; }
    [[nodiscard]] bool isFullRun() const { return m_full; }
    [[nodiscard]] Reachability reachability() const { return m_reachability; }
    /// When the last successful run was committed (UTC); invalid when never.
    [[nodiscard]] QDateTime lastSync() const { return m_lastSync; }
    /// Why the last run failed, translated; empty otherwise.
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] SyncStep currentStep() const { return m_step; }

    /// A mirror older than this is stale (default one hour).
    [[nodiscard]] qint64 staleAfterSeconds() const { return m_staleAfter; }
    void setStaleAfterSeconds(qint64 seconds);
    [[nodiscard]] bool isStale(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// "never synced", "synced 5 minutes ago", "stale: synced 3 hours ago"
    [[nodiscard]] QString lastSyncText(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// One line on the run or the connection: "Offline — working from the
    /// local store", "Syncing dcim/devices (120 of 300)", "Sync failed: ..."
    [[nodiscard]] QString stateText() const;
    /// An age as text: "42 seconds", "5 minutes", "3 hours", "2 days".
    [[nodiscard]] static QString ageText(qint64 seconds);

    /// How often the server is probed while no run is going (0: never).
    /// Sources start probing every 60 s.
    void setProbeInterval(int ms);

public slots:
    virtual void startFull() = 0;
    virtual void startIncremental() = 0;
    virtual void cancel() = 0;
    /// Asks whether the server answers; reachabilityChanged() follows on a change.
    virtual void checkReachability() = 0;

signals:
    void started(bool full);
    void progressed(const OpsDeck::Models::SyncStep &step);
    /// Once per run: Succeeded, Failed or Cancelled.
    void finished(OpsDeck::Models::SyncSource::State state);
    void stateChanged(OpsDeck::Models::SyncSource::State state);
    void reachabilityChanged(OpsDeck::Models::SyncSource::Reachability reachability);
    void lastSyncChanged(const QDateTime &utc);

protected:
    /// The end of a run from its status: Succeeded, Cancelled (an
    /// ErrorCode::Cancelled error) or Failed; a network or timeout failure
    /// also marks the server offline. True when the run succeeded.
    bool reportRunEnd(const Status &status);
    /// A probe's answer: anything but a network or timeout failure means
    /// the server is there (even a refused credential).
    void reportProbe(const Status &status);
    /// For cancel(): false when no run is going, else marks it cancelling.
    bool beginCancel();

    void reportStarted(bool full);
    void reportStep(const SyncStep &step);
    void reportCancelling();
    void reportFinished(State state, const QString &errorText = {});
    void reportReachability(Reachability reachability);
    void reportLastSync(const QDateTime &utc);
    /// A backend error as a translated sentence.
    [[nodiscard]] QString describe(const Error &error) const;

private:
    void setState(State state);

    State m_state = State::Idle;
    Reachability m_reachability = Reachability::Unknown;
    bool m_full = true;
    QDateTime m_lastSync;
    QString m_errorText;
    SyncStep m_step;
    qint64 m_staleAfter = 3600;
    QString m_workspaceName;
    QTimer *m_probeTimer;
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::SyncStep)
