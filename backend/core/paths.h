// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

namespace OpsDeck::Paths {

/// The one data folder of the user's OpsDeck, shared by the console, the
/// service and the CLI whatever each executable is called:
/// GenericDataLocation + "/OpsDeck/opsdeck" (on Linux
/// ~/.local/share/OpsDeck/opsdeck). Workspaces live below it.
[[nodiscard]] QString dataRoot();

/// The one configuration folder, shared the same way:
/// GenericConfigLocation + "/OpsDeck/opsdeck" (~/.config/OpsDeck/opsdeck).
[[nodiscard]] QString configRoot();

} // namespace OpsDeck::Paths
