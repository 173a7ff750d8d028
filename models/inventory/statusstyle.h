// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QString>

namespace OpsDeck::Models {

/// The colour the views use for a NetBox status value ("active",
/// "planned", "offline", ...): green for in service, blue for planned,
/// amber for transitions, red for failures, grey otherwise.
[[nodiscard]] QColor statusColor(const QString &status);

/// The translated label of a NetBox status value; unknown values are shown
/// as they are.
[[nodiscard]] QString statusText(const QString &status);

/// A role colour stored as hex without '#' ("2196f3"), or an invalid colour.
[[nodiscard]] QColor roleColor(const QString &hex);

} // namespace OpsDeck::Models
