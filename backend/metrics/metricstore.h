// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <memory>

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include "backend/core/result.h"
#include "backend/domain/serieskey.h"
#include "backend/store/store.h"

namespace OpsDeck::Metrics {

/// Storage tiers, finest first.
enum class Resolution { Raw, Minute, FiveMinutes, Hour };

/// One point of a query: a raw sample (min = avg = max, count 1) or a rollup bucket.
struct MetricPoint
{
    qint64 timestampMs = 0; ///< sample time, or the start of the bucket
    double min = 0;
    double avg = 0;
    double max = 0;
    qint64 count = 0;
};

/// How long each tier keeps data.
struct RetentionPolicy
{
    qint64 rawMs = 2LL * 24 * 3600 * 1000;
    qint64 minuteMs = 14LL * 24 * 3600 * 1000;
    qint64 fiveMinuteMs = 90LL * 24 * 3600 * 1000;
    qint64 hourMs = 730LL * 24 * 3600 * 1000;
};

/// Time series of a workspace: raw samples plus 1 min, 5 min and 1 h rollups
/// (min/avg/max) kept up to date on every flush, retention per tier, and
/// queries that pick the finest tier giving at most the requested number of
/// points. SQLite (WAL) or PostgreSQL, on a connection of its own beside the
/// workspace Store (the metric tables are created on open if missing).
///
/// append() only buffers; flush() writes the buffer in one transaction (call
/// it on a timer, or let append() do it when the buffer reaches batchSize()):
/// the batch is sorted by (series, time), raw rows go out through reused
/// prepared multi-row statements, and the rollup buckets of every tier are
/// aggregated in memory in one pass and merged into the stored ones (so a
/// bucket spread over several flushes, or a restart, still adds up). A sample
/// written twice for the same time keeps the last value in the raw tier; the
/// rollups count every write. The schema is versioned (metric_schema_version)
/// and upgraded on open. Not thread-safe: one MetricStore per thread.
class MetricStore final
{
public:
    ~MetricStore();
    MetricStore(const MetricStore &) = delete;
    MetricStore &operator=(const MetricStore &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<MetricStore>> openSqlite(const QString &path);
    [[nodiscard]] static Result<std::unique_ptr<MetricStore>> openPostgres(const Store::PostgresParams &params);

    [[nodiscard]] Store::Dialect dialect() const { return m_dialect; }

    /// The id of a series, created on first use (cached).
    [[nodiscard]] Result<qint64> seriesId(const Domain::SeriesKey &key);
    /// The id of an existing series, or none; never creates one (readers).
    [[nodiscard]] Result<std::optional<qint64>> findSeriesId(const Domain::SeriesKey &key);

    /// The series of @p metric (at most @p limit), by id.
    [[nodiscard]] Result<QList<std::pair<qint64, Domain::SeriesKey>>> seriesOf(const QString &metric, int limit = 100000);

    /// Buffers one sample; flushes when the buffer is full.
    [[nodiscard]] Status append(qint64 seriesId, qint64 timestampMs, double value);
    [[nodiscard]] Status flush();
    [[nodiscard]] int buffered() const { return int(m_buffer.size()); }
    void setBatchSize(int samples) { m_batchSize = qMax(1, samples); }
    [[nodiscard]] int batchSize() const { return m_batchSize; }

    /// Points of [fromMs, toMs) at `resolution`.
    [[nodiscard]] Result<QList<MetricPoint>> query(qint64 seriesId, qint64 fromMs, qint64 toMs,
                                                   Resolution resolution);
    /// Points of [fromMs, toMs) at the finest resolution that yields at most
    /// `maxPoints` for that span (and still has data: retention is respected).
    [[nodiscard]] Result<QList<MetricPoint>> query(qint64 seriesId, qint64 fromMs, qint64 toMs, int maxPoints,
                                                   Resolution *used = nullptr);
    /// The tier a query over `spanMs` with `maxPoints` uses, given the data
    /// that retention keeps for a window starting `ageMs` ago.
    [[nodiscard]] static Resolution resolutionFor(qint64 spanMs, int maxPoints, qint64 ageMs = 0,
                                                  const RetentionPolicy &policy = {});
    [[nodiscard]] static qint64 bucketMs(Resolution resolution);

    void setRetention(const RetentionPolicy &policy) { m_retention = policy; }
    [[nodiscard]] const RetentionPolicy &retention() const { return m_retention; }
    /// Deletes what each tier keeps longer than its retention, relative to `nowMs`.
    [[nodiscard]] Status applyRetention(qint64 nowMs);

private:
    struct Sample
    {
        qint64 series;
        qint64 ts;
        double value;
    };
    MetricStore(QString connectionName, Store::Dialect dialect);
    [[nodiscard]] Status ensureSchema();
    [[nodiscard]] Status exec(const QString &sql);
    class RowWriter;
    [[nodiscard]] Status prepareWriters();
    [[nodiscard]] Status writeRaw();
    [[nodiscard]] Status writeRollups();

    QString m_connectionName;
    Store::Dialect m_dialect;
    QVector<Sample> m_buffer;
    int m_batchSize = 20000;
    QHash<QString, qint64> m_seriesIds;
    RetentionPolicy m_retention;
    std::unique_ptr<RowWriter> m_rawWriter;    // prepared on the first flush, reused
    std::unique_ptr<RowWriter> m_rollupWriter;
};

} // namespace OpsDeck::Metrics
