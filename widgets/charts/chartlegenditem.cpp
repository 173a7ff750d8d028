// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/chartlegenditem.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>

namespace OpsDeck::Widgets {

namespace {

constexpr double kMark = 16;    // width of the line mark
constexpr double kMarkGap = 5;  // between mark and name
constexpr double kEntryGap = 16; // between entries in a row
constexpr double kRowGap = 2;

} // namespace

ChartLegendItem::ChartLegendItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartLegendItem::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    update();
}

void ChartLegendItem::setFont(const QFont &font)
{
    m_font = font;
    update();
}

void ChartLegendItem::setTextColor(const QColor &color)
{
    m_text = color;
    update();
}

double ChartLegendItem::layout(double width)
{
    prepareGeometryChange();
    m_rects.clear();
    m_shown.clear();
    const QFontMetricsF fm(m_font);
    const double rowHeight = std::ceil(fm.height()) + kRowGap;
    const double textRoom = std::max(1.0, width - kMark - kMarkGap);
    // Rows filled left to right; each row is centred afterwards.
    QList<QList<int>> rows;
    double x = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &label = m_entries.at(i).label;
        const QString shown = fm.horizontalAdvance(label) <= textRoom ? label
                                                                      : fm.elidedText(label, Qt::ElideMiddle, textRoom);
        m_shown << shown;
        const double w = kMark + kMarkGap + std::ceil(fm.horizontalAdvance(shown));
        if (rows.isEmpty() || (x > 0 && x + kEntryGap + w > width)) {
            rows.append(QList<int>());
            x = 0;
        } else if (x > 0) {
            x += kEntryGap;
        }
        m_rects.append(QRectF(x, (rows.size() - 1) * rowHeight, w, rowHeight - kRowGap));
        rows.last().append(i);
        x += w;
    }
    for (const QList<int> &row : std::as_const(rows)) {
        const double used = m_rects.at(row.constLast()).right();
        const double shift = std::floor(std::max(0.0, width - used) / 2);
        for (int i : row)
            m_rects[i].translate(shift, 0);
    }
    const double height = rows.isEmpty() ? 0 : rows.size() * rowHeight - kRowGap;
    m_bounds = QRectF(0, 0, width, height);
    update();
    return height;
}

QString ChartLegendItem::labelAt(const QPointF &pos) const
{
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).contains(pos))
            return m_entries.value(i).label;
    }
    return {};
}

void ChartLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setFont(m_font);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < m_rects.size() && i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QRectF &r = m_rects.at(i);
        QPen pen(e.color, e.dashed ? 1.5 : 2.5, e.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        painter->setPen(pen);
        const double y = r.center().y();
        painter->drawLine(QPointF(r.left(), y), QPointF(r.left() + kMark, y));
        painter->setPen(m_text);
        painter->drawText(r.adjusted(kMark + kMarkGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_shown.value(i));
    }
    painter->restore();
}

} // namespace OpsDeck::Widgets
