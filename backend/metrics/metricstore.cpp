// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/metrics/metricstore.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <tuple>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace OpsDeck::Metrics {

namespace {

constexpr int kRowsPerStatement = 500;

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

} // namespace

MetricStore::MetricStore(QString connectionName, Store::Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{
}

MetricStore::~MetricStore()
{
    if (!m_buffer.isEmpty())
        (void)flush();
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
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"}) {
        const Status st = store->exec(QString::fromLatin1(pragma));
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
    const QString idColumn = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    const QString bigint = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QString withoutRowid = pg ? QString() : QStringLiteral(" WITHOUT ROWID");
    const QString dbl = QStringLiteral("DOUBLE PRECISION");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS metric_series (id %1, device TEXT NOT NULL, object TEXT NOT NULL,"
                       " metric TEXT NOT NULL, UNIQUE (device, object, metric))")
            .arg(idColumn),
        QStringLiteral("CREATE TABLE IF NOT EXISTS metric_raw (series_id %1 NOT NULL, ts %1 NOT NULL, value %2,"
                       " PRIMARY KEY (series_id, ts))%3")
            .arg(bigint, dbl, withoutRowid),
        QStringLiteral("CREATE TABLE IF NOT EXISTS metric_rollup (series_id %1 NOT NULL, tier INTEGER NOT NULL,"
                       " bucket %1 NOT NULL, vmin %2, vmax %2, vsum %2, n %1, PRIMARY KEY (series_id, tier, bucket))%3")
            .arg(bigint, dbl, withoutRowid),
        QStringLiteral("CREATE INDEX IF NOT EXISTS metric_raw_ts ON metric_raw (ts)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS metric_rollup_bucket ON metric_rollup (tier, bucket)"),
    };
    for (const QString &s : statements) {
        const Status st = exec(s);
        if (!st.ok())
            return st;
    }
    return {};
}

Result<qint64> MetricStore::seriesId(const SeriesKey &key)
{
    const QString cacheKey = key.device + QChar(0x1f) + key.object + QChar(0x1f) + key.metric;
    const auto it = m_seriesIds.constFind(cacheKey);
    if (it != m_seriesIds.constEnd())
        return *it;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM metric_series WHERE device = ? AND object = ? AND metric = ?"));
    q.addBindValue(text(key.device));
    q.addBindValue(text(key.object));
    q.addBindValue(text(key.metric));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot look up a series"));
    if (!q.next()) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO metric_series (device, object, metric) VALUES (?, ?, ?)"));
        ins.addBindValue(text(key.device));
        ins.addBindValue(text(key.object));
        ins.addBindValue(text(key.metric));
        if (!ins.exec())
            return sqlError(ins, QStringLiteral("cannot create a series"));
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("cannot read back a series"));
    }
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(cacheKey, id);
    return id;
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

Status MetricStore::flush()
{
    if (m_buffer.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool pg = m_dialect == Store::Dialect::Postgres;
    if (!db.transaction())
        return Error(ErrorCode::Database, QStringLiteral("cannot begin: %1").arg(db.lastError().text()));
    const auto fail = [&db](Error e) -> Status {
        db.rollback();
        return e;
    };
    QSqlQuery q(db);

    // Raw samples: multi-row literal statements (numbers only, nothing to quote).
    const QString rawHead = pg ? QStringLiteral("INSERT INTO metric_raw (series_id, ts, value) VALUES ")
                               : QStringLiteral("INSERT OR REPLACE INTO metric_raw (series_id, ts, value) VALUES ");
    const QString rawTail = pg ? QStringLiteral(" ON CONFLICT (series_id, ts) DO UPDATE SET value = excluded.value")
                               : QString();
    QString sql;
    for (qsizetype start = 0; start < m_buffer.size(); start += kRowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(m_buffer.size(), start + kRowsPerStatement);
        sql = rawHead;
        sql.reserve(int((end - start) * 40 + 100));
        for (qsizetype i = start; i < end; ++i) {
            const Sample &s = m_buffer.at(i);
            if (i > start)
                sql += u',';
            sql += u'(' + QString::number(s.series) + u',' + QString::number(s.ts) + u','
                + QString::number(s.value, 'g', 17) + u')';
        }
        sql += rawTail;
        if (!q.exec(sql))
            return fail(sqlError(q, QStringLiteral("cannot write samples")));
    }

    // Rollups: aggregate the batch per bucket, then merge into the tiers.
    struct Agg { double min, max, sum; qint64 n; };
    std::map<std::tuple<qint64, int, qint64>, Agg> aggs;
    for (const Sample &s : std::as_const(m_buffer)) {
        for (Resolution r : kRollups) {
            const qint64 size = bucketMs(r);
            const qint64 bucket = s.ts - ((s.ts % size) + size) % size;
            auto [it, inserted] = aggs.try_emplace({s.series, int(r), bucket}, Agg{s.value, s.value, s.value, 1});
            if (!inserted) {
                Agg &a = it->second;
                a.min = std::min(a.min, s.value);
                a.max = std::max(a.max, s.value);
                a.sum += s.value;
                ++a.n;
            }
        }
    }
    const QString least = pg ? QStringLiteral("LEAST") : QStringLiteral("min");
    const QString greatest = pg ? QStringLiteral("GREATEST") : QStringLiteral("max");
    const QString rollHead = QStringLiteral("INSERT INTO metric_rollup (series_id, tier, bucket, vmin, vmax, vsum, n) VALUES ");
    const QString rollTail = QStringLiteral(" ON CONFLICT (series_id, tier, bucket) DO UPDATE SET"
                                            " vmin = %1(metric_rollup.vmin, excluded.vmin),"
                                            " vmax = %2(metric_rollup.vmax, excluded.vmax),"
                                            " vsum = metric_rollup.vsum + excluded.vsum, n = metric_rollup.n + excluded.n")
                                 .arg(least, greatest);
    int rows = 0;
    sql = rollHead;
    for (const auto &[key, a] : aggs) {
        if (rows)
            sql += u',';
        sql += u'(' + QString::number(std::get<0>(key)) + u',' + QString::number(std::get<1>(key)) + u','
            + QString::number(std::get<2>(key)) + u',' + QString::number(a.min, 'g', 17) + u','
            + QString::number(a.max, 'g', 17) + u',' + QString::number(a.sum, 'g', 17) + u','
            + QString::number(a.n) + u')';
        if (++rows == kRowsPerStatement) {
            if (!q.exec(sql + rollTail))
                return fail(sqlError(q, QStringLiteral("cannot write rollups")));
            rows = 0;
            sql = rollHead;
        }
    }
    if (rows && !q.exec(sql + rollTail))
        return fail(sqlError(q, QStringLiteral("cannot write rollups")));
    if (!db.commit())
        return fail(Error(ErrorCode::Database, QStringLiteral("cannot commit: %1").arg(db.lastError().text())));
    m_buffer.clear();
    return {};
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
    q.addBindValue(fromMs);
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
    if (!q.exec(QStringLiteral("DELETE FROM metric_raw WHERE ts < %1").arg(nowMs - m_retention.rawMs)))
        return sqlError(q, QStringLiteral("cannot apply retention"));
    const std::pair<Resolution, qint64> tiers[] = {{Resolution::Minute, m_retention.minuteMs},
                                                   {Resolution::FiveMinutes, m_retention.fiveMinuteMs},
                                                   {Resolution::Hour, m_retention.hourMs}};
    for (const auto &[tier, keep] : tiers) {
        if (!q.exec(QStringLiteral("DELETE FROM metric_rollup WHERE tier = %1 AND bucket < %2")
                        .arg(int(tier))
                        .arg(nowMs - keep)))
            return sqlError(q, QStringLiteral("cannot apply retention"));
    }
    return {};
}

} // namespace OpsDeck::Metrics
