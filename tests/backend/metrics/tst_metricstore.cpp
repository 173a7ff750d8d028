// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "backend/metrics/metricstore.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;
using namespace OpsDeck::Metrics;

/// The metric store on SQLite and on the rig's PostgreSQL.
class TestMetricStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;

    std::unique_ptr<MetricStore> open(const QString &dialect)
    {
        if (dialect == QLatin1String("sqlite")) {
            auto r = MetricStore::openSqlite(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_run)));
            if (!r.ok())
                qWarning("%s", qPrintable(r.error().toString()));
            return r.ok() ? std::move(r).value() : nullptr;
        }
        QString error;
        const auto env = Test::readRigEnv(QStringLiteral("postgres"), &error);
        if (env.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        Store::PostgresParams p;
        p.host = env.value(QStringLiteral("PGHOST"));
        p.port = env.value(QStringLiteral("PGPORT")).toInt();
        p.user = env.value(QStringLiteral("PGUSER"));
        p.database = env.value(QStringLiteral("PGDATABASE"));
        auto r = MetricStore::openPostgres(p);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error().toString()));
            return nullptr;
        }
        // A clean slate on the shared server.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cleanup"));
        db.setHostName(p.host);
        db.setPort(p.port);
        db.setUserName(p.user);
        db.setDatabaseName(p.database);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("TRUNCATE metric_raw, metric_rollup, metric_series"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cleanup"));
        return std::move(r).value();
    }

    static void dialects()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seriesIdsAreStable_data() { dialects(); }
    void seriesIdsAreStable()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const auto a = store->seriesId({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs});
        const auto b = store->seriesId({u"sw1"_qs, u"ifIndex:2"_qs, u"if.in.bps"_qs});
        const auto a2 = store->seriesId({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs});
        QVERIFY(a.ok() && b.ok() && a2.ok());
        QVERIFY(*a != *b);
        QCOMPARE(*a, *a2);
    }

    void findingASeriesNeverCreatesIt_data() { dialects(); }
    void findingASeriesNeverCreatesIt()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const Domain::SeriesKey key{u"sw9"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs};
        const auto missing = store->findSeriesId(key);
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
        // Still absent: the lookup did not create it.
        QVERIFY(!store->findSeriesId(key)->has_value());
        const auto created = store->seriesId(key);
        QVERIFY(created.ok());
        const auto found = store->findSeriesId(key);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(**found, *created);
    }

    void rawAndRollups_data() { dialects(); }
    void rawAndRollups()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const qint64 id = *store->seriesId({u"sw1"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs});
        const qint64 t0 = 1700000000000LL - (1700000000000LL % 3600000); // an hour boundary
        store->setBatchSize(100); // several flushes, so rollups merge across batches
        // Two hours at 10 s: value = index within the minute (0..5).
        for (int i = 0; i < 720; ++i)
            QVERIFY(store->append(id, t0 + i * 10000LL, double(i % 6)).ok());
        QVERIFY(store->flush().ok());
        QCOMPARE(store->buffered(), 0);

        const auto raw = store->query(id, t0, t0 + 60000, Resolution::Raw);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 6);
        QCOMPARE(raw->at(5).avg, 5.0);

        const auto minutes = store->query(id, t0, t0 + 7200000, Resolution::Minute);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes->size(), 120);
        QCOMPARE(minutes->at(0).min, 0.0);
        QCOMPARE(minutes->at(0).max, 5.0);
        QCOMPARE(minutes->at(0).avg, 2.5);
        QCOMPARE(minutes->at(0).count, 6);

        const auto five = store->query(id, t0, t0 + 7200000, Resolution::FiveMinutes);
        QVERIFY(five.ok());
        QCOMPARE(five->size(), 24);
        QCOMPARE(five->at(3).count, 30);

        const auto hours = store->query(id, t0, t0 + 7200000, Resolution::Hour);
        QVERIFY(hours.ok());
        QCOMPARE(hours->size(), 2);
        QCOMPARE(hours->at(1).count, 360);
        QCOMPARE(hours->at(1).avg, 2.5);
        QCOMPARE(hours->at(1).timestampMs, t0 + 3600000);
    }

    void rewriteOfASampleReplacesIt_data() { dialects(); }
    void rewriteOfASampleReplacesIt()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const qint64 id = *store->seriesId({u"d"_qs, QString(), u"icmp.rtt.ms"_qs});
        QVERIFY(store->append(id, 1000, 1.0).ok());
        QVERIFY(store->flush().ok());
        QVERIFY(store->append(id, 1000, 7.0).ok());
        QVERIFY(store->flush().ok());
        const auto raw = store->query(id, 0, 5000, Resolution::Raw);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 1);
        QCOMPARE(raw->at(0).avg, 7.0);
    }

    void unsortedBatchesMergeIntoRollups_data() { dialects(); }
    void unsortedBatchesMergeIntoRollups()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const qint64 a = *store->seriesId({u"sw2"_qs, u"ifIndex:1"_qs, u"if.in.bps"_qs});
        const qint64 b = *store->seriesId({u"sw2"_qs, u"ifIndex:2"_qs, u"if.in.bps"_qs});
        // Series interleaved and out of time order within a batch; the
        // first minute is completed by a later batch.
        QVERIFY(store->append(b, 70000, 40.0).ok());
        QVERIFY(store->append(a, 70000, 5.0).ok());
        QVERIFY(store->append(a, 10000, 1.0).ok());
        QVERIFY(store->append(b, 10000, 20.0).ok());
        QVERIFY(store->flush().ok());
        QVERIFY(store->append(a, 30000, 3.0).ok());
        QVERIFY(store->flush().ok());

        const auto raw = store->query(a, 0, 120000, Resolution::Raw);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 3);
        QCOMPARE(raw->at(0).timestampMs, 10000);
        QCOMPARE(raw->at(1).avg, 3.0);
        QCOMPARE(raw->at(2).avg, 5.0);

        const auto minutes = store->query(a, 0, 120000, Resolution::Minute);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes->size(), 2);
        QCOMPARE(minutes->at(0).timestampMs, 0);
        QCOMPARE(minutes->at(0).count, 2);
        QCOMPARE(minutes->at(0).min, 1.0);
        QCOMPARE(minutes->at(0).max, 3.0);
        QCOMPARE(minutes->at(0).avg, 2.0);
        QCOMPARE(minutes->at(1).count, 1);
        QCOMPARE(minutes->at(1).avg, 5.0);

        const auto other = store->query(b, 0, 120000, Resolution::FiveMinutes);
        QVERIFY(other.ok());
        QCOMPARE(other->size(), 1);
        QCOMPARE(other->at(0).count, 2);
        QCOMPARE(other->at(0).avg, 30.0);
    }

    void sampleWrittenTwiceInOneBatch_data() { dialects(); }
    void sampleWrittenTwiceInOneBatch()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const qint64 id = *store->seriesId({u"d2"_qs, QString(), u"icmp.rtt.ms"_qs});
        QVERIFY(store->append(id, 5000, 1.0).ok());
        QVERIFY(store->append(id, 5000, 3.0).ok());
        QVERIFY(store->flush().ok());
        const auto raw = store->query(id, 0, 10000, Resolution::Raw);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 1);
        QCOMPARE(raw->at(0).avg, 3.0); // the last write wins
        const auto minutes = store->query(id, 0, 60000, Resolution::Minute);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes->size(), 1);
        QCOMPARE(minutes->at(0).count, 2); // rollups count every write
    }

    void manyRowsAcrossStatements()
    {
        // More rows than one prepared statement holds, with a shorter last one.
        auto store = open(QStringLiteral("sqlite"));
        QVERIFY(store);
        const qint64 id = *store->seriesId({u"d3"_qs, QString(), u"m"_qs});
        for (int i = 0; i < 1000; ++i)
            QVERIFY(store->append(id, i * 1000LL, double(i)).ok());
        QVERIFY(store->flush().ok());
        const auto raw = store->query(id, 0, 1000000, Resolution::Raw);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 1000);
        QCOMPARE(raw->at(999).avg, 999.0);
        const auto minutes = store->query(id, 0, 1000000, Resolution::Minute);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes->size(), 17);
        QCOMPARE(minutes->at(16).count, 40);
    }

    void upgradesAnUnversionedDatabase()
    {
        // A metric database as the first schema left it: no version table,
        // time indexes, one sample.
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"CREATE TABLE metric_series (id INTEGER PRIMARY KEY, device TEXT NOT NULL, object TEXT NOT NULL,"
                  " metric TEXT NOT NULL, UNIQUE (device, object, metric))",
                  "CREATE TABLE metric_raw (series_id INTEGER NOT NULL, ts INTEGER NOT NULL, value DOUBLE PRECISION,"
                  " PRIMARY KEY (series_id, ts)) WITHOUT ROWID",
                  "CREATE TABLE metric_rollup (series_id INTEGER NOT NULL, tier INTEGER NOT NULL, bucket INTEGER"
                  " NOT NULL, vmin DOUBLE PRECISION, vmax DOUBLE PRECISION, vsum DOUBLE PRECISION, n INTEGER,"
                  " PRIMARY KEY (series_id, tier, bucket)) WITHOUT ROWID",
                  "CREATE INDEX metric_raw_ts ON metric_raw (ts)",
                  "CREATE INDEX metric_rollup_bucket ON metric_rollup (tier, bucket)",
                  "INSERT INTO metric_series (id, device, object, metric) VALUES (1, 'sw9', '', 'm')",
                  "INSERT INTO metric_raw VALUES (1, 1000, 4.5)",
                  "INSERT INTO metric_rollup VALUES (1, 1, 0, 4.5, 4.5, 4.5, 1)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto opened = MetricStore::openSqlite(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        auto store = std::move(opened).value();
        QCOMPARE(*store->seriesId({u"sw9"_qs, QString(), u"m"_qs}), 1);
        QVERIFY(store->append(1, 2000, 6.5).ok());
        QVERIFY(store->flush().ok());
        const auto minutes = store->query(1, 0, 60000, Resolution::Minute);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes->size(), 1);
        QCOMPARE(minutes->at(0).count, 2);
        QCOMPARE(minutes->at(0).avg, 5.5);
        store.reset();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM metric_schema_version")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                          " ('metric_raw_ts', 'metric_rollup_bucket')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // Opening again leaves the version alone.
        auto again = MetricStore::openSqlite(path);
        QVERIFY(again.ok());
    }

    void retention_data() { dialects(); }
    void retention()
    {
        QFETCH(QString, dialect);
        auto store = open(dialect);
        QVERIFY(store);
        const qint64 id = *store->seriesId({u"d"_qs, QString(), u"m"_qs});
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 now = 100 * day;
        QVERIFY(store->append(id, now - 3 * day, 1).ok());  // beyond raw retention (2 d)
        QVERIFY(store->append(id, now - 1 * day, 2).ok());
        QVERIFY(store->flush().ok());
        QVERIFY(store->applyRetention(now).ok());
        const auto raw = store->query(id, 0, now, Resolution::Raw);
        QCOMPARE(raw->size(), 1);
        const auto minutes = store->query(id, 0, now, Resolution::Minute);
        QCOMPARE(minutes->size(), 2); // rollups are kept longer
    }

    void resolutionChoice_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<int>("expected");
        const qint64 h = 3600000;
        QTest::newRow("1 h live") << h << 1000 << h << int(Resolution::Raw);
        QTest::newRow("1 day") << 24 * h << 1500 << 24 * h << int(Resolution::Minute);
        QTest::newRow("7 days") << 168 * h << 2100 << 168 * h << int(Resolution::FiveMinutes);
        QTest::newRow("90 days") << 2160 * h << 2200 << 2160 * h << int(Resolution::Hour);
        QTest::newRow("old hour, raw expired") << h << 1000 << 72 * h << int(Resolution::Minute);
    }
    void resolutionChoice()
    {
        QFETCH(qint64, span);
        QFETCH(int, maxPoints);
        QFETCH(qint64, age);
        QFETCH(int, expected);
        QCOMPARE(int(MetricStore::resolutionFor(span, maxPoints, age)), expected);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
