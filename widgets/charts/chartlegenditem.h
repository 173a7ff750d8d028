// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace OpsDeck::Widgets {

/// The legend under a chart's plot area: a coloured mark and the whole name
/// of every series and threshold, wrapped onto as many rows as the names
/// need. Only a name wider than the chart on its own is shortened, in the
/// middle so that both ends stay (the view shows it whole as a tooltip). An
/// item of the chart's scene, so exports carry it. GUI thread.
class ChartLegendItem final : public QGraphicsItem
{
public:
    struct Entry
    {
        QString label;
        QColor color;
        bool dashed = false; ///< a threshold line
    };

    explicit ChartLegendItem(QGraphicsItem *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setFont(const QFont &font);
    void setTextColor(const QColor &color);
    /// Lays the entries out in rows of at most @p width; returns the height they take.
    double layout(double width);

    /// The text shown for each entry, in entry order.
    [[nodiscard]] QStringList shownTexts() const { return m_shown; }
    /// Where entry @p index is drawn, in item coordinates.
    [[nodiscard]] QRectF entryRect(int index) const { return m_rects.value(index); }
    /// The whole name of the entry at @p pos (item coordinates), or empty.
    [[nodiscard]] QString labelAt(const QPointF &pos) const;

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<Entry> m_entries;
    QList<QRectF> m_rects;
    QStringList m_shown;
    QFont m_font;
    QColor m_text;
    QRectF m_bounds;
};

} // namespace OpsDeck::Widgets
