// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "backend/core/result.h"

class QColor;
class QPainter;
class QRectF;
class QSize;

namespace OpsDeck::Models {
class SeriesBufferSet;
}

namespace OpsDeck::Widgets {

/// The files a TimeSeriesChartView exports: PNG and SVG pictures of the
/// chart as drawn, and a CSV of the visible range: a header, then one row
/// per time (ISO 8601 UTC) with the min, avg and max of each series, from
/// the envelopes the chart draws (a series without a point at that time
/// leaves its three fields empty). Failures are Io errors naming the file.
/// GUI thread.
class ChartExporter final
{
public:
    /// Paints the chart into @p target on @p painter.
    using Render = std::function<void(QPainter *painter, const QRectF &target)>;

    /// One series of the CSV: its buffer in the set and the label its columns carry.
    struct Column
    {
        int bufferIndex = 0;
        QString label;
    };

    [[nodiscard]] static Status writePng(const QString &path, const QSize &size, const QColor &background,
                                         const Render &render);
    [[nodiscard]] static Status writeSvg(const QString &path, const QSize &size, const QString &title,
                                         const Render &render);
    /// The CSV of @p columns over [fromMs, toMs) at @p pixels columns of resolution.
    [[nodiscard]] static QByteArray csv(const Models::SeriesBufferSet &buffers, const QList<Column> &columns,
                                        qint64 fromMs, qint64 toMs, int pixels);
    [[nodiscard]] static Status writeCsv(const QString &path, const QByteArray &csv);
};

} // namespace OpsDeck::Widgets
