// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "models/compliance/compliancemarks.h"
#include "widgets/inventory/itemmarkdelegate.h"

namespace OpsDeck::Widgets {

/// The mark of a device, rack or site whose configuration is not compliant,
/// the same in the navigation tree, on the rack faceplates and on the
/// topology cards: a white "≠" on a violet square tag, so that it never
/// reads as an alarm badge (round, "!", severity colours). @p toolTip is
/// its tooltip line (Models::complianceToolTip() and friends).
[[nodiscard]] ItemMark complianceMark(const QString &toolTip = {});

} // namespace OpsDeck::Widgets
