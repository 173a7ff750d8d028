// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "backend/demo/demoworkspace.h"
#include "backend/workspace/workspaceregistry.h"

using namespace OpsDeck;

namespace {

constexpr double GoalStartMs = 1500;
constexpr double GoalPeakRssMb = 300;

struct Run
{
    double wallMs = 0;
    double paintedMs = -1;
    double peakRssMb = 0;
    qint64 devices = 0;
    bool ok = false;
};

// One start of the console, its stdout captured in a file, timed from fork
// to exit (the console quits right after the first paint with the tree).
Run startConsole(const QTemporaryDir &dir, const QString &workspace, int index)
{
    Run run;
    const QByteArray out = dir.filePath(QStringLiteral("run%1.out").arg(index)).toLocal8Bit();
    const QByteArray exe = OPSDECK_CONSOLE_EXE;
    const QByteArray folder = workspace.toLocal8Bit();
    const QByteArray settings = dir.filePath(QStringLiteral("console.ini")).toLocal8Bit();
    const QByteArray configHome = dir.filePath(QStringLiteral("home/config")).toLocal8Bit();
    const QByteArray dataHome = dir.filePath(QStringLiteral("home/data")).toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        setenv("XDG_CONFIG_HOME", configHome.constData(), 1);
        setenv("XDG_DATA_HOME", dataHome.constData(), 1);
        setenv("QT_LOGGING_RULES", "opsdeck.*.info=false", 1);
        if (!freopen(out.constData(), "w", stdout))
            _exit(127);
        execl(exe.constData(), exe.constData(), "--workspace", folder.constData(), "--settings",
              settings.constData(), "--startup-probe", static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    QFile file(QString::fromLocal8Bit(out));
    if (!file.open(QIODevice::ReadOnly))
        return run;
    const QString text = QString::fromUtf8(file.readAll());
    const auto match = QRegularExpression(QStringLiteral("painted_ms=(\\d+) devices=(\\d+)")).match(text);
    if (match.hasMatch()) {
        run.paintedMs = match.captured(1).toDouble();
        run.devices = match.captured(2).toLongLong();
    }
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && match.hasMatch();
    if (!run.ok)
        std::fprintf(stderr, "run %d: exit status %d, output: %s\n", index, status, qPrintable(text));
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int scale = qEnvironmentVariableIntValue("OPSDECK_BENCH_SCALE") > 0
                          ? qEnvironmentVariableIntValue("OPSDECK_BENCH_SCALE")
                          : 20;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }

    // The 20x demo workspace, in its own registry (not timed).
    QElapsedTimer prepare;
    prepare.start();
    const Workspace::WorkspaceRegistry registry(dir.filePath(QStringLiteral("workspaces")),
                                                dir.filePath(QStringLiteral("userconfig")));
    Demo::EstateOptions options;
    options.scale = scale;
    auto workspace = Demo::ensureDemoWorkspace(registry, options);
    if (!workspace) {
        std::fprintf(stderr, "cannot create the demo workspace: %s\n", qPrintable(workspace.error().toString()));
        return 1;
    }
    std::printf("workspace x%d prepared in %.1f s: %s\n", scale, double(prepare.elapsed()) / 1000.0,
                qPrintable(workspace->folder()));

    // Three starts; the worst counts.
    QList<Run> runs;
    for (int i = 0; i < 3; ++i) {
        const Run run = startConsole(dir, workspace->folder(), i);
        if (!run.ok) {
            std::fprintf(stderr, "the console did not start\n");
            return 1;
        }
        std::printf("start %d: %.0f ms to exit after first paint (%.0f ms in-process), peak RSS %.1f MB, %lld devices\n",
                    i + 1, run.wallMs, run.paintedMs, run.peakRssMb, run.devices);
        runs << run;
    }
    const double startMs = std::max_element(runs.cbegin(), runs.cend(), [](const Run &a, const Run &b) {
                               return a.wallMs < b.wallMs;
                           })->wallMs;
    const double rssMb = std::max_element(runs.cbegin(), runs.cend(), [](const Run &a, const Run &b) {
                             return a.peakRssMb < b.peakRssMb;
                         })->peakRssMb;
    const bool met = startMs < GoalStartMs && rssMb < GoalPeakRssMb;
    std::printf("BENCH console-start: start_ms=%.0f peak_rss_mb=%.1f devices=%lld goal_start_ms=%.0f "
                "goal_peak_rss_mb=%.0f met=%s\n",
                startMs, rssMb, runs.first().devices, GoalStartMs, GoalPeakRssMb, met ? "yes" : "no");
    return 0;
}
