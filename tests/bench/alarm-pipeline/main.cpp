// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// alarm-pipeline: 10,000 devices (core/aggregation/access), 1.44 million
// series, 20,000 threshold rules, through the real AlarmEngine with its
// SQLite AlarmStore and the Notifier posting to a webhook receiver on
// loopback:
//  - evaluation throughput at full speed (samples evaluated per second,
//    after the first step bound each series to its rules) and the resident
//    memory of that bound state;
//  - a live run of 30 s at 500,000 samples/s with ICMP rounds every 5 s in
//    which 200 devices (2 %) stop answering: from the moment the prober
//    knew (last echo + timeout) to the icmpDown row committed in the store
//    and to the webhook received, with root-cause grouping on the topology
//    (only root causes are notified; grouping window 30 s with critical
//    messages sent at once, the defaults);
//  - peak RSS; and two baselines over the same samples: a per-sample scan
//    of every rule, and a LibreNMS-like evaluation once per 5-minute cycle.
#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include "backend/alarms/alarmengine.h"
#include "backend/alarms/alarmstore.h"
#include "backend/notify/notifier.h"
#include "backend/notify/outboxstore.h"
#include "baseline.h"
#include "estate.h"
#include "liverun.h"
#include "measure.h"
#include "throughput.h"
#include "webhookreceiver.h"

using namespace OpsDeck;
using namespace OpsDeck::Bench;

namespace {

constexpr double kGoalSamplesPerS = 2e6;
constexpr double kGoalStoreP99Ms = 1000;
constexpr double kGoalWebhookP99Ms = 2000;
constexpr int kSteadySteps = 5;
constexpr qint64 kNaiveSamples = 5000;
const QByteArray kSigningKey = QByteArrayLiteral("alarm-pipeline-bench-signing-key-0001");

Notify::NotifyConfig notifyConfig(const QString &url)
{
    Notify::NotifyConfig c;
    Notify::ChannelConfig hook;
    hook.name = QStringLiteral("noc");
    hook.type = Notify::ChannelType::Webhook;
    hook.webhook.url = url;
    hook.webhook.signingKey.path = QStringLiteral("notify/noc-webhook");
    c.channels << hook;
    Notify::RouteConfig route;
    route.channels << hook.name;
    c.routes << route;
    c.grouping.windowSeconds = 30; // the default; critical raises go out at once
    c.grouping.criticalImmediately = true;
    return c;
}

struct Latencies
{
    QList<double> store;       ///< detection -> row committed, every down device
    QList<double> webhook;     ///< detection -> webhook received, notified root causes
    QList<double> raiseToHook; ///< row committed -> webhook received
    int notified = 0;
    int grouped = 0;
};

Latencies latencies(const LiveResult &live, const WebhookReceiver::Received &hooks)
{
    Latencies l;
    for (auto it = live.committedAtMs.cbegin(); it != live.committedAtMs.cend(); ++it) {
        const QString &device = it.key();
        if (live.detectedAtMs.contains(device))
            l.store << it.value() - live.detectedAtMs.value(device);
        l.grouped += live.rootCause.value(device) ? 1 : 0;
        if (!live.notified.value(device))
            continue;
        ++l.notified;
        if (!hooks.raisedAtMs.contains(device))
            continue;
        l.webhook << hooks.raisedAtMs.value(device) - live.detectedAtMs.value(device);
        l.raiseToHook << hooks.raisedAtMs.value(device) - it.value();
    }
    return l;
}

int storedDownAlarms(Alarms::AlarmStore &store)
{
    auto open = store.openAlarms();
    int n = 0;
    if (open) {
        for (const Alarms::Alarm &a : std::as_const(*open))
            n += a.kind == Alarms::RuleKind::IcmpDown ? 1 : 0;
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // One line per delivery would drown the figures; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.*.info=false"));
    QTemporaryDir dir;
    LiveSettings liveSettings;
    const Estate estate = Estate::generate(liveSettings.durationMs);
    const QString path = dir.filePath(QStringLiteral("store.db"));
    auto opened = Alarms::AlarmStore::openSqlite(path);
    auto outbox = Notify::OutboxStore::openSqlite(path);
    if (!opened || !outbox) {
        std::fprintf(stderr, "%s\n", qPrintable((opened ? outbox.error() : opened.error()).toString()));
        return 1;
    }
    auto store = std::move(opened).value();
    Alarms::AlarmEngine engine(store.get());
    const double rulesStart = epochMs();
    engine.setRules(estate.rules);
    engine.setDevices(estate.devices);
    engine.setTopology(estate.links);
    if (auto st = engine.start(); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    const double setupMs = epochMs() - rulesStart;

    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 86400000LL;
    const EngineThroughput full = measureEngine(estate, engine, t0, kSteadySteps);
    std::printf("full speed: %lld series, bind step %.2f s, %lld samples in %.2f s = %.0f samples/s, "
                "state %.0f MB, setup (rules, devices, topology) %.0f ms\n",
                full.series, full.bindSeconds, full.samples, full.seconds, full.samplesPerS,
                double(full.stateBytes) / 1048576.0, setupMs);

    WebhookReceiver receiver;
    QString error;
    if (!receiver.start(dir.path(), kSigningKey, &error)) {
        std::fprintf(stderr, "webhook receiver: %s\n", qPrintable(error));
        return 1;
    }
    Notify::Notifier notifier(notifyConfig(receiver.url()), std::move(outbox).value(), [](const QString &) {
        return Result<Vault::Secret>(Vault::Secret::fromBytes(kSigningKey));
    });
    notifier.start();
    liveSettings.firstStep = kSteadySteps + 1;
    LiveRun live(estate, engine, &notifier, &receiver, liveSettings);
    const LiveResult result = live.run();
    (void)engine.flush();
    const WebhookReceiver::Received hooks = receiver.received();
    const Latencies l = latencies(result, hooks);
    const int stored = storedDownAlarms(*store);
    const qint64 peakRss = peakRssBytes();
    std::printf("live: %lld samples in %.1f s = %.0f samples/s (%.0f %% of the thread in onSample), max backlog %lld; "
                "%d ICMP rounds, longest %.0f ms, latest start %.0f ms late\n",
                result.samples, result.seconds, result.samplesPerS, result.sampleBusyFraction * 100, result.maxBacklog,
                result.rounds, result.maxRoundMs, result.maxRoundLateMs);
    std::printf("down: %lld planned, %lld raised, %d icmpDown rows in the store, %d grouped as symptoms, %d notified "
                "(%d root causes expected), %d webhooks received (%d requests, %d bad signatures); "
                "%d threshold raises, %d submitted, %d refused\n",
                qint64(estate.downDevices.size()), qint64(result.committedAtMs.size()), stored, l.grouped, l.notified,
                estate.expectedRootCauses, int(hooks.raisedAtMs.size()), hooks.requests, hooks.badSignatures,
                result.thresholdRaises, result.submitted, result.submitFailures);

    const BaselineThroughput base = measureBaselines(estate, t0, kNaiveSamples);
    std::printf("baselines: per-sample scan of all rules %.0f samples/s (%lld samples); 5-minute cycle batch "
                "%.0f samples/s, one cycle's evaluation %.2f s, detection up to 300 s late\n",
                base.naiveSamplesPerS, base.naiveSamples, base.batchSamplesPerS, base.batchCycleSeconds);

    const double storeP50 = percentile(l.store, 0.5), storeP99 = percentile(l.store, 0.99);
    const double hookP50 = percentile(l.webhook, 0.5), hookP99 = percentile(l.webhook, 0.99);
    const bool keptUp = result.maxBacklog <= qint64(liveSettings.samplesPerS / 10); // within 100 ms of the pace
    const bool complete = result.committedAtMs.size() == estate.downDevices.size() &&
                          stored == estate.downDevices.size() && l.notified == estate.expectedRootCauses &&
                          hooks.raisedAtMs.size() == l.notified && hooks.badSignatures == 0;
    const bool met = full.samplesPerS >= kGoalSamplesPerS && keptUp && complete && storeP99 <= kGoalStoreP99Ms &&
                     hookP99 <= kGoalWebhookP99Ms;
    std::printf("BENCH alarm-pipeline: devices=%d series=%lld rules=%d eval_samples_per_s=%.0f state_mb=%.0f "
                "paced_samples_per_s=%.0f paced_busy_pct=%.0f paced_kept_up=%s down=%lld root_causes=%d "
                "store_p50_ms=%.0f store_p99_ms=%.0f webhook_p50_ms=%.0f webhook_p99_ms=%.0f "
                "raise_to_webhook_p50_ms=%.0f raise_to_webhook_p99_ms=%.0f complete=%s peak_rss_mb=%.0f "
                "naive_scan_samples_per_s=%.0f batch_5min_samples_per_s=%.0f alertmanager_group_wait_s=30 "
                "librenms_cycle_s=300 goal_eval_samples_per_s>=2000000 goal_store_p99_ms<=1000 "
                "goal_webhook_p99_ms<=2000 met=%s\n",
                Estate::kDevices, full.series, estate.thresholdRules, full.samplesPerS,
                double(full.stateBytes) / 1048576.0, result.samplesPerS, result.sampleBusyFraction * 100,
                keptUp ? "yes" : "no", qint64(estate.downDevices.size()), estate.expectedRootCauses, storeP50, storeP99,
                hookP50, hookP99, percentile(l.raiseToHook, 0.5), percentile(l.raiseToHook, 0.99),
                complete ? "yes" : "no", double(peakRss) / 1048576.0, base.naiveSamplesPerS, base.batchSamplesPerS,
                met ? "yes" : "no");
    return 0;
}
