// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/chartdrag.h"

#include <algorithm>
#include <cstdlib>

#include <QPainter>
#include <QPalette>

namespace OpsDeck::Widgets {

ChartDrag::Kind ChartDrag::press(const QPoint &pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers,
                                 qint64 fromMs, qint64 toMs)
{
    m_start = m_now = pos;
    if (button == Qt::MiddleButton || (button == Qt::LeftButton && (modifiers & Qt::ShiftModifier))) {
        m_kind = Kind::Pan;
        m_panFrom = fromMs;
        m_panTo = toMs;
    } else if (button == Qt::LeftButton) {
        m_kind = Kind::Select;
    }
    return m_kind;
}

std::pair<qint64, qint64> ChartDrag::pannedRange(int viewX, double plotWidth) const
{
    const qint64 shift = qint64(double(viewX - m_start.x()) / plotWidth * double(m_panTo - m_panFrom));
    return {m_panFrom - shift, m_panTo - shift};
}

std::optional<std::pair<int, int>> ChartDrag::release(int viewX)
{
    const bool selected = m_kind == Kind::Select && std::abs(viewX - m_start.x()) >= 5;
    m_kind = Kind::None;
    if (!selected)
        return std::nullopt;
    return std::pair(std::min(m_start.x(), viewX), std::max(m_start.x(), viewX));
}

void ChartDrag::paintBand(QPainter *painter, const QRectF &plot, double a, double b, const QPalette &palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(0.18f);
    const QRectF band(QPointF(std::clamp(std::min(a, b), plot.left(), plot.right()), plot.top()),
                      QPointF(std::clamp(std::max(a, b), plot.left(), plot.right()), plot.bottom()));
    painter->fillRect(band, fill);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
    painter->drawLine(band.topLeft(), band.bottomLeft());
    painter->drawLine(band.topRight(), band.bottomRight());
}

} // namespace OpsDeck::Widgets
