// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QStyledItemDelegate>

namespace OpsDeck::Widgets {

/// Paints a horizontal bar behind a cell's text, as long as the fraction
/// (0..1, a double) the index holds under the given role. Utilisation above
/// the warning level turns amber, above the critical level red.
class BarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarDelegate)

public:
    BarDelegate(int fractionRole, QObject *parent = nullptr);

    /// Colour thresholds; both 2.0 (never) by default: plain accent bars.
    void setThresholds(double warning, double critical);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    double m_warning = 2.0;
    double m_critical = 2.0;
};

} // namespace OpsDeck::Widgets
