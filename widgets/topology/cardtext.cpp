// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/cardtext.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>

namespace OpsDeck::Widgets {

CardText::Fitted CardText::fitName(QFont font, int minPixelSize, const QString &name, const QString &label,
                                   double width)
{
    if (QFontMetricsF(font).horizontalAdvance(name) <= width)
        return {name, font};
    const QString &part = label.isEmpty() ? name : label;
    for (int px = font.pixelSize(); px > minPixelSize; --px) {
        font.setPixelSize(px);
        if (QFontMetricsF(font).horizontalAdvance(part) <= width)
            return {part, font};
    }
    font.setPixelSize(std::min(font.pixelSize(), minPixelSize));
    return {QFontMetricsF(font).elidedText(part, Qt::ElideMiddle, width), font};
}

void CardText::draw(QPainter *painter, const QFont &font, const QString &text, const QRectF &box, Qt::Alignment align,
                    Qt::TextElideMode elide)
{
    if (!isCurrent(font, text, QString(), -1, box))
        layout(font, text, QString(), -1, box, {QFontMetricsF(font).elidedText(text, elide, box.width()), font});
    paint(painter, box, align);
}

void CardText::drawName(QPainter *painter, const QFont &font, int minPixelSize, const QString &name,
                        const QString &label, const QRectF &box, Qt::Alignment align)
{
    if (!isCurrent(font, name, label, minPixelSize, box))
        layout(font, name, label, minPixelSize, box, fitName(font, minPixelSize, name, label, box.width()));
    paint(painter, box, align);
}

bool CardText::isCurrent(const QFont &font, const QString &source, const QString &label, int minPixelSize,
                         const QRectF &box) const
{
    return font == m_font && source == m_source && label == m_label && minPixelSize == m_minPixelSize
        && box.size() == m_box;
}

void CardText::layout(const QFont &font, const QString &source, const QString &label, int minPixelSize,
                      const QRectF &box, const Fitted &shown)
{
    m_font = font;
    m_source = source;
    m_label = label;
    m_minPixelSize = minPixelSize;
    m_box = box.size();
    m_shownFont = shown.font;
    m_text.setTextFormat(Qt::PlainText);
    m_text.setPerformanceHint(QStaticText::AggressiveCaching);
    m_text.setText(shown.text);
    m_text.prepare(QTransform(), shown.font);
    m_size = m_text.size();
}

void CardText::paint(QPainter *painter, const QRectF &box, Qt::Alignment align)
{
    painter->setFont(m_shownFont);
    const double x = align & Qt::AlignHCenter ? box.center().x() - m_size.width() / 2 : box.left();
    painter->drawStaticText(QPointF(x, box.center().y() - m_size.height() / 2), m_text);
}

} // namespace OpsDeck::Widgets
