// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

class QCoreApplication;

namespace OpsDeck::Widgets {

/// Installs the console's translations: OpsDeck's own (embedded under
/// ":/i18n/opsdeck_<lang>.qm") and Qt's qtbase catalogue. Call before any
/// window exists. GUI thread.
class Translations final
{
public:
    /// The language to use: @p setting when set ("de"), else the system
    /// locale's language.
    [[nodiscard]] static QString resolve(const QString &setting);
    /// Installs the translators for @p language on @p app (they become its
    /// children). True when OpsDeck's own catalogue was found; English needs none.
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace OpsDeck::Widgets
