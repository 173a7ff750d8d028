// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/racklegendwidget.h"

#include <algorithm>

#include <QPainter>

#include "widgets/rack/rackpicture.h"

namespace OpsDeck::Widgets {

RackLegendWidget::RackLegendWidget(QWidget *parent)
    : QWidget(parent)
{
}

RackLegendWidget::~RackLegendWidget() = default;

void RackLegendWidget::setLegend(Models::RackColouring colouring, const QList<Models::LegendEntry> &legend)
{
    m_colouring = colouring;
    m_legend = legend;
    setMinimumHeight(int(RackPainter::legendHeight(std::max(200, width() - 12), m_legend)) + 6);
    update();
}

void RackLegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    RackPainter::paintLegend(&painter, QPointF(6, 3), width() - 12, m_colouring, m_legend);
}

} // namespace OpsDeck::Widgets
