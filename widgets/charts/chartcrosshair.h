// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

class QFont;
class QPainter;
class QPalette;
class QRectF;

namespace OpsDeck::Widgets {

/// The crosshair of a TimeSeriesChartView: where it is (in view
/// coordinates), the readout it shows (the time, then one "label: value"
/// line per series), and its drawing: a dashed line across the plot and the
/// readout in a box beside it, flipped to the left near the plot's right
/// edge, each series line after its colour swatch. GUI thread.
class ChartCrosshair final
{
public:
    [[nodiscard]] bool isVisible() const { return m_x >= 0; }
    /// The view x it stands at; -1 when hidden.
    [[nodiscard]] int x() const { return m_x; }
    [[nodiscard]] const QStringList &readout() const { return m_readout; }

    void show(int viewX, const QStringList &readout);
    void hide();

    /// Draws the line at scene x @p sceneX over @p plot (scene coordinates)
    /// and the readout box; @p swatches holds one colour per series line.
    void paint(QPainter *painter, const QRectF &plot, double sceneX, const QList<QColor> &swatches, const QFont &font,
               const QPalette &palette) const;

private:
    int m_x = -1;
    QStringList m_readout;
};

} // namespace OpsDeck::Widgets
