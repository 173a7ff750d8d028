// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/chartcrosshair.h"

#include <algorithm>

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace OpsDeck::Widgets {

void ChartCrosshair::show(int viewX, const QStringList &readout)
{
    m_x = viewX;
    m_readout = readout;
}

void ChartCrosshair::hide()
{
    m_x = -1;
    m_readout.clear();
}

void ChartCrosshair::paint(QPainter *painter, const QRectF &plot, double sceneX, const QList<QColor> &swatches,
                           const QFont &font, const QPalette &palette) const
{
    const double x = sceneX;
    QColor lineColor = palette.color(QPalette::WindowText);
    lineColor.setAlphaF(0.55f);
    painter->setPen(QPen(lineColor, 1, Qt::DashLine));
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));

    // The readout box, beside the line, flipped to the left near the right edge.
    const QFontMetrics fm(font);
    int width = 0;
    for (const QString &line : std::as_const(m_readout))
        width = std::max(width, fm.horizontalAdvance(line));
    const int swatch = 10;
    const int lineHeight = fm.height() + 2;
    const QSizeF box(width + swatch + 24, lineHeight * m_readout.size() + 10);
    double left = x + 12;
    if (left + box.width() > plot.right())
        left = x - 12 - box.width();
    const QRectF frame(QPointF(std::max(plot.left(), left), plot.top() + 8), box);
    QColor back = palette.color(QPalette::ToolTipBase);
    back.setAlphaF(0.93f);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(lineColor, 1));
    painter->setBrush(back);
    painter->drawRoundedRect(frame, 4, 4);
    painter->setPen(palette.color(QPalette::ToolTipText));
    double y = frame.top() + 5;
    for (qsizetype i = 0; i < m_readout.size(); ++i) {
        const QRectF row(frame.left() + 8, y, frame.width() - 12, lineHeight);
        if (i == 0) {
            QFont bold = font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, m_readout.at(i));
            painter->setFont(font);
        } else {
            const QColor c = swatches.at(i - 1);
            painter->fillRect(QRectF(row.left(), row.center().y() - swatch / 2.0, swatch, swatch), c);
            painter->drawText(row.adjusted(swatch + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              m_readout.at(i));
        }
        y += lineHeight;
    }
}

} // namespace OpsDeck::Widgets
