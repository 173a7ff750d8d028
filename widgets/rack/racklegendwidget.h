// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QWidget>

#include "models/rack/rackcolouring.h"

namespace OpsDeck::Widgets {

/// The colour legend under the rack workspace's views, drawn by
/// RackPainter::paintLegend() as in the exports; as tall as its rows need.
/// GUI thread.
class RackLegendWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackLegendWidget)

public:
    explicit RackLegendWidget(QWidget *parent = nullptr);
    ~RackLegendWidget() override;

    void setLegend(Models::RackColouring colouring, const QList<Models::LegendEntry> &legend);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Models::RackColouring m_colouring = Models::RackColouring::Role;
    QList<Models::LegendEntry> m_legend;
};

} // namespace OpsDeck::Widgets
