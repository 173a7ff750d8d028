// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmmark.h"

#include <QCoreApplication>

#include "models/alarms/alarmstyle.h"

namespace OpsDeck::Widgets {

ItemMark alarmMark(Alarms::Severity worst)
{
    ItemMark mark;
    mark.glyph = QStringLiteral("!");
    mark.fill = Models::alarmSeverityColor(worst);
    mark.text = Models::alarmSeverityTextColor(worst);
    mark.shape = ItemMark::Shape::Pill;
    // The context the translations know this line under, from the badge
    // delegate that drew alarm badges alone.
    mark.toolTip = QCoreApplication::translate("OpsDeck::Widgets::AlarmBadgeDelegate", "Worst active alarm: %1")
                       .arg(Models::alarmSeverityText(worst));
    return mark;
}

} // namespace OpsDeck::Widgets
