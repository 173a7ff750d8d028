// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/alarms/alarmtypes.h"
#include "widgets/inventory/itemmarkdelegate.h"

namespace OpsDeck::Widgets {

/// The alarm badge of an item (a device, rack or site in the navigation
/// tree): "!" on the colour of the worst alarm that needs attention there.
[[nodiscard]] ItemMark alarmMark(Alarms::Severity worst);

} // namespace OpsDeck::Widgets
