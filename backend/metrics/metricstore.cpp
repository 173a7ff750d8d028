// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/metrics/metricstore.h"

#include <algorithm>
#include <atomic>
#include <vector>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace OpsDeck::Metrics {

namespace {

// Rows per prepared multi-row INSERT: 3 (raw) or 7 (rollup) parameters
// each, well below SQLite's and PostgreSQL's parameter limits.
constexpr int kRowsPerStatement = 256;
// SQLite page cache: a batch touches a page per series and tier; a cache
// that holds them all keeps pages from spilling to the WAL mid-transaction.
constexpr int kSqliteCacheKiB = 65536;
// WAL pages between checkpoints (the default is 1,000): pages a batch
// rewrites are copied into the database once per checkpoint, not each time.
constexpr int kWalCheckpointPages = 16384;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("opsdeck-metrics-%1").arg(++counter);
}

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error(ErrorCode::Database, what + QLatin1String(": ") + q.lastError().text(),
                 {{QStringLiteral("sql"), q.lastQuery().left(200)}});
}

// An empty, never null, text: a null QString binds as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const Resolution kRollups[] = {Resolution::Minute, Resolution::FiveMinutes, Resolution::Hour};

qint64 bucketStart(qint64 ts, qint64 size)
{
    return ts - ((ts % size) + size) % size;
}

// Schema steps, applied in order once each; the version reached is kept in
// metric_schema_version. Append new steps, never edit old ones.
QStringList schemaStep(int step, bool pg)
{
    const QString idColumn = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    const QString bigint = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QString withoutRowid = pg ? QString() : QStringLiteral(" WITHOUT ROWID");
    const QString dbl = QStringLiteral("DOUBLE PRECISION");
    switch (step) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS metric_series (id %1, device TEXT NOT NULL,"
                           " object TEXT NOT NULL, metric TEXT NOT NULL, UNIQUE (device, object, metric))")
                .arg(idColumn),
            QStringLiteral("CREATE TABLE IF NOT EXISTS metric_raw (series_id %1 NOT NULL, ts %1 NOT NULL, value %2,"
                           " PRIMARY KEY (series_id, ts))%3")
                .arg(bigint, dbl, withoutRowid),
            QStringLiteral("CREATE TABLE IF NOT EXISTS metric_rollup (series_id %1 NOT NULL, tier INTEGER NOT NULL,"
                           " bucket %1 NOT NULL, vmin %2, vmax %2, vsum %2, n %1,"
                           " PRIMARY KEY (series_id, tier, bucket))%3")
                .arg(bigint, dbl, withoutRowid),
            QStringLiteral("CREATE INDEX IF NOT EXISTS metric_raw_ts ON metric_raw (ts)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS metric_rollup_bucket ON metric_rollup (tier, bucket)"),
        };
    case 2:
        // Retention deletes by primary key range per series: the time
        // indexes only cost every insert a second b-tree write.
        return {QStringLiteral("DROP INDEX IF EXISTS metric_raw_ts"),
                QStringLiteral("DROP INDEX IF EXISTS metric_rollup_bucket")};
    default:
        return {};
    }
}
constexpr int kSchemaVersion = 2;

} // namespace

namespace {

// One rollup bucket's aggregate of a batch, merged into the stored bucket.
struct RollupRow
{
    qint64 series;
    int tier;
    qint64 bucket;
    double min;
    double max;
    double sum;
    qint64 n;
};

} // namespace

// Multi-row INSERT statements with named placeholders (":c<column>r<row>"),
// which Qt binds far cheaper than positional ones. The statement for
// kRowsPerStatement rows is prepared once and reused across flushes; the
// last, shorter one of a batch is prepared for its size.
class MetricStore::RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, QString head, QString tail, int columns, QString what)
        : m_db(db)
        , m_full(db)
        , m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_columns(columns)
        , m_what(std::move(what))
    {
        for (int r = 0; r < kRowsPerStatement; ++r) {
            for (int c = 0; c < columns; ++c)
                m_names.append(QStringLiteral(":c%1r%2").arg(c).arg(r));
        }
        m_values.reserve(kRowsPerStatement * columns);
    }

    [[nodiscard]] Status prepare()
    {
        if (!m_full.prepare(statement(kRowsPerStatement)))
            return sqlError(m_full, m_what);
        return {};
    }
    void add(const QVariant &v) { m_values.append(v); }
    [[nodiscard]] Status endRow()
    {
        return m_values.size() == qsizetype(kRowsPerStatement) * m_columns ? finish() : Status{};
    }
    /// Writes what is pending.
    [[nodiscard]] Status finish()
    {
        if (m_values.isEmpty())
            return {};
        const int rows = int(m_values.size() / m_columns);
        QSqlQuery tail(m_db);
        QSqlQuery *q = &m_full;
        if (rows != kRowsPerStatement) {
            q = &tail;
            if (!tail.prepare(statement(rows)))
                return sqlError(tail, m_what);
        }
        for (qsizetype i = 0; i < m_values.size(); ++i)
            q->bindValue(m_names.at(i), m_values.at(i));
        m_values.clear();
        const bool ok = q->exec();
        const Status st = ok ? Status{} : Status(sqlError(*q, m_what));
        q->finish();
        return st;
    }
    void discard() { m_values.clear(); }

private:
    [[nodiscard]] QString statement(int rows) const
    {
        QString sql = m_head;
        for (int r = 0; r < rows; ++r) {
            sql += r ? QStringLiteral(",(") : QStringLiteral("(");
            for (int c = 0; c < m_columns; ++c) {
                if (c)
                    sql += u',';
                sql += m_names.at(r * m_columns + c);
            }
            sql += u')';
        }
        return sql + m_tail;
    }

    QSqlDatabase m_db;
    QSqlQuery m_full;
    QString m_head;
    QString m_tail;
    int m_columns;
    QString m_what;
    QStringList m_names;
    QVariantList m_values;
};

MetricStore::MetricStore(QString connectionName, Store::Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{
}

MetricStore::~MetricStore()
{
    if (!m_buffer.isEmpty())
        (void)flush();
    m_rawWriter.reset();
    m_rollupWriter.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<MetricStore>> MetricStore::openSqlite(const QString &path)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(ErrorCode::Database, QStringLiteral("cannot open the metric store: %1").arg(text),
                         {{QStringLiteral("file"), path}});
        }
    }
    std::unique_ptr<MetricStore> store(new MetricStore(name, Store::Dialect::Sqlite));
    const QString pragmas[] = {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                               QStringLiteral("PRAGMA busy_timeout=5000"),
                               QStringLiteral("PRAGMA cache_size=-%1").arg(kSqliteCacheKiB),
                               QStringLiteral("PRAGMA temp_store=MEMORY"),
                               QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kWalCheckpointPages)};
    for (const QString &pragma : pragmas) {
        const Status st = store->exec(pragma);
        if (!st.ok())
            return st.error();
    }
    const Status st = store->ensureSchema();
    if (!st.ok())
        return st.error();
    return store;
}

Result<std::unique_ptr<MetricStore>> MetricStore::openPostgres(const Store::PostgresParams &params)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(params.host);
        db.setPort(params.port);
        db.setDatabaseName(params.database);
        db.setUserName(params.user);
        db.setPassword(params.password);
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(ErrorCode::Database, QStringLiteral("cannot open the metric store: %1").arg(text),
                         {{QStringLiteral("host"), params.host}, {QStringLiteral("database"), params.database}});
        }
    }
    std::unique_ptr<MetricStore> store(new MetricStore(name, Store::Dialect::Postgres));
    const Status st = store->ensureSchema();
    if (!st.ok())
        return st.error();
    return store;
}

Status MetricStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql))
        return sqlError(q, QStringLiteral("statement failed"));
    return {};
}

Status MetricStore::ensureSchema()
{
    const bool pg = m_dialect == Store::Dialect::Postgres;
    Status st = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS metric_schema_version (version INTEGER NOT NULL)"));
    if (!st.ok())
        return st;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(version) FROM metric_schema_version")))
        return sqlError(q, QStringLiteral("cannot read the metric schema version"));
    const int current = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    for (int step = current + 1; step <= kSchemaVersion; ++step) {
        if (!db.transaction())
            return Error(ErrorCode::Database, QStringLiteral("cannot begin: %1").arg(db.lastError().text()));
        QStringList statements = schemaStep(step, pg);
        statements << (step == 1 ? QStringLiteral("INSERT INTO metric_schema_version (version) VALUES (1)")
                                 : QStringLiteral("UPDATE metric_schema_version SET version = %1").arg(step));
        for (const QString &sql : std::as_const(statements)) {
            st = exec(sql);
            if (!st.ok()) {
                db.rollback();
                return st;
            }
        }
        if (!db.commit())
            return Error(ErrorCode::Database, QStringLiteral("cannot commit: %1").arg(db.lastError().text()));
    }
    return {};
}

Result<std::optional<qint64>> MetricStore::findSeriesId(const Domain::SeriesKey &key)
{
    const QString cacheKey = key.device + QChar(0x1f) + key.object + QChar(0x1f) + key.metric;
    const auto it = m_seriesIds.constFind(cacheKey);
    if (it != m_seriesIds.constEnd())
        return std::optional<qint64>(*it);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM metric_series WHERE device = ? AND object = ? AND metric = ?"));
    q.addBindValue(text(key.device));
    q.addBindValue(text(key.object));
    q.addBindValue(text(key.metric));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot look up a series"));
    if (!q.next())
        return std::optional<qint64>();
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(cacheKey, id);
    return std::optional<qint64>(id);
}

Result<qint64> MetricStore::seriesId(const Domain::SeriesKey &key)
{
    const auto found = findSeriesId(key);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    QSqlQuery ins(QSqlDatabase::database(m_connectionName, false));
    ins.prepare(QStringLiteral("INSERT INTO metric_series (device, object, metric) VALUES (?, ?, ?)"));
    ins.addBindValue(text(key.device));
    ins.addBindValue(text(key.object));
    ins.addBindValue(text(key.metric));
    if (!ins.exec())
        return sqlError(ins, QStringLiteral("cannot create a series"));
    const auto created = findSeriesId(key);
    if (!created)
        return created.error();
    if (!*created)
        return Error(ErrorCode::Database, QStringLiteral("cannot read back a series"));
    return **created;
}

Status MetricStore::append(qint64 seriesId, qint64 timestampMs, double value)
{
    m_buffer.append({seriesId, timestampMs, value});
    if (m_buffer.size() >= m_batchSize)
        return flush();
    return {};
}

qint64 MetricStore::bucketMs(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw: return 1;
    case Resolution::Minute: return 60000;
    case Resolution::FiveMinutes: return 300000;
    case Resolution::Hour: return 3600000;
    }
    return 1;
}

Status MetricStore::prepareWriters()
{
    if (m_rawWriter)
        return {};
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool pg = m_dialect == Store::Dialect::Postgres;
    auto raw = std::make_unique<RowWriter>(
        db,
        pg ? QStringLiteral("INSERT INTO metric_raw (series_id, ts, value) VALUES ")
           : QStringLiteral("INSERT OR REPLACE INTO metric_raw (series_id, ts, value) VALUES "),
        pg ? QStringLiteral(" ON CONFLICT (series_id, ts) DO UPDATE SET value = excluded.value") : QString(), 3,
        QStringLiteral("cannot write samples"));
    auto rollup = std::make_unique<RowWriter>(
        db, QStringLiteral("INSERT INTO metric_rollup (series_id, tier, bucket, vmin, vmax, vsum, n) VALUES "),
        QStringLiteral(" ON CONFLICT (series_id, tier, bucket) DO UPDATE SET vmin = %1(metric_rollup.vmin,"
                       " excluded.vmin), vmax = %2(metric_rollup.vmax, excluded.vmax),"
                       " vsum = metric_rollup.vsum + excluded.vsum, n = metric_rollup.n + excluded.n")
            .arg(pg ? QStringLiteral("LEAST") : QStringLiteral("min"),
                 pg ? QStringLiteral("GREATEST") : QStringLiteral("max")),
        7, QStringLiteral("cannot write rollups"));
    Status st = raw->prepare();
    if (st.ok())
        st = rollup->prepare();
    if (!st.ok())
        return st;
    m_rawWriter = std::move(raw);
    m_rollupWriter = std::move(rollup);
    return {};
}

Status MetricStore::flush()
{
    if (m_buffer.isEmpty())
        return {};
    Status st = prepareWriters();
    if (!st.ok())
        return st;
    // Series by series, oldest first: rows and buckets go out in key order,
    // and a (series, ts) written twice keeps its last value.
    std::stable_sort(m_buffer.begin(), m_buffer.end(), [](const Sample &a, const Sample &b) {
        return a.series < b.series || (a.series == b.series && a.ts < b.ts);
    });
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return Error(ErrorCode::Database, QStringLiteral("cannot begin: %1").arg(db.lastError().text()));
    st = writeRaw();
    if (st.ok())
        st = writeRollups();
    if (!st.ok()) {
        m_rawWriter->discard();
        m_rollupWriter->discard();
        db.rollback();
        return st;
    }
    if (!db.commit()) {
        const Error e(ErrorCode::Database, QStringLiteral("cannot commit: %1").arg(db.lastError().text()));
        db.rollback();
        return e;
    }
    m_buffer.clear();
    return {};
}

Status MetricStore::writeRaw()
{
    RowWriter &rows = *m_rawWriter;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const Sample &s = m_buffer.at(i);
        if (i + 1 < m_buffer.size() && m_buffer.at(i + 1).series == s.series && m_buffer.at(i + 1).ts == s.ts)
            continue; // overwritten within the batch
        rows.add(s.series);
        rows.add(s.ts);
        rows.add(s.value);
        const Status st = rows.endRow();
        if (!st.ok())
            return st;
    }
    return rows.finish();
}

Status MetricStore::writeRollups()
{
    RowWriter &rows = *m_rollupWriter;
    const auto write = [&rows](const RollupRow &row) {
        rows.add(row.series);
        rows.add(row.tier);
        rows.add(row.bucket);
        rows.add(row.min);
        rows.add(row.max);
        rows.add(row.sum);
        rows.add(row.n);
        return rows.endRow();
    };
    // One pass per series and tier over the sorted batch: a bucket's samples
    // are adjacent, so each bucket is complete when the next one starts.
    for (qsizetype first = 0; first < m_buffer.size();) {
        const qint64 series = m_buffer.at(first).series;
        qsizetype end = first;
        while (end < m_buffer.size() && m_buffer.at(end).series == series)
            ++end;
        for (Resolution r : kRollups) {
            const qint64 size = bucketMs(r);
            RollupRow row{series, int(r), 0, 0, 0, 0, 0};
            for (qsizetype i = first; i < end; ++i) {
                const Sample &s = m_buffer.at(i);
                const qint64 bucket = bucketStart(s.ts, size);
                if (row.n && bucket != row.bucket) {
                    const Status st = write(row);
                    if (!st.ok())
                        return st;
                    row.n = 0;
                }
                if (row.n == 0) {
                    row = RollupRow{series, int(r), bucket, s.value, s.value, s.value, 1};
                    continue;
                }
                row.min = std::min(row.min, s.value);
                row.max = std::max(row.max, s.value);
                row.sum += s.value;
                ++row.n;
            }
            if (row.n) {
                const Status st = write(row);
                if (!st.ok())
                    return st;
            }
        }
        first = end;
    }
    return rows.finish();
}

Result<QList<MetricPoint>> MetricStore::query(qint64 seriesId, qint64 fromMs, qint64 toMs, Resolution resolution)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (resolution == Resolution::Raw) {
        q.prepare(QStringLiteral("SELECT ts, value FROM metric_raw WHERE series_id = ? AND ts >= ? AND ts < ?"
                                 " ORDER BY ts"));
    } else {
        q.prepare(QStringLiteral("SELECT bucket, vmin, vsum / n, vmax, n FROM metric_rollup WHERE series_id = ?"
                                 " AND tier = %1 AND bucket >= ? AND bucket < ? ORDER BY bucket")
                      .arg(int(resolution)));
    }
    q.addBindValue(seriesId);
    if (resolution == Resolution::Raw) {
        q.addBindValue(fromMs);
    } else {
        // The bucket that holds fromMs belongs to the window, even when it
        // starts before it.
        const qint64 bucket = bucketMs(resolution);
        q.addBindValue(fromMs - (((fromMs % bucket) + bucket) % bucket));
    }
    q.addBindValue(toMs);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot query samples"));
    QList<MetricPoint> out;
    while (q.next()) {
        MetricPoint p;
        p.timestampMs = q.value(0).toLongLong();
        if (resolution == Resolution::Raw) {
            p.min = p.avg = p.max = q.value(1).toDouble();
            p.count = 1;
        } else {
            p.min = q.value(1).toDouble();
            p.avg = q.value(2).toDouble();
            p.max = q.value(3).toDouble();
            p.count = q.value(4).toLongLong();
        }
        out.append(p);
    }
    return out;
}

Resolution MetricStore::resolutionFor(qint64 spanMs, int maxPoints, qint64 ageMs, const RetentionPolicy &policy)
{
    // Raw samples are assumed to come at least every 10 s.
    const qint64 limit = std::max(1, maxPoints);
    if (ageMs <= policy.rawMs && spanMs / 10000 <= limit)
        return Resolution::Raw;
    if (ageMs <= policy.minuteMs && spanMs / bucketMs(Resolution::Minute) <= limit)
        return Resolution::Minute;
    if (ageMs <= policy.fiveMinuteMs && spanMs / bucketMs(Resolution::FiveMinutes) <= limit)
        return Resolution::FiveMinutes;
    return Resolution::Hour;
}

Result<QList<MetricPoint>> MetricStore::query(qint64 seriesId, qint64 fromMs, qint64 toMs, int maxPoints,
                                              Resolution *used)
{
    const qint64 age = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - fromMs);
    const Resolution r = resolutionFor(toMs - fromMs, maxPoints, age, m_retention);
    if (used)
        *used = r;
    return query(seriesId, fromMs, toMs, r);
}

Status MetricStore::applyRetention(qint64 nowMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // By primary key range, series by series (there is no time index).
    if (!q.exec(QStringLiteral("DELETE FROM metric_raw WHERE series_id IN (SELECT id FROM metric_series)"
                               " AND ts < %1")
                    .arg(nowMs - m_retention.rawMs)))
        return sqlError(q, QStringLiteral("cannot apply retention"));
    const std::pair<Resolution, qint64> tiers[] = {{Resolution::Minute, m_retention.minuteMs},
                                                   {Resolution::FiveMinutes, m_retention.fiveMinuteMs},
                                                   {Resolution::Hour, m_retention.hourMs}};
    for (const auto &[tier, keep] : tiers) {
        if (!q.exec(QStringLiteral("DELETE FROM metric_rollup WHERE series_id IN (SELECT id FROM metric_series)"
                                   " AND tier = %1 AND bucket < %2")
                        .arg(int(tier))
                        .arg(nowMs - keep)))
            return sqlError(q, QStringLiteral("cannot apply retention"));
    }
    return {};
}

} // namespace OpsDeck::Metrics
