// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// store-import: bulk-imports the 20x demo estate into a fresh store, on
// SQLite and on PostgreSQL (when the rig's postgres.env is there), and prints
// rows per second. The estate is generated and mapped before the clock starts,
// so the figure is the store's own write rate.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "backend/demo/estategenerator.h"
#include "backend/store/inventoryimporter.h"
#include "backend/store/store.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;

namespace {

constexpr double kGoalSqliteRowsPerSecond = 200000;

// Imports every object in one transaction; returns rows/s or a negative value.
double importRate(Store::Store &store, const QList<Domain::MappedObject> &objects, const char *label)
{
    QElapsedTimer timer;
    timer.start();
    const Status st = store.transaction([&]() -> Status {
        Store::InventoryImporter importer(store);
        for (const Domain::MappedObject &o : objects) {
            if (auto s = importer.add(o); !s)
                return s;
        }
        return importer.flush();
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!st) {
        std::fprintf(stderr, "%s import failed: %s\n", label, qPrintable(st.error().toString()));
        return -1;
    }
    const auto devices = store.count(Domain::ObjectKind::Device);
    std::printf("%s: %lld objects (%lld devices) in %.3f s = %.0f rows/s\n", label, qint64(objects.size()),
                devices ? *devices : -1, seconds, objects.size() / seconds);
    return objects.size() / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scale = qEnvironmentVariableIntValue("OPSDECK_BENCH_SCALE") > 0
                          ? qEnvironmentVariableIntValue("OPSDECK_BENCH_SCALE")
                          : 20;

    QElapsedTimer timer;
    timer.start();
    QList<Domain::MappedObject> objects;
    QHash<Domain::ObjectKind, qint64> counts;
    Demo::EstateOptions options;
    options.scale = scale;
    bool mappingFailed = false;
    Demo::EstateGenerator(options).generate([&](Domain::ObjectKind kind, const QJsonObject &o) {
        auto m = Domain::NetBoxMapper::map(kind, o);
        if (!m) {
            mappingFailed = true;
            return;
        }
        ++counts[kind];
        objects << std::move(m).value();
    });
    if (mappingFailed) {
        std::fprintf(stderr, "the demo estate did not map\n");
        return 1;
    }
    const double generateSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("estate x%d: %lld objects (%lld devices, %lld interfaces, %lld cables, %lld IPs), generated and mapped "
                "in %.2f s\n",
                scale, qint64(objects.size()), counts.value(Domain::ObjectKind::Device),
                counts.value(Domain::ObjectKind::Interface), counts.value(Domain::ObjectKind::Cable),
                counts.value(Domain::ObjectKind::IpAddress), generateSeconds);

    QTemporaryDir dir;
    double sqliteRate = -1;
    {
        auto store = Store::Store::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        sqliteRate = importRate(**store, objects, "sqlite");
    }

    double postgresRate = -1;
    QString error;
    const auto env = Test::readRigEnv(QStringLiteral("postgres"), &error);
    if (env.isEmpty()) {
        std::printf("postgres: not measured (%s)\n", qPrintable(error));
    } else {
        Store::PostgresParams params;
        params.host = env.value(QStringLiteral("PGHOST"));
        params.port = env.value(QStringLiteral("PGPORT")).toInt();
        params.database = env.value(QStringLiteral("PGDATABASE"));
        params.user = env.value(QStringLiteral("PGUSER"));
        {
            // Start from an empty schema.
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
            admin.setHostName(params.host);
            admin.setPort(params.port);
            admin.setDatabaseName(params.database);
            admin.setUserName(params.user);
            if (admin.open()) {
                QSqlQuery q(admin);
                q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
                q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
                q.exec(QStringLiteral("CREATE SCHEMA public"));
                admin.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        auto store = Store::Store::openPostgres(params);
        if (!store)
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        else
            postgresRate = importRate(**store, objects, "postgres");
    }

    const bool met = sqliteRate >= kGoalSqliteRowsPerSecond;
    std::printf("BENCH store-import: rows=%lld sqlite_rows_per_s=%.0f postgres_rows_per_s=%s "
                "goal_sqlite_rows_per_s=%.0f met=%s\n",
                qint64(objects.size()), sqliteRate,
                postgresRate < 0 ? "n/a" : qPrintable(QString::number(postgresRate, 'f', 0)),
                kGoalSqliteRowsPerSecond, met ? "yes" : "no");
    return 0;
}
