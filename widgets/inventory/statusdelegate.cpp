// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/statusdelegate.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace OpsDeck::Widgets {

namespace {

QIcon dotIcon(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(color.rgba());
    if (it != cache.cend())
        return *it;
    QIcon icon;
    // Several sizes so the dot stays crisp at 200% scaling.
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), size / 16.0));
        painter.setBrush(color);
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(color.rgba(), icon);
    return icon;
}

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() == QMetaType::QColor) {
        const QColor color = decoration.value<QColor>();
        if (color.isValid()) {
            option->icon = dotIcon(color);
            const int side = option->fontMetrics.height();
            option->decorationSize = QSize(side, side);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
}

} // namespace OpsDeck::Widgets
