// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <unordered_map>

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include "backend/analysis/anomalydetector.h"
#include "backend/core/result.h"
#include "backend/domain/serieskey.h"

class QTimer;

namespace OpsDeck::Metrics {
class CollectionScheduler;
class MetricStore;
} // namespace OpsDeck::Metrics

namespace OpsDeck::Ipc {
class IpcServer;
}

namespace OpsDeck::Service {

/// One analysed series' latest verdict, as the service reports it.
struct SeriesAnomaly
{
    Domain::SeriesKey key;
    QString deviceName;
    Analysis::Verdict verdict;
    qint64 timeMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// Streams every collected sample of the analysed metrics through the
/// anomaly detector as it is stored, keeps one baseline per series (learned
/// first from the hourly rollups the metric store already holds, so a
/// restart does not start from nothing), hands each score to the alarm
/// engine through @c reportAnomaly (which raises the "anomaly" rules with
/// the explanation) and publishes the series that become or stop being
/// anomalous. Methods:
///   anomaly.list {"device"?, "limit"? (1..1000, 50), "minScore"? (0..1, 0.2)}
///                 -> {"anomalies": [A...]} by score, highest first
///   anomaly.band {"device", "object", "metric", "from", "to" (ISO 8601)}
///                 -> {"points": [{"t", "value", "expected", "low", "high", "score"}], "learning"}
/// where A = {"device", "deviceName", "object", "metric", "score", "value",
/// "expected", "low", "high", "kind", "since", "at"}. The band replays the
/// detector over the stored history, so it matches what was scored live.
/// Topic "anomalies": {"type": "changed", "anomaly": A}.
///
/// Lives on the service's main thread, as the metric store it reads.
class AnalysisService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisService)

public:
    using AnomalySink =
        std::function<void(const Domain::SeriesKey &key, qint64 timeMs, double score, const QString &explanation)>;
    using DeviceNames = std::function<QString(const QString &seriesDevice)>;

    /// The metrics analysed unless configured otherwise.
    [[nodiscard]] static QStringList defaultMetrics();
    /// How far back the rollups that start a baseline reach.
    static constexpr qint64 kWarmUpMs = 28LL * 24 * 3600 * 1000;

    /// @p metrics (may be null: no warm start, no band) is the service's
    /// metric store; @p server (may be null) gets the methods and the topic.
    AnalysisService(Metrics::MetricStore *metrics, Ipc::IpcServer *server, QObject *parent = nullptr);
    ~AnalysisService() override;

    void setAnomalySink(AnomalySink sink) { m_sink = std::move(sink); }
    void setDeviceNames(DeviceNames names) { m_names = std::move(names); }
    void setMetrics(const QStringList &metrics);
    [[nodiscard]] const Analysis::DetectorOptions &options() const { return m_detector.options(); }

    void watch(Metrics::CollectionScheduler *scheduler);
    /// Scores one sample of @p key (ignored unless its metric is analysed).
    void onSample(const Domain::SeriesKey &key, qint64 timeMs, double value);

    /// The latest verdicts with a score of at least @p minScore, highest first.
    [[nodiscard]] QList<SeriesAnomaly> anomalies(const QString &device = {}, double minScore = 0.2,
                                                 int limit = 50) const;
    /// The detector replayed over the stored history of @p key in [fromMs, toMs].
    [[nodiscard]] Result<QJsonObject> band(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }

    /// One sentence for an alarm: what was expected, what was seen, since when.
    [[nodiscard]] static QString explain(const SeriesAnomaly &anomaly);

private:
    struct Entry
    {
        Analysis::SeriesState state;
        SeriesAnomaly latest;
        bool warmed = false;
    };
    struct KeyHash
    {
        size_t operator()(const Domain::SeriesKey &k) const;
    };
    struct KeyEqual
    {
        bool operator()(const Domain::SeriesKey &a, const Domain::SeriesKey &b) const;
    };

    void registerMethods();
    void warmPending();
    /// Learns up to @p untilMs of the stored hourly rollups of @p key into @p state.
    void warmUp(const Domain::SeriesKey &key, Analysis::SeriesState &state, qint64 untilMs) const;

    Metrics::MetricStore *m_metrics;
    Ipc::IpcServer *m_server;
    Analysis::AnomalyDetector m_detector;
    QSet<QString> m_analysed;
    std::unordered_map<Domain::SeriesKey, Entry, KeyHash, KeyEqual> m_series;
    QList<Domain::SeriesKey> m_toWarm;
    QTimer *m_warmTimer;
    AnomalySink m_sink;
    DeviceNames m_names;
};

} // namespace OpsDeck::Service
