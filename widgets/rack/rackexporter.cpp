// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackexporter.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

Q_LOGGING_CATEGORY(lcRackExport, "opsdeck.rack.export")

namespace OpsDeck::Widgets {

namespace {

constexpr double kSpacing = 40;
constexpr int kPerRow = 6;

Error cancelled()
{
    return Error(ErrorCode::Cancelled, QStringLiteral("export cancelled"));
}

QList<Models::LegendEntry> mergedLegend(const QList<RackPicture> &racks, int from, int to)
{
    QList<Models::LegendEntry> out;
    for (int i = from; i < to; ++i) {
        for (const Models::LegendEntry &e : racks.at(i).legend) {
            if (std::none_of(out.cbegin(), out.cend(), [&](const Models::LegendEntry &o) { return o.label == e.label; }))
                out << e;
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.label < b.label; });
    return out;
}

// Racks in a grid of kPerRow columns with the legend under them.
struct Grid
{
    QList<QPointF> positions;
    QSizeF racksSize;
    double legendTop = 0;
    QSizeF total;
};

Grid grid(const QList<RackPicture> &racks)
{
    Grid g;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    double width = 0;
    for (int i = 0; i < racks.size(); ++i) {
        if (i > 0 && i % kPerRow == 0) {
            x = 0;
            y += rowHeight + kSpacing;
            rowHeight = 0;
        }
        g.positions << QPointF(x, y);
        const RackGeometry &geo = racks.at(i).geometry;
        x += geo.width() + kSpacing;
        width = std::max(width, x - kSpacing);
        rowHeight = std::max(rowHeight, geo.height());
    }
    g.racksSize = QSizeF(width, y + rowHeight);
    g.legendTop = g.racksSize.height() + 12;
    const double legend = racks.isEmpty() ? 0 : RackPainter::legendHeight(std::max(width, 400.0), mergedLegend(racks, 0, int(racks.size())));
    g.total = QSizeF(std::max(width, 400.0), g.legendTop + legend);
    return g;
}

Status paintGrid(QPainter *painter, const QList<RackPicture> &racks, const Grid &g, const RackExporter::Progress &progress)
{
    for (int i = 0; i < racks.size(); ++i) {
        painter->save();
        painter->translate(g.positions.at(i));
        RackPainter::paintRack(painter, racks.at(i));
        painter->restore();
        if (progress && !progress(i + 1))
            return cancelled();
    }
    if (!racks.isEmpty()) {
        RackPainter::paintLegend(painter, QPointF(0, g.legendTop), g.total.width(), racks.first().colouring,
                                 mergedLegend(racks, 0, int(racks.size())));
    }
    return {};
}

} // namespace

RackExporter::RackExporter(QObject *parent)
    : QObject(parent)
{}

RackExporter::~RackExporter()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread.joinable())
        m_thread.join();
}

int RackExporter::pageCount(int racks, int racksPerPage)
{
    racksPerPage = std::max(1, racksPerPage);
    return (racks + racksPerPage - 1) / racksPerPage;
}

Status RackExporter::renderPages(QPagedPaintDevice *device, const QList<RackPicture> &racks, int racksPerPage,
                                 const QString &title, const Progress &progress)
{
    if (racks.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("no racks to export"));
    racksPerPage = std::max(1, racksPerPage);
    QPainter painter;
    if (!painter.begin(device))
        return Error(ErrorCode::Io, QStringLiteral("cannot paint on the output device"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = pageCount(int(racks.size()), racksPerPage);
    const QSizeF page(device->width(), device->height());
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage()) {
            painter.end();
            return Error(ErrorCode::Io, QStringLiteral("cannot start page %1").arg(p + 1));
        }
        const int from = p * racksPerPage;
        const int to = std::min(int(racks.size()), from + racksPerPage);
        double width = 0;
        double height = 0;
        for (int i = from; i < to; ++i) {
            width += racks.at(i).geometry.width() + (i > from ? kSpacing : 0);
            height = std::max(height, racks.at(i).geometry.height());
        }
        const QList<Models::LegendEntry> legend = mergedLegend(racks, from, to);
        const double header = 24;
        const double legendH = RackPainter::legendHeight(width, legend) + 10;
        const double scale = std::min(page.width() / width, page.height() / (header + height + legendH));
        painter.save();
        painter.scale(scale, scale);
        // Centre horizontally on the page.
        painter.translate((page.width() / scale - width) / 2, 0);
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(10);
        painter.setFont(f);
        painter.setPen(QColor(0x61, 0x61, 0x61));
        painter.drawText(QRectF(0, 0, width, 16), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(QRectF(0, 0, width, 16), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));
        double x = 0;
        for (int i = from; i < to; ++i) {
            painter.save();
            painter.translate(x, header);
            RackPainter::paintRack(&painter, racks.at(i));
            painter.restore();
            x += racks.at(i).geometry.width() + kSpacing;
            if (progress && !progress(i + 1)) {
                painter.restore();
                painter.end();
                return cancelled();
            }
        }
        RackPainter::paintLegend(&painter, QPointF(0, header + height + 10), width, racks.first().colouring, legend);
        painter.restore();
    }
    if (!painter.end())
        return Error(ErrorCode::Io, QStringLiteral("cannot finish the output"));
    return {};
}

Status RackExporter::writePdf(const QString &path, const QList<RackPicture> &racks, const RackPageOptions &options,
                              const Progress &progress)
{
    QPdfWriter writer(path);
    writer.setResolution(options.resolution);
    writer.setCreator(QStringLiteral("OpsDeck"));
    writer.setTitle(options.title.isEmpty() ? tr("Rack elevations") : options.title);
    writer.setPageLayout(QPageLayout(options.pageSize, options.orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    Status s = renderPages(&writer, racks, options.racksPerPage, options.title, progress);
    if (!s)
        qCWarning(lcRackExport) << "PDF export failed:" << s.error().toString();
    return s;
}

Status RackExporter::writeSvg(const QString &path, const QList<RackPicture> &racks, const Progress &progress)
{
    if (racks.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("no racks to export"));
    const Grid g = grid(racks);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(tr("Rack elevations"));
    svg.setSize(g.total.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), g.total));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path), {{QStringLiteral("file"), path}});
    Status s = paintGrid(&painter, racks, g, progress);
    painter.end();
    return s;
}

Status RackExporter::writePng(const QString &path, const QList<RackPicture> &racks, double scale,
                              const Progress &progress)
{
    if (racks.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("no racks to export"));
    const Grid g = grid(racks);
    // Keep the image within what image viewers open comfortably.
    scale = std::min(scale, 16000.0 / std::max(g.total.width(), g.total.height()));
    QImage image((g.total * scale).toSize() + QSize(2, 2), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    Status s = paintGrid(&painter, racks, g, progress);
    painter.end();
    if (!s)
        return s;
    if (!image.save(path, "PNG"))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path), {{QStringLiteral("file"), path}});
    return {};
}

bool RackExporter::start(Format format, const QString &path, const QList<RackPicture> &racks,
                         const RackPageOptions &options)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int total = int(racks.size());
    emit progress(0, total);
    m_thread = std::thread([this, format, path, racks, options, total, cancel = m_cancel] {
        const Progress report = [this, total, cancel](int done) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !cancel->load();
        };
        Status s;
        switch (format) {
        case Format::Pdf:
            s = writePdf(path, racks, options, report);
            break;
        case Format::Svg:
            s = writeSvg(path, racks, report);
            break;
        case Format::Png:
            s = writePng(path, racks, 2.0, report);
            break;
        }
        QMetaObject::invokeMethod(this, [this, s, path] {
            if (m_thread.joinable())
                m_thread.join();
            m_running = false;
            emit finished(s, path);
        }, Qt::QueuedConnection);
    });
    return true;
}

void RackExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace OpsDeck::Widgets
