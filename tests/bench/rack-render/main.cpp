// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Benchmark rack-render: the 20x demo estate's largest site (>= 200 racks)
// exported to one PDF, and the frame time of panning the room view
// offscreen. Goals: PDF < 2 s, frame < 16 ms.
#include <algorithm>
#include <cstdio>
#include <ctime>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollBar>
#include <QTemporaryDir>

#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "models/rack/rackplanmodel.h"
#include "widgets/rack/rackexporter.h"
#include "widgets/rack/rackscene.h"
#include "widgets/rack/rackviews.h"

using namespace OpsDeck;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench rack-render: %s\n", qPrintable(what));
    return 1;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min(qsizetype(values.size() - 1), qsizetype(values.size() * p)));
}

// CPU time of the calling thread in ms (diagnostics in verbose mode: on a
// busy machine it tells painting cost from waiting for a core).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Pans the view across the room at its current zoom, repainting each step;
// returns the frame times in ms.
QList<double> pan(QGraphicsView &view, int frames)
{
    QList<double> times;
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    h->setValue(h->minimum());
    v->setValue(v->minimum());
    view.viewport()->repaint();
    const int step = std::max(1, (h->maximum() - h->minimum()) / frames);
    QElapsedTimer timer;
    const bool verbose = qEnvironmentVariableIsSet("OPSDECK_BENCH_VERBOSE");
    for (int i = 0; i < frames; ++i) {
        timer.start();
        const double cpu = threadCpuMs();
        h->setValue(h->minimum() + (i * step) % std::max(1, h->maximum() - h->minimum() + 1));
        if (i % 10 == 9)
            v->setValue(v->value() == v->minimum() ? v->maximum() / 2 : v->minimum());
        view.viewport()->repaint();
        times << timer.nsecsElapsed() / 1e6;
        if (verbose)
            std::printf("frame %d zoom %.3f %.1f ms (cpu %.1f ms)\n", i, view.transform().m11(), times.last(),
                        threadCpuMs() - cpu);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QTemporaryDir dir;
    auto opened = Store::Store::openSqlite(dir.filePath(QStringLiteral("store.sqlite")));
    if (!opened)
        return fail(opened.error().toString());
    Store::Store &store = *opened.value();
    Demo::EstateOptions options;
    options.scale = 20;
    QElapsedTimer importTimer;
    importTimer.start();
    if (const Status s = Demo::importDemoEstate(store, options); !s)
        return fail(s.error().toString());
    const qint64 importMs = importTimer.elapsed();

    // The site with the most racks.
    Models::RackSiteData data;
    const auto sites = store.sites(); // keep the result alive for the loop
    for (const Domain::Site &s : sites.value()) {
        if (s.rackCount > data.site.rackCount)
            data.site = s;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    data.locations = *store.locations(data.site.id);
    data.racks = *store.racks(data.site.id);
    data.devices = *store.devices(data.site.id);
    data.deviceTypes = *store.deviceTypes();
    data.reservations = *store.rackReservations(data.site.id);
    data.limits = *store.rackLimits(data.site.id);
    data.loads = *store.deviceLoads(data.site.id);
    const qint64 loadMs = loadTimer.elapsed();
    if (data.racks.size() < 200)
        return fail(QStringLiteral("largest site has only %1 racks").arg(data.racks.size()));

    Models::RackPlanModel model;
    model.setSiteData(data);

    // One PDF for the whole site: pictures are copied on the GUI thread,
    // then painted as the exporter does.
    QElapsedTimer pdfTimer;
    pdfTimer.start();
    QList<Widgets::RackPicture> pictures;
    for (const Domain::Rack &r : data.racks)
        pictures << Widgets::RackPicture::fromModel(model, r.id, Models::RackColouring::Role);
    const QString pdf = dir.filePath(QStringLiteral("site.pdf"));
    Widgets::RackPageOptions page;
    page.title = data.site.name;
    if (const Status s = Widgets::RackExporter::writePdf(pdf, pictures, page); !s)
        return fail(s.error().toString());
    const qint64 pdfMs = pdfTimer.elapsed();

    // The room view, 1600x1000, panned at a working zoom (a few racks
    // across, labels drawn) and at the whole-room zoom.
    QElapsedTimer buildTimer;
    buildTimer.start();
    Widgets::RoomView view(&model);
    view.resize(1600, 1000);
    view.setRacks(model.rackIds(), 20);
    view.show();
    QApplication::processEvents();
    const qint64 buildMs = buildTimer.elapsed();
    view.setZoom(0.5);
    const QList<double> working = pan(view, 200);
    view.zoomToFit();
    const QList<double> whole = pan(view, 50);

    const double frame = percentile(working, 0.5);
    const double frameP95 = percentile(working, 0.95);
    const double frameRoom = percentile(whole, 0.5);
    const bool met = pdfMs < 2000 && frameP95 < 16 && frameRoom < 16;
    std::printf("import_ms=%lld load_ms=%lld scene_build_ms=%lld pdf_bytes=%lld\n", importMs, loadMs, buildMs,
                QFileInfo(pdf).size());
    std::printf("BENCH rack-render: racks=%lld devices=%lld pdf_pages=%d pdf_ms=%lld frame_ms=%.2f frame_p95_ms=%.2f "
                "frame_room_ms=%.2f goal_pdf_ms=2000 goal_frame_ms=16 met=%s\n",
                qlonglong(data.racks.size()), qlonglong(data.devices.size()),
                Widgets::RackExporter::pageCount(int(pictures.size()), 1), pdfMs, frame, frameP95, frameRoom,
                met ? "yes" : "no");
    return 0;
}
