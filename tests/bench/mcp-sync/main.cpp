// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Benchmark mcp-sync: a full MCP inventory sync (50 network elements with
// their equipment, 400 ports, 240 FREs of which 200 optical links, 120
// alarms) plus 7 days of 15-minute optical PM (Rx and Tx power of both ends
// of the 200 links) from the MCP fixture server, which runs as a separate
// process so only the client's memory is measured. Reports wall time and
// the client's peak RSS.

#include <cstdio>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "backend/domain/metricsink.h"
#include "backend/mcp/mcpclient.h"
#include "backend/mcp/mcpsync.h"
#include "backend/store/store.h"
#include "backend/vault/secret.h"

using namespace OpsDeck;

namespace {

constexpr double kGoalSeconds = 10.0;
constexpr double kGoalRssMb = 200.0;

// Counts what it is given, the way a metric store adapter would see it.
class CountingSink final : public Domain::MetricSink
{
public:
    Status write(const QList<Domain::MetricSample> &samples) override
    {
        count += samples.size();
        for (const Domain::MetricSample &s : samples)
            sum += s.value;
        return {};
    }
    qint64 count = 0;
    double sum = 0;
};

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    QProcess fixture;
    fixture.start(QStringLiteral(OPSDECK_MCP_FIXTURE_EXE), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!fixture.waitForStarted(10000) || !fixture.waitForReadyRead(30000)) {
        std::fprintf(stderr, "cannot start the MCP fixture server: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    const QByteArray line = fixture.readLine().trimmed();
    const int port = line.startsWith("PORT ") ? line.mid(5).toInt() : 0;
    if (port <= 0) {
        std::fprintf(stderr, "unexpected fixture output: %s\n", line.constData());
        return 1;
    }

    QTemporaryDir dir;
    auto store = Store::Store::openSqlite(dir.filePath(QStringLiteral("bench.db")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }

    Mcp::McpClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    client.setCredentials(QStringLiteral("admin"), Vault::Secret::fromString(u"Fixture-Pass-1"));
    Mcp::McpSync sync(&client, store->get());
    CountingSink sink;

    QElapsedTimer timer;
    timer.start();
    qint64 inventoryMs = 0;
    int exitCode = 0;
    Mcp::McpSyncSummary summary;
    QObject::connect(&sync, &Mcp::McpSync::finished, &app, [&](const Result<Mcp::McpSyncSummary> &result) {
        if (!result) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(result.error().toString()));
            exitCode = 1;
            app.quit();
            return;
        }
        summary = *result;
        inventoryMs = timer.elapsed();
        Mcp::PmCollectOptions options;
        options.from = QDateTime(QDate(2024, 10, 14), QTime(0, 0), Qt::UTC); // the fixture's PM week
        options.to = options.from.addDays(7);
        sync.collectPm(options, &sink);
    });
    QObject::connect(&sync, &Mcp::McpSync::pmFinished, &app, [&](const Result<qint64> &result) {
        if (!result) {
            std::fprintf(stderr, "PM collection failed: %s\n", qPrintable(result.error().toString()));
            exitCode = 1;
        }
        app.quit();
    });
    sync.start();
    app.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    fixture.kill();
    fixture.waitForFinished(5000);
    if (exitCode)
        return exitCode;

    const double rss = peakRssMb();
    const qint64 expectedSamples = 400LL * 2 * 7 * 96;
    const bool complete = summary.opticalLinks == 200 && sink.count == expectedSamples;
    const bool met = complete && seconds < kGoalSeconds && rss < kGoalRssMb;
    std::printf("inventory: %d NEs, %d equipment, %d TPEs, %d FREs (%d optical), %d alarms in %.2f s; "
                "PM samples: %lld of %lld; requests: %lld\n",
                summary.networkElements, summary.equipment, summary.tpes, summary.fres, summary.opticalLinks,
                summary.alarms, double(inventoryMs) / 1000.0, sink.count, expectedSamples, client.requestCount());
    std::printf("BENCH mcp-sync: seconds=%.2f peak_rss_mb=%.1f links=%d pm_samples=%lld goal_seconds=%.0f "
                "goal_peak_rss_mb=%.0f met=%s\n",
                seconds, rss, summary.opticalLinks, sink.count, kGoalSeconds, kGoalRssMb, met ? "yes" : "no");
    return 0;
}
