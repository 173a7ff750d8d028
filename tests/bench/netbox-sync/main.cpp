// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// netbox-sync: full sync of the 20x demo estate from the NetBox fixture
// server (NetBox 4.6 shapes, in its own process) into an SQLite store,
// against pynetbox 7 merely fetching the same endpoints with .all(); then the
// no-change incremental resync, and OpsDeck's peak RSS.
#include <sys/resource.h>

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>

#include "backend/domain/objectkind.h"
#include "backend/netbox/netboxsync.h"
#include "backend/store/store.h"

using namespace OpsDeck;

namespace {

constexpr double kGoalSpeedup = 5.0;
constexpr double kGoalIncrementalSeconds = 1.0;
const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

Result<NetBox::SyncSummary> runSync(NetBox::NetBoxSync &sync, bool full)
{
    std::optional<Result<NetBox::SyncSummary>> out;
    QEventLoop loop;
    QObject::connect(&sync, &NetBox::NetBoxSync::finished, &loop, [&](const Result<NetBox::SyncSummary> &r) {
        out = r;
        loop.quit();
    });
    full ? sync.startFull() : sync.startIncremental();
    loop.exec();
    return *out;
}

// pynetbox fetching every endpoint with .all() (records built, nothing stored).
double pynetboxSeconds(const QString &url, qint64 *objects, QString *error)
{
    QStringList endpoints;
    for (const Domain::KindInfo &info : Domain::allKinds())
        endpoints << QLatin1Char('"') + info.endpoint + QLatin1Char('"');
    const QString script = QStringLiteral(
        "import sys, time, pynetbox\n"
        "api = pynetbox.api(sys.argv[1], token=sys.argv[2])\n"
        "n = 0\n"
        "t = time.monotonic()\n"
        "for ep in [%1]:\n"
        "    app, name = ep.split('/')\n"
        "    n += len(list(getattr(getattr(api, app), name.replace('-', '_')).all()))\n"
        "print(n, time.monotonic() - t)\n").arg(endpoints.join(QLatin1Char(',')));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, url, kToken});
    if (!python.waitForFinished(1800 * 1000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError()).trimmed().split(QLatin1Char('\n')).constLast();
        return -1;
    }
    const QStringList parts = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    *objects = parts.value(0).toLongLong();
    return parts.value(1).toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QProcess server;
    server.start(QStringLiteral(OPSDECK_NETBOX_FIXTURE),
                 {QStringLiteral("--scale"), QStringLiteral("20"), QStringLiteral("--api-version"), QStringLiteral("4.6"),
                  QStringLiteral("--token"), kToken});
    if (!server.waitForReadyRead(300 * 1000)) {
        std::printf("BENCH netbox-sync: error=fixture_server_did_not_start met=no\n");
        return 0;
    }
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(line.section(QLatin1Char(' '), 1));

    QTemporaryDir dir;
    auto store = Store::Store::openSqlite(dir.filePath(QStringLiteral("bench.db")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    NetBox::ClientSettings settings;
    settings.baseUrl = QUrl(url);
    settings.token = Vault::Secret::fromString(kToken);
    settings.timeoutMs = 60000;
    NetBox::NetBoxClient client(settings);
    NetBox::NetBoxSync sync(&client, store->get());
    NetBox::SyncOptions options;
    options.pageSize = 1000;
    options.concurrency = 4;
    sync.setOptions(options);

    QElapsedTimer timer;
    timer.start();
    auto full = runSync(sync, true);
    const double fullSeconds = timer.nsecsElapsed() / 1e9;
    if (!full) {
        std::fprintf(stderr, "%s\n", qPrintable(full.error().toString()));
        std::printf("BENCH netbox-sync: error=full_sync_failed met=no\n");
        return 0;
    }
    timer.restart();
    auto incremental = runSync(sync, false);
    const double incrementalSeconds = timer.nsecsElapsed() / 1e9;
    if (!incremental) {
        std::fprintf(stderr, "%s\n", qPrintable(incremental.error().toString()));
        std::printf("BENCH netbox-sync: error=incremental_sync_failed met=no\n");
        return 0;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakRssMb = usage.ru_maxrss / 1024.0;
    std::printf("opsdeck: full sync %lld objects, %lld requests, %.1f MB in %.2f s; incremental %lld objects in %.3f s\n",
                full->upserted, full->requests, full->bytes / 1e6, fullSeconds, incremental->upserted,
                incremental->requests ? incrementalSeconds : incrementalSeconds);
    std::fflush(stdout);

    qint64 pyObjects = 0;
    QString pyError;
    const double pySeconds = pynetboxSeconds(url, &pyObjects, &pyError);
    server.kill();
    server.waitForFinished();
    if (pySeconds < 0) {
        std::printf("pynetbox: not measured (%s)\n", qPrintable(pyError));
        std::printf("BENCH netbox-sync: objects=%lld opsdeck_full_s=%.2f pynetbox_full_s=n/a speedup=n/a "
                    "incremental_s=%.3f peak_rss_mb=%.0f goal_speedup=%.0f goal_incremental_s=%.1f met=no\n",
                    full->upserted, fullSeconds, incrementalSeconds, peakRssMb, kGoalSpeedup, kGoalIncrementalSeconds);
        return 0;
    }
    std::printf("pynetbox: %lld objects in %.2f s\n", pyObjects, pySeconds);
    const double speedup = pySeconds / fullSeconds;
    const bool met = speedup >= kGoalSpeedup && incrementalSeconds < kGoalIncrementalSeconds &&
                     pyObjects == full->upserted;
    std::printf("BENCH netbox-sync: objects=%lld opsdeck_full_s=%.2f pynetbox_full_s=%.2f speedup=%.1f "
                "incremental_s=%.3f peak_rss_mb=%.0f goal_speedup=%.0f goal_incremental_s=%.1f met=%s\n",
                full->upserted, fullSeconds, pySeconds, speedup, incrementalSeconds, peakRssMb, kGoalSpeedup,
                kGoalIncrementalSeconds, met ? "yes" : "no");
    return 0;
}
