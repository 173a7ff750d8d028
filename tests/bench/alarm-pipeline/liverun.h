// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include "backend/alarms/alarmtypes.h"
#include "backend/domain/devicelabels.h"

class QEventLoop;

namespace OpsDeck::Alarms {
class AlarmEngine;
}
namespace OpsDeck::Notify {
class Notifier;
}

namespace OpsDeck::Bench {

struct Estate;
class WebhookReceiver;

/// The live part, in real time on one event loop as in opsdeckd: samples
/// paced at a rate, ICMP probe rounds of every device (as the collection
/// scheduler runs them: 3 echoes 250 ms apart, 1 s timeout, results of the
/// whole round at once), the planned devices going down, the store flushed
/// every 5 s, and notified transitions submitted to the notifier as the
/// alarm service does.
struct LiveSettings
{
    double samplesPerS = 500000;
    qint64 durationMs = 30000;
    qint64 probeIntervalMs = 5000;
    int echoes = 3;
    qint64 echoIntervalMs = 250;
    qint64 timeoutMs = 1000;
    int firstStep = 0;            ///< value step of the first live sample
    qint64 webhookWaitMs = 30000; ///< after the run, how long to wait for outstanding webhooks
};

struct LiveResult
{
    qint64 samples = 0;
    double seconds = 0;
    double samplesPerS = 0;
    double sampleBusyFraction = 0; ///< share of the run spent in onSample()
    qint64 maxBacklog = 0;         ///< most samples behind the pace at any tick
    int rounds = 0;
    double maxRoundMs = 0;     ///< longest onReachability() of a round
    double maxRoundLateMs = 0; ///< latest start of a round's evaluation past its due time
    /// By down device: when the prober knew (ms since the epoch: the last
    /// echo's timeout in the first round without a reply), when the raise
    /// of its icmpDown alarm was committed to the store, whether it was
    /// notified and its root-cause alarm (0: none).
    QHash<QString, double> detectedAtMs;
    QHash<QString, double> committedAtMs;
    QHash<QString, bool> notified;
    QHash<QString, qint64> rootCause;
    int thresholdRaises = 0;
    int submitted = 0;
    int submitFailures = 0;
};

class LiveRun final
{
public:
    LiveRun(const Estate &estate, Alarms::AlarmEngine &engine, Notify::Notifier *notifier, WebhookReceiver *receiver,
            LiveSettings settings);
    ~LiveRun();
    LiveRun(const LiveRun &) = delete;
    LiveRun &operator=(const LiveRun &) = delete;

    [[nodiscard]] LiveResult run();

private:
    void tick();
    void feed(qint64 n);
    void deliverRound(int k);
    void handleTransition(const Alarms::AlarmTransition &t);
    [[nodiscard]] double roundSentAt(int k) const;
    [[nodiscard]] double roundResultAt(int k) const;

    const Estate &m_estate;
    Alarms::AlarmEngine &m_engine;
    Notify::Notifier *m_notifier;
    WebhookReceiver *m_receiver;
    LiveSettings m_settings;
    QHash<QString, Domain::DeviceLabels> m_labels;
    QList<Alarms::ReachabilityReport> m_reports;
    QList<qint64> m_downAtMs; ///< by device index, -1: stays up

    QObject m_context;
    QTimer m_timer;
    QEventLoop *m_loop = nullptr;
    LiveResult m_result;
    double m_startMs = 0;
    qint64 m_fed = 0;
    double m_busyNs = 0;
    int m_nextRound = 0;
    int m_roundCount = 0;
    double m_nextFlushMs = 0;
    bool m_waiting = false;
    double m_waitEndMs = 0;
};

} // namespace OpsDeck::Bench
