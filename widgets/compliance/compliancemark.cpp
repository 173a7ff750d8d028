// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/compliance/compliancemark.h"

namespace OpsDeck::Widgets {

ItemMark complianceMark(const QString &toolTip)
{
    ItemMark mark;
    mark.glyph = Models::complianceMarkGlyph();
    mark.fill = Models::complianceMarkColor();
    mark.text = Qt::white;
    mark.shape = ItemMark::Shape::Tag;
    mark.toolTip = toolTip;
    return mark;
}

} // namespace OpsDeck::Widgets
