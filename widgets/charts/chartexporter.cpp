// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/chartexporter.h"

#include <map>

#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgGenerator>

#include "models/charts/seriesbufferset.h"

namespace OpsDeck::Widgets {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString quoted = s;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

Status ChartExporter::writePng(const QString &path, const QSize &size, const QColor &background, const Render &render)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(QPointF(0, 0), size));
    }
    if (!image.save(path, "PNG"))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the PNG file"), {{QStringLiteral("file"), path}});
    return {};
}

Status ChartExporter::writeSvg(const QString &path, const QSize &size, const QString &title, const Render &render)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    QPainter painter;
    const bool begun = painter.begin(&generator);
    if (begun) {
        render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
    }
    if (!begun || !QFile::exists(path))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the SVG file"), {{QStringLiteral("file"), path}});
    return {};
}

QByteArray ChartExporter::csv(const Models::SeriesBufferSet &buffers, const QList<Column> &columns, qint64 fromMs,
                              qint64 toMs, int pixels)
{
    std::map<qint64, QList<Models::EnvelopePoint>> rows;
    QStringList header{QStringLiteral("time")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &label = columns.at(i).label;
        header << csvField(label + QLatin1String(" min")) << csvField(label + QLatin1String(" avg"))
               << csvField(label + QLatin1String(" max"));
        const Models::Envelope env = buffers.envelope(columns.at(i).bufferIndex, fromMs, toMs, pixels);
        for (const Models::EnvelopePoint &p : env.points) {
            if (p.timestampMs < fromMs || p.timestampMs >= toMs)
                continue;
            QList<Models::EnvelopePoint> &row = rows[p.timestampMs];
            row.resize(columns.size(), Models::EnvelopePoint{-1, 0, 0, 0});
            row[i] = p;
        }
    }
    QByteArray out = header.join(u',').toUtf8() + '\n';
    for (const auto &[ts, row] : rows) {
        QString line = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).toString(Qt::ISODateWithMs);
        for (const Models::EnvelopePoint &p : row) {
            if (p.timestampMs < 0) {
                line += QLatin1String(",,,");
                continue;
            }
            line += u',' + QString::number(p.min, 'g', 12) + u',' + QString::number(p.avg, 'g', 12) + u','
                + QString::number(p.max, 'g', 12);
        }
        out += line.toUtf8() + '\n';
    }
    return out;
}

Status ChartExporter::writeCsv(const QString &path, const QByteArray &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit()) {
        return Error(ErrorCode::Io, QStringLiteral("cannot write the CSV file: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    }
    return {};
}

} // namespace OpsDeck::Widgets
