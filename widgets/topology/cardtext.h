// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QStaticText>
#include <QString>

class QPainter;

namespace OpsDeck::Widgets {

/// One line of text on a topology card, laid out once and drawn many times:
/// laid out again only when the text, the font or the box changes (zooming
/// changes the zoomed-out name's size). GUI thread.
class CardText
{
public:
    /// A device name as a card draws it.
    struct Fitted
    {
        QString text;
        QFont font;
    };

    /// What a card shows of @p name in @p width: the whole name when it fits
    /// in @p font, else its distinguishing part (@p label, see
    /// Models::topologyNodeLabels()), in a smaller font down to
    /// @p minPixelSize when that helps, shortened in the middle if it is
    /// still too wide, so that both the kind and the number of a device
    /// ("spine01", "leaf-02") stay.
    [[nodiscard]] static Fitted fitName(QFont font, int minPixelSize, const QString &name, const QString &label,
                                        double width);

    /// Draws @p text in @p box, elided as @p elide says.
    void draw(QPainter *painter, const QFont &font, const QString &text, const QRectF &box, Qt::Alignment align,
              Qt::TextElideMode elide);
    /// Draws a device @p name in @p box, fitted by fitName().
    void drawName(QPainter *painter, const QFont &font, int minPixelSize, const QString &name, const QString &label,
                  const QRectF &box, Qt::Alignment align);

private:
    [[nodiscard]] bool isCurrent(const QFont &font, const QString &source, const QString &label, int minPixelSize,
                                 const QRectF &box) const;
    void layout(const QFont &font, const QString &source, const QString &label, int minPixelSize, const QRectF &box,
                const Fitted &shown);
    void paint(QPainter *painter, const QRectF &box, Qt::Alignment align);

    QFont m_font;
    QString m_source;
    QString m_label;
    int m_minPixelSize = -1;
    QSizeF m_box;
    QFont m_shownFont;
    QStaticText m_text;
    QSizeF m_size;
};

} // namespace OpsDeck::Widgets
