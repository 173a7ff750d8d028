// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologycardcache.h"

#include <cmath>

#include <QColor>
#include <QPainter>
#include <QPainterPath>

#include "backend/topology/graphlayout.h"

namespace OpsDeck::Widgets {

namespace {

constexpr double kW = Topology::GraphLayout::nodeWidth;
constexpr double kH = Topology::GraphLayout::nodeHeight;

} // namespace

size_t qHash(const TopologyCardStyle &s, size_t seed)
{
    return qHashMulti(seed, s.role, s.state, s.thickBorder, s.planned, s.emphasis, s.pinned);
}

const QImage &TopologyCardCache::card(const TopologyCardStyle &style, double scale, double dpr)
{
    if (scale != m_scale || dpr != m_dpr) {
        m_cards.clear();
        m_scale = scale;
        m_dpr = dpr;
    }
    scale *= dpr;
    auto it = m_cards.find(style);
    if (it == m_cards.end()) {
        if (m_cards.size() > 256)
            m_cards.clear();
        const QSize size(int(std::ceil((kW + 6) * scale)) + 1, int(std::ceil((kH + 6) * scale)) + 1);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.scale(scale, scale);
        p.translate(kW / 2 + 3, kH / 2 + 3);
        paint(&p, style);
        p.end();
        image.setDevicePixelRatio(dpr);
        it = m_cards.insert(style, image);
    }
    return it.value();
}

void TopologyCardCache::paint(QPainter *painter, const TopologyCardStyle &s)
{
    const QRectF r(-kW / 2, -kH / 2, kW, kH);
    painter->setRenderHint(QPainter::Antialiasing);
    if (s.emphasis) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.emphasis == 1 ? QColor(0x1e, 0x88, 0xe5, 90) : QColor(0xff, 0xa0, 0x00, 110));
        painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 7, 7);
    }
    QPen border(QColor::fromRgba(s.state), s.thickBorder ? 2.2 : 1.0);
    if (s.planned)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(s.planned ? QColor(0xf4, 0xf5, 0xf7) : QColor(Qt::white));
    painter->drawRoundedRect(r, 5, 5);
    // Role stripe.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(r.left(), r.top(), 7, r.height()), 4, 4);
    painter->fillPath(stripe, QColor::fromRgba(s.role));
    if (s.pinned) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x5f, 0x6b, 0x7a));
        painter->drawEllipse(QPointF(r.right() - 6, r.top() + 6), 2.2, 2.2);
    }
}

} // namespace OpsDeck::Widgets
