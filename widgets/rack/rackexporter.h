// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

#include <QObject>
#include <QPageLayout>
#include <QPageSize>

#include "backend/core/result.h"
#include "widgets/rack/rackpicture.h"

class QPagedPaintDevice;

namespace OpsDeck::Widgets {

/// How racks are put on paper.
struct RackPageOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int racksPerPage = 1;   ///< side by side on a page
    int resolution = 300;   ///< PDF dpi
    QString title;          ///< printed at the top of every page
};

/// Exports rack elevations: one vector PDF for a set of racks (pages of
/// RackPageOptions::racksPerPage racks with the legend), an SVG or PNG of
/// all racks side by side, or printing to a QPrinter (via renderPages()).
///
/// The static functions work on any thread with RackPicture copies. The
/// start...() functions run them on a thread this object owns, report
/// progress() and end in exactly one finished() (also when cancelled);
/// one export at a time. Lives on the GUI thread; the destructor cancels
/// and joins.
class RackExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackExporter)

public:
    enum class Format { Pdf, Svg, Png };
    /// Called with racks done; return false to cancel.
    using Progress = std::function<bool(int done)>;

    explicit RackExporter(QObject *parent = nullptr);
    ~RackExporter() override;

    [[nodiscard]] static Status writePdf(const QString &path, const QList<RackPicture> &racks,
                                         const RackPageOptions &options, const Progress &progress = {});
    [[nodiscard]] static Status writeSvg(const QString &path, const QList<RackPicture> &racks,
                                         const Progress &progress = {});
    [[nodiscard]] static Status writePng(const QString &path, const QList<RackPicture> &racks, double scale = 2.0,
                                         const Progress &progress = {});
    /// Renders pages onto a PDF writer or printer whose page layout is set.
    [[nodiscard]] static Status renderPages(QPagedPaintDevice *device, const QList<RackPicture> &racks,
                                            int racksPerPage, const QString &title, const Progress &progress = {});
    /// Pages renderPages() makes.
    [[nodiscard]] static int pageCount(int racks, int racksPerPage);

    /// Starts an export on the export thread. Returns false if one runs.
    bool start(Format format, const QString &path, const QList<RackPicture> &racks, const RackPageOptions &options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    /// The export ended: an empty Status on success, ErrorCode::Cancelled when cancelled.
    void finished(const OpsDeck::Status &status, const QString &path);

private:
    std::thread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace OpsDeck::Widgets
