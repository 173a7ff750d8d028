// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPalette>

#include "backend/settings/settings.h"

namespace OpsDeck::Widgets {

/// Applies the console's look: the Fusion style with a light or dark
/// palette. Appearance::System follows the platform palette captured when
/// the first call happened. GUI thread.
class Theme final
{
public:
    static void apply(Settings::Appearance appearance);
    /// True when @p palette reads as dark (dark window background).
    [[nodiscard]] static bool isDark(const QPalette &palette);
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
};

} // namespace OpsDeck::Widgets
