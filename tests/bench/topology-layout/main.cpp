// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// topology-layout: a graph of 1,500 devices and 10,000 cables (core,
// distribution, access, hosts; bundles of parallel cables), from records to
// the first painted frame (graph build + Graphviz sfdp layout on the worker
// thread + scene + first frame), then the frame time of panning and zooming,
// against the Graphviz `sfdp` command line laying out the same graph.
#include <algorithm>
#include <cstdio>
#include <ctime>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "models/topology/topologymodel.h"
#include "widgets/topology/topologyscene.h"
#include "widgets/topology/topologyview.h"

using namespace OpsDeck;
using namespace OpsDeck::Topology;

namespace {

constexpr int kDevices = 1500;
constexpr int kCables = 10000;
constexpr double kGoalFirstFrameMs = 1000;
constexpr double kGoalFrameMs = 16;

TopologySourceData estate()
{
    TopologySourceData data;
    const int cores = 8, dists = 60, access = 300;
    const auto add = [&](const QString &name, const char *role, const char *color) {
        Domain::Device d;
        d.id = data.devices.size() + 1;
        d.name = name;
        d.roleName = QString::fromLatin1(role);
        d.roleColor = QString::fromLatin1(color);
        d.siteId = 1;
        d.siteName = QStringLiteral("DC1");
        data.devices << d;
        return d.id;
    };
    for (int i = 0; i < cores; ++i)
        add(QStringLiteral("core-%1").arg(i + 1), "Core Router", "2196f3");
    for (int i = 0; i < dists; ++i)
        add(QStringLiteral("agg-%1").arg(i + 1), "Distribution Switch", "3f51b5");
    for (int i = 0; i < access; ++i)
        add(QStringLiteral("acc-%1").arg(i + 1), "Access Switch", "00bcd4");
    while (data.devices.size() < kDevices)
        add(QStringLiteral("host-%1").arg(data.devices.size() + 1), "Server", "8bc34a");

    qint64 cable = 0, iface = 0;
    const auto link = [&](qint64 a, qint64 b, int parallel) {
        for (int p = 0; p < parallel && cable < kCables; ++p) {
            Domain::LinkRecord l;
            l.cableId = ++cable;
            l.cableStatus = QStringLiteral("connected");
            l.aDeviceId = a;
            l.aInterfaceId = ++iface;
            l.aInterface = QStringLiteral("p%1").arg(iface);
            l.aSpeedKbps = 10000000;
            l.bDeviceId = b;
            l.bInterfaceId = ++iface;
            l.bInterface = QStringLiteral("p%1").arg(iface);
            data.links << l;
        }
    };
    const qint64 firstDist = cores + 1, firstAccess = cores + dists + 1, firstHost = cores + dists + access + 1;
    for (qint64 a = 1; a <= cores; ++a)
        for (qint64 b = a + 1; b <= cores; ++b)
            link(a, b, 4);
    for (int d = 0; d < dists; ++d)
        for (qint64 c = 1; c <= cores; ++c)
            link(c, firstDist + d, 4);
    for (int a = 0; a < access; ++a) {
        for (int k = 0; k < 4; ++k)
            link(firstDist + (a * 4 + k) % dists, firstAccess + a, 2);
        if (a % 2 == 0)
            link(firstAccess + a, firstAccess + a + 1, 4);
    }
    for (qint64 h = firstHost; h <= kDevices; ++h) {
        const qint64 acc = firstAccess + (h - firstHost) / 4 % access;
        link(acc, h, 2);
        link(firstAccess + (acc - firstAccess + 1) % access, h, 2);
    }
    // The rest as single cables to a third access switch.
    for (qint64 h = firstHost; cable < kCables; h = h == kDevices ? firstHost : h + 1)
        link(firstAccess + (h * 7) % access, h, 1);
    return data;
}

// CPU time of the calling thread in ms (diagnostics in verbose mode: on a
// busy machine it tells painting cost from waiting for a core).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const TopologySourceData data = estate();

    // First frame: records -> graph -> layout (worker thread) -> scene -> paint.
    QElapsedTimer total;
    total.start();
    TopologyScope scope;
    const TopologyGraph graph = TopologyBuilder::build(data, scope);
    const double buildMs = total.nsecsElapsed() / 1e6;
    Models::TopologyModel model;
    Widgets::TopologyScene scene(&model);
    Widgets::TopologyView view(&scene);
    view.resize(1600, 1000);
    QEventLoop loop;
    QObject::connect(&model, &Models::TopologyModel::graphChanged, &loop, &QEventLoop::quit);
    QObject::connect(&model, &Models::TopologyModel::layoutFailed, &loop, &QEventLoop::quit);
    QElapsedTimer layoutTimer;
    layoutTimer.start();
    model.setGraph(graph);
    loop.exec();
    const double layoutMs = layoutTimer.nsecsElapsed() / 1e6; // includes the scene rebuild (graphChanged)
    if (model.positions().size() != graph.nodes.size()) {
        std::fprintf(stderr, "layout failed\n");
        return 1;
    }
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&frame);
        view.render(&p);
    }
    const double firstFrameMs = total.nsecsElapsed() / 1e6;

    // Pan and zoom frames: the whole graph, then closer, panning across.
    QList<double> frames;
    const double zooms[] = {1.0, 1.6, 0.7, 2.5, 0.5, 1.25};
    for (int i = 0; i < 60; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        if (i % 10 == 0)
            view.zoomBy(zooms[(i / 10) % 6]);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + ((i / 5) % 2 ? -120 : 120));
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + ((i / 7) % 2 ? -80 : 80));
        QPainter p(&frame);
        view.render(&p);
        p.end();
        frames << t.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("OPSDECK_BENCH_VERBOSE"))
            std::printf("frame %d zoom %.3f %.1f ms (cpu %.1f ms)\n", i, view.zoom(), frames.last(), threadCpuMs() - cpu);
    }
    // Zoomed all the way out (every node and edge visible) too.
    view.fitAll();
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i % 2 ? -40 : 40));
        QPainter p(&frame);
        view.render(&p);
        p.end();
        frames << t.nsecsElapsed() / 1e6;
    }
    double mean = 0;
    for (double f : frames)
        mean += f;
    mean /= frames.size();
    const double p95 = percentile(frames, 0.95);

    // The same graph through the sfdp command line (default settings, no output).
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("OPSDECK_BENCH_KEEP"));
    const QString dotPath = dir.filePath(QStringLiteral("graph.gv"));
    {
        QFile file(dotPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QTextStream out(&file);
        out << "graph topology {\n  overlap=prism;\n  node [shape=box, fixedsize=true, width=1.833, height=0.556];\n";
        for (const TopologyNode &n : graph.nodes)
            out << "  " << n.deviceId << ";\n";
        for (const TopologyEdge &e : graph.edges)
            out << "  " << e.aDeviceId << " -- " << e.bDeviceId << ";\n";
        out << "}\n";
    }
    double sfdpMs = -1;
    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (!sfdp.isEmpty()) {
        QProcess process;
        QElapsedTimer t;
        t.start();
        process.start(sfdp, {QStringLiteral("-Tdot"), QStringLiteral("-o"), QStringLiteral("/dev/null"), dotPath});
        if (process.waitForFinished(600000) && process.exitCode() == 0)
            sfdpMs = t.nsecsElapsed() / 1e6;
        if (!dir.autoRemove())
            std::printf("graph: %s\n", qPrintable(dotPath));
    }

    const bool met = firstFrameMs < kGoalFirstFrameMs && p95 < kGoalFrameMs;
    std::printf("build_ms=%.1f layout_and_scene_ms=%.1f frames=%lld frame_max_ms=%.1f\n", buildMs, layoutMs,
                qint64(frames.size()), percentile(frames, 1.0));
    std::printf("BENCH topology-layout: devices=%lld cables=%d edges=%lld first_frame_ms=%.0f frame_ms_mean=%.1f "
                "frame_ms_p95=%.1f sfdp_cli_ms=%s goal_first_frame_ms=%.0f goal_frame_ms=%.0f met=%s\n",
                qint64(graph.nodes.size()), graph.cableCount(), qint64(graph.edges.size()), firstFrameMs, mean, p95,
                sfdpMs < 0 ? "n/a" : qPrintable(QString::number(sfdpMs, 'f', 0)), kGoalFirstFrameMs, kGoalFrameMs,
                met ? "yes" : "no");
    return 0;
}
