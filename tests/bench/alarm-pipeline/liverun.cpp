// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "liverun.h"

#include <cmath>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>

#include "backend/alarms/alarmengine.h"
#include "backend/notify/message.h"
#include "backend/notify/notifier.h"
#include "backend/service/alarmservice.h"
#include "estate.h"
#include "measure.h"
#include "webhookreceiver.h"

namespace OpsDeck::Bench {

namespace {

constexpr int kTickMs = 2;
constexpr int kWaitTickMs = 200;
constexpr qint64 kMaxChunk = 25000;       // keeps the event loop turning when behind
constexpr qint64 kFlushIntervalMs = 5000; // as AlarmService

} // namespace

LiveRun::LiveRun(const Estate &estate, Alarms::AlarmEngine &engine, Notify::Notifier *notifier,
                 WebhookReceiver *receiver, LiveSettings settings)
    : m_estate(estate)
    , m_engine(engine)
    , m_notifier(notifier)
    , m_receiver(receiver)
    , m_settings(settings)
{
    m_downAtMs.fill(-1, estate.devices.size());
    for (qsizetype i = 0; i < estate.downDevices.size(); ++i)
        m_downAtMs[estate.downDevices.at(i)] = estate.downAtMs.at(i);
    for (const Domain::DeviceLabels &l : estate.devices) {
        m_labels.insert(l.device, l);
        Alarms::ReachabilityReport r;
        r.device = l.device;
        r.sent = settings.echoes;
        m_reports << r;
    }
    while (roundResultAt(m_roundCount) < double(settings.durationMs))
        ++m_roundCount;
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { tick(); });
    QObject::connect(&engine, &Alarms::AlarmEngine::transition, &m_context,
                     [this](const Alarms::AlarmTransition &t) { handleTransition(t); });
}

LiveRun::~LiveRun() = default;

double LiveRun::roundSentAt(int k) const
{
    return double(m_settings.probeIntervalMs) * (k + 1);
}

double LiveRun::roundResultAt(int k) const
{
    return roundSentAt(k) + double((m_settings.echoes - 1) * m_settings.echoIntervalMs + m_settings.timeoutMs);
}

LiveResult LiveRun::run()
{
    QEventLoop loop;
    m_loop = &loop;
    m_startMs = epochMs();
    m_timer.start(kTickMs);
    loop.exec();
    m_loop = nullptr;
    return m_result;
}

void LiveRun::tick()
{
    const double now = epochMs();
    const double elapsed = now - m_startMs;
    if (m_waiting) {
        int expected = 0;
        for (auto it = m_result.notified.cbegin(); it != m_result.notified.cend(); ++it)
            expected += it.value() ? 1 : 0;
        if (m_receiver->received().raisedAtMs.size() >= expected || now >= m_waitEndMs)
            m_loop->quit();
        return;
    }
    while (m_nextRound < m_roundCount && elapsed >= roundResultAt(m_nextRound))
        deliverRound(m_nextRound++);
    const qint64 target = qint64(m_settings.samplesPerS * elapsed / 1000.0);
    const qint64 n = std::min(target - m_fed, kMaxChunk);
    if (n > 0)
        feed(n);
    m_result.maxBacklog = std::max(m_result.maxBacklog, target - m_fed);
    if (elapsed >= m_nextFlushMs + double(kFlushIntervalMs)) {
        m_nextFlushMs += double(kFlushIntervalMs);
        (void)m_engine.flush();
    }
    if (elapsed < double(m_settings.durationMs))
        return;
    m_result.samples = m_fed;
    m_result.seconds = elapsed / 1000.0;
    m_result.samplesPerS = double(m_fed) / m_result.seconds;
    m_result.sampleBusyFraction = m_busyNs / (elapsed * 1e6);
    m_result.rounds = m_nextRound;
    m_waiting = true;
    m_waitEndMs = now + double(m_settings.webhookWaitMs);
    m_timer.start(kWaitTickMs);
}

void LiveRun::feed(qint64 n)
{
    const qint64 series = m_estate.seriesCount();
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer busy;
    busy.start();
    for (qint64 i = 0; i < n; ++i, ++m_fed) {
        const qint64 s = m_fed % series;
        const int step = m_settings.firstStep + int(m_fed / series);
        (void)m_engine.onSample(m_estate.key(s), t, m_estate.value(s, step));
    }
    m_busyNs += double(busy.nsecsElapsed());
}

void LiveRun::deliverRound(int k)
{
    const double sent = roundSentAt(k);
    const double detected = m_startMs + roundResultAt(k);
    m_result.maxRoundLateMs = std::max(m_result.maxRoundLateMs, epochMs() - detected);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype d = 0; d < m_reports.size(); ++d) {
        Alarms::ReachabilityReport &r = m_reports[d];
        const bool down = m_downAtMs.at(d) >= 0 && double(m_downAtMs.at(d)) <= sent;
        r.timeMs = now;
        r.received = down ? 0 : r.sent;
        r.avgRttMs = down ? std::nan("") : 0.4;
        if (down && !m_result.detectedAtMs.contains(r.device))
            m_result.detectedAtMs.insert(r.device, detected);
    }
    QElapsedTimer timer;
    timer.start();
    (void)m_engine.onReachability(m_reports);
    m_result.maxRoundMs = std::max(m_result.maxRoundMs, double(timer.nsecsElapsed()) / 1e6);
}

void LiveRun::handleTransition(const Alarms::AlarmTransition &t)
{
    if (t.kind == Alarms::TransitionKind::Raised) {
        if (t.alarm.kind == Alarms::RuleKind::IcmpDown && !m_result.committedAtMs.contains(t.alarm.device)) {
            // Emitted after AlarmStore::record() committed the row.
            m_result.committedAtMs.insert(t.alarm.device, epochMs());
            m_result.notified.insert(t.alarm.device, t.notify);
            m_result.rootCause.insert(t.alarm.device, t.alarm.rootCauseId);
        } else if (t.alarm.kind == Alarms::RuleKind::Threshold) {
            ++m_result.thresholdRaises;
        }
    }
    if (!t.notify || !m_notifier)
        return;
    ++m_result.submitted;
    if (!m_notifier->submit(Service::AlarmService::messageFor(t, m_labels.value(t.alarm.device))))
        ++m_result.submitFailures;
}

} // namespace OpsDeck::Bench
