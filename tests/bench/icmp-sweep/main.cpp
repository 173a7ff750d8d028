// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// One echo to each of 1,023 loopback addresses (127.0.0.1 - 127.0.3.255),
// timed for our prober and for `fping -i 1 -r 0 -t 200` in the same run.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include "backend/icmp/icmpengine.h"

using namespace OpsDeck::Icmp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<QHostAddress> hosts;
    QStringList targets;
    for (int i = 1; i <= 1023; ++i) {
        const QString a = QStringLiteral("127.0.%1.%2").arg(i / 256).arg(i % 256);
        hosts.append(QHostAddress(a));
        targets.append(a);
    }

    auto engine = IcmpEngine::open(SocketMode::Auto);
    if (!engine->isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(engine->openError().detail));
        return 1;
    }
    ProbeOptions options;
    options.count = 1;
    options.timeoutMs = 200;
    int answered = 0;
    QElapsedTimer ours;
    ours.start();
    engine->submit(hosts, options, [&](OpsDeck::Result<ProbeResults> r) {
        if (r.ok()) {
            for (const ProbeResult &p : r.value())
                answered += p.reachable() ? 1 : 0;
        }
    });
    engine->runUntilIdle(10000);
    const double oursSeconds = double(ours.nsecsElapsed()) / 1e9;

    QProcess fping;
    fping.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer theirs;
    theirs.start();
    fping.start(QStringLiteral("fping"), QStringList{QStringLiteral("-i"), QStringLiteral("1"), QStringLiteral("-r"),
                                                     QStringLiteral("0"), QStringLiteral("-t"), QStringLiteral("200")}
                                             + targets);
    fping.waitForFinished(60000);
    const double fpingSeconds = double(theirs.nsecsElapsed()) / 1e9;
    const int fpingAlive = int(fping.readAll().count(" is alive"));

    const double ratio = fpingSeconds > 0 ? oursSeconds / fpingSeconds : 0;
    std::printf("BENCH icmp-sweep: hosts=1023 mechanism=%s ours_s=%.3f ours_answered=%d fping_s=%.3f "
                "fping_alive=%d ratio=%.3f goal_ratio<=1.0 met=%s\n",
                qPrintable(engine->mechanism()), oursSeconds, answered, fpingSeconds, fpingAlive, ratio,
                ratio <= 1.0 && answered == 1023 ? "yes" : "no");
    return 0;
}
