// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>
#include <utility>

#include <QPoint>

class QPainter;
class QPalette;
class QRectF;

namespace OpsDeck::Widgets {

/// A mouse drag over a TimeSeriesChartView's plot, in view coordinates: a
/// left drag selects a time range to zoom into (drawn as a band), a middle
/// or Shift+left drag pans the range that showed when it started. GUI thread.
class ChartDrag final
{
public:
    enum class Kind { None, Select, Pan };

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QPoint startPos() const { return m_start; }
    [[nodiscard]] QPoint currentPos() const { return m_now; }

    /// A press of @p button with @p modifiers at @p pos while [fromMs, toMs)
    /// shows: a middle or Shift+left press starts a pan, a left press a
    /// selection; other buttons leave the kind as it is. Returns the kind.
    Kind press(const QPoint &pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers, qint64 fromMs,
               qint64 toMs);
    /// Selection: follows the pointer to @p pos.
    void moveTo(const QPoint &pos) { m_now = pos; }
    /// Pan: the range to show with the pointer at @p viewX over a plot @p plotWidth pixels wide.
    [[nodiscard]] std::pair<qint64, qint64> pannedRange(int viewX, double plotWidth) const;
    /// Ends the drag. A selection released at @p viewX, 5 pixels or more from
    /// where it started, returns the x range it covers (lower first).
    std::optional<std::pair<int, int>> release(int viewX);

    /// Draws a selection band from scene x @p a to @p b across @p plot.
    static void paintBand(QPainter *painter, const QRectF &plot, double a, double b, const QPalette &palette);

private:
    Kind m_kind = Kind::None;
    QPoint m_start;
    QPoint m_now;
    qint64 m_panFrom = 0;
    qint64 m_panTo = 0;
};

} // namespace OpsDeck::Widgets
