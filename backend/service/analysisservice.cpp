// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/analysisservice.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

#include "backend/ipc/ipcserver.h"
#include "backend/metrics/collectionscheduler.h"
#include "backend/metrics/metricstore.h"

Q_LOGGING_CATEGORY(lcAnalysis, "opsdeck.analysis")

namespace OpsDeck::Service {

namespace {

// Time spent warming baselines from the store per turn of the event loop.
constexpr qint64 kWarmBudgetMs = 50;
// Points of a band at most (the finest stored tier that stays under it).
constexpr int kBandPoints = 4000;
constexpr qint64 kHourMs = 3600 * 1000;

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

Result<qint64> timeParam(const QJsonObject &params, const char *key)
{
    const QString text = params.value(QLatin1String(key)).toString();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("\"%1\" must be an ISO 8601 time").arg(QLatin1String(key)));
    return when.toMSecsSinceEpoch();
}

Analysis::DetectorOptions serviceOptions()
{
    Analysis::DetectorOptions o;
    o.input = Analysis::SeriesInput::Gauge; // collection stores rates, counters are already unwrapped
    // The working day of the machine the service runs on.
    o.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    return o;
}

} // namespace

QJsonObject SeriesAnomaly::toJson() const
{
    const Analysis::Verdict &v = verdict;
    return {{QStringLiteral("device"), key.device},
            {QStringLiteral("deviceName"), deviceName.isEmpty() ? key.device : deviceName},
            {QStringLiteral("object"), key.object},
            {QStringLiteral("metric"), key.metric},
            {QStringLiteral("score"), v.score},
            {QStringLiteral("value"), number(v.value)},
            {QStringLiteral("expected"), number(v.expected)},
            {QStringLiteral("low"), number(v.low)},
            {QStringLiteral("high"), number(v.high)},
            {QStringLiteral("kind"), QLatin1String(Analysis::anomalyKindName(v.kind))},
            {QStringLiteral("since"), v.sinceMs > 0 ? QJsonValue(iso(v.sinceMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("at"), iso(timeMs)}};
}

size_t AnalysisService::KeyHash::operator()(const Domain::SeriesKey &k) const
{
    return qHashMulti(0, k.device, k.object, k.metric);
}

bool AnalysisService::KeyEqual::operator()(const Domain::SeriesKey &a, const Domain::SeriesKey &b) const
{
    return a.device == b.device && a.object == b.object && a.metric == b.metric;
}

QStringList AnalysisService::defaultMetrics()
{
    return {QStringLiteral("if.in.bps"), QStringLiteral("if.out.bps"), QStringLiteral("optical.dbm"),
            QStringLiteral("icmp.rtt.ms")};
}

AnalysisService::AnalysisService(Metrics::MetricStore *metrics, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_server(server)
    , m_detector(serviceOptions())
    , m_warmTimer(new QTimer(this))
{
    setMetrics(defaultMetrics());
    m_warmTimer->setSingleShot(true);
    m_warmTimer->setInterval(0);
    connect(m_warmTimer, &QTimer::timeout, this, &AnalysisService::warmPending);
    if (m_server)
        registerMethods();
}

AnalysisService::~AnalysisService() = default;

void AnalysisService::setMetrics(const QStringList &metrics)
{
    m_analysed = QSet<QString>(metrics.cbegin(), metrics.cend());
}

void AnalysisService::watch(Metrics::CollectionScheduler *scheduler)
{
    using Metrics::CollectionScheduler;
    connect(scheduler, &CollectionScheduler::samplesStored, this,
            [this](const QString &device, qint64 timestampMs, const QList<CollectionScheduler::Sample> &samples) {
                for (const CollectionScheduler::Sample &s : samples)
                    onSample(Domain::SeriesKey{device, s.object, s.metric}, timestampMs, s.value);
            });
}

void AnalysisService::onSample(const Domain::SeriesKey &key, qint64 timeMs, double value)
{
    if (!m_analysed.contains(key.metric))
        return;
    auto [it, added] = m_series.try_emplace(key);
    Entry &e = it->second;
    if (added) {
        e.latest.key = key;
        if (m_metrics) {
            m_toWarm << key;
            m_warmTimer->start();
        }
    }
    if (e.latest.deviceName.isEmpty() && m_names)
        e.latest.deviceName = m_names(key.device);
    const bool wasAnomalous = e.latest.verdict.isAnomalous();
    const Analysis::Verdict v = m_detector.score(e.state, timeMs, value);
    if (v.skipped)
        return;
    e.latest.verdict = v;
    e.latest.timeMs = timeMs;
    if (m_sink && !v.learning)
        m_sink(key, timeMs, v.score, v.isAnomalous() ? explain(e.latest) : QString());
    if (m_server && v.isAnomalous() != wasAnomalous)
        m_server->publish(QStringLiteral("anomalies"), {{QStringLiteral("type"), QStringLiteral("changed")},
                                                        {QStringLiteral("anomaly"), e.latest.toJson()}});
}

void AnalysisService::warmPending()
{
    QElapsedTimer spent;
    spent.start();
    while (!m_toWarm.isEmpty() && spent.elapsed() < kWarmBudgetMs) {
        const Domain::SeriesKey key = m_toWarm.takeFirst();
        const auto it = m_series.find(key);
        if (it == m_series.end() || it->second.warmed)
            continue;
        // The hours before the one live samples started in.
        const qint64 first =
            it->second.latest.timeMs > 0 ? it->second.latest.timeMs : QDateTime::currentMSecsSinceEpoch();
        warmUp(key, it->second.state, first - first % kHourMs);
        it->second.warmed = true;
    }
    if (!m_toWarm.isEmpty())
        m_warmTimer->start();
}

void AnalysisService::warmUp(const Domain::SeriesKey &key, Analysis::SeriesState &state, qint64 untilMs) const
{
    const auto id = m_metrics->findSeriesId(key);
    if (!id || !*id)
        return;
    const auto hours = m_metrics->query(**id, untilMs - kWarmUpMs, untilMs, Metrics::Resolution::Hour);
    if (!hours) {
        qCWarning(lcAnalysis) << "cannot read the history of" << key.device << key.object << key.metric
                              << hours.error().toString();
        return;
    }
    for (const Metrics::MetricPoint &p : *hours)
        m_detector.learnHour(state, p.timestampMs, p.avg, p.min, p.max, int(std::min<qint64>(p.count, 1000)));
}

QList<SeriesAnomaly> AnalysisService::anomalies(const QString &device, double minScore, int limit) const
{
    QList<SeriesAnomaly> out;
    for (const auto &[key, e] : m_series) {
        if ((device.isEmpty() || key.device == device || e.latest.deviceName == device) && e.latest.timeMs > 0 &&
            e.latest.verdict.score >= minScore)
            out << e.latest;
    }
    std::sort(out.begin(), out.end(), [](const SeriesAnomaly &a, const SeriesAnomaly &b) {
        return a.verdict.score != b.verdict.score ? a.verdict.score > b.verdict.score : a.timeMs > b.timeMs;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QJsonObject> AnalysisService::band(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    if (!m_metrics)
        return Error(ErrorCode::NotFound, QStringLiteral("this service keeps no metrics"));
    if (toMs <= fromMs)
        return Error(ErrorCode::InvalidInput, QStringLiteral("\"to\" must be after \"from\""));
    const auto id = m_metrics->findSeriesId(key);
    if (!id)
        return id.error();
    if (!*id)
        return Error(ErrorCode::NotFound,
                     QStringLiteral("no stored series %1 %2 %3").arg(key.device, key.object, key.metric));
    Analysis::SeriesState state;
    warmUp(key, state, fromMs - fromMs % kHourMs);
    // The hour before the window at its own resolution, then the window.
    const qint64 start = fromMs - fromMs % kHourMs;
    const auto points = m_metrics->query(**id, start, toMs + 1, kBandPoints);
    if (!points)
        return points.error();
    QJsonArray out;
    bool learning = false;
    for (const Metrics::MetricPoint &p : *points) {
        const Analysis::Verdict v = m_detector.score(state, p.timestampMs, p.avg);
        if (p.timestampMs < fromMs || v.skipped)
            continue;
        learning = learning || v.learning;
        out.append(QJsonObject{{QStringLiteral("t"), iso(p.timestampMs)},
                               {QStringLiteral("value"), number(v.value)},
                               {QStringLiteral("expected"), number(v.expected)},
                               {QStringLiteral("low"), number(v.low)},
                               {QStringLiteral("high"), number(v.high)},
                               {QStringLiteral("score"), v.score}});
    }
    return QJsonObject{{QStringLiteral("points"), out}, {QStringLiteral("learning"), learning}};
}

QString AnalysisService::explain(const SeriesAnomaly &a)
{
    const Analysis::Verdict &v = a.verdict;
    const QString since =
        v.sinceMs > 0 ? QStringLiteral(" since %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(v.sinceMs, QTimeZone::utc()).toString(Qt::ISODate))
                      : QString();
    if (v.kind == Analysis::AnomalyKind::Flat)
        return QStringLiteral("%1 %2 has not moved from %3%4; it normally varies (score %5)")
            .arg(a.key.metric, a.key.object)
            .arg(v.value, 0, 'g', 6)
            .arg(since)
            .arg(v.score, 0, 'f', 2);
    return QStringLiteral("%1 %2 at %3, expected %4 to %5 at this hour of the week%6 (score %7)")
        .arg(a.key.metric, a.key.object)
        .arg(v.value, 0, 'g', 6)
        .arg(v.low, 0, 'g', 6)
        .arg(v.high, 0, 'g', 6)
        .arg(since)
        .arg(v.score, 0, 'f', 2);
}

void AnalysisService::registerMethods()
{
    m_server->registerMethod(QStringLiteral("anomaly.list"), [this](const QJsonObject &params, const QString &) {
        const int limit = params.value(QStringLiteral("limit")).toInt(50);
        const double minScore = params.value(QStringLiteral("minScore")).toDouble(0.2);
        if (limit < 1 || limit > 1000 || minScore < 0 || minScore > 1)
            return Result<QJsonValue>(
                Error(ErrorCode::InvalidInput, QStringLiteral("\"limit\" takes 1 to 1000 and \"minScore\" 0 to 1")));
        QJsonArray list;
        for (const SeriesAnomaly &a : anomalies(params.value(QStringLiteral("device")).toString(), minScore, limit))
            list.append(a.toJson());
        return Result<QJsonValue>(QJsonObject{{QStringLiteral("anomalies"), list}});
    });
    m_server->registerMethod(QStringLiteral("anomaly.band"), [this](const QJsonObject &params, const QString &) {
        const Domain::SeriesKey key{params.value(QStringLiteral("device")).toString(),
                                    params.value(QStringLiteral("object")).toString(),
                                    params.value(QStringLiteral("metric")).toString()};
        if (key.device.isEmpty() || key.metric.isEmpty())
            return Result<QJsonValue>(
                Error(ErrorCode::InvalidInput, QStringLiteral("anomaly.band needs \"device\" and \"metric\"")));
        const auto from = timeParam(params, "from");
        const auto to = timeParam(params, "to");
        if (!from || !to)
            return Result<QJsonValue>(from ? to.error() : from.error());
        auto answer = band(key, *from, *to);
        return answer ? Result<QJsonValue>(*answer) : Result<QJsonValue>(answer.error());
    });
}

} // namespace OpsDeck::Service
